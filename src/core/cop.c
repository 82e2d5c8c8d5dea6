#include "core/cop.h"
