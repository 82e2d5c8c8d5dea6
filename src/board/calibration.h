/*
 * calibration.h: turning a board's raw channels into loads, and finding
 * the numbers that do it.
 *
 * A board sends four channels in its wire order.  Channel i belongs to
 * cell channel_order[i]; each cell's load is (raw - offset) * scale, the
 * same model and layout as the [board] section of footscreen.conf(5), so
 * a struct board_calibration can be filled from the configuration and
 * stored as it is.  The steps of a calibration, all pure maths on samples
 * the caller collected:
 *
 *  1. tare: the board empty and still; the mean of each channel is its
 *     offset, and the samples must be steady (calib_tare);
 *  2. scale: a known weight on the board (or the person, weighed on a
 *     bathroom scale) gives one factor for all four cells
 *     (calib_scale_total); a weight put near each corner in turn gives one
 *     factor per cell (calib_scale_corners);
 *  3. check: the same weight near each corner must read the same; the
 *     corner that does not is named (calib_check_corners).
 *
 * Samples are averaged first with calib_average(), which every step takes.
 */
#ifndef FOOTSCREEN_BOARD_CALIBRATION_H
#define FOOTSCREEN_BOARD_CALIBRATION_H

#include <stddef.h>

#include "core/cop.h"
#include "core/status.h"

struct board_calibration {
	/* Wire channel i is cell channel_order[i]; a permutation of cells. */
	enum cell	channel_order[CELL_COUNT];
	/* Per cell (index enum cell): load = (raw - offset) * scale. */
	double		offset[CELL_COUNT];
	double		scale[CELL_COUNT];
	int		tared;		/* offsets come from calib_tare() */
	int		scaled;		/* scales make kg (calib_scale_*) */
};

/*
 * Largest SD per cell, in kg, that calib_tare() accepts on an empty board.
 * An HX711 board at rest shows a few grams of noise (about 0.005-0.02 kg
 * per cell on DIY boards [U]); a hand on the board, a foot brushing it or
 * a board still rocking after someone stepped off moves a cell by 0.5 kg
 * or more.  0.05 kg sits well above the first and well below the second.
 */
#define CALIB_TARE_MAX_SD_KG	0.05

/*
 * How far, in percent of the weight, a corner's reading may stray in
 * calib_check_corners().  One cell reading 1 % high moves the COP of a
 * 70 kg person standing centred by about 0.5 mm on a Wii-sized board
 * (216.5 mm * 0.175 kg / 70 kg), the size of the COP error left after
 * calibrating Wii boards in Leach et al. 2014 (evidence sheet §8.2:
 * 0.5-2 mm RMSE).  A larger stray would be larger than that error.
 */
#define CALIB_CORNER_TOL_PCT	1.0

/*
 * calib_scale_*() refuse a weight whose signal is less than this many
 * times the per-sample noise of the summed channels: then the "weight" is
 * most likely missing, and the factor would be noise.
 */
#define CALIB_MIN_SIGNAL_TO_NOISE	20.0

/*
 * calib_scale_corners() refuses scales whose standard error, propagated
 * from the noise of the averages through the solution, exceeds this
 * percentage: a quarter of CALIB_CORNER_TOL_PCT, so that the check after
 * it measures the board and not the calibration's own noise.  Placements
 * that do not tell the cells apart (a stiff plate spreads a corner's
 * weight over all four cells) show here as huge errors.
 */
#define CALIB_CORNER_MAX_SE_PCT	0.25

/* Mean and SD (n - 1) of each wire channel over n samples. */
struct calib_average {
	size_t	n;
	double	mean[CELL_COUNT];	/* wire order, raw units */
	double	sd[CELL_COUNT];
};

struct calib_tare_result {
	double		sd_load[CELL_COUNT];	/* per cell, in load units */
	enum cell	worst;			/* the cell with the largest */
	int		steady;			/* every sd_load <= max_sd */
};

struct calib_corner_report {
	double		total[CELL_COUNT];	/* load read, weight near cell c */
	double		reference;		/* what each should read */
	double		dev_pct[CELL_COUNT];	/* 100 (total - ref) / ref */
	enum cell	worst;			/* the corner furthest off */
	int		ok;			/* every |dev_pct| <= tol */
};

/* Channel order TL, TR, BL, BR, offsets 0, scales 1: raw units. */
void		 calib_init(struct board_calibration *);
/* 1 when order[] names every cell once. */
int		 calib_order_valid(const enum cell order[CELL_COUNT]);
/* CORE_ERR_ARG unless the order is valid and offsets and scales finite. */
enum core_status calib_validate(const struct board_calibration *);

/* Raw channels (wire order) to loads (index enum cell). */
enum core_status calib_apply(const struct board_calibration *,
		    const double raw[CELL_COUNT], double load[CELL_COUNT]);

/*
 * Mean and SD of n rows of raw channels.  CORE_ERR_TOO_SHORT when n < 2,
 * CORE_ERR_NONFINITE on NaN or infinity.
 */
enum core_status calib_average(const double (*raw)[CELL_COUNT], size_t n,
		    struct calib_average *);

/*
 * Tare from an average taken with the board empty.  The SD of each cell is
 * judged in load units, raw SD times |scale| of the calibration as it
 * stands (so a board already scaled to kg is judged in kg: pass
 * CALIB_TARE_MAX_SD_KG; a raw board in its counts).  When every SD is at
 * most max_sd the offsets are set and tared becomes 1; otherwise the
 * calibration is left alone and res->steady is 0.  Returns CORE_OK either
 * way; CORE_ERR_ARG for a bad calibration or max_sd <= 0,
 * CORE_ERR_TOO_SHORT when the average has fewer than 2 samples.
 */
enum core_status calib_tare(struct board_calibration *,
		    const struct calib_average *empty, double max_sd,
		    struct calib_tare_result *res);

/*
 * One factor for all cells from an average taken with known_kg on the
 * board (anywhere on it), after the tare: the scales are multiplied by
 * known_kg / (sum of the cells' loads as they stand), which keeps the
 * ratios between the cells.  CORE_ERR_DEGENERATE when the weight does not
 * stand out of the noise (CALIB_MIN_SIGNAL_TO_NOISE).
 */
enum core_status calib_scale_total(struct board_calibration *,
		    const struct calib_average *loaded, double known_kg);

/*
 * One factor per cell from m >= 4 averages, each taken with the same
 * known_kg at a different place (best: right over each corner's cell in
 * turn).  Every placement gives one equation, sum over cells of scale_c
 * (raw_c - offset_c) = known_kg; the scales are their least-squares
 * solution.  CORE_ERR_TOO_SHORT when m < 4; CORE_ERR_DEGENERATE when a
 * placement's weight does not stand out of the noise, or the placements
 * do not pin the scales down to CALIB_CORNER_MAX_SE_PCT (the weight put
 * in the same place each time, a dead cell, or a plate so stiff that its
 * loads always keep TL + BR = TR + BL, which hides one combination of the
 * scales: then use calib_scale_total()).  The
 * calibration is changed only on CORE_OK.
 */
enum core_status calib_scale_corners(struct board_calibration *,
		    const struct calib_average *placed, size_t m,
		    double known_kg);

/*
 * The per-corner check: placed[c] is an average taken with the same weight
 * near cell c.  Each reads a total load; they are compared with known_kg,
 * or when known_kg is 0 with their mean, and the corner furthest off is
 * named.  ok when all lie within tol_pct (CALIB_CORNER_TOL_PCT).
 */
enum core_status calib_check_corners(const struct board_calibration *,
		    const struct calib_average placed[CELL_COUNT],
		    double known_kg, double tol_pct,
		    struct calib_corner_report *);

#endif
