/*
 * grid.c: placeholder until written.
 */
#include <config.h>

#include "tui/grid.h"
