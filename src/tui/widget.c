/*
 * widget.c: placeholder until written.
 */
#include <config.h>

#include "tui/widget.h"
