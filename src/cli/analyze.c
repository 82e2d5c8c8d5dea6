#include "cli/analyze.h"
