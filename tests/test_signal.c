/*
 * test_signal.c: known answers for the signal-processing half of the sway
 * core: Butterworth design, zero-phase filtering, Savitzky-Golay
 * derivative, artefact purge, SWARII resampling and the preprocessing
 * pipelines, on synthetic signals whose right output follows on paper.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/filter.h"
#include "core/preprocess.h"
#include "core/savgol.h"
#include "core/swarii.h"
#include "testutil.h"

#define PI	3.14159265358979323846

/* Complex response of f at digital frequency w (rad/sample), |H|^2. */
static double
response_power(const struct iir_filter *f, double w)
{
	double	nr = 0, ni = 0, dr = 0, di = 0;

	for (int k = 0; k <= f->order; k++) {
		nr += f->b[k] * cos(k * w);
		ni -= f->b[k] * sin(k * w);
		dr += f->a[k] * cos(k * w);
		di -= f->a[k] * sin(k * w);
	}
	return (nr * nr + ni * ni) / (dr * dr + di * di);
}

/*
 * The bilinear transform maps the analog Butterworth response onto
 * |H(w)|^2 = 1 / (1 + (tan(w/2) / tan(pi wn / 2))^2N).
 */
static double
butter_power(int order, double wn, double w)
{
	return 1.0 / (1.0 + pow(tan(w / 2) / tan(PI * wn / 2), 2 * order));
}

/* Order 1: H(s) = 1/(s+1), s = (z-1)/(K(z+1)), K = tan(pi wn/2). */
START_TEST(test_butter_order1)
{
	static const double	wns[] = { 0.05, 0.2, 0.5, 0.8 };

	for (size_t i = 0; i < sizeof wns / sizeof wns[0]; i++) {
		struct iir_filter	f;
		double			k = tan(PI * wns[i] / 2);

		ck_assert_int_eq(butter_lowpass(1, wns[i], &f), CORE_OK);
		ck_assert_int_eq(f.order, 1);
		ck_assert(tu_close(f.b[0], k / (1 + k), 1e-14, 0));
		ck_assert(tu_close(f.b[1], k / (1 + k), 1e-14, 0));
		ck_assert(tu_close(f.a[0], 1.0, 0, 0));
		ck_assert(tu_close(f.a[1], (k - 1) / (k + 1), 1e-13, 1e-16));
	}
}
END_TEST

/* Order 2: H(s) = 1/(s^2 + sqrt2 s + 1) through the same substitution. */
START_TEST(test_butter_order2)
{
	static const double	wns[] = { 0.05, 0.2, 0.5, 0.8 };

	for (size_t i = 0; i < sizeof wns / sizeof wns[0]; i++) {
		struct iir_filter	f;
		double			k = tan(PI * wns[i] / 2);
		double			d = 1 + sqrt(2) * k + k * k;

		ck_assert_int_eq(butter_lowpass(2, wns[i], &f), CORE_OK);
		ck_assert(tu_close(f.b[0], k * k / d, 1e-13, 0));
		ck_assert(tu_close(f.b[1], 2 * k * k / d, 1e-13, 0));
		ck_assert(tu_close(f.b[2], k * k / d, 1e-13, 0));
		ck_assert(tu_close(f.a[0], 1.0, 0, 0));
		ck_assert(tu_close(f.a[1], 2 * (k * k - 1) / d, 1e-13, 1e-16));
		ck_assert(tu_close(f.a[2], (1 - sqrt(2) * k + k * k) / d,
		    1e-13, 1e-16));
	}
}
END_TEST

/* Every order: DC gain 1, -3 dB at wn, the Butterworth shape, zeros at -1. */
START_TEST(test_butter_response)
{
	static const double	wns[] = { 0.1, 0.2, 0.5, 0.8 };

	for (int order = 1; order <= BUTTER_MAX_ORDER; order++) {
		for (size_t i = 0; i < sizeof wns / sizeof wns[0]; i++) {
			struct iir_filter	f;
			double			wn = wns[i], sb = 0, sa = 0;
			double			binom = 1;

			ck_assert_int_eq(butter_lowpass(order, wn, &f),
			    CORE_OK);
			for (int k = 0; k <= order; k++) {
				sb += f.b[k];
				sa += f.a[k];
				ck_assert(tu_close(f.b[k], f.b[0] * binom,
				    1e-12, 0));
				binom = binom * (order - k) / (k + 1);
			}
			ck_assert_msg(tu_close(sb / sa, 1.0, 1e-10, 0),
			    "order %d wn %g: DC gain %.17g", order, wn,
			    sb / sa);
			ck_assert(tu_close(response_power(&f, PI * wn), 0.5,
			    1e-10, 0));
			for (double w = 0.05; w < PI; w += 0.1)
				ck_assert_msg(tu_close(response_power(&f, w),
				    butter_power(order, wn, w), 1e-9, 1e-12),
				    "order %d wn %g w %g: %.17g, want %.17g",
				    order, wn, w, response_power(&f, w),
				    butter_power(order, wn, w));
		}
	}
}
END_TEST

START_TEST(test_butter_bad_args)
{
	struct iir_filter	f;

	ck_assert_int_eq(butter_lowpass(0, 0.5, &f), CORE_ERR_ARG);
	ck_assert_int_eq(butter_lowpass(BUTTER_MAX_ORDER + 1, 0.5, &f),
	    CORE_ERR_ARG);
	ck_assert_int_eq(butter_lowpass(4, 0.0, &f), CORE_ERR_ARG);
	ck_assert_int_eq(butter_lowpass(4, 1.0, &f), CORE_ERR_ARG);
	ck_assert_int_eq(butter_lowpass(4, NAN, &f), CORE_ERR_ARG);
	ck_assert_int_eq(butter_lowpass(4, 0.5, NULL), CORE_ERR_ARG);
}
END_TEST

/* filtfilt of x into a new buffer; the caller frees it. */
static double *
filtfilt_new(const struct iir_filter *f, const double *x, size_t n)
{
	double	*y = malloc(n * sizeof *y);
	double	*scratch = malloc(filtfilt_scratch(f, n) * sizeof *scratch);

	ck_assert(y != NULL && scratch != NULL);
	ck_assert_int_eq(filtfilt(f, x, y, n, scratch), CORE_OK);
	free(scratch);
	return y;
}

/* Steady-state initial conditions: a constant comes out unchanged. */
START_TEST(test_filtfilt_constant)
{
	struct iir_filter	 f;
	double			 x[100], *y;

	for (size_t i = 0; i < 100; i++)
		x[i] = 3.7;
	ck_assert_int_eq(butter_lowpass(4, 0.3, &f), CORE_OK);
	y = filtfilt_new(&f, x, 100);
	for (size_t i = 0; i < 100; i++)
		ck_assert_msg(tu_close(y[i], 3.7, 1e-12, 0), "y[%zu] = %.17g",
		    i, y[i]);
	free(y);
}
END_TEST

/*
 * Sines at fs = 100 Hz through a 10 Hz order-4 low-pass, forwards and
 * backwards: no phase shift, and gain |H|^2 (1 Hz passes, 8 Hz is partly
 * cut, 30 Hz is gone).  Only the middle is checked, away from the edges.
 */
START_TEST(test_filtfilt_sines)
{
	static const double	freq[] = { 1.0, 8.0, 30.0 };
	struct iir_filter	f;
	double			x[2000];

	ck_assert_int_eq(butter_lowpass(4, 10.0 / 50.0, &f), CORE_OK);
	for (size_t j = 0; j < sizeof freq / sizeof freq[0]; j++) {
		double	w = 2 * PI * freq[j] / 100.0;
		double	gain = butter_power(4, 0.2, w), *y;

		for (size_t i = 0; i < 2000; i++)
			x[i] = sin(w * i + 0.3);
		y = filtfilt_new(&f, x, 2000);
		for (size_t i = 500; i < 1500; i++)
			ck_assert_msg(fabs(y[i] - gain * x[i]) < 1e-6,
			    "%g Hz: y[%zu] = %.10g, want %.10g", freq[j], i,
			    y[i], gain * x[i]);
		free(y);
	}
	ck_assert(butter_power(4, 0.2, 2 * PI * 0.01) > 0.999999);
	ck_assert(butter_power(4, 0.2, 2 * PI * 0.3) < 1e-4);
}
END_TEST

/* In place gives what a separate output does; n must exceed 3 * taps. */
START_TEST(test_filtfilt_alias_and_short)
{
	struct iir_filter	f;
	double			x[40], y[40], z[40], scratch[80];

	ck_assert_int_eq(butter_lowpass(4, 0.4, &f), CORE_OK);
	ck_assert_uint_ge(sizeof scratch / sizeof scratch[0],
	    filtfilt_scratch(&f, 40));
	for (size_t i = 0; i < 40; i++)
		x[i] = y[i] = cos(0.7 * i) + 0.01 * i * i;
	ck_assert_int_eq(filtfilt(&f, x, x, 40, scratch), CORE_OK);
	ck_assert_int_eq(filtfilt(&f, y, z, 40, scratch), CORE_OK);
	for (size_t i = 0; i < 40; i++) {
		ck_assert(x[i] == z[i]);
		ck_assert(x[i] != y[i]);
	}
	ck_assert_int_eq(filtfilt(&f, y, z, 15, scratch), CORE_ERR_TOO_SHORT);
	ck_assert_int_eq(filtfilt(&f, y, z, 16, scratch), CORE_OK);
}
END_TEST

/* The SG slope of a polynomial of degree <= polyorder is exact. */
static void
check_polynomial_slope(int window, int polyorder, const double *c, int deg)
{
	double	x[40], v[40], dt = 0.01;

	for (size_t i = 0; i < 40; i++) {
		double	t = i * dt, p = 0;

		for (int k = deg; k >= 0; k--)
			p = p * t + c[k];
		x[i] = p;
	}
	ck_assert_int_eq(savgol_derivative(x, 40, window, polyorder, dt, v),
	    CORE_OK);
	for (size_t i = 0; i < 40; i++) {
		double	t = i * dt, d = 0;

		for (int k = deg; k >= 1; k--)
			d = d * t + k * c[k];
		ck_assert_msg(tu_close(v[i], d, 1e-9, 1e-9),
		    "window %d order %d: v[%zu] = %.17g, want %.17g", window,
		    polyorder, i, v[i], d);
	}
}

START_TEST(test_savgol_polynomials)
{
	static const double	cubic[] = { 1.0, 2.0, -0.5, 0.25 };
	static const double	quartic[] = { -3.0, 0.5, 4.0, -2.0, 0.75 };

	check_polynomial_slope(5, 3, cubic, 3);
	check_polynomial_slope(7, 3, cubic, 3);
	check_polynomial_slope(9, 4, quartic, 4);
	check_polynomial_slope(21, 4, quartic, 4);
	check_polynomial_slope(3, 2, cubic, 2);
}
END_TEST

/*
 * Window 5, cubic: the least-squares slope weights, worked out with exact
 * fractions from the normal equations, in 84ths.  Interior: the classic
 * (x[-2] - 8 x[-1] + 8 x[1] - x[2]) / 12; the first two and last two samples
 * use the first and last window, the last ones mirrored with a sign change.
 */
START_TEST(test_savgol_weights)
{
	static const double	w[3][5] = {
		{ -125, 136, 48, -88, 29 },	/* slope at window sample 0 */
		{ -38, -2, 24, 26, -10 },	/* at sample 1 */
		{ 7, -56, 0, 56, -7 }		/* at the centre */
	};
	double			x[11], v[11], want;
	const double		delta = 0.25;

	for (size_t i = 0; i < 11; i++)
		x[i] = sin(1.3 * i * i + 0.4) * 10;
	ck_assert_int_eq(savgol_derivative(x, 11, 5, 3, delta, v), CORE_OK);
	for (size_t i = 0; i < 11; i++) {
		want = 0;
		for (size_t k = 0; k < 5; k++) {
			if (i < 2)
				want += w[i][k] * x[k];
			else if (i > 8)
				want -= w[10 - i][k] * x[10 - k];
			else
				want += w[2][k] * x[i - 2 + k];
		}
		want /= 84 * delta;
		ck_assert_msg(tu_close(v[i], want, 1e-12, 1e-12),
		    "v[%zu] = %.17g, want %.17g", i, v[i], want);
	}
}
END_TEST

START_TEST(test_savgol_bad_args)
{
	double	x[8] = { 0 }, v[8];

	ck_assert_int_eq(savgol_derivative(x, 8, 4, 2, 1.0, v), CORE_ERR_ARG);
	ck_assert_int_eq(savgol_derivative(x, 8, 5, 5, 1.0, v), CORE_ERR_ARG);
	ck_assert_int_eq(savgol_derivative(x, 8, 5, 3, 0.0, v), CORE_ERR_ARG);
	ck_assert_int_eq(savgol_derivative(x, 4, 5, 3, 1.0, v),
	    CORE_ERR_TOO_SHORT);
	ck_assert_int_eq(savgol_derivative(x, 5, 5, 3, 1.0, v), CORE_OK);
}
END_TEST

/* n samples at 100 Hz from f(t) on both axes (ap = -f), as SWARII input. */
struct series {
	double			*t, *ml, *ap;
	struct swarii_samples	 s;
};

static void
series_make(struct series *w, size_t n, double (*f)(double))
{
	w->t = malloc(n * sizeof *w->t);
	w->ml = malloc(n * sizeof *w->ml);
	w->ap = malloc(n * sizeof *w->ap);
	ck_assert(w->t != NULL && w->ml != NULL && w->ap != NULL);
	for (size_t i = 0; i < n; i++) {
		w->t[i] = (double)i / 100.0;
		w->ml[i] = f(w->t[i]);
		w->ap[i] = -f(w->t[i]);
	}
	w->s.t = w->t;
	w->s.ml = w->ml;
	w->s.ap = w->ap;
	w->s.n = n;
}

static void
series_free(struct series *w)
{
	free(w->t);
	free(w->ml);
	free(w->ap);
}

static double
ramp(double t)
{
	return 1.5 + 0.2 * t;
}

static double
flat(double t)
{
	(void)t;
	return 0.0;
}

/*
 * A 100 Hz ramp: inside the recording every window is symmetric about its
 * time, so SWARII returns the ramp there.  The first window, at 0.10 s, is
 * cut by the start: weights 0.005 (0.100 to 0.105), 0.01, 0.01 and 0.0149995
 * (0.125 to 0.14 - 5e-7) for the samples at 0.10 .. 0.13.
 */
START_TEST(test_swarii_ramp)
{
	struct series	w;
	double		ml[800], ap[800], scratch[3 * 800], c, want;
	size_t		n;

	series_make(&w, 3000, ramp);
	ck_assert_uint_eq(swarii_purge(&w.s, 1.0), 0);
	ck_assert_uint_eq(w.s.n, 2989);
	ck_assert_double_eq(w.s.t[0], 0.1);
	ck_assert_uint_ge(800, swarii_capacity(29.98 - 0.1, 25));
	ck_assert_uint_ge(sizeof scratch / sizeof scratch[0],
	    swarii_scratch(800));
	ck_assert_int_eq(swarii_resample(&w.s, 25, 0.08, scratch, 800, ml, ap,
	    &n), CORE_OK);
	ck_assert_uint_eq(n, 748);

	want = (ramp(0.10) * 0.005 + ramp(0.11) * 0.01 + ramp(0.12) * 0.01 +
	    ramp(0.13) * 0.0149995) / 0.0399995;
	ck_assert(tu_close(ml[0], want, 1e-13, 0));
	ck_assert(tu_close(ap[0], -want, 1e-13, 0));
	c = 0.1;
	for (size_t k = 0; k < n; k++, c += 1.0 / 25) {
		if (k == 0 || k == n - 1)
			continue;
		ck_assert_msg(tu_close(ml[k], ramp(c), 1e-12, 0),
		    "ml[%zu] = %.17g, want %.17g", k, ml[k], ramp(c));
		ck_assert(tu_close(ap[k], -ramp(c), 1e-12, 0));
	}
	series_free(&w);
}
END_TEST

/*
 * Spikes of 3 cm lasting one or two samples are dropped; a step that stays
 * and a spike lasting three samples are not; neither is anything before
 * 0.1 s, which is dropped anyway along with the first and last sample.
 */
START_TEST(test_swarii_purge)
{
	struct series	w;
	size_t		i, k;

	series_make(&w, 400, flat);
	w.ml[5] = 3.0;				/* before 0.1 s */
	w.ml[50] = 3.0;				/* one sample */
	w.ml[100] = w.ap[101] = 2.5;		/* two samples */
	w.ml[150] = 1.5;			/* 2 cm only with ap */
	w.ap[150] = 0.6;
	w.ml[250] = w.ml[251] = w.ml[252] = 3.0;	/* three samples */
	for (i = 300; i < 400; i++)		/* a step that stays */
		w.ap[i] = 3.0;

	ck_assert_uint_eq(swarii_purge(&w.s, 1.0), 4);
	/* 400 - first - last - 9 before 0.1 s - 4 spikes */
	ck_assert_uint_eq(w.s.n, 400 - 2 - 9 - 4);
	for (i = 10, k = 0; i < 399; i++) {
		if (i == 50 || i == 100 || i == 101 || i == 150)
			continue;
		ck_assert_msg(w.s.t[k] == (double)i / 100.0,
		    "kept[%zu] at %.17g, want %zu", k, w.s.t[k], i);
		k++;
	}
	ck_assert_uint_eq(k, w.s.n);
	series_free(&w);
}
END_TEST

/*
 * The purge's thresholds are 2 cm and 0.5 cm whatever the unit: a 30 mm
 * spike is purged from a trace in mm, a 3 mm one is not.
 */
START_TEST(test_swarii_purge_units)
{
	struct series	w;

	series_make(&w, 400, flat);
	w.ml[50] = 30.0;
	w.ml[100] = 3.0;
	ck_assert_uint_eq(swarii_purge(&w.s, 10.0), 1);
	ck_assert_uint_eq(w.s.n, 400 - 2 - 9 - 1);
	series_free(&w);
	series_make(&w, 400, flat);
	w.ml[50] = 3.0;
	ck_assert_uint_eq(swarii_purge(&w.s, 10.0), 0);
	series_free(&w);
}
END_TEST

/*
 * Empty windows: samples 1 s apart at 0, 1, 2, 3 resampled to 4 Hz with
 * 0.25 s windows leave only the windows at 0, 1 and 2 filled (3 is the last
 * time, where output stops).  The reference then interpolates onto
 * numpy.arange(0, 2, 0.25): eight points, the one at 2 s not included.
 */
START_TEST(test_swarii_empty_windows)
{
	double			t[4] = { 0, 1, 2, 3 }, x[4] = { 0, 4, 8, 4 };
	double			y[4] = { 1, 1, -1, 0 };
	double			ml[16], ap[16], scratch[48];
	struct swarii_samples	s = { t, x, y, 4 };
	size_t			n;

	ck_assert_uint_ge(16, swarii_capacity(3.0, 4));
	ck_assert_int_eq(swarii_resample(&s, 4, 0.25, scratch, 16, ml, ap, &n),
	    CORE_OK);
	ck_assert_uint_eq(n, 8);
	for (size_t i = 0; i < n; i++) {
		ck_assert_double_eq(ml[i], (double)i);
		ck_assert_double_eq(ap[i], i < 4 ? 1.0 : 1.0 - (i - 4) * 0.5);
	}
	ck_assert_int_eq(swarii_resample(&s, 4, 0.25, scratch, 7, ml, ap, &n),
	    CORE_ERR_CAPACITY);
}
END_TEST

/* Run a pipeline with buffers sized by its own capacity functions. */
static enum core_status
run_pipeline(enum sway_pipeline p, const double *ml, const double *ap,
    size_t n, double fs, struct sway_signal *out)
{
	size_t			cap = sway_preprocess_capacity(p, n, fs);
	size_t			ns = sway_preprocess_scratch(p, n, fs);
	double			*scratch = calloc(ns + 1, sizeof *scratch);
	enum core_status	st;

	memset(out, 0, sizeof *out);	/* length_per_cm 0: a signal in cm */
	out->ml = calloc(cap + 1, sizeof *out->ml);
	out->ap = calloc(cap + 1, sizeof *out->ap);
	ck_assert(scratch != NULL && out->ml != NULL && out->ap != NULL);
	out->capacity = cap;
	st = sway_preprocess(p, ml, ap, n, fs, scratch, out);
	free(scratch);
	return st;
}

static void
signal_free(struct sway_signal *out)
{
	free(out->ml);
	free(out->ap);
}

/* 3000 -> 748, 2000 -> 498, 10000 -> 2497 at 100 Hz (README §2 step 5). */
START_TEST(test_pipeline_counts)
{
	static const size_t	in[] = { 3000, 2000, 10000 };
	static const size_t	want[] = { 748, 498, 2497 };

	for (size_t j = 0; j < 3; j++) {
		struct series		w;
		struct sway_signal	out;

		series_make(&w, in[j], flat);
		ck_assert_int_eq(run_pipeline(SWAY_PIPELINE_QUIJOUX2021, w.ml,
		    w.ap, in[j], 100.0, &out), CORE_OK);
		ck_assert_uint_eq(out.n, want[j]);
		ck_assert_double_eq(out.fs, 25.0);
		signal_free(&out);
		series_free(&w);
	}
}
END_TEST

static double
slow_sine(double t)
{
	return 5.0 + sin(PI * t);
}

/*
 * A 0.5 Hz sine on an offset of 5 over exactly 15 periods: the mean is the
 * offset, and output k, at 0.1 + 0.04 k s, is the sine there, smoothed by
 * the 0.08 s window by about 0.2 % (the 10 Hz filter adds nothing).  A
 * time shift of one output sample would be off by 0.12.
 */
START_TEST(test_pipeline_quijoux_sine)
{
	struct series		w;
	struct sway_signal	out;

	series_make(&w, 3000, slow_sine);
	ck_assert_int_eq(run_pipeline(SWAY_PIPELINE_QUIJOUX2021, w.ml, w.ap,
	    3000, 100.0, &out), CORE_OK);
	ck_assert(tu_close(out.mean_ml, 5.0, 1e-13, 0));
	ck_assert(tu_close(out.mean_ap, -5.0, 1e-13, 0));
	ck_assert_uint_eq(out.n, 748);
	for (size_t k = 20; k + 20 < out.n; k++) {
		double	want = sin(PI * (0.1 + 0.04 * k));

		ck_assert_msg(fabs(out.ml[k] - want) < 5e-3,
		    "ml[%zu] = %.6g, want %.6g", k, out.ml[k], want);
		ck_assert(fabs(out.ap[k] + want) < 5e-3);
	}
	signal_free(&out);
	series_free(&w);
}
END_TEST

/* raw: centring only, at the input rate. */
START_TEST(test_pipeline_raw)
{
	double			ml[6] = { 1, 2, 3, 4, 5, 9 };
	double			ap[6] = { -1, -1, -1, -1, -1, 2 };
	struct sway_signal	out;

	ck_assert_int_eq(run_pipeline(SWAY_PIPELINE_RAW, ml, ap, 6, 50.0,
	    &out), CORE_OK);
	ck_assert_uint_eq(out.n, 6);
	ck_assert_double_eq(out.fs, 50.0);
	ck_assert_double_eq(out.mean_ml, 4.0);
	ck_assert_double_eq(out.mean_ap, -0.5);
	for (size_t i = 0; i < 6; i++) {
		ck_assert_double_eq(out.ml[i], ml[i] - 4.0);
		ck_assert_double_eq(out.ap[i], ap[i] + 0.5);
	}
	signal_free(&out);
}
END_TEST

START_TEST(test_pipeline_errors)
{
	static const enum sway_pipeline	all[] = {
		SWAY_PIPELINE_QUIJOUX2021, SWAY_PIPELINE_RAW
	};
	struct series		w;
	struct sway_signal	out;

	series_make(&w, 3000, ramp);
	for (size_t j = 0; j < 2; j++) {
		w.ml[1234] = NAN;
		ck_assert_int_eq(run_pipeline(all[j], w.ml, w.ap, 3000, 100.0,
		    &out), CORE_ERR_NONFINITE);
		signal_free(&out);
		w.ml[1234] = 0;
		w.ap[2999] = -INFINITY;
		ck_assert_int_eq(run_pipeline(all[j], w.ml, w.ap, 3000, 100.0,
		    &out), CORE_ERR_NONFINITE);
		signal_free(&out);
		w.ap[2999] = 0;
		ck_assert_int_eq(run_pipeline(all[j], w.ml, w.ap, 0, 100.0,
		    &out), CORE_ERR_TOO_SHORT);
		signal_free(&out);
		ck_assert_int_eq(run_pipeline(all[j], w.ml, w.ap, 3000, 0.0,
		    &out), CORE_ERR_ARG);
		signal_free(&out);
	}
	/*
	 * 0.5 s at 100 Hz: 0.10 .. 0.48 s survives the purge, ten 25 Hz
	 * samples, too few for a filter that pads 15 on each side.  Two
	 * seconds leave 47.
	 */
	ck_assert_int_eq(run_pipeline(SWAY_PIPELINE_QUIJOUX2021, w.ml, w.ap,
	    50, 100.0, &out), CORE_ERR_TOO_SHORT);
	signal_free(&out);
	ck_assert_int_eq(run_pipeline(SWAY_PIPELINE_QUIJOUX2021, w.ml, w.ap,
	    200, 100.0, &out), CORE_OK);
	ck_assert_uint_eq(out.n, 47);
	signal_free(&out);
	series_free(&w);
}
END_TEST

/* Output buffers one element short of what each pipeline writes. */
START_TEST(test_pipeline_capacity)
{
	static const enum sway_pipeline	all[] = {
		SWAY_PIPELINE_QUIJOUX2021, SWAY_PIPELINE_RAW
	};
	static const size_t		want[] = { 748, 3000 };
	struct series			w;

	series_make(&w, 3000, ramp);
	for (size_t j = 0; j < 2; j++) {
		struct sway_signal	out;
		size_t			ns;
		double			*scratch;

		ns = sway_preprocess_scratch(all[j], 3000, 100.0);
		scratch = calloc(ns + 1, sizeof *scratch);
		ck_assert(scratch != NULL);
		ck_assert_int_eq(run_pipeline(all[j], w.ml, w.ap, 3000, 100.0,
		    &out), CORE_OK);
		ck_assert_uint_eq(out.n, want[j]);
		out.capacity = want[j] - 1;
		ck_assert_int_eq(sway_preprocess(all[j], w.ml, w.ap, 3000,
		    100.0, scratch, &out), CORE_ERR_CAPACITY);
		out.capacity = want[j];
		ck_assert_int_eq(sway_preprocess(all[j], w.ml, w.ap, 3000,
		    100.0, scratch, &out), CORE_OK);
		ck_assert_uint_eq(out.n, want[j]);
		free(scratch);
		signal_free(&out);
	}
	series_free(&w);
}
END_TEST

START_TEST(test_pipeline_names)
{
	ck_assert_str_eq(sway_pipeline_name(SWAY_PIPELINE_QUIJOUX2021),
	    "quijoux2021");
	ck_assert_str_eq(sway_pipeline_name(SWAY_PIPELINE_RAW), "raw");
	ck_assert_int_eq(sway_pipeline_lookup("quijoux2021"),
	    SWAY_PIPELINE_QUIJOUX2021);
	ck_assert_int_eq(sway_pipeline_lookup("raw"), SWAY_PIPELINE_RAW);
	ck_assert_int_eq(sway_pipeline_lookup("Raw"), -1);
	ck_assert_int_eq(sway_pipeline_lookup(""), -1);
	ck_assert_int_eq(sway_pipeline_lookup(NULL), -1);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("signal");
	TCase	*tc;

	tc = tcase_create("butterworth");
	tcase_add_test(tc, test_butter_order1);
	tcase_add_test(tc, test_butter_order2);
	tcase_add_test(tc, test_butter_response);
	tcase_add_test(tc, test_butter_bad_args);
	tcase_add_test(tc, test_filtfilt_constant);
	tcase_add_test(tc, test_filtfilt_sines);
	tcase_add_test(tc, test_filtfilt_alias_and_short);
	suite_add_tcase(s, tc);

	tc = tcase_create("savgol");
	tcase_add_test(tc, test_savgol_polynomials);
	tcase_add_test(tc, test_savgol_weights);
	tcase_add_test(tc, test_savgol_bad_args);
	suite_add_tcase(s, tc);

	tc = tcase_create("swarii");
	tcase_add_test(tc, test_swarii_ramp);
	tcase_add_test(tc, test_swarii_purge);
	tcase_add_test(tc, test_swarii_purge_units);
	tcase_add_test(tc, test_swarii_empty_windows);
	suite_add_tcase(s, tc);

	tc = tcase_create("pipeline");
	tcase_add_test(tc, test_pipeline_counts);
	tcase_add_test(tc, test_pipeline_quijoux_sine);
	tcase_add_test(tc, test_pipeline_raw);
	tcase_add_test(tc, test_pipeline_errors);
	tcase_add_test(tc, test_pipeline_capacity);
	tcase_add_test(tc, test_pipeline_names);
	suite_add_tcase(s, tc);

	return tu_run(s);
}
