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
sway_stream_push(struct sway_stream *s, double ml, double ap)
{
	double	dml, dap, inv;

	if (s == NULL)
		return CORE_ERR_ARG;
	if (!isfinite(ml) || !isfinite(ap))
		return CORE_ERR_NONFINITE;
	if (s->n == 0) {
		s->min_ml = s->max_ml = ml;
		s->min_ap = s->max_ap = ap;
	} else {
		double	sml = ml - s->last_ml, sap = ap - s->last_ap;

		s->path_ml += fabs(sml);
		s->path_ap += fabs(sap);
		/* COP steps are millimetres: no overflow for hypot() to guard. */
		s->path += sqrt(sml * sml + sap * sap);
		s->min_ml = fmin(s->min_ml, ml);
		s->max_ml = fmax(s->max_ml, ml);
		s->min_ap = fmin(s->min_ap, ap);
		s->max_ap = fmax(s->max_ap, ap);
	}
	s->n++;
	inv = 1.0 / (double)s->n;	/* one division serves both axes */
	dml = ml - s->mean_ml;
	dap = ap - s->mean_ap;
	s->mean_ml += dml * inv;
	s->mean_ap += dap * inv;
	/* Old deviation times new deviation: Welford's exact update. */
	s->m2_ml += dml * (ml - s->mean_ml);
	s->m2_ap += dap * (ap - s->mean_ap);
	s->c_ml_ap += dml * (ap - s->mean_ap);
	s->last_ml = ml;
	s->last_ap = ap;
	return CORE_OK;
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
