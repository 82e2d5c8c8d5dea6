#include "cli/units.h"
