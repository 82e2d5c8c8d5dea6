#include "screening/advice_load.h"
