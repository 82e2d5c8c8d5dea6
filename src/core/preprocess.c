#include "core/preprocess.h"
