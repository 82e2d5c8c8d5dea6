/*
 * report_csv.c: placeholder until written.
 */
#include <config.h>

#include "screening/report.h"
