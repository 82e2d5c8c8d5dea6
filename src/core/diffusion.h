/*
 * diffusion.h: stabilogram diffusion analysis of one COP axis (Collins &
 * De Luca 1993), as the Quijoux et al. 2021 code computes it
 * (shared/data/reference/README.md §3): the mean square displacement over
 * lags up to a third of the record, a short-term and a long-term straight
 * line in log-log coordinates, and where they cross.
 */
#ifndef FOOTSCREEN_CORE_DIFFUSION_H
#define FOOTSCREEN_CORE_DIFFUSION_H

#include <stddef.h>

#include "core/status.h"

struct diffusion_features {
	double	short_time_diffusion;	/* exp(short intercept), L^2 */
	double	long_time_diffusion;	/* exp(long intercept), L^2 */
	double	critical_time;		/* s, where the two lines cross */
	double	critical_displacement;	/* L^2, the short line there */
	double	short_time_scaling;	/* short slope / 2 */
	double	long_time_scaling;	/* long slope / 2 */
};

/*
 * Fewest samples the analysis needs at fs: every candidate split must
 * leave two points in each region.  0 when fs is too low for any n (the
 * shortest short region, floor(0.3 fs) + 1 lags, would be one point).
 */
size_t	diffusion_min_samples(double fs);

/* Scratch doubles diffusion_analyze() needs for n samples. */
size_t	diffusion_scratch(size_t n);

/*
 * Analyse x (n samples at fs Hz).  CORE_ERR_TOO_SHORT below
 * diffusion_min_samples(fs); CORE_ERR_DEGENERATE, with every field NAN,
 * when some lag has a zero mean square displacement (its logarithm does not
 * exist), as a constant signal has.  When the two fitted lines are
 * parallel they never cross: critical_time and critical_displacement are
 * NAN and the rest is filled.
 */
enum core_status diffusion_analyze(const double *x, size_t n, double fs,
		    double *scratch, struct diffusion_features *);

#endif
