#include "core/filter.h"
