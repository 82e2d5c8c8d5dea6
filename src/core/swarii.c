#include "core/swarii.h"
