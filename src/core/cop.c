/*
 * cop.c: centre of pressure and load shares from four load cells.
 */
#include <config.h>

#include <math.h>
#include <stddef.h>

#include "core/cop.h"

static int
geometry_valid(const struct board_geometry *g)
{
	return g != NULL && isfinite(g->width_mm) && isfinite(g->length_mm) &&
	    g->width_mm > 0.0 && g->length_mm > 0.0;
}

enum core_status
cop_from_cells(const struct board_geometry *g, const double load[CELL_COUNT],
    struct cop_sample *out)
{
	double	tot, right, front;

	if (!geometry_valid(g) || load == NULL || out == NULL)
		return CORE_ERR_ARG;
	for (int c = 0; c < CELL_COUNT; c++)
		if (!isfinite(load[c]))
			return CORE_ERR_NONFINITE;
	tot = load[CELL_TL] + load[CELL_TR] + load[CELL_BL] + load[CELL_BR];
	if (!(tot > 0.0))
		return CORE_ERR_DEGENERATE;
	/* Moment balance about the centre: each cell's load times its arm. */
	right = (load[CELL_TR] + load[CELL_BR]) - (load[CELL_TL] + load[CELL_BL]);
	front = (load[CELL_TL] + load[CELL_TR]) - (load[CELL_BL] + load[CELL_BR]);
	out->ml_mm = (g->width_mm / 2.0) * right / tot;
	out->ap_mm = (g->length_mm / 2.0) * front / tot;
	out->total = tot;
	return CORE_OK;
}

enum core_status
cop_series(const struct board_geometry *g, const double *const cell[CELL_COUNT],
    size_t n, double *ml, double *ap, double *total)
{
	if (cell == NULL || ml == NULL || ap == NULL)
		return CORE_ERR_ARG;
	for (size_t i = 0; i < n; i++) {
		double			load[CELL_COUNT];
		struct cop_sample	s;
		enum core_status	st;

		for (int c = 0; c < CELL_COUNT; c++)
			load[c] = cell[c][i];
		if ((st = cop_from_cells(g, load, &s)) != CORE_OK)
			return st;
		ml[i] = s.ml_mm;
		ap[i] = s.ap_mm;
		if (total != NULL)
			total[i] = s.total;
	}
	return CORE_OK;
}

enum core_status
load_share_compute(const double *const cell[CELL_COUNT], size_t n,
    struct load_share *out)
{
	double	sum[CELL_COUNT] = { 0 }, tot;

	if (cell == NULL || out == NULL)
		return CORE_ERR_ARG;
	if (n == 0)
		return CORE_ERR_TOO_SHORT;
	for (int c = 0; c < CELL_COUNT; c++)
		for (size_t i = 0; i < n; i++) {
			if (!isfinite(cell[c][i]))
				return CORE_ERR_NONFINITE;
			sum[c] += cell[c][i];
		}
	tot = sum[CELL_TL] + sum[CELL_TR] + sum[CELL_BL] + sum[CELL_BR];
	if (!(tot > 0.0))
		return CORE_ERR_DEGENERATE;
	out->n = n;
	for (int c = 0; c < CELL_COUNT; c++) {
		out->mean_load[c] = sum[c] / (double)n;
		out->cell_pct[c] = 100.0 * sum[c] / tot;
	}
	out->mean_total = tot / (double)n;
	out->right_pct = 100.0 * (sum[CELL_TR] + sum[CELL_BR]) / tot;
	out->left_pct = 100.0 * (sum[CELL_TL] + sum[CELL_BL]) / tot;
	out->front_pct = 100.0 * (sum[CELL_TL] + sum[CELL_TR]) / tot;
	out->back_pct = 100.0 * (sum[CELL_BL] + sum[CELL_BR]) / tot;
	return CORE_OK;
}

const char *
cell_name(enum cell c)
{
	static const char *const names[CELL_COUNT] = { "TL", "TR", "BL", "BR" };

	return (unsigned)c < CELL_COUNT ? names[c] : "?";
}
