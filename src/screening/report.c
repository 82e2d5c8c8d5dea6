#include "screening/report.h"
