#include "board/protocol.h"
