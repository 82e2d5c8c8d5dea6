/*
 * app.c: placeholder until written.
 */
#include <config.h>

#include "tui/app.h"
