/*
 * scr_boardtest.h: the state of one balance-board test (quiet stance with
 * eyes open or closed, single-leg stance) with its live plot: the
 * instructions, the trial as the samples come, and the result.
 */
#ifndef FOOTSCREEN_TUI_SCR_BOARDTEST_H
#define FOOTSCREEN_TUI_SCR_BOARDTEST_H

#include <stddef.h>

#include "core/screening.h"
#include "core/sway_stream.h"
#include "tui/catalog.h"

/*
 * Quiet stance.  A trial lasts 30 s: ISPGR asks for at least 25 s at
 * 50 Hz or more, and the evidence sheet's kiosk protocol uses 30 s trials
 * (§8.1).  It starts once the person has stood still on both feet for
 * 3 s, the settling time that protocol drops from each trial's start
 * ("discard the first 2-5 s", §8.1).  One trial per condition: a design
 * rule for a short screening (§8.1 notes that 3-5 repetitions are more
 * reliable).
 */
#define BT_QUIET_S	30.0
#define BT_MIN_FS	50.0
#define BT_SETTLE_S	3.0
/* Still means the total load stays within 5 % of its mean (design rule). */
#define BT_STILL_FRAC	0.05
/*
 * Off the board, or leaning on something: the board carries less than
 * 80 % of the standing weight (the sample rejection rule of §8.2).
 */
#define BT_OFF_FRAC	0.8
/*
 * A quiet trial must hold at least 90 % of the samples its length and the
 * sample rate promise, else samples were lost on the way (design rule).
 */
#define BT_MIN_COVER	0.9

/*
 * Single-leg stance (§4.1, Springer et al. 2007): at most 45 s a trial,
 * 3 trials a leg, the best kept.  Timed by the board (§4.4: the other
 * foot touching down shows in the load): a foot is up while its share of
 * the weight (estimated from the COP, §5.6) is below 10 %; the trial
 * starts when that has held 0.3 s, counted from the moment it began, and
 * ends when the foot's share is back above 10 % or the person steps off,
 * held 0.1 s so that one swaying sample does not end it, counted from the
 * first sample.  10 %, 0.3 s and 0.1 s are design rules.
 */
#define BT_SLS_CAP_S	45.0
#define BT_SLS_TRIALS	3
#define BT_FOOT_UP_PCT	10.0
#define BT_LIFT_HOLD_S	0.3
#define BT_END_HOLD_S	0.1

/*
 * The demo's person rests this long before lifting a foot, and holds the
 * stance 6 to 15 s (a counter picks the time), so that the demo shows the
 * automatic start and end.  Design rules.
 */
#define BT_DEMO_REST_S		2.0
#define BT_DEMO_HOLD_MIN_S	6.0
#define BT_DEMO_HOLD_SPAN	10

enum bt_page {
	BT_INSTR,	/* what to do; Enter starts */
	BT_SETTLE,	/* waiting for the person to stand still */
	BT_ARMED,	/* single leg: waiting for the foot to lift */
	BT_RUN,		/* the trial runs */
	BT_FAULT,	/* the trial stopped: why; r tries again */
	BT_RESULT	/* the figures; Enter goes on */
};

/* Why a trial ended. */
enum bt_end {
	BT_END_NONE,
	BT_END_TIME,		/* quiet stance: its 30 s are done */
	BT_END_TOUCH,		/* single leg: the other foot touched down */
	BT_END_OFF,		/* stepped off or leaned on something */
	BT_END_CAP,		/* single leg: 45 s reached */
	BT_END_SIGNAL,		/* no samples for BOARD_NO_SIGNAL_S */
	BT_END_LOST,		/* the board went away */
	BT_END_SLOW,		/* the board samples too slowly (§8.1) */
	BT_END_MISSING		/* samples were lost during the trial */
};

/* A condition that must hold for a while (lift-off, touch-down). */
struct bt_hold {
	double	since;		/* first sample it held; NAN when not */
	size_t	n;		/* the trial's COP sums at that sample */
	double	sum_ml;
};

struct scr_boardtest {
	enum test_id		test;
	enum bt_page		page;
	enum bt_end		end;		/* why the last trial ended */
	char			reason[256];	/* a fault in words */
	size_t			seen;		/* next live sample to read */
	double			last_sample;	/* app->now it came */

	/* standing still on both feet */
	double			still_t0;	/* sample time the run began */
	size_t			still_n;
	double			still_sum;
	double			weight_kg;	/* the standing weight */

	/* the trial */
	double			t_start;	/* sample time */
	double			t_now;		/* the newest sample's time */
	double			t_last_trial;	/* the last one's length */

	/* single leg */
	int			side;		/* enum side standing on */
	int			rearmed;	/* the foot was down since */
	int			wrong_foot;	/* the other foot is up */
	struct bt_hold		lift, ending;
	size_t			acc_n;		/* this trial's ML COP */
	double			acc_ml;
	int			ntimes[SIDE_COUNT];
	double			times[SIDE_COUNT][BT_SLS_TRIALS];
	size_t			n_ml[SIDE_COUNT];	/* pooled over trials */
	double			sum_ml[SIDE_COUNT];

	/* quiet stance: the result shown */
	struct sway_stream_summary summary;
	int			have_summary;
	double			right_foot_pct;	/* NAN: outside the feet */

	/* the demo's person */
	unsigned		demo_count;
	double			demo_lift_at;	/* app->now; INFINITY none */
	double			demo_down_at;
};

#endif
