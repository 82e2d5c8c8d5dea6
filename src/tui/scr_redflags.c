/*
 * scr_redflags.c: the warning signs of a serious cause of back, hip or
 * knee pain (evidence sheet §6.4), asked before anything else (§0.1 rule
 * 1), a few at a time so that no page is long.  Enter marks the ones left
 * unanswered on a page as no: most people answer no to all of them, and
 * one key per page keeps that quick.  As soon as a page with a yes is
 * done, the core is run; an emergency or urgent answer goes straight to
 * its referral screen.
 *
 * The inflammatory back-pain features (RF_AXSPA_*) are not asked here:
 * they only count with low back pain, so the symptoms screen asks them.
 * Also the yes/no page (struct flagpage) both screens use.
 */
#include <config.h>

#include <stdio.h>

#include "tui/app.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* ---- a page of yes/no statements -------------------------------- */

/* The statement column starts after "▸ [yes] ". */
#define FLAG_TEXT_X	8

void
flagpage_init(struct flagpage *fp, const enum redflag *flags, int n)
{
	fp->flags = flags;
	fp->n = n;
	menu_init(&fp->m, n);
}

static void
flag_answer(struct app *app, struct flagpage *fp, enum answer a)
{
	app->answers.redflag[fp->flags[fp->m.sel]] = a;
	app_touch(app);
}

int
flagpage_key(struct app *app, struct flagpage *fp, int key)
{
	enum answer	*a;

	if (fp->n <= 0)
		return 0;
	a = &app->answers.redflag[fp->flags[fp->m.sel]];
	switch (key) {
	case 'y':
	case 'Y':
		flag_answer(app, fp, ANSWER_YES);
		menu_key(&fp->m, TK_DOWN, 1);
		return 1;
	case 'n':
	case 'N':
		flag_answer(app, fp, ANSWER_NO);
		menu_key(&fp->m, TK_DOWN, 1);
		return 1;
	case ' ':
		flag_answer(app, fp, *a == ANSWER_YES ? ANSWER_NO : ANSWER_YES);
		return 1;
	case TK_ENTER:
		return 0;	/* the screen's: done with the page */
	}
	switch (menu_key(&fp->m, key, 3)) {
	case MENU_MOVED:
		return 1;
	case MENU_CHOSEN:
		/* A click on a statement changes its answer, as Space does. */
		a = &app->answers.redflag[fp->flags[fp->m.sel]];
		flag_answer(app, fp, *a == ANSWER_YES ? ANSWER_NO : ANSWER_YES);
		return 1;
	}
	return 0;
}

void
flagpage_rest_no(struct app *app, const struct flagpage *fp)
{
	for (int i = 0; i < fp->n; i++)
		if (app->answers.redflag[fp->flags[i]] == ANSWER_UNKNOWN)
			app->answers.redflag[fp->flags[i]] = ANSWER_NO;
	app_touch(app);
}

int
flagpage_any_yes(const struct app *app, const struct flagpage *fp)
{
	for (int i = 0; i < fp->n; i++)
		if (app->answers.redflag[fp->flags[i]] == ANSWER_YES)
			return 1;
	return 0;
}

int
flagpage_unanswered(const struct app *app, const struct flagpage *fp)
{
	int	n = 0;

	for (int i = 0; i < fp->n; i++)
		if (app->answers.redflag[fp->flags[i]] == ANSWER_UNKNOWN)
			n++;
	return n;
}

/* The answer as a word in brackets, and its colour. */
static const char *
flag_tag(enum answer a, int *color)
{
	switch (a) {
	case ANSWER_YES:
		*color = GC_ALERT;
		return "[yes]";
	case ANSWER_NO:
		*color = GC_OK;
		return "[no] ";
	default:
		*color = GC_MUTED;
		return "[ ? ]";
	}
}

void
flagpage_draw(const struct app *app, const struct flagpage *fp,
    struct grid *g, struct rect r)
{
	int	lines[RF_COUNT];
	int	w = r.w - 1 - FLAG_TEXT_X;	/* the last column: arrows */
	int	top = 0, used, i, y;

	if (fp->n <= 0 || w < 10 || r.h <= 0)
		return;
	for (i = 0; i < fp->n && i < RF_COUNT; i++)
		lines[i] = grid_wrap_lines(w, strings_redflag(fp->flags[i]));
	/* From the top, as little scrolling as keeps the selection shown. */
	for (;;) {
		used = 0;
		for (i = top; i <= fp->m.sel; i++)
			used += lines[i];
		if (used <= r.h || top == fp->m.sel)
			break;
		top++;
	}
	y = r.y;
	for (i = top; i < fp->n && y < r.y + r.h; i++) {
		enum answer	 a = app->answers.redflag[fp->flags[i]];
		int		 sel = i == fp->m.sel, color, attr, n;
		const char	*tag = flag_tag(a, &color);

		n = lines[i] < r.y + r.h - y ? lines[i] : r.y + r.h - y;
		attr = sel ? GA_REVERSE : 0;
		if (sel)
			grid_fill(g, (struct rect){ r.x, y, r.w - 1, n }, attr,
			    GC_DEFAULT);
		grid_text(g, r.x, y, 2, sel ? grid_sym(g, "▸", ">") : " ",
		    attr, GC_DEFAULT);
		grid_text(g, r.x + 2, y, 5, tag, attr | GA_BOLD, color);
		grid_wrap(g, r.x + FLAG_TEXT_X, y, w, n, 0,
		    strings_redflag(fp->flags[i]), attr, GC_DEFAULT);
		for (int k = 0; k < n; k++)
			grid_hit(g, r.x, y + k, r.w, TK_ITEM(i));
		y += n;
	}
	if (top > 0)
		grid_text(g, r.x + r.w - 1, r.y, 1, grid_sym(g, "↑", "^"), 0,
		    GC_MUTED);
	if (i < fp->n)
		grid_text(g, r.x + r.w - 1, r.y + r.h - 1, 1,
		    grid_sym(g, "↓", "v"), 0, GC_MUTED);
}

/* ---- the pages --------------------------------------------------- */

/*
 * Grouped by what they are about (the groups of footscreen-answers(5)),
 * so that each page is short: every RF_* but the RF_AXSPA_* features
 * appears once (the tests check it).
 */
static const enum redflag page_nerves[] = {
	RF_SADDLE_NUMBNESS, RF_BLADDER_CHANGE,
	RF_URINE_RETENTION_OR_INCONTINENCE, RF_BOWEL_INCONTINENCE,
	RF_SEXUAL_DYSFUNCTION, RF_BOTH_LEGS
};
static const enum redflag page_legs[] = {
	RF_PROGRESSIVE_WEAKNESS, RF_SPREADING_NUMBNESS,
	RF_ONE_LEG_NUMB_OR_WEAK, RF_DIFFICULTY_WALKING, RF_BAND_LIKE_PAIN
};
static const enum redflag page_illness[] = {
	RF_FEVER_UNWELL, RF_INFECTION_RISK, RF_CANCER_HISTORY,
	RF_WEIGHT_LOSS, RF_HOT_SWOLLEN_JOINT_FEVER,
	RF_SUDDEN_SEVERE_PAIN_FAINT
};
static const enum redflag page_pain[] = {
	RF_UNREMITTING_PAIN, RF_NIGHT_PAIN, RF_WORSE_STRAINING,
	RF_THORACIC_PAIN, RF_SUDDEN_CENTRAL_PAIN_EASED_LYING
};
static const enum redflag page_injury[] = {
	RF_MAJOR_TRAUMA, RF_MINOR_TRAUMA, RF_OSTEOPOROSIS_OR_STEROIDS,
	RF_NEW_DEFORMITY, RF_CANNOT_BEAR_WEIGHT, RF_LOCKED_KNEE,
	RF_CALF_SWELLING
};

static const struct {
	const char		*title;
	const char		*ask;
	const enum redflag	*flags;
	int			 n;
} pages[] = {
	{ "Bladder, bowel and nerves", "Is any of these happening to you "
	    "now, new or getting worse?", page_nerves, NELEM(page_nerves) },
	{ "Legs and walking", "Is any of these happening to you now, new or "
	    "getting worse?", page_legs, NELEM(page_legs) },
	{ "Your health in general", "Is any of these true for you?",
	    page_illness, NELEM(page_illness) },
	{ "The pain itself", "Does your back, leg, hip or knee pain do any "
	    "of these?", page_pain, NELEM(page_pain) },
	{ "Injuries, bones and circulation", "Is any of these true for "
	    "you?", page_injury, NELEM(page_injury) },
};
#define NPAGES	((int)NELEM(pages))

static void
set_page(struct app *app, int page)
{
	app->redflags.page = page;
	flagpage_init(&app->redflags.fp, pages[page].flags, pages[page].n);
}

/* The first page with a question not answered, or -1. */
static int
first_open_page(const struct app *app)
{
	struct flagpage	fp;

	for (int p = 0; p < NPAGES; p++) {
		flagpage_init(&fp, pages[p].flags, pages[p].n);
		if (flagpage_unanswered(app, &fp) > 0)
			return p;
	}
	return -1;
}

/*
 * Going forward: the first page with something left to answer (after a
 * referral the person continued past, the rest of the pages), or the
 * first page to look over answers already given.
 */
static void
redflags_enter(struct app *app)
{
	int	p = first_open_page(app);

	set_page(app, p < 0 ? 0 : p);
}

static void
redflags_resume(struct app *app)
{
	int	p = app->redflags.page;

	set_page(app, p >= 0 && p < NPAGES ? p : 0);
}

/* Enter: the rest of the page is no; then the triage, or the next page. */
static void
redflags_done(struct app *app)
{
	struct scr_redflags	*s = &app->redflags;
	int			 last = s->page == NPAGES - 1, due;

	flagpage_rest_no(app, &s->fp);
	if (flagpage_any_yes(app, &s->fp) || last) {
		due = referral_due(app);
		if (due < 0)
			return;
		if (due) {
			referral_show(app, first_open_page(app) >= 0 ?
			    SCR_REDFLAGS : SCR_PERSON);
			return;
		}
	}
	if (last)
		app_goto(app, SCR_PERSON);
	else
		set_page(app, s->page + 1);
}

static int
redflags_key(struct app *app, int key)
{
	struct scr_redflags	*s = &app->redflags;

	switch (key) {
	case TK_ENTER:
		redflags_done(app);
		return 1;
	case TK_ESC:
	case TK_BACKSPACE:
	case TK_LEFT:
		/* Back a page; on the first, back a screen (global). */
		if (s->page == 0)
			return 0;
		set_page(app, s->page - 1);
		return 1;
	}
	return flagpage_key(app, &s->fp, key);
}

static void
redflags_draw(const struct app *app, struct grid *g, struct rect body)
{
	const struct scr_redflags	*s = &app->redflags;
	struct rect			 r = intro_column(body);
	int				 open, y, n;

	grid_printf(g, r.x, r.y, r.w, GA_BOLD, GC_DEFAULT,
	    "Warning signs, page %d of %d: %s", s->page + 1, NPAGES,
	    pages[s->page].title);
	y = r.y + 1;
	if (s->page == 0) {
		n = grid_wrap(g, r.x, y, r.w, 2, 0, "First, a few questions "
		    "about rare signs that need a doctor. Answer them about "
		    "how things are for you now.", 0, GC_MUTED);
		y += n < 2 ? n : 2;
	}
	grid_wrap(g, r.x, y, r.w, 1, 0, pages[s->page].ask, 0, GC_DEFAULT);
	y += 2;
	flagpage_draw(app, &s->fp, g, (struct rect){ r.x, y, r.w,
	    r.y + r.h - 2 - y });
	open = flagpage_unanswered(app, &s->fp);
	if (open > 0)
		grid_printf(g, r.x, r.y + r.h - 1, r.w, 0, GC_MUTED,
		    "Enter: the %d not answered are no, then the %s.", open,
		    s->page + 1 < NPAGES ? "next page" : "next step");
	else
		grid_printf(g, r.x, r.y + r.h - 1, r.w, 0, GC_MUTED,
		    "All answered. Enter: on to the %s.",
		    s->page + 1 < NPAGES ? "next page" : "next step");
}

static const struct keybind redflags_keys[] = {
	{ 'y', 0, "yes", "Answer yes to the selected statement.", 1 },
	{ 'n', 0, "no", "Answer no to the selected statement.", 1 },
	{ ' ', 0, "change", "Change the selected answer between yes and "
	    "no (a click does the same).", 0 },
	{ TK_UP, TK_DOWN, "select", "Select a statement.", 0 },
	{ TK_ENTER, 0, "rest no, next", "Mark every statement not yet "
	    "answered on this page as no, and go on.", 1 },
	{ TK_LEFT, 0, "previous page", "Go back a page (Esc does too, and "
	    "on the first page goes back a screen).", 0 },
};

const struct screen_ops screen_redflags = {
	.title = "warning signs",
	.keys = redflags_keys,
	.nkeys = NELEM(redflags_keys),
	.help = "These questions look for rare signs of a problem that "
	    "needs a doctor rather than exercises, and they come before "
	    "any test. Answer each statement about how things are for you "
	    "now. If you answer yes to a sign that needs quick help, the "
	    "next screen says what to do and who to contact; after an "
	    "emergency answer the screening stops there. A wrong answer can "
	    "be changed by going back with Esc.",
	.enter = redflags_enter,
	.resume = redflags_resume,
	.key = redflags_key,
	.draw = redflags_draw,
};
