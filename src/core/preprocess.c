/*
 * preprocess.c: the preprocessing pipelines of the sway core.
 *
 * SWAY_PIPELINE_QUIJOUX2021 reproduces what Stabilogram.from_array() of
 * Quijoux et al. 2021 (Physiol Rep 9:e15067) does with its defaults, step
 * for step (shared/data/reference/README.md §2): centre on the input mean,
 * purge artefacts, resample to 25 Hz with SWARII (0.08 s windows), then a
 * 4th-order 10 Hz Butterworth low-pass forwards and backwards.  The signal
 * is not centred again afterwards, as in the reference.
 */
#include <math.h>
#include <string.h>

#include "core/filter.h"
#include "core/preprocess.h"
#include "core/swarii.h"

/* The paper's parameters (Quijoux et al. 2021, "Preprocessing"). */
#define Q21_RATE_HZ	25.0	/* SWARII output rate */
#define Q21_WINDOW_S	0.08	/* SWARII window */
#define Q21_CUTOFF_HZ	10.0	/* low-pass cutoff */
#define Q21_ORDER	4	/* Butterworth order */

static const char *const pipeline_names[] = {
	[SWAY_PIPELINE_QUIJOUX2021] = "quijoux2021",
	[SWAY_PIPELINE_RAW] = "raw"
};
#define PIPELINE_COUNT	(sizeof pipeline_names / sizeof pipeline_names[0])

const char *
sway_pipeline_name(enum sway_pipeline p)
{
	if ((size_t)p >= PIPELINE_COUNT)
		return NULL;
	return pipeline_names[p];
}

int
sway_pipeline_lookup(const char *name)
{
	if (name == NULL)
		return -1;
	for (size_t i = 0; i < PIPELINE_COUNT; i++)
		if (strcmp(name, pipeline_names[i]) == 0)
			return (int)i;
	return -1;
}

/* The Butterworth filter of the quijoux2021 pipeline. */
static enum core_status
q21_filter(struct iir_filter *f)
{
	return butter_lowpass(Q21_ORDER, Q21_CUTOFF_HZ / (0.5 * Q21_RATE_HZ),
	    f);
}

/* SWARII's output bound for n samples at fs Hz (times 0 .. (n-1)/fs). */
static size_t
q21_capacity(size_t n, double fs)
{
	if (n == 0 || !(fs > 0.0))
		return 0;
	return swarii_capacity((double)(n - 1) / fs, Q21_RATE_HZ);
}

size_t
sway_preprocess_capacity(enum sway_pipeline p, size_t n, double fs)
{
	switch (p) {
	case SWAY_PIPELINE_QUIJOUX2021:
		return q21_capacity(n, fs);
	case SWAY_PIPELINE_RAW:
		return n;
	}
	return 0;
}

size_t
sway_preprocess_scratch(enum sway_pipeline p, size_t n, double fs)
{
	struct iir_filter	f;
	size_t			cap, need, filt;

	if (p != SWAY_PIPELINE_QUIJOUX2021)
		return 0;
	cap = q21_capacity(n, fs);
	if (cap == 0 || q21_filter(&f) != CORE_OK)
		return 0;
	/* Times and centred ML, AP; then SWARII's; then, reused, filtfilt's. */
	need = 3 * n + swarii_scratch(cap);
	filt = filtfilt_scratch(&f, cap);
	return need > filt ? need : filt;
}

/* Mean of x as a plain running sum, as the reference's numpy.mean over rows. */
static double
signal_mean(const double *x, size_t n)
{
	double	s = 0.0;

	for (size_t i = 0; i < n; i++)
		s += x[i];
	return s / (double)n;
}

/* x - mean into out. */
static void
signal_centre(const double *x, size_t n, double mean, double *out)
{
	for (size_t i = 0; i < n; i++)
		out[i] = x[i] - mean;
}

/* Steps 3 to 6 of the reference pipeline on the centred ml, ap. */
static enum core_status
q21_run(const double *ml, const double *ap, size_t n, double fs,
    double *scratch, struct sway_signal *out)
{
	struct swarii_samples	 s;
	struct iir_filter	 f;
	enum core_status	 st;
	size_t			 cap, m;

	cap = q21_capacity(n, fs);
	if (cap == 0)
		return CORE_ERR_ARG;
	if ((st = q21_filter(&f)) != CORE_OK)
		return st;
	s.t = scratch;
	s.ml = scratch + n;
	s.ap = scratch + 2 * n;
	s.n = n;
	for (size_t i = 0; i < n; i++)
		s.t[i] = (double)i / fs;
	signal_centre(ml, n, out->mean_ml, s.ml);
	signal_centre(ap, n, out->mean_ap, s.ap);

	/* The purge's thresholds are centimetres: scale them to the input. */
	swarii_purge(&s, out->length_per_cm > 0.0 ? out->length_per_cm : 1.0);
	if (s.n == 0)
		return CORE_ERR_TOO_SHORT;
	st = swarii_resample(&s, Q21_RATE_HZ, Q21_WINDOW_S, scratch + 3 * n,
	    out->capacity < cap ? out->capacity : cap, out->ml, out->ap, &m);
	if (st != CORE_OK)
		return st;

	/* The purged and resampled input is no longer needed: reuse it. */
	if ((st = filtfilt(&f, out->ml, out->ml, m, scratch)) != CORE_OK ||
	    (st = filtfilt(&f, out->ap, out->ap, m, scratch)) != CORE_OK)
		return st;
	out->n = m;
	out->fs = Q21_RATE_HZ;
	return CORE_OK;
}

enum core_status
sway_preprocess(enum sway_pipeline p, const double *ml, const double *ap,
    size_t n, double fs, double *scratch, struct sway_signal *out)
{
	if (ml == NULL || ap == NULL || out == NULL || out->ml == NULL ||
	    out->ap == NULL || !(fs > 0.0) || !isfinite(fs) ||
	    (size_t)p >= PIPELINE_COUNT ||
	    (p == SWAY_PIPELINE_QUIJOUX2021 && scratch == NULL))
		return CORE_ERR_ARG;
	out->n = 0;
	if (n == 0)
		return CORE_ERR_TOO_SHORT;
	for (size_t i = 0; i < n; i++)
		if (!isfinite(ml[i]) || !isfinite(ap[i]))
			return CORE_ERR_NONFINITE;
	out->mean_ml = signal_mean(ml, n);
	out->mean_ap = signal_mean(ap, n);

	if (p == SWAY_PIPELINE_QUIJOUX2021)
		return q21_run(ml, ap, n, fs, scratch, out);

	if (out->capacity < n)
		return CORE_ERR_CAPACITY;
	signal_centre(ml, n, out->mean_ml, out->ml);
	signal_centre(ap, n, out->mean_ap, out->ap);
	out->n = n;
	out->fs = fs;
	return CORE_OK;
}
