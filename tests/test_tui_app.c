/*
 * test_tui_app.c: the TUI's state machine with no terminal (src/tui/app.c,
 * app_draw.c): navigation (goto, back, replace, the history with test
 * steps), the help and quit overlays, the hint bar and the help page made
 * from the key tables, clicks turned into keys, the line shown when the
 * terminal is too small, timers, board input and its redraw limit, the
 * core run; and the board demo actor (board_sim_phase()).
 *
 * The screens are the real ones (screen_ops_table is const); the tests
 * read each screen's key table rather than assume what is in it, and use
 * the welcome and about screens, which pass the global keys on.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board/board.h"
#include "config/config.h"
#include "testutil.h"
#include "tui/app.h"
#include "tui_fixture.h"

/* The column where ASCII text starts on row y, or -1. */
static int
find_col(int y, const char *s)
{
	int	x, i, n = (int)strlen(s);

	for (x = 0; x + n <= G.w; x++) {
		for (i = 0; i < n; i++)
			if (grid_at(&G, x + i, y)->ch != (unsigned char)s[i])
				break;
		if (i == n)
			return x;
	}
	return -1;
}

static const struct screen_ops *
cur(void)
{
	return screen_ops_table[A->screen];
}

/* ---- navigation ---- */

START_TEST(starts_on_welcome)
{
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_int_eq(A->nhistory, 0);
	ck_assert(isinf(A->wake_at));
	ck_assert_ptr_nonnull(A->contact);
	ck_assert_int_eq(A->cols, 100);
	ck_assert_int_eq(A->lines, 30);
	ck_assert_int_eq(A->touched, 0);
	ck_assert_int_eq(A->quit, 0);
	ck_assert_int_eq(A->overlay, OVERLAY_NONE);
	for (int i = 0; i < SCR_COUNT; i++) {
		ck_assert_ptr_nonnull(screen_ops_table[i]);
		ck_assert_str_ne(screen_name(i), "?");
	}
	ck_assert_str_eq(screen_name(SCR_RESULTS), "results");
	ck_assert_str_eq(screen_name(SCR_COUNT), "?");
}
END_TEST

START_TEST(goto_back_and_replace)
{
	app_message(A, 1, "old %d", 7);
	ck_assert_str_eq(A->message, "old 7");
	app_goto(A, SCR_ABOUT);
	ck_assert_int_eq(A->screen, SCR_ABOUT);
	ck_assert_int_eq(A->nhistory, 1);
	ck_assert_int_eq(A->history[0].screen, SCR_WELCOME);
	/* A new screen starts with no message. */
	ck_assert_str_eq(A->message, "");
	ck_assert_int_eq(A->message_alert, 0);
	app_goto(A, SCR_PERSON);
	/* Replace: the about screen stays the one Back returns to. */
	app_replace(A, SCR_SYMPTOMS);
	ck_assert_int_eq(A->screen, SCR_SYMPTOMS);
	ck_assert_int_eq(A->nhistory, 2);
	ck_assert_int_eq(app_back(A), 1);
	ck_assert_int_eq(A->screen, SCR_ABOUT);
	ck_assert_int_eq(app_back(A), 1);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_int_eq(app_back(A), 0);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
}
END_TEST

START_TEST(history_keeps_the_step)
{
	A->step = 3;
	app_goto(A, SCR_ABOUT);
	A->step = 7;
	app_goto(A, SCR_WELCOME);
	A->step = 9;
	ck_assert_int_eq(app_back(A), 1);
	ck_assert_int_eq(A->step, 7);
	ck_assert_int_eq(app_back(A), 1);
	ck_assert_int_eq(A->step, 3);
}
END_TEST

START_TEST(a_full_history_drops_the_oldest)
{
	int	i, backs = 0;

	for (i = 0; i < APP_HISTORY_MAX + 5; i++) {
		A->step = i;
		app_goto(A, i % 2 ? SCR_WELCOME : SCR_ABOUT);
	}
	ck_assert_int_eq(A->nhistory, APP_HISTORY_MAX);
	while (app_back(A))
		backs++;
	ck_assert_int_eq(backs, APP_HISTORY_MAX);
	/* The oldest kept is the sixth visited: steps 0..4 fell off. */
	ck_assert_int_eq(A->step, 5);
}
END_TEST

START_TEST(steps_go_through_the_tests)
{
	enum test_id	want[APP_STEPS_MAX];
	int		n, first, second;

	A->sets = SET_QUICK;
	app_plan_steps(A);
	n = catalog_select(SET_QUICK, want, APP_STEPS_MAX);
	ck_assert_int_gt(n, 1);
	ck_assert_int_eq(A->nsteps, n);
	ck_assert(memcmp(A->steps, want, n * sizeof want[0]) == 0);
	app_goto(A, SCR_TESTSET);
	app_next_step(A);
	first = A->step;
	ck_assert_int_ge(first, 0);
	ck_assert_int_eq(A->screen, test_is_board(A->steps[first]) ?
	    SCR_BOARDTEST : SCR_TEST);
	/* The tests before the first one run are the skipped ones. */
	for (int i = 0; i < first; i++)
		ck_assert_ptr_nonnull(test_skip_reason(A, A->steps[i]));
	ck_assert_ptr_null(test_skip_reason(A, A->steps[first]));
	app_next_step(A);
	second = A->step;
	ck_assert_int_gt(second, first);
	/* The title bar counts the tests. */
	tf_draw();
	{
		char	want_title[32];

		snprintf(want_title, sizeof want_title, "test %d of %d",
		    second + 1, n);
		ck_assert_msg(strstr(tf_row(0), want_title) != NULL,
		    "title '%s' lacks '%s'", tf_row(0), want_title);
	}
	/* Back returns to the first test at its step, then the set chooser. */
	ck_assert_int_eq(app_back(A), 1);
	ck_assert_int_eq(A->step, first);
	ck_assert(A->screen == SCR_TEST || A->screen == SCR_BOARDTEST);
	ck_assert_int_eq(app_back(A), 1);
	ck_assert_int_eq(A->screen, SCR_TESTSET);
}
END_TEST

START_TEST(skipped_tests_lead_to_the_results)
{
	/* No board: every board test is left out, and the results follow. */
	A->board.present = 0;
	A->sets = SET_BOARD;
	app_plan_steps(A);
	ck_assert_int_gt(A->nsteps, 0);
	for (int i = 0; i < A->nsteps; i++)
		ck_assert_ptr_nonnull(test_skip_reason(A, A->steps[i]));
	app_goto(A, SCR_TESTSET);
	app_next_step(A);
	ck_assert_int_eq(A->screen, SCR_RESULTS);
	ck_assert_int_eq(A->have_result, 1);
	ck_assert_msg(strncmp(A->message, "Left out: ", 10) == 0, "message '%s'",
	    A->message);
	ck_assert_int_eq(A->message_alert, 0);
	/* Back from the results goes to the set chooser. */
	ck_assert_int_eq(app_back(A), 1);
	ck_assert_int_eq(A->screen, SCR_TESTSET);
}
END_TEST

START_TEST(compute_runs_the_core)
{
	app_touch(A);
	ck_assert_int_eq(A->touched, 1);
	ck_assert_int_eq(app_compute(A), 0);
	ck_assert_int_eq(A->have_result, 1);
	/* An answer changed: the results are stale. */
	app_touch(A);
	ck_assert_int_eq(A->have_result, 0);
	/* An answer out of range: an alert, no result. */
	A->answers.age_years = 1000;
	ck_assert_int_eq(app_compute(A), -1);
	ck_assert_int_eq(A->have_result, 0);
	ck_assert_int_eq(A->message_alert, 1);
	ck_assert_msg(strstr(A->message, "could not be scored") != NULL,
	    "message '%s'", A->message);
}
END_TEST

START_TEST(reset_starts_again)
{
	A->demo = 1;
	A->io.ctx = A;
	A->board.present = 1;
	A->board.status = BOARD_CONNECTED;
	A->answers.age_years = 40;
	app_touch(A);
	app_goto(A, SCR_ABOUT);
	tf_size(90, 25, 1);
	app_reset(A);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_int_eq(A->nhistory, 0);
	ck_assert_int_eq(A->touched, 0);
	ck_assert_int_eq(A->answers.age_years, 0);
	ck_assert_int_eq(A->demo, 1);
	ck_assert_ptr_eq(A->io.ctx, A);
	ck_assert_ptr_eq(A->library, &tf_lib);
	ck_assert_ptr_eq(A->rules, &tf_rules);
	ck_assert_int_eq(A->board.present, 1);
	ck_assert_int_eq(A->board.status, BOARD_CONNECTED);
	ck_assert_int_eq(A->utf8, 1);
	ck_assert_int_eq(A->cols, 90);
	ck_assert_int_eq(A->lines, 25);
}
END_TEST

/* ---- global keys and overlays ---- */

START_TEST(global_keys_pass_through)
{
	app_goto(A, SCR_ABOUT);
	A->dirty = 0;
	app_key(A, TK_ESC);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_int_eq(A->dirty, 1);
	app_goto(A, SCR_ABOUT);
	app_key(A, TK_BACKSPACE);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	app_goto(A, SCR_ABOUT);
	app_key(A, '?');
	ck_assert_int_eq(A->overlay, OVERLAY_HELP);
	app_key(A, TK_ESC);
	ck_assert_int_eq(A->overlay, OVERLAY_NONE);
	/* Esc closed the help; it did not also go back. */
	ck_assert_int_eq(A->screen, SCR_ABOUT);
	app_key(A, TK_F1);
	ck_assert_int_eq(A->overlay, OVERLAY_HELP);
	/* q closes the help and does not quit. */
	app_key(A, 'q');
	ck_assert_int_eq(A->overlay, OVERLAY_NONE);
	ck_assert_int_eq(A->quit, 0);
}
END_TEST

START_TEST(quit_asks_only_when_touched)
{
	app_goto(A, SCR_ABOUT);
	app_key(A, 'q');
	ck_assert_int_eq(A->quit, 1);
	ck_assert_int_eq(A->overlay, OVERLAY_NONE);

	A->quit = 0;
	app_touch(A);
	app_key(A, 'q');
	ck_assert_int_eq(A->quit, 0);
	ck_assert_int_eq(A->overlay, OVERLAY_QUIT);
	tf_draw();
	ck_assert(grid_contains(&G, "Quit footscreen?"));
	/* Other keys are ignored while it asks. */
	app_key(A, TK_DOWN);
	app_key(A, 'x');
	ck_assert_int_eq(A->overlay, OVERLAY_QUIT);
	ck_assert_int_eq(A->screen, SCR_ABOUT);
	app_key(A, 'n');
	ck_assert_int_eq(A->overlay, OVERLAY_NONE);
	ck_assert_int_eq(A->quit, 0);
	app_key(A, TK_F(10));
	ck_assert_int_eq(A->overlay, OVERLAY_QUIT);
	app_key(A, TK_ESC);
	ck_assert_int_eq(A->overlay, OVERLAY_NONE);
	ck_assert_int_eq(A->screen, SCR_ABOUT);
	ck_assert_int_eq(A->quit, 0);
	app_key(A, 'q');
	app_key(A, 'y');
	ck_assert_int_eq(A->quit, 1);
	A->quit = 0;
	app_key(A, 'q');
	app_key(A, TK_ENTER);
	ck_assert_int_eq(A->quit, 1);
}
END_TEST

START_TEST(quit_box_is_clickable)
{
	int	y, x = -1, key;

	app_touch(A);
	app_quit_ask(A);
	ck_assert_int_eq(A->overlay, OVERLAY_QUIT);
	tf_draw();
	for (y = 0; y < G.h && x < 0; y++)
		x = find_col(y, "n stay");
	ck_assert_int_ge(x, 0);
	key = grid_hit_at(&G, x + 2, y - 1);
	ck_assert_int_eq(key, 'n');
	app_key(A, key);
	ck_assert_int_eq(A->overlay, OVERLAY_NONE);
	app_quit_ask(A);
	tf_draw();
	for (x = -1, y = 0; y < G.h && x < 0; y++)
		x = find_col(y, "y quit");
	key = grid_hit_at(&G, x, y - 1);
	ck_assert_int_eq(key, 'y');
	app_key(A, key);
	ck_assert_int_eq(A->quit, 1);
}
END_TEST

/* "Enter" or "Enter, Space": the help page's key column. */
static void
key_column(const struct keybind *k, char *buf, size_t len)
{
	char	a[32], b[32];

	tui_key_name(k->key, a, sizeof a);
	if (k->alias != 0)
		snprintf(buf, len, "%s, %s", a, tui_key_name(k->alias, b,
		    sizeof b));
	else
		snprintf(buf, len, "%s", a);
}

/* The first n words of s. */
static void
first_words(const char *s, int n, char *buf, size_t len)
{
	size_t	i;

	for (i = 0; s[i] != '\0' && i + 1 < len; i++) {
		if (s[i] == ' ' && --n == 0)
			break;
		buf[i] = s[i];
	}
	buf[i] = '\0';
}

/* Every key of the screen and every global key is on the help page. */
static void
help_lists_every_key_of(enum screen_id id)
{
	const struct keybind	globals[] = {
		{ '?', TK_F1, NULL, "Show this page", 1 },
		{ TK_ESC, TK_BACKSPACE, NULL, "Go back", 1 },
		{ 'q', TK_F(10), NULL, "Leave footscreen", 1 },
	};
	const struct screen_ops	*o;
	char			 name[80], words[80];
	size_t			 i;

	app_replace(A, id);
	o = cur();
	tf_size(100, 90, 1);
	app_key(A, '?');
	ck_assert_int_eq(A->overlay, OVERLAY_HELP);
	tf_draw();
	snprintf(words, sizeof words, "Help: %s", o->title);
	ck_assert_msg(grid_contains(&G, words), "no '%s'", words);
	for (i = 0; i < o->nkeys; i++) {
		key_column(&o->keys[i], name, sizeof name);
		ck_assert_msg(grid_contains(&G, name), "%s: no key '%s'",
		    screen_name(id), name);
		first_words(o->keys[i].help != NULL ? o->keys[i].help :
		    o->keys[i].label, 3, words, sizeof words);
		ck_assert_msg(grid_contains(&G, words), "%s: no help '%s'",
		    screen_name(id), words);
	}
	for (i = 0; i < sizeof globals / sizeof globals[0]; i++) {
		key_column(&globals[i], name, sizeof name);
		ck_assert_msg(grid_contains(&G, name), "no key '%s'", name);
		ck_assert_msg(grid_contains(&G, globals[i].help), "no '%s'",
		    globals[i].help);
	}
}

START_TEST(help_lists_every_key)
{
	help_lists_every_key_of(SCR_WELCOME);
	app_key(A, TK_ESC);
	help_lists_every_key_of(SCR_ABOUT);
}
END_TEST

START_TEST(help_scrolls_within_the_page)
{
	int	rows, visible, max, x;

	app_goto(A, SCR_ABOUT);
	tf_size(80, 24, 1);
	app_key(A, '?');
	rows = app_help_rows(A, &visible);
	ck_assert_int_eq(visible, 24 - 5);
	ck_assert_int_gt(rows, 5);
	max = rows > visible ? rows - visible : 0;
	app_key(A, TK_END);
	ck_assert_int_eq(A->help_scroll, max);
	app_key(A, TK_DOWN);
	app_key(A, TK_PGDN);
	ck_assert_int_eq(A->help_scroll, max);
	app_key(A, TK_HOME);
	ck_assert_int_eq(A->help_scroll, 0);
	app_key(A, TK_UP);
	app_key(A, TK_PGUP);
	ck_assert_int_eq(A->help_scroll, 0);
	app_key(A, TK_DOWN);
	ck_assert_int_eq(A->help_scroll, max > 0 ? 1 : 0);
	tf_draw();
	if (max > 0)
		ck_assert(grid_contains(&G, "of"));
	/* "Esc close" in the box's bottom line is a click on Esc. */
	x = find_col(24 - 3, "Esc close");
	ck_assert_int_ge(x, 0);
	ck_assert_int_eq(grid_hit_at(&G, x + 4, 24 - 3), TK_ESC);
	app_key(A, grid_hit_at(&G, x + 4, 24 - 3));
	ck_assert_int_eq(A->overlay, OVERLAY_NONE);
	/* The help opens at its top again. */
	app_key(A, '?');
	ck_assert_int_eq(A->help_scroll, 0);
}
END_TEST

/* ---- the frame: title, hints, clicks, small terminals ---- */

START_TEST(hint_bar_comes_from_the_key_table)
{
	const struct screen_ops	*o = cur();
	char			 name[32], want[96];
	size_t			 i;
	int			 shown = 0, x;

	tf_draw();
	ck_assert_msg(strstr(tf_row(0), "footscreen — ") != NULL,
	    "title '%s'", tf_row(0));
	ck_assert(strstr(tf_row(0), o->title) != NULL);
	ck_assert(strstr(tf_row(0), "no board") != NULL);
	ck_assert_int_eq(grid_at(&G, 0, 0)->attr & GA_REVERSE, GA_REVERSE);
	for (i = 0; i < o->nkeys; i++) {
		/* The global keys are on the bar once, as globals. */
		if (!o->keys[i].hint || o->keys[i].key == '?' ||
		    o->keys[i].key == 'q' || o->keys[i].key == TK_ESC)
			continue;
		snprintf(want, sizeof want, "%s %s",
		    tui_key_name(o->keys[i].key, name, sizeof name),
		    o->keys[i].label);
		/* The first hint always fits; later ones may be crowded out. */
		if (shown == 0)
			ck_assert_msg(strstr(tf_row(29), want) != NULL,
			    "hint bar '%s' lacks '%s'", tf_row(29), want);
		if ((x = find_col(29, want)) >= 0) {
			ck_assert_int_eq(grid_hit_at(&G, x, 29),
			    o->keys[i].key);
			shown++;
		}
	}
	ck_assert(strstr(tf_row(29), "? help") != NULL);
	ck_assert(strstr(tf_row(29), "q quit") != NULL);
	/* Nowhere to go back to from the first screen. */
	ck_assert(strstr(tf_row(29), "Esc back") == NULL);
	app_goto(A, SCR_ABOUT);
	tf_draw();
	ck_assert(strstr(tf_row(29), "Esc back") != NULL);
	/* Clicking "q quit" sends q: nothing touched, so it quits. */
	x = find_col(29, "q quit");
	ck_assert_int_eq(grid_hit_at(&G, x + 3, 29), 'q');
	app_key(A, grid_hit_at(&G, x + 3, 29));
	ck_assert_int_eq(A->quit, 1);
}
END_TEST

START_TEST(message_line)
{
	app_goto(A, SCR_ABOUT);
	app_message(A, 0, "a hint %s", "here");
	tf_draw();
	ck_assert_str_eq(tf_row(28), " a hint here");
	app_message(A, 1, "wrong");
	tf_draw();
	ck_assert_str_eq(tf_row(28), " ! wrong");
	ck_assert_int_eq(grid_at(&G, 1, 28)->color, GC_ALERT);
}
END_TEST

/* A Wii-sized board, connected, as the loop reports it into b. */
static void
board_connected(struct app_board *b)
{
	memset(b, 0, sizeof *b);
	b->present = 1;
	b->status = BOARD_CONNECTED;
	b->geometry.width_mm = 433;
	b->geometry.length_mm = 238;
	app_board_status(A, b);
}

START_TEST(board_state_in_the_title)
{
	struct app_board	b;

	board_connected(&b);
	tf_draw();
	ck_assert(strstr(tf_row(0), "board: connected") != NULL);
	b.status = BOARD_RETRYING;
	app_board_status(A, &b);
	tf_draw();
	ck_assert(strstr(tf_row(0), "board: lost — retrying") != NULL);
	A->demo = 1;
	tf_draw();
	ck_assert(strstr(tf_row(0), "demo board") != NULL);
}
END_TEST

/* Exactly one non-blank row, and it fits. */
static void
one_clear_line(int cols, int lines)
{
	char	want[32];
	int	y, n = 0;

	tf_size(cols, lines, 1);
	app_key(A, TK_RESIZE);
	tf_draw();
	for (y = 0; y < lines; y++)
		if (tf_row(y)[0] != '\0') {
			n++;
			ck_assert_int_eq(y, lines / 2);
			ck_assert_msg(strstr(tf_row(y), "80×24") != NULL,
			    "%dx%d: '%s'", cols, lines, tf_row(y));
		}
	ck_assert_int_eq(n, 1);
	snprintf(want, sizeof want, "%d×%d", cols, lines);
	if (cols >= 40)
		ck_assert_msg(grid_contains(&G, want), "%dx%d: no '%s'",
		    cols, lines, want);
	ck_assert_int_eq(G.nhits, 0);
}

START_TEST(small_terminal_gets_one_line)
{
	one_clear_line(100, 20);
	ck_assert(grid_contains(&G, "footscreen needs a window of at least "
	    "80×24; this one is 100×20. Please make it bigger."));
	one_clear_line(70, 20);
	ck_assert(grid_contains(&G, "Please make the window at least 80×24 "
	    "(now 70×20)."));
	one_clear_line(79, 24);
	one_clear_line(80, 23);
	one_clear_line(40, 10);
	one_clear_line(12, 3);
	/* At 80x24 the screen is back. */
	tf_size(80, 24, 1);
	tf_draw();
	ck_assert(strstr(tf_row(0), "footscreen") != NULL);
	ck_assert(!grid_contains(&G, "80×24"));
}
END_TEST

START_TEST(resize_redraws)
{
	A->dirty = 0;
	app_key(A, TK_RESIZE);
	ck_assert_int_eq(A->dirty, 1);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_int_eq(A->overlay, OVERLAY_NONE);
	/* With the help open it stays open. */
	app_key(A, '?');
	app_key(A, TK_RESIZE);
	ck_assert_int_eq(A->overlay, OVERLAY_HELP);
}
END_TEST

/* ---- time and the board ---- */

START_TEST(timers_run_when_due)
{
	app_wake(A, 110);
	app_wake(A, 105);
	app_wake(A, 107);
	ck_assert(A->wake_at == 105);
	A->now = 104.9;
	A->dirty = 0;
	app_tick(A);
	ck_assert(A->wake_at == 105);
	ck_assert_int_eq(A->dirty, 0);
	A->now = 105;
	app_tick(A);
	ck_assert_int_eq(A->dirty, 1);
	/* Done: nothing more is due until a screen asks again. */
	ck_assert_msg(A->wake_at > A->now, "wake_at %g", A->wake_at);
}
END_TEST

START_TEST(samples_redraw_at_most_20_per_second)
{
	struct board_reading	r;

	memset(&r, 0, sizeof r);
	for (int c = 0; c < CELL_COUNT; c++)
		r.load[c] = 15;
	A->last_draw = 50;
	A->now = 50.01;
	A->dirty = 0;
	app_board_samples(A, &r, 1);
	ck_assert_uint_eq(A->live.n, 1);
	ck_assert_int_eq(A->dirty, 0);
	ck_assert(fabs(A->wake_at - 50.05) < 1e-9);
	/* The wake-up comes, the screen is drawn. */
	A->now = 50.05;
	app_tick(A);
	ck_assert_int_eq(A->dirty, 1);
	/* After 50 ms the next samples draw at once. */
	A->dirty = 0;
	A->now = 50.06;
	r.t_host = 0.01;
	app_board_samples(A, &r, 1);
	ck_assert_int_eq(A->dirty, 1);
	/* No samples, no change. */
	A->dirty = 0;
	app_board_samples(A, &r, 0);
	ck_assert_int_eq(A->dirty, 0);
	ck_assert_uint_eq(A->live.n, 2);
}
END_TEST

START_TEST(board_status_new_geometry)
{
	struct app_board	b;
	struct board_reading	r;

	board_connected(&b);
	ck_assert(A->live.geometry.width_mm == 433);
	memset(&r, 0, sizeof r);
	app_board_samples(A, &r, 1);
	ck_assert_uint_eq(A->live.n, 1);
	/* The same geometry keeps what live has. */
	snprintf(b.message, sizeof b.message, "fine");
	A->dirty = 0;
	app_board_status(A, &b);
	ck_assert_int_eq(A->dirty, 1);
	ck_assert_str_eq(A->board.message, "fine");
	ck_assert_uint_eq(A->live.n, 1);
	/* Another board: live starts again for it. */
	b.geometry.width_mm = 400;
	app_board_status(A, &b);
	ck_assert(A->live.geometry.width_mm == 400);
	ck_assert_uint_eq(A->live.n, 0);
}
END_TEST

/* ---- the demo actor ---- */

/* The left cells' share of the load over the last n samples read. */
static double
left_share(struct board *b, size_t want, size_t last)
{
	static struct board_reading	r[4096];
	double				left = 0, total = 0;
	size_t				got = 0, n, i, tries;

	ck_assert_uint_le(want, 4096);
	for (tries = 0; got < want && tries < 100000; tries++) {
		n = board_read(b, r + got, want - got);
		got += n;
	}
	ck_assert_uint_eq(got, want);
	for (i = want - last; i < want; i++) {
		left += r[i].load[CELL_TL] + r[i].load[CELL_BL];
		total += r[i].load[CELL_TL] + r[i].load[CELL_TR] +
		    r[i].load[CELL_BL] + r[i].load[CELL_BR];
	}
	return left / total;
}

/*
 * The left cells' share where the model puts the person in this phase:
 * from the COP's moment balance (core/cop.h), ML = (R - L) / total * W / 2,
 * so the left share is 1/2 - ML / W.  One foot stands off the board's
 * centre, not over the left cells, so this is about 3/4, not 1.
 */
static double
want_left_share(const struct fs_config *cfg, enum sim_phase phase)
{
	struct sim_params	sp;
	double			ml, ap;

	sim_params_init(&sp);
	sp.geometry = cfg->board.geometry;
	sim_set_point(&sp, phase, &ml, &ap);
	return 0.5 - ml / cfg->board.geometry.width_mm;
}

START_TEST(demo_actor_moves_the_simulated_person)
{
	struct fs_config	*cfg;
	struct board		*b;
	char			 err[512], port[4200];
	const char		*src = getenv("abs_top_srcdir");
	double			 before, after;

	setenv("XDG_STATE_HOME", "/nonexistent-footscreen-test", 1);
	ck_assert_int_eq(board_sim_phase(NULL, SIM_PHASE_LEFT), -1);
	cfg = config_new();
	ck_assert_ptr_nonnull(cfg);
	ck_assert_msg(board_open("sim:neutral?phase=both&speed=max",
	    &cfg->board, &b, err, sizeof err) == 0, "%s", err);
	before = left_share(b, 300, 100);
	ck_assert_msg(fabs(before - want_left_share(cfg, SIM_PHASE_BOTH)) <
	    0.03, "both feet: %g on the left", before);
	ck_assert_int_eq(board_sim_phase(b, SIM_PHASE_LEFT), 0);
	/* 3 s of samples at 100 Hz: the glide is over in about 0.5 s. */
	after = left_share(b, 300, 100);
	ck_assert_msg(fabs(after - want_left_share(cfg, SIM_PHASE_LEFT)) <
	    0.03, "left foot: %g on the left", after);
	ck_assert_msg(after > before + 0.15, "left foot: %g, both: %g", after,
	    before);
	ck_assert_int_eq(board_sim_phase(b, SIM_PHASE_RIGHT), 0);
	after = left_share(b, 300, 100);
	ck_assert_msg(fabs(after - want_left_share(cfg, SIM_PHASE_RIGHT)) <
	    0.03, "right foot: %g on the left", after);
	ck_assert_msg(after < before - 0.15, "right foot: %g, both: %g",
	    after, before);
	board_close(b);
	/* Any other board: -1 and nothing changes. */
	if (src != NULL) {
		snprintf(port, sizeof port, "replay:%s/data/samples/"
		    "quiet-standing.fsrec", src);
		ck_assert_msg(board_open(port, &cfg->board, &b, err,
		    sizeof err) == 0, "%s", err);
		ck_assert_int_eq(board_sim_phase(b, SIM_PHASE_LEFT), -1);
		board_close(b);
	}
	config_free(cfg);
}
END_TEST

static Suite *
app_suite(void)
{
	Suite	*s = suite_create("tui_app");
	TCase	*tc;

	tc = tcase_create("navigation");
	tcase_add_checked_fixture(tc, tf_setup, tf_teardown);
	tcase_add_test(tc, starts_on_welcome);
	tcase_add_test(tc, goto_back_and_replace);
	tcase_add_test(tc, history_keeps_the_step);
	tcase_add_test(tc, a_full_history_drops_the_oldest);
	tcase_add_test(tc, steps_go_through_the_tests);
	tcase_add_test(tc, skipped_tests_lead_to_the_results);
	tcase_add_test(tc, compute_runs_the_core);
	tcase_add_test(tc, reset_starts_again);
	suite_add_tcase(s, tc);

	tc = tcase_create("keys");
	tcase_add_checked_fixture(tc, tf_setup, tf_teardown);
	tcase_add_test(tc, global_keys_pass_through);
	tcase_add_test(tc, quit_asks_only_when_touched);
	tcase_add_test(tc, quit_box_is_clickable);
	tcase_add_test(tc, help_lists_every_key);
	tcase_add_test(tc, help_scrolls_within_the_page);
	suite_add_tcase(s, tc);

	tc = tcase_create("frame");
	tcase_add_checked_fixture(tc, tf_setup, tf_teardown);
	tcase_add_test(tc, hint_bar_comes_from_the_key_table);
	tcase_add_test(tc, message_line);
	tcase_add_test(tc, board_state_in_the_title);
	tcase_add_test(tc, small_terminal_gets_one_line);
	tcase_add_test(tc, resize_redraws);
	suite_add_tcase(s, tc);

	tc = tcase_create("time");
	tcase_add_checked_fixture(tc, tf_setup, tf_teardown);
	tcase_add_test(tc, timers_run_when_due);
	tcase_add_test(tc, samples_redraw_at_most_20_per_second);
	tcase_add_test(tc, board_status_new_geometry);
	suite_add_tcase(s, tc);

	tc = tcase_create("demo");
	tcase_add_checked_fixture(tc, tf_setup, tf_teardown);
	tcase_add_test(tc, demo_actor_moves_the_simulated_person);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run(app_suite());
}
