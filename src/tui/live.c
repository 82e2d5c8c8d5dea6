/*
 * live.c: placeholder until written.
 */
#include <config.h>

#include "tui/live.h"
