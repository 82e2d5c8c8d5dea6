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

#define SAVGOL_MAX_ORDER 10

/*
 * First derivative of x (n samples, delta apart) into out, which must not
 * overlap x.  window odd, 0 <= polyorder < window, polyorder <=
 * SAVGOL_MAX_ORDER: CORE_ERR_ARG otherwise; CORE_ERR_TOO_SHORT when
 * n < window, as scipy refuses too.
 */
enum core_status savgol_derivative(const double *x, size_t n, int window,
		    int polyorder, double delta, double *out);

#endif
