/*
 * spectrum.h: Welch power spectral density of one COP axis and the spectral
 * descriptors of Quijoux et al. 2021 computed from it.
 *
 * The estimate is the reference's call of scipy.signal.welch: periodic Hann
 * window, 10 s segments overlapping by 5 s, each segment linearly detrended
 * and zero-padded to nfft = n (so bin k sits at k * fs / n), density scaling,
 * one-sided, segments averaged with the mean
 * (shared/data/reference/README.md §3).
 */
#ifndef FOOTSCREEN_CORE_SPECTRUM_H
#define FOOTSCREEN_CORE_SPECTRUM_H

#include <stddef.h>

#include "core/status.h"

/* Number of one-sided bins for n samples (nfft = n): n / 2 + 1. */
size_t	spectrum_bins(size_t n);

/* Fewest samples Welch accepts at fs: the overlap must be shorter than n. */
size_t	spectrum_min_samples(double fs);

/* Scratch doubles spectrum_welch() needs for n samples. */
size_t	spectrum_scratch(size_t n);

/*
 * Welch PSD of x (n samples at fs Hz) into psd[spectrum_bins(n)], in
 * (unit of x)^2 / Hz.  CORE_ERR_TOO_SHORT below spectrum_min_samples(fs),
 * CORE_ERR_NOMEM when FFTW cannot make a plan.
 */
enum core_status spectrum_welch(const double *x, size_t n, double fs,
		    double *psd, double *scratch);

/* Descriptors of a PSD, powers summed over bins (not multiplied by df). */
struct spectrum_features {
	double	total_power;		/* 0.15..5 Hz */
	double	power_frequency_50;	/* first bin with 50 % of it */
	double	power_frequency_95;	/* first bin with 95 % of it */
	double	frequency_mode;		/* bin of the largest power */
	double	centroid_frequency;	/* sqrt(m2 / m0) */
	double	frequency_dispersion;	/* sqrt(1 - m1^2 / (m0 m2)) */
	double	energy_below_05;	/* 0.15..0.5 Hz */
	double	energy_05_2;		/* (0.5, 2] Hz */
	double	energy_above_2;		/* (2, 5] Hz */
	double	frequency_quotient;	/* (2, 5] over [0.15, 2] */
};

/*
 * The descriptors of psd, the output of spectrum_welch() for n samples at
 * fs.  When the band holds no power every field is NAN and the return is
 * CORE_ERR_DEGENERATE.
 */
enum core_status spectrum_describe(const double *psd, size_t n, double fs,
		    struct spectrum_features *);

#endif
