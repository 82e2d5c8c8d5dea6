/*
 * sway_density.h: the sway density curve (Baratto et al. 2002) and its
 * peak descriptors, as the Quijoux et al. 2021 code computes them
 * (shared/data/reference/README.md §3).
 *
 * For each sample t the curve holds how long the COP stays within a circle
 * of the given radius around p_t; it is then smoothed with a 4th-order
 * 2.5 Hz Butterworth low-pass run forwards and backwards.
 */
#ifndef FOOTSCREEN_CORE_SWAY_DENSITY_H
#define FOOTSCREEN_CORE_SWAY_DENSITY_H

#include <stddef.h>

#include "core/status.h"

struct sway_density_features {
	double	mean_peak;		/* s, mean curve value at its peaks */
	double	mean_distance_peak;	/* L, mean step between peak points */
};

/*
 * Unsmoothed curve of n samples into sd[n - 1], in seconds: sd[t] is
 * (run - 1) / fs for the run of samples in the radius around p_t.
 */
enum core_status sway_density_curve(const double *x, const double *y,
		    size_t n, double fs, double radius, double *sd);

/* Scratch doubles sway_density_analyze() needs for n samples. */
/* Fewest points sway_density_analyze() can smooth (filter padding). */
size_t	sway_density_min_samples(void);
size_t	sway_density_scratch(size_t n);

/*
 * Curve, smoothing and peaks of x, y (n samples at fs Hz, radius in their
 * length unit).  CORE_ERR_TOO_SHORT when the curve is too short for the
 * forward-backward filter.  With no peak both fields are NAN, with one
 * peak mean_distance_peak is NAN; the return is CORE_OK in both cases.
 */
enum core_status sway_density_analyze(const double *x, const double *y,
		    size_t n, double fs, double radius, double *scratch,
		    struct sway_density_features *);

#endif
