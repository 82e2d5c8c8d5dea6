/*
 * scr_about.c: what footscreen is and is not, before any question
 * (issue 5 item 1): a screen and not a diagnosis, blind to what is inside
 * the body, stop a test that hurts, stand near support for balance, and
 * the answers stay on this computer.  Also the paragraph writer (struct
 * doc, scr_intro.h) the welcome and referral screens use.
 */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>

#include "tui/app.h"

/* ---- the paragraph writer --------------------------------------- */

/* Design rule: about 80 characters of text is the most that reads well. */
#define INTRO_MAX_COLS	88

void
doc_init(struct doc *d, struct grid *g, struct rect r, int skip)
{
	d->g = g;
	d->r = r;
	d->skip = skip > 0 ? skip : 0;
	d->y = 0;
}

/* Draw s wrapped at (x, w) from doc line d->y on, clipped to the window. */
static void
doc_wrap(struct doc *d, int x, int w, int n, const char *s, int attr,
    int color)
{
	int	top = d->y - d->skip;	/* window row of its first line */
	int	cut = top < 0 ? -top : 0;

	if (d->g == NULL || top + n <= 0 || top >= d->r.h || w <= 0)
		return;
	grid_wrap(d->g, x, d->r.y + top + cut, w, d->r.h - top - cut, cut, s,
	    attr, color);
}

void
doc_text(struct doc *d, int indent, const char *s, int attr, int color)
{
	int	w = d->r.w - indent;
	int	n = w > 0 ? grid_wrap_lines(w, s) : 0;

	doc_wrap(d, d->r.x + indent, w, n, s, attr, color);
	d->y += n;
}

void
doc_item(struct doc *d, int indent, const char *mark, const char *s,
    int attr, int color)
{
	int	top = d->y - d->skip;

	if (d->g != NULL && top >= 0 && top < d->r.h)
		grid_text(d->g, d->r.x + indent, d->r.y + top, 2,
		    grid_sym(d->g, mark, "-"), attr, color);
	doc_text(d, indent + 2, s, attr, color);
}

void
doc_printf(struct doc *d, int indent, int attr, int color, const char *fmt,
    ...)
{
	char	buf[1024];
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	doc_text(d, indent, buf, attr, color);
}

void
doc_blank(struct doc *d)
{
	d->y++;
}

void
doc_heading(struct doc *d, const char *s)
{
	if (d->y > 0)
		doc_blank(d);
	doc_text(d, 0, s, GA_BOLD | GA_UNDERLINE, GC_DEFAULT);
}

struct rect
intro_column(struct rect body)
{
	struct rect	r = body;

	/* One column of margin on each side of an 80-column screen. */
	r.x += 1;
	r.w -= 2;
	if (r.w > INTRO_MAX_COLS) {
		r.x += (r.w - INTRO_MAX_COLS) / 2;
		r.w = INTRO_MAX_COLS;
	}
	return r;
}

int
doc_scroll_key(int *scroll, int total, int h, int key)
{
	/* Space reads on, as in a pager. */
	return scroll_by_key(scroll, key == ' ' ? TK_PGDN : key,
	    h > 2 ? h - 1 : 1, total - h);
}

int
doc_fit(const struct app *app, doc_layout_fn *layout, struct rect r,
    int *total)
{
	struct doc	d;

	doc_init(&d, NULL, r, 0);
	layout(app, &d);
	*total = d.y;
	return d.y > r.h ? r.h - 1 : r.h;
}

int
doc_show(const struct app *app, struct grid *g, struct rect r, int scroll,
    doc_layout_fn *layout)
{
	struct doc	d;
	int		total, rows;

	rows = doc_fit(app, layout, r, &total);
	if (scroll > total - rows)
		scroll = total - rows;
	if (scroll < 0)
		scroll = 0;
	doc_init(&d, g, (struct rect){ r.x, r.y, r.w, rows }, scroll);
	layout(app, &d);
	if (rows < r.h)
		grid_printf(g, r.x, r.y + r.h - 1, r.w, 0, GC_MUTED,
		    "%s line %d-%d of %d: Up/Down or PgUp/PgDn to read on",
		    grid_sym(g, scroll + rows < total ? "↓" : "↑",
		    scroll + rows < total ? "v" : "^"), scroll + 1,
		    scroll + rows, total);
	return scroll;
}

struct rect
doc_body(const struct app *app)
{
	/* Below the title, above the message and hint lines (app_draw.c). */
	struct rect	body = { 0, 1, app->cols, app->lines - 3 };

	if (body.w < APP_MIN_COLS)
		body.w = APP_MIN_COLS;
	if (body.h < APP_MIN_LINES - 3)
		body.h = APP_MIN_LINES - 3;
	return body;
}

int
doc_measure(const struct app *app, doc_layout_fn *layout, int *rows)
{
	int	total;

	*rows = doc_fit(app, layout, intro_column(doc_body(app)), &total);
	return total;
}

/* ---- the about screen ------------------------------------------- */

static void
about_layout(const struct app *app, struct doc *d)
{
	const char	*dot = "•";

	(void)app;
	doc_heading(d, "Before you start");
	doc_text(d, 0, "Please read these points. They matter more than any "
	    "result the screening gives you.", 0, GC_DEFAULT);
	doc_blank(d);
	/* §0.1 rule 2 and §7.6: a description, never a diagnosis. */
	doc_item(d, 0, dot, "This is a screen, not a diagnosis.", GA_BOLD,
	    GC_DEFAULT);
	doc_text(d, 2, strings_text(STR_DISCLAIMER), 0, GC_DEFAULT);
	doc_item(d, 0, dot, "It cannot see inside your body. It knows only "
	    "what you tell it and what a few simple tests show, so a doctor "
	    "or physiotherapist who examines you will always know more.", 0,
	    GC_DEFAULT);
	doc_item(d, 0, dot, "Stop any test at once if it hurts or makes you "
	    "dizzy. Leaving a test out is always fine.", GA_BOLD, GC_DEFAULT);
	/* §4.4: balance tests within reach of support. */
	doc_item(d, 0, dot, "For every balance test, stand within reach of a "
	    "wall, a rail or a sturdy chair, so you can steady yourself.", 0,
	    GC_DEFAULT);
	/* §0.1 rule 1: warning signs before any test. */
	doc_item(d, 0, dot, "It starts with questions about rare warning "
	    "signs, because they come before any test or exercise.", 0,
	    GC_DEFAULT);
	doc_item(d, 0, dot, "Your answers stay on this computer. Nothing is "
	    "sent anywhere.", 0, GC_DEFAULT);
	doc_blank(d);
	doc_text(d, 0, "Press Enter if you understand and want to go on.",
	    GA_BOLD, GC_DEFAULT);
}

static void
about_enter(struct app *app)
{
	app->intro.scroll = 0;
}

static int
about_key(struct app *app, int key)
{
	int	rows, total;

	if (key == TK_ENTER) {
		app_goto(app, SCR_REDFLAGS);
		return 1;
	}
	total = doc_measure(app, about_layout, &rows);
	return doc_scroll_key(&app->intro.scroll, total, rows, key);
}

static void
about_draw(const struct app *app, struct grid *g, struct rect body)
{
	doc_show(app, g, intro_column(body), app->intro.scroll,
	    about_layout);
}

static const struct keybind about_keys[] = {
	{ TK_ENTER, 0, "I understand, continue",
	    "Go on to the questions about warning signs.", 1 },
	{ TK_DOWN, TK_PGDN, "read on",
	    "Scroll the text when the window is too small for all of it.",
	    0 },
};

const struct screen_ops screen_about = {
	.title = "before you start",
	.keys = about_keys,
	.nkeys = sizeof about_keys / sizeof about_keys[0],
	.help = "What footscreen can and cannot do, and how to stay safe "
	    "during the tests. Nothing is asked here: press Enter when you "
	    "have read it.",
	.enter = about_enter,
	.key = about_key,
	.draw = about_draw,
};
