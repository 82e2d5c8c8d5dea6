/*
 * units.c: output length units and the labels analyze prints.
 */
#include <config.h>

#include <string.h>

#include "cli/units.h"

const char *
out_units_name(enum out_units u)
{
	return u == OUT_UNITS_CM ? "cm" : "mm";
}

int
out_units_lookup(const char *s)
{
	if (strcmp(s, "mm") == 0)
		return OUT_UNITS_MM;
	if (strcmp(s, "cm") == 0)
		return OUT_UNITS_CM;
	return -1;
}

double
out_units_per_mm(enum out_units u)
{
	return u == OUT_UNITS_CM ? 0.1 : 1.0;
}

const char *
out_units_label(enum out_units u, enum sway_dimension d)
{
	int	cm = u == OUT_UNITS_CM;

	switch (d) {
	case SWAY_DIM_NONE:
	case SWAY_DIM_COUNT:
		return "";
	case SWAY_DIM_LENGTH:
		return cm ? "cm" : "mm";
	case SWAY_DIM_INV_LENGTH:
		return cm ? "1/cm" : "1/mm";
	case SWAY_DIM_AREA:
		return cm ? "cm^2" : "mm^2";
	case SWAY_DIM_AREA_RATE:
		return cm ? "cm^2/s" : "mm^2/s";
	case SWAY_DIM_VELOCITY:
		return cm ? "cm/s" : "mm/s";
	case SWAY_DIM_TIME:
		return "s";
	case SWAY_DIM_FREQUENCY:
		return "Hz";
	case SWAY_DIM_POWER:
		return cm ? "cm^2/Hz" : "mm^2/Hz";
	case SWAY_DIM_DIFFUSION:
		return cm ? "cm^2" : "mm^2";
	case SWAY_DIM_DEGREE:
		return "deg";
	}
	return "";
}
