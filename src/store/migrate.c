/*
 * migrate.c: placeholder until written.
 */
#include <config.h>

#include "store/migrate.h"
