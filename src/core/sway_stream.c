/*
 * sway_stream.c: O(1) per-sample sway summary for the live screen.
 * See sway_stream.h for the definitions and sources.
 */
#include <config.h>

#include <math.h>
#include <string.h>

#include "core/ellipse.h"
#include "core/sway_stream.h"

enum core_status
sway_stream_init(struct sway_stream *s, double fs)
{
	if (s == NULL || !isfinite(fs) || fs <= 0.0)
		return CORE_ERR_ARG;
	memset(s, 0, sizeof *s);
	s->fs = fs;
	return CORE_OK;
}

enum core_status
sway_stream_push_n(struct sway_stream *s, const double *ml, const double *ap,
    size_t count)
{
	/*
	 * The state is copied into locals for the block: the compiler cannot
	 * keep struct fields in registers across the loop, and the running
	 * mean is a dependency chain that a store and reload per sample
	 * would lengthen.
	 */
	double	mean_ml, mean_ap, m2_ml, m2_ap, c_ml_ap, last_ml, last_ap;
	double	path, path_ml, path_ap, min_ml, max_ml, min_ap, max_ap;
	size_t	n, i = 0;

	if (s == NULL || (count > 0 && (ml == NULL || ap == NULL)))
		return CORE_ERR_ARG;
	for (size_t k = 0; k < count; k++)
		if (!isfinite(ml[k]) || !isfinite(ap[k]))
			return CORE_ERR_NONFINITE;
	if (count == 0)
		return CORE_OK;
	if (s->n == 0) {
		s->min_ml = s->max_ml = s->last_ml = ml[0];
		s->min_ap = s->max_ap = s->last_ap = ap[0];
	}
	n = s->n;
	mean_ml = s->mean_ml;
	mean_ap = s->mean_ap;
	m2_ml = s->m2_ml;
	m2_ap = s->m2_ap;
	c_ml_ap = s->c_ml_ap;
	last_ml = s->last_ml;
	last_ap = s->last_ap;
	path = s->path;
	path_ml = s->path_ml;
	path_ap = s->path_ap;
	min_ml = s->min_ml;
	max_ml = s->max_ml;
	min_ap = s->min_ap;
	max_ap = s->max_ap;
	for (i = 0; i < count; i++) {
		const double	x = ml[i], y = ap[i];
		const double	sx = x - last_ml, sy = y - last_ap;
		double		dx, dy, inv;

		/* The first sample of all steps from itself: adds nothing. */
		path_ml += fabs(sx);
		path_ap += fabs(sy);
		/* COP steps are millimetres: no overflow for hypot() to guard. */
		path += sqrt(sx * sx + sy * sy);
		min_ml = x < min_ml ? x : min_ml;
		max_ml = x > max_ml ? x : max_ml;
		min_ap = y < min_ap ? y : min_ap;
		max_ap = y > max_ap ? y : max_ap;
		n++;
		inv = 1.0 / (double)n;	/* one division serves both axes */
		dx = x - mean_ml;
		dy = y - mean_ap;
		mean_ml += dx * inv;
		mean_ap += dy * inv;
		/* Old deviation times new deviation: Welford's exact update. */
		m2_ml += dx * (x - mean_ml);
		m2_ap += dy * (y - mean_ap);
		c_ml_ap += dx * (y - mean_ap);
		last_ml = x;
		last_ap = y;
	}
	s->n = n;
	s->mean_ml = mean_ml;
	s->mean_ap = mean_ap;
	s->m2_ml = m2_ml;
	s->m2_ap = m2_ap;
	s->c_ml_ap = c_ml_ap;
	s->last_ml = last_ml;
	s->last_ap = last_ap;
	s->path = path;
	s->path_ml = path_ml;
	s->path_ap = path_ap;
	s->min_ml = min_ml;
	s->max_ml = max_ml;
	s->min_ap = min_ap;
	s->max_ap = max_ap;
	return CORE_OK;
}

enum core_status
sway_stream_push(struct sway_stream *s, double ml, double ap)
{
	return sway_stream_push_n(s, &ml, &ap, 1);
}

enum core_status
sway_stream_push_cells(struct sway_stream *s, const struct board_geometry *g,
    const double load[CELL_COUNT])
{
	struct cop_sample	c;
	enum core_status	st;

	if (s == NULL)
		return CORE_ERR_ARG;
	if ((st = cop_from_cells(g, load, &c)) != CORE_OK)
		return st;
	if ((st = sway_stream_push(s, c.ml_mm, c.ap_mm)) != CORE_OK)
		return st;
	for (int i = 0; i < CELL_COUNT; i++)
		s->load_sum[i] += load[i];
	s->n_loads++;
	return CORE_OK;
}

enum core_status
sway_stream_summary(const struct sway_stream *s, struct sway_stream_summary *o)
{
	double	n, sxx, syy, sxy, tot;

	if (s == NULL || o == NULL)
		return CORE_ERR_ARG;
	if (s->n == 0)
		return CORE_ERR_TOO_SHORT;
	n = (double)s->n;
	sxx = s->m2_ml / n;
	syy = s->m2_ap / n;
	sxy = s->c_ml_ap / n;
	o->n = s->n;
	o->duration_s = n / s->fs;
	o->mean_ml = s->mean_ml;
	o->mean_ap = s->mean_ap;
	o->last_ml = s->last_ml;
	o->last_ap = s->last_ap;
	o->path_length = s->path;
	/* Quijoux et al.'s code divides by N, not N - 1 (reference README §3). */
	o->mean_velocity_ml = s->path_ml * s->fs / n;
	o->mean_velocity_ap = s->path_ap * s->fs / n;
	o->mean_velocity = s->path * s->fs / n;
	o->rms_ml = sqrt(sxx);
	o->rms_ap = sqrt(syy);
	o->rms_radius = sqrt(sxx + syy);
	o->range_ml = s->max_ml - s->min_ml;
	o->range_ap = s->max_ap - s->min_ap;
	o->ellipse_area = confidence_ellipse_area(sxx, syy, sxy, s->n);
	o->right_pct = o->left_pct = o->front_pct = o->back_pct = NAN;
	tot = s->load_sum[CELL_TL] + s->load_sum[CELL_TR] +
	    s->load_sum[CELL_BL] + s->load_sum[CELL_BR];
	if (s->n_loads > 0 && tot > 0.0) {
		o->right_pct = 100.0 * (s->load_sum[CELL_TR] + s->load_sum[CELL_BR]) / tot;
		o->left_pct = 100.0 - o->right_pct;
		o->front_pct = 100.0 * (s->load_sum[CELL_TL] + s->load_sum[CELL_TR]) / tot;
		o->back_pct = 100.0 - o->front_pct;
	}
	return CORE_OK;
}
