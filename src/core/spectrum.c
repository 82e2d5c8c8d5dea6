#include "core/spectrum.h"
