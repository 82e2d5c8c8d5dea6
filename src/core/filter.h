/*
 * filter.h: Butterworth low-pass design and zero-phase filtering, matching
 * scipy.signal.butter (digital, bilinear transform with pre-warping),
 * lfilter_zi and filtfilt (odd extension of 3*max(len(a), len(b)) samples,
 * steady-state initial conditions scaled by the first extended sample).
 */
#ifndef FOOTSCREEN_CORE_FILTER_H
#define FOOTSCREEN_CORE_FILTER_H

#include <stddef.h>

#include "core/status.h"

#define BUTTER_MAX_ORDER 8

struct iir_filter {
	int	order;
	double	b[BUTTER_MAX_ORDER + 1];
	double	a[BUTTER_MAX_ORDER + 1];	/* a[0] == 1 */
};

/*
 * Design a low-pass of the given order (1..BUTTER_MAX_ORDER), with
 * wn = cutoff / (fs / 2) in (0, 1), as scipy.signal.butter(order, wn).
 * CORE_ERR_ARG otherwise.
 */
enum core_status butter_lowpass(int order, double wn, struct iir_filter *);

/* Scratch doubles filtfilt() needs for n samples. */
size_t	filtfilt_scratch(const struct iir_filter *, size_t n);

/*
 * Zero-phase filter x into y (y may be x; neither may overlap scratch), as
 * scipy.signal.filtfilt with its default padtype="odd",
 * padlen=3*max(len(a), len(b)).  CORE_ERR_TOO_SHORT when n <= padlen, as
 * scipy refuses too.
 */
enum core_status filtfilt(const struct iir_filter *, const double *x,
		    double *y, size_t n, double *scratch);

#endif
