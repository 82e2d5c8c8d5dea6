/*
 * export.c: placeholder until written.
 */
#include <config.h>

#include "store/export.h"
