/*
 * store.c: placeholder until written.
 */
#include <config.h>

#include "store/store.h"
