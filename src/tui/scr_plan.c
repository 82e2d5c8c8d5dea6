/*
 * scr_plan.c: the plan screen (issue 5 item 4): the exercises the advice
 * rules chose, then the advice lines and whom to see, each with the
 * findings that brought it in.  The selected row's details show below the
 * list: for an exercise its aim, dose, evidence, harder versions and
 * cautions; Enter starts it on the guided exercise screen.
 *
 * An emergency has no plan (evidence sheet §0.1 rule 1): the screen then
 * says only what to do now.  Exercise words come from the advice data
 * (data/exercises.ini, data/advice.ini), the rest from strings.h.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "screening/report.h"
#include "tui/app.h"
#include "tui/bodymap.h"
#include "tui/widget.h"

/* A row of the list. */
enum prow_kind {
	PR_HEADING,	/* a = string_id */
	PR_EXERCISE,	/* a = index in plan.exercise[] */
	PR_WORDING,	/* a = index in plan.wording[] */
	PR_REFERRAL	/* a = index in plan.referral[] */
};

struct prow {
	enum prow_kind	kind;
	int		a;
};

#define PROWS_MAX	(1 + EXERCISE_LIBRARY_MAX + 2 * (1 + ADVICE_TEXTS_MAX))

struct prows {
	struct prow	r[PROWS_MAX];
	int		n;
};

static void
padd(struct prows *ps, enum prow_kind kind, int a)
{
	if (ps->n < PROWS_MAX)
		ps->r[ps->n++] = (struct prow){ kind, a };
}

/* Whether a plan may be shown at all (§0.1 rules 1 and 6). */
static int
plan_shown(const struct app *app)
{
	return app->have_result && app->result.scored &&
	    app->result.plan_allowed;
}

static void
plan_rows(const struct app *app, struct prows *ps)
{
	const struct advice_plan	*p = &app->plan;

	ps->n = 0;
	if (!plan_shown(app))
		return;
	if (p->nexercises > 0)
		padd(ps, PR_HEADING, STR_H_EXERCISES);
	for (size_t i = 0; i < p->nexercises; i++)
		padd(ps, PR_EXERCISE, (int)i);
	if (p->nwording > 0)
		padd(ps, PR_HEADING, STR_H_WORDING);
	for (size_t i = 0; i < p->nwording; i++)
		padd(ps, PR_WORDING, (int)i);
	if (p->nreferrals > 0)
		padd(ps, PR_HEADING, STR_H_REFERRAL);
	for (size_t i = 0; i < p->nreferrals; i++)
		padd(ps, PR_REFERRAL, (int)i);
}

/* The row of exercise i, for coming back to it from the exercise screen. */
static int
row_of_exercise(const struct prows *ps, int i)
{
	for (int k = 0; k < ps->n; k++)
		if (ps->r[k].kind == PR_EXERCISE && ps->r[k].a == i)
			return k;
	return 0;
}

/* The exercise of a plan entry, or NULL when the data do not have it. */
static const struct exercise *
plan_exercise(const struct app *app, int i)
{
	const struct plan_exercise	*pe = &app->plan.exercise[i];

	return pe->exercise < app->library->n ?
	    &app->library->exercise[pe->exercise] : NULL;
}

/* The text of a wording or referral line of the plan. */
static const char *
plan_line(const struct app *app, const struct prow *r)
{
	const struct advice_rules	*rules = app->rules;
	const struct plan_text		*pt;

	if (r->kind == PR_WORDING) {
		pt = &app->plan.wording[r->a];
		return pt->text < rules->nwording ?
		    rules->wording[pt->text].text : "";
	}
	pt = &app->plan.referral[r->a];
	return pt->text < rules->nreferrals ? rules->referral[pt->text].text :
	    "";
}

struct plan_ctx {
	const struct app	*app;
	const struct prows	*ps;
};

static const char *
plan_label(const void *ctx, int i, char *buf, size_t len)
{
	const struct plan_ctx	*c = ctx;
	const struct prow	*r = &c->ps->r[i];
	const struct exercise	*ex;
	const char		*s;

	switch (r->kind) {
	case PR_HEADING:
		snprintf(buf, len, "%s", strings_text((enum string_id)r->a));
		break;
	case PR_EXERCISE:
		ex = plan_exercise(c->app, r->a);
		s = body_side_words(c->app->plan.exercise[r->a].sides);
		snprintf(buf, len, "  %d. %s%s%s", r->a + 1,
		    ex != NULL ? ex->name : "?", s[0] != '\0' ? ", " : "", s);
		break;
	case PR_WORDING:
	case PR_REFERRAL:
		snprintf(buf, len, "  - %s", plan_line(c->app, r));
		break;
	}
	return buf;
}

static void
plan_enter(struct app *app)
{
	struct prows	ps;

	plan_rows(app, &ps);
	menu_init(&app->planscr.menu, ps.n);
	app->planscr.scroll = 0;
	/* Start on the first exercise, past its heading. */
	if (ps.n > 1 && ps.r[0].kind == PR_HEADING)
		app->planscr.menu.sel = 1;
}

/* Coming back from an exercise: the list shows the one just done. */
static void
plan_resume(struct app *app)
{
	struct prows	ps;

	plan_rows(app, &ps);
	app->planscr.menu.n = ps.n;
	app->planscr.scroll = 0;
	if (app->planscr.started && app->exercise.item >= 0 &&
	    (size_t)app->exercise.item < app->plan.nexercises)
		app->planscr.menu.sel = row_of_exercise(&ps,
		    app->exercise.item);
	app->planscr.started = 0;
}

static void
start_exercise(struct app *app, int i)
{
	app->exercise.item = i;
	app->planscr.started = 1;
	app_goto(app, SCR_EXERCISE);
}

/*
 * The details pane: paragraphs one after another, scrolled by whole
 * rows.  Drawn into a grid of no cells, it only counts the rows.
 */
struct pane {
	struct grid	*g;
	struct rect	 r;
	int		 scroll;	/* rows of the text above the pane */
	int		 row;		/* the next row of the whole text */
};

/* A paragraph; the colours tell them apart, so no blank line (room). */
static void
para(struct pane *p, const char *s, int attr, int color)
{
	int	first = p->row - p->scroll, skip = 0, room;

	if (s[0] == '\0')
		return;
	if (first < 0) {
		skip = -first;
		first = 0;
	}
	room = p->r.h - first;
	p->row += grid_wrap(p->g, p->r.x, p->r.y + first, p->r.w,
	    room > 0 ? room : 0, skip, s, attr, color);
}

/* The details of an exercise of the plan. */
static void
exercise_detail(const struct app *app, struct pane *p, int i)
{
	const struct plan_exercise	*pe = &app->plan.exercise[i];
	const struct exercise		*ex = plan_exercise(app, i);
	char				 dose[160], trig[1200], text[1400];

	if (ex == NULL)
		return;
	strings_dosage(dose, sizeof dose, &ex->dosage);
	snprintf(text, sizeof text, "%s: %s", ex->name, ex->aim);
	para(p, text, GA_BOLD, GC_DEFAULT);
	snprintf(text, sizeof text, "%s: %s.", strings_text(STR_DOSE), dose);
	para(p, text, 0, GC_DEFAULT);
	if (pe->with_support)
		para(p, strings_text(STR_WITH_SUPPORT), GA_BOLD, GC_NOTE);
	report_trigger_words(trig, sizeof trig, &pe->triggers);
	snprintf(text, sizeof text, "%s: %s.", strings_text(STR_TRIGGERED_BY),
	    trig);
	para(p, text, 0, GC_DEFAULT);
	snprintf(text, sizeof text, "%s: %s %s", strings_text(STR_EVIDENCE),
	    app->rules->evidence_text[pe->evidence], ex->evidence);
	para(p, text, 0, GC_DEFAULT);
	if (ex->cautions[0] != '\0') {
		snprintf(text, sizeof text, "%s: %s",
		    strings_text(STR_CAUTIONS), ex->cautions);
		para(p, text, 0, GC_NOTE);
	}
	for (size_t k = 0; k < ex->nprogressions; k++)
		if (pe->progressions & (1u << k)) {
			snprintf(text, sizeof text, "%s: %s",
			    strings_text(STR_HARDER), ex->progression[k].text);
			para(p, text, 0, GC_MUTED);
		}
}

/* The details of a wording or referral line. */
static void
line_detail(const struct app *app, struct pane *p, const struct prow *row)
{
	const struct plan_text	*pt = row->kind == PR_WORDING ?
	    &app->plan.wording[row->a] : &app->plan.referral[row->a];
	char			 trig[1200], text[1400];

	para(p, plan_line(app, row), 0, GC_DEFAULT);
	report_trigger_words(trig, sizeof trig, &pt->triggers);
	snprintf(text, sizeof text, "%s: %s.", strings_text(STR_TRIGGERED_BY),
	    trig);
	para(p, text, 0, GC_MUTED);
}

/* The details of the selected row; returns the rows they take. */
static int
detail(const struct app *app, struct pane *p, const struct prows *ps,
    int sel)
{
	if (sel >= 0 && sel < ps->n) {
		if (ps->r[sel].kind == PR_EXERCISE)
			exercise_detail(app, p, ps->r[sel].a);
		else if (ps->r[sel].kind != PR_HEADING)
			line_detail(app, p, &ps->r[sel]);
	}
	return p->row;
}

/* Where the list and the details go in the body. */
static void
layout(const struct app *app, struct rect body, int nrows,
    struct rect *list, struct rect *details)
{
	int	y = body.y + 1;

	/* A referral's who and when take a line (plan_draw). */
	if (app->have_result && app->result.triage.tier != TRIAGE_SELFCARE)
		y++;
	*list = (struct rect){ body.x, y, body.w, nrows };
	/* The list takes at most 40 % of the body: the details need room. */
	if (list->h > body.h * 2 / 5)
		list->h = body.h * 2 / 5;
	y = list->y + list->h + 1;
	*details = (struct rect){ body.x + 2, y, body.w - 4,
	    body.y + body.h - y };
}

/* PgDn, PgUp: scroll the details, kept within the text. */
static void
scroll_detail(struct app *app, const struct prows *ps, int by)
{
	struct grid	none = { .utf8 = app->utf8 };
	struct rect	list, r;
	struct pane	p = { .g = &none };
	int		most;

	layout(app, (struct rect){ 0, 1, app->cols, app->lines - 3 }, ps->n,
	    &list, &r);
	p.r = r;
	most = detail(app, &p, ps, app->planscr.menu.sel) - r.h;
	app->planscr.scroll += by * (r.h > 1 ? r.h - 1 : 1);
	if (app->planscr.scroll > most)
		app->planscr.scroll = most;
	if (app->planscr.scroll < 0)
		app->planscr.scroll = 0;
}

/* No plan: an emergency's instruction, the adults-only line, or none. */
static void
draw_no_plan(const struct app *app, struct grid *g, struct rect r)
{
	const struct advice_rules	*rules = app->rules;
	const struct triage_result	*t = &app->result.triage;
	const char			*say = strings_text(STR_NO_PLAN);
	char				 call[256];
	struct pane			 p = { .g = g, .r = { r.x + 1, r.y + 1,
					    r.w - 2, r.h - 1 } };
	int				 emergency = app->have_result &&
					    t->tier == TRIAGE_EMERGENCY;

	if (emergency)
		say = rules->wording[
		    rules->required[ADVICE_TEXT_EMERGENCY]].text;
	else if (app->have_result && t->out_of_scope)
		say = rules->wording[
		    rules->required[ADVICE_TEXT_ADULTS_ONLY]].text;
	para(&p, say, GA_BOLD, emergency ? GC_ALERT : GC_DEFAULT);
	if (emergency) {
		strings_call_now(call, sizeof call, app->contact);
		para(&p, call, GA_BOLD, GC_ALERT);
	}
}

static int
plan_key(struct app *app, int key)
{
	struct menu	*m = &app->planscr.menu;
	struct prows	 ps;

	if (key == 'r') {
		if (app->have_result &&
		    app->result.triage.tier != TRIAGE_SELFCARE)
			referral_show(app, -1);
		else
			app_message(app, 0, "%s: %s.", strings_text(STR_SEE),
			    strings_professional(PRO_NONE));
		return 1;
	}
	plan_rows(app, &ps);
	m->n = ps.n;
	if (key == TK_PGDN || key == TK_PGUP) {
		scroll_detail(app, &ps, key == TK_PGDN ? 1 : -1);
		return 1;
	}
	switch (menu_key(m, key, app->lines / 3)) {
	case MENU_MOVED:
		/* Up and Down step over the headings: nothing to show. */
		for (int i = 0; i < ps.n && (key == TK_UP || key == TK_DOWN) &&
		    ps.r[m->sel].kind == PR_HEADING; i++)
			menu_key(m, key, 1);
		app->planscr.scroll = 0;
		return 1;
	case MENU_CHOSEN:
		if (m->sel < ps.n && ps.r[m->sel].kind == PR_EXERCISE)
			start_exercise(app, ps.r[m->sel].a);
		return 1;
	}
	return 0;
}

static void
plan_draw(const struct app *app, struct grid *g, struct rect body)
{
	const struct triage_result	*t = &app->result.triage;
	struct prows			 ps;
	struct plan_ctx			 ctx = { app, &ps };
	struct menu			 m = app->planscr.menu;
	struct rect			 list, r;
	struct pane			 p = { .g = g };
	char				 who[320];
	int				 y = body.y, rows;

	plan_rows(app, &ps);
	grid_text(g, body.x + 1, y++, body.w - 2, strings_text(STR_H_PLAN),
	    GA_BOLD, GC_DEFAULT);
	/* A referral says who and how soon; r has the rest (§6.4). */
	if (app->have_result && t->tier != TRIAGE_SELFCARE) {
		snprintf(who, sizeof who, "%s: %s. %s: %s. (r)",
		    strings_text(STR_SEE),
		    strings_professional(t->professional),
		    strings_text(STR_WHEN), strings_how_soon(t->how_soon));
		grid_text(g, body.x + 1, y++, body.w - 2, who, GA_BOLD,
		    t->tier <= TRIAGE_URGENT ? GC_ALERT : GC_NOTE);
	}
	if (ps.n == 0) {
		draw_no_plan(app, g, (struct rect){ body.x, y, body.w,
		    body.y + body.h - y });
		return;
	}
	layout(app, body, ps.n, &list, &r);
	m.n = ps.n;
	menu_draw(&m, g, list, plan_label, &ctx);
	for (int k = 0; k < list.h && m.top + k < ps.n; k++)
		if (ps.r[m.top + k].kind == PR_HEADING)
			grid_text(g, list.x + 2, list.y + k, list.w - 3,
			    strings_text((enum string_id)ps.r[m.top + k].a),
			    GA_BOLD | (m.top + k == m.sel ? GA_REVERSE : 0),
			    GC_INFO);
	grid_hline(g, body.x, r.y - 1, body.w, GC_MUTED);
	p.r = r;
	p.scroll = app->planscr.scroll;
	rows = detail(app, &p, &ps, m.sel);
	/* More above or below, in words on the rule (not colour alone). */
	if (p.scroll > 0)
		grid_text(g, body.x + body.w - 12, r.y - 1, 10, " PgUp more ",
		    0, GC_MUTED);
	if (rows - p.scroll > r.h)
		grid_text(g, body.x + body.w - 24, r.y - 1, 11, " PgDn more ",
		    GA_BOLD, GC_DEFAULT);
}

static const struct keybind plan_keys[] = {
	{ TK_ENTER, 0, "start", "Start the selected exercise, guided step by "
	    "step with a timer and a counter.", 1 },
	{ 'r', 0, "referral", "Who to see, how soon and what to tell them "
	    "(when your answers call for it).", 1 },
	{ TK_UP, TK_DOWN, "select", "Move between the exercises and advice; "
	    "the details of the selected one show below.", 0 },
	{ TK_PGDN, TK_PGUP, "more", "Scroll the details of the selected "
	    "exercise or advice.", 0 },
};

const struct screen_ops screen_plan = {
	.title = "your plan",
	.keys = plan_keys,
	.nkeys = sizeof plan_keys / sizeof plan_keys[0],
	.help = "The exercises and advice that follow from your results, "
	    "each with the findings that brought it in and how well it is "
	    "supported. None of them is a treatment for a diagnosis; stop "
	    "any exercise that hurts.",
	.enter = plan_enter,
	.resume = plan_resume,
	.key = plan_key,
	.draw = plan_draw,
};
