#include "core/savgol.h"
