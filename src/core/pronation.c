#include "core/pronation.h"
