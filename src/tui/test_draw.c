/*
 * test_draw.c: drawing a guided self-test's pages (selftest.h): what is
 * needed, how to do it with its picture, the clock or the counter, and
 * the questions.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "screening/strings.h"
#include "tui/selftest.h"

static const char *
side_name(int side, int leg)
{
	if (side == SIDE_LEFT)
		return strings_text(leg ? STR_LEFT_LEG_CAP : STR_LEFT_FOOT);
	if (side == SIDE_RIGHT)
		return strings_text(leg ? STR_RIGHT_LEG_CAP : STR_RIGHT_FOOT);
	return "";
}

/* The legs are meant for the balance tests, the feet for the rest. */
static int
is_leg_test(const struct scr_test *t)
{
	return t->st->act != ACT_NONE || t->test == TEST_SQUAT ||
	    t->test == TEST_KNEE_WALKING;
}

/* The title row and the page's heading; returns the next free row. */
static int
draw_head(const struct app *app, struct grid *g, struct rect b,
    const char *heading)
{
	const struct scr_test	*t = &app->test;
	char			 right[64];
	int			 n;

	/* The title bar already counts the tests; this counts the pages. */
	n = snprintf(right, sizeof right, "page %d of %d", t->page + 1,
	    t->npages);
	if (n < 0)
		right[0] = '\0';
	grid_text(g, b.x, b.y, b.w - (int)strlen(right) - 2,
	    test_title(t->test), GA_BOLD, GC_DEFAULT);
	grid_text(g, b.x + b.w - (int)strlen(right), b.y, -1, right, 0,
	    GC_MUTED);
	grid_text(g, b.x, b.y + 1, b.w, heading, GA_BOLD, GC_INFO);
	grid_hline(g, b.x, b.y + 2, b.w, GC_MUTED);
	return b.y + 4;
}

/* The line at the bottom of the body saying what to press. */
static void
draw_prompt(struct grid *g, struct rect b, const char *s)
{
	grid_text(g, b.x, b.y + b.h - 1, b.w, s, GA_BOLD, GC_DEFAULT);
}

static void
draw_needs(const struct app *app, struct grid *g, struct rect b)
{
	const struct selftest	*st = app->test.st;
	int			 y;
	double			 min = test_minutes(app->test.test);

	y = draw_head(app, g, b, "What you need");
	/* One bullet an item; a long item wraps under its own text. */
	for (int i = 0; st->needs[i] != NULL && y < b.y + b.h - 1; i++) {
		grid_text(g, b.x + 2, y, 2, grid_sym(g, "•", "*"), 0,
		    GC_DEFAULT);
		y += grid_wrap(g, b.x + 4, y, b.w - 4, b.y + b.h - 1 - y, 0,
		    st->needs[i], 0, GC_DEFAULT);
	}
	y++;
	y += grid_wrap(g, b.x, y, b.w, b.y + b.h - 2 - y, 0, st->why, 0,
	    GC_DEFAULT);
	y++;
	if (y < b.y + b.h - 1) {
		if (min < 1)
			grid_text(g, b.x, y, b.w, "It takes less than a minute.",
			    0, GC_MUTED);
		else
			grid_printf(g, b.x, y, b.w, 0, GC_MUTED,
			    "It takes about %g minutes.", min);
	}
	draw_prompt(g, b, "Press Enter when you have it ready.");
}

static void
draw_howto(const struct app *app, struct grid *g, struct rect b)
{
	const struct selftest	*st = app->test.st;
	int			 y, y0, px, w;
	char			 num[8];

	y0 = y = draw_head(app, g, b, "How to do it");
	px = b.x + b.w - PICTURE_COLS;
	w = px - b.x - 6;
	for (int i = 0; st->steps[i] != NULL && y < b.y + b.h - 1; i++) {
		snprintf(num, sizeof num, "%d.", i + 1);
		grid_text(g, b.x, y, 3, num, GA_BOLD, GC_DEFAULT);
		y += grid_wrap(g, b.x + 4, y, w, b.y + b.h - 1 - y, 0,
		    st->steps[i], 0, GC_DEFAULT);
	}
	for (int i = 0; st->picture[i] != NULL && y0 + i < b.y + b.h - 1; i++)
		grid_text(g, px, y0 + i, PICTURE_COLS, st->picture[i], 0,
		    GC_INFO);
	draw_prompt(g, b, st->act != ACT_NONE ? "Press Enter to start." :
	    "Press Enter when you are ready to answer.");
}

static void
draw_stance(const struct app *app, struct grid *g, struct rect b,
    const struct test_page *p)
{
	const struct scr_test	*t = &app->test;
	char			 head[64];
	double			 best = tst_best_trial(t, p->side);
	int			 y;

	snprintf(head, sizeof head, "Do it: %s, eyes %s", side_name(p->side,
	    1), t->st->eyes_closed ? "closed" : "open");
	y = draw_head(app, g, b, head);
	grid_printf(g, b.x, y++, b.w, 0, GC_DEFAULT, "Stand on your %s, arms "
	    "crossed, the support within reach.", p->side == SIDE_LEFT ?
	    strings_text(STR_LEFT_LEG) : strings_text(STR_RIGHT_LEG));
	y++;
	if (t->running)
		grid_printf(g, b.x + 2, y, b.w - 2, GA_BOLD | GA_REVERSE,
		    GC_INFO, " running: %.1f s ", tst_elapsed_tenths(app->now,
		    t->t0));
	else
		grid_text(g, b.x + 2, y, b.w - 2, "clock stopped", 0,
		    GC_MUTED);
	y += 2;
	for (int i = 0; i < TEST_TRIALS; i++, y++) {
		if (i < t->ntrials[p->side])
			grid_printf(g, b.x + 2, y, b.w - 2, 0, GC_DEFAULT,
			    "Try %d: %5.1f s%s", i + 1, t->trial[p->side][i],
			    t->trial[p->side][i] >= STANCE_CAP_S ?
			    "  (the limit)" : "");
		else
			grid_printf(g, b.x + 2, y, b.w - 2, 0, GC_MUTED,
			    "Try %d:   not yet", i + 1);
	}
	y++;
	if (!isnan(best))
		grid_printf(g, b.x + 2, y, b.w - 2, GA_BOLD, GC_OK,
		    "Best: %.1f s", best);
	if (t->running)
		draw_prompt(g, b, t->st->eyes_closed ? "Space: stop at a "
		    "touch-down, uncrossed arms, a moved foot or opened eyes." :
		    "Space: stop at a touch-down, uncrossed arms or a moved "
		    "standing foot.");
	else if (tst_stance_done(t, p->side))
		draw_prompt(g, b, "Done on this side. Press Enter to go on.");
	else
		draw_prompt(g, b, "Lift the foot, then press Space to start. "
		    "Enter: go on.  s: skip.");
}

static void
draw_tandem(const struct app *app, struct grid *g, struct rect b)
{
	const struct scr_test	*t = &app->test;
	int			 y;
	double			 left;

	y = draw_head(app, g, b, "Do it: heel to toe");
	grid_text(g, b.x, y++, b.w, "One foot straight in front of the "
	    "other, heel touching toes, eyes open.", 0, GC_DEFAULT);
	grid_text(g, b.x, y++, b.w, strings_text(STR_WITH_SUPPORT), 0,
	    GC_NOTE);
	y++;
	if (t->running) {
		left = TANDEM_S - tst_elapsed_tenths(app->now, t->t0);
		grid_printf(g, b.x + 2, y, b.w - 2, GA_BOLD | GA_REVERSE,
		    GC_INFO, " %.1f s to go ", left > 0 ? left : 0);
		draw_prompt(g, b, "Space: you stepped out or held on.");
		return;
	}
	if (t->tandem == ANSWER_YES)
		grid_printf(g, b.x + 2, y, b.w - 2, GA_BOLD, GC_OK,
		    "%s Held for %g seconds.", grid_sym(g, "✓", "+"),
		    TANDEM_S);
	else if (t->tandem == ANSWER_NO)
		grid_printf(g, b.x + 2, y, b.w - 2, GA_BOLD, GC_NOTE,
		    "%s Not held for %g seconds.", grid_sym(g, "✗", "x"),
		    TANDEM_S);
	else
		grid_text(g, b.x + 2, y, b.w - 2, "Not tried yet.", 0,
		    GC_MUTED);
	draw_prompt(g, b, "Space: start the 10 seconds.  Enter: go on.  "
	    "s: skip.");
}

static void
draw_heel_raise(const struct app *app, struct grid *g, struct rect b,
    const struct test_page *p)
{
	const struct scr_test	*t = &app->test;
	char			 head[64];
	int			 y, beat;

	snprintf(head, sizeof head, "Do it: %s", side_name(p->side, 1));
	y = draw_head(app, g, b, head);
	grid_text(g, b.x, y++, b.w, app->answers.heel_raise_protocol ==
	    HRP_INCLINE_10DEG ? "On the incline board, knee straight, "
	    "fingertips on the wall." : "Knee straight, fingertips on the "
	    "wall.", 0, GC_DEFAULT);
	y++;
	grid_printf(g, b.x + 2, y, b.w - 2, GA_BOLD, GC_DEFAULT,
	    "Raises counted: %d", t->reps[p->side]);
	y += 2;
	if (tst_metronome_on(app)) {
		if (t->running) {
			beat = (int)floor((app->now - t->t0) /
			    HEEL_RAISE_BEAT_S + 1e-9);
			grid_printf(g, b.x + 2, y, b.w - 2,
			    GA_BOLD | GA_REVERSE, GC_INFO, " %s ",
			    beat % 2 == 0 ? grid_sym(g, "▲ up", "^ up") :
			    grid_sym(g, "▼ down", "v down"));
			grid_text(g, b.x + 14, y, b.w - 14,
			    "pace: 60 beats a minute, up on one, down on the "
			    "next", 0, GC_MUTED);
		} else
			grid_text(g, b.x + 2, y, b.w - 2, "The pace "
			    "(60 beats a minute) starts with the first raise.",
			    0, GC_MUTED);
	}
	draw_prompt(g, b, "Space: one raise.  Backspace: take one back.  "
	    "Enter: done.  s: skip.");
}

/* menu_draw's labels: a question's choices, then "Not sure". */
static const char *
choice_label(const void *ctx, int i, char *buf, size_t len)
{
	const struct selftest_question	*q = ctx;

	if (i < tst_choice_count(q))
		snprintf(buf, len, "%s", q->choices[i]);
	else
		snprintf(buf, len, "Not sure / leave it out");
	return buf;
}

/* The four footprints side by side, numbered as the choices. */
static void
draw_prints(struct grid *g, int x, int y)
{
	const char *const	*rows;

	for (int p = PRINT_HIGH_ARCH; p <= PRINT_FLAT; p++) {
		rows = selftest_print(p);
		grid_printf(g, x + (p - 1) * 10 + 3, y, 3, GA_BOLD,
		    GC_DEFAULT, "%d", p);
		for (int r = 0; rows[r] != NULL; r++)
			grid_text(g, x + (p - 1) * 10, y + 1 + r, 9, rows[r],
			    0, GC_INFO);
	}
}

static void
draw_ask(const struct app *app, struct grid *g, struct rect b,
    const struct test_page *p)
{
	const struct scr_test		*t = &app->test;
	const struct selftest_question	*q = tst_page_question(t, p, 0);
	struct menu			 m = t->menu;
	char				 head[64];
	int				 y, w, mw;

	if (p->side >= 0)
		snprintf(head, sizeof head, "Your answer: %s",
		    side_name(p->side, is_leg_test(t)));
	else if (q->flags & Q_BEFORE)
		snprintf(head, sizeof head, "Before you start");
	else
		snprintf(head, sizeof head, "Your answer%s",
		    q->flags & Q_BOTH ? " (both sides)" : "");
	y = draw_head(app, g, b, head);
	if (q->kind == Q_CHOICE) {
		grid_text(g, b.x, y++, b.w, q->ask, GA_BOLD, GC_DEFAULT);
		if (q->hint != NULL)
			grid_text(g, b.x, y, b.w, q->hint, 0, GC_MUTED);
		y += 2;
		mw = q->flags & Q_PRINTS ? b.w - 42 : b.w;
		menu_draw(&m, g, (struct rect){ b.x, y, mw,
		    b.y + b.h - 2 - y }, choice_label, q);
		if (q->flags & Q_PRINTS)
			draw_prints(g, b.x + b.w - 40, y - 1);
		draw_prompt(g, b, "Up/Down and Enter to choose.  s: skip.");
		return;
	}
	if (tst_page_question(t, p, 0)->hint != NULL)
		grid_text(g, b.x, y++, b.w, tst_page_question(t, p, 0)->hint, 0,
		    GC_MUTED);
	y++;
	w = b.w - 22;
	for (int i = 0; i < p->nq; i++, y += 2) {
		q = tst_page_question(t, p, i);
		grid_text(g, b.x, y, w, q->ask, i == t->focus ? GA_BOLD : 0,
		    GC_DEFAULT);
		numfield_draw(&t->num[i], g, b.x + w + 1, y, 10,
		    i == t->focus);
		grid_text(g, b.x + w + 12, y, 9, q->unit, 0, GC_MUTED);
		grid_hit(g, b.x, y, b.w, TK_ITEM(i));
	}
	draw_prompt(g, b, p->nq > 1 ? "Type a number; Enter: next field.  "
	    "Empty or s: leave it out." : "Type a number and press Enter.  "
	    "Empty or s: leave it out.");
}

void
tst_draw(const struct app *app, struct grid *g, struct rect b)
{
	const struct scr_test	*t = &app->test;
	const struct test_page	*p = tst_cur_page(t);

	/* A column of margin on either side (design rule). */
	b.x += 1;
	b.w -= 2;
	if (t->st == NULL || p == NULL) {
		grid_text(g, b.x, b.y, b.w, "There is no self-test here.", 0,
		    GC_DEFAULT);
		draw_prompt(g, b, "Press Enter to go on.");
		return;
	}
	switch (p->kind) {
	case TP_NEEDS:
		draw_needs(app, g, b);
		break;
	case TP_HOWTO:
		draw_howto(app, g, b);
		break;
	case TP_DO:
		if (t->st->act == ACT_STANCE)
			draw_stance(app, g, b, p);
		else if (t->st->act == ACT_TANDEM)
			draw_tandem(app, g, b);
		else
			draw_heel_raise(app, g, b, p);
		break;
	case TP_ASK:
		draw_ask(app, g, b, p);
		break;
	}
}
