/*
 * scr_test.c: one guided self-test (app->steps[app->step]) as pages the
 * person moves through with Enter: what is needed, how to do it, the
 * timed or counted part, then the answers, written into app->answers.
 * The words and questions are in catalog.c (scr_test.h); the protocols
 * follow shared/reference/screening-evidence.md, cited as §N.  The timed
 * and counted part is test_timed.c, the drawing test_draw.c.
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
#include "tui/selftest.h"

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

void
tst_store_number(struct app *app, const struct selftest_question *q, int side,
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
int
tst_number_allowed(struct app *app, const struct selftest_question *q, int side,
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
int
tst_choice_count(const struct selftest_question *q)
{
	int	n = 0;

	while (q->choices[n] != NULL)
		n++;
	return n;
}

/* Set the page's widgets from the answers given so far. */
static void
page_load(struct app *app)
{
	struct scr_test			*t = tst_of(app);
	const struct test_page		*p = tst_cur_page(t);
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
		d = (q = tst_timed_question(t)) != NULL ? *(const double *)
		    answer_cptr(&app->answers, q, p->side) : NAN;
		t->reps[p->side] = isfinite(d) ? (int)d : 0;
	}
	if (p->kind != TP_ASK)
		return;
	q = tst_page_question(t, p, 0);
	if (q->kind == Q_CHOICE) {
		n = tst_choice_count(q);
		menu_init(&t->menu, n + 1);
		/* Unanswered: on "Not sure", so that Enter chooses nothing. */
		t->menu.sel = n;
		v = *(const int *)answer_cptr(&app->answers, q, p->side);
		if (v != q->unknown && v - q->base >= 0 && v - q->base < n)
			t->menu.sel = v - q->base;
		return;
	}
	for (int i = 0; i < p->nq; i++) {
		q = tst_page_question(t, p, i);
		numfield_init(&t->num[i], q->decimals, 0);
		numfield_set(&t->num[i],
		    *(const double *)answer_cptr(&app->answers, q, p->side));
	}
}

static void
goto_page(struct app *app, int page)
{
	struct scr_test	*t = tst_of(app);

	t->page = page;
	page_load(app);
	app->dirty = 1;
}

/* On to the next page; after the last, the next test. */
void
tst_page_next(struct app *app)
{
	struct scr_test	*t = tst_of(app);

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
	struct scr_test	*t = tst_of(app);

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

/* ---- the answer pages -------------------------------------------- */

static void
choice_store(struct app *app, const struct test_page *p)
{
	struct scr_test			*t = tst_of(app);
	const struct selftest_question	*q = tst_page_question(t, p, 0);

	if (t->menu.sel < tst_choice_count(q))
		store_choice(app, q, p->side, q->base + t->menu.sel);
	else
		store_choice(app, q, p->side, q->unknown);
}

/* Check field i; keep it when allowed.  Returns 0, or -1 refused. */
static int
number_take(struct app *app, const struct test_page *p, int i)
{
	struct scr_test			*t = tst_of(app);
	const struct selftest_question	*q = tst_page_question(t, p, i);
	double				 v;

	switch (numfield_value(&t->num[i], &v)) {
	case 1:
		tst_store_number(app, q, p->side, NAN);
		return 0;
	case 0:
		if (!tst_number_allowed(app, q, p->side, v))
			return -1;
		tst_store_number(app, q, p->side, v);
		return 0;
	}
	app_message(app, 1, "'%s' is not a number.", t->num[i].buf);
	return -1;
}

static int
ask_key(struct app *app, const struct test_page *p, int key)
{
	struct scr_test			*t = tst_of(app);
	const struct selftest_question	*q = tst_page_question(t, p, 0);
	int				 i;

	if (key == 's' || key == 'S') {
		for (i = 0; i < p->nq; i++) {
			q = tst_page_question(t, p, i);
			if (q->kind == Q_CHOICE)
				store_choice(app, q, p->side, q->unknown);
			else
				tst_store_number(app, q, p->side, NAN);
		}
		tst_page_next(app);
		return 1;
	}
	if (q->kind == Q_CHOICE) {
		switch (menu_key(&t->menu, key, MENU_PAGE)) {
		case MENU_CHOSEN:
			choice_store(app, p);
			tst_page_next(app);
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
		tst_page_next(app);
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
	struct scr_test		*t = tst_of(app);
	const struct test_page	*p = tst_cur_page(t);
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
			tst_page_next(app);
			return 1;
		}
		/* Leaving a test out is always fine (scr_about.c says so). */
		if (key == 's' || key == 'S') {
			app_message(app, 0, "Left out: %s.", test_title(t->test));
			app_next_step(app);
			return 1;
		}
		break;
	case TP_DO:
		if (t->st->act == ACT_STANCE)
			done = tst_stance_key(app, p->side, key);
		else if (t->st->act == ACT_TANDEM)
			done = tst_tandem_key(app, key);
		else
			done = tst_heel_raise_key(app, p->side, key);
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
	struct scr_test		*t = tst_of(app);
	const struct test_page	*p = tst_cur_page(t);

	if (t->st == NULL || p == NULL || p->kind != TP_DO)
		return;
	if (t->st->act == ACT_STANCE)
		tst_stance_tick(app, p->side);
	else if (t->st->act == ACT_TANDEM)
		tst_tandem_tick(app);
	else
		tst_heel_raise_tick(app);
}


static const struct keybind test_keys[] = {
	{ TK_ENTER, 0, "next", "Go to the next page; after the last page, "
	    "to the next test.", 1 },
	{ ' ', 0, "start/stop", "On a timed test, start and stop the clock; "
	    "on heel raises, count one raise.", 1 },
	{ 's', 0, "skip", "Before the test: leave the whole test out. On "
	    "the test and its answers: leave this answer out (or the tries "
	    "still to do) and go on.", 1 },
	{ TK_UP, TK_DOWN, "choose", "Move through a list, or between number "
	    "fields.", 0 },
	{ TK_TAB, 0, "next field", "Go to the next number field.", 0 },
	{ TK_BACKSPACE, 0, "undo", "Delete a typed digit; on heel raises, "
	    "take one raise back; elsewhere, back a page.", 0 },
	{ TK_ESC, 0, "back a page", "Back a page; from the first page, back "
	    "to the screen before.  Stops a running clock without counting "
	    "the try.", 1 },
};

/* Space only where it starts a clock or counts a raise. */
static int
test_key_shown(const struct app *app, int key)
{
	const struct test_page	*p = tst_cur_page(&app->test);

	if (key == ' ')
		return p != NULL && p->kind == TP_DO;
	return 1;
}

const struct screen_ops screen_test = {
	.title = "Self-test",
	.keys = test_keys,
	.nkeys = sizeof test_keys / sizeof test_keys[0],
	.key_shown = test_key_shown,
	.help = "Each test has a few pages: what you need, how to do it, the "
	    "test itself when it is timed or counted, and your answers. Every "
	    "answer may be left out. Keep a wall or chair within reach for "
	    "the balance tests.",
	.enter = test_enter,
	.resume = test_resume,
	.key = test_key_fn,
	.tick = test_tick,
	.draw = tst_draw,
};

