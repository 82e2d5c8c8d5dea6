/*
 * scr_results.c: the results screen (issue 5 item 3).  Five sections
 * switched like tabs: an overview with the body map, the triage in one
 * line and the findings; the feet; left against right; balance and
 * strength; the triage in full.  Each section is a list of statements,
 * and every statement opens to its reason: the value measured, the
 * threshold it was held against and where that comes from.
 *
 * What the sections say is results.h's (results_lines.c,
 * results_words.c, results_reasons.c); this file is the screen: keys,
 * the tabs, the list, the reason's panel and the layout.
 */
#include <config.h>

#include <stdio.h>

#include "core/triage.h"
#include "tui/app.h"
#include "tui/bodymap.h"
#include "tui/results.h"
#include "tui/widget.h"

/* ------------------------------------------------------------------ */
/* The screen                                                          */

static const char *const tab_names[RS_COUNT] = {
	[RS_OVERVIEW] = "Overview",
	[RS_FEET] = "Feet",
	[RS_ASYMMETRY] = "Left/right",
	[RS_BALANCE] = "Balance",
	[RS_TRIAGE] = "Triage",
};

/* Each section's title, above its list. */
static const enum string_id section_title[RS_COUNT] = {
	[RS_OVERVIEW] = STR_H_FINDINGS,
	[RS_FEET] = STR_H_FEET,
	[RS_ASYMMETRY] = STR_H_ASYMMETRY,
	[RS_BALANCE] = STR_H_BALANCE,
	[RS_TRIAGE] = STR_H_RESULT,
};

/* The overview's columns: the body map, a gap, the list. */
#define LIST_X		(BODYMAP_W + 2)
/* The reason's text is built here: the longest is a finding with two feet. */
#define REASON_MAX	6144

/* The body as app_draw() lays it out, for key handlers that need it. */
static struct rect
body_of(const struct app *app)
{
	return (struct rect){ 0, 1, app->cols, app->lines - 3 };
}

/* The reason panel over the body, and the text area inside it. */
static struct rect
panel_box(struct rect body)
{
	return (struct rect){ body.x + 1, body.y, body.w - 2, body.h };
}

static struct rect
panel_text(struct rect box)
{
	return (struct rect){ box.x + 2, box.y + 1, box.w - 4, box.h - 3 };
}

static int
section_count(const struct app *app)
{
	return app->have_result && app->result.scored ? RS_COUNT : 1;
}

/* The section's lines with its menu brought up to date. */
static struct menu *
current_lines(struct app *app, struct rlines *ls)
{
	struct scr_results	*s = &app->results;
	struct menu		*m = &s->menu[s->section];

	rs_section_lines(app, s->section, ls);
	m->n = ls->n;
	if (m->sel >= m->n)
		m->sel = m->n > 0 ? m->n - 1 : 0;
	return m;
}

static void
results_enter(struct app *app)
{
	struct scr_results	*s = &app->results;

	if (!app->have_result)
		app_compute(app);
	s->section = RS_OVERVIEW;
	for (int i = 0; i < RS_COUNT; i++)
		menu_init(&s->menu[i], 0);
	s->panel = 0;
	s->panel_scroll = 0;
	/* Shown for the first time: into the person's history (issue 6). */
	history_autosave(app);
}

static void
results_resume(struct app *app)
{
	app->results.panel = 0;
	if ((int)app->results.section >= section_count(app))
		app->results.section = RS_OVERVIEW;
}

static void
go_plan(struct app *app)
{
	const struct screening_result	*r = &app->result;

	if (!r->scored || !r->plan_allowed)
		app_message(app, 0, "%s", strings_text(!r->scored ?
		    (r->triage.out_of_scope ? STR_OUT_OF_SCOPE :
		    STR_NOT_SCORED) : STR_NO_PLAN));
	else
		app_goto(app, SCR_PLAN);
}

/* The reason of the selected line, as the panel shows it. */
static void
selected_reason(const struct app *app, const struct rlines *ls,
    const struct menu *m, struct sbuf *b)
{
	if (m->sel >= 0 && m->sel < ls->n)
		rs_line_reason(app, &ls->l[m->sel], b);
}

/* Keys while a reason is open: scroll it or close it. */
static int
panel_key(struct app *app, int key)
{
	struct scr_results	*s = &app->results;
	struct rlines		 ls;
	const struct menu	*m = current_lines(app, &ls);
	char			 text[REASON_MAX];
	struct sbuf		 b;
	struct rect		 area = panel_text(panel_box(body_of(app)));
	int			 most;

	sb_init(&b, text, sizeof text);
	selected_reason(app, &ls, m, &b);
	most = grid_wrap_lines(area.w, text) - area.h;
	switch (key) {
	case TK_ESC:
	case TK_BACKSPACE:
	case TK_ENTER:
		s->panel = 0;
		return 1;
	}
	return scroll_by_key(&s->panel_scroll, key, area.h, most);
}

/* Enter on a line: follow it, or open its reason. */
static void
choose(struct app *app, const struct rline *l)
{
	switch (l->kind) {
	case RL_GO_PLAN:
		go_plan(app);
		break;
	case RL_GO_REFERRAL:
		referral_show(app, -1);
		break;
	case RL_HEADING:
		break;
	default:
		app->results.panel = 1;
		app->results.panel_scroll = 0;
		break;
	}
}

static int
results_key(struct app *app, int key)
{
	struct scr_results	*s = &app->results;
	struct rlines		 ls;
	struct menu		*m;
	int			 n = section_count(app);

	if (!app->have_result)
		return 0;
	if (s->panel) {
		if (panel_key(app, key))
			return 1;
		/* Any other key closes the reason and does what it does. */
		s->panel = 0;
	}
	if (history_results_key(app, key))
		return 1;
	switch (key) {
	case TK_TAB:
	case TK_RIGHT:
		s->section = (s->section + 1) % n;
		return 1;
	case TK_BTAB:
	case TK_LEFT:
		s->section = (s->section + n - 1) % n;
		return 1;
	case 'p':
		go_plan(app);
		return 1;
	case 'r':
		referral_show(app, -1);
		return 1;
	}
	if (key >= '1' && key < '1' + n) {
		s->section = (enum results_section)(key - '1');
		return 1;
	}
	m = current_lines(app, &ls);
	switch (menu_key(m, key, body_of(app).h - 3)) {
	case MENU_MOVED:
		/* Up and Down step over the headings: no reason behind them. */
		for (int i = 0; i < ls.n && (key == TK_UP || key == TK_DOWN) &&
		    ls.l[m->sel].kind == RL_HEADING; i++)
			menu_key(m, key, 1);
		return 1;
	case MENU_CHOSEN:
		choose(app, &ls.l[m->sel]);
		return 1;
	}
	return 0;
}

/* ---- drawing ---- */

struct list_ctx {
	const struct app	*app;
	const struct rlines	*ls;
	const struct grid	*g;
};

static const char *
list_label(const void *ctx, int i, char *buf, size_t len)
{
	const struct list_ctx	*c = ctx;
	struct sbuf		 b;

	sb_init(&b, buf, len);
	rs_line_text(c->app, &c->ls->l[i], &b, c->g);
	return buf;
}

/* Colour and weight over what is drawn (the words carry the meaning). */
static void
tint(struct grid *g, struct rect r, int attr, int color)
{
	for (int y = r.y; y < r.y + r.h && y < g->h; y++)
		for (int x = r.x; x < r.x + r.w && x < g->w; x++) {
			struct grid_cell *c;

			if (x < 0 || y < 0)
				continue;
			c = &g->cells[y * g->w + x];
			c->attr |= attr;
			c->color = color;
		}
}

/* The section's list in r, the selected line shown. */
static void
draw_list(const struct app *app, struct grid *g, struct rect r,
    const struct rlines *ls)
{
	struct menu		m = app->results.menu[app->results.section];
	struct list_ctx		ctx = { app, ls, g };

	m.n = ls->n;
	menu_draw(&m, g, r, list_label, &ctx);
	for (int y = 0; y < r.h && m.top + y < ls->n; y++) {
		const struct rline *l = &ls->l[m.top + y];
		int color = rs_line_color(app, l);

		if (color != GC_DEFAULT || l->kind == RL_HEADING)
			tint(g, (struct rect){ r.x + 2, r.y + y, r.w - 3, 1 },
			    l->kind == RL_HEADING ? GA_BOLD : 0, color);
	}
}

/* The tab row: the current one in brackets as well as reversed. */
static void
draw_tabs(const struct app *app, struct grid *g, struct rect body)
{
	char	label[32];
	int	x = body.x + 1, w;

	for (int i = 0; i < RS_COUNT; i++) {
		int	cur = i == (int)app->results.section;

		snprintf(label, sizeof label, "%c%d %s%c", cur ? '[' : ' ',
		    i + 1, tab_names[i], cur ? ']' : ' ');
		w = grid_text(g, x, body.y, body.x + body.w - x, label,
		    cur ? GA_REVERSE | GA_BOLD : 0,
		    cur ? GC_INFO : GC_DEFAULT);
		grid_hit(g, x, body.y, w, '1' + i);
		x += w + 1;
	}
}

/* The reason of the selected line in a box over the body. */
static void
draw_panel(const struct app *app, struct grid *g, struct rect body,
    const struct rlines *ls)
{
	const struct menu	*m = &app->results.menu[app->results.section];
	struct rect		 box = panel_box(body), area = panel_text(box);
	char			 title[256], text[REASON_MAX];
	struct sbuf		 b;
	struct rline		 l;
	int			 rows;

	if (m->sel < 0 || m->sel >= ls->n)
		return;
	l = ls->l[m->sel];
	l.indent = 0;
	sb_init(&b, title, sizeof title);
	rs_line_text(app, &l, &b, g);
	sb_init(&b, text, sizeof text);
	rs_line_reason(app, &l, &b);
	/* Over the whole body: half-covered lines beside it would confuse. */
	grid_fill(g, body, 0, GC_DEFAULT);
	grid_box(g, box, strings_text(STR_WHY), GC_INFO);
	/* A click on the reason is not a click on the line under it. */
	for (int y = box.y; y < box.y + box.h; y++)
		grid_hit(g, box.x, y, box.w, TK_NONE);
	grid_text(g, area.x, area.y, area.w, title, GA_BOLD, GC_DEFAULT);
	area.y += 2;
	area.h -= 2;
	rows = grid_wrap(g, area.x, area.y, area.w, area.h,
	    app->results.panel_scroll, text, 0, GC_DEFAULT);
	if (rows > area.h)
		grid_printf(g, area.x, box.y + box.h - 2, area.w - 12, 0,
		    GC_MUTED, "lines %d-%d of %d: Up/Down scroll",
		    app->results.panel_scroll + 1,
		    app->results.panel_scroll + area.h < rows ?
		    app->results.panel_scroll + area.h : rows, rows);
	grid_text(g, box.x + box.w - 12, box.y + box.h - 2, 9, "Esc close",
	    GA_BOLD, GC_DEFAULT);
	grid_hit(g, box.x + box.w - 12, box.y + box.h - 2, 9, TK_ESC);
}

/* Without a score: what happened, what to do, and the way on. */
static void
draw_not_scored(const struct app *app, struct grid *g, struct rect body,
    const struct rlines *ls)
{
	const struct triage_result	*t = &app->result.triage;
	char				 text[1024], call[256];
	struct sbuf			 b;
	int				 y = body.y;

	sb_init(&b, text, sizeof text);
	sb_add(&b, "%s", strings_tier_advice(t->tier));
	if (t->tier == TRIAGE_EMERGENCY) {
		strings_call_now(call, sizeof call, app->contact);
		sb_add(&b, " %s", call);
	}
	grid_text(g, body.x + 1, y++, body.w - 2, strings_tier(t->tier),
	    GA_BOLD, t->tier == TRIAGE_EMERGENCY ? GC_ALERT : GC_NOTE);
	y += grid_wrap(g, body.x + 1, y, body.w - 2, body.h / 2, 0, text, 0,
	    GC_DEFAULT) + 1;
	draw_list(app, g, (struct rect){ body.x, y, body.w,
	    body.y + body.h - y }, ls);
}

static void
draw_overview(const struct app *app, struct grid *g, struct rect r,
    const struct rlines *ls)
{
	struct body_marks	m;
	int			dy = BODYMAP_H;
	int			keep = history_last_rows(app, r.h);

	bodymap_marks(&app->result.findings, &app->answers, &m);
	bodymap_draw(&m, g, (struct rect){ r.x + 1, r.y, BODYMAP_W,
	    BODYMAP_H });
	/* §7.6: the disclaimer stays in view beside the findings. */
	grid_wrap(g, r.x + 1, r.y + dy, BODYMAP_W, r.h - dy, 0,
	    strings_text(STR_DISCLAIMER), 0, GC_MUTED);
	/* The last rows: "compared with last time" (scr_history.c). */
	draw_list(app, g, (struct rect){ r.x + LIST_X, r.y, r.w - LIST_X,
	    r.h - keep }, ls);
	history_last_draw(app, g, (struct rect){ r.x + LIST_X,
	    r.y + r.h - keep, r.w - LIST_X - 1, keep });
}

static void
results_draw(const struct app *app, struct grid *g, struct rect body)
{
	const struct scr_results	*s = &app->results;
	struct rlines			 ls;
	struct rect			 r;
	int				 used;

	/* app_compute() failed: the message line says why. */
	if (!app->have_result) {
		grid_text(g, body.x + 1, body.y + 1, body.w - 2,
		    "No result: the answers could not be scored.", 0,
		    GC_DEFAULT);
		return;
	}
	rs_section_lines(app, s->section, &ls);
	if (!app->result.scored) {
		draw_not_scored(app, g, body, &ls);
		if (s->panel)
			draw_panel(app, g, body, &ls);
		return;
	}
	draw_tabs(app, g, body);
	r = (struct rect){ body.x, body.y + 2, body.w, body.h - 2 };
	if (s->section == RS_OVERVIEW)
		draw_overview(app, g, (struct rect){ body.x, body.y + 1,
		    body.w, body.h - 1 }, &ls);
	else {
		grid_text(g, body.x + 1, body.y + 1, body.w - 2,
		    strings_text(section_title[s->section]), GA_BOLD,
		    GC_DEFAULT);
		if (s->section == RS_FEET) {
			char		pre[1024];
			struct sbuf	b;

			sb_init(&b, pre, sizeof pre);
			sb_add(&b, "%s %s", strings_text(STR_POSTURE_NOT_CAUSE),
			    strings_text(STR_APPROXIMATE));
			used = grid_wrap(g, r.x + 1, r.y, r.w - 2, r.h / 3, 0,
			    pre, 0, GC_MUTED);
			if (used > r.h / 3)
				used = r.h / 3;
			r.y += used + 1;
			r.h -= used + 1;
		}
		draw_list(app, g, r, &ls);
	}
	if (s->panel)
		draw_panel(app, g, body, &ls);
}

static const struct keybind results_keys[] = {
	{ TK_TAB, TK_RIGHT, "section", "The next section. The keys 1 to 5, "
	    "or a click on a section's name, go straight to it.", 1 },
	{ TK_BTAB, TK_LEFT, "previous", "The previous section.", 0 },
	{ TK_ENTER, 0, "why", "Open the selected line's reason: what was "
	    "measured, what it was compared with and where that comes "
	    "from. Esc closes it.", 1 },
	{ 'p', 0, "plan", "Your plan: the exercises and advice that follow "
	    "from these results.", 1 },
	{ 'r', 0, "referral", "Who to see, how soon, and what to tell "
	    "them.", 1 },
	{ 'h', 0, "history", "This person's saved screenings.", 1 },
	{ 'c', 0, "last time", "This screening beside the one saved "
	    "before it, every measure with its change.", 1 },
	{ TK_UP, TK_DOWN, "select", "Move between the lines; in an open "
	    "reason, scroll it.", 0 },
};

/* 'p' only when a plan may be given (not on an emergency, §0.1 rule 1). */
static int
results_key_shown(const struct app *app, int key)
{
	if (key == 'p')
		return app->have_result && app->result.plan_allowed;
	if (key == 'c' || key == 'h')
		return history_results_shown(app, key);
	return 1;
}

const struct screen_ops screen_results = {
	.title = "results",
	.keys = results_keys,
	.nkeys = sizeof results_keys / sizeof results_keys[0],
	.key_shown = results_key_shown,
	.help = "Your results, in five sections: an overview with a body "
	    "map, your feet, left and right compared, balance and strength, "
	    "and the triage. Every line opens to its reason. The screen "
	    "describes how you stand and move; it is not a diagnosis.",
	.enter = results_enter,
	.resume = results_resume,
	.key = results_key,
	.draw = results_draw,
};

