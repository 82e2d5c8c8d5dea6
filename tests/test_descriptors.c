/*
 * test_descriptors.c: the sway descriptors on synthetic signals whose
 * answers follow from the maths: a circle, sines, a straight line, a
 * constant, a ramp and a random walk.  Tolerances are rounding (1e-12)
 * where the answer is exact for the sampled signal, and derived bounds
 * where it is a continuous-time approximation; each says which.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/diffusion.h"
#include "core/sway.h"
#include "core/sway_density.h"
#include "testutil.h"

#define FS		25.0
#define EXACT		1e-12	/* rounding only */
#define RADIUS_CM	0.3

struct signal {
	double			*x, *y, *scratch;
	size_t			 n;
	struct sway_descriptors	 d;
};

static void
signal_alloc(struct signal *s, size_t n)
{
	s->n = n;
	s->x = calloc(n, sizeof *s->x);
	s->y = calloc(n, sizeof *s->y);
	s->scratch = calloc(sway_descriptors_scratch(n), sizeof *s->scratch);
	ck_assert(s->x != NULL && s->y != NULL && s->scratch != NULL);
}

static void
signal_free(struct signal *s)
{
	free(s->x);
	free(s->y);
	free(s->scratch);
}

static enum core_status
signal_describe(struct signal *s, double fs)
{
	const struct sway_options	opt = {
		.sway_density_radius = RADIUS_CM
	};

	return sway_descriptors_compute(s->x, s->y, s->n, fs, 0.0, 0.0, &opt,
	    s->scratch, &s->d);
}

#define V(s, id)	((s)->d.value[SWAY_##id])

static void
assert_close(double got, double want, double rel, const char *what)
{
	ck_assert_msg(tu_close(got, want, rel, rel), "%s: got %.17g want %.17g",
	    what, got, want);
}

#define CLOSE(s, id, want, rel)	assert_close(V(s, id), (want), (rel), #id)
#define IS_NAN(s, id)	ck_assert_msg(isnan(V(s, id)), #id " = %g, not NAN", \
			    V(s, id))

/* splitmix64 (Steele, Lea & Flood 2014): a seeded, portable sequence. */
static uint64_t
splitmix64(uint64_t *state)
{
	uint64_t	z = (*state += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* Uniform in [0, 1) from the top 53 bits. */
static double
uniform(uint64_t *state)
{
	return (double)(splitmix64(state) >> 11) * 0x1.0p-53;
}

START_TEST(test_lookup_round_trip)
{
	for (int d = 0; d < SWAY_DESCRIPTOR_COUNT; d++) {
		const char	*name = sway_descriptor_name(d);

		ck_assert_ptr_nonnull(name);
		ck_assert_int_eq(sway_descriptor_lookup(name), d);
	}
	ck_assert_int_eq(sway_descriptor_lookup("rms_ML"), SWAY_RMS_ML);
	ck_assert_int_eq(sway_descriptor_lookup("LFS_ML_AND_AP"), SWAY_LFS);
	ck_assert_int_eq(sway_descriptor_lookup("rms_ml"), -1);
	ck_assert_int_eq(sway_descriptor_lookup(""), -1);
	ck_assert_int_eq(sway_descriptor_lookup(NULL), -1);
	ck_assert_ptr_null(sway_descriptor_name(SWAY_DESCRIPTOR_COUNT));
	ck_assert_int_eq(sway_descriptor_dimension(SWAY_RANGE_ML_AND_AP),
	    SWAY_DIM_LENGTH);
	ck_assert_int_eq(sway_descriptor_dimension(
	    SWAY_CONFIDENCE_ELLIPSE_AREA), SWAY_DIM_AREA);
	ck_assert_int_eq(sway_descriptor_dimension(SWAY_ZERO_CROSSING_AP),
	    SWAY_DIM_COUNT);
	ck_assert_int_eq(sway_descriptor_dimension(
	    SWAY_PRINCIPAL_SWAY_DIRECTION), SWAY_DIM_DEGREE);
}
END_TEST

/*
 * A circle of radius r, P samples per turn, 10 turns plus the closing
 * sample (n = 10 P + 1), so sums over the turns are exact: samples hit
 * angles 0, 90, 180, 270 degrees, each step is a chord 2 r sin(pi / P) and
 * each triangle with the origin has area r^2 sin(2 pi / P) / 2.
 */
#define CIRCLE_P	100
#define CIRCLE_TURNS	10
#define CIRCLE_R	0.7

START_TEST(test_circle)
{
	struct signal	s;
	const size_t	n = CIRCLE_P * CIRCLE_TURNS + 1;
	const double	r = CIRCLE_R, nn = (double)n;
	const double	th = 2.0 * M_PI / CIRCLE_P;
	const double	chord = 2.0 * r * sin(M_PI / CIRCLE_P);
	/* Sum of |cos| over one turn, P divisible by 4: 2 cot(pi / P). */
	const double	abs_cos_turn = 2.0 / tan(M_PI / CIRCLE_P);
	double		f, d;

	signal_alloc(&s, n);
	for (size_t k = 0; k < n; k++) {
		s.x[k] = r * cos(th * (double)k);
		s.y[k] = r * sin(th * (double)k);
	}
	ck_assert_int_eq(signal_describe(&s, FS), CORE_OK);

	CLOSE(&s, MEAN_DISTANCE_RADIUS, r, EXACT);
	CLOSE(&s, MAXIMAL_DISTANCE_RADIUS, r, EXACT);
	CLOSE(&s, RMS_RADIUS, r, EXACT);
	CLOSE(&s, PLANAR_DEVIATION, r, EXACT);
	CLOSE(&s, RANGE_ML, 2.0 * r, EXACT);
	CLOSE(&s, RANGE_AP, 2.0 * r, EXACT);
	CLOSE(&s, RANGE_ML_AND_AP, 2.0 * r, EXACT);
	CLOSE(&s, RANGE_RATIO, 1.0, EXACT);
	/* Whole turns plus one sample at angle 0 (x = r, y = 0). */
	CLOSE(&s, RMS_ML, r * sqrt((nn - 1.0) / 2.0 + 1.0) / sqrt(nn), EXACT);
	CLOSE(&s, RMS_AP, r * sqrt((nn - 1.0) / 2.0) / sqrt(nn), EXACT);
	CLOSE(&s, MEAN_DISTANCE_ML,
	    r * (CIRCLE_TURNS * abs_cos_turn + 1.0) / nn, EXACT);
	CLOSE(&s, MEAN_DISTANCE_AP, r * CIRCLE_TURNS * abs_cos_turn / nn,
	    EXACT);
	ck_assert_msg(fabs(V(&s, COEFFICIENT_SWAY_DIRECTION)) < EXACT,
	    "coefficient_sway_direction %g", V(&s, COEFFICIENT_SWAY_DIRECTION));

	CLOSE(&s, SWAY_LENGTH, (nn - 1.0) * chord, EXACT);
	/* The chords fall short of the arc by at most (pi/P)^2 / 6. */
	CLOSE(&s, SWAY_LENGTH, 2.0 * M_PI * r * CIRCLE_TURNS,
	    pow(M_PI / CIRCLE_P, 2) / 6.0);
	CLOSE(&s, MEAN_VELOCITY_ML_AND_AP, (nn - 1.0) * chord * FS / nn, EXACT);
	/* Four radii of travel per turn on each axis; divided by N. */
	CLOSE(&s, MEAN_VELOCITY_ML, 4.0 * r * CIRCLE_TURNS * FS / nn, EXACT);
	CLOSE(&s, MEAN_VELOCITY_AP, 4.0 * r * CIRCLE_TURNS * FS / nn, EXACT);
	CLOSE(&s, SWAY_AREA_PER_SECOND, r * r * sin(th) * FS / 2.0, EXACT);
	CLOSE(&s, MEAN_FREQUENCY_ML_AND_AP, FS * chord / (2.0 * M_PI * r),
	    EXACT);
	CLOSE(&s, MEAN_FREQUENCY_ML, (FS * 4.0 * r * CIRCLE_TURNS /
	    (nn - 1.0)) / (4.0 * sqrt(2.0) * r *
	    (CIRCLE_TURNS * abs_cos_turn + 1.0) / nn), EXACT);

	/*
	 * Ellipse area = 2 pi F sqrt(det) (N+1)(N-1)/(N(N-2)) with det =
	 * rms_ML^2 rms_AP^2 (no correlation); the F recovered from it must
	 * sit at the 95th percentile of F(2, N-2), whose CDF is
	 * 1 - (1 + 2F/d)^(-d/2).
	 */
	d = nn - 2.0;
	f = V(&s, CONFIDENCE_ELLIPSE_AREA) / (2.0 * M_PI * V(&s, RMS_ML) *
	    V(&s, RMS_AP) * (nn + 1.0) * (nn - 1.0) / (nn * d));
	assert_close(1.0 - pow(1.0 + 2.0 * f / d, -d / 2.0), 0.95, EXACT,
	    "F(2, N-2) percentile of the ellipse");
	CLOSE(&s, LFS, V(&s, SWAY_LENGTH) / V(&s, CONFIDENCE_ELLIPSE_AREA),
	    EXACT);
	signal_free(&s);
}
END_TEST

/*
 * Interior Savitzky-Golay derivative (window 5, order 3) of a sampled sine
 * of step theta: the 5-point central difference (1, -8, 0, 8, -1) / 12,
 * whose gain is (8 sin theta - sin 2 theta) / (6 dt).
 */
static double
sg_sine_gain(double theta, double dt)
{
	return (8.0 * sin(theta) - sin(2.0 * theta)) / (6.0 * dt);
}

/*
 * A sine on ML only, phase shifted half a sample so the velocity's zeros
 * fall between samples (k + 0.5 = P/4 + m P/2): 2 crossings per period,
 * and the fastest samples are half a sample from the true peak.
 */
#define SINE_P		100
#define SINE_PERIODS	10
#define SINE_A		0.4

START_TEST(test_sine_velocity)
{
	struct signal	s;
	const size_t	n = SINE_P * SINE_PERIODS;
	const double	th = 2.0 * M_PI / SINE_P, dt = 1.0 / FS;
	const double	vamp = SINE_A * sg_sine_gain(th, dt);
	double		var_v;

	signal_alloc(&s, n);
	for (size_t k = 0; k < n; k++)
		s.x[k] = SINE_A * sin(th * ((double)k + 0.5));
	ck_assert_int_eq(signal_describe(&s, FS), CORE_OK);

	ck_assert_double_eq(V(&s, ZERO_CROSSING_ML), 2.0 * SINE_PERIODS);
	CLOSE(&s, PEAK_VELOCITY_POS_ML, vamp * cos(th / 2.0), EXACT);
	CLOSE(&s, PEAK_VELOCITY_NEG_ML, vamp * cos(th / 2.0), EXACT);
	CLOSE(&s, PEAK_VELOCITY_ALL_ML, vamp * cos(th / 2.0), EXACT);
	CLOSE(&s, RMS_ML, SINE_A / sqrt(2.0), EXACT);
	/*
	 * var(v) = vamp^2 / 2 but for the four edge samples, whose cubic
	 * fit is off by about (theta)^3 of the amplitude: < 1e-5 relative.
	 */
	var_v = vamp * vamp / 2.0;
	CLOSE(&s, PHASE_PLANE_ML, sqrt(SINE_A * SINE_A / 2.0 + var_v), 1e-5);

	/* Everything along ML: 90 degrees from AP. */
	CLOSE(&s, PRINCIPAL_SWAY_DIRECTION, 90.0, EXACT);
	/* AP never moves: what needs its spread is undefined. */
	ck_assert_double_eq(V(&s, RMS_AP), 0.0);
	ck_assert_double_eq(V(&s, ZERO_CROSSING_AP), 0.0);
	ck_assert_double_eq(V(&s, CONFIDENCE_ELLIPSE_AREA), 0.0);
	IS_NAN(&s, COEFFICIENT_SWAY_DIRECTION);
	IS_NAN(&s, PEAK_VELOCITY_ALL_AP);
	IS_NAN(&s, MEAN_FREQUENCY_AP);
	IS_NAN(&s, TOTAL_POWER_AP);
	IS_NAN(&s, SHORT_TIME_DIFFUSION_AP);
	IS_NAN(&s, LFS);
	IS_NAN(&s, FRACTAL_DIMENSION);
	signal_free(&s);
}
END_TEST

/*
 * Welch spectrum of a cosine of f0 on ML.  With 10 s segments of whole
 * periods every segment sees the same periodogram: a Hann main lobe
 * centred on bin f0 (f0 * N / fs is a whole number), symmetric, so the
 * mode and the median are f0 exactly.  Summed over bins the density adds
 * up to var / df = (A^2 / 2) N / fs; the Hann spectral variance is
 * 1 / (3 T^2) for a window of T seconds, so centroid^2 = f0^2 + 1/(3T^2)
 * (the discrete window and the negative-frequency image move that by a
 * few percent of the variance; 10 % is allowed).
 */
struct tone {
	double			f0;	/* Hz */
	size_t			n;	/* samples at FS */
	double			window;	/* Welch segment actually used, s */
	enum sway_descriptor	band;	/* the energy band holding f0 */
};

static const struct tone tones[] = {
	{ 1.0, 1000, 10.0, SWAY_ENERGY_05_2_ML },
	{ 3.0, 1000, 10.0, SWAY_ENERGY_ABOVE_2_ML },
	/* 8 s, shorter than a segment: Welch shrinks it to the signal. */
	{ 1.25, 200, 8.0, SWAY_ENERGY_05_2_ML },
};

#define TONE_A	0.5

START_TEST(test_sine_spectrum)
{
	const struct tone	*t = &tones[_i];
	struct signal		 s;
	const double		 var_w = 1.0 / (3.0 * t->window * t->window);
	const double		 c2 = t->f0 * t->f0 + var_w;
	double			 total;

	signal_alloc(&s, t->n);
	for (size_t k = 0; k < t->n; k++)
		s.x[k] = TONE_A * cos(2.0 * M_PI * t->f0 * (double)k / FS);
	ck_assert_int_eq(signal_describe(&s, FS), CORE_OK);

	ck_assert_double_eq(V(&s, FREQUENCY_MODE_ML), t->f0);
	ck_assert_double_eq(V(&s, POWER_FREQUENCY_50_ML), t->f0);
	/* 95 % of the power lies within the main lobe, +-2 / T. */
	ck_assert(V(&s, POWER_FREQUENCY_95_ML) > t->f0);
	ck_assert(V(&s, POWER_FREQUENCY_95_ML) < t->f0 + 2.0 / t->window);
	/* Hann sidelobes leave < 1e-3 of the power 0.5 Hz from f0. */
	total = V(&s, TOTAL_POWER_ML);
	CLOSE(&s, TOTAL_POWER_ML, TONE_A * TONE_A / 2.0 * (double)t->n / FS,
	    1e-3);
	ck_assert_msg(s.d.value[t->band] > 0.999 * total, "band %s %g of %g",
	    sway_descriptor_name(t->band), s.d.value[t->band], total);
	CLOSE(&s, CENTROID_FREQUENCY_ML, sqrt(c2), 0.1 * var_w / c2);
	/* sqrt(var / c2): 10 % on the variance is 5 % here. */
	CLOSE(&s, FREQUENCY_DISPERSION_ML, sqrt(var_w / c2), 0.05);
	CLOSE(&s, FREQUENCY_QUOTIENT_ML, V(&s, ENERGY_ABOVE_2_ML) /
	    (V(&s, ENERGY_BELOW_05_ML) + V(&s, ENERGY_05_2_ML)), EXACT);
	signal_free(&s);
}
END_TEST

/*
 * Points on a line at angle alpha from AP, swinging back and forth: the
 * principal direction is alpha and the two axes are perfectly
 * correlated.
 */
static const double line_angles[] = { 0.0, 30.0, 45.0, 90.0 };

START_TEST(test_straight_line)
{
	const double	alpha = line_angles[_i] * M_PI / 180.0;
	const double	len = 1.5;
	struct signal	s;
	const size_t	n = 500;

	signal_alloc(&s, n);
	for (size_t k = 0; k < n; k++) {
		const double	u = len / 2.0 *
		    sin(2.0 * M_PI * (double)k / 100.0);

		s.x[k] = line_angles[_i] == 0.0 ? 0.0 : u * sin(alpha);
		s.y[k] = line_angles[_i] == 90.0 ? 0.0 : u * cos(alpha);
	}
	ck_assert_int_eq(signal_describe(&s, FS), CORE_OK);
	/* acos of a rounded cosine: 1e-7 degree covers a 1e-16 input error. */
	CLOSE(&s, PRINCIPAL_SWAY_DIRECTION, line_angles[_i], 1e-7);
	CLOSE(&s, RANGE_ML_AND_AP, len, EXACT);
	/* No spread across the line: next to no area (rounding only). */
	ck_assert(V(&s, CONFIDENCE_ELLIPSE_AREA) < 1e-6 * len * len);
	if (line_angles[_i] == 0.0 || line_angles[_i] == 90.0)
		IS_NAN(&s, COEFFICIENT_SWAY_DIRECTION);
	else
		CLOSE(&s, COEFFICIENT_SWAY_DIRECTION, 1.0, EXACT);
	signal_free(&s);
}
END_TEST

/* A COP that never moves: degenerate, but every defined value is right. */
static const double constants[][2] = { { 0.0, 0.0 }, { 0.25, -1.5 } };

START_TEST(test_constant)
{
	const double	cx = constants[_i][0], cy = constants[_i][1];
	struct signal	s;
	const size_t	n = 400;

	signal_alloc(&s, n);
	for (size_t k = 0; k < n; k++) {
		s.x[k] = cx;
		s.y[k] = cy;
	}
	ck_assert_int_eq(signal_describe(&s, FS), CORE_ERR_DEGENERATE);
	ck_assert_double_eq(V(&s, MEAN_DISTANCE_ML), fabs(cx));
	ck_assert_double_eq(V(&s, MAXIMAL_DISTANCE_AP), fabs(cy));
	CLOSE(&s, RMS_AP, fabs(cy), EXACT);
	ck_assert_double_eq(V(&s, RANGE_ML), 0.0);
	ck_assert_double_eq(V(&s, RANGE_ML_AND_AP), 0.0);
	ck_assert_double_eq(V(&s, SWAY_LENGTH), 0.0);
	ck_assert_double_eq(V(&s, MEAN_VELOCITY_ML_AND_AP), 0.0);
	ck_assert_double_eq(V(&s, CONFIDENCE_ELLIPSE_AREA), 0.0);
	ck_assert_double_eq(V(&s, N_SAMPLES), (double)n);
	ck_assert_double_eq(V(&s, ZERO_CROSSING_ML), 0.0);
	ck_assert_double_eq(V(&s, ZERO_CROSSING_AP), 0.0);
	IS_NAN(&s, PEAK_VELOCITY_ALL_AP);
	CLOSE(&s, PHASE_PLANE_AP, fabs(cy), EXACT);
	IS_NAN(&s, RANGE_RATIO);
	IS_NAN(&s, PRINCIPAL_SWAY_DIRECTION);
	IS_NAN(&s, LFS);
	IS_NAN(&s, FRACTAL_DIMENSION);
	IS_NAN(&s, TOTAL_POWER_ML);
	IS_NAN(&s, CENTROID_FREQUENCY_AP);
	IS_NAN(&s, SHORT_TIME_DIFFUSION_ML);
	IS_NAN(&s, CRITICAL_TIME_AP);
	if (cx == 0.0)
		IS_NAN(&s, MEAN_FREQUENCY_ML);
	signal_free(&s);
}
END_TEST

/*
 * A ramp x = v k: the displacement over k samples is exactly v k, so the
 * MSD is v^2 k^2 at every lag, a log-log line of slope 2 (scaling 1) whose
 * value at 1 s (fs samples) is (v fs)^2.
 */
START_TEST(test_ramp_diffusion)
{
	const double	v = 0.01;
	struct signal	s;
	const size_t	n = 1000;

	signal_alloc(&s, n);
	for (size_t k = 0; k < n; k++) {
		s.x[k] = v * (double)k;
		s.y[k] = -2.0 * v * (double)k;
	}
	ck_assert_int_eq(signal_describe(&s, FS), CORE_OK);
	CLOSE(&s, SHORT_TIME_SCALING_ML, 1.0, 1e-9);
	CLOSE(&s, LONG_TIME_SCALING_ML, 1.0, 1e-9);
	CLOSE(&s, SHORT_TIME_DIFFUSION_ML, v * v * FS * FS, 1e-9);
	CLOSE(&s, LONG_TIME_DIFFUSION_AP, 4.0 * v * v * FS * FS, 1e-9);
	CLOSE(&s, PRINCIPAL_SWAY_DIRECTION, atan(0.5) * 180.0 / M_PI, 1e-9);
	signal_free(&s);
}
END_TEST

/*
 * A random walk of +-step moves (fixed seed) has MSD(k) = k step^2 in
 * expectation: slope 1 in log-log, short-time scaling 0.5, and at 1 s
 * (fs lags) an MSD of step^2 fs.  The estimate is statistical: over 500
 * seeds at this length the scaling had a standard deviation of 0.011 and
 * the diffusion coefficient 6.6 % (MSD at lag k averages about n / k
 * independent sums); 5 standard deviations are allowed.
 */
START_TEST(test_random_walk_diffusion)
{
	const double	step = 0.01;
	struct signal	s;
	const size_t	n = 5000;
	uint64_t	seed = 20211;
	double		ax = 0.0, ay = 0.0;

	signal_alloc(&s, n);
	for (size_t k = 0; k < n; k++) {
		ax += uniform(&seed) < 0.5 ? step : -step;
		ay += uniform(&seed) < 0.5 ? step : -step;
		s.x[k] = ax;
		s.y[k] = ay;
	}
	ck_assert_int_eq(signal_describe(&s, FS), CORE_OK);
	ck_assert_msg(fabs(V(&s, SHORT_TIME_SCALING_ML) - 0.5) < 0.06,
	    "ML scaling %g", V(&s, SHORT_TIME_SCALING_ML));
	ck_assert_msg(fabs(V(&s, SHORT_TIME_SCALING_AP) - 0.5) < 0.06,
	    "AP scaling %g", V(&s, SHORT_TIME_SCALING_AP));
	CLOSE(&s, SHORT_TIME_DIFFUSION_ML, step * step * FS, 0.33);
	CLOSE(&s, SHORT_TIME_DIFFUSION_AP, step * step * FS, 0.33);
	signal_free(&s);
}
END_TEST

/* Largest pairwise distance by comparing every pair. */
static double
diameter_brute(const double *x, const double *y, size_t n)
{
	double	best = 0.0;

	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			const double	dx = x[i] - x[j], dy = y[i] - y[j];

			if (dx * dx + dy * dy > best)
				best = dx * dx + dy * dy;
		}
	return sqrt(best);
}

/*
 * range_ML_AND_AP (convex hull and rotating calipers) against every pair
 * on clouds that stress the hull: a random walk (few hull points), points
 * on a circle at random angles (every point on the hull), and a small
 * integer grid (collinear and repeated points).
 */
START_TEST(test_range_matches_all_pairs)
{
	struct signal	s;
	const size_t	n = 1500;
	uint64_t	seed = 7 + (uint64_t)_i;
	double		ax = 0.0, ay = 0.0;

	signal_alloc(&s, n);
	for (size_t k = 0; k < n; k++) {
		switch (_i) {
		case 0:
			ax += uniform(&seed) - 0.5;
			ay += uniform(&seed) - 0.5;
			s.x[k] = ax;
			s.y[k] = ay;
			break;
		case 1: {
			const double	a = 2.0 * M_PI * uniform(&seed);

			s.x[k] = cos(a);
			s.y[k] = sin(a);
			break;
		}
		default:
			s.x[k] = floor(uniform(&seed) * 5.0);
			s.y[k] = floor(uniform(&seed) * 3.0);
			break;
		}
	}
	ck_assert_int_eq(signal_describe(&s, FS), CORE_OK);
	CLOSE(&s, RANGE_ML_AND_AP, diameter_brute(s.x, s.y, n), EXACT);
	signal_free(&s);
}
END_TEST

/*
 * The unsmoothed sway density curve: blocks of L samples at points farther
 * apart than the radius give (L - 1) / fs inside each block; a walk at a
 * constant step of radius / 2.5 sees 2 neighbours on each side (fewer at
 * the ends).
 */
START_TEST(test_sway_density_curve)
{
	enum { BLOCK = 7, BLOCKS = 5, N = BLOCK * BLOCKS, WALK = 40 };
	double	x[WALK], y[WALK], sd[WALK - 1];

	for (size_t k = 0; k < N; k++) {
		x[k] = (double)(k / BLOCK) * 2.0 * RADIUS_CM;
		y[k] = 0.0;
	}
	ck_assert_int_eq(sway_density_curve(x, y, N, FS, RADIUS_CM, sd),
	    CORE_OK);
	for (size_t t = 0; t < N - 1; t++)
		ck_assert_double_eq_tol(sd[t], (BLOCK - 1) / FS, 1e-15);

	for (size_t k = 0; k < WALK; k++) {
		x[k] = 0.0;
		y[k] = (double)k * RADIUS_CM / 2.5;
	}
	ck_assert_int_eq(sway_density_curve(x, y, WALK, FS, RADIUS_CM, sd),
	    CORE_OK);
	for (size_t t = 0; t < WALK - 1; t++) {
		const size_t	before = t < 2 ? t : 2;
		const size_t	after = WALK - 1 - t < 2 ? WALK - 1 - t : 2;

		ck_assert_double_eq_tol(sd[t], (double)(before + after) / FS,
		    1e-15);
	}
}
END_TEST

/*
 * Sway density peaks scale with space: doubling the signal and the radius
 * (a power of two, so every comparison is unchanged) doubles the mean
 * peak distance and leaves the mean peak time alone.
 */
START_TEST(test_sway_density_scales)
{
	struct signal			s;
	struct sway_density_features	a, b;
	const size_t			n = 1000;
	uint64_t			seed = 99;
	double				ax = 0.0, ay = 0.0;

	signal_alloc(&s, n);
	for (size_t k = 0; k < n; k++) {
		ax = 0.95 * ax + 0.05 * (uniform(&seed) - 0.5);
		ay = 0.95 * ay + 0.05 * (uniform(&seed) - 0.5);
		s.x[k] = 10.0 * ax;
		s.y[k] = 10.0 * ay;
	}
	ck_assert_int_eq(sway_density_analyze(s.x, s.y, n, FS, RADIUS_CM,
	    s.scratch, &a), CORE_OK);
	ck_assert(isfinite(a.mean_peak) && isfinite(a.mean_distance_peak));
	for (size_t k = 0; k < n; k++) {
		s.x[k] *= 2.0;
		s.y[k] *= 2.0;
	}
	ck_assert_int_eq(sway_density_analyze(s.x, s.y, n, FS,
	    2.0 * RADIUS_CM, s.scratch, &b), CORE_OK);
	ck_assert_double_eq(b.mean_peak, a.mean_peak);
	ck_assert_double_eq(b.mean_distance_peak, 2.0 * a.mean_distance_peak);
	signal_free(&s);
}
END_TEST

/* Bad arguments, too short and non-finite input are refused. */
START_TEST(test_refusals)
{
	const struct sway_options	opt = {
		.sway_density_radius = RADIUS_CM
	};
	const struct sway_options	bad = { .sway_density_radius = 0.0 };
	const size_t			min = 3 * ((size_t)(2.5 * FS) + 1);
	struct signal			s;
	uint64_t			seed = 3;

	/* diffusion.h: the last split's long region needs two lags. */
	ck_assert_uint_eq(diffusion_min_samples(FS), min);
	signal_alloc(&s, min);
	for (size_t k = 0; k < min; k++) {
		s.x[k] = uniform(&seed);
		s.y[k] = uniform(&seed);
	}
	ck_assert_int_eq(sway_descriptors_compute(s.x, s.y, min, FS, 0, 0, &opt,
	    s.scratch, &s.d), CORE_OK);
	ck_assert_uint_eq(s.d.omitted, 0);
	ck_assert(isfinite(V(&s, SHORT_TIME_DIFFUSION_ML)));
	/*
	 * One sample short of the diffusion plot: everything else is still
	 * described, the diffusion family is NAN and named as omitted.
	 */
	ck_assert_int_eq(sway_descriptors_compute(s.x, s.y, min - 1, FS, 0, 0,
	    &opt, s.scratch, &s.d), CORE_OK);
	ck_assert_uint_eq(s.d.omitted, SWAY_OMITTED_DIFFUSION);
	IS_NAN(&s, SHORT_TIME_DIFFUSION_ML);
	IS_NAN(&s, CRITICAL_TIME_AP);
	ck_assert(isfinite(V(&s, TOTAL_POWER_ML)));
	ck_assert(isfinite(V(&s, RMS_ML)) && isfinite(V(&s, MEAN_PEAK_SWAY_DENSITY)));
	/* Too short for Welch too (its 5 s overlap): both families. */
	ck_assert_int_eq(sway_descriptors_compute(s.x, s.y,
	    sway_descriptors_spectrum_min_samples(FS) - 1, FS, 0, 0, &opt,
	    s.scratch, &s.d), CORE_OK);
	ck_assert_uint_eq(s.d.omitted, SWAY_OMITTED_SPECTRUM | SWAY_OMITTED_DIFFUSION);
	IS_NAN(&s, TOTAL_POWER_AP);
	ck_assert(isfinite(V(&s, MEAN_VELOCITY_ML_AND_AP)));
	/* Below what the sway-density filter can pad: nothing. */
	ck_assert_uint_eq(sway_descriptors_base_min_samples(), 17);
	ck_assert_int_eq(sway_descriptors_compute(s.x, s.y, 16, FS, 0, 0,
	    &opt, s.scratch, &s.d), CORE_ERR_TOO_SHORT);
	ck_assert_int_eq(sway_descriptors_compute(s.x, s.y, 17, FS, 0, 0,
	    &opt, s.scratch, &s.d), CORE_OK);
	ck_assert_int_eq(sway_descriptors_compute(NULL, s.y, min, FS, 0, 0,
	    &opt, s.scratch, &s.d), CORE_ERR_ARG);
	ck_assert_int_eq(sway_descriptors_compute(s.x, s.y, min, FS, 0, 0,
	    &bad, s.scratch, &s.d), CORE_ERR_ARG);
	ck_assert_int_eq(sway_descriptors_compute(s.x, s.y, min, 5.0, 0, 0,
	    &opt, s.scratch, &s.d), CORE_ERR_ARG);
	s.y[min / 2] = NAN;
	ck_assert_int_eq(sway_descriptors_compute(s.x, s.y, min, FS, 0, 0,
	    &opt, s.scratch, &s.d), CORE_ERR_NONFINITE);
	signal_free(&s);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("descriptors");
	TCase	*tc = tcase_create("synthetic");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_lookup_round_trip);
	tcase_add_test(tc, test_circle);
	tcase_add_test(tc, test_sine_velocity);
	tcase_add_loop_test(tc, test_sine_spectrum, 0,
	    (int)(sizeof tones / sizeof tones[0]));
	tcase_add_loop_test(tc, test_straight_line, 0,
	    (int)(sizeof line_angles / sizeof line_angles[0]));
	tcase_add_loop_test(tc, test_constant, 0,
	    (int)(sizeof constants / sizeof constants[0]));
	tcase_add_test(tc, test_ramp_diffusion);
	tcase_add_test(tc, test_random_walk_diffusion);
	tcase_add_loop_test(tc, test_range_matches_all_pairs, 0, 3);
	tcase_add_test(tc, test_sway_density_curve);
	tcase_add_test(tc, test_sway_density_scales);
	tcase_add_test(tc, test_refusals);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
