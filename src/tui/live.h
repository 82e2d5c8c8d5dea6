/*
 * live.h: what the board screens show, kept up to date sample by sample:
 * the newest centre of pressure and a ring of recent ones for the plot, the
 * total load and the left/right share, and the running sway summary of
 * the trial in progress (core/sway_stream.h).  Pure: no board, no
 * terminal; fed board_reading structs and the board's geometry.
 */
#ifndef FOOTSCREEN_TUI_LIVE_H
#define FOOTSCREEN_TUI_LIVE_H

#include <stddef.h>

#include "board/board.h"
#include "core/cop.h"
#include "core/sway_stream.h"

/* Recent COP points kept for the plot: 5 s at 100 Hz, rounded up. */
#define LIVE_TRAIL	512

struct live {
	struct board_geometry	geometry;
	double			fs;		/* samples per second, estimated */
	size_t			n;		/* samples seen */
	double			t_last;		/* newest sample's time, s */
	double			load[CELL_COUNT];	/* newest, kg */
	double			total_kg;	/* newest */
	double			right_pct;	/* newest, % of total; NAN empty */
	double			cop_ml_mm;	/* newest; NAN when empty */
	double			cop_ap_mm;
	double			trail_ml[LIVE_TRAIL];
	double			trail_ap[LIVE_TRAIL];
	size_t			trail_head;	/* next slot */
	size_t			trail_n;
	int			recording;	/* a trial is running */
	struct sway_stream	trial;		/* the trial's samples */
};

/* Start empty for a board of this geometry. */
void	live_init(struct live *, const struct board_geometry *);
/* Add samples; the trial's stream too while recording. */
void	live_push(struct live *, const struct board_reading *, size_t n);
/* Start a trial: a fresh sway stream at fs. */
void	live_trial_start(struct live *, double fs);
void	live_trial_stop(struct live *);

#endif
