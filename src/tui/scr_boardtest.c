/*
 * scr_boardtest.c: one balance-board test, app->steps[app->step]: quiet
 * stance with eyes open or closed, or single-leg stance timed by the
 * board.  Pages: the instructions, the live trial (the board and feet
 * from above with the centre of pressure, each foot's share, a countdown)
 * and the result.  A trial that cannot count (stepped off, no samples,
 * the board lost) is stopped at once and offered again with the reason.
 *
 * The tick reads every new sample from the live history (live.h), so a
 * trial starts and ends on the sample where the foot lifted or came down,
 * not on the batch that brought it.  Every number that decides something
 * is in scr_boardtest.h with its source.  boardtest_draw.c draws it.
 */
#include <config.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/asymmetry.h"
#include "tui/boardtest.h"

/* The message r gives while the board is away; cleared once it is back. */
#define BT_WAITING	"Waiting for the board to come back"

static const struct keybind boardtest_keys[] = {
	{ TK_ENTER, ' ', "start / next", "Start the test from its "
	    "instructions, or go on from its result.", 1 },
	{ 'r', 0, "try again", "Run the trial again after it stopped, or "
	    "repeat the whole test from its result.", 1 },
	{ 's', 0, "skip test", "Leave this test out; its results stay "
	    "unanswered.", 1 },
	{ TK_ESC, TK_BACKSPACE, "back", "Stop the trial and go back.", 1 },
};

static enum test_id
bt_current(const struct app *app)
{
	if (app->step < 0 || app->step >= app->nsteps)
		return TEST_COUNT;
	return app->steps[app->step];
}

/* The pages on which samples are being watched. */
static int
bt_watching(enum bt_page p)
{
	return p == BT_SETTLE || p == BT_ARMED || p == BT_RUN;
}

/* The share of the weight on the foot that should be up, %; NAN empty. */
static double
bt_other_pct(const struct app *app, double cop_ml)
{
	double	right = live_foot_right_pct(&app->live, cop_ml);

	return app->boardtest.side == SIDE_LEFT ? right : 100.0 - right;
}

static void
bt_hold_clear(struct bt_hold *h)
{
	h->since = NAN;
	h->n = 0;
	h->sum_ml = 0.0;
}

/* Stop whatever runs: the recording and the demo's timers. */
static void
bt_stop(struct app *app)
{
	struct scr_boardtest	*s = &app->boardtest;

	live_trial_stop(&app->live);
	s->demo_lift_at = INFINITY;
	s->demo_down_at = INFINITY;
	bt_hold_clear(&s->lift);
	bt_hold_clear(&s->ending);
}

static int
bt_has_answers(const struct app *app)
{
	const struct screening_answers	*a = &app->answers;

	switch (app->boardtest.test) {
	case TEST_BOARD_QUIET_EO:
		return !isnan(a->board_velocity_eo_mm_s);
	case TEST_BOARD_QUIET_EC:
		return !isnan(a->board_velocity_ec_mm_s);
	case TEST_BOARD_SLS:
		return !isnan(a->side[SIDE_LEFT].board_sls_time_s) ||
		    !isnan(a->side[SIDE_RIGHT].board_sls_time_s);
	default:
		return 0;
	}
}

/* Skipped: this test's fields are unanswered again. */
static void
bt_clear_answers(struct app *app)
{
	struct screening_answers	*a = &app->answers;

	if (!bt_has_answers(app))
		return;
	switch (app->boardtest.test) {
	case TEST_BOARD_QUIET_EO:
		a->board_velocity_eo_mm_s = NAN;
		a->board_area_eo_mm2 = NAN;
		a->board_weight_right_pct = NAN;
		break;
	case TEST_BOARD_QUIET_EC:
		a->board_velocity_ec_mm_s = NAN;
		a->board_area_ec_mm2 = NAN;
		break;
	case TEST_BOARD_SLS:
		for (int sd = 0; sd < SIDE_COUNT; sd++) {
			a->side[sd].board_sls_time_s = NAN;
			a->side[sd].board_sls_cop_medial_mm = NAN;
		}
		break;
	default:
		return;
	}
	app_touch(app);
}

/* A fresh state for the current step's test. */
static void
bt_reset(struct app *app)
{
	struct scr_boardtest	*s = &app->boardtest;

	memset(s, 0, sizeof *s);
	s->test = bt_current(app);
	s->page = BT_INSTR;
	s->side = SIDE_LEFT;
	s->right_foot_pct = NAN;
	s->seen = app->live.n;
	s->last_sample = app->now;
	bt_stop(app);
}

static void
boardtest_enter(struct app *app)
{
	bt_reset(app);
}

static void
boardtest_resume(struct app *app)
{
	bt_reset(app);
	if (bt_has_answers(app))
		app->boardtest.page = BT_RESULT;
}

static void
bt_fault(struct app *app, enum bt_end end, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
bt_fault(struct app *app, enum bt_end end, const char *fmt, ...)
{
	struct scr_boardtest	*s = &app->boardtest;
	va_list			 ap;

	va_start(ap, fmt);
	vsnprintf(s->reason, sizeof s->reason, fmt, ap);
	va_end(ap);
	bt_stop(app);
	s->end = end;
	s->page = BT_FAULT;
	app->dirty = 1;
}

/* Wait for the person to stand still on both feet, then run the trial. */
static void
bt_settle(struct app *app)
{
	struct scr_boardtest	*s = &app->boardtest;

	bt_stop(app);
	s->page = BT_SETTLE;
	s->still_n = 0;
	s->seen = app->live.n;
	s->last_sample = app->now;
	s->end = BT_END_NONE;
	s->reason[0] = '\0';
	app_wake(app, app->now + BOARD_NO_SIGNAL_S + BT_EPS_S);
	board_demo(app, SIM_PHASE_BOTH);
}

/* Single leg: wait for the foot to lift for the next trial. */
static void
bt_arm(struct app *app)
{
	struct scr_boardtest	*s = &app->boardtest;

	s->page = BT_ARMED;
	s->rearmed = 0;
	s->wrong_foot = 0;
	bt_hold_clear(&s->lift);
	bt_hold_clear(&s->ending);
	if (app->demo) {
		s->demo_lift_at = app->now + BT_DEMO_REST_S;
		app_wake(app, s->demo_lift_at);
	}
}

/*
 * One sample while waiting to stand still: on both feet (each foot's
 * share above BT_FOOT_UP_PCT) with the total within BT_STILL_FRAC of its
 * mean for BT_SETTLE_S.  Returns 1 when that is reached.
 */
static int
bt_still(struct app *app, const struct live_sample *h)
{
	struct scr_boardtest	*s = &app->boardtest;
	double			 right, mean;

	right = live_foot_right_pct(&app->live, h->cop_ml_mm);
	if (!(h->total_kg >= LIVE_EMPTY_KG && right >= BT_FOOT_UP_PCT &&
	    right <= 100.0 - BT_FOOT_UP_PCT)) {
		s->still_n = 0;
		return 0;
	}
	if (s->still_n > 0) {
		mean = s->still_sum / (double)s->still_n;
		if (fabs(h->total_kg - mean) > BT_STILL_FRAC * mean)
			s->still_n = 0;
	}
	if (s->still_n == 0) {
		s->still_t0 = h->t;
		s->still_sum = 0.0;
	}
	s->still_n++;
	s->still_sum += h->total_kg;
	return h->t - s->still_t0 >= BT_SETTLE_S - BT_EPS_S;
}

/* Standing still: note the weight, then start the trial (or arm it). */
static void
bt_settled(struct app *app, const struct live_sample *h)
{
	struct scr_boardtest	*s = &app->boardtest;
	double			 fs = app->live.fs;

	s->weight_kg = s->still_sum / (double)s->still_n;
	if (bt_sls(s)) {
		bt_arm(app);
		return;
	}
	if (!(fs >= BT_MIN_FS) || live_trial_start(&app->live, fs) == -1) {
		bt_fault(app, BT_END_SLOW, "The board sends %.0f samples a "
		    "second; the sway measures need at least %.0f (ISPGR, "
		    "evidence sheet 8.1).  This board cannot do this test.",
		    fs, BT_MIN_FS);
		return;
	}
	/*
	 * The stream takes the samples live_push() brings from the next
	 * batch on, until BT_QUIET_S after this sample.
	 */
	app->live.record_until = h->t + BT_QUIET_S;
	s->t_start = h->t;
	s->page = BT_RUN;
}

/* The quiet trial's 30 s are done: its figures into the answers. */
static void
bt_quiet_done(struct app *app)
{
	struct scr_boardtest		*s = &app->boardtest;
	struct screening_answers	*a = &app->answers;
	struct sway_stream_summary	 sum;
	struct board_weight_bearing	 wb;
	double				 expect;

	bt_stop(app);
	expect = BT_QUIET_S * app->live.trial.fs;
	if (sway_stream_summary(&app->live.trial, &sum) != CORE_OK ||
	    (double)sum.n < BT_MIN_COVER * expect) {
		bt_fault(app, BT_END_MISSING, "Only %zu of about %.0f samples "
		    "arrived during the trial: the board or its line dropped "
		    "some.", app->live.trial.n, expect);
		return;
	}
	/*
	 * These are the streaming "raw" pipeline values (sway_stream.h:
	 * the COP only centred, not resampled or filtered), the same as
	 * the batch descriptors of sway.h on that pipeline.
	 */
	s->summary = sum;
	s->have_summary = 1;
	s->end = BT_END_TIME;
	if (s->test == TEST_BOARD_QUIET_EO) {
		a->board_velocity_eo_mm_s = sum.mean_velocity;
		a->board_area_eo_mm2 = sum.ellipse_area;
		/*
		 * Each foot's share from the mean ML COP and the feet's
		 * centre lines (§5.6), not the right-hand cells' share,
		 * which is the board's right half and not the right foot.
		 */
		s->right_foot_pct = NAN;
		if (board_weight_bearing(sum.mean_ml, app->live.foot_spacing_mm,
		    &wb) == CORE_OK && !wb.outside_feet)
			s->right_foot_pct = wb.right_pct;
		a->board_weight_right_pct = s->right_foot_pct;
	} else {
		a->board_velocity_ec_mm_s = sum.mean_velocity;
		a->board_area_ec_mm2 = sum.ellipse_area;
	}
	app_touch(app);
	s->page = BT_RESULT;
}

static void
bt_quiet_sample(struct app *app, const struct live_sample *h)
{
	struct scr_boardtest	*s = &app->boardtest;
	int			 off;

	if (h->t > s->t_start + BT_QUIET_S) {
		bt_quiet_done(app);
		return;
	}
	off = !(h->total_kg >= BT_OFF_FRAC * s->weight_kg);
	if (!off) {
		s->ending.since = NAN;
		return;
	}
	if (isnan(s->ending.since))
		s->ending.since = h->t;
	if (h->t - s->ending.since >= BT_END_HOLD_S - BT_EPS_S)
		bt_fault(app, BT_END_OFF, "You stepped off or leaned on "
		    "something %.0f s into the trial (the board carried less "
		    "than %.0f %% of your weight).  The trial needs %.0f s of "
		    "standing still.", s->ending.since - s->t_start,
		    100.0 * BT_OFF_FRAC, BT_QUIET_S);
}

/* Both legs done: the best time and the pooled COP of each. */
static void
bt_sls_done(struct app *app)
{
	struct scr_boardtest	*s = &app->boardtest;
	struct side_answers	*sa;
	double			 best, medial;

	for (int sd = 0; sd < SIDE_COUNT; sd++) {
		sa = &app->answers.side[sd];
		best = NAN;
		for (int k = 0; k < s->ntimes[sd]; k++)
			if (isnan(best) || s->times[sd][k] > best)
				best = s->times[sd][k];
		sa->board_sls_time_s = best;
		/*
		 * The mean ML COP over every trial of this leg (design rule:
		 * more samples than the best trial alone), relative to the
		 * foot's centre line as analyze --stance gives it.
		 */
		sa->board_sls_cop_medial_mm = NAN;
		if (s->n_ml[sd] > 0 && single_leg_medial_offset(s->sum_ml[sd] /
		    (double)s->n_ml[sd], app->live.foot_spacing_mm,
		    sd == SIDE_RIGHT, &medial) == CORE_OK)
			sa->board_sls_cop_medial_mm = medial;
	}
	app_touch(app);
	s->page = BT_RESULT;
}

/* A single-leg trial ended at t_end (sample time) for this reason. */
static void
bt_sls_end(struct app *app, enum bt_end end, double t_end)
{
	struct scr_boardtest	*s = &app->boardtest;
	const int		 sd = s->side;
	double			 t = fmin(t_end - s->t_start, BT_SLS_CAP_S);

	s->end = end;
	s->t_last_trial = t;
	s->times[sd][s->ntimes[sd]++] = t;
	s->n_ml[sd] += s->acc_n;
	s->sum_ml[sd] += s->acc_ml;
	s->demo_down_at = INFINITY;
	if (end == BT_END_CAP)
		board_demo(app, SIM_PHASE_BOTH);
	/* A trial that reached the cap cannot be bettered (§4.1). */
	if (t < BT_SLS_CAP_S - BT_EPS_S && s->ntimes[sd] < BT_SLS_TRIALS) {
		bt_arm(app);
		return;
	}
	if (sd == SIDE_LEFT) {
		s->side = SIDE_RIGHT;
		bt_arm(app);
		return;
	}
	bt_sls_done(app);
}

static void
bt_armed_sample(struct app *app, const struct live_sample *h)
{
	struct scr_boardtest	*s = &app->boardtest;
	double			 other = bt_other_pct(app, h->cop_ml_mm);
	int			 on;

	on = h->total_kg >= BT_OFF_FRAC * s->weight_kg;
	/* After a trial the foot must be down again before the next. */
	if (!s->rearmed) {
		s->rearmed = on && other > BT_FOOT_UP_PCT;
		return;
	}
	s->wrong_foot = on && 100.0 - other < BT_FOOT_UP_PCT;
	if (!(on && other < BT_FOOT_UP_PCT)) {
		bt_hold_clear(&s->lift);
		return;
	}
	if (isnan(s->lift.since)) {
		s->lift.since = h->t;
		s->acc_n = 0;
		s->acc_ml = 0.0;
	}
	s->acc_n++;
	s->acc_ml += h->cop_ml_mm;
	if (h->t - s->lift.since < BT_LIFT_HOLD_S - BT_EPS_S)
		return;
	/* Timing starts when the foot left the floor (§4.1). */
	s->page = BT_RUN;
	s->t_start = s->lift.since;
	bt_hold_clear(&s->ending);
	if (app->demo) {
		s->demo_down_at = app->now + BT_DEMO_HOLD_MIN_S +
		    (double)((s->demo_count++ * 7u) % BT_DEMO_HOLD_SPAN);
		app_wake(app, s->demo_down_at);
	}
}

static void
bt_sls_sample(struct app *app, const struct live_sample *h)
{
	struct scr_boardtest	*s = &app->boardtest;
	int			 off, down;

	if (isnan(s->ending.since) &&
	    h->t - s->t_start >= BT_SLS_CAP_S - BT_EPS_S) {
		bt_sls_end(app, BT_END_CAP, s->t_start + BT_SLS_CAP_S);
		return;
	}
	off = !(h->total_kg >= BT_OFF_FRAC * s->weight_kg);
	down = bt_other_pct(app, h->cop_ml_mm) > BT_FOOT_UP_PCT;
	if (off || down) {
		if (isnan(s->ending.since)) {
			s->ending.since = h->t;
			s->ending.n = s->acc_n;
			s->ending.sum_ml = s->acc_ml;
		}
		if (h->t - s->ending.since >= BT_END_HOLD_S - BT_EPS_S) {
			/* The COP up to the first sample of the end. */
			s->acc_n = s->ending.n;
			s->acc_ml = s->ending.sum_ml;
			bt_sls_end(app, off ? BT_END_OFF : BT_END_TOUCH,
			    s->ending.since);
			return;
		}
	} else
		bt_hold_clear(&s->ending);
	if (!isnan(h->cop_ml_mm)) {
		s->acc_n++;
		s->acc_ml += h->cop_ml_mm;
	}
}

static void
bt_sample(struct app *app, const struct live_sample *h)
{
	struct scr_boardtest	*s = &app->boardtest;

	s->t_now = h->t;
	switch (s->page) {
	case BT_SETTLE:
		if (bt_still(app, h))
			bt_settled(app, h);
		break;
	case BT_ARMED:
		bt_armed_sample(app, h);
		break;
	case BT_RUN:
		if (bt_sls(s))
			bt_sls_sample(app, h);
		else
			bt_quiet_sample(app, h);
		break;
	default:
		break;
	}
}

/* The demo's person lifts and lowers a foot when the timers say. */
static void
bt_demo_timers(struct app *app)
{
	struct scr_boardtest	*s = &app->boardtest;

	if (app->now >= s->demo_lift_at) {
		s->demo_lift_at = INFINITY;
		if (s->page == BT_ARMED)
			board_demo(app, s->side == SIDE_LEFT ? SIM_PHASE_LEFT :
			    SIM_PHASE_RIGHT);
	}
	if (app->now >= s->demo_down_at) {
		s->demo_down_at = INFINITY;
		board_demo(app, SIM_PHASE_BOTH);
	}
	app_wake(app, s->demo_lift_at);
	app_wake(app, s->demo_down_at);
}

static void
boardtest_tick(struct app *app)
{
	struct scr_boardtest	*s = &app->boardtest;
	const struct live	*l = &app->live;
	const struct live_sample *h;
	size_t			 i;

	live_catch_up(l, &s->seen);
	if (s->seen < l->n)
		s->last_sample = app->now;
	/* "Waiting for the board" is stale once it sends again. */
	if (app->board.status == BOARD_CONNECTED &&
	    strncmp(app->message, BT_WAITING, sizeof BT_WAITING - 1) == 0)
		app->message[0] = '\0';
	for (i = s->seen; i < l->n && bt_watching(s->page); i++)
		if ((h = live_sample_at(l, i)) != NULL)
			bt_sample(app, h);
	s->seen = l->n;
	bt_demo_timers(app);
	if (!bt_watching(s->page))
		return;
	if (!board_status_alive(app->board.status)) {
		bt_fault(app, BT_END_LOST, "%s", app->board.message[0] ?
		    app->board.message :
		    board_status_words(app->board.status));
		return;
	}
	if (app->now - s->last_sample > BOARD_NO_SIGNAL_S) {
		bt_fault(app, BT_END_SIGNAL, "No samples came from the board "
		    "for %.0f s, so the trial was stopped.", BOARD_NO_SIGNAL_S);
		return;
	}
	app_wake(app, s->last_sample + BOARD_NO_SIGNAL_S + BT_EPS_S);
}

/* Enter on the instructions: start if the board is sending. */
static void
bt_begin(struct app *app)
{
	if (!app->board.present) {
		app_message(app, 1, "No balance board is connected; press s to "
		    "skip this test.");
		return;
	}
	if (!board_status_alive(app->board.status)) {
		app_message(app, 1, "The board is not sending (%s); wait for "
		    "it or press s to skip.",
		    board_status_words(app->board.status));
		return;
	}
	bt_settle(app);
}

/* r after a fault: again once the board is there. */
static void
bt_retry(struct app *app)
{
	if (app->boardtest.end == BT_END_LOST &&
	    !board_status_alive(app->board.status)) {
		app_message(app, 1, BT_WAITING " (%s).",
		    board_status_words(app->board.status));
		return;
	}
	bt_settle(app);
}

/* Leaving a trial half way: stop it; the demo's person stands on both. */
static void
bt_abandon(struct app *app)
{
	if (bt_watching(app->boardtest.page))
		board_demo(app, SIM_PHASE_BOTH);
	bt_stop(app);
}

static int
boardtest_key(struct app *app, int key)
{
	struct scr_boardtest	*s = &app->boardtest;

	switch (key) {
	case 's':
	case 'S':
		bt_abandon(app);
		bt_clear_answers(app);
		app_next_step(app);
		return 1;
	case 'r':
	case 'R':
		if (s->page == BT_FAULT)
			bt_retry(app);
		else if (s->page == BT_RESULT) {
			bt_reset(app);
			bt_begin(app);
		} else
			return 0;
		return 1;
	case TK_ENTER:
	case ' ':
		if (s->page == BT_INSTR)
			bt_begin(app);
		else if (s->page == BT_FAULT)
			bt_retry(app);
		else if (s->page == BT_RESULT)
			app_next_step(app);
		else
			return 0;
		return 1;
	case TK_ESC:
	case TK_BACKSPACE:
		bt_abandon(app);	/* then the global key goes back */
		return 0;
	}
	return 0;
}

const struct screen_ops screen_boardtest = {
	.title = "Balance board test",
	.keys = boardtest_keys,
	.nkeys = sizeof boardtest_keys / sizeof boardtest_keys[0],
	.help = "A balance-board test: first what to do, then the trial with "
	    "the board seen from above (the dots are where your pressure "
	    "centre has been in the last seconds), each foot's share of your "
	    "weight and the time, then the result.  The board notices by "
	    "itself when a trial starts and ends.  A trial that stopped for "
	    "a reason (you stepped off, the board was lost) can be run again "
	    "with r; s leaves the test out.",
	.enter = boardtest_enter,
	.resume = boardtest_resume,
	.key = boardtest_key,
	.tick = boardtest_tick,
	.draw = bt_draw,
};
