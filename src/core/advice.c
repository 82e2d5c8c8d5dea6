#include "core/advice.h"
