/*
 * savgol.c: Savitzky-Golay first derivative (Savitzky & Golay 1964,
 * Anal. Chem. 36(8):1627).
 *
 * Each output is the slope, at that sample, of the least-squares polynomial
 * through a window of samples.  Away from the ends the window is centred on
 * the sample; within window/2 of either end it stays against that end, and
 * the slope is read off at the sample's place in it.  That is what
 * scipy.signal.savgol_filter's default mode="interp" computes: convolution
 * in the interior and a polynomial fitted to the first and last window at
 * the edges.
 *
 * The fit is expanded in polynomials orthogonal over the window's points,
 * built by their three-term recurrence (Forsythe 1957, J. SIAM 5(2):74), so
 * no normal equations are formed and long windows stay well conditioned.
 */
#include <math.h>
#include <stdint.h>

#include "core/savgol.h"

/* Orthogonal polynomials P_0..P_degree over u = -h, ..., h (h = window/2). */
struct sg_basis {
	int	degree;
	int	window;
	double	alpha[SAVGOL_MAX_ORDER + 1];
	double	beta[SAVGOL_MAX_ORDER + 1];
	double	norm[SAVGOL_MAX_ORDER + 1];	/* sum of P_j(u)^2 */
};

/* Position of window sample k, centred so the recurrence stays small. */
static double
sg_position(const struct sg_basis *b, int k)
{
	return k - (b->window - 1) / 2;
}

/* P_0(u)..P_upto(u); needs alpha and beta below index upto. */
static void
sg_values(const struct sg_basis *b, int upto, double u, double *p)
{
	p[0] = 1.0;
	if (upto >= 1)
		p[1] = u - b->alpha[0];
	for (int j = 1; j < upto; j++)
		p[j + 1] = (u - b->alpha[j]) * p[j] - b->beta[j] * p[j - 1];
}

/* dP_j/du at u, given p = P_j(u), by differentiating the recurrence. */
static void
sg_slopes(const struct sg_basis *b, double u, const double *p, double *dp)
{
	dp[0] = 0.0;
	if (b->degree >= 1)
		dp[1] = 1.0;
	for (int j = 1; j < b->degree; j++)
		dp[j + 1] = p[j] + (u - b->alpha[j]) * dp[j] -
		    b->beta[j] * dp[j - 1];
}

/* Stieltjes procedure: each new polynomial fixes the next recurrence terms. */
static void
sg_basis_init(struct sg_basis *b, int window, int degree)
{
	double	p[SAVGOL_MAX_ORDER + 1];

	b->degree = degree;
	b->window = window;
	for (int j = 0; j <= degree; j++) {
		double	s = 0.0, su = 0.0;

		for (int k = 0; k < window; k++) {
			double	u = sg_position(b, k);

			sg_values(b, j, u, p);
			s += p[j] * p[j];
			su += u * p[j] * p[j];
		}
		b->norm[j] = s;
		b->alpha[j] = su / s;
		b->beta[j] = j > 0 ? s / b->norm[j - 1] : 0.0;
	}
}

/* Least-squares coefficients, in the orthogonal basis, of the window at x. */
static void
sg_fit(const struct sg_basis *b, const double *x, double *c)
{
	double	p[SAVGOL_MAX_ORDER + 1];
	int	j;

	for (j = 0; j <= b->degree; j++)
		c[j] = 0.0;
	for (int k = 0; k < b->window; k++) {
		sg_values(b, b->degree, sg_position(b, k), p);
		for (j = 0; j <= b->degree; j++)
			c[j] += x[k] * p[j];
	}
	for (j = 0; j <= b->degree; j++)
		c[j] /= b->norm[j];
}

enum core_status
savgol_derivative(const double *x, size_t n, int window, int polyorder,
    double delta, double *out)
{
	struct sg_basis	b;
	double		c[SAVGOL_MAX_ORDER + 1], p[SAVGOL_MAX_ORDER + 1];
	double		dp[SAVGOL_MAX_ORDER + 1];
	size_t		half, fitted = SIZE_MAX;

	if (x == NULL || out == NULL || window < 1 || window % 2 == 0 ||
	    polyorder < 0 || polyorder >= window ||
	    polyorder > SAVGOL_MAX_ORDER || !(delta > 0.0) || !isfinite(delta))
		return CORE_ERR_ARG;
	if (n < (size_t)window)
		return CORE_ERR_TOO_SHORT;

	sg_basis_init(&b, window, polyorder);
	half = (size_t)window / 2;
	for (size_t i = 0; i < n; i++) {
		size_t	start;
		double	u, v = 0.0;

		if (i < half)
			start = 0;
		else if (i + half >= n)
			start = n - (size_t)window;
		else
			start = i - half;
		if (start != fitted) {
			sg_fit(&b, x + start, c);
			fitted = start;
		}
		u = (double)(i - start) - (double)half;
		sg_values(&b, polyorder, u, p);
		sg_slopes(&b, u, p, dp);
		for (int j = 0; j <= polyorder; j++)
			v += c[j] * dp[j];
		out[i] = v / delta;
	}
	return CORE_OK;
}
