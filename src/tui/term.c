/*
 * term.c: placeholder until written.
 */
#include <config.h>

#include "tui/term.h"
