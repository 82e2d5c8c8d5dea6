#include "core/screening.h"
