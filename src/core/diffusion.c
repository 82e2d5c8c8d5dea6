/*
 * diffusion.c: stabilogram diffusion analysis (see diffusion.h).
 *
 * Lags run from 1 to floor(n / 3) samples.  The split between the short and
 * the long region is searched over floor(0.3 fs) + 1 .. floor(2.5 fs) lags
 * (0.3 s to 2.5 s, the Quijoux et al. 2021 code's bounds, README §3).
 */
#include <config.h>

#include <math.h>

#include "core/diffusion.h"

#define SPLIT_FIRST_S	0.3
#define SPLIT_LAST_S	2.5

/* First and last candidate split, in points of the log-log curve. */
static size_t
split_first(double fs)
{
	return (size_t)floor(SPLIT_FIRST_S * fs) + 1;
}

static size_t
split_last(double fs)
{
	return (size_t)floor(SPLIT_LAST_S * fs);
}

size_t
diffusion_min_samples(double fs)
{
	if (!isfinite(fs) || fs <= 0.0 || split_first(fs) < 2 ||
	    split_last(fs) < split_first(fs))
		return 0;
	/* The long region of the last split, lags last..n/3, needs 2 points. */
	return 3 * (split_last(fs) + 1);
}

size_t
diffusion_scratch(size_t n)
{
	/* log lag and log MSD per lag. */
	return 2 * (n / 3);
}

/*
 * Mean square displacement at lags 1..nlag into msd[0..nlag).  Four
 * running sums per lag break the add dependency chain; the order of
 * summation only moves the result by rounding.
 */
static void
mean_square_displacement(const double *x, size_t n, size_t nlag, double *msd)
{
	for (size_t k = 1; k <= nlag; k++) {
		const size_t	 count = n - k;
		double		 s[4] = { 0.0, 0.0, 0.0, 0.0 };
		size_t		 i = 0;

		for (; i + 4 <= count; i += 4)
			for (int j = 0; j < 4; j++) {
				const double	d = x[i + j + k] - x[i + j];

				s[j] += d * d;
			}
		for (; i < count; i++) {
			const double	d = x[i + k] - x[i];

			s[0] += d * d;
		}
		msd[k - 1] = ((s[0] + s[1]) + (s[2] + s[3])) / (double)count;
	}
}

struct line_fit {
	double	intercept;
	double	slope;
	double	rss;		/* residual sum of squares */
};

/* Ordinary least squares of y on x over len points, centred two-pass. */
static struct line_fit
fit_line(const double *x, const double *y, size_t len)
{
	struct line_fit	 f;
	double		 xm = 0.0, ym = 0.0, sxx = 0.0, sxy = 0.0;

	for (size_t i = 0; i < len; i++) {
		xm += x[i];
		ym += y[i];
	}
	xm /= (double)len;
	ym /= (double)len;
	for (size_t i = 0; i < len; i++) {
		sxx += (x[i] - xm) * (x[i] - xm);
		sxy += (x[i] - xm) * (y[i] - ym);
	}
	f.slope = sxy / sxx;
	f.intercept = ym - f.slope * xm;
	f.rss = 0.0;
	for (size_t i = 0; i < len; i++) {
		const double	r = y[i] - (f.intercept + f.slope * x[i]);

		f.rss += r * r;
	}
	return f;
}

static void
features_set_nan(struct diffusion_features *df)
{
	df->short_time_diffusion = df->long_time_diffusion = NAN;
	df->critical_time = df->critical_displacement = NAN;
	df->short_time_scaling = df->long_time_scaling = NAN;
}

enum core_status
diffusion_analyze(const double *x, size_t n, double fs, double *scratch,
    struct diffusion_features *df)
{
	const size_t	 nlag = n / 3, min = diffusion_min_samples(fs);
	double		*logt, *logm, best_s = INFINITY, best_l = INFINITY;
	double		 logtc;
	size_t		 split_s = 0, split_l = 0;
	struct line_fit	 fit_s, fit_l;

	if (x == NULL || scratch == NULL || df == NULL || !isfinite(fs) ||
	    fs <= 0.0)
		return CORE_ERR_ARG;
	if (min == 0 || n < min)
		return CORE_ERR_TOO_SHORT;
	logt = scratch;
	logm = scratch + nlag;
	mean_square_displacement(x, n, nlag, logm);
	for (size_t k = 0; k < nlag; k++) {
		if (!(logm[k] > 0.0)) {
			features_set_nan(df);
			return CORE_ERR_DEGENERATE;
		}
		logt[k] = log((double)(k + 1) / fs);
		logm[k] = log(logm[k]);
	}

	/*
	 * Each region's split is the candidate whose own fit has the smallest
	 * residual RMS; on a tie the later split wins (<=), as in the
	 * reference.  Split i means the short region is the first i points and
	 * the long region starts at point i (1-based), so they share one.
	 */
	for (size_t i = split_first(fs); i <= split_last(fs); i++) {
		const struct line_fit	s = fit_line(logt, logm, i);
		const struct line_fit	l = fit_line(logt + i - 1, logm + i - 1,
		    nlag - i + 1);
		const double		rms_s = sqrt(s.rss / (double)i);
		const double		rms_l = sqrt(l.rss /
		    (double)(nlag - i + 1));

		if (rms_s <= best_s) {
			best_s = rms_s;
			split_s = i;
		}
		if (rms_l <= best_l) {
			best_l = rms_l;
			split_l = i;
		}
	}
	fit_s = fit_line(logt, logm, split_s);
	fit_l = fit_line(logt + split_l - 1, logm + split_l - 1,
	    nlag - split_l + 1);

	df->short_time_diffusion = exp(fit_s.intercept);
	df->long_time_diffusion = exp(fit_l.intercept);
	df->short_time_scaling = fit_s.slope / 2.0;
	df->long_time_scaling = fit_l.slope / 2.0;
	if (fit_s.slope == fit_l.slope) {
		df->critical_time = df->critical_displacement = NAN;
		return CORE_OK;
	}
	logtc = (fit_l.intercept - fit_s.intercept) /
	    (fit_s.slope - fit_l.slope);
	/* The reference caps the crossing at the longest lag analysed. */
	if (logtc > logt[nlag - 1])
		logtc = logt[nlag - 1];
	df->critical_time = exp(logtc);
	df->critical_displacement = exp(fit_s.intercept +
	    fit_s.slope * logtc);
	return CORE_OK;
}
