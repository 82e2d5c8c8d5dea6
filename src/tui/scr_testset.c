/*
 * scr_testset.c: which tests to do (issue 5 item 1): the quick set (about
 * five minutes, no equipment) or the full set (everything one person can
 * do alone), with the balance-board tests offered only when a board is
 * there to use and the helper's tests only when someone is there to help.
 * The minutes are summed from the catalog, leaving out the tests this
 * screening will skip.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>

#include "tui/app.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

enum ts_row { TS_QUICK, TS_FULL, TS_BOARD, TS_PARTNER, TS_COUNT };

/* Balance-board tests need a board sending samples, or the demo's. */
static int
board_offered(const struct app *app)
{
	return app->demo || (app->board.present &&
	    app->board.status == BOARD_CONNECTED);
}

static int
partner_offered(const struct app *app)
{
	return app->answers.partner_present == ANSWER_YES;
}

/* The rows shown, in order, into rows[]; returns how many. */
static int
ts_rows(const struct app *app, enum ts_row rows[TS_COUNT])
{
	int	n = 0;

	rows[n++] = TS_QUICK;
	rows[n++] = TS_FULL;
	if (board_offered(app))
		rows[n++] = TS_BOARD;
	if (partner_offered(app))
		rows[n++] = TS_PARTNER;
	return n;
}

/* The sets chosen, as SET_* bits, leaving out what is not offered. */
static unsigned
ts_sets(const struct app *app)
{
	const struct scr_testset	*s = &app->testset;
	unsigned			 sets = s->full ? SET_FULL : SET_QUICK;

	if (s->board && board_offered(app))
		sets |= SET_BOARD;
	if (s->partner && partner_offered(app))
		sets |= SET_PARTNER;
	return sets;
}

/* Minutes the tests of these sets take, without the ones left out. */
static double
ts_minutes(const struct app *app, unsigned sets)
{
	enum test_id	t[TEST_COUNT];
	double		sum = 0;
	int		n = catalog_select(sets, t, TEST_COUNT);

	for (int i = 0; i < n; i++)
		if (test_skip_reason(app, t[i]) == NULL)
			sum += test_minutes(t[i]);
	return sum;
}

/* "about 5 minutes", never "about 0". */
static int
ts_round(double minutes)
{
	long	m = lround(minutes);

	return m < 1 ? 1 : (int)m;
}

static const char *
ts_label(const void *ctx, int i, char *buf, size_t len)
{
	const struct app		*app = ctx;
	const struct scr_testset	*s = &app->testset;
	enum ts_row			 rows[TS_COUNT];
	unsigned			 base = ts_sets(app) &
					     (SET_QUICK | SET_FULL);
	double				 extra;
	int				 board;

	if (i >= ts_rows(app, rows)) {
		buf[0] = '\0';
		return buf;
	}
	switch (rows[i]) {
	case TS_QUICK:
		snprintf(buf, len, "%s Quick: about %d minutes, no equipment",
		    !s->full ? "(*)" : "( )", ts_round(ts_minutes(app,
		    SET_QUICK)));
		break;
	case TS_FULL:
		snprintf(buf, len, "%s Full: about %d minutes, everything you "
		    "can do alone", s->full ? "(*)" : "( )",
		    ts_round(ts_minutes(app, SET_FULL)));
		break;
	case TS_BOARD:
	case TS_PARTNER:
		board = rows[i] == TS_BOARD;
		extra = ts_minutes(app, base | (board ? SET_BOARD :
		    SET_PARTNER)) - ts_minutes(app, base);
		snprintf(buf, len, "[%s] with %s (about %d more minutes)",
		    (board ? s->board : s->partner) ? "x" : " ", board ?
		    "the balance-board tests" : "the tests your helper does "
		    "with you", ts_round(extra));
		break;
	default:
		buf[0] = '\0';
		break;
	}
	return buf;
}

static void
ts_rebuild(struct app *app)
{
	struct scr_testset	*s = &app->testset;
	enum ts_row		 rows[TS_COUNT];
	int			 sel = s->m.sel;

	if (app->sets != 0) {
		s->full = (app->sets & SET_FULL) != 0;
		s->board = (app->sets & SET_BOARD) != 0;
		s->partner = (app->sets & SET_PARTNER) != 0;
	} else {
		/* Design rule: a board set up or a helper there is meant
		 * to be used, so their tests start ticked. */
		s->full = 0;
		s->board = 1;
		s->partner = 1;
	}
	menu_init(&s->m, ts_rows(app, rows));
	if (sel > 0 && sel < s->m.n)
		s->m.sel = sel;
}

static void
ts_choose(struct app *app, enum ts_row row)
{
	struct scr_testset	*s = &app->testset;

	switch (row) {
	case TS_QUICK:
		s->full = 0;
		break;
	case TS_FULL:
		s->full = 1;
		break;
	case TS_BOARD:
		s->board = !s->board;
		break;
	case TS_PARTNER:
		s->partner = !s->partner;
		break;
	default:
		break;
	}
}

static void
ts_start(struct app *app)
{
	app->sets = ts_sets(app);
	app_plan_steps(app);
	app_next_step(app);
}

static int
testset_key(struct app *app, int key)
{
	struct scr_testset	*s = &app->testset;
	enum ts_row		 rows[TS_COUNT];
	int			 n = ts_rows(app, rows);

	/* The board may have come or gone since the screen was entered. */
	s->m.n = n;
	if (s->m.sel >= n)
		s->m.sel = n - 1;
	switch (key) {
	case TK_ENTER:
		/* Enter on a set picks it; on a box it just starts. */
		if (rows[s->m.sel] == TS_QUICK || rows[s->m.sel] == TS_FULL)
			ts_choose(app, rows[s->m.sel]);
		ts_start(app);
		return 1;
	case ' ':
		ts_choose(app, rows[s->m.sel]);
		return 1;
	}
	switch (menu_key(&s->m, key, n)) {
	case MENU_MOVED:
		return 1;
	case MENU_CHOSEN:
		ts_choose(app, rows[s->m.sel]);
		return 1;
	}
	return 0;
}

/* The tests chosen, by title, in two columns when they need it. */
static void
ts_draw_tests(const struct app *app, struct grid *g, struct rect r)
{
	enum test_id	 t[TEST_COUNT];
	int		 n = catalog_select(ts_sets(app), t, TEST_COUNT);
	int		 cols = n > r.h ? 2 : 1, per = (n + cols - 1) / cols;
	int		 cw = r.w / cols, x, y;
	char		 buf[128];
	const char	*why;

	for (int i = 0; i < n; i++) {
		x = r.x + (i / per) * cw;
		y = r.y + i % per;
		if (y >= r.y + r.h)
			continue;
		why = test_skip_reason(app, t[i]);
		snprintf(buf, sizeof buf, "%2d %s%s", i + 1, test_title(t[i]),
		    why != NULL ? " (left out)" : "");
		grid_text(g, x, y, cw - 1, buf, 0, why != NULL ? GC_MUTED :
		    GC_DEFAULT);
	}
}

static void
testset_draw(const struct app *app, struct grid *g, struct rect body)
{
	struct rect	r = intro_column(body);
	struct menu	m = app->testset.m;
	enum test_id	t[TEST_COUNT];
	enum ts_row	rows[TS_COUNT];
	int		y, n, run;

	grid_text(g, r.x, r.y, r.w, "Which tests?", GA_BOLD, GC_DEFAULT);
	grid_wrap(g, r.x, r.y + 1, r.w, 2, 0, "Choose a set with Up and Down "
	    "and Space (or a click), then press Enter to begin. Any test can "
	    "be left out when you get to it.", 0, GC_MUTED);
	y = r.y + 4;
	m.n = ts_rows(app, rows);
	menu_draw(&m, g, (struct rect){ r.x, y, r.w, m.n }, ts_label, app);
	y += m.n + 1;
	n = catalog_select(ts_sets(app), t, TEST_COUNT);
	run = 0;
	for (int i = 0; i < n; i++)
		run += test_skip_reason(app, t[i]) == NULL;
	grid_printf(g, r.x, y, r.w, GA_BOLD, GC_DEFAULT, "Your tests: %d, "
	    "about %d minutes", run, ts_round(ts_minutes(app, ts_sets(app))));
	ts_draw_tests(app, g, (struct rect){ r.x + 2, y + 1, r.w - 2,
	    r.y + r.h - y - 1 });
}

static const struct keybind testset_keys[] = {
	{ TK_ENTER, 0, "begin", "Begin the tests (Enter on a set chooses it "
	    "first).", 1 },
	{ ' ', 0, "choose", "Choose the selected set, or tick or untick the "
	    "extra tests (a click does the same).", 1 },
	{ TK_UP, TK_DOWN, "select", "Select a row.", 0 },
};

const struct screen_ops screen_testset = {
	.title = "which tests",
	.keys = testset_keys,
	.nkeys = NELEM(testset_keys),
	.help = "The quick set needs no equipment. The full set adds every "
	    "other check one person can do alone. Balance-board tests "
	    "appear when a board is connected, and tests for a helper when "
	    "you said someone is with you. Tests marked \"left out\" are "
	    "skipped to keep you safe or because something they need is "
	    "missing.",
	.enter = ts_rebuild,
	.resume = ts_rebuild,
	.key = testset_key,
	.draw = testset_draw,
};
