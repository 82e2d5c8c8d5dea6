/*
 * swarii.h: artefact purge and SWARII resampling (Sliding Windows Weighted
 * Averaged Interpolation; Audiffren & Contal 2016, Sensors 16(8):1208), as
 * the code of Quijoux et al. 2021 runs them before its descriptors
 * (shared/data/reference/README.md §2 steps 4 and 5).
 */
#ifndef FOOTSCREEN_CORE_SWARII_H
#define FOOTSCREEN_CORE_SWARII_H

#include <stddef.h>

#include "core/status.h"

/* A 2-D COP path in cm at increasing times in seconds; caller-owned. */
struct swarii_samples {
	double	*t;
	double	*ml;
	double	*ap;
	size_t	 n;
};

/*
 * Drop, in place, the first and last sample, every sample before 0.1 s and
 * every lone jump of more than 2 cm (|dML| + |dAP| from the last kept
 * sample) that comes back within 0.5 cm one or two samples later.  The kept
 * samples move to the front and s->n becomes their count.  Returns the
 * number of jumps dropped.  cm is one centimetre in the samples' length
 * unit (1 for cm, 10 for mm).
 */
size_t	swarii_purge(struct swarii_samples *s, double cm);

/* Upper bound of the output length for kept times spanning span seconds. */
size_t	swarii_capacity(double span, double rate);
/* Scratch doubles swarii_resample() needs for a given output capacity. */
size_t	swarii_scratch(size_t capacity);

/*
 * Resample in (at least one sample) to rate Hz with windows of window
 * seconds into ml and ap (capacity elements each); *n is the output length.
 * Output times start at the first input time and stop before the last one.
 * CORE_ERR_CAPACITY when the output does not fit.
 */
enum core_status swarii_resample(const struct swarii_samples *in, double rate,
		    double window, double *scratch, size_t capacity,
		    double *ml, double *ap, size_t *n);

#endif
