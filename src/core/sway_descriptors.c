/*
 * sway_descriptors.c: the Quijoux et al. 2021 descriptor set of a
 * preprocessed COP signal (see sway.h; every formula is the one written out
 * in shared/data/reference/README.md §3).
 *
 * Positional and planar descriptors and the velocity peaks live here; the
 * spectrum, the diffusion plot and the sway density have their own modules.
 *
 * Undefined values.  Where a formula has nothing to work on the descriptor
 * is NAN rather than a division by zero:
 *  - an axis that never moves: its spectral and diffusion descriptors
 *    and its velocity peaks (zero_crossing is then 0);
 *  - an axis that stays at 0: also coefficient_sway_direction and that
 *    axis's mean_frequency;
 *  - range_ratio when range_AP is 0;
 *  - principal_sway_direction when the spread is the same in every
 *    direction (no principal axis);
 *  - LFS and fractal_dimension when the confidence ellipse has no area
 *    (the reference gives inf and -0 there);
 *  - velocity peaks without two crossings, sway-density peaks without one
 *    peak, the mean peak distance without two (means of nothing, NaN in
 *    the reference too);
 *  - diffusion descriptors when a lag has zero mean square displacement,
 *    and critical time/displacement when the two fitted lines are parallel.
 * A signal still on both axes is CORE_ERR_DEGENERATE, with out filled as
 * far as it is defined.
 *
 * Too short.  The diffusion plot needs the most: every split up to 2.5 s
 * must leave two lags in the long region, n >= 3 (floor(2.5 fs) + 1), 189
 * samples (7.6 s) at 25 Hz; Welch needs n > 5 fs (its overlap).  A shorter
 * signal still gets every other descriptor: those two families are left
 * NAN and named in out->omitted, because a 5 s trial (a single-leg stance,
 * a board check) is still worth describing.  Below what the rest needs
 * (the sway-density filter's padding, sway_density_min_samples()) it is
 * CORE_ERR_TOO_SHORT.
 */
#include <config.h>

#include <math.h>
#include <string.h>

#include "core/diffusion.h"
#include "core/ellipse.h"
#include "core/savgol.h"
#include "core/spectrum.h"
#include "core/sway.h"
#include "core/sway_density.h"

/* SG velocity: window 5, polynomial order 3 (Quijoux et al. 2021 code). */
#define VELOCITY_SG_WINDOW	5
#define VELOCITY_SG_ORDER	3

/*
 * Sway density smooths at 2.5 Hz with a filter that needs wn < 1, so the
 * signal must be sampled faster than 5 Hz.
 */
#define MIN_RATE_HZ		5.0

static const char *const descriptor_names[] = {
#define SWAY_X_NAME(id, name, dim) name,
	SWAY_DESCRIPTOR_LIST(SWAY_X_NAME)
#undef SWAY_X_NAME
};

static const enum sway_dimension descriptor_dimensions[] = {
#define SWAY_X_DIM(id, name, dim) dim,
	SWAY_DESCRIPTOR_LIST(SWAY_X_DIM)
#undef SWAY_X_DIM
};

/* Name, dimension and lookup all come from the X-macro list in sway.h. */
const char *
sway_descriptor_name(enum sway_descriptor d)
{
	if ((int)d < 0 || d >= SWAY_DESCRIPTOR_COUNT)
		return NULL;
	return descriptor_names[d];
}

enum sway_dimension
sway_descriptor_dimension(enum sway_descriptor d)
{
	if ((int)d < 0 || d >= SWAY_DESCRIPTOR_COUNT)
		return SWAY_DIM_NONE;
	return descriptor_dimensions[d];
}

int
sway_descriptor_lookup(const char *name)
{
	if (name == NULL)
		return -1;
	for (int d = 0; d < SWAY_DESCRIPTOR_COUNT; d++)
		if (strcmp(descriptor_names[d], name) == 0)
			return d;
	return -1;
}

/* The descriptors computed the same way on each axis, ML then AP. */
struct axis_ids {
	enum sway_descriptor	mean_distance, maximal_distance, rms, range;
	enum sway_descriptor	mean_velocity, mean_frequency, phase_plane;
	enum sway_descriptor	zero_crossing, peak_pos, peak_neg, peak_all;
	enum sway_descriptor	total_power, power_50, power_95, mode;
	enum sway_descriptor	centroid, dispersion, below_05, from_05_2;
	enum sway_descriptor	above_2, quotient;
	enum sway_descriptor	short_diffusion, long_diffusion, critical_time;
	enum sway_descriptor	critical_displacement, short_scaling;
	enum sway_descriptor	long_scaling;
};

#define AXIS_IDS(A) { \
	SWAY_MEAN_DISTANCE_##A, SWAY_MAXIMAL_DISTANCE_##A, SWAY_RMS_##A, \
	SWAY_RANGE_##A, SWAY_MEAN_VELOCITY_##A, SWAY_MEAN_FREQUENCY_##A, \
	SWAY_PHASE_PLANE_##A, SWAY_ZERO_CROSSING_##A, \
	SWAY_PEAK_VELOCITY_POS_##A, SWAY_PEAK_VELOCITY_NEG_##A, \
	SWAY_PEAK_VELOCITY_ALL_##A, SWAY_TOTAL_POWER_##A, \
	SWAY_POWER_FREQUENCY_50_##A, SWAY_POWER_FREQUENCY_95_##A, \
	SWAY_FREQUENCY_MODE_##A, SWAY_CENTROID_FREQUENCY_##A, \
	SWAY_FREQUENCY_DISPERSION_##A, SWAY_ENERGY_BELOW_05_##A, \
	SWAY_ENERGY_05_2_##A, SWAY_ENERGY_ABOVE_2_##A, \
	SWAY_FREQUENCY_QUOTIENT_##A, SWAY_SHORT_TIME_DIFFUSION_##A, \
	SWAY_LONG_TIME_DIFFUSION_##A, SWAY_CRITICAL_TIME_##A, \
	SWAY_CRITICAL_DISPLACEMENT_##A, SWAY_SHORT_TIME_SCALING_##A, \
	SWAY_LONG_TIME_SCALING_##A }

static const struct axis_ids axis_ids[2] = { AXIS_IDS(ML), AXIS_IDS(AP) };

#undef AXIS_IDS

size_t
sway_descriptors_base_min_samples(void)
{
	/* The SG window is shorter than the sway-density filter's need. */
	return sway_density_min_samples() > VELOCITY_SG_WINDOW ?
	    sway_density_min_samples() : VELOCITY_SG_WINDOW;
}

size_t
sway_descriptors_spectrum_min_samples(double fs)
{
	return spectrum_min_samples(fs);
}

size_t
sway_descriptors_min_samples(double fs)
{
	size_t	min = diffusion_min_samples(fs);

	if (min < spectrum_min_samples(fs))
		min = spectrum_min_samples(fs);
	return min;
}

/* Points of the convex hull, the one place scratch is not plain doubles. */
struct point {
	double	x, y;
};

/* Welch's scratch follows the PSD at an even offset (FFTW alignment). */
static size_t
psd_offset(size_t n)
{
	return spectrum_bins(n) + (spectrum_bins(n) & 1);
}

/* The stages run one after another, so they share the largest need. */
size_t
sway_descriptors_scratch(size_t n)
{
	size_t	need = 2 * n;				/* SG velocity */

	if (need < 4 * n + 2)				/* hull */
		need = 4 * n + 2;
	if (need < sway_density_scratch(n))
		need = sway_density_scratch(n);
	if (need < psd_offset(n) + spectrum_scratch(n))
		need = psd_offset(n) + spectrum_scratch(n);
	if (need < diffusion_scratch(n))
		need = diffusion_scratch(n);
	return need;
}

/* Lexicographic order on (x, y), the monotone chain's sweep order. */
static int
point_before(const struct point *p, const struct point *q)
{
	return p->x < q->x || (p->x == q->x && p->y < q->y);
}

/* Move pts[root] down the max-heap pts[0..n) to its place. */
static void
heap_sift_down(struct point *pts, size_t root, size_t n)
{
	for (size_t child; (child = 2 * root + 1) < n; root = child) {
		struct point	tmp;

		if (child + 1 < n && point_before(&pts[child], &pts[child + 1]))
			child++;
		if (!point_before(&pts[root], &pts[child]))
			return;
		tmp = pts[root];
		pts[root] = pts[child];
		pts[child] = tmp;
	}
}

/*
 * Heapsort: in place and O(n log n).  Not qsort(), which in glibc
 * allocates a merge buffer behind the caller's back.
 */
static void
points_sort(struct point *pts, size_t n)
{
	for (size_t i = n / 2; i-- > 0;)
		heap_sift_down(pts, i, n);
	for (size_t end = n; end-- > 1;) {
		const struct point	tmp = pts[0];

		pts[0] = pts[end];
		pts[end] = tmp;
		heap_sift_down(pts, 0, end);
	}
}

/* Twice the signed area of o, a, b: > 0 when o -> a -> b turns left. */
static double
cross(const struct point *o, const struct point *a, const struct point *b)
{
	return (a->x - o->x) * (b->y - o->y) - (a->y - o->y) * (b->x - o->x);
}

/* Squared distance: compared as is, square-rooted once at the end. */
static double
distance_sq(const struct point *a, const struct point *b)
{
	const double	dx = a->x - b->x, dy = a->y - b->y;

	return dx * dx + dy * dy;
}

/*
 * Counter-clockwise convex hull of pts[0..n) (sorted in place) into hull,
 * without collinear points (Andrew's monotone chain); returns its size.
 */
static size_t
convex_hull(struct point *pts, size_t n, struct point *hull)
{
	size_t	k = 0, lower;

	points_sort(pts, n);
	for (size_t i = 0; i < n; i++) {
		while (k >= 2 &&
		    cross(&hull[k - 2], &hull[k - 1], &pts[i]) <= 0.0)
			k--;
		hull[k++] = pts[i];
	}
	lower = k + 1;
	for (size_t i = n - 1; i-- > 0;) {
		while (k >= lower &&
		    cross(&hull[k - 2], &hull[k - 1], &pts[i]) <= 0.0)
			k--;
		hull[k++] = pts[i];
	}
	/* The chain ends where it began; all-equal points leave just one. */
	return k > 1 ? k - 1 : k;
}

/*
 * Largest distance between two of the n points (x, y).  The farthest pair
 * are hull vertices, so only the hull's h points are compared, O(h^2)
 * after the O(n log n) hull; a sway trace has a few dozen hull points.
 * Not rotating calipers: their area comparisons go wrong on the thin,
 * almost collinear hulls rounding leaves around a straight-line trace.
 */
static double
point_set_diameter(const double *x, const double *y, size_t n, double *scratch)
{
	struct point	*pts = (struct point *)scratch;
	struct point	*hull = pts + n;
	double		 best = 0.0;
	size_t		 h;

	for (size_t i = 0; i < n; i++) {
		pts[i].x = x[i];
		pts[i].y = y[i];
	}
	h = convex_hull(pts, n, hull);
	for (size_t i = 0; i < h; i++)
		for (size_t j = i + 1; j < h; j++) {
			const double	d = distance_sq(&hull[i], &hull[j]);

			if (d > best)
				best = d;
		}
	return sqrt(best);
}

/* Whether every sample equals the first (exactly: no tolerance). */
static int
is_constant(const double *v, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (v[i] != v[0])
			return 0;
	return 1;
}

/* Distance, spread and travel along one axis. */
static void
describe_axis(const double *v, size_t n, double fs, const struct axis_ids *id,
    struct sway_descriptors *out)
{
	double	sum_abs = 0.0, max_abs = 0.0, sum_sq = 0.0, travel = 0.0;
	double	lo = v[0], hi = v[0];

	for (size_t i = 0; i < n; i++) {
		const double	a = fabs(v[i]);

		sum_abs += a;
		sum_sq += v[i] * v[i];
		if (a > max_abs)
			max_abs = a;
		if (v[i] < lo)
			lo = v[i];
		if (v[i] > hi)
			hi = v[i];
		if (i > 0)
			travel += fabs(v[i] - v[i - 1]);
	}
	out->value[id->mean_distance] = sum_abs / (double)n;
	out->value[id->maximal_distance] = max_abs;
	out->value[id->rms] = sqrt(sum_sq / (double)n);
	out->value[id->range] = hi - lo;
	/* Path over N samples, not N - 1 (the reference's choice). */
	out->value[id->mean_velocity] = travel * fs / (double)n;
	/* Mean speed over the N - 1 steps, 1 / (4 sqrt 2) (README §3). */
	out->value[id->mean_frequency] = sum_abs > 0.0 ?
	    (fs * travel / (double)(n - 1)) /
	    (4.0 * sqrt(2.0) * (sum_abs / (double)n)) : NAN;
}

/* Descriptors of the ML-AP plane. */
static void
describe_plane(const double *x, const double *y, size_t n, double fs,
    double *scratch, struct sway_descriptors *out)
{
	const double	nn = (double)n;
	double		sum_r = 0.0, sum_r2 = 0.0, max_r = 0.0, sum_xy = 0.0;
	double		length = 0.0, triangles = 0.0, xm = 0.0, ym = 0.0;
	double		sxx = 0.0, syy = 0.0, sxy = 0.0, rms_x, rms_y, area;
	double		cov_det;

	for (size_t i = 0; i < n; i++) {
		const double	r = sqrt(x[i] * x[i] + y[i] * y[i]);

		sum_r += r;
		sum_r2 += r * r;
		if (r > max_r)
			max_r = r;
		sum_xy += x[i] * y[i];
		xm += x[i];
		ym += y[i];
		if (i > 0) {
			const double	dx = x[i] - x[i - 1];
			const double	dy = y[i] - y[i - 1];

			length += sqrt(dx * dx + dy * dy);
			triangles += fabs(x[i] * y[i - 1] - y[i] * x[i - 1]);
		}
	}
	xm /= nn;
	ym /= nn;
	for (size_t i = 0; i < n; i++) {
		sxx += (x[i] - xm) * (x[i] - xm);
		syy += (y[i] - ym) * (y[i] - ym);
		sxy += (x[i] - xm) * (y[i] - ym);
	}
	rms_x = out->value[SWAY_RMS_ML];
	rms_y = out->value[SWAY_RMS_AP];

	out->value[SWAY_MEAN_DISTANCE_RADIUS] = sum_r / nn;
	out->value[SWAY_MAXIMAL_DISTANCE_RADIUS] = max_r;
	out->value[SWAY_RMS_RADIUS] = sqrt(sum_r2 / nn);
	out->value[SWAY_PLANAR_DEVIATION] = sqrt(rms_x * rms_x + rms_y * rms_y);
	out->value[SWAY_RANGE_ML_AND_AP] = point_set_diameter(x, y, n, scratch);
	out->value[SWAY_RANGE_RATIO] = out->value[SWAY_RANGE_AP] > 0.0 ?
	    out->value[SWAY_RANGE_ML] / out->value[SWAY_RANGE_AP] : NAN;
	out->value[SWAY_COEFFICIENT_SWAY_DIRECTION] =
	    rms_x > 0.0 && rms_y > 0.0 ? (sum_xy / nn) / (rms_x * rms_y) : NAN;

	/*
	 * The reference takes the ellipse's moments about the origin, not the
	 * mean: the signal was centred before filtering and not after.
	 */
	area = confidence_ellipse_area(rms_x * rms_x, rms_y * rms_y,
	    sum_xy / nn, n);
	out->value[SWAY_CONFIDENCE_ELLIPSE_AREA] = area;
	/*
	 * BMC's hyperellipsoid: pi * 2 F(2, N-2) (N-1)/(N-2) (N+1)/N *
	 * sqrt(det of the N-1 covariance), Duarte, BMClab
	 * functions/hyperellipsoid.py.  The expected values confirm the F
	 * form, not the chi-square approximation pi * chi2(0.95, 2).
	 */
	cov_det = (sxx * syy - sxy * sxy) / ((nn - 1.0) * (nn - 1.0));
	out->value[SWAY_BMC_HYPERELLIPSOID_AREA95] = M_PI * 2.0 *
	    f_quantile95_2(nn - 2.0) * (nn - 1.0) / (nn - 2.0) *
	    (nn + 1.0) / nn * sqrt(cov_det > 0.0 ? cov_det : 0.0);

	/*
	 * The first principal axis of the centred points lies at
	 * atan2(2 sxy, sxx - syy) / 2 from ML, in [-90, 90] degrees; its
	 * angle to AP is 90 degrees less the size of that.
	 */
	out->value[SWAY_PRINCIPAL_SWAY_DIRECTION] =
	    sxx == syy && sxy == 0.0 ? NAN :
	    90.0 - fabs(0.5 * atan2(2.0 * sxy, sxx - syy)) * 180.0 / M_PI;

	out->value[SWAY_SWAY_LENGTH] = length;
	out->value[SWAY_MEAN_VELOCITY_ML_AND_AP] = length * fs / nn;
	out->value[SWAY_SWAY_AREA_PER_SECOND] = triangles /
	    (2.0 * (nn - 1.0) / fs);
	out->value[SWAY_MEAN_FREQUENCY_ML_AND_AP] = sum_r > 0.0 ?
	    (fs * length / (nn - 1.0)) / (2.0 * M_PI * (sum_r / nn)) : NAN;
	if (area > 0.0) {
		const double	d = sqrt(4.0 * area / M_PI);

		out->value[SWAY_LFS] = length / area;
		out->value[SWAY_FRACTAL_DIMENSION] = log(nn) /
		    (log(nn) + log(d) - log(length));
	}
}

/*
 * Phase plane parameter and velocity peaks of one axis from its SG
 * velocity v.  The walk follows README §3: the first non-zero velocity
 * sets the side; a crossing is a non-zero value on the other side whose
 * product with the previous value is <= 0; from the second crossing on,
 * the fastest sample since the previous crossing is a peak of the side
 * being left.
 */
static void
describe_velocity(const double *v, size_t n, const struct axis_ids *id,
    struct sway_descriptors *out)
{
	const double	rms = out->value[id->rms];
	double		mean = 0.0, var = 0.0, prev = 0.0, peak = 0.0;
	double		sum_pos = 0.0, sum_neg = 0.0;
	size_t		crossings = 0, npos = 0, nneg = 0, peak_at = 0;
	int		side = 0;

	for (size_t i = 0; i < n; i++)
		mean += v[i];
	mean /= (double)n;
	for (size_t i = 0; i < n; i++)
		var += (v[i] - mean) * (v[i] - mean);
	out->value[id->phase_plane] = sqrt(rms * rms + var / (double)n);

	for (size_t i = 0; i < n && side == 0; i++)
		side = v[i] > 0.0 ? 1 : v[i] < 0.0 ? -1 : 0;
	for (size_t i = 0; i < n; i++) {
		const int	sign = v[i] > 0.0 ? 1 : v[i] < 0.0 ? -1 : 0;

		if (i > 0 && sign != 0 && sign != side && v[i] * prev <= 0.0) {
			if (crossings > 0 && sign < 0) {
				sum_pos += fabs(v[peak_at]);
				npos++;
			} else if (crossings > 0) {
				sum_neg += fabs(v[peak_at]);
				nneg++;
			}
			crossings++;
			side = sign;
			peak = 0.0;
		}
		if (fabs(v[i]) > fabs(peak)) {
			peak = v[i];
			peak_at = i;
		}
		prev = v[i];
	}
	out->value[id->zero_crossing] = (double)crossings;
	out->value[id->peak_pos] = npos > 0 ? sum_pos / (double)npos : NAN;
	out->value[id->peak_neg] = nneg > 0 ? sum_neg / (double)nneg : NAN;
	out->value[id->peak_all] = npos + nneg > 0 ?
	    (sum_pos + sum_neg) / (double)(npos + nneg) : NAN;
}

/* Welch spectrum descriptors of one axis; NAN ones stay NAN. */
static enum core_status
describe_spectrum(const double *v, size_t n, double fs,
    const struct axis_ids *id, double *scratch, struct sway_descriptors *out)
{
	struct spectrum_features	sf;
	double				*psd = scratch;
	enum core_status		 st;

	st = spectrum_welch(v, n, fs, psd, scratch + psd_offset(n));
	if (st != CORE_OK)
		return st;
	if (spectrum_describe(psd, n, fs, &sf) != CORE_OK)
		return CORE_OK;		/* no power in the band: left NAN */
	out->value[id->total_power] = sf.total_power;
	out->value[id->power_50] = sf.power_frequency_50;
	out->value[id->power_95] = sf.power_frequency_95;
	out->value[id->mode] = sf.frequency_mode;
	out->value[id->centroid] = sf.centroid_frequency;
	out->value[id->dispersion] = sf.frequency_dispersion;
	out->value[id->below_05] = sf.energy_below_05;
	out->value[id->from_05_2] = sf.energy_05_2;
	out->value[id->above_2] = sf.energy_above_2;
	out->value[id->quotient] = sf.frequency_quotient;
	return CORE_OK;
}

/* Diffusion descriptors of one axis; a degenerate plot leaves them NAN. */
static enum core_status
describe_diffusion(const double *v, size_t n, double fs,
    const struct axis_ids *id, double *scratch, struct sway_descriptors *out)
{
	struct diffusion_features	df;
	enum core_status		st;

	st = diffusion_analyze(v, n, fs, scratch, &df);
	if (st == CORE_ERR_DEGENERATE)
		return CORE_OK;
	if (st != CORE_OK)
		return st;
	out->value[id->short_diffusion] = df.short_time_diffusion;
	out->value[id->long_diffusion] = df.long_time_diffusion;
	out->value[id->critical_time] = df.critical_time;
	out->value[id->critical_displacement] = df.critical_displacement;
	out->value[id->short_scaling] = df.short_time_scaling;
	out->value[id->long_scaling] = df.long_time_scaling;
	return CORE_OK;
}

enum core_status
sway_descriptors_compute(const double *x, const double *y, size_t n,
    double fs, double mean_ml, double mean_ap, const struct sway_options *opt,
    double *scratch, struct sway_descriptors *out)
{
	const double			*axis[2] = { x, y };
	int				 still[2];
	struct sway_density_features	 sd;
	enum core_status		 st;

	if (x == NULL || y == NULL || opt == NULL || scratch == NULL ||
	    out == NULL || !isfinite(fs) || !(fs > MIN_RATE_HZ) ||
	    !isfinite(opt->sway_density_radius) ||
	    !(opt->sway_density_radius > 0.0))
		return CORE_ERR_ARG;
	if (n < sway_descriptors_base_min_samples() ||
	    sway_descriptors_min_samples(fs) == 0)
		return CORE_ERR_TOO_SHORT;
	for (size_t i = 0; i < n; i++)
		if (!isfinite(x[i]) || !isfinite(y[i]))
			return CORE_ERR_NONFINITE;

	for (int d = 0; d < SWAY_DESCRIPTOR_COUNT; d++)
		out->value[d] = NAN;
	out->omitted = 0;
	if (n < spectrum_min_samples(fs))
		out->omitted |= SWAY_OMITTED_SPECTRUM;
	if (n < diffusion_min_samples(fs))
		out->omitted |= SWAY_OMITTED_DIFFUSION;
	out->value[SWAY_MEAN_VALUE_ML] = mean_ml;
	out->value[SWAY_MEAN_VALUE_AP] = mean_ap;
	out->value[SWAY_N_SAMPLES] = (double)n;
	out->value[SWAY_FREQUENCY_AFTER_PREPROCESSING] = fs;

	for (int a = 0; a < 2; a++) {
		still[a] = is_constant(axis[a], n);
		describe_axis(axis[a], n, fs, &axis_ids[a], out);
	}
	describe_plane(x, y, n, fs, scratch, out);

	for (int a = 0; a < 2; a++) {
		if (still[a]) {
			/*
			 * No velocity, not the rounding noise an SG filter
			 * makes of a constant: no crossings, no peaks, and the
			 * phase plane is the rms alone.
			 */
			out->value[axis_ids[a].zero_crossing] = 0.0;
			out->value[axis_ids[a].phase_plane] =
			    out->value[axis_ids[a].rms];
			continue;
		}
		st = savgol_derivative(axis[a], n, VELOCITY_SG_WINDOW,
		    VELOCITY_SG_ORDER, 1.0 / fs, scratch);
		if (st != CORE_OK)
			return st;
		describe_velocity(scratch, n, &axis_ids[a], out);
		if (!(out->omitted & SWAY_OMITTED_SPECTRUM) &&
		    (st = describe_spectrum(axis[a], n, fs, &axis_ids[a],
		    scratch, out)) != CORE_OK)
			return st;
		if (!(out->omitted & SWAY_OMITTED_DIFFUSION) &&
		    (st = describe_diffusion(axis[a], n, fs, &axis_ids[a],
		    scratch, out)) != CORE_OK)
			return st;
	}

	st = sway_density_analyze(x, y, n, fs, opt->sway_density_radius,
	    scratch, &sd);
	if (st != CORE_OK)
		return st;
	out->value[SWAY_MEAN_PEAK_SWAY_DENSITY] = sd.mean_peak;
	out->value[SWAY_MEAN_DISTANCE_PEAK_SWAY_DENSITY] =
	    sd.mean_distance_peak;

	return still[0] && still[1] ? CORE_ERR_DEGENERATE : CORE_OK;
}
