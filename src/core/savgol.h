/*
 * savgol.h: Savitzky-Golay first derivative, as
 * scipy.signal.savgol_filter(x, window, polyorder, deriv=1, delta=dt)
 * with its default mode="interp" (a polynomial fitted to the first and last
 * window's samples gives the edge values).
 */
#ifndef FOOTSCREEN_CORE_SAVGOL_H
#define FOOTSCREEN_CORE_SAVGOL_H

#include <stddef.h>

#include "core/status.h"

/* window odd, polyorder < window, n >= window. */
enum core_status savgol_derivative(const double *x, size_t n, int window,
		    int polyorder, double delta, double *out);

#endif
