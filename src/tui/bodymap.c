/*
 * bodymap.c: placeholder until written.
 */
#include <config.h>

#include "tui/bodymap.h"
