/*
 * keys.c: placeholder until written.
 */
#include <config.h>

#include "tui/keys.h"
