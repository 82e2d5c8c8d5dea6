/*
 * cop.h: centre of pressure and load shares from a four-cell board.
 *
 * A balance board carries four vertical load cells at the corners of a
 * rectangle, named as the person standing on it sees them: top-left (front
 * left), top-right, bottom-left, bottom-right.  ML is positive to the right,
 * AP positive to the front, the origin at the rectangle's centre.  The moment
 * balance is the one in screening-evidence.md §8.2, and it is the same as the
 * 4-cell formula of BMClab's Kistler example (shared/data/reference/README.md
 * §1) with a = W/2, b = L/2.
 */
#ifndef FOOTSCREEN_CORE_COP_H
#define FOOTSCREEN_CORE_COP_H

#include <stddef.h>

#include "core/status.h"

enum cell { CELL_TL, CELL_TR, CELL_BL, CELL_BR, CELL_COUNT };

/* Wii Balance Board cell spacing, evidence sheet §8.2 (tagged [M] there). */
#define BOARD_WII_WIDTH_MM	433.0
#define BOARD_WII_LENGTH_MM	238.0

struct board_geometry {
	double	width_mm;	/* ML distance between left and right cells */
	double	length_mm;	/* AP distance between front and back cells */
};

struct cop_sample {
	double	ml_mm;
	double	ap_mm;
	double	total;		/* sum of the four loads, in their unit */
};

/*
 * COP of one sample.  CORE_ERR_DEGENERATE when the total load is not
 * positive (nobody on the board), CORE_ERR_NONFINITE on NaN/Inf.
 */
enum core_status cop_from_cells(const struct board_geometry *,
		    const double load[CELL_COUNT], struct cop_sample *);

/*
 * COP of n samples given as four columns (cell[CELL_TL][i] ...) into ml, ap
 * (mm) and, when total is not NULL, the summed load.
 */
enum core_status cop_series(const struct board_geometry *,
		    const double *const cell[CELL_COUNT], size_t n,
		    double *ml, double *ap, double *total);

/*
 * How the load is spread over the board, from the summed loads of a trial:
 * the share (percent) on the right cells, left, front, back and each cell.
 * These describe the board's halves, not the feet: for per-foot weight use
 * asymmetry.h (evidence sheet §5.6 says why).
 */
struct load_share {
	size_t	n;
	double	mean_load[CELL_COUNT];
	double	mean_total;
	double	right_pct;	/* TR + BR */
	double	left_pct;	/* TL + BL */
	double	front_pct;	/* TL + TR */
	double	back_pct;	/* BL + BR */
	double	cell_pct[CELL_COUNT];
};

enum core_status load_share_compute(const double *const cell[CELL_COUNT],
		    size_t n, struct load_share *);

const char	*cell_name(enum cell);	/* "TL", ... */

#endif
