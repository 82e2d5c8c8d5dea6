/*
 * units.h: the length unit of analyze's output, and unit labels.
 *
 * Readers give lengths in mm; the core works in whatever unit it is handed,
 * so the command converts once, before the core sees the data, and scales
 * length parameters (the sway-density radius) the same way.
 */
#ifndef FOOTSCREEN_CLI_UNITS_H
#define FOOTSCREEN_CLI_UNITS_H

#include <stddef.h>

#include "core/sway.h"

enum out_units {
	OUT_UNITS_MM,
	OUT_UNITS_CM
};

/* "mm" / "cm"; lookup returns -1 for anything else. */
const char	*out_units_name(enum out_units);
int		 out_units_lookup(const char *);
/* Multiply a length in mm by this to get the output unit. */
double		 out_units_per_mm(enum out_units);
/* A label such as "cm^2/Hz" for a descriptor's dimension; "" if none. */
const char	*out_units_label(enum out_units, enum sway_dimension);

#endif
