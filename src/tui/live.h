/*
 * live.h: what the board screens show, kept up to date sample by sample:
 * the newest centre of pressure and a ring of recent ones for the plot, the
 * total load and the left/right share, and the running sway summary of
 * the trial in progress (core/sway_stream.h).  Pure: no board, no
 * terminal; fed board_reading structs and the board's geometry.
 *
 * Screens that must see every sample (a trial that starts or ends on the
 * sample a foot lifts, a calibration that averages raw channels) read the
 * history ring: sample number i (0 for the first ever pushed) stays there
 * until LIVE_HISTORY newer ones have arrived.  The screen's tick runs after
 * each batch, so it only has to remember the number it saw last.
 */
#ifndef FOOTSCREEN_TUI_LIVE_H
#define FOOTSCREEN_TUI_LIVE_H

#include <stddef.h>

#include "board/board.h"
#include "core/cop.h"
#include "core/sway_stream.h"

/* Recent COP points kept for the plot: 5 s at 100 Hz, rounded up. */
#define LIVE_TRAIL	512
/* Samples kept for the screens' ticks: more than one batch of the loop. */
#define LIVE_HISTORY	512

/*
 * Below this total the board counts as empty: no COP, nothing recorded.
 * Design rule: 5 kg is far below any adult's weight and far above the
 * noise of an empty board (a few grams per cell, calibration.h), so a bag
 * or a hand resting on the board does not make a centre of pressure.  On
 * a board not yet scaled to kg the loads are raw counts and the rule is
 * only a guess until it is calibrated.
 */
#define LIVE_EMPTY_KG	5.0

/*
 * Where the feet stand, centre line to centre line, when nothing else is
 * known.  Design rule: 200 mm is about hip width, the kiosk stance of the
 * evidence sheet §8.1 ("heels about hip width"), and the spacing the
 * simulated person uses (sim_model.c), so the outline drawn on the screen
 * and the estimate of each foot's share (§5.6) use the same feet.
 */
#define LIVE_FOOT_SPACING_MM	200.0

/* One sample as the screens' ticks see it. */
struct live_sample {
	double	t;			/* s: the board's clock, else arrival */
	double	total_kg;
	double	cop_ml_mm;		/* NAN when the board is empty */
	double	cop_ap_mm;
	double	raw[CELL_COUNT];	/* as sent, wire order */
};

struct live {
	struct board_geometry	geometry;	/* zero until known */
	double			foot_spacing_mm;
	/* Samples per second, estimated; 0 until known. */
	double			fs;
	size_t			n;		/* samples seen */
	double			t_last;		/* newest sample's time, s */
	double			load[CELL_COUNT];	/* newest, kg */
	double			total_kg;	/* newest */
	/*
	 * Newest: the right cells (TR + BR) over the total, %, NAN when
	 * empty.  The board's right half, not the right foot.
	 */
	double			right_pct;
	/* Newest: the right foot's share estimated from the COP (§5.6). */
	double			foot_right_pct;
	double			cop_ml_mm;	/* newest; NAN when empty */
	double			cop_ap_mm;
	double			trail_ml[LIVE_TRAIL];	/* non-empty samples */
	double			trail_ap[LIVE_TRAIL];
	size_t			trail_head;	/* next slot */
	size_t			trail_n;
	/* Sample number i is at hist[i % LIVE_HISTORY]. */
	struct live_sample	hist[LIVE_HISTORY];
	int			recording;	/* a trial is running */
	/* Samples after this time end the recording; INFINITY: none. */
	double			record_until;
	struct sway_stream	trial;		/* the trial's samples */
	/* The sample rate estimate: a window of samples and its start. */
	size_t			fs_n0;
	double			fs_t0;
};

/*
 * Start empty for a board of this geometry (NULL: not known yet, no COP
 * until live_set_geometry()).
 */
void	live_init(struct live *, const struct board_geometry *);
/*
 * The board's geometry became known or changed; everything else is kept.
 * The foot spacing follows it (LIVE_FOOT_SPACING_MM, at most half the
 * width of the board's cells, so both feet stand between them).
 */
void	live_set_geometry(struct live *, const struct board_geometry *);
/* Add samples; the trial's stream too while recording. */
void	live_push(struct live *, const struct board_reading *, size_t n);
/*
 * Start a trial: a fresh sway stream at fs, recording until
 * live_trial_stop() or a sample later than record_until.  Returns 0, or
 * -1 when fs is not a usable rate.
 */
int	live_trial_start(struct live *, double fs);
void	live_trial_stop(struct live *);

/* Sample number i, or NULL when it has not come or left the ring. */
const struct live_sample *live_sample_at(const struct live *, size_t i);
/* The oldest sample number still in the ring. */
size_t	live_oldest(const struct live *);
/*
 * A reader that has read the samples before *seen: *seen moved to the
 * first sample it can still read (0 when live started again, the oldest
 * in the ring when it fell behind); the new samples are *seen .. l->n.
 */
void	live_catch_up(const struct live *, size_t *seen);
/*
 * The right foot's share of the weight, %, for a mean ML COP with the
 * feet at live->foot_spacing_mm (§5.6, core/asymmetry.h); NAN when cop_ml
 * is NAN.  Not clamped: beyond 0 or 100 the COP lies outside the feet.
 */
double	live_foot_right_pct(const struct live *, double cop_ml_mm);

#endif
