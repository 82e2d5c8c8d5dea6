/*
 * plot.c: placeholder until written.
 */
#include <config.h>

#include "tui/plot.h"
