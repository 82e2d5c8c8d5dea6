/*
 * scr_calibrate.h: the state of the calibration wizard screen: the steps
 * of board/calibration.h (zero, known weight, corner check) one after the
 * other, each collecting a few seconds of raw samples from the live
 * history, then storing the result through app->io.set_calibration.
 */
#ifndef FOOTSCREEN_TUI_SCR_CALIBRATE_H
#define FOOTSCREEN_TUI_SCR_CALIBRATE_H

#include <stddef.h>

#include "board/calibration.h"
#include "tui/widget.h"

/*
 * Seconds to step off or put the weight down after pressing Enter, and
 * seconds averaged: footscreen calibrate's default of 3 s (design rule:
 * long enough to average the noise, short enough to stand still).
 */
#define CAL_LEADIN_S	3.0
#define CAL_COLLECT_S	3.0
/*
 * Rows kept for one average: 3 s at up to about 340 samples a second;
 * a faster board is averaged over the first CAL_ROWS_MAX samples, still
 * plenty for a mean and an SD (design rule).
 */
#define CAL_ROWS_MAX	1024

enum cal_step {
	CAL_TARE,	/* the board empty: each channel's zero */
	CAL_WEIGHT,	/* a known weight: the scale */
	CAL_CHECK,	/* the same weight near each corner: optional */
	CAL_SAVE,	/* keep it for this board */
	CAL_DONE
};

enum cal_phase {
	CAL_READY,	/* saying what to do; Enter starts */
	CAL_LEADIN,	/* time to step off or put the weight down */
	CAL_COLLECT,	/* averaging the samples */
	CAL_REFUSED	/* the samples could not be used: reason says why */
};

struct scr_calibrate {
	enum cal_step		 step;
	enum cal_phase		 phase;
	int			 corner;	/* CAL_CHECK: which one, 0..3 */
	int			 checking;	/* CAL_CHECK started */
	double			 t0;		/* app->now: the phase began */
	double			 last_sample;	/* app->now: the newest came */
	size_t			 seen;		/* next live sample to read */
	size_t			 nrows;
	double			 rows[CAL_ROWS_MAX][CELL_COUNT];
	struct numfield		 kg;
	double			 known_kg;	/* the weight, once used */
	double			 reads_kg;	/* what it reads when scaled */
	struct board_calibration start;		/* what the board had */
	struct board_calibration cal;		/* being made */
	struct calib_average	 empty;		/* the zero's samples */
	struct calib_average	 placed[CELL_COUNT];
	struct calib_corner_report report;
	int			 have_report;
	int			 saved;
	char			 reason[256];	/* why samples were refused */
	char			 note[256];	/* what the last step did */
};

#endif
