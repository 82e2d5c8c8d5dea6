#include "screening/answers.h"
