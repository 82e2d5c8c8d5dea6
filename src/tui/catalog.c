/*
 * catalog.c: placeholder until written.
 */
#include <config.h>

#include "tui/catalog.h"
