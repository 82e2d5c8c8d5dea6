#include "board/sim_model.h"
