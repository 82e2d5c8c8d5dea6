/*
 * test_tui_board.c: the balance-board screens with no terminal: the live
 * state (src/tui/live.c) fed by the simulated person of
 * src/board/sim_model.h, the quiet-stance and single-leg trials of
 * scr_boardtest.c driven sample by sample against figures worked out here
 * from the same samples, the faults (stepped off, no signal, board lost
 * and back), the demo actor's calls, the calibration wizard with made-up
 * raw samples, and every page drawn at 80 x 24 in UTF-8 and in ASCII.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board/sim_model.h"
#include "core/asymmetry.h"
#include "testutil.h"
#include "tui_fixture.h"
#include "tui/app.h"

#define RATE		100.0
#define NOW0		1000.0
#define REC_MAX		40000

static struct sim_model		M;
static const struct board_geometry WII = {
	BOARD_WII_WIDTH_MM, BOARD_WII_LENGTH_MM
};

/* Every sample fed, for the figures worked out here. */
static size_t	NS;		/* samples fed so far */
static double	*RT;		/* their times */
static double	(*RL)[CELL_COUNT];	/* their loads */

/* The fake demo actor and calibration store. */
static enum sim_phase	calls[64];
static int		ncalls;
static struct board_calibration saved;
static int		nsaved;

static void
fake_phase(void *ctx, enum sim_phase p)
{
	if (ncalls < (int)(sizeof calls / sizeof calls[0]))
		calls[ncalls] = p;
	ncalls++;
	if (ctx != NULL)
		sim_set_phase(ctx, p);
}

static int
fake_set_cal(void *ctx, const struct board_calibration *c, char *err,
    size_t len)
{
	(void)ctx;
	(void)err;
	(void)len;
	saved = *c;
	nsaved++;
	return 0;
}

/* The board as the loop would report it. */
static void
board_up(enum board_status st, enum board_cal_source src, const char *msg)
{
	struct app_board	b = A->board;

	b.present = 1;
	b.status = st;
	b.geometry = WII;
	b.cal_source = src;
	b.calibrated = src != BOARD_CAL_CONFIG;
	snprintf(b.message, sizeof b.message, "%s", msg);
	snprintf(b.identity, sizeof b.identity, "test-board");
	snprintf(b.protocol, sizeof b.protocol, "native");
	snprintf(b.describe, sizeof b.describe, "a board in a test");
	app_board_status(A, &b);
}

/* A fresh model in this phase, already settled in it. */
static void
model(enum sim_profile prof, enum sim_phase ph)
{
	struct sim_params	sp;
	double			load[CELL_COUNT];

	sim_params_init(&sp);
	sp.profile = prof;
	sp.seed = 11;
	sp.rate_hz = RATE;
	ck_assert_int_eq(sim_init(&M, &sp), CORE_OK);
	sim_set_phase(&M, ph);
	for (int i = 0; i < 300; i++)
		sim_next(&M, load);
}

static void
setup(void)
{
	tf_setup_at(NOW0);
	RT = calloc(REC_MAX, sizeof *RT);
	RL = calloc(REC_MAX, sizeof *RL);
	ck_assert(RT != NULL && RL != NULL);
	NS = 0;
	ncalls = 0;
	nsaved = 0;
	board_up(BOARD_CONNECTED, BOARD_CAL_DEVICE, "");
	model(SIM_NEUTRAL, SIM_PHASE_BOTH);
}

static void
teardown(void)
{
	tf_teardown();
	free(RT);
	free(RL);
}

/* One reading at the next sample time, as a board in kg sends it. */
static void
feed_loads(const double load[CELL_COUNT], const double raw[CELL_COUNT])
{
	struct board_reading	rd;

	memset(&rd, 0, sizeof rd);
	rd.t_host = rd.t_device = (double)NS / RATE;
	rd.has_device_time = 1;
	memcpy(rd.load, load, sizeof rd.load);
	memcpy(rd.raw, raw, sizeof rd.raw);
	ck_assert(NS < REC_MAX);
	RT[NS] = rd.t_device;
	memcpy(RL[NS], load, sizeof RL[NS]);
	NS++;
	A->now = NOW0 + rd.t_host;
	app_board_samples(A, &rd, 1);
	app_tick(A);
}

/* s seconds of the model. */
static void
feed(double s)
{
	double	load[CELL_COUNT];
	long	n = lround(s * RATE);

	for (long i = 0; i < n; i++) {
		sim_next(&M, load);
		feed_loads(load, load);
	}
}

/* Feed until the board test's page is p; at most s seconds. */
static void
feed_until(enum bt_page p, double s)
{
	double	load[CELL_COUNT];
	long	n = lround(s * RATE);

	for (long i = 0; i < n && A->boardtest.page != p; i++) {
		sim_next(&M, load);
		feed_loads(load, load);
	}
	ck_assert_int_eq(A->boardtest.page, p);
}

/* Time passes with no sample; the board's clock goes on too. */
static void
wait_s(double s)
{
	long	n = lround(s * RATE);

	ck_assert(NS + (size_t)n < REC_MAX);
	memset(RL + NS, 0, (size_t)n * sizeof RL[0]);
	for (long i = 0; i < n; i++)
		RT[NS + (size_t)i] = (double)(NS + (size_t)i) / RATE;
	NS += (size_t)n;
	A->now += s;
	app_tick(A);
}

static void
key(int k)
{
	app_key(A, k);
}

static void
keys(const char *s)
{
	while (*s != '\0')
		app_key(A, (unsigned char)*s++);
}

/* Draw at 100 x 30, UTF-8, for reading the words. */
static void
draw(void)
{
	tf_size(100, 30, 1);
	tf_draw();
}

static int
has(const char *s)
{
	return grid_contains(&G, s);
}

/* Whether some cell holds a braille pattern with dots. */
static int
has_braille(void)
{
	for (int y = 0; y < G.h; y++)
		for (int x = 0; x < G.w; x++)
			if (grid_at(&G, x, y)->ch > 0x2800 &&
			    grid_at(&G, x, y)->ch <= 0x28ff)
				return 1;
	return 0;
}

/*
 * The page drawn at the smallest size, 80 x 24, in UTF-8 and in ASCII:
 * ASCII has no byte >= 0x80, and needle shows in both.  Returns whether
 * the UTF-8 drawing had braille.
 */
static int
draw_small(const char *needle)
{
	char	buf[1024];
	int	braille;

	A->cols = 80;
	A->lines = 24;
	ck_assert_int_eq(grid_resize(&G, 80, 24), 0);
	G.utf8 = A->utf8 = 1;
	app_draw(A, &G);
	braille = has_braille();
	/* TU_DUMP=1 in the environment shows every page in the log. */
	if ((needle != NULL && !has(needle)) || getenv("TU_DUMP") != NULL)
		tf_dump();
	if (needle != NULL)
		ck_assert_msg(has(needle), "80x24 UTF-8 lacks '%s'", needle);
	G.utf8 = A->utf8 = 0;
	app_draw(A, &G);
	if (getenv("TU_DUMP") != NULL)
		tf_dump();
	for (int y = 0; y < G.h; y++) {
		grid_row(&G, y, buf, sizeof buf);
		for (const char *p = buf; *p != '\0'; p++)
			ck_assert_msg((unsigned char)*p < 0x80, "ASCII row %d "
			    "has byte 0x%02x: %s", y, (unsigned char)*p, buf);
	}
	if (needle != NULL)
		ck_assert_msg(has(needle), "80x24 ASCII lacks '%s'", needle);
	G.utf8 = A->utf8 = 1;
	draw();
	return braille;
}

/* The board test screen on this test. */
static void
start_test(enum test_id t)
{
	A->nsteps = 1;
	A->steps[0] = t;
	A->step = 0;
	app_goto(A, SCR_BOARDTEST);
	ck_assert_int_eq(A->screen, SCR_BOARDTEST);
	ck_assert_int_eq(A->boardtest.test, t);
	ck_assert_int_eq(A->boardtest.page, BT_INSTR);
}

/* The right foot's share of sample i, as §5.6 estimates it. */
static double
share_right(size_t i)
{
	struct cop_sample	c;

	if (cop_from_cells(&WII, RL[i], &c) != CORE_OK || c.total < 5.0)
		return NAN;
	return 50.0 + 100.0 * c.ml_mm / LIVE_FOOT_SPACING_MM;
}

static double
ml_of(size_t i)
{
	struct cop_sample	c;

	ck_assert_int_eq(cop_from_cells(&WII, RL[i], &c), CORE_OK);
	return c.ml_mm;
}

/* ---- live.c ------------------------------------------------------ */

START_TEST(live_cop_and_shares)
{
	struct live	*l = &A->live;
	struct cop_sample c;

	ck_assert(l->geometry.width_mm == BOARD_WII_WIDTH_MM);
	model(SIM_ASYMMETRIC_RIGHT, SIM_PHASE_BOTH);
	feed(2.0);
	ck_assert_uint_eq(l->n, 200);
	/* The COP of the newest loads, and the model's truth within noise. */
	ck_assert_int_eq(cop_from_cells(&WII, RL[NS - 1], &c), CORE_OK);
	ck_assert(tu_close(l->cop_ml_mm, c.ml_mm, 1e-12, 1e-9));
	ck_assert(tu_close(l->cop_ap_mm, c.ap_mm, 1e-12, 1e-9));
	ck_assert(fabs(l->cop_ml_mm - M.cop_ml_mm) < 0.5);
	ck_assert(tu_close(l->total_kg, 70.0, 0.002, 0));
	ck_assert(tu_close(l->right_pct, 100.0 * (RL[NS - 1][CELL_TR] +
	    RL[NS - 1][CELL_BR]) / l->total_kg, 1e-12, 1e-9));
	/* 58 % on the right foot: the estimate finds it, the board's right
	 * half carries less (§5.6: not the same thing). */
	ck_assert(tu_close(l->foot_right_pct, 50.0 + 100.0 * c.ml_mm / 200.0,
	    1e-12, 1e-9));
	ck_assert(l->foot_right_pct > 53.0 && l->foot_right_pct < 63.0);
	ck_assert(l->right_pct > 50.0 && l->right_pct < l->foot_right_pct);
	ck_assert(tu_close(l->fs, RATE, 0.01, 0));
	ck_assert_uint_eq(l->trail_n, 200);
	ck_assert(tu_close(l->trail_ml[(l->trail_head + LIVE_TRAIL - 1) %
	    LIVE_TRAIL], c.ml_mm, 1e-12, 1e-9));
	/* The history holds each sample's time, COP and raw channels. */
	ck_assert(live_sample_at(l, 200) == NULL);
	ck_assert(tu_close(live_sample_at(l, 150)->t, 1.5, 1e-12, 1e-9));
	ck_assert(tu_close(live_sample_at(l, 199)->raw[CELL_BL],
	    RL[199][CELL_BL], 1e-12, 0));
}
END_TEST

START_TEST(live_empty_and_recording)
{
	struct live	*l = &A->live;
	struct sway_stream ref;
	struct sway_stream_summary a, b;

	feed(1.0);
	ck_assert_int_eq(live_trial_start(l, RATE), 0);
	ck_assert_int_eq(sway_stream_init(&ref, RATE), CORE_OK);
	for (int i = 0; i < 100; i++) {
		feed(0.01);
		ck_assert_int_eq(sway_stream_push_cells(&ref, &WII,
		    RL[NS - 1]), CORE_OK);
	}
	ck_assert_int_eq(sway_stream_summary(&l->trial, &a), CORE_OK);
	ck_assert_int_eq(sway_stream_summary(&ref, &b), CORE_OK);
	ck_assert_uint_eq(a.n, 100);
	ck_assert(tu_close(a.mean_velocity, b.mean_velocity, 1e-12, 1e-12));
	/* Stepping off: below LIVE_EMPTY_KG no COP and nothing recorded. */
	sim_set_phase(&M, SIM_PHASE_EMPTY);
	feed(3.0);
	ck_assert(l->total_kg < LIVE_EMPTY_KG);
	ck_assert(isnan(l->cop_ml_mm) && isnan(l->right_pct) &&
	    isnan(l->foot_right_pct));
	ck_assert(isnan(live_sample_at(l, l->n - 1)->cop_ml_mm));
	ck_assert_uint_lt(l->trial.n, 160);
	/* A recording stops at its end time, on the sample past it. */
	sim_set_phase(&M, SIM_PHASE_BOTH);
	feed(1.0);
	ck_assert_int_eq(live_trial_start(l, RATE), 0);
	l->record_until = RT[NS - 1] + 0.5;
	feed(1.0);
	ck_assert_int_eq(l->recording, 0);
	ck_assert_uint_eq(l->trial.n, 50);
}
END_TEST

START_TEST(live_geometry_and_host_clock)
{
	struct live		l;
	struct board_reading	rd[5];
	double			load[CELL_COUNT];
	int			k, i;

	/* Unknown geometry: loads, but no COP. */
	live_init(&l, NULL);
	memset(rd, 0, sizeof rd);
	sim_next(&M, load);
	memcpy(rd[0].load, load, sizeof load);
	live_push(&l, rd, 1);
	ck_assert(l.total_kg > 60.0 && isnan(l.cop_ml_mm));
	live_set_geometry(&l, &WII);
	live_push(&l, rd, 1);
	ck_assert(!isnan(l.cop_ml_mm));
	/* A generic board: five samples share each read's arrival time. */
	live_init(&l, &WII);
	for (k = 0; k < 60; k++) {
		for (i = 0; i < 5; i++) {
			memset(&rd[i], 0, sizeof rd[i]);
			sim_next(&M, rd[i].load);
			rd[i].t_host = 0.05 * (k + 1);
		}
		live_push(&l, rd, 5);
	}
	ck_assert(tu_close(l.fs, 100.0, 0.06, 0));
}
END_TEST

/* ---- quiet stance ------------------------------------------------ */

START_TEST(quiet_trial_eo)
{
	struct scr_boardtest	*s = &A->boardtest;
	struct sway_stream	 ref;
	struct sway_stream_summary want;
	struct board_weight_bearing wb;
	size_t			 i;

	model(SIM_ASYMMETRIC_RIGHT, SIM_PHASE_BOTH);
	start_test(TEST_BOARD_QUIET_EO);
	draw_small("Press Enter to start");
	key(TK_ENTER);
	ck_assert_int_eq(s->page, BT_SETTLE);
	draw_small("stand still");
	feed_until(BT_RUN, 3.2);
	/* Settled after 3 s of standing still, weighing 70 kg. */
	ck_assert(tu_close(s->weight_kg, 70.0, 0.002, 0));
	ck_assert(s->t_start >= BT_SETTLE_S - 1e-6 && s->t_start < 3.1);
	feed(10.0);
	ck_assert(draw_small("s left"));
	ck_assert(has("20 s left"));
	feed_until(BT_RESULT, 21.0);
	/* The same samples through a stream of our own. */
	ck_assert_int_eq(sway_stream_init(&ref, A->live.trial.fs), CORE_OK);
	for (i = 0; i < NS; i++)
		if (RT[i] > s->t_start && RT[i] <= s->t_start + BT_QUIET_S)
			sway_stream_push_cells(&ref, &WII, RL[i]);
	ck_assert_int_eq(sway_stream_summary(&ref, &want), CORE_OK);
	ck_assert(tu_close(A->live.trial.fs, RATE, 0.01, 0));
	ck_assert(tu_close(A->answers.board_velocity_eo_mm_s,
	    want.mean_velocity, 0.005, 0));
	ck_assert(tu_close(A->answers.board_area_eo_mm2, want.ellipse_area,
	    0.005, 0));
	ck_assert_int_eq(board_weight_bearing(want.mean_ml, 200.0, &wb),
	    CORE_OK);
	ck_assert(tu_close(A->answers.board_weight_right_pct, wb.right_pct,
	    0, 0.05));
	/* The model's person: 58 % right, sway speed of §8.4's range. */
	ck_assert(fabs(A->answers.board_weight_right_pct - 58.0) < 3.0);
	ck_assert(A->answers.board_velocity_eo_mm_s > 4.0 &&
	    A->answers.board_velocity_eo_mm_s < 20.0);
	ck_assert(isnan(A->answers.board_velocity_ec_mm_s));
	ck_assert_int_eq(A->touched, 1);
	draw_small("Sway speed");
	ck_assert(has("Weight on each foot (estimated): left 42 %, right 58 %")
	    || has("right 57 %") || has("right 59 %"));
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_RESULTS);
}
END_TEST

START_TEST(quiet_trial_ec_and_skip)
{
	start_test(TEST_BOARD_QUIET_EC);
	draw_small("count slowly");
	key(TK_ENTER);
	feed_until(BT_RESULT, 35.0);
	ck_assert(!isnan(A->answers.board_velocity_ec_mm_s));
	ck_assert(!isnan(A->answers.board_area_ec_mm2));
	ck_assert(isnan(A->answers.board_weight_right_pct));
	/* Back on the test from the next screen: the result again. */
	key(TK_ENTER);
	ck_assert_int_ne(A->screen, SCR_BOARDTEST);
	app_back(A);
	ck_assert_int_eq(A->screen, SCR_BOARDTEST);
	ck_assert_int_eq(A->boardtest.page, BT_RESULT);
	/* s leaves it out: unanswered again. */
	key('s');
	ck_assert_int_ne(A->screen, SCR_BOARDTEST);
	ck_assert(isnan(A->answers.board_velocity_ec_mm_s));
	ck_assert(isnan(A->answers.board_area_ec_mm2));
}
END_TEST

START_TEST(quiet_stepped_off)
{
	struct scr_boardtest	*s = &A->boardtest;

	start_test(TEST_BOARD_QUIET_EO);
	key(TK_ENTER);
	feed_until(BT_RUN, 3.2);
	feed(5.0);
	sim_set_phase(&M, SIM_PHASE_EMPTY);
	feed_until(BT_FAULT, 1.0);
	ck_assert_int_eq(s->end, BT_END_OFF);
	ck_assert_int_eq(A->live.recording, 0);
	ck_assert(isnan(A->answers.board_velocity_eo_mm_s));
	draw_small("stepped off");
	ck_assert(has("Press r to try again"));
	key('r');
	ck_assert_int_eq(s->page, BT_SETTLE);
	sim_set_phase(&M, SIM_PHASE_BOTH);
	feed_until(BT_RUN, 4.0);
}
END_TEST

START_TEST(quiet_no_signal)
{
	struct scr_boardtest	*s = &A->boardtest;

	start_test(TEST_BOARD_QUIET_EO);
	key(TK_ENTER);
	feed_until(BT_RUN, 3.2);
	feed(2.0);
	wait_s(0.9);
	ck_assert_int_eq(s->page, BT_RUN);
	wait_s(0.2);
	ck_assert_int_eq(s->page, BT_FAULT);
	ck_assert_int_eq(s->end, BT_END_SIGNAL);
	ck_assert_int_eq(A->live.recording, 0);
	draw_small("No samples came");
	ck_assert(has("Press r to try again"));
	key('r');
	ck_assert_int_eq(s->page, BT_SETTLE);
}
END_TEST

START_TEST(quiet_board_lost)
{
	struct scr_boardtest	*s = &A->boardtest;

	start_test(TEST_BOARD_QUIET_EO);
	key(TK_ENTER);
	feed_until(BT_RUN, 3.2);
	feed(2.0);
	board_up(BOARD_RETRYING, BOARD_CAL_DEVICE, "The board went away; "
	    "trying to reopen it.");
	/* Shown at once, prominently. */
	draw();
	ck_assert(has("Board: lost, retrying"));
	ck_assert(has("The board went away"));
	/* The next tick stops the trial. */
	wait_s(1.01);
	ck_assert_int_eq(s->page, BT_FAULT);
	ck_assert_int_eq(s->end, BT_END_LOST);
	ck_assert_int_eq(A->live.recording, 0);
	draw_small("the board was lost");
	ck_assert(has("The board went away"));
	ck_assert(has("Waiting for the board"));
	key('r');
	ck_assert_int_eq(s->page, BT_FAULT);
	/* Back: the trial is offered again. */
	board_up(BOARD_CONNECTED, BOARD_CAL_DEVICE, "");
	draw();
	ck_assert(has("The board is back: press r"));
	key('r');
	ck_assert_int_eq(s->page, BT_SETTLE);
	feed_until(BT_RUN, 4.0);
}
END_TEST

START_TEST(quiet_slow_board)
{
	struct scr_boardtest	*s = &A->boardtest;
	double			 load[CELL_COUNT];

	start_test(TEST_BOARD_QUIET_EO);
	key(TK_ENTER);
	/* 25 samples a second: every fourth of the model's. */
	for (int i = 0; i < 1600 && s->page == BT_SETTLE; i++) {
		sim_next(&M, load);
		if (i % 4 == 0)
			feed_loads(load, load);
		else
			RL[NS++][0] = 0.0;
	}
	ck_assert_int_eq(s->page, BT_FAULT);
	ck_assert_int_eq(s->end, BT_END_SLOW);
	draw_small("at least 50");
}
END_TEST

/* ---- single-leg stance ------------------------------------------- */

/*
 * Worked out from the samples here: the first sample from i of a run of
 * hold seconds with the lifted foot's share (standing on side sd) below
 * 10 %, or above it.
 */
static size_t
run_from(size_t i, int sd, int above, double hold)
{
	size_t	j, k;
	double	sh;

	for (j = i; j < NS; j++) {
		for (k = j; k < NS; k++) {
			sh = share_right(k);
			if (sd == SIDE_RIGHT)
				sh = 100.0 - sh;
			if (above ? !(sh > 10.0) : !(sh < 10.0))
				break;
			if (RT[k] - RT[j] >= hold - 1e-6)
				return j;
		}
	}
	return NS;
}

START_TEST(sls_timed_by_the_board)
{
	struct scr_boardtest	*s = &A->boardtest;
	size_t			 i_lift, i0, i1, i;
	double			 sum = 0, medial;
	int			 sd;

	model(SIM_SUPINATED_RIGHT, SIM_PHASE_BOTH);
	start_test(TEST_BOARD_SLS);
	draw_small("Timing is automatic");
	key(TK_ENTER);
	feed_until(BT_ARMED, 3.2);
	feed(1.0);
	ck_assert_int_eq(s->page, BT_ARMED);
	ck_assert(draw_small("Stand on your left leg"));
	/* The weight moves onto the left foot: the trial starts. */
	i_lift = NS;
	sim_set_phase(&M, SIM_PHASE_LEFT);
	feed_until(BT_RUN, 1.5);
	i0 = run_from(i_lift, SIDE_LEFT, 0, BT_LIFT_HOLD_S);
	ck_assert_uint_lt(i0, NS);
	ck_assert(tu_close(s->t_start, RT[i0], 0, 1e-9));
	feed(5.0);
	ck_assert(draw_small("On the left leg"));
	/* The right foot comes down: it ends, timed within a sample. */
	i = NS;
	sim_set_phase(&M, SIM_PHASE_BOTH);
	feed(1.0);
	ck_assert_int_eq(s->ntimes[SIDE_LEFT], 1);
	ck_assert_int_eq(s->end, BT_END_TOUCH);
	i1 = run_from(i, SIDE_LEFT, 1, BT_END_HOLD_S);
	ck_assert(fabs(s->times[SIDE_LEFT][0] - (RT[i1] - RT[i0])) <=
	    1.0 / RATE + 1e-9);
	ck_assert_int_eq(s->page, BT_ARMED);
	draw_small("touched down");
	for (i = i0; i < i1; i++)
		sum += ml_of(i);
	/* Two more tries on the left, three on the right. */
	for (int k = 0; k < 5; k++) {
		feed(1.0);
		sim_set_phase(&M, k < 2 ? SIM_PHASE_LEFT : SIM_PHASE_RIGHT);
		i = NS;
		feed_until(BT_RUN, 1.5);
		sd = k < 2 ? SIDE_LEFT : SIDE_RIGHT;
		i0 = run_from(i, sd, 0, BT_LIFT_HOLD_S);
		feed(2.0 + k);
		sim_set_phase(&M, SIM_PHASE_BOTH);
		i = NS;
		feed(0.8);
		i1 = run_from(i, sd, 1, BT_END_HOLD_S);
		ck_assert(fabs(s->times[sd][k < 2 ? k + 1 : k - 2] -
		    (RT[i1] - RT[i0])) <= 1.0 / RATE + 1e-9);
		if (k < 2)
			for (i = i0; i < i1; i++)
				sum += ml_of(i);
	}
	ck_assert_int_eq(s->page, BT_RESULT);
	ck_assert_int_eq(s->ntimes[SIDE_LEFT], 3);
	ck_assert_int_eq(s->ntimes[SIDE_RIGHT], 3);
	/* Best of three per leg. */
	ck_assert(tu_close(A->answers.side[SIDE_LEFT].board_sls_time_s,
	    fmax(s->times[SIDE_LEFT][0], fmax(s->times[SIDE_LEFT][1],
	    s->times[SIDE_LEFT][2])), 0, 1e-12));
	ck_assert(A->answers.side[SIDE_LEFT].board_sls_time_s > 5.0);
	/* The longest right try was held 6 s after the 0.3 s of lifting. */
	ck_assert(A->answers.side[SIDE_RIGHT].board_sls_time_s > 6.2 &&
	    A->answers.side[SIDE_RIGHT].board_sls_time_s < 6.6);
	/* The left foot's COP pooled over its trials, as analyze --stance. */
	ck_assert_uint_gt(s->n_ml[SIDE_LEFT], 0);
	ck_assert_int_eq(single_leg_medial_offset(sum /
	    (double)s->n_ml[SIDE_LEFT], 200.0, 0, &medial), CORE_OK);
	ck_assert(tu_close(A->answers.side[SIDE_LEFT].board_sls_cop_medial_mm,
	    medial, 0, 1e-6));
	/* supinated-right: the right foot loads its outer edge, 8 mm. */
	ck_assert(fabs(A->answers.side[SIDE_LEFT].board_sls_cop_medial_mm) <
	    3.0);
	ck_assert(fabs(A->answers.side[SIDE_RIGHT].board_sls_cop_medial_mm +
	    8.0) < 3.0);
	draw_small("Left leg: best");
	ck_assert(has("outer edge"));
}
END_TEST

/* Single-leg stance started: armed, then the left foot on its own. */
static void
sls_left_lifted(void)
{
	start_test(TEST_BOARD_SLS);
	key(TK_ENTER);
	feed_until(BT_ARMED, 3.2);
	feed(0.5);
	sim_set_phase(&M, SIM_PHASE_LEFT);
	feed_until(BT_RUN, 1.5);
}

START_TEST(sls_stepped_off_and_cap)
{
	struct scr_boardtest	*s = &A->boardtest;

	sls_left_lifted();
	feed(2.0);
	sim_set_phase(&M, SIM_PHASE_EMPTY);
	feed_until(BT_ARMED, 1.0);
	ck_assert_int_eq(s->end, BT_END_OFF);
	ck_assert(s->times[SIDE_LEFT][0] > 2.2 && s->times[SIDE_LEFT][0] < 2.5);
	draw_small("you stepped off");
	ck_assert(has("Put both feet down"));
	/* Back on both feet, then the whole 45 s on one leg. */
	sim_set_phase(&M, SIM_PHASE_BOTH);
	feed(2.0);
	sim_set_phase(&M, SIM_PHASE_LEFT);
	feed_until(BT_RUN, 1.5);
	feed(BT_SLS_CAP_S + 0.1);
	/* The cap cannot be bettered: on to the right leg. */
	ck_assert_int_eq(s->end, BT_END_CAP);
	ck_assert(tu_close(s->times[SIDE_LEFT][1], BT_SLS_CAP_S, 0, 1e-9));
	ck_assert_int_eq(s->side, SIDE_RIGHT);
	ck_assert_int_eq(s->page, BT_ARMED);
	/* Still on the left leg: that is the wrong one for this try. */
	feed(0.1);
	ck_assert_int_eq(s->wrong_foot, 1);
	ck_assert_int_eq(s->page, BT_ARMED);
	draw_small("That is the other foot");
	sim_set_phase(&M, SIM_PHASE_BOTH);
	feed(1.0);
	ck_assert_int_eq(s->wrong_foot, 0);
	sim_set_phase(&M, SIM_PHASE_RIGHT);
	feed_until(BT_RUN, 1.5);
}
END_TEST

START_TEST(sls_no_signal_keeps_tries)
{
	struct scr_boardtest	*s = &A->boardtest;

	sls_left_lifted();
	feed(1.0);
	sim_set_phase(&M, SIM_PHASE_BOTH);
	feed_until(BT_ARMED, 1.0);
	sim_set_phase(&M, SIM_PHASE_LEFT);
	feed_until(BT_RUN, 1.5);
	wait_s(1.2);
	ck_assert_int_eq(s->page, BT_FAULT);
	ck_assert_int_eq(s->end, BT_END_SIGNAL);
	ck_assert_int_eq(s->ntimes[SIDE_LEFT], 1);
	draw_small("tries already done are kept");
	key('r');
	ck_assert_int_eq(s->page, BT_SETTLE);
	sim_set_phase(&M, SIM_PHASE_BOTH);
	feed_until(BT_ARMED, 4.0);
	ck_assert_int_eq(s->ntimes[SIDE_LEFT], 1);
	/* s skips the test: nothing answered. */
	key('s');
	ck_assert_int_ne(A->screen, SCR_BOARDTEST);
	ck_assert(isnan(A->answers.side[SIDE_LEFT].board_sls_time_s));
}
END_TEST

START_TEST(sls_demo_actor)
{
	static const enum sim_phase want[] = {
		SIM_PHASE_BOTH,
		SIM_PHASE_LEFT, SIM_PHASE_BOTH, SIM_PHASE_LEFT, SIM_PHASE_BOTH,
		SIM_PHASE_LEFT, SIM_PHASE_BOTH,
		SIM_PHASE_RIGHT, SIM_PHASE_BOTH, SIM_PHASE_RIGHT,
		SIM_PHASE_BOTH, SIM_PHASE_RIGHT, SIM_PHASE_BOTH
	};
	struct scr_boardtest	*s = &A->boardtest;

	A->demo = 1;
	A->io.demo_phase = fake_phase;
	A->io.ctx = &M;
	model(SIM_NEUTRAL, SIM_PHASE_EMPTY);
	start_test(TEST_BOARD_SLS);
	key(TK_ENTER);
	ck_assert_int_eq(ncalls, 1);
	ck_assert_int_eq(calls[0], SIM_PHASE_BOTH);
	/* The simulated person does as told: all six tries by themselves. */
	feed_until(BT_RESULT, 150.0);
	ck_assert_int_eq(ncalls, (int)(sizeof want / sizeof want[0]));
	for (int i = 0; i < ncalls; i++)
		ck_assert_msg(calls[i] == want[i], "call %d: %d, want %d", i,
		    calls[i], want[i]);
	/* Held 6 to 15 s each, and not all the same. */
	for (int sd = 0; sd < SIDE_COUNT; sd++)
		for (int k = 0; k < BT_SLS_TRIALS; k++)
			ck_assert(s->times[sd][k] > 6.0 &&
			    s->times[sd][k] < 16.0);
	ck_assert(s->times[SIDE_LEFT][0] != s->times[SIDE_LEFT][1]);
	ck_assert(!isnan(A->answers.side[SIDE_RIGHT].board_sls_time_s));
}
END_TEST

START_TEST(quiet_demo_actor_only_in_demo)
{
	A->io.demo_phase = fake_phase;
	start_test(TEST_BOARD_QUIET_EO);
	key(TK_ENTER);
	ck_assert_int_eq(ncalls, 0);
	A->demo = 1;
	/* Leaving a trial half way: the demo's person stands on both feet. */
	key(TK_ESC);
	ck_assert_int_ne(A->screen, SCR_BOARDTEST);
	ck_assert_int_eq(ncalls, 1);
	start_test(TEST_BOARD_QUIET_EO);
	key(TK_ENTER);
	ck_assert_int_eq(ncalls, 2);
	ck_assert_int_eq(calls[0], SIM_PHASE_BOTH);
	ck_assert_int_eq(calls[1], SIM_PHASE_BOTH);
}
END_TEST

/* ---- the board screen -------------------------------------------- */

START_TEST(board_screen)
{
	app_goto(A, SCR_BOARD);
	feed(1.0);
	ck_assert(draw_small("Board: connected"));
	ck_assert(has("test-board, native protocol"));
	ck_assert(has("kilograms itself"));
	ck_assert(has("70.0 kg"));
	ck_assert(has(" 50%") || has(" 49%") || has(" 51%"));
	ck_assert(has("100 samples a second"));
	board_up(BOARD_SILENT, BOARD_CAL_CONFIG, "No samples for 2 s.");
	draw_small("silent");
	ck_assert(has("not calibrated"));
	key('c');
	ck_assert_int_eq(A->screen, SCR_CALIBRATE);
}
END_TEST

/* ---- the calibration wizard -------------------------------------- */

static const double OFFSET[CELL_COUNT] = { 1000, 1200, 900, 1100 };
/* Raw counts per kg of this made-up board. */
#define COUNTS_PER_KG	500.0

/*
 * s seconds of raw samples: kg[c] on each cell, noise counts of uniform
 * noise (a fixed sequence); the loads as the uncalibrated board reads
 * them (scale 1, offset 0: the raw counts).
 */
static void
feed_raw(const double kg[CELL_COUNT], double noise, double s)
{
	static uint32_t	x = 12345;
	double		raw[CELL_COUNT];
	long		n = lround(s * RATE);

	for (long i = 0; i < n; i++) {
		for (int c = 0; c < CELL_COUNT; c++) {
			x = x * 1664525u + 1013904223u;
			raw[c] = OFFSET[c] + kg[c] * COUNTS_PER_KG +
			    noise * ((double)(x >> 8) / 16777216.0 - 0.5);
		}
		feed_loads(raw, raw);
	}
}

static const double EMPTY[CELL_COUNT] = { 0, 0, 0, 0 };
static const double CENTRED[CELL_COUNT] = { 17.5, 17.5, 17.5, 17.5 };

/* The zero and the 70 kg scale, clean. */
static void
cal_tare_and_weight(double tare_noise)
{
	struct scr_calibrate	*c = &A->calibrate;

	board_up(BOARD_CONNECTED, BOARD_CAL_CONFIG, "");
	A->io.set_calibration = fake_set_cal;
	app_goto(A, SCR_CALIBRATE);
	ck_assert_int_eq(c->step, CAL_TARE);
	draw_small("Step off the board");
	key(TK_ENTER);
	ck_assert_int_eq(c->phase, CAL_LEADIN);
	draw_small("measuring starts in 3 s");
	feed_raw(EMPTY, tare_noise, CAL_LEADIN_S + 0.05);
	ck_assert_int_eq(c->phase, CAL_COLLECT);
	feed_raw(EMPTY, tare_noise, 1.0);
	draw_small("Measuring: keep still");
	feed_raw(EMPTY, tare_noise, CAL_COLLECT_S);
	ck_assert_int_eq(c->step, CAL_WEIGHT);
	ck_assert_int_eq(c->phase, CAL_READY);
	draw_small("Known weight");
	key(TK_ENTER);
	ck_assert(strstr(A->message, "Type the weight") != NULL);
	keys("70");
	key(TK_ENTER);
	feed_raw(CENTRED, 2.0, CAL_LEADIN_S + CAL_COLLECT_S + 0.1);
}

START_TEST(calibrate_wizard)
{
	struct scr_calibrate	*c = &A->calibrate;

	cal_tare_and_weight(2.0);
	ck_assert_int_eq(c->step, CAL_CHECK);
	ck_assert(tu_close(c->reads_kg, 70.0, 1e-9, 0));
	draw_small("Press c");
	key(TK_ENTER);
	ck_assert_int_eq(c->step, CAL_SAVE);
	draw_small("store this calibration");
	key(TK_ENTER);
	ck_assert_int_eq(nsaved, 1);
	ck_assert_int_eq(c->step, CAL_DONE);
	for (int i = 0; i < CELL_COUNT; i++) {
		ck_assert(fabs(saved.offset[i] - OFFSET[i]) < 0.5);
		ck_assert(tu_close(saved.scale[i], 1.0 / COUNTS_PER_KG, 0.001,
		    0));
	}
	ck_assert(saved.tared && saved.scaled);
	ck_assert_int_eq(calib_validate(&saved), CORE_OK);
	draw_small("Stored for board test-board");
	key(TK_ENTER);
	ck_assert_int_ne(A->screen, SCR_CALIBRATE);
}
END_TEST

START_TEST(calibrate_corner_check)
{
	struct scr_calibrate	*c = &A->calibrate;
	double			 kg[CELL_COUNT];

	cal_tare_and_weight(2.0);
	key('c');
	for (int corner = 0; corner < CELL_COUNT; corner++) {
		draw_small("Corner");
		key(TK_ENTER);
		for (int i = 0; i < CELL_COUNT; i++)
			kg[i] = i == corner ? 70.0 * 0.85 : 70.0 * 0.05;
		feed_raw(kg, 2.0, CAL_LEADIN_S + CAL_COLLECT_S + 0.1);
	}
	ck_assert_int_eq(c->have_report, 1);
	ck_assert_int_eq(c->report.ok, 1);
	ck_assert_int_eq(c->step, CAL_SAVE);
	draw_small("Every corner reads within 1.0 %");
}
END_TEST

START_TEST(calibrate_refusals)
{
	struct scr_calibrate	*c = &A->calibrate;

	/* A board that was not still for the zero: found once in kg. */
	cal_tare_and_weight(300.0);
	ck_assert_int_eq(c->step, CAL_TARE);
	ck_assert_int_eq(c->phase, CAL_REFUSED);
	ck_assert(strstr(c->reason, "not still") != NULL);
	draw_small("Not accepted");
	ck_assert(has("Press r to try again"));
	key('r');
	ck_assert_int_eq(c->phase, CAL_READY);
	/* No weight on the board: it does not stand out of the noise. */
	key(TK_ENTER);
	feed_raw(EMPTY, 2.0, CAL_LEADIN_S + CAL_COLLECT_S + 0.1);
	ck_assert_int_eq(c->step, CAL_WEIGHT);
	key(TK_ENTER);
	feed_raw(EMPTY, 2.0, CAL_LEADIN_S + CAL_COLLECT_S + 0.1);
	ck_assert_int_eq(c->phase, CAL_REFUSED);
	ck_assert(strstr(c->reason, "noise") != NULL);
	/* The board stops sending while measuring. */
	key('r');
	key(TK_ENTER);
	feed_raw(CENTRED, 2.0, CAL_LEADIN_S + 0.5);
	wait_s(1.2);
	ck_assert_int_eq(c->phase, CAL_REFUSED);
	ck_assert(strstr(c->reason, "No samples") != NULL);
	/* Nowhere to store it. */
	key('r');
	key(TK_ENTER);
	feed_raw(CENTRED, 2.0, CAL_LEADIN_S + CAL_COLLECT_S + 0.1);
	ck_assert_int_eq(c->step, CAL_CHECK);
	key(TK_ENTER);
	A->io.set_calibration = NULL;
	key(TK_ENTER);
	ck_assert_int_eq(c->step, CAL_SAVE);
	ck_assert(strstr(A->message, "cannot be stored here") != NULL);
	/* A weight out of range is refused before measuring. */
	app_back(A);
	app_goto(A, SCR_CALIBRATE);
	key(TK_ENTER);
	feed_raw(EMPTY, 2.0, CAL_LEADIN_S + CAL_COLLECT_S + 0.1);
	keys("900");
	key(TK_ENTER);
	ck_assert_int_eq(c->phase, CAL_READY);
	ck_assert(strstr(A->message, "from 0.1 to 500 kg") != NULL);
}
END_TEST

START_TEST(calibrate_device_board)
{
	struct scr_calibrate	*c = &A->calibrate;

	A->demo = 1;
	A->io.demo_phase = fake_phase;
	A->io.ctx = &M;
	A->io.set_calibration = fake_set_cal;
	app_goto(A, SCR_CALIBRATE);
	draw_small("needs no calibration");
	/* The demo's person steps off for the zero, on for the weight. */
	key(TK_ENTER);
	ck_assert_int_eq(calls[ncalls - 1], SIM_PHASE_EMPTY);
	feed(CAL_LEADIN_S + CAL_COLLECT_S + 0.1);
	ck_assert_int_eq(c->step, CAL_WEIGHT);
	ck_assert_str_eq(c->kg.buf, "70");
	key(TK_ENTER);
	ck_assert_int_eq(calls[ncalls - 1], SIM_PHASE_BOTH);
	feed(CAL_LEADIN_S + CAL_COLLECT_S + 0.1);
	ck_assert_int_eq(c->step, CAL_CHECK);
	ck_assert(tu_close(c->reads_kg, 70.0, 1e-9, 0));
	draw_small("cannot do that");
	key('c');
	ck_assert(strstr(A->message, "cannot have a weight") != NULL);
	key(TK_ENTER);
	key(TK_ENTER);
	ck_assert_int_eq(c->step, CAL_DONE);
	ck_assert_int_eq(nsaved, 0);
	draw_small("Nothing stored");
}
END_TEST

static Suite *
board_suite(void)
{
	Suite	*s = suite_create("tui_board");
	TCase	*tc;

	tc = tcase_create("live");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, live_cop_and_shares);
	tcase_add_test(tc, live_empty_and_recording);
	tcase_add_test(tc, live_geometry_and_host_clock);
	suite_add_tcase(s, tc);

	tc = tcase_create("quiet");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, quiet_trial_eo);
	tcase_add_test(tc, quiet_trial_ec_and_skip);
	tcase_add_test(tc, quiet_stepped_off);
	tcase_add_test(tc, quiet_no_signal);
	tcase_add_test(tc, quiet_board_lost);
	tcase_add_test(tc, quiet_slow_board);
	suite_add_tcase(s, tc);

	tc = tcase_create("single_leg");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, sls_timed_by_the_board);
	tcase_add_test(tc, sls_stepped_off_and_cap);
	tcase_add_test(tc, sls_no_signal_keeps_tries);
	tcase_add_test(tc, sls_demo_actor);
	tcase_add_test(tc, quiet_demo_actor_only_in_demo);
	suite_add_tcase(s, tc);

	tc = tcase_create("screens");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, board_screen);
	tcase_add_test(tc, calibrate_wizard);
	tcase_add_test(tc, calibrate_corner_check);
	tcase_add_test(tc, calibrate_refusals);
	tcase_add_test(tc, calibrate_device_board);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run(board_suite());
}
