#include "screening/strings.h"
