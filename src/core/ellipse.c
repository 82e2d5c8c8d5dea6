/*
 * ellipse.c: the 95 % confidence ellipse area (see ellipse.h for the source).
 */
#include <config.h>

#include <math.h>

#include "core/ellipse.h"

double
f_quantile95_2(double d)
{
	/*
	 * For 2 numerator degrees of freedom the F distribution's CDF inverts
	 * in closed form: 1 - (1 + 2x/d)^(-d/2) = 0.95.
	 */
	return (d / 2.0) * (pow(0.05, -2.0 / d) - 1.0);
}

double
confidence_ellipse_area(double sxx, double syy, double sxy, size_t n)
{
	double	det, dn = (double)n;

	if (n < 3)
		return NAN;
	det = sxx * syy - sxy * sxy;
	if (det < 0.0) {
		/* Collinear points can leave -1e-17 after rounding. */
		if (det < -1e-12 * sxx * syy)
			return NAN;
		det = 0.0;
	}
	return 2.0 * M_PI * f_quantile95_2(dn - 2.0) * sqrt(det) *
	    (dn + 1.0) * (dn - 1.0) / (dn * (dn - 2.0));
}
