/*
 * test_calibration.c: tare, scale, per-corner check and applying a
 * calibration (src/board/calibration.c).  A "true" board (gains, offsets,
 * wire order) produces raw averages from known loads; calibration must
 * find that board again.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <string.h>

#include "board/calibration.h"
#include "board/sim_model.h"
#include "testutil.h"

/* A board whose wires come in the order BR, TL, BL, TR. */
static const enum cell	wire_order[CELL_COUNT] = {
	CELL_BR, CELL_TL, CELL_BL, CELL_TR
};
/* Counts per kg of each cell (index enum cell): HX711-like, unequal. */
static const double	true_gain[CELL_COUNT] = { 21400, 22050, 20980, 21700 };
static const double	true_offset[CELL_COUNT] = { 8123, -140, 7991, 80005 };

/* The raw average the true board gives for these loads (index enum cell). */
static struct calib_average
raw_for(const double load[CELL_COUNT], double sd_counts, size_t n)
{
	struct calib_average	a;

	memset(&a, 0, sizeof a);
	a.n = n;
	for (int i = 0; i < CELL_COUNT; i++) {
		const enum cell	c = wire_order[i];

		a.mean[i] = true_offset[c] + load[c] * true_gain[c];
		a.sd[i] = sd_counts;
	}
	return a;
}

/* A calibration in raw counts with the board's wire order. */
static void
raw_calibration(struct board_calibration *cal)
{
	calib_init(cal);
	memcpy(cal->channel_order, wire_order, sizeof wire_order);
}

/*
 * Where a weight w near a corner lands on a board whose plate bends (the
 * cells carry most of what is over them): 85 % on that cell, 6 % on each
 * neighbour, 3 % on the far one.
 */
static void
corner_load(enum cell near, double w, double load[CELL_COUNT])
{
	/* The cell diagonally opposite: TL<->BR, TR<->BL. */
	const enum cell	far = (enum cell)(CELL_COUNT - 1 - near);

	for (int c = 0; c < CELL_COUNT; c++)
		load[c] = 0.06 * w;
	load[near] = 0.85 * w;
	load[far] = 0.03 * w;
}

START_TEST(apply_maps_wires_to_cells)
{
	struct board_calibration	cal;
	const double			raw[CELL_COUNT] = { 10, 20, 30, 40 };
	double				load[CELL_COUNT];

	calib_init(&cal);
	ck_assert_int_eq(calib_apply(&cal, raw, load), CORE_OK);
	ck_assert(load[CELL_TL] == 10 && load[CELL_BR] == 40);
	memcpy(cal.channel_order, wire_order, sizeof wire_order);
	cal.offset[CELL_BR] = 4;	/* wire 0 */
	cal.scale[CELL_BR] = 0.5;
	cal.offset[CELL_TR] = 1;	/* wire 3 */
	cal.scale[CELL_TR] = -2;	/* a cell wired backwards */
	ck_assert_int_eq(calib_apply(&cal, raw, load), CORE_OK);
	ck_assert(load[CELL_BR] == 3.0);	/* (10 - 4) * 0.5 */
	ck_assert(load[CELL_TL] == 20.0);
	ck_assert(load[CELL_BL] == 30.0);
	ck_assert(load[CELL_TR] == -78.0);	/* (40 - 1) * -2 */
}
END_TEST

START_TEST(order_and_values_validated)
{
	struct board_calibration	cal;
	const enum cell			dup[CELL_COUNT] = {
		CELL_TL, CELL_TR, CELL_TL, CELL_BR
	};
	const double			raw[CELL_COUNT] = { 1, NAN, 3, 4 };
	double				load[CELL_COUNT];

	ck_assert(calib_order_valid(wire_order));
	ck_assert(!calib_order_valid(dup));
	calib_init(&cal);
	ck_assert_int_eq(calib_apply(&cal, raw, load), CORE_ERR_NONFINITE);
	memcpy(cal.channel_order, dup, sizeof dup);
	ck_assert_int_eq(calib_validate(&cal), CORE_ERR_ARG);
	calib_init(&cal);
	cal.scale[CELL_BL] = INFINITY;
	ck_assert_int_eq(calib_validate(&cal), CORE_ERR_ARG);
	cal.channel_order[0] = (enum cell)7;
	ck_assert_int_eq(calib_validate(&cal), CORE_ERR_ARG);
}
END_TEST

START_TEST(average_of_known_rows)
{
	const double		rows[3][CELL_COUNT] = {
		{ 1, 2, 3, 4 }, { 3, 4, 5, 6 }, { 5, 6, 7, 8 }
	};
	const double		bad[2][CELL_COUNT] = {
		{ 1, 2, 3, 4 }, { 1, 2, INFINITY, 4 }
	};
	struct calib_average	a;

	ck_assert_int_eq(calib_average(rows, 3, &a), CORE_OK);
	ck_assert_uint_eq(a.n, 3);
	for (int i = 0; i < CELL_COUNT; i++) {
		ck_assert(a.mean[i] == 3 + i);
		ck_assert(a.sd[i] == 2.0);	/* deviations -2, 0, 2; n - 1 */
	}
	ck_assert_int_eq(calib_average(rows, 1, &a), CORE_ERR_TOO_SHORT);
	ck_assert_int_eq(calib_average(bad, 2, &a), CORE_ERR_NONFINITE);
}
END_TEST

START_TEST(tare_steady_and_not)
{
	struct board_calibration	cal, before;
	struct calib_tare_result	res;
	const double			zero[CELL_COUNT] = { 0 };
	struct calib_average		empty = raw_for(zero, 20, 200);
	double				load[CELL_COUNT];

	/* In counts: 20 counts of noise pass a 50-count limit. */
	raw_calibration(&cal);
	ck_assert_int_eq(calib_tare(&cal, &empty, 50, &res), CORE_OK);
	ck_assert(res.steady && cal.tared && !cal.scaled);
	ck_assert_int_eq(calib_apply(&cal, empty.mean, load), CORE_OK);
	for (int c = 0; c < CELL_COUNT; c++) {
		ck_assert(load[c] == 0.0);
		ck_assert(cal.offset[c] == true_offset[c]);
	}
	/* Someone leans on the board: wire 2 (BL) wanders by 3000 counts. */
	raw_calibration(&cal);
	empty.sd[2] = 3000;
	before = cal;
	ck_assert_int_eq(calib_tare(&cal, &empty, 50, &res), CORE_OK);
	ck_assert(!res.steady);
	ck_assert_int_eq(res.worst, CELL_BL);
	ck_assert_mem_eq(&cal, &before, sizeof cal);
	/* Judged in kg once scaled: 0.06 kg of wobble fails, 0.04 passes. */
	for (int c = 0; c < CELL_COUNT; c++)
		cal.scale[c] = 1.0 / 21000;
	empty.sd[2] = 0.06 * 21000;
	ck_assert_int_eq(calib_tare(&cal, &empty, CALIB_TARE_MAX_SD_KG, &res),
	    CORE_OK);
	ck_assert(!res.steady && tu_close(res.sd_load[CELL_BL], 0.06, 1e-12, 0));
	empty.sd[2] = 0.04 * 21000;
	ck_assert_int_eq(calib_tare(&cal, &empty, CALIB_TARE_MAX_SD_KG, &res),
	    CORE_OK);
	ck_assert(res.steady);
	ck_assert_int_eq(calib_tare(&cal, &empty, 0, &res), CORE_ERR_ARG);
	empty.n = 1;
	ck_assert_int_eq(calib_tare(&cal, &empty, 1, &res), CORE_ERR_TOO_SHORT);
}
END_TEST

START_TEST(scale_from_total_weight)
{
	struct board_calibration	cal;
	struct calib_tare_result	res;
	const double			zero[CELL_COUNT] = { 0 };
	struct calib_average		empty = raw_for(zero, 20, 200), on;
	const double			w[CELL_COUNT] = { 3.1, 6.2, 4.4, 6.3 };
	double				load[CELL_COUNT], sum = 0;

	raw_calibration(&cal);
	ck_assert_int_eq(calib_tare(&cal, &empty, 50, &res), CORE_OK);
	on = raw_for(w, 20, 200);
	ck_assert_int_eq(calib_scale_total(&cal, &on, 20.0), CORE_OK);
	ck_assert(cal.scaled);
	/* One factor, whatever the cells' gains. */
	for (int c = 1; c < CELL_COUNT; c++)
		ck_assert(cal.scale[c] == cal.scale[0]);
	ck_assert_int_eq(calib_apply(&cal, on.mean, load), CORE_OK);
	for (int c = 0; c < CELL_COUNT; c++)
		sum += load[c];
	ck_assert(tu_close(sum, 20.0, 1e-12, 0));
	/* Nothing on the board: the "weight" is noise, refused. */
	raw_calibration(&cal);
	ck_assert_int_eq(calib_tare(&cal, &empty, 50, &res), CORE_OK);
	empty.mean[1] += 30;	/* a drift of 1.5 noise SDs */
	ck_assert_int_eq(calib_scale_total(&cal, &empty, 20.0),
	    CORE_ERR_DEGENERATE);
	ck_assert(!cal.scaled);
	ck_assert_int_eq(calib_scale_total(&cal, &on, -1), CORE_ERR_ARG);
}
END_TEST

/* Averages of the same weight near each corner in turn. */
static void
corner_averages(double w, double sd, size_t n,
    struct calib_average placed[CELL_COUNT])
{
	for (int c = 0; c < CELL_COUNT; c++) {
		double	load[CELL_COUNT];

		corner_load((enum cell)c, w, load);
		placed[c] = raw_for(load, sd, n);
	}
}

static void
tared_raw_calibration(struct board_calibration *cal)
{
	const double			zero[CELL_COUNT] = { 0 };
	const struct calib_average	empty = raw_for(zero, 20, 200);
	struct calib_tare_result	res;

	raw_calibration(cal);
	ck_assert_int_eq(calib_tare(cal, &empty, 50, &res), CORE_OK);
	ck_assert(res.steady);
}

START_TEST(scale_per_corner_finds_gains)
{
	struct board_calibration	cal;
	struct calib_average		placed[CELL_COUNT], any;
	const double			person[CELL_COUNT] = { 17, 19.5, 16, 18.25 };
	double				load[CELL_COUNT];

	tared_raw_calibration(&cal);
	corner_averages(10.0, 0.0, 100, placed);
	ck_assert_int_eq(calib_scale_corners(&cal, placed, CELL_COUNT, 10.0),
	    CORE_OK);
	for (int c = 0; c < CELL_COUNT; c++)
		ck_assert_msg(tu_close(cal.scale[c], 1.0 / true_gain[c], 1e-10,
		    0), "cell %d", c);
	/* Any other load now reads true, cell by cell. */
	any = raw_for(person, 0, 1);
	ck_assert_int_eq(calib_apply(&cal, any.mean, load), CORE_OK);
	for (int c = 0; c < CELL_COUNT; c++)
		ck_assert(tu_close(load[c], person[c], 1e-9, 0));
	/* HX711-like noise of 20 counts over 2 s at 80 Hz: well pinned down. */
	tared_raw_calibration(&cal);
	corner_averages(10.0, 20.0, 160, placed);
	ck_assert_int_eq(calib_scale_corners(&cal, placed, CELL_COUNT, 10.0),
	    CORE_OK);
	/*
	 * 0.2 kg over 2 samples: each placement stands out of the noise
	 * (SNR ~ 90) but the scales' SE is about 0.7 %: refused.
	 */
	tared_raw_calibration(&cal);
	corner_averages(0.2, 20.0, 2, placed);
	ck_assert_int_eq(calib_scale_corners(&cal, placed, CELL_COUNT, 0.2),
	    CORE_ERR_DEGENERATE);
	ck_assert(!cal.scaled);
	ck_assert_int_eq(calib_scale_corners(&cal, placed, 3, 0.2),
	    CORE_ERR_TOO_SHORT);
}
END_TEST

START_TEST(scale_per_corner_needs_distinct_places)
{
	struct board_calibration	cal, before;
	struct calib_average		placed[CELL_COUNT];
	double				load[CELL_COUNT];

	/* The weight put in the same place four times. */
	tared_raw_calibration(&cal);
	before = cal;
	corner_load(CELL_TR, 10.0, load);
	for (int c = 0; c < CELL_COUNT; c++)
		placed[c] = raw_for(load, 0.0, 100);
	ck_assert_int_eq(calib_scale_corners(&cal, placed, CELL_COUNT, 10.0),
	    CORE_ERR_DEGENERATE);
	ck_assert_mem_eq(&cal, &before, sizeof cal);
	/*
	 * A rigid plate on equal springs (what the simulator models): the
	 * loads always keep TL + BR = TR + BL, so one combination of the
	 * scales cannot be seen, however the weight is placed.
	 */
	for (int c = 0; c < CELL_COUNT; c++) {
		const double	a = (c == CELL_TR || c == CELL_BR) ? 0.5 : -0.5;
		const double	b = (c == CELL_TL || c == CELL_TR) ? 0.5 : -0.5;

		load[CELL_TL] = 2.5 * (1 - a + b);
		load[CELL_TR] = 2.5 * (1 + a + b);
		load[CELL_BL] = 2.5 * (1 - a - b);
		load[CELL_BR] = 2.5 * (1 + a - b);
		placed[c] = raw_for(load, 20.0, 400);
	}
	ck_assert_int_eq(calib_scale_corners(&cal, placed, CELL_COUNT, 10.0),
	    CORE_ERR_DEGENERATE);
	/* One factor still works on such a board. */
	ck_assert_int_eq(calib_scale_total(&cal, &placed[0], 10.0), CORE_OK);
}
END_TEST

START_TEST(corner_check_names_the_bad_corner)
{
	struct board_calibration	cal;
	struct calib_average		placed[CELL_COUNT];
	struct calib_corner_report	rep;

	tared_raw_calibration(&cal);
	for (int c = 0; c < CELL_COUNT; c++)
		cal.scale[c] = 1.0 / true_gain[c];
	corner_averages(10.0, 20.0, 200, placed);
	ck_assert_int_eq(calib_check_corners(&cal, placed, 10.0,
	    CALIB_CORNER_TOL_PCT, &rep), CORE_OK);
	ck_assert(rep.ok);
	for (int c = 0; c < CELL_COUNT; c++)
		ck_assert(fabs(rep.dev_pct[c]) < 1e-9);
	/*
	 * BL reads 2 % high: the weight near BL (85 % on it) reads 1.7 %
	 * high, near its neighbours 0.12 %, near TR 0.06 %.
	 */
	cal.scale[CELL_BL] *= 1.02;
	ck_assert_int_eq(calib_check_corners(&cal, placed, 10.0,
	    CALIB_CORNER_TOL_PCT, &rep), CORE_OK);
	ck_assert(!rep.ok);
	ck_assert_int_eq(rep.worst, CELL_BL);
	ck_assert(tu_close(rep.dev_pct[CELL_BL], 1.7, 1e-9, 0));
	ck_assert(tu_close(rep.dev_pct[CELL_TR], 0.06, 1e-9, 0));
	ck_assert(tu_close(rep.total[CELL_BL], 10.17, 1e-12, 0));
	/* Against the four's mean when the weight is not known. */
	ck_assert_int_eq(calib_check_corners(&cal, placed, 0,
	    CALIB_CORNER_TOL_PCT, &rep), CORE_OK);
	ck_assert(tu_close(rep.reference, (10.17 + 10.012 + 10.012 + 10.006) / 4,
	    1e-12, 0));
	ck_assert_int_eq(rep.worst, CELL_BL);
	ck_assert(!rep.ok);
	ck_assert_int_eq(calib_check_corners(&cal, placed, 10.0, 0, &rep),
	    CORE_ERR_ARG);
}
END_TEST

START_TEST(calibrate_a_simulated_board)
{
	/*
	 * The whole procedure on the simulator's loads turned into counts:
	 * tare on the empty board, then the person (70 kg on a bathroom
	 * scale) standing still for 3 s, then the total read back.
	 */
	struct sim_params		sp;
	struct sim_model		m;
	static double			raw[300][CELL_COUNT];
	struct board_calibration	cal;
	struct calib_average		a;
	struct calib_tare_result	res;
	double				load[CELL_COUNT], sum = 0;

	sim_params_init(&sp);
	ck_assert_int_eq(sim_init(&m, &sp), CORE_OK);
	raw_calibration(&cal);
	for (int phase = 0; phase < 2; phase++) {
		sim_set_phase(&m, phase == 0 ? SIM_PHASE_EMPTY : SIM_PHASE_BOTH);
		for (int i = 0; i < 200; i++)	/* step on and settle */
			sim_next(&m, load);
		for (int i = 0; i < 300; i++) {
			sim_next(&m, load);
			for (int w = 0; w < CELL_COUNT; w++)
				raw[i][w] = true_offset[wire_order[w]] +
				    load[wire_order[w]] * true_gain[wire_order[w]];
		}
		ck_assert_int_eq(calib_average(raw, 300, &a), CORE_OK);
		if (phase == 0) {
			/* The kg limit in counts: scale not known yet. */
			ck_assert_int_eq(calib_tare(&cal, &a,
			    CALIB_TARE_MAX_SD_KG * 20980, &res), CORE_OK);
			ck_assert(res.steady);
		} else
			ck_assert_int_eq(calib_scale_total(&cal, &a, 70.0),
			    CORE_OK);
	}
	for (int i = 0; i < 1000; i++) {
		double	raw1[CELL_COUNT];

		sim_next(&m, load);
		for (int w = 0; w < CELL_COUNT; w++)
			raw1[w] = true_offset[wire_order[w]] +
			    load[wire_order[w]] * true_gain[wire_order[w]];
		ck_assert_int_eq(calib_apply(&cal, raw1, load), CORE_OK);
		sum += load[0] + load[1] + load[2] + load[3];
	}
	/*
	 * One factor for unequal gains (spread 5 %) is right only on
	 * average over where the weight sat; centred sway keeps that
	 * within 1 %.
	 */
	ck_assert(tu_close(sum / 1000, 70.0, 0.01, 0));
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("calibration");
	TCase	*tc = tcase_create("calibration");

	tcase_add_test(tc, apply_maps_wires_to_cells);
	tcase_add_test(tc, order_and_values_validated);
	tcase_add_test(tc, average_of_known_rows);
	tcase_add_test(tc, tare_steady_and_not);
	tcase_add_test(tc, scale_from_total_weight);
	tcase_add_test(tc, scale_per_corner_finds_gains);
	tcase_add_test(tc, scale_per_corner_needs_distinct_places);
	tcase_add_test(tc, corner_check_names_the_bad_corner);
	tcase_add_test(tc, calibrate_a_simulated_board);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
