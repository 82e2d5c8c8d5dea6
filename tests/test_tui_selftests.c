/*
 * test_tui_selftests.c: the shared widgets (src/tui/widget.c), the test
 * catalogue (catalog.c) and the guided self-test screen (scr_test.c),
 * without a terminal: keys go in through app_key, time through app->now
 * and app_tick, and the answers and drawn rows are read back.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screening/answers.h"
#include "tui/app.h"
#include "tui/widget.h"
#include "testutil.h"
#include "tui_fixture.h"


/* ---- helpers ----------------------------------------------------- */

static void
type(struct numfield *f, const char *s)
{
	for (; *s != '\0'; s++)
		numfield_key(f, (unsigned char)*s);
}

/* Keys into the app: characters of s, then the TK_* keys given (0 ends). */
static void
keys(struct app *app, int first, ...)
{
	va_list	ap;
	int	k;

	va_start(ap, first);
	for (k = first; k != 0; k = va_arg(ap, int))
		app_key(app, k);
	va_end(ap);
}

static void
chars(struct app *app, const char *s)
{
	for (; *s != '\0'; s++)
		app_key(app, (unsigned char)*s);
}

/* An adult of 40 with nothing else answered, on the welcome screen. */
static void
new_app(struct app *app)
{
	app_init(app, &tf_lib, &tf_rules, NULL, NULL, 100.0);
	app->utf8 = 1;
	app->answers.age_years = 40;
}

/*
 * Start test t as step 0 of two (the second is shoe wear), from the
 * welcome screen, so that finishing it shows as app->step == 1.
 */
static void
start(struct app *app, enum test_id t)
{
	new_app(app);
	app->steps[0] = t;
	app->steps[1] = TEST_SHOE_WEAR;
	app->nsteps = 2;
	app->step = 0;
	app_goto(app, SCR_TEST);
	ck_assert_int_eq(app->screen, SCR_TEST);
	ck_assert_int_eq(app->test.page, 0);
}

/* Through "what you need" and "how to do it". */
static void
past_intro(struct app *app)
{
	keys(app, TK_ENTER, TK_ENTER, 0);
	ck_assert_int_eq(app->test.page, 2);
}

/* The test has ended: the app went on to the next step. */
static void
finished(const struct app *app)
{
	ck_assert_int_eq(app->screen, SCR_TEST);
	ck_assert_int_eq(app->step, 1);
	ck_assert_int_eq(app->test.test, TEST_SHOE_WEAR);
}

static enum test_page_kind
page_kind(const struct app *app)
{
	return app->test.pages[app->test.page].kind;
}

/* Time passes to t; the app is ticked as the loop would. */
static void
at(struct app *app, double t)
{
	app->now = t;
	app_tick(app);
}

/* Draw the app into a fresh w x h grid. */
static void
draw(const struct app *app, struct grid *g, int w, int h, int utf8)
{
	ck_assert_int_eq(grid_init(g, w, h, utf8), 0);
	app_draw(app, g);
}

/* ---- numfield ---------------------------------------------------- */

START_TEST(test_numfield_typing)
{
	struct numfield	f;
	double		v = 0;

	numfield_init(&f, 1, 0);
	ck_assert_int_eq(numfield_value(&f, &v), 1);
	type(&f, "12.5");
	ck_assert_int_eq(numfield_value(&f, &v), 0);
	ck_assert(v == 12.5);
	/* A second point, a minus, letters: refused. */
	ck_assert_int_eq(numfield_key(&f, '.'), 0);
	ck_assert_int_eq(numfield_key(&f, '-'), 0);
	ck_assert_int_eq(numfield_key(&f, 'x'), 0);
	ck_assert_str_eq(f.buf, "12.5");
	/* Backspace takes one character, and nothing when empty. */
	ck_assert_int_eq(numfield_key(&f, TK_BACKSPACE), 1);
	ck_assert_str_eq(f.buf, "12.");
	ck_assert_int_eq(numfield_value(&f, &v), 0);
	ck_assert(v == 12.0);
	while (f.len > 0)
		ck_assert_int_eq(numfield_key(&f, TK_BACKSPACE), 1);
	ck_assert_int_eq(numfield_key(&f, TK_BACKSPACE), 0);
	ck_assert_int_eq(numfield_value(&f, &v), 1);
	/* A comma is a decimal point too. */
	type(&f, "3,25");
	ck_assert_str_eq(f.buf, "3.25");
}
END_TEST

START_TEST(test_numfield_negative_and_integer)
{
	struct numfield	f;
	double		v = 0;

	numfield_init(&f, 1, 1);
	ck_assert_int_eq(numfield_key(&f, '-'), 1);
	/* "-" alone is not a number. */
	ck_assert_int_eq(numfield_value(&f, &v), -1);
	type(&f, "4.5");
	ck_assert_int_eq(numfield_value(&f, &v), 0);
	ck_assert(v == -4.5);
	/* A minus only at the start. */
	ck_assert_int_eq(numfield_key(&f, '-'), 0);

	numfield_init(&f, 0, 0);
	ck_assert_int_eq(numfield_key(&f, '.'), 0);
	ck_assert_int_eq(numfield_key(&f, '-'), 0);
	type(&f, "42");
	ck_assert_int_eq(numfield_value(&f, &v), 0);
	ck_assert(v == 42);

	/* "." alone is not a number either. */
	numfield_init(&f, 1, 0);
	type(&f, ".");
	ck_assert_int_eq(numfield_value(&f, &v), -1);
}
END_TEST

START_TEST(test_numfield_set_and_full)
{
	struct numfield	f;
	double		v = 0;

	numfield_init(&f, 1, 0);
	numfield_set(&f, 12.5);
	ck_assert_str_eq(f.buf, "12.5");
	numfield_set(&f, 45.0);
	ck_assert_str_eq(f.buf, "45");
	numfield_set(&f, NAN);
	ck_assert_int_eq(f.len, 0);
	ck_assert_int_eq(numfield_value(&f, &v), 1);
	numfield_init(&f, 0, 0);
	numfield_set(&f, 27.4);
	ck_assert_str_eq(f.buf, "27");
	/* The buffer holds 15 characters; the 16th is refused. */
	numfield_init(&f, 0, 0);
	for (int i = 0; i < 15; i++)
		ck_assert_int_eq(numfield_key(&f, '9'), 1);
	ck_assert_int_eq(numfield_key(&f, '9'), 0);
	ck_assert_int_eq(f.len, 15);
	/* A value set too long to show still reads back. */
	numfield_init(&f, 1, 0);
	numfield_set(&f, 1e300);
	ck_assert_int_eq(numfield_value(&f, &v), 0);
	ck_assert(tu_close(v, 1e300, 1e-5, 0));
}
END_TEST

START_TEST(test_numfield_draw)
{
	struct grid	g;
	struct numfield	f;
	char		row[64];

	ck_assert_int_eq(grid_init(&g, 20, 2, 0), 0);
	numfield_init(&f, 1, 0);
	type(&f, "12.5");
	numfield_draw(&f, &g, 0, 0, 7, 1);
	numfield_draw(&f, &g, 0, 1, 9, 0);
	grid_row(&g, 0, row, sizeof row);
	ck_assert_str_eq(row, "[12.5_]");
	grid_row(&g, 1, row, sizeof row);
	ck_assert_str_eq(row, "[12.5   ]");
	/* Too long for the box: the end (and the cursor) stays in view. */
	grid_clear(&g);
	type(&f, "6789");
	numfield_draw(&f, &g, 0, 0, 7, 1);
	grid_row(&g, 0, row, sizeof row);
	ck_assert_str_eq(row, "[6789_]");
	grid_free(&g);
}
END_TEST

/* ---- menu -------------------------------------------------------- */

START_TEST(test_menu_keys)
{
	struct menu	m;

	menu_init(&m, 10);
	ck_assert_int_eq(menu_key(&m, TK_UP, 4), MENU_MOVED);
	ck_assert_int_eq(m.sel, 0);
	for (int i = 0; i < 3; i++)
		ck_assert_int_eq(menu_key(&m, TK_DOWN, 4), MENU_MOVED);
	ck_assert_int_eq(m.sel, 3);
	ck_assert_int_eq(menu_key(&m, TK_PGDN, 4), MENU_MOVED);
	ck_assert_int_eq(m.sel, 7);
	ck_assert_int_eq(menu_key(&m, TK_PGDN, 4), MENU_MOVED);
	ck_assert_int_eq(m.sel, 9);
	ck_assert_int_eq(menu_key(&m, TK_DOWN, 4), MENU_MOVED);
	ck_assert_int_eq(m.sel, 9);
	ck_assert_int_eq(menu_key(&m, TK_PGUP, 4), MENU_MOVED);
	ck_assert_int_eq(m.sel, 5);
	ck_assert_int_eq(menu_key(&m, TK_HOME, 4), MENU_MOVED);
	ck_assert_int_eq(m.sel, 0);
	ck_assert_int_eq(menu_key(&m, TK_END, 4), MENU_MOVED);
	ck_assert_int_eq(m.sel, 9);
	ck_assert_int_eq(menu_key(&m, TK_ENTER, 4), MENU_CHOSEN);
	ck_assert_int_eq(menu_key(&m, TK_ITEM(2), 4), MENU_CHOSEN);
	ck_assert_int_eq(m.sel, 2);
	/* A click past the end, and keys a menu has no use for. */
	ck_assert_int_eq(menu_key(&m, TK_ITEM(10), 4), MENU_IGNORED);
	ck_assert_int_eq(m.sel, 2);
	ck_assert_int_eq(menu_key(&m, 'x', 4), MENU_IGNORED);
	ck_assert_int_eq(menu_key(&m, TK_ESC, 4), MENU_IGNORED);
	/* An empty list takes nothing. */
	menu_init(&m, 0);
	ck_assert_int_eq(menu_key(&m, TK_DOWN, 4), MENU_IGNORED);
	ck_assert_int_eq(menu_key(&m, TK_ENTER, 4), MENU_IGNORED);
}
END_TEST

static const char *
row_label(const void *ctx, int i, char *buf, size_t len)
{
	snprintf(buf, len, "%s %d", (const char *)ctx, i);
	return buf;
}

/* The scrolling shared by the help page, the reasons and the history. */
START_TEST(test_scroll_by_key)
{
	int	s = 0;

	ck_assert_int_eq(scroll_by_key(&s, TK_DOWN, 5, 12), 1);
	ck_assert_int_eq(s, 1);
	ck_assert_int_eq(scroll_by_key(&s, TK_PGDN, 5, 12), 1);
	ck_assert_int_eq(s, 6);
	ck_assert_int_eq(scroll_by_key(&s, TK_PGDN, 10, 12), 1);
	ck_assert_int_eq(s, 12);		/* no further than the end */
	ck_assert_int_eq(scroll_by_key(&s, TK_PGUP, 5, 12), 1);
	ck_assert_int_eq(s, 7);
	ck_assert_int_eq(scroll_by_key(&s, TK_HOME, 5, 12), 1);
	ck_assert_int_eq(s, 0);
	ck_assert_int_eq(scroll_by_key(&s, TK_UP, 5, 12), 1);
	ck_assert_int_eq(s, 0);			/* nor before the start */
	ck_assert_int_eq(scroll_by_key(&s, TK_END, 5, 12), 1);
	ck_assert_int_eq(s, 12);
	ck_assert_int_eq(scroll_by_key(&s, 'x', 5, 12), 0);
	ck_assert_int_eq(s, 12);
	/* Shorter than the view: nothing to scroll. */
	ck_assert_int_eq(scroll_by_key(&s, TK_END, 5, -3), 1);
	ck_assert_int_eq(s, 0);
	s = 40;
	scroll_clamp(&s, 12);
	ck_assert_int_eq(s, 12);
}
END_TEST

START_TEST(test_menu_draw_scrolls)
{
	struct grid	g;
	struct menu	m;
	char		row[64];

	ck_assert_int_eq(grid_init(&g, 30, 5, 0), 0);
	menu_init(&m, 10);
	m.sel = 7;
	menu_draw(&m, &g, (struct rect){ 2, 1, 20, 3 }, row_label, "row");
	/* Scrolled so that the selection is on the last row shown. */
	ck_assert_int_eq(m.top, 5);
	grid_row(&g, 1, row, sizeof row);
	ck_assert_str_eq(row, "    row 5            ^");
	grid_row(&g, 3, row, sizeof row);
	ck_assert_str_eq(row, "  > row 7            v");
	ck_assert(grid_at(&g, 5, 3)->attr & GA_REVERSE);
	ck_assert(!(grid_at(&g, 5, 2)->attr & GA_REVERSE));
	/* Rows are clickable, each with its own item. */
	ck_assert_int_eq(grid_hit_at(&g, 3, 1), TK_ITEM(5));
	ck_assert_int_eq(grid_hit_at(&g, 10, 3), TK_ITEM(7));
	ck_assert_int_eq(grid_hit_at(&g, 10, 4), 0);
	/* Back to the top: scrolls up again. */
	grid_clear(&g);
	m.sel = 0;
	menu_draw(&m, &g, (struct rect){ 2, 1, 20, 3 }, row_label, "row");
	ck_assert_int_eq(m.top, 0);
	grid_row(&g, 1, row, sizeof row);
	ck_assert_str_eq(row, "  > row 0");
	grid_free(&g);
}
END_TEST

/* ---- catalogue --------------------------------------------------- */

START_TEST(test_catalog_select)
{
	enum test_id	out[TEST_COUNT];
	int		n;

	n = catalog_select(SET_QUICK, out, TEST_COUNT);
	ck_assert_int_eq(n, 6);
	ck_assert_int_eq(out[0], TEST_SHOE_WEAR);
	ck_assert_int_eq(out[1], TEST_FOOTPRINT_PICTURE);
	ck_assert_int_eq(out[2], TEST_FOOT_ANGLE);
	ck_assert_int_eq(out[3], TEST_TANDEM);
	ck_assert_int_eq(out[4], TEST_SLS_EYES_OPEN);
	ck_assert_int_eq(out[5], TEST_SQUAT);
	/* The quick set is "about 5 minutes" (issue 5 item 1). */
	{
		double	minutes = 0;

		for (int i = 0; i < n; i++)
			minutes += test_minutes(out[i]);
		ck_assert_msg(minutes >= 4 && minutes <= 7,
		    "quick set %.1f min", minutes);
	}
	n = catalog_select(SET_FULL, out, TEST_COUNT);
	ck_assert_int_eq(n, 13);
	ck_assert_int_eq(out[n - 1], TEST_SLS_EYES_CLOSED);
	n = catalog_select(SET_BOARD, out, TEST_COUNT);
	ck_assert_int_eq(n, 3);
	ck_assert_int_eq(out[0], TEST_BOARD_QUIET_EO);
	ck_assert_int_eq(out[2], TEST_BOARD_SLS);
	n = catalog_select(SET_PARTNER, out, TEST_COUNT);
	ck_assert_int_eq(n, 2);
	ck_assert_int_eq(out[0], TEST_NAVICULAR_DROP);
	ck_assert_int_eq(out[1], TEST_FPI6);
	/* Sets together: each test once, in order. */
	n = catalog_select(SET_QUICK | SET_FULL | SET_PARTNER | SET_BOARD, out,
	    TEST_COUNT);
	ck_assert_int_eq(n, TEST_COUNT);
	for (int i = 0; i < n; i++)
		ck_assert_int_eq(out[i], i);
	/* The room given is respected. */
	ck_assert_int_eq(catalog_select(SET_FULL, out, 2), 2);
	ck_assert_int_eq(catalog_select(0, out, TEST_COUNT), 0);
}
END_TEST

START_TEST(test_catalog_entries)
{
	for (int t = 0; t < TEST_COUNT; t++) {
		ck_assert_msg(test_title(t)[0] != '\0', "test %d", t);
		ck_assert_msg(test_minutes(t) > 0, "test %d", t);
		ck_assert_msg(test_key(t)[0] != '\0', "test %d", t);
		/* Every self-test has its words; board tests have none. */
		if (test_is_board(t)) {
			ck_assert_ptr_null(selftest_get(t));
			continue;
		}
		ck_assert_ptr_nonnull(selftest_get(t));
		ck_assert_ptr_nonnull(selftest_get(t)->needs[0]);
		ck_assert_ptr_nonnull(selftest_get(t)->steps[0]);
		ck_assert_ptr_nonnull(selftest_get(t)->picture[0]);
		ck_assert_int_gt(selftest_get(t)->nq, 0);
	}
	ck_assert_str_eq(test_title(TEST_SLS_EYES_OPEN),
	    "Single-leg stance, eyes open");
	ck_assert(test_is_board(TEST_BOARD_SLS));
	ck_assert(!test_is_board(TEST_TANDEM));
}
END_TEST

/* Every numeric question's range can be read from the answers file. */
START_TEST(test_catalog_ranges_known)
{
	char	buf[256];
	double	lo, hi;

	for (int t = 0; t < TEST_COUNT; t++) {
		const struct selftest *st = selftest_get(t);

		for (int i = 0; st != NULL && i < st->nq; i++) {
			const struct selftest_question *q = &st->q[i];
			const char *sec = q->flags & (Q_SIDE | Q_BOTH) ?
			    "left" : q->section;

			ck_assert_msg(answers_key_allowed(sec, q->key, buf,
			    sizeof buf) == 0, "%s", q->key);
			if (q->kind == Q_NUMBER)
				ck_assert_msg(strstr(buf, "from ") != NULL &&
				    sscanf(strstr(buf, "from "),
				    "from %lf to %lf", &lo, &hi) == 2, "%s: %s",
				    q->key, buf);
		}
	}
}
END_TEST

START_TEST(test_skip_board)
{
	struct app	app;

	new_app(&app);
	ck_assert_str_eq(test_skip_reason(&app, TEST_BOARD_QUIET_EO),
	    "no balance board connected");
	app.board.present = 1;
	app.board.status = BOARD_WAITING;
	ck_assert_str_eq(test_skip_reason(&app, TEST_BOARD_SLS),
	    "no balance board connected");
	app.board.status = BOARD_CONNECTED;
	ck_assert_ptr_null(test_skip_reason(&app, TEST_BOARD_SLS));
	ck_assert_ptr_null(test_skip_reason(&app, TEST_BOARD_QUIET_EC));
	app.board.present = 0;
	app.demo = 1;
	ck_assert_ptr_null(test_skip_reason(&app, TEST_BOARD_QUIET_EO));
	/* Self-tests need no board. */
	app.demo = 0;
	ck_assert_ptr_null(test_skip_reason(&app, TEST_SHOE_WEAR));
}
END_TEST

START_TEST(test_skip_caution)
{
	struct app	app;
	const char	*why;

	new_app(&app);
	ck_assert_ptr_null(test_skip_reason(&app, TEST_SLS_EYES_CLOSED));
	app.answers.fell_past_year = ANSWER_YES;
	why = test_skip_reason(&app, TEST_SLS_EYES_CLOSED);
	ck_assert_ptr_nonnull(why);
	ck_assert_ptr_nonnull(strstr(why, "skipped for safety"));
	ck_assert_ptr_nonnull(strstr(why, "fall"));
	/* The eyes-open tests go on. */
	ck_assert_ptr_null(test_skip_reason(&app, TEST_SLS_EYES_OPEN));
	/* The board's eyes-closed test too, with a board. */
	app.demo = 1;
	ck_assert_ptr_nonnull(test_skip_reason(&app, TEST_BOARD_QUIET_EC));
	ck_assert_ptr_null(test_skip_reason(&app, TEST_BOARD_QUIET_EO));

	new_app(&app);
	app.answers.age_years = 70;
	ck_assert_ptr_nonnull(strstr(test_skip_reason(&app,
	    TEST_SLS_EYES_CLOSED), "70"));
	app.answers.age_years = 69;
	ck_assert_ptr_null(test_skip_reason(&app, TEST_SLS_EYES_CLOSED));
	app.answers.dizziness = ANSWER_YES;
	ck_assert_ptr_nonnull(strstr(test_skip_reason(&app,
	    TEST_SLS_EYES_CLOSED), "dizz"));
	app.answers.dizziness = ANSWER_NO;
	app.answers.tandem_10s = ANSWER_NO;
	ck_assert_ptr_nonnull(strstr(test_skip_reason(&app,
	    TEST_SLS_EYES_CLOSED), "heel-to-toe"));
	app.answers.tandem_10s = ANSWER_YES;
	ck_assert_ptr_null(test_skip_reason(&app, TEST_SLS_EYES_CLOSED));
	/* Under 5 s with the eyes open on either leg (Vellas, §4.3). */
	app.answers.side[SIDE_RIGHT].sls_eyes_open_s = 4.9;
	app.answers.side[SIDE_LEFT].sls_eyes_open_s = 30;
	ck_assert_ptr_nonnull(strstr(test_skip_reason(&app,
	    TEST_SLS_EYES_CLOSED), "under 5 seconds"));
	app.answers.side[SIDE_RIGHT].sls_eyes_open_s = 5.0;
	ck_assert_ptr_null(test_skip_reason(&app, TEST_SLS_EYES_CLOSED));
	/* A result already worked out is used as it is. */
	app.answers.fell_past_year = ANSWER_YES;
	ck_assert_int_eq(app_compute(&app), 0);
	ck_assert_ptr_nonnull(test_skip_reason(&app, TEST_SLS_EYES_CLOSED));
}
END_TEST

START_TEST(test_skip_partner)
{
	struct app	app;

	new_app(&app);
	ck_assert_ptr_nonnull(test_skip_reason(&app, TEST_FPI6));
	app.answers.partner_present = ANSWER_NO;
	ck_assert_ptr_nonnull(test_skip_reason(&app, TEST_FPI6));
	app.answers.partner_present = ANSWER_YES;
	ck_assert_ptr_null(test_skip_reason(&app, TEST_FPI6));
	/* Navicular drop is in the full set too: not left out. */
	app.answers.partner_present = ANSWER_NO;
	ck_assert_ptr_null(test_skip_reason(&app, TEST_NAVICULAR_DROP));
}
END_TEST

/* app_next_step leaves out a skipped test and says why. */
START_TEST(test_skip_in_steps)
{
	struct app	app;

	new_app(&app);
	app.answers.fell_past_year = ANSWER_YES;
	app.sets = SET_FULL;
	app_plan_steps(&app);
	app.step = app.nsteps - 2;	/* the squat, before eyes closed */
	ck_assert_int_eq(app.steps[app.step], TEST_SQUAT);
	app_next_step(&app);
	ck_assert_int_eq(app.screen, SCR_RESULTS);
	ck_assert_ptr_nonnull(strstr(app.message, "skipped for safety"));
}
END_TEST

/* ---- the screen: choices ----------------------------------------- */

START_TEST(test_shoe_wear_flow)
{
	struct app	app;

	start(&app, TEST_SHOE_WEAR);
	past_intro(&app);
	ck_assert_int_eq(page_kind(&app), TP_ASK);
	ck_assert_int_eq(app.touched, 0);
	/* Nothing answered yet: "Not sure", after the 3 choices. */
	ck_assert_int_eq(app.test.menu.n, 4);
	ck_assert_int_eq(app.test.menu.sel, 3);
	/* Left: the second choice (outer); right: the first (inner). */
	keys(&app, TK_HOME, TK_DOWN, TK_ENTER, 0);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].shoe_wear, WEAR_OUTER);
	ck_assert_int_eq(app.touched, 1);
	keys(&app, TK_HOME, TK_ENTER, 0);
	ck_assert_int_eq(app.answers.side[SIDE_RIGHT].shoe_wear, WEAR_INNER);
	finished(&app);
}
END_TEST

START_TEST(test_click_chooses)
{
	struct app	app;

	start(&app, TEST_FOOT_ANGLE);
	past_intro(&app);
	keys(&app, TK_ITEM(2), TK_ITEM(1), 0);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].foot_angle, ANGLE_OUT);
	ck_assert_int_eq(app.answers.side[SIDE_RIGHT].foot_angle,
	    ANGLE_STRAIGHT);
	finished(&app);
}
END_TEST

START_TEST(test_not_sure_and_skip)
{
	struct app	app;

	start(&app, TEST_HEEL_TILT);
	app.answers.side[SIDE_LEFT].heel_tilt = TILT_INWARD;
	app.answers.side[SIDE_RIGHT].heel_tilt = TILT_OUTWARD;
	past_intro(&app);
	/* Prefilled from the answers: the first choice, inward. */
	ck_assert_int_eq(app.test.menu.sel, 0);
	/* "Not sure" is the row after the choices: it clears the answer. */
	keys(&app, TK_END, TK_ENTER, 0);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].heel_tilt, TILT_UNKNOWN);
	ck_assert_int_eq(app.test.menu.sel, 2);	/* right: outward */
	keys(&app, 's', 0);
	ck_assert_int_eq(app.answers.side[SIDE_RIGHT].heel_tilt,
	    TILT_UNKNOWN);
	finished(&app);
}
END_TEST

START_TEST(test_fpi6_flow)
{
	struct app	app;

	start(&app, TEST_FPI6);
	app.answers.partner_present = ANSWER_YES;
	past_intro(&app);
	/* Who scores, once for both feet: a partner. */
	keys(&app, TK_ITEM(1), 0);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].fpi_by, BY_PARTNER);
	ck_assert_int_eq(app.answers.side[SIDE_RIGHT].fpi_by, BY_PARTNER);
	/* Left: item 1 +2, item 2 -2, item 3 0, 4 +1, 5 not sure, 6 -1. */
	keys(&app, TK_END, TK_UP, TK_ENTER, 0);
	keys(&app, TK_HOME, TK_ENTER, 0);
	keys(&app, TK_HOME, TK_DOWN, TK_DOWN, TK_ENTER, 0);
	keys(&app, TK_ITEM(3), 0);
	keys(&app, TK_END, TK_ENTER, 0);
	keys(&app, TK_ITEM(1), 0);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].fpi_item[0], 2);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].fpi_item[1], -2);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].fpi_item[2], 0);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].fpi_item[3], 1);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].fpi_item[4],
	    FPI_ITEM_MISSING);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].fpi_item[5], -1);
	/* Right: every item skipped. */
	for (int i = 0; i < FPI_ITEMS; i++) {
		ck_assert_int_eq(page_kind(&app), TP_ASK);
		keys(&app, 's', 0);
	}
	for (int i = 0; i < FPI_ITEMS; i++)
		ck_assert_int_eq(app.answers.side[SIDE_RIGHT].fpi_item[i],
		    FPI_ITEM_MISSING);
	finished(&app);
}
END_TEST

START_TEST(test_leg_length_flow)
{
	struct app	app;

	start(&app, TEST_LEG_LENGTH);
	past_intro(&app);
	keys(&app, TK_ITEM(2), TK_ITEM(1), 0);
	ck_assert_int_eq(app.answers.leg_length, LEGLEN_RIGHT_SHORTER);
	ck_assert_int_eq(app.answers.pelvis_level, ANSWER_YES);
	finished(&app);
}
END_TEST

START_TEST(test_squat_flow)
{
	struct app	app;

	start(&app, TEST_SQUAT);
	past_intro(&app);
	/* Left knee, left pelvis, then the right leg. */
	keys(&app, TK_ITEM(1), TK_ITEM(1), TK_ITEM(0), 's', 0);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].squat_knee,
	    KNEE_MEDIAL_TO_FOOT);
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].squat_pelvic_drop,
	    ANSWER_YES);
	ck_assert_int_eq(app.answers.side[SIDE_RIGHT].squat_knee,
	    KNEE_OVER_FOOT);
	ck_assert_int_eq(app.answers.side[SIDE_RIGHT].squat_pelvic_drop,
	    ANSWER_UNKNOWN);
	finished(&app);
}
END_TEST

/* ---- the screen: numbers ----------------------------------------- */

START_TEST(test_footprint_numbers)
{
	struct app	app;

	start(&app, TEST_FOOTPRINT_MEASURE);
	past_intro(&app);
	/* Left: forefoot, midfoot, heel on one page, Enter between. */
	chars(&app, "98.5");
	keys(&app, TK_ENTER, 0);
	ck_assert_int_eq(app.test.focus, 1);
	chars(&app, "31");
	keys(&app, TK_ENTER, 0);
	chars(&app, "62");
	keys(&app, TK_ENTER, 0);
	ck_assert(app.answers.side[SIDE_LEFT].print_max_forefoot_mm == 98.5);
	ck_assert(app.answers.side[SIDE_LEFT].print_min_midfoot_mm == 31);
	ck_assert(app.answers.side[SIDE_LEFT].print_max_heel_mm == 62);
	/* Right: the midfoot left empty stays unanswered. */
	chars(&app, "100");
	keys(&app, TK_TAB, TK_TAB, 0);
	chars(&app, "60");
	keys(&app, TK_ENTER, 0);
	ck_assert(app.answers.side[SIDE_RIGHT].print_max_forefoot_mm == 100);
	ck_assert(isnan(app.answers.side[SIDE_RIGHT].print_min_midfoot_mm));
	ck_assert(app.answers.side[SIDE_RIGHT].print_max_heel_mm == 60);
	finished(&app);
}
END_TEST

START_TEST(test_out_of_range_refused)
{
	struct app	app;

	start(&app, TEST_FOOTPRINT_MEASURE);
	past_intro(&app);
	/* 250 mm: the answers file allows 20 to 200 for the forefoot. */
	chars(&app, "250");
	keys(&app, TK_ENTER, 0);
	ck_assert_int_eq(app.test.page, 2);
	ck_assert_int_eq(app.test.focus, 0);
	ck_assert_int_eq(app.message_alert, 1);
	ck_assert_ptr_nonnull(strstr(app.message, "250"));
	ck_assert_ptr_nonnull(strstr(app.message, "20 to 200"));
	ck_assert(isnan(app.answers.side[SIDE_LEFT].print_max_forefoot_mm));
	/* 10 mm is too small too. */
	keys(&app, TK_BACKSPACE, TK_BACKSPACE, TK_BACKSPACE, 0);
	ck_assert_int_eq(app.test.page, 2);	/* Backspace stays here */
	keys(&app, TK_BACKSPACE, 0);
	ck_assert_int_eq(app.test.page, 2);
	chars(&app, "10");
	keys(&app, TK_ENTER, 0);
	ck_assert_ptr_nonnull(strstr(app.message, "10 mm"));
	ck_assert(isnan(app.answers.side[SIDE_LEFT].print_max_forefoot_mm));
	/* Put right, it is kept and the next field has the focus. */
	keys(&app, TK_BACKSPACE, TK_BACKSPACE, 0);
	chars(&app, "95");
	keys(&app, TK_ENTER, 0);
	ck_assert_int_eq(app.test.focus, 1);
	ck_assert(app.answers.side[SIDE_LEFT].print_max_forefoot_mm == 95);
	/* A refused field further down keeps the page from being left. */
	keys(&app, TK_ENTER, 0);
	chars(&app, "201");
	keys(&app, TK_ENTER, 0);
	ck_assert_int_eq(app.test.page, 2);
	ck_assert_int_eq(app.test.focus, 2);
	ck_assert_ptr_nonnull(strstr(app.message, "201"));
}
END_TEST

START_TEST(test_navicular_flow)
{
	struct app	app;

	start(&app, TEST_NAVICULAR_DROP);
	past_intro(&app);
	chars(&app, "52");
	keys(&app, TK_ENTER, 0);
	chars(&app, "44.5");
	keys(&app, TK_ENTER, 0);
	keys(&app, 's', 0);	/* the right foot left out */
	/* Who measured: asked once, kept for both feet. */
	keys(&app, TK_ITEM(2), 0);
	ck_assert(app.answers.side[SIDE_LEFT].navicular_neutral_mm == 52);
	ck_assert(app.answers.side[SIDE_LEFT].navicular_relaxed_mm == 44.5);
	ck_assert(isnan(app.answers.side[SIDE_RIGHT].navicular_neutral_mm));
	ck_assert(isnan(app.answers.side[SIDE_RIGHT].navicular_relaxed_mm));
	ck_assert_int_eq(app.answers.side[SIDE_LEFT].navicular_by, BY_TRAINER);
	ck_assert_int_eq(app.answers.side[SIDE_RIGHT].navicular_by,
	    BY_TRAINER);
	finished(&app);
}
END_TEST

/* Skipping every page leaves every field of the test unanswered. */
START_TEST(test_skip_all_unanswered)
{
	struct app	app;

	start(&app, TEST_FOOTPRINT_MEASURE);
	app.answers.side[SIDE_LEFT].print_max_heel_mm = 60;
	past_intro(&app);
	keys(&app, 's', 's', 0);
	finished(&app);
	for (int s = 0; s < SIDE_COUNT; s++) {
		ck_assert(isnan(app.answers.side[s].print_max_forefoot_mm));
		ck_assert(isnan(app.answers.side[s].print_min_midfoot_mm));
		ck_assert(isnan(app.answers.side[s].print_max_heel_mm));
	}
	start(&app, TEST_SLS_EYES_OPEN);
	past_intro(&app);
	keys(&app, 's', 's', 's', 's', 0);
	finished(&app);
	ck_assert(isnan(app.answers.side[SIDE_LEFT].sls_eyes_open_s));
	ck_assert(isnan(app.answers.side[SIDE_RIGHT].sls_eyes_open_s));
	ck_assert(isinf(app.wake_at));
}
END_TEST

/* ---- the screen: timed and counted ------------------------------- */

/* One stance trial from t to t + secs. */
static void
trial(struct app *app, double t, double secs)
{
	at(app, t);
	keys(app, ' ', 0);
	ck_assert_int_eq(app->test.running, 1);
	at(app, t + secs);
	keys(app, ' ', 0);
}

START_TEST(test_stance_best_of_three)
{
	struct app	app;
	struct grid	g;

	start(&app, TEST_SLS_EYES_OPEN);
	past_intro(&app);
	ck_assert_int_eq(page_kind(&app), TP_DO);
	/* Nothing asks for time while the clock is stopped. */
	ck_assert(isinf(app.wake_at));
	at(&app, 200);
	keys(&app, ' ', 0);
	/* Running: woken every tenth of a second, and the time is shown. */
	ck_assert(tu_close(app.wake_at, 200.1, 0, 1e-9));
	at(&app, 212.37);
	ck_assert(tu_close(app.wake_at, 212.4, 0, 1e-9));
	draw(&app, &g, 80, 24, 1);
	ck_assert(grid_contains(&g, "12.3 s"));
	grid_free(&g);
	keys(&app, ' ', 0);
	ck_assert_int_eq(app.test.running, 0);
	/* The wake-up already asked for finds the clock stopped. */
	at(&app, 212.4);
	ck_assert(isinf(app.wake_at));
	ck_assert_int_eq(app.test.ntrials[SIDE_LEFT], 1);
	ck_assert(tu_close(app.test.trial[SIDE_LEFT][0], 12.3, 0, 1e-9));
	ck_assert(tu_close(app.answers.side[SIDE_LEFT].sls_eyes_open_s, 12.3,
	    0, 1e-9));
	trial(&app, 300, 17.05);
	trial(&app, 400, 9.99);
	ck_assert_int_eq(app.test.ntrials[SIDE_LEFT], 3);
	/* The best of the three is the answer. */
	ck_assert(tu_close(app.answers.side[SIDE_LEFT].sls_eyes_open_s, 17.0,
	    0, 1e-9));
	draw(&app, &g, 80, 24, 1);
	ck_assert(grid_contains(&g, "Best: 17.0 s"));
	grid_free(&g);
	/* No fourth trial: Space goes on to the right leg. */
	keys(&app, ' ', 0);
	ck_assert_int_eq(app.test.ntrials[SIDE_LEFT], 3);
	ck_assert_int_eq(app.test.pages[app.test.page].side, SIDE_RIGHT);
	ck_assert_int_eq(app.test.running, 0);
}
END_TEST

START_TEST(test_stance_cap_and_skip)
{
	struct app	app;
	char		*end;

	start(&app, TEST_SLS_EYES_OPEN);
	past_intro(&app);
	at(&app, 500);
	keys(&app, ' ', 0);
	/* The clock stops itself at 45 s (§4.1), with no key pressed. */
	at(&app, 530);
	ck_assert_int_eq(app.test.running, 1);
	at(&app, 545.0);
	ck_assert_int_eq(app.test.running, 0);
	ck_assert(app.answers.side[SIDE_LEFT].sls_eyes_open_s == 45.0);
	ck_assert_ptr_nonnull(strstr(app.message, "45"));
	/* Stopped: no more wake-ups. */
	ck_assert(isinf(app.wake_at));
	/* A late tick (the loop slept long) still records only 45 s. */
	keys(&app, ' ', 0);	/* done at the cap: on to the right leg */
	ck_assert_int_eq(app.test.pages[app.test.page].side, SIDE_RIGHT);
	at(&app, 600);
	keys(&app, ' ', 0);
	at(&app, 700);
	ck_assert(app.answers.side[SIDE_RIGHT].sls_eyes_open_s == 45.0);
	/* Back to the left leg's page and on: the tries are kept. */
	keys(&app, TK_ESC, 0);
	ck_assert_int_eq(app.test.ntrials[SIDE_LEFT], 1);
	keys(&app, TK_ENTER, TK_ENTER, 0);
	/* The answer pages, prefilled from the best tries. */
	ck_assert_int_eq(page_kind(&app), TP_ASK);
	ck_assert_str_eq(app.test.num[0].buf, "45");
	/* The person corrects the left time. */
	keys(&app, TK_BACKSPACE, TK_BACKSPACE, 0);
	chars(&app, "44.2");
	keys(&app, TK_ENTER, 0);
	ck_assert(tu_close(app.answers.side[SIDE_LEFT].sls_eyes_open_s, 44.2,
	    0, 1e-9));
	/* 46 s is over the limit of the test. */
	keys(&app, TK_BACKSPACE, TK_BACKSPACE, 0);
	chars(&app, "46");
	keys(&app, TK_ENTER, 0);
	ck_assert_ptr_nonnull(strstr(app.message, "0 to 45"));
	ck_assert(strtod(app.test.num[0].buf, &end) == 46);
	keys(&app, TK_BACKSPACE, TK_BACKSPACE, 0);
	chars(&app, "45");
	keys(&app, TK_ENTER, 0);
	finished(&app);
}
END_TEST

START_TEST(test_stance_skip_remaining)
{
	struct app	app;

	start(&app, TEST_SLS_EYES_CLOSED);
	past_intro(&app);
	trial(&app, 100, 3.44);
	/* 's' skips the other tries; the one done is kept. */
	keys(&app, 's', 0);
	ck_assert_int_eq(app.test.pages[app.test.page].side, SIDE_RIGHT);
	ck_assert(tu_close(app.answers.side[SIDE_LEFT].sls_eyes_closed_s, 3.4,
	    0, 1e-9));
	/* Esc while running: that try is not counted. */
	at(&app, 200);
	keys(&app, ' ', 0);
	at(&app, 202);
	keys(&app, TK_ESC, 0);
	ck_assert_int_eq(app.test.running, 0);
	ck_assert_int_eq(app.test.ntrials[SIDE_RIGHT], 0);
	ck_assert_int_eq(page_kind(&app), TP_DO);
	ck_assert(isnan(app.answers.side[SIDE_RIGHT].sls_eyes_closed_s));
}
END_TEST

START_TEST(test_tandem)
{
	struct app	app;

	start(&app, TEST_TANDEM);
	past_intro(&app);
	at(&app, 100);
	keys(&app, ' ', 0);
	at(&app, 105);
	ck_assert_int_eq(app.answers.tandem_10s, ANSWER_UNKNOWN);
	at(&app, 110.0);
	ck_assert_int_eq(app.answers.tandem_10s, ANSWER_YES);
	ck_assert_int_eq(app.test.running, 0);
	/* Tried again: stepped out after 3 s. */
	keys(&app, ' ', 0);
	at(&app, 113);
	keys(&app, ' ', 0);
	ck_assert_int_eq(app.answers.tandem_10s, ANSWER_NO);
	keys(&app, TK_ENTER, 0);
	/* The answer page shows it, and can change it. */
	ck_assert_int_eq(page_kind(&app), TP_ASK);
	ck_assert_int_eq(app.test.menu.sel, 0);
	keys(&app, TK_DOWN, TK_ENTER, 0);
	ck_assert_int_eq(app.answers.tandem_10s, ANSWER_YES);
	finished(&app);
}
END_TEST

START_TEST(test_heel_raise_count)
{
	struct app	app;
	struct grid	g;

	start(&app, TEST_HEEL_RAISE);
	past_intro(&app);
	/* The protocol first: the incline board. */
	keys(&app, TK_ITEM(1), 0);
	ck_assert_int_eq(app.answers.heel_raise_protocol, HRP_INCLINE_10DEG);
	ck_assert_int_eq(page_kind(&app), TP_DO);
	at(&app, 50);
	keys(&app, ' ', ' ', ' ', ' ', ' ', 0);
	ck_assert_int_eq(app.test.reps[SIDE_LEFT], 5);
	/* The metronome beats once a second from the first raise. */
	ck_assert(tu_close(app.wake_at, 51, 0, 1e-9));
	draw(&app, &g, 80, 24, 0);
	ck_assert(grid_contains(&g, "^ up"));
	ck_assert(grid_contains(&g, "Raises counted: 5"));
	grid_free(&g);
	at(&app, 51.2);
	ck_assert(tu_close(app.wake_at, 52, 0, 1e-9));
	draw(&app, &g, 80, 24, 0);
	ck_assert(grid_contains(&g, "v down"));
	ck_assert(!grid_contains(&g, "^ up"));
	grid_free(&g);
	keys(&app, TK_BACKSPACE, TK_BACKSPACE, 0);
	ck_assert_int_eq(app.test.reps[SIDE_LEFT], 3);
	ck_assert(app.answers.side[SIDE_LEFT].heel_raise_reps == 3);
	/* Backspace with no raise left stays on the page. */
	keys(&app, TK_BACKSPACE, TK_BACKSPACE, TK_BACKSPACE, TK_BACKSPACE, 0);
	ck_assert_int_eq(app.test.reps[SIDE_LEFT], 0);
	ck_assert_int_eq(page_kind(&app), TP_DO);
	keys(&app, ' ', ' ', ' ', TK_ENTER, 0);
	ck_assert_int_eq(app.test.running, 0);
	ck_assert_int_eq(app.test.pages[app.test.page].side, SIDE_RIGHT);
	keys(&app, ' ', ' ', TK_ENTER, 0);
	/* The answers, prefilled from the counts. */
	ck_assert_str_eq(app.test.num[0].buf, "3");
	/* Back to the right leg's counter and on: it counts on from 2. */
	keys(&app, TK_ESC, 0);
	ck_assert_int_eq(page_kind(&app), TP_DO);
	keys(&app, ' ', TK_BACKSPACE, TK_ENTER, 0);
	ck_assert(app.answers.side[SIDE_RIGHT].heel_raise_reps == 2);
	/* After a resume too (the counts are rebuilt from the answers). */
	app_goto(&app, SCR_WELCOME);
	keys(&app, TK_ESC, 0);
	ck_assert_int_eq(app.screen, SCR_TEST);
	keys(&app, TK_ESC, TK_ESC, 0);
	ck_assert_int_eq(page_kind(&app), TP_DO);
	ck_assert_int_eq(app.test.pages[app.test.page].side, SIDE_RIGHT);
	keys(&app, ' ', 0);
	ck_assert(app.answers.side[SIDE_RIGHT].heel_raise_reps == 3);
	keys(&app, TK_BACKSPACE, TK_ENTER, 0);
	ck_assert_str_eq(app.test.num[0].buf, "3");
	keys(&app, TK_ENTER, 0);
	ck_assert_str_eq(app.test.num[0].buf, "2");
	/* Corrected: 201 is refused, 30 kept. */
	keys(&app, TK_BACKSPACE, 0);
	chars(&app, "201");
	keys(&app, TK_ENTER, 0);
	ck_assert_ptr_nonnull(strstr(app.message, "0 to 200"));
	keys(&app, TK_BACKSPACE, TK_BACKSPACE, TK_BACKSPACE, 0);
	chars(&app, "30");
	keys(&app, TK_ENTER, 0);
	ck_assert(app.answers.side[SIDE_LEFT].heel_raise_reps == 3);
	ck_assert(app.answers.side[SIDE_RIGHT].heel_raise_reps == 30);
	finished(&app);
}
END_TEST

START_TEST(test_heel_raise_flat_no_metronome)
{
	struct app	app;

	start(&app, TEST_HEEL_RAISE);
	past_intro(&app);
	keys(&app, TK_HOME, TK_ENTER, 0);	/* flat floor */
	ck_assert_int_eq(app.answers.heel_raise_protocol, HRP_FLAT_FLOOR);
	keys(&app, ' ', 0);
	ck_assert_int_eq(app.test.running, 0);
	ck_assert(isinf(app.wake_at));
	ck_assert(app.answers.side[SIDE_LEFT].heel_raise_reps == 1);
	/* 's' on the right leg: its count stays unanswered. */
	keys(&app, TK_ENTER, 's', 0);
	ck_assert(isnan(app.answers.side[SIDE_RIGHT].heel_raise_reps));
}
END_TEST

/* ---- navigation -------------------------------------------------- */

START_TEST(test_back_pages_and_screens)
{
	struct app	app;

	start(&app, TEST_SHOE_WEAR);
	past_intro(&app);
	keys(&app, TK_ESC, 0);
	ck_assert_int_eq(app.test.page, 1);
	keys(&app, TK_BACKSPACE, 0);
	ck_assert_int_eq(app.test.page, 0);
	keys(&app, TK_ESC, 0);
	ck_assert_int_eq(app.screen, SCR_WELCOME);
}
END_TEST

/* Esc from the next test comes back to this one's last page, prefilled. */
START_TEST(test_resume_prefilled)
{
	struct app	app;

	start(&app, TEST_FOOT_ANGLE);
	past_intro(&app);
	keys(&app, TK_ITEM(0), TK_ITEM(2), 0);
	finished(&app);
	keys(&app, TK_ESC, 0);
	ck_assert_int_eq(app.screen, SCR_TEST);
	ck_assert_int_eq(app.step, 0);
	ck_assert_int_eq(app.test.test, TEST_FOOT_ANGLE);
	ck_assert_int_eq(app.test.page, app.test.npages - 1);
	ck_assert_int_eq(app.test.pages[app.test.page].side, SIDE_RIGHT);
	ck_assert_int_eq(app.test.menu.sel, 2);
	keys(&app, TK_ESC, 0);
	ck_assert_int_eq(app.test.menu.sel, 0);
}
END_TEST

/* ---- drawing ----------------------------------------------------- */

/* Every cell of an ASCII grid is ASCII. */
static void
assert_ascii(const struct grid *g, const char *what)
{
	for (int y = 0; y < g->h; y++)
		for (int x = 0; x < g->w; x++)
			ck_assert_msg(grid_at(g, x, y)->ch < 0x80,
			    "%s: U+%04X at %d,%d", what,
			    (unsigned)grid_at(g, x, y)->ch, x, y);
}

START_TEST(test_every_page_draws)
{
	struct app	app;
	struct grid	g;
	char		what[128];
	int		pages;

	for (int t = 0; t < TEST_COUNT; t++) {
		if (test_is_board(t))
			continue;
		start(&app, t);
		app.cols = 80;
		app.lines = 24;
		for (pages = 0; app.step == 0 && pages < TEST_PAGES_MAX;
		    pages++) {
			for (int utf8 = 0; utf8 <= 1; utf8++) {
				snprintf(what, sizeof what, "%s page %d %s",
				    test_key(t), app.test.page,
				    utf8 ? "UTF-8" : "ASCII");
				app.utf8 = utf8;
				draw(&app, &g, 80, 24, utf8);
				ck_assert_msg(grid_contains(&g, test_title(t)),
				    "%s: no title", what);
				if (!utf8)
					assert_ascii(&g, what);
				grid_free(&g);
			}
			if (page_kind(&app) == TP_NEEDS ||
			    page_kind(&app) == TP_HOWTO)
				keys(&app, TK_ENTER, 0);
			else
				keys(&app, 's', 0);
		}
		ck_assert_msg(pages == app.test.npages || app.step == 1,
		    "%s", test_key(t));
		finished(&app);
	}
}
END_TEST

START_TEST(test_pages_say_what_matters)
{
	struct app	app;
	struct grid	g;

	start(&app, TEST_SLS_EYES_OPEN);
	draw(&app, &g, 80, 24, 1);
	ck_assert(grid_contains(&g, "What you need"));
	ck_assert(grid_contains(&g, "wall or a steady chair"));
	ck_assert(grid_contains(&g, "5 minutes"));
	grid_free(&g);
	keys(&app, TK_ENTER, 0);
	draw(&app, &g, 80, 24, 0);
	ck_assert(grid_contains(&g, "How to do it"));
	ck_assert(grid_contains(&g, "1. "));
	ck_assert(grid_contains(&g, ">X<"));	/* the picture */
	grid_free(&g);

	start(&app, TEST_FOOTPRINT_PICTURE);
	past_intro(&app);
	draw(&app, &g, 80, 24, 0);
	ck_assert(grid_contains(&g, "Left foot"));
	ck_assert(grid_contains(&g, "  1  High arch"));
	ck_assert(grid_contains(&g, "> Not sure"));
	/* The four prints: the flat one's middle is as wide as its front. */
	ck_assert(grid_contains(&g, "#######   #######"));
	grid_free(&g);

	start(&app, TEST_FOOTPRINT_MEASURE);
	past_intro(&app);
	chars(&app, "98");
	draw(&app, &g, 80, 24, 0);
	ck_assert(grid_contains(&g, "[98_"));
	ck_assert(grid_contains(&g, "mm"));
	grid_free(&g);
}
END_TEST

int
main(void)
{
	Suite	*s;
	TCase	*tc;

	setenv("FOOTSCREEN_SYSCONFDIR", "/nonexistent-footscreen-test", 1);
	if (tf_load() != 0)
		return 1;
	s = suite_create("tui_selftests");
	tc = tcase_create("widgets");
	tcase_add_test(tc, test_numfield_typing);
	tcase_add_test(tc, test_numfield_negative_and_integer);
	tcase_add_test(tc, test_numfield_set_and_full);
	tcase_add_test(tc, test_numfield_draw);
	tcase_add_test(tc, test_menu_keys);
	tcase_add_test(tc, test_menu_draw_scrolls);
	tcase_add_test(tc, test_scroll_by_key);
	suite_add_tcase(s, tc);

	tc = tcase_create("catalog");
	tcase_add_test(tc, test_catalog_select);
	tcase_add_test(tc, test_catalog_entries);
	tcase_add_test(tc, test_catalog_ranges_known);
	tcase_add_test(tc, test_skip_board);
	tcase_add_test(tc, test_skip_caution);
	tcase_add_test(tc, test_skip_partner);
	tcase_add_test(tc, test_skip_in_steps);
	suite_add_tcase(s, tc);

	tc = tcase_create("screen");
	tcase_add_test(tc, test_shoe_wear_flow);
	tcase_add_test(tc, test_click_chooses);
	tcase_add_test(tc, test_not_sure_and_skip);
	tcase_add_test(tc, test_fpi6_flow);
	tcase_add_test(tc, test_leg_length_flow);
	tcase_add_test(tc, test_squat_flow);
	tcase_add_test(tc, test_footprint_numbers);
	tcase_add_test(tc, test_out_of_range_refused);
	tcase_add_test(tc, test_navicular_flow);
	tcase_add_test(tc, test_skip_all_unanswered);
	tcase_add_test(tc, test_stance_best_of_three);
	tcase_add_test(tc, test_stance_cap_and_skip);
	tcase_add_test(tc, test_stance_skip_remaining);
	tcase_add_test(tc, test_tandem);
	tcase_add_test(tc, test_heel_raise_count);
	tcase_add_test(tc, test_heel_raise_flat_no_metronome);
	tcase_add_test(tc, test_back_pages_and_screens);
	tcase_add_test(tc, test_resume_prefilled);
	tcase_add_test(tc, test_every_page_draws);
	tcase_add_test(tc, test_pages_say_what_matters);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
