#include "core/sway.h"
