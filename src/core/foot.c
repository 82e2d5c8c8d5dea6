#include "core/foot.h"
