#include "core/balance.h"
