/*
 * scr_test.c: one guided self-test (app->steps[app->step]) as pages the
 * person moves through with Enter: what is needed, how to do it, the
 * timed or counted part, then the answers, written into app->answers.
 * The words and questions are in catalog.c (scr_test.h); the protocols
 * follow shared/reference/screening-evidence.md, cited as §N.
 *
 * Esc goes back a page, and from the first page to the screen before.
 * Every answer may be left out: 's' skips, and every list has "Not sure".
 */
#include <config.h>

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "screening/answers.h"
#include "screening/strings.h"
#include "tui/app.h"
#include "tui/scr_test.h"

/* Springer 2007 stops a single-leg stance trial at 45 s (§4.1). */
#define STANCE_CAP_S		45.0
/* CDC STEADI: the tandem stance is held for 10 s (§4.3). */
#define TANDEM_S		10.0
/*
 * Hebert-Losier 2017 (§5.1, [S] for the pace): a metronome at 60 beats a
 * minute, one beat up and one down, on the incline protocol.  The flat
 * floor protocol (Lunsford 1995) gives no pace in the sheet.
 */
#define HEEL_RAISE_BEAT_S	1.0
/* The timers show tenths of a second: wake that often (design rule). */
#define TIMER_STEP_S		0.1
/* Rows PgUp and PgDn move in a list (design rule). */
#define MENU_PAGE		5
/* Where the picture goes on the "how to" page: columns from the right. */
#define PICTURE_COLS		24

static struct scr_test *
st_of(struct app *app)
{
	return &app->test;
}

static const struct test_page *
cur_page(const struct scr_test *t)
{
	if (t->npages == 0)
		return NULL;
	return &t->pages[t->page];
}

static const struct selftest_question *
page_question(const struct scr_test *t, const struct test_page *p, int i)
{
	return &t->st->q[p->q + i];
}

/* ---- where answers live ------------------------------------------ */

/*
 * Where q's answer is in struct screening_answers, on this side (side is
 * ignored when the question has none; -1 means the left for Q_BOTH).
 */
static size_t
answer_offset(const struct selftest_question *q, int side)
{
	if (q->flags & (Q_SIDE | Q_BOTH))
		return offsetof(struct screening_answers, side) +
		    (size_t)(side < 0 ? SIDE_LEFT : side) *
		    sizeof(struct side_answers) + q->offset;
	return q->offset;
}

static void *
answer_ptr(struct screening_answers *a, const struct selftest_question *q,
    int side)
{
	return (char *)a + answer_offset(q, side);
}

static const void *
answer_cptr(const struct screening_answers *a,
    const struct selftest_question *q, int side)
{
	return (const char *)a + answer_offset(q, side);
}

/* Store a choice (an int-sized enumeration or an FPI item). */
static void
store_choice(struct app *app, const struct selftest_question *q, int side,
    int v)
{
	if (q->flags & Q_BOTH) {
		*(int *)answer_ptr(&app->answers, q, SIDE_LEFT) = v;
		*(int *)answer_ptr(&app->answers, q, SIDE_RIGHT) = v;
	} else
		*(int *)answer_ptr(&app->answers, q, side) = v;
	app_touch(app);
}

static void
store_number(struct app *app, const struct selftest_question *q, int side,
    double v)
{
	*(double *)answer_ptr(&app->answers, q, side) = v;
	app_touch(app);
}

/* The answers file section for a question on this side. */
static const char *
question_section(const struct selftest_question *q, int side)
{
	if (q->flags & (Q_SIDE | Q_BOTH))
		return side == SIDE_RIGHT ? "right" : "left";
	return q->section;
}

/*
 * Whether v may be kept for q: the limits are the answers file's
 * (footscreen-answers(5)), read from answers_key_allowed() so that the
 * screen and the file can never disagree.  On refusal, a message names
 * the value and what is allowed.
 */
static int
number_allowed(struct app *app, const struct selftest_question *q, int side,
    double v)
{
	char		 allowed[256];
	const char	*from;
	double		 lo, hi;
	int		 whole;

	if (answers_key_allowed(question_section(q, side), q->key, allowed,
	    sizeof allowed) != 0 || (from = strstr(allowed, "from ")) == NULL ||
	    sscanf(from, "from %lf to %lf", &lo, &hi) != 2) {
		app_message(app, 1, "No range is known for %s.", q->key);
		return 0;
	}
	whole = strncmp(allowed, "a whole number", 14) == 0;
	if (v >= lo && v <= hi && (!whole || v == floor(v)))
		return 1;
	app_message(app, 1, "%g %s is not allowed here: %s.", v, q->unit,
	    allowed);
	return 0;
}

/* ---- pages ------------------------------------------------------- */

static void
add_page(struct scr_test *t, enum test_page_kind kind, int q, int nq,
    int side)
{
	if (t->npages == TEST_PAGES_MAX)
		return;
	t->pages[t->npages++] = (struct test_page){ kind, q, nq, side };
}

/* How many questions from i share a page (numbers joined with Q_JOIN). */
static int
group_size(const struct selftest *st, int i)
{
	int	n = 1;

	while (i + n < st->nq && n < TEST_NUMS &&
	    (st->q[i + n].flags & Q_JOIN))
		n++;
	return n;
}

/* Pages for the questions of this side (-1: those without a side). */
static void
add_questions(struct scr_test *t, int before, int side)
{
	const struct selftest	*st = t->st;
	int			 i, n, sided;

	for (i = 0; i < st->nq; i += n) {
		n = group_size(st, i);
		sided = (st->q[i].flags & Q_SIDE) != 0;
		if (((st->q[i].flags & Q_BEFORE) != 0) != before)
			continue;
		if (sided != (side >= 0))
			continue;
		add_page(t, TP_ASK, i, n, side);
	}
}

/*
 * What is needed, how, the timed part per side, then the answers: the
 * left side's, the right side's, then those that have no side.
 */
static void
build_pages(struct scr_test *t)
{
	t->npages = 0;
	add_page(t, TP_NEEDS, 0, 0, -1);
	add_page(t, TP_HOWTO, 0, 0, -1);
	add_questions(t, 1, -1);
	switch (t->st->act) {
	case ACT_STANCE:
	case ACT_HEEL_RAISE:
		add_page(t, TP_DO, 0, 0, SIDE_LEFT);
		add_page(t, TP_DO, 0, 0, SIDE_RIGHT);
		break;
	case ACT_TANDEM:
		add_page(t, TP_DO, 0, 0, -1);
		break;
	case ACT_NONE:
		break;
	}
	add_questions(t, 0, SIDE_LEFT);
	add_questions(t, 0, SIDE_RIGHT);
	add_questions(t, 0, -1);
}

/* The number of choices of q, not counting "Not sure". */
static int
choice_count(const struct selftest_question *q)
{
	int	n = 0;

	while (q->choices[n] != NULL)
		n++;
	return n;
}

static const struct selftest_question *timed_question(const struct scr_test *);

/* Set the page's widgets from the answers given so far. */
static void
page_load(struct app *app)
{
	struct scr_test			*t = st_of(app);
	const struct test_page		*p = cur_page(t);
	const struct selftest_question	*q;
	double				 d;
	int				 v, n;

	t->running = 0;
	t->focus = 0;
	if (p == NULL)
		return;
	if (p->kind == TP_DO && p->side >= 0 && !t->counted[p->side] &&
	    t->st->act == ACT_HEEL_RAISE) {
		/* Back to the counter: go on from the count given. */
		d = (q = timed_question(t)) != NULL ? *(const double *)
		    answer_cptr(&app->answers, q, p->side) : NAN;
		t->reps[p->side] = isfinite(d) ? (int)d : 0;
	}
	if (p->kind != TP_ASK)
		return;
	q = page_question(t, p, 0);
	if (q->kind == Q_CHOICE) {
		n = choice_count(q);
		menu_init(&t->menu, n + 1);
		/* Unanswered: on "Not sure", so that Enter chooses nothing. */
		t->menu.sel = n;
		v = *(const int *)answer_cptr(&app->answers, q, p->side);
		if (v != q->unknown && v - q->base >= 0 && v - q->base < n)
			t->menu.sel = v - q->base;
		return;
	}
	for (int i = 0; i < p->nq; i++) {
		q = page_question(t, p, i);
		numfield_init(&t->num[i], q->decimals, 0);
		numfield_set(&t->num[i],
		    *(const double *)answer_cptr(&app->answers, q, p->side));
	}
}

static void
goto_page(struct app *app, int page)
{
	struct scr_test	*t = st_of(app);

	t->page = page;
	page_load(app);
	app->dirty = 1;
}

/* On to the next page; after the last, the next test. */
static void
page_next(struct app *app)
{
	struct scr_test	*t = st_of(app);

	t->running = 0;
	if (t->page + 1 < t->npages)
		goto_page(app, t->page + 1);
	else
		app_next_step(app);
}

/* Set up for app->steps[app->step], on page `page` (-1: the last). */
static void
setup(struct app *app, int last)
{
	struct scr_test	*t = st_of(app);

	memset(t, 0, sizeof *t);
	if (app->step < 0 || app->step >= app->nsteps)
		return;
	t->test = app->steps[app->step];
	if ((t->st = selftest_get(t->test)) == NULL)
		return;
	build_pages(t);
	goto_page(app, last ? t->npages - 1 : 0);
}

static void
test_enter(struct app *app)
{
	setup(app, 0);
}

/* Back from the next screen: the last page, prefilled from the answers. */
static void
test_resume(struct app *app)
{
	setup(app, 1);
}

/* ---- the timed and counted parts --------------------------------- */

/* The best stance trial of a side; NAN when none. */
static double
best_trial(const struct scr_test *t, int side)
{
	double	best = NAN;

	for (int i = 0; i < t->ntrials[side]; i++)
		if (isnan(best) || t->trial[side][i] > best)
			best = t->trial[side][i];
	return best;
}

/* The stance question's field (sls_eyes_open_s or _closed_s). */
static const struct selftest_question *
timed_question(const struct scr_test *t)
{
	for (int i = 0; i < t->st->nq; i++)
		if (t->st->q[i].kind == Q_NUMBER &&
		    (t->st->q[i].flags & Q_SIDE))
			return &t->st->q[i];
	return NULL;
}

/* Seconds since the timer started, cut to the tenth shown. */
static double
elapsed_tenths(double now, double t0)
{
	double	e = now - t0;

	if (!(e > 0))
		return 0;
	return floor(e * 10.0 + 1e-9) / 10.0;
}

/* A trial ended at `secs`: keep it; the best of them is the answer. */
static void
stance_record(struct app *app, int side, double secs)
{
	struct scr_test			*t = st_of(app);
	const struct selftest_question	*q = timed_question(t);

	t->running = 0;
	if (t->ntrials[side] >= TEST_TRIALS)
		return;
	if (secs > STANCE_CAP_S)
		secs = STANCE_CAP_S;
	t->trial[side][t->ntrials[side]++] = secs;
	if (q != NULL)
		store_number(app, q, side, best_trial(t, side));
}

/* No more trials on this side: all three done, or the cap reached. */
static int
stance_done(const struct scr_test *t, int side)
{
	return t->ntrials[side] >= TEST_TRIALS ||
	    best_trial(t, side) >= STANCE_CAP_S;
}

static void
wake_next_tenth(struct app *app, double t0)
{
	double	e = app->now - t0;

	app_wake(app, t0 + (floor(e / TIMER_STEP_S + 1e-9) + 1) *
	    TIMER_STEP_S);
}

static int
stance_key(struct app *app, int side, int key)
{
	struct scr_test	*t = st_of(app);

	switch (key) {
	case ' ':
	case TK_ENTER:
		if (t->running) {
			stance_record(app, side,
			    elapsed_tenths(app->now, t->t0));
			return 1;
		}
		if (key == TK_ENTER || stance_done(t, side)) {
			page_next(app);
			return 1;
		}
		t->running = 1;
		t->t0 = app->now;
		wake_next_tenth(app, t->t0);
		return 1;
	case 's':
	case 'S':
		/* The trial under way is dropped; the ones done are kept. */
		page_next(app);
		return 1;
	case TK_ESC:
		if (t->running) {
			t->running = 0;
			app_message(app, 0, "That try was not counted.");
			return 1;
		}
		return 0;
	}
	return 0;
}

static void
stance_tick(struct app *app, int side)
{
	struct scr_test	*t = st_of(app);

	if (!t->running)
		return;
	if (app->now - t->t0 >= STANCE_CAP_S) {
		stance_record(app, side, STANCE_CAP_S);
		app_message(app, 0, "Stopped at %g seconds, the test's limit.",
		    STANCE_CAP_S);
		return;
	}
	wake_next_tenth(app, t->t0);
}

static void
tandem_store(struct app *app, int held)
{
	struct scr_test	*t = st_of(app);

	t->running = 0;
	t->tandem = held ? ANSWER_YES : ANSWER_NO;
	app->answers.tandem_10s = (enum answer)t->tandem;
	app_touch(app);
}

static int
tandem_key(struct app *app, int key)
{
	struct scr_test	*t = st_of(app);

	switch (key) {
	case ' ':
	case TK_ENTER:
		if (t->running) {
			tandem_store(app, 0);
			return 1;
		}
		if (key == TK_ENTER) {
			page_next(app);
			return 1;
		}
		t->running = 1;
		t->t0 = app->now;
		wake_next_tenth(app, t->t0);
		return 1;
	case 's':
	case 'S':
		page_next(app);
		return 1;
	case TK_ESC:
		if (t->running) {
			t->running = 0;
			return 1;
		}
		return 0;
	}
	return 0;
}

static void
tandem_tick(struct app *app)
{
	struct scr_test	*t = st_of(app);

	if (!t->running)
		return;
	if (app->now - t->t0 >= TANDEM_S) {
		tandem_store(app, 1);
		app_message(app, 0, "Held for %g seconds.", TANDEM_S);
		return;
	}
	wake_next_tenth(app, t->t0);
}

/* The metronome runs on the incline protocol only (see the top). */
static int
metronome_on(const struct app *app)
{
	return app->answers.heel_raise_protocol == HRP_INCLINE_10DEG;
}

static void
reps_store(struct app *app, int side)
{
	struct scr_test			*t = st_of(app);
	const struct selftest_question	*q = timed_question(t);

	t->counted[side] = 1;
	if (q != NULL)
		store_number(app, q, side, t->reps[side]);
}

static int
heel_raise_key(struct app *app, int side, int key)
{
	struct scr_test			*t = st_of(app);
	const struct selftest_question	*q = timed_question(t);

	switch (key) {
	case ' ':
		/* The answers file's limit holds for the count too. */
		if (q != NULL && !number_allowed(app, q, side,
		    t->reps[side] + 1))
			return 1;
		t->reps[side]++;
		reps_store(app, side);
		if (!t->running && metronome_on(app)) {
			t->running = 1;
			t->t0 = app->now;
			app_wake(app, t->t0 + HEEL_RAISE_BEAT_S);
		}
		return 1;
	case TK_BACKSPACE:
		if (t->reps[side] > 0) {
			t->reps[side]--;
			reps_store(app, side);
		}
		return 1;
	case TK_ENTER:
	case 's':
	case 'S':
		page_next(app);
		return 1;
	}
	return 0;
}

static void
heel_raise_tick(struct app *app)
{
	struct scr_test	*t = st_of(app);
	double		 beats;

	if (!t->running)
		return;
	beats = floor((app->now - t->t0) / HEEL_RAISE_BEAT_S + 1e-9);
	app_wake(app, t->t0 + (beats + 1) * HEEL_RAISE_BEAT_S);
}

/* ---- the answer pages -------------------------------------------- */

static void
choice_store(struct app *app, const struct test_page *p)
{
	struct scr_test			*t = st_of(app);
	const struct selftest_question	*q = page_question(t, p, 0);

	if (t->menu.sel < choice_count(q))
		store_choice(app, q, p->side, q->base + t->menu.sel);
	else
		store_choice(app, q, p->side, q->unknown);
}

/* Check field i; keep it when allowed.  Returns 0, or -1 refused. */
static int
number_take(struct app *app, const struct test_page *p, int i)
{
	struct scr_test			*t = st_of(app);
	const struct selftest_question	*q = page_question(t, p, i);
	double				 v;

	switch (numfield_value(&t->num[i], &v)) {
	case 1:
		store_number(app, q, p->side, NAN);
		return 0;
	case 0:
		if (!number_allowed(app, q, p->side, v))
			return -1;
		store_number(app, q, p->side, v);
		return 0;
	}
	app_message(app, 1, "'%s' is not a number.", t->num[i].buf);
	return -1;
}

static int
ask_key(struct app *app, const struct test_page *p, int key)
{
	struct scr_test			*t = st_of(app);
	const struct selftest_question	*q = page_question(t, p, 0);
	int				 i;

	if (key == 's' || key == 'S') {
		for (i = 0; i < p->nq; i++) {
			q = page_question(t, p, i);
			if (q->kind == Q_CHOICE)
				store_choice(app, q, p->side, q->unknown);
			else
				store_number(app, q, p->side, NAN);
		}
		page_next(app);
		return 1;
	}
	if (q->kind == Q_CHOICE) {
		switch (menu_key(&t->menu, key, MENU_PAGE)) {
		case MENU_CHOSEN:
			choice_store(app, p);
			page_next(app);
			return 1;
		case MENU_MOVED:
			return 1;
		}
		return 0;
	}
	if (numfield_key(&t->num[t->focus], key)) {
		app->message[0] = '\0';
		return 1;
	}
	switch (key) {
	case TK_UP:
	case TK_BTAB:
		if (t->focus > 0)
			t->focus--;
		return 1;
	case TK_DOWN:
	case TK_TAB:
		if (t->focus + 1 < p->nq)
			t->focus++;
		return 1;
	case TK_BACKSPACE:
		return 1;	/* an empty field: not a way off the page */
	case TK_ENTER:
		if (number_take(app, p, t->focus) != 0)
			return 1;
		if (t->focus + 1 < p->nq) {
			t->focus++;
			return 1;
		}
		for (i = 0; i < p->nq; i++)
			if (number_take(app, p, i) != 0) {
				t->focus = i;
				return 1;
			}
		page_next(app);
		return 1;
	}
	if (TK_IS_ITEM(key) && TK_ITEM_INDEX(key) < p->nq) {
		t->focus = TK_ITEM_INDEX(key);
		return 1;
	}
	return 0;
}

/* ---- the screen -------------------------------------------------- */

static int
test_key_fn(struct app *app, int key)
{
	struct scr_test		*t = st_of(app);
	const struct test_page	*p = cur_page(t);
	int			 done = 0;

	if (t->st == NULL || p == NULL) {
		if (key == TK_ENTER || key == ' ') {
			app_next_step(app);
			return 1;
		}
		return 0;
	}
	switch (p->kind) {
	case TP_NEEDS:
	case TP_HOWTO:
		if (key == TK_ENTER || key == ' ') {
			page_next(app);
			return 1;
		}
		break;
	case TP_DO:
		if (t->st->act == ACT_STANCE)
			done = stance_key(app, p->side, key);
		else if (t->st->act == ACT_TANDEM)
			done = tandem_key(app, key);
		else
			done = heel_raise_key(app, p->side, key);
		break;
	case TP_ASK:
		done = ask_key(app, p, key);
		break;
	}
	if (done)
		return 1;
	/* Esc (and Backspace where nothing takes it) goes back a page. */
	if ((key == TK_ESC || key == TK_BACKSPACE) && t->page > 0) {
		goto_page(app, t->page - 1);
		app->message[0] = '\0';
		return 1;
	}
	return 0;
}

static void
test_tick(struct app *app)
{
	struct scr_test		*t = st_of(app);
	const struct test_page	*p = cur_page(t);

	if (t->st == NULL || p == NULL || p->kind != TP_DO)
		return;
	if (t->st->act == ACT_STANCE)
		stance_tick(app, p->side);
	else if (t->st->act == ACT_TANDEM)
		tandem_tick(app);
	else
		heel_raise_tick(app);
}

/* ---- drawing ----------------------------------------------------- */

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

	y = draw_head(app, g, b, "What you need");
	for (int i = 0; st->needs[i] != NULL && y < b.y + b.h - 1; i++)
		grid_printf(g, b.x + 2, y++, b.w - 2, 0, GC_DEFAULT, "%s %s",
		    grid_sym(g, "•", "*"), st->needs[i]);
	y++;
	y += grid_wrap(g, b.x, y, b.w, b.y + b.h - 2 - y, 0, st->why, 0,
	    GC_DEFAULT);
	y++;
	if (y < b.y + b.h - 1)
		grid_printf(g, b.x, y, b.w, 0, GC_MUTED,
		    "It takes about %g minutes.", test_minutes(app->test.test));
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
	double			 best = best_trial(t, p->side);
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
		    GC_INFO, " running: %.1f s ", elapsed_tenths(app->now,
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
	else if (stance_done(t, p->side))
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
		left = TANDEM_S - elapsed_tenths(app->now, t->t0);
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
	if (metronome_on(app)) {
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

	if (i < choice_count(q))
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
	const struct selftest_question	*q = page_question(t, p, 0);
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
	if (page_question(t, p, 0)->hint != NULL)
		grid_text(g, b.x, y++, b.w, page_question(t, p, 0)->hint, 0,
		    GC_MUTED);
	y++;
	w = b.w - 22;
	for (int i = 0; i < p->nq; i++, y += 2) {
		q = page_question(t, p, i);
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

static void
test_draw(const struct app *app, struct grid *g, struct rect b)
{
	const struct scr_test	*t = &app->test;
	const struct test_page	*p = cur_page(t);

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

static const struct keybind test_keys[] = {
	{ TK_ENTER, 0, "next", "Go to the next page; after the last page, "
	    "to the next test.", 1 },
	{ ' ', 0, "start/stop", "On a timed test, start and stop the clock; "
	    "on heel raises, count one raise.", 1 },
	{ 's', 0, "skip", "Leave this answer out (or the tries still to "
	    "do) and go on.", 1 },
	{ TK_UP, TK_DOWN, "choose", "Move through a list, or between number "
	    "fields.", 0 },
	{ TK_TAB, 0, "next field", "Go to the next number field.", 0 },
	{ TK_BACKSPACE, 0, "undo", "Delete a typed digit; on heel raises, "
	    "take one raise back; elsewhere, back a page.", 0 },
	{ TK_ESC, 0, "back a page", "Back a page; from the first page, back "
	    "to the screen before.  Stops a running clock without counting "
	    "the try.", 1 },
};

const struct screen_ops screen_test = {
	.title = "Self-test",
	.keys = test_keys,
	.nkeys = sizeof test_keys / sizeof test_keys[0],
	.help = "Each test has a few pages: what you need, how to do it, the "
	    "test itself when it is timed or counted, and your answers. Every "
	    "answer may be left out. Keep a wall or chair within reach for "
	    "the balance tests.",
	.enter = test_enter,
	.resume = test_resume,
	.key = test_key_fn,
	.tick = test_tick,
	.draw = test_draw,
};
