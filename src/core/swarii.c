/*
 * swarii.c: artefact purge and SWARII resampling.
 *
 * SWARII (Audiffren & Contal 2016, Sensors 16(8):1208) gives each output
 * time the mean of the input samples near it, each weighted by the stretch
 * of time it stands for, so uneven sampling (a Wii Balance Board's, a purged
 * spike) does not bias the result.  The details below are those of the code
 * published with Quijoux et al. 2021 (Physiol Rep 9:e15067;
 * github.com/Jythen/code_descriptors_postural_control, stabilogram/swarii.py),
 * whose output shared/data/reference holds:
 *  - the window loses 1 us, so that samples exactly half a window from an
 *    output time (all of them, at 100 Hz and 25 Hz) fall outside it;
 *  - a sample's stretch runs to the midpoints with its neighbours, except
 *    that the first and last sample in a window reach out to the window's
 *    edges (never past the first or last input time), so the weights cover
 *    the window;
 *  - output times are accumulated, one step at a time, in double;
 *  - when some window is empty, the non-empty windows are linearly
 *    interpolated onto numpy.arange(first, last, step), which also drops the
 *    last output time.
 */
#include <math.h>
#include <string.h>

#include "core/swarii.h"

/* Purge thresholds of the reference code (swarii.py, purge_artefact). */
#define SWARII_SETTLE_S		0.1	/* drop everything before this */
#define SWARII_JUMP_CM		2.0	/* a jump away from the last kept */
#define SWARII_RETURN_CM	0.5	/* ... that comes back this close */
/* The reference shrinks its window by this much (SWARII.resample). */
#define SWARII_SHRINK_S		1e-6

/* City-block distance between sample i and kept sample k. */
static double
swarii_distance(const struct swarii_samples *s, size_t i, size_t k)
{
	return fabs(s->ml[i] - s->ml[k]) + fabs(s->ap[i] - s->ap[k]);
}

size_t
swarii_purge(struct swarii_samples *s, double cm)
{
	const double	jump = SWARII_JUMP_CM * cm, back = SWARII_RETURN_CM * cm;
	size_t		kept = 0, jumps = 0;

	/*
	 * Writes go to index kept < i, reads to i .. i + 2, so compacting in
	 * place never reads a moved sample.
	 */
	for (size_t i = 1; i + 1 < s->n; i++) {
		if (s->t[i] < SWARII_SETTLE_S)
			continue;
		if (kept > 0 && swarii_distance(s, i, kept - 1) > jump &&
		    (swarii_distance(s, i + 1, kept - 1) < back ||
		    (i > 1 && i + 2 < s->n &&
		    swarii_distance(s, i + 2, kept - 1) < back))) {
			jumps++;
			continue;
		}
		s->t[kept] = s->t[i];
		s->ml[kept] = s->ml[i];
		s->ap[kept] = s->ap[i];
		kept++;
	}
	s->n = kept;
	return jumps;
}

size_t
swarii_capacity(double span, double rate)
{
	double	windows;

	if (!(span >= 0.0) || !(rate > 0.0))
		return 0;
	windows = span * rate;
	/* Refuse what could not be allocated anyway (and NaN, infinity). */
	if (!(windows < 1e12))
		return 0;
	/* One for the first time, one for rounding in the accumulated step. */
	return (size_t)windows + 2;
}

size_t
swarii_scratch(size_t capacity)
{
	return 3 * capacity;
}

/*
 * Weighted mean of input samples lo..hi-1, all within half of c, into
 * *ml and *ap.
 */
static void
swarii_window_mean(const struct swarii_samples *in, size_t lo, size_t hi,
    double c, double half, double *ml, double *ap)
{
	double	sml = 0.0, sap = 0.0, sw = 0.0;

	if (hi - lo == 1) {
		*ml = in->ml[lo];
		*ap = in->ap[lo];
		return;
	}
	for (size_t i = lo; i < hi; i++) {
		double	left, right, w;

		if (i == lo)
			left = fmax(in->t[0], c - half);
		else
			left = 0.5 * (in->t[i] + in->t[i - 1]);
		if (i == hi - 1)
			right = fmin(in->t[in->n - 1], c + half);
		else
			right = 0.5 * (in->t[i + 1] + in->t[i]);
		w = right - left;
		sml += in->ml[i] * w;
		sap += in->ap[i] * w;
		sw += w;
	}
	*ml = sml / sw;
	*ap = sap / sw;
}

/*
 * Fill the grid first + i * delta, i < count, by linear interpolation of the
 * m window means (wt, wml, wap), as scipy.interpolate.interp1d does; past the
 * last mean, which rounding can reach, the last segment is extended.
 */
static void
swarii_regrid(const double *wt, const double *wml, const double *wap,
    size_t m, double delta, size_t count, double *ml, double *ap)
{
	size_t	hi = 1;

	for (size_t i = 0; i < count; i++) {
		double	g = wt[0] + (double)i * delta, frac;

		while (hi < m - 1 && wt[hi] < g)
			hi++;
		frac = g - wt[hi - 1];
		ml[i] = (wml[hi] - wml[hi - 1]) / (wt[hi] - wt[hi - 1]) * frac +
		    wml[hi - 1];
		ap[i] = (wap[hi] - wap[hi - 1]) / (wt[hi] - wt[hi - 1]) * frac +
		    wap[hi - 1];
	}
}

enum core_status
swarii_resample(const struct swarii_samples *in, double rate, double window,
    double *scratch, size_t capacity, double *ml, double *ap, size_t *n)
{
	double	*wt = scratch, *wml = scratch + capacity;
	double	*wap = scratch + 2 * capacity;
	double	 half, step, c, last, delta;
	size_t	 lo = 0, m = 0, empty = 0, count;

	if (in == NULL || in->t == NULL || in->ml == NULL || in->ap == NULL ||
	    in->n == 0 || scratch == NULL || ml == NULL || ap == NULL ||
	    n == NULL || !(rate > 0.0) || !(window > SWARII_SHRINK_S))
		return CORE_ERR_ARG;
	*n = 0;
	half = (window - SWARII_SHRINK_S) * 0.5;
	step = 1.0 / rate;
	last = in->t[in->n - 1];
	for (c = fmax(0.0, in->t[0]); c < last; c += step) {
		size_t	hi;

		/* Times are sorted, so each window is a run of samples. */
		while (lo < in->n && in->t[lo] < c && !(c - in->t[lo] < half))
			lo++;
		for (hi = lo; hi < in->n && fabs(in->t[hi] - c) < half; hi++)
			continue;
		if (hi == lo) {
			empty++;
			continue;
		}
		if (m == capacity)
			return CORE_ERR_CAPACITY;
		wt[m] = c;
		swarii_window_mean(in, lo, hi, c, half, &wml[m], &wap[m]);
		m++;
	}
	if (empty == 0) {
		memcpy(ml, wml, m * sizeof *ml);
		memcpy(ap, wap, m * sizeof *ap);
		*n = m;
		return CORE_OK;
	}
	if (m < 2)
		return CORE_OK;
	/* numpy.arange's length and its fill rule start + i * delta. */
	count = (size_t)ceil((wt[m - 1] - wt[0]) / step);
	if (count > capacity)
		return CORE_ERR_CAPACITY;
	delta = (wt[0] + step) - wt[0];
	swarii_regrid(wt, wml, wap, m, delta, count, ml, ap);
	*n = count;
	return CORE_OK;
}
