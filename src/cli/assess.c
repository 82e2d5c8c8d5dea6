#include "cli/assess.h"
