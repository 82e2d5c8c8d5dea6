/*
 * calibration.c: tare, scale and the per-corner check of a four-cell
 * board (see calibration.h for the model and the thresholds' reasons).
 *
 * Pure arithmetic on averages the caller took: no I/O, no allocation.
 */
#include <config.h>

#include <math.h>
#include <string.h>

#include "board/calibration.h"

/* A pivot this small next to the matrix's largest is a rank deficiency. */
#define PIVOT_EPS	1e-12

void
calib_init(struct board_calibration *cal)
{
	memset(cal, 0, sizeof *cal);
	for (int c = 0; c < CELL_COUNT; c++) {
		cal->channel_order[c] = (enum cell)c;
		cal->scale[c] = 1.0;
	}
}

int
calib_order_valid(const enum cell order[CELL_COUNT])
{
	unsigned	seen = 0;

	for (int i = 0; i < CELL_COUNT; i++) {
		if ((unsigned)order[i] >= CELL_COUNT ||
		    (seen & 1u << order[i]) != 0)
			return 0;
		seen |= 1u << order[i];
	}
	return 1;
}

enum core_status
calib_validate(const struct board_calibration *cal)
{
	if (cal == NULL || !calib_order_valid(cal->channel_order))
		return CORE_ERR_ARG;
	for (int c = 0; c < CELL_COUNT; c++)
		if (!isfinite(cal->offset[c]) || !isfinite(cal->scale[c]))
			return CORE_ERR_ARG;
	return CORE_OK;
}

enum core_status
calib_apply(const struct board_calibration *cal, const double raw[CELL_COUNT],
    double load[CELL_COUNT])
{
	enum core_status	st;

	if ((st = calib_validate(cal)) != CORE_OK)
		return st;
	if (raw == NULL || load == NULL)
		return CORE_ERR_ARG;
	for (int i = 0; i < CELL_COUNT; i++) {
		const enum cell	c = cal->channel_order[i];

		if (!isfinite(raw[i]))
			return CORE_ERR_NONFINITE;
		load[c] = (raw[i] - cal->offset[c]) * cal->scale[c];
	}
	return CORE_OK;
}

enum core_status
calib_average(const double (*raw)[CELL_COUNT], size_t n,
    struct calib_average *out)
{
	if (raw == NULL || out == NULL)
		return CORE_ERR_ARG;
	if (n < 2)
		return CORE_ERR_TOO_SHORT;
	memset(out, 0, sizeof *out);
	out->n = n;
	/* Two passes: the mean first, so the SD does not lose digits. */
	for (int i = 0; i < CELL_COUNT; i++) {
		double	sum = 0.0, ss = 0.0;

		for (size_t k = 0; k < n; k++) {
			if (!isfinite(raw[k][i]))
				return CORE_ERR_NONFINITE;
			sum += raw[k][i];
		}
		out->mean[i] = sum / (double)n;
		for (size_t k = 0; k < n; k++) {
			const double	d = raw[k][i] - out->mean[i];

			ss += d * d;
		}
		out->sd[i] = sqrt(ss / (double)(n - 1));
	}
	return CORE_OK;
}

static int
average_valid(const struct calib_average *a)
{
	if (a == NULL || a->n == 0)
		return 0;
	for (int i = 0; i < CELL_COUNT; i++)
		if (!isfinite(a->mean[i]) || !isfinite(a->sd[i]) ||
		    a->sd[i] < 0.0)
			return 0;
	return 1;
}

enum core_status
calib_tare(struct board_calibration *cal, const struct calib_average *empty,
    double max_sd, struct calib_tare_result *res)
{
	enum core_status	st;

	if ((st = calib_validate(cal)) != CORE_OK)
		return st;
	if (!average_valid(empty) || res == NULL || !isfinite(max_sd) ||
	    !(max_sd > 0.0))
		return CORE_ERR_ARG;
	if (empty->n < 2)
		return CORE_ERR_TOO_SHORT;
	res->steady = 1;
	res->worst = CELL_TL;
	for (int i = 0; i < CELL_COUNT; i++) {
		const enum cell	c = cal->channel_order[i];

		res->sd_load[c] = empty->sd[i] * fabs(cal->scale[c]);
		if (res->sd_load[c] > max_sd)
			res->steady = 0;
	}
	for (int c = 1; c < CELL_COUNT; c++)
		if (res->sd_load[c] > res->sd_load[res->worst])
			res->worst = (enum cell)c;
	if (!res->steady)
		return CORE_OK;
	for (int i = 0; i < CELL_COUNT; i++)
		cal->offset[cal->channel_order[i]] = empty->mean[i];
	cal->tared = 1;
	return CORE_OK;
}

/*
 * The tared signal of each cell (raw mean minus offset, index enum cell)
 * and the per-sample noise of their sum in load units, scales applied.
 */
static void
average_signal(const struct board_calibration *cal,
    const struct calib_average *a, double delta[CELL_COUNT], double *noise)
{
	double	var = 0.0;

	for (int i = 0; i < CELL_COUNT; i++) {
		const enum cell	c = cal->channel_order[i];
		const double	sd = a->sd[i] * cal->scale[c];

		delta[c] = a->mean[i] - cal->offset[c];
		var += sd * sd;
	}
	*noise = sqrt(var);
}

enum core_status
calib_scale_total(struct board_calibration *cal,
    const struct calib_average *loaded, double known_kg)
{
	enum core_status	st;
	double			delta[CELL_COUNT], noise, sum = 0.0, k;

	if ((st = calib_validate(cal)) != CORE_OK)
		return st;
	if (!average_valid(loaded) || !isfinite(known_kg) || !(known_kg > 0.0))
		return CORE_ERR_ARG;
	average_signal(cal, loaded, delta, &noise);
	for (int c = 0; c < CELL_COUNT; c++)
		sum += delta[c] * cal->scale[c];
	if (!(fabs(sum) >= CALIB_MIN_SIGNAL_TO_NOISE * noise) || sum == 0.0)
		return CORE_ERR_DEGENERATE;
	k = known_kg / sum;
	for (int c = 0; c < CELL_COUNT; c++)
		if (!isfinite(cal->scale[c] * k))
			return CORE_ERR_DEGENERATE;
	for (int c = 0; c < CELL_COUNT; c++)
		cal->scale[c] *= k;
	cal->scaled = 1;
	return CORE_OK;
}

/*
 * Cholesky factor of the symmetric positive definite a (4 x 4), in place
 * (lower triangle).  -1 when a pivot is not clearly positive.
 */
static int
cholesky4(double a[CELL_COUNT][CELL_COUNT])
{
	double	big = 0.0;

	for (int i = 0; i < CELL_COUNT; i++)
		big = fmax(big, a[i][i]);
	for (int j = 0; j < CELL_COUNT; j++) {
		double	d = a[j][j];

		for (int k = 0; k < j; k++)
			d -= a[j][k] * a[j][k];
		if (!(d > PIVOT_EPS * big))
			return -1;
		a[j][j] = sqrt(d);
		for (int i = j + 1; i < CELL_COUNT; i++) {
			double	s = a[i][j];

			for (int k = 0; k < j; k++)
				s -= a[i][k] * a[j][k];
			a[i][j] = s / a[j][j];
		}
	}
	return 0;
}

/* Solve L L^T x = b with the factor from cholesky4(). */
static void
cholesky4_solve(const double l[CELL_COUNT][CELL_COUNT],
    const double b[CELL_COUNT], double x[CELL_COUNT])
{
	double	y[CELL_COUNT];

	for (int i = 0; i < CELL_COUNT; i++) {
		double	s = b[i];

		for (int k = 0; k < i; k++)
			s -= l[i][k] * y[k];
		y[i] = s / l[i][i];
	}
	for (int i = CELL_COUNT - 1; i >= 0; i--) {
		double	s = y[i];

		for (int k = i + 1; k < CELL_COUNT; k++)
			s -= l[k][i] * x[k];
		x[i] = s / l[i][i];
	}
}

enum core_status
calib_scale_corners(struct board_calibration *cal,
    const struct calib_average *placed, size_t m, double known_kg)
{
	enum core_status	st;
	double			nm[CELL_COUNT][CELL_COUNT] = { { 0 } };
	double			rhs[CELL_COUNT] = { 0 }, s[CELL_COUNT];
	double			inv[CELL_COUNT][CELL_COUNT];
	double			spread[CELL_COUNT][CELL_COUNT] = { { 0 } };

	if ((st = calib_validate(cal)) != CORE_OK)
		return st;
	if (placed == NULL || !isfinite(known_kg) || !(known_kg > 0.0))
		return CORE_ERR_ARG;
	if (m < CELL_COUNT)
		return CORE_ERR_TOO_SHORT;
	/* Normal equations of D s = known 1, D's rows the tared signals. */
	for (size_t j = 0; j < m; j++) {
		double	d[CELL_COUNT], raw_noise = 0.0, norm = 0.0;

		if (!average_valid(&placed[j]))
			return CORE_ERR_ARG;
		for (int i = 0; i < CELL_COUNT; i++) {
			const enum cell	c = cal->channel_order[i];

			d[c] = placed[j].mean[i] - cal->offset[c];
			norm += d[c] * d[c];
			raw_noise += placed[j].sd[i] * placed[j].sd[i];
		}
		/* Raw units and no sum: a cell wired backwards cannot cancel. */
		if (!(sqrt(norm) >= CALIB_MIN_SIGNAL_TO_NOISE * sqrt(raw_noise)))
			return CORE_ERR_DEGENERATE;
		for (int a = 0; a < CELL_COUNT; a++) {
			rhs[a] += d[a] * known_kg;
			for (int b = 0; b < CELL_COUNT; b++)
				nm[a][b] += d[a] * d[b];
		}
	}
	if (cholesky4(nm) != 0)
		return CORE_ERR_DEGENERATE;
	cholesky4_solve((const double (*)[CELL_COUNT])nm, rhs, s);
	for (int c = 0; c < CELL_COUNT; c++) {
		double	e[CELL_COUNT] = { 0 }, col[CELL_COUNT];

		e[c] = 1.0;
		cholesky4_solve((const double (*)[CELL_COUNT])nm, e, col);
		for (int r = 0; r < CELL_COUNT; r++)
			inv[r][c] = col[r];
	}
	/*
	 * The error of each average's mean (sd / sqrt(n) per channel) moves
	 * that placement's residual by sum_c s_c err_c; through the least-
	 * squares solution, cov(s) = N^-1 D^T diag(var) D N^-1.
	 */
	for (size_t j = 0; j < m; j++) {
		double	d[CELL_COUNT], var = 0.0;

		for (int i = 0; i < CELL_COUNT; i++) {
			const enum cell	c = cal->channel_order[i];
			const double	se = placed[j].sd[i] * s[c] /
			    sqrt((double)placed[j].n);

			d[c] = placed[j].mean[i] - cal->offset[c];
			var += se * se;
		}
		for (int a = 0; a < CELL_COUNT; a++)
			for (int b = 0; b < CELL_COUNT; b++)
				spread[a][b] += d[a] * var * d[b];
	}
	for (int c = 0; c < CELL_COUNT; c++) {
		double	cov = 0.0;

		for (int a = 0; a < CELL_COUNT; a++)
			for (int b = 0; b < CELL_COUNT; b++)
				cov += inv[c][a] * spread[a][b] * inv[b][c];
		if (!isfinite(s[c]) || s[c] == 0.0 ||
		    !(sqrt(cov) <= CALIB_CORNER_MAX_SE_PCT / 100.0 * fabs(s[c])))
			return CORE_ERR_DEGENERATE;
	}
	for (int c = 0; c < CELL_COUNT; c++)
		cal->scale[c] = s[c];
	cal->scaled = 1;
	return CORE_OK;
}

enum core_status
calib_check_corners(const struct board_calibration *cal,
    const struct calib_average placed[CELL_COUNT], double known_kg,
    double tol_pct, struct calib_corner_report *rep)
{
	enum core_status	st;
	double			sum = 0.0;

	if ((st = calib_validate(cal)) != CORE_OK)
		return st;
	if (placed == NULL || rep == NULL || !isfinite(known_kg) ||
	    known_kg < 0.0 || !isfinite(tol_pct) || !(tol_pct > 0.0))
		return CORE_ERR_ARG;
	for (int c = 0; c < CELL_COUNT; c++) {
		double	load[CELL_COUNT];

		if (!average_valid(&placed[c]))
			return CORE_ERR_ARG;
		if ((st = calib_apply(cal, placed[c].mean, load)) != CORE_OK)
			return st;
		rep->total[c] = load[CELL_TL] + load[CELL_TR] +
		    load[CELL_BL] + load[CELL_BR];
		sum += rep->total[c];
	}
	rep->reference = known_kg > 0.0 ? known_kg : sum / CELL_COUNT;
	if (!(rep->reference > 0.0))
		return CORE_ERR_DEGENERATE;
	rep->ok = 1;
	rep->worst = CELL_TL;
	for (int c = 0; c < CELL_COUNT; c++) {
		rep->dev_pct[c] = 100.0 * (rep->total[c] - rep->reference) /
		    rep->reference;
		if (!(fabs(rep->dev_pct[c]) <= tol_pct))
			rep->ok = 0;
		if (fabs(rep->dev_pct[c]) > fabs(rep->dev_pct[rep->worst]))
			rep->worst = (enum cell)c;
	}
	return CORE_OK;
}
