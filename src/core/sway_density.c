#include "core/sway_density.h"
