#include "core/triage.h"
