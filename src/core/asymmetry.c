#include "core/asymmetry.h"
