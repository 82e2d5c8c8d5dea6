/*
 * store_cmds.c: placeholder until written.
 */
#include <config.h>

#include "cli/store_cmds.h"
