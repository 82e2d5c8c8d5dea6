#include "core/diffusion.h"
