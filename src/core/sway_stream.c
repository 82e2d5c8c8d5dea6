#include "core/sway_stream.h"
