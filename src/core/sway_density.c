/*
 * sway_density.c: sway density curve and its peaks (see sway_density.h).
 *
 * The run around each sample is found by walking outwards until a sample
 * leaves the circle, so the cost is O(n * run length), small for real sway
 * where the COP leaves a 3 mm circle within a second or two.
 */
#include <config.h>

#include <math.h>

#include "core/filter.h"
#include "core/sway_density.h"

/* Smoothing of the curve: order 4, 2.5 Hz (Quijoux et al. 2021, README §3). */
#define SD_FILTER_ORDER		4
#define SD_FILTER_CUTOFF_HZ	2.5

static double
distance(const double *x, const double *y, size_t a, size_t b)
{
	const double	dx = x[a] - x[b], dy = y[a] - y[b];

	return sqrt(dx * dx + dy * dy);
}

enum core_status
sway_density_curve(const double *x, const double *y, size_t n, double fs,
    double radius, double *sd)
{
	if (x == NULL || y == NULL || sd == NULL || !isfinite(fs) ||
	    fs <= 0.0 || !isfinite(radius) || radius <= 0.0)
		return CORE_ERR_ARG;
	if (n < 2)
		return CORE_ERR_TOO_SHORT;
	for (size_t t = 0; t + 1 < n; t++) {
		size_t	first = t, end = t + 1;

		while (first > 0 && distance(x, y, first - 1, t) <= radius)
			first--;
		while (end < n && distance(x, y, end, t) <= radius)
			end++;
		sd[t] = (double)(end - first - 1) / fs;
	}
	return CORE_OK;
}

size_t
sway_density_min_samples(void)
{
	/*
	 * The curve has n - 1 points and filtfilt needs more than its padding,
	 * 3 (order + 1) for a Butterworth of this order (filter.h).
	 */
	return 3 * (SD_FILTER_ORDER + 1) + 2;
}

size_t
sway_density_scratch(size_t n)
{
	struct iir_filter	f;

	/* filtfilt's scratch depends on the order only; any valid wn does. */
	if (n < 2 || butter_lowpass(SD_FILTER_ORDER, 0.5, &f) != CORE_OK)
		return n;
	return (n - 1) + filtfilt_scratch(&f, n - 1);
}

enum core_status
sway_density_analyze(const double *x, const double *y, size_t n, double fs,
    double radius, double *scratch, struct sway_density_features *out)
{
	struct iir_filter	 f;
	enum core_status	 st;
	double			*sd, sum_peak = 0.0, sum_dist = 0.0;
	size_t			 npeak = 0, prev = 0;

	if (scratch == NULL || out == NULL)
		return CORE_ERR_ARG;
	sd = scratch;
	if ((st = sway_density_curve(x, y, n, fs, radius, sd)) != CORE_OK)
		return st;
	if ((st = butter_lowpass(SD_FILTER_ORDER,
	    SD_FILTER_CUTOFF_HZ / (fs / 2.0), &f)) != CORE_OK)
		return st;
	if ((st = filtfilt(&f, sd, sd, n - 1, scratch + (n - 1))) != CORE_OK)
		return st;

	/* Strict local maxima of the smoothed curve. */
	for (size_t t = 1; t + 1 < n - 1; t++) {
		if (!(sd[t] > sd[t - 1] && sd[t] > sd[t + 1]))
			continue;
		sum_peak += sd[t];
		if (npeak > 0)
			sum_dist += distance(x, y, t, prev);
		prev = t;
		npeak++;
	}
	out->mean_peak = npeak > 0 ? sum_peak / (double)npeak : NAN;
	out->mean_distance_peak = npeak > 1 ?
	    sum_dist / (double)(npeak - 1) : NAN;
	return CORE_OK;
}
