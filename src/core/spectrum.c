/*
 * spectrum.c: Welch PSD with FFTW and the spectral sway descriptors.
 *
 * FFTW is the one place the core lets a library allocate: the plan is made
 * with FFTW_ESTIMATE on the caller's scratch (ESTIMATE never writes to the
 * arrays while planning) and destroyed before spectrum_welch() returns, so
 * nothing outlives the call.  FFTW's planner is not thread-safe: two threads
 * must not run spectrum_welch() at once.
 */
#include <config.h>

#include <limits.h>
#include <math.h>
#include <string.h>

#include <fftw3.h>

#include "core/spectrum.h"

/*
 * Welch segment and overlap in seconds, and the analysis band with its
 * sub-bands in Hz: Quijoux et al. 2021 code defaults, written out in
 * shared/data/reference/README.md §3.
 */
#define WELCH_SEGMENT_S		10.0
#define WELCH_OVERLAP_S		5.0
#define BAND_LOW_HZ		0.15
#define BAND_HIGH_HZ		5.0
#define BAND_SPLIT_LOW_HZ	0.5
#define BAND_SPLIT_HIGH_HZ	2.0

size_t
spectrum_bins(size_t n)
{
	return n / 2 + 1;
}

/* Samples per Welch segment before any shrinking, as int(10 * fs). */
static size_t
welch_nominal_segment(double fs)
{
	return (size_t)floor(WELCH_SEGMENT_S * fs);
}

static size_t
welch_overlap(double fs)
{
	return (size_t)floor(WELCH_OVERLAP_S * fs);
}

size_t
spectrum_min_samples(double fs)
{
	return welch_overlap(fs) + 1;
}

/* Offsets are kept even so the complex output stays 16-byte aligned. */
static size_t
round_even(size_t n)
{
	return n + (n & 1);
}

size_t
spectrum_scratch(size_t n)
{
	/* FFT input (n), FFT output (bins complex), window (<= n). */
	return round_even(n) + 2 * spectrum_bins(n) + n;
}

/* Periodic Hann window of length len into w; returns the sum of w^2. */
static double
hann_periodic(double *w, size_t len)
{
	double	sum_sq = 0.0;

	for (size_t k = 0; k < len; k++) {
		w[k] = 0.5 - 0.5 * cos(2.0 * M_PI * (double)k / (double)len);
		sum_sq += w[k] * w[k];
	}
	return sum_sq;
}

/*
 * Remove the least-squares line from seg[0..len) (scipy's detrend="linear"
 * on one Welch segment), then apply the window.
 */
static void
detrend_and_window(const double *seg, size_t len, const double *w, double *out)
{
	double	tm = ((double)len - 1.0) / 2.0, xm = 0.0, sxy = 0.0, sxx = 0.0;
	double	slope;

	for (size_t k = 0; k < len; k++)
		xm += seg[k];
	xm /= (double)len;
	for (size_t k = 0; k < len; k++) {
		double	dt = (double)k - tm;

		sxy += dt * (seg[k] - xm);
		sxx += dt * dt;
	}
	slope = sxx > 0.0 ? sxy / sxx : 0.0;
	for (size_t k = 0; k < len; k++)
		out[k] = w[k] * (seg[k] - xm - slope * ((double)k - tm));
}

enum core_status
spectrum_welch(const double *x, size_t n, double fs, double *psd,
    double *scratch)
{
	const size_t	 bins = spectrum_bins(n), overlap = welch_overlap(fs);
	size_t		 seglen, step, nseg;
	double		*in, *w, scale;
	fftw_complex	*out;
	fftw_plan	 plan;

	if (x == NULL || psd == NULL || scratch == NULL || !isfinite(fs) ||
	    fs <= 0.0 || n > INT_MAX)
		return CORE_ERR_ARG;
	if (n < spectrum_min_samples(fs) || n < 2)
		return CORE_ERR_TOO_SHORT;
	/*
	 * A signal shorter than one segment: scipy.signal.welch warns and
	 * shrinks the segment to the whole signal, keeping noverlap; do the
	 * same (without the warning: there is no one to tell here).
	 */
	seglen = welch_nominal_segment(fs);
	if (seglen > n)
		seglen = n;
	if (seglen <= overlap)
		return CORE_ERR_TOO_SHORT;
	step = seglen - overlap;
	/* scipy's count: no padding, segments that do not fit are dropped. */
	nseg = (n - overlap) / step;

	in = scratch;
	out = (fftw_complex *)(scratch + round_even(n));
	w = scratch + round_even(n) + 2 * bins;
	plan = fftw_plan_dft_r2c_1d((int)n, in, out, FFTW_ESTIMATE);
	if (plan == NULL)
		return CORE_ERR_NOMEM;

	/* Density scaling: |X|^2 / (fs * sum w^2). */
	scale = 1.0 / (fs * hann_periodic(w, seglen));
	memset(psd, 0, bins * sizeof *psd);
	memset(in, 0, n * sizeof *in);
	for (size_t s = 0; s < nseg; s++) {
		detrend_and_window(x + s * step, seglen, w, in);
		fftw_execute(plan);
		for (size_t k = 0; k < bins; k++) {
			const double	re = out[k][0], im = out[k][1];

			psd[k] += (re * re + im * im) * scale;
		}
	}
	fftw_destroy_plan(plan);

	for (size_t k = 0; k < bins; k++) {
		psd[k] /= (double)nseg;
		/* One-sided: fold in negative frequencies (not DC, Nyquist). */
		if (k > 0 && !(n % 2 == 0 && k == bins - 1))
			psd[k] *= 2.0;
	}
	return CORE_OK;
}

/* Frequency of bin k, computed as numpy.fft.rfftfreq(n, 1 / fs) does. */
static double
bin_frequency(size_t k, size_t n, double fs)
{
	return (double)k * (1.0 / ((double)n * (1.0 / fs)));
}

static void
features_set_nan(struct spectrum_features *sf)
{
	sf->total_power = sf->power_frequency_50 = sf->power_frequency_95 = NAN;
	sf->frequency_mode = sf->centroid_frequency = NAN;
	sf->frequency_dispersion = sf->energy_below_05 = NAN;
	sf->energy_05_2 = sf->energy_above_2 = sf->frequency_quotient = NAN;
}

/* First frequency of the band at which the running power reaches share. */
static double
power_frequency(const double *psd, size_t first, size_t last, size_t n,
    double fs, double total, double share)
{
	double	cum = 0.0;

	for (size_t k = first; k <= last; k++) {
		cum += psd[k];
		if (cum >= total * share)
			return bin_frequency(k, n, fs);
	}
	return bin_frequency(last, n, fs);
}

enum core_status
spectrum_describe(const double *psd, size_t n, double fs,
    struct spectrum_features *sf)
{
	const size_t	bins = spectrum_bins(n);
	size_t		first = bins, last = 0, mode = 0;
	double		m0 = 0.0, m1 = 0.0, m2 = 0.0, low = 0.0, mid = 0.0;
	double		high = 0.0, disp;

	if (psd == NULL || sf == NULL || !isfinite(fs) || fs <= 0.0 || n < 1)
		return CORE_ERR_ARG;
	for (size_t k = 0; k < bins; k++) {
		const double	f = bin_frequency(k, n, fs), p = psd[k];

		if (f < BAND_LOW_HZ || f > BAND_HIGH_HZ)
			continue;
		if (first == bins || p > psd[mode])
			mode = k;
		if (first == bins)
			first = k;
		last = k;
		m0 += p;
		m1 += f * p;
		m2 += f * f * p;
		if (f <= BAND_SPLIT_LOW_HZ)
			low += p;
		else if (f <= BAND_SPLIT_HIGH_HZ)
			mid += p;
		else
			high += p;
	}
	/* No bin in the band, or a band with no power: nothing is defined. */
	if (first == bins || !(m0 > 0.0)) {
		features_set_nan(sf);
		return CORE_ERR_DEGENERATE;
	}
	sf->total_power = m0;
	sf->power_frequency_50 = power_frequency(psd, first, last, n, fs, m0,
	    0.5);
	sf->power_frequency_95 = power_frequency(psd, first, last, n, fs, m0,
	    0.95);
	sf->frequency_mode = bin_frequency(mode, n, fs);
	sf->centroid_frequency = sqrt(m2 / m0);
	/*
	 * Cauchy-Schwarz keeps m1^2 <= m0 m2; a one-bin spectrum can land a
	 * rounding error below zero, which is a dispersion of 0, not NaN.
	 */
	disp = 1.0 - (m1 * m1) / (m0 * m2);
	sf->frequency_dispersion = disp > 0.0 ? sqrt(disp) : 0.0;
	sf->energy_below_05 = low;
	sf->energy_05_2 = mid;
	sf->energy_above_2 = high;
	/* All power above 2 Hz leaves the quotient undefined (x / 0). */
	sf->frequency_quotient = low + mid > 0.0 ? high / (low + mid) : NAN;
	return CORE_OK;
}
