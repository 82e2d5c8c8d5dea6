/*
 * filter.c: Butterworth low-pass design and zero-phase filtering.
 *
 * The design takes the textbook route that scipy.signal.butter documents
 * (scipy 1.10): the analog prototype's poles on the left half of the unit
 * circle, pre-warping of the cutoff, the bilinear transform with fs = 2, and
 * expansion of zeros and poles into polynomials.  Taking the same steps in
 * the same order keeps the coefficients within rounding of scipy's, which
 * the reference recordings rely on (shared/data/reference/README.md §2).
 *
 * filtfilt() runs the filter forwards and backwards over the signal with
 * odd-symmetric padding and steady-state initial conditions, as
 * scipy.signal.filtfilt does by default (Gustafsson's method is not used).
 */
#include <complex.h>
#include <math.h>
#include <string.h>

#include "core/filter.h"

/* pi to double precision; M_PI is POSIX, not C11. */
#define FILTER_PI	3.14159265358979323846

/* scipy's default pad length: three times the number of taps. */
static size_t
filter_padlen(const struct iir_filter *f)
{
	return 3 * (size_t)(f->order + 1);
}

enum core_status
butter_lowpass(int order, double wn, struct iir_filter *f)
{
	double complex	pole[BUTTER_MAX_ORDER];
	double complex	den[BUTTER_MAX_ORDER + 1];
	double complex	dc = 1.0;
	double		warped, gain, binom;
	int		i, j;

	if (f == NULL || order < 1 || order > BUTTER_MAX_ORDER ||
	    !(wn > 0.0 && wn < 1.0))
		return CORE_ERR_ARG;

	/*
	 * With the bilinear transform at fs = 2 the analog frequency
	 * 4 tan(pi wn / 2) lands exactly on the digital cutoff wn.
	 */
	warped = 4.0 * tan(FILTER_PI * wn / 2.0);

	for (i = 0; i < order; i++) {
		/* Prototype poles -exp(j pi m / 2N), m = 1-N, 3-N, ..., N-1. */
		double		theta = FILTER_PI * (2 * i + 1 - order) /
				    (2.0 * order);
		double complex	s = -CMPLX(cos(theta), sin(theta)) * warped;

		/* s -> z = (4 + s) / (4 - s); the gain picks up 1 / (4 - s). */
		pole[i] = (4.0 + s) / (4.0 - s);
		dc *= 4.0 - s;
	}
	gain = pow(warped, order) * creal(1.0 / dc);

	/* Denominator: prod (z - p_i), expanded one root at a time. */
	den[0] = 1.0;
	for (i = 0; i < order; i++) {
		den[i + 1] = 0.0;
		for (j = i + 1; j > 0; j--)
			den[j] -= pole[i] * den[j - 1];
	}

	/* All N zeros sit at z = -1, so the numerator is binomial. */
	memset(f, 0, sizeof *f);
	f->order = order;
	binom = 1.0;
	for (i = 0; i <= order; i++) {
		f->b[i] = gain * binom;
		f->a[i] = creal(den[i]);
		binom = binom * (order - i) / (i + 1);
	}
	return CORE_OK;
}

size_t
filtfilt_scratch(const struct iir_filter *f, size_t n)
{
	return n + 2 * filter_padlen(f);
}

/*
 * The filter state that a constant input of 1 leaves behind once the filter
 * has settled (scipy.signal.lfilter_zi): the solution of (I - A^T) z = B for
 * the transposed direct form II, by Gaussian elimination with partial
 * pivoting, as numpy.linalg.solve does.
 */
static enum core_status
filter_steady_state(const struct iir_filter *f, double *zi)
{
	double	m[BUTTER_MAX_ORDER][BUTTER_MAX_ORDER];
	int	n = f->order, r, c, k;

	memset(m, 0, sizeof m);
	for (r = 0; r < n; r++) {
		m[r][0] = f->a[r + 1];
		m[r][r] += 1.0;
		if (r + 1 < n)
			m[r][r + 1] = -1.0;
		zi[r] = f->b[r + 1] - f->a[r + 1] * f->b[0];
	}
	for (k = 0; k < n; k++) {
		int	piv = k;

		for (r = k + 1; r < n; r++)
			if (fabs(m[r][k]) > fabs(m[piv][k]))
				piv = r;
		if (m[piv][k] == 0.0)
			return CORE_ERR_DEGENERATE;
		if (piv != k) {
			double	t;

			for (c = 0; c < n; c++) {
				t = m[k][c];
				m[k][c] = m[piv][c];
				m[piv][c] = t;
			}
			t = zi[k];
			zi[k] = zi[piv];
			zi[piv] = t;
		}
		for (r = k + 1; r < n; r++) {
			double	l = m[r][k] / m[k][k];

			for (c = k; c < n; c++)
				m[r][c] -= l * m[k][c];
			zi[r] -= l * zi[k];
		}
	}
	for (r = n - 1; r >= 0; r--) {
		for (c = r + 1; c < n; c++)
			zi[r] -= m[r][c] * zi[c];
		zi[r] /= m[r][r];
	}
	return CORE_OK;
}

/*
 * One pass of the transposed direct form II over x in place, from the first
 * sample to the last or, when backwards, from the last to the first; the
 * state starts at zi * scale.  The update order is scipy.signal.lfilter's.
 */
static void
filter_pass(const struct iir_filter *f, double *x, size_t n, int backwards,
    const double *zi, double scale)
{
	double	z[BUTTER_MAX_ORDER];
	int	last = f->order - 1, k;

	for (k = 0; k <= last; k++)
		z[k] = zi[k] * scale;
	for (size_t i = 0; i < n; i++) {
		size_t	at = backwards ? n - 1 - i : i;
		double	in = x[at], out = z[0] + f->b[0] * in;

		for (k = 0; k < last; k++)
			z[k] = z[k + 1] + in * f->b[k + 1] - out * f->a[k + 1];
		z[last] = in * f->b[last + 1] - out * f->a[last + 1];
		x[at] = out;
	}
}

enum core_status
filtfilt(const struct iir_filter *f, const double *x, double *y, size_t n,
    double *scratch)
{
	double			 zi[BUTTER_MAX_ORDER];
	double			*ext = scratch;
	size_t			 pad, i;
	enum core_status	 st;

	if (f == NULL || x == NULL || y == NULL || scratch == NULL ||
	    f->order < 1 || f->order > BUTTER_MAX_ORDER)
		return CORE_ERR_ARG;
	pad = filter_padlen(f);
	if (n <= pad)
		return CORE_ERR_TOO_SHORT;
	if ((st = filter_steady_state(f, zi)) != CORE_OK)
		return st;

	/* Odd extension: reflect the signal through its end points. */
	for (i = 0; i < pad; i++) {
		ext[i] = 2.0 * x[0] - x[pad - i];
		ext[pad + n + i] = 2.0 * x[n - 1] - x[n - 2 - i];
	}
	memcpy(ext + pad, x, n * sizeof *x);

	filter_pass(f, ext, n + 2 * pad, 0, zi, ext[0]);
	filter_pass(f, ext, n + 2 * pad, 1, zi, ext[n + 2 * pad - 1]);
	memcpy(y, ext + pad, n * sizeof *y);
	return CORE_OK;
}
