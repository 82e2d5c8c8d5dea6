/* status.c: names for the core's error codes. */
#include <config.h>

#include "core/status.h"

const char *
core_strerror(enum core_status st)
{
	switch (st) {
	case CORE_OK:
		return "success";
	case CORE_ERR_ARG:
		return "invalid argument";
	case CORE_ERR_TOO_SHORT:
		return "too few samples";
	case CORE_ERR_NONFINITE:
		return "input contains NaN or infinity";
	case CORE_ERR_DEGENERATE:
		return "degenerate input (zero load or zero variance)";
	case CORE_ERR_CAPACITY:
		return "output buffer too small";
	case CORE_ERR_NOMEM:
		return "out of memory";
	}
	return "unknown error";
}
