#include "core/bilateral.h"
