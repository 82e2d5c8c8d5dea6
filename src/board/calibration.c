#include "board/calibration.h"
