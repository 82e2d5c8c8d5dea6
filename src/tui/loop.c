/*
 * loop.c: placeholder until written.
 */
#include <config.h>

#include "tui/tui.h"
