/*
 * history_draw.c: drawing the history screen's views (history.h): the
 * list, one screening, two side by side, the trends, and the text
 * fields of the notes and of deleting the person.  Change over time is
 * shown as numbers and signs, never judged.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "screening/report.h"
#include "tui/history.h"
#include "tui/spark.h"

struct list_ctx {
	const struct app	*app;
	const struct grid	*g;
};

static const char *
session_label(const void *ctx, int i, char *buf, size_t len)
{
	const struct list_ctx		*c = ctx;
	const struct scr_history	*h = &c->app->history_scr;
	const struct hist_session	*s = &h->s[i];
	char				 when[40];
	int				 marked = s->id == h->mark[0] ||
					    s->id == h->mark[1];

	snprintf(buf, len, "%s %-17s %-7s %-5s %-22.22s  %s", marked ? "[x]" :
	    "[ ]", hist_when_words(when, sizeof when, s->taken),
	    store_mode_key(s->mode), s->has_notes ? "yes" : "", s->tier,
	    s->figures);
	return buf;
}

static void
draw_list(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	struct menu			 m = h->menu;
	struct list_ctx			 ctx = { app, g };
	char				 a[32], b[32];
	int				 y = r.y;

	if (h->n == 0) {
		grid_wrap(g, r.x + 1, y, r.w - 2, 3, 0, "No screening is "
		    "saved yet. s starts one; it is saved when its results "
		    "are shown.", 0, GC_DEFAULT);
		return;
	}
	grid_printf(g, r.x + 2, y++, r.w - 3, 0, GC_MUTED, "%-3s %-17s %-7s "
	    "%-5s %-22s  %s", "", "Taken", "Mode", "Notes", "Result",
	    "Key figures");
	m.n = h->n;
	menu_draw(&m, g, (struct rect){ r.x, y, r.w, r.h - 3 }, session_label,
	    &ctx);
	y = r.y + r.h - 1;
	if (h->mark[0] != 0 && h->mark[1] != 0 &&
	    hist_index_of(h, h->mark[0]) >= 0 &&
	    hist_index_of(h, h->mark[1]) >= 0)
		grid_printf(g, r.x + 1, y, r.w - 2, 0, GC_MUTED, "Marked: %s "
		    "and %s. c puts them side by side.", history_day_words(a,
		    sizeof a, h->s[hist_index_of(h, h->mark[0])].taken),
		    history_day_words(b, sizeof b,
		    h->s[hist_index_of(h, h->mark[1])].taken));
	else
		grid_text(g, r.x + 1, y, r.w - 2, "Space marks two screenings "
		    "to compare; t shows every measure over time.", 0,
		    GC_MUTED);
}

/* Where a table's side column ends: "  right − left" and a gap. */
#define SIDE_COLS	16

/* The measures of two screenings in columns, from line `scroll`. */
static void
draw_pairs(const struct app *app, struct grid *g, struct rect r,
    const struct hist_compare *c)
{
	struct gline	l[GLINES_MAX];
	char		label[160], a[40], b[40];
	const char	*none = grid_sym(g, "—", "-");
	int		cw = 12, vw = (r.w - 2 - SIDE_COLS - cw - 2) / 2;
	int		x = r.x + 1 + SIDE_COLS, y = r.y, n;
	int		scroll = app->history_scr.scroll;

	if (c->before_id != 0)
		grid_printf(g, r.x + 1, y++, r.w - 2, GA_BOLD, GC_DEFAULT,
		    "%-*s%-*.*s %-*.*s %s", SIDE_COLS, "Measure", vw, vw,
		    history_day_words(a, sizeof a, c->before_taken), vw, vw,
		    history_day_words(b, sizeof b, c->now_taken), "Change");
	else
		grid_printf(g, r.x + 1, y++, r.w - 2, GA_BOLD, GC_DEFAULT,
		    "%-*s%s", SIDE_COLS, "Measure", "Value");
	n = hist_group_lines(hist_pair_key, c, c->n, l);
	if (n == 0)
		grid_text(g, r.x + 1, y, r.w - 2, "No measure was saved.", 0,
		    GC_MUTED);
	for (int i = scroll; i < n && y < r.y + r.h; i++, y++) {
		const struct hist_pair	*p = &c->pair[l[i].item];

		if (l[i].heading) {
			grid_text(g, r.x + 1, y, r.w - 2,
			    hist_measure_words(label, sizeof label,
			    p->key.measure), GA_BOLD, GC_DEFAULT);
			continue;
		}
		grid_text(g, r.x + 3, y, SIDE_COLS - 3, hist_side_words(g,
		    p->key.side), 0, GC_DEFAULT);
		if (c->before_id == 0) {
			grid_text(g, x, y, r.w - SIDE_COLS - 2, p->now, 0,
			    GC_DEFAULT);
			continue;
		}
		grid_text(g, x, y, vw, p->has_before ? p->before : none, 0,
		    GC_DEFAULT);
		grid_text(g, x + vw + 1, y, vw, p->has_now ? p->now : none, 0,
		    GC_DEFAULT);
		grid_text(g, x + 2 * vw + 2, y, cw, p->change, 0, GC_INFO);
	}
	if (n > scroll + r.h - 1)
		grid_text(g, r.x + r.w - 1, r.y + r.h - 1, 1, grid_sym(g, "↓",
		    "v"), 0, GC_MUTED);
}

/* §0.1 rule 7, under every comparison. */
static void
draw_error_note(struct grid *g, struct rect r)
{
	grid_wrap(g, r.x + 1, r.y, r.w - 2, r.h, 0, "A change smaller than a "
	    "measure's error may be day-to-day variation rather than real "
	    "change. Compare like with like: the same tests, done the same "
	    "way.", 0, GC_MUTED);
}

static void
draw_session(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	const struct hist_compare	*c = &h->cmp;
	int				 i = h->menu.sel;
	char				 when[40], day[32];

	if (i < 0 || i >= h->n)
		return;
	grid_printf(g, r.x + 1, r.y, r.w - 2, GA_BOLD, GC_DEFAULT, "The "
	    "screening of %s (%s): %s", hist_when_words(when, sizeof when,
	    h->s[i].taken), store_mode_key(h->s[i].mode), h->s[i].tier);
	if (c->before_id != 0)
		grid_printf(g, r.x + 1, r.y + 1, r.w - 2, 0, GC_MUTED, "Beside "
		    "the screening before it, of %s. e writes notes, r a "
		    "report.", history_day_words(day, sizeof day,
		    c->before_taken));
	else
		grid_text(g, r.x + 1, r.y + 1, r.w - 2, "The first screening "
		    "saved. e writes notes, r a report.", 0, GC_MUTED);
	draw_pairs(app, g, (struct rect){ r.x, r.y + 3, r.w, r.h - 5 }, c);
	if (c->before_id != 0)
		draw_error_note(g, (struct rect){ r.x, r.y + r.h - 2, r.w, 2 });
}

static void
draw_compare(const struct app *app, struct grid *g, struct rect r)
{
	grid_text(g, r.x + 1, r.y, r.w - 2, "Two screenings side by side, "
	    "the older first", GA_BOLD, GC_DEFAULT);
	draw_pairs(app, g, (struct rect){ r.x, r.y + 2, r.w, r.h - 4 },
	    &app->history_scr.cmp);
	draw_error_note(g, (struct rect){ r.x, r.y + r.h - 2, r.w, 2 });
}

/* The first and the last number of a trend, with the unit. */
static void
trend_ends(const struct hist_trend *t, char *buf, size_t len,
    const struct grid *g)
{
	char	a[32], b[32];
	int	first = -1, last = -1, n = 0, signed_;

	for (int i = 0; i < t->n; i++)
		if (isfinite(t->v[i])) {
			if (first < 0)
				first = i;
			last = i;
			n++;
		}
	if (first < 0) {
		snprintf(buf, len, "no numbers");
		return;
	}
	/* A difference between the sides keeps its sign: which side. */
	signed_ = strcmp(t->key.side, "difference") == 0;
	snprintf(buf, len, "%s%s %s %s%s%s%s (%d %s)", signed_ &&
	    t->v[first] > 0 ? "+" : "", report_num(a, sizeof a, t->v[first],
	    2), grid_sym(g, "→", "->"), signed_ && t->v[last] > 0 ? "+" : "",
	    report_num(b, sizeof b, t->v[last], 2), t->unit[0] != '\0' ?
	    " " : "", t->unit, n, n == 1 ? "time" : "times");
}

static void
draw_trend(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	struct gline			 l[GLINES_MAX];
	char				 label[160], ends[96];
	int				 sw = r.w / 3, x = r.x + 1 + SIDE_COLS;
	int				 y = r.y + 2, n;

	if (sw > HIST_POINTS_MAX)
		sw = HIST_POINTS_MAX;
	grid_text(g, r.x + 1, r.y, r.w - 2, "Every measure over time, oldest "
	    "on the left: a mark per screening, a gap where it was not "
	    "measured", GA_BOLD, GC_DEFAULT);
	grid_printf(g, r.x + 1, r.y + 1, r.w - 2, 0, GC_MUTED, "%-*s%-*s %s",
	    SIDE_COLS, "Measure", sw, "Over time", "First and last");
	n = hist_group_lines(hist_trend_key, h, h->ntrend, l);
	if (n == 0)
		grid_text(g, r.x + 1, y, r.w - 2, "No measure with a number "
		    "is saved.", 0, GC_MUTED);
	for (int i = h->scroll; i < n && y < r.y + r.h; i++, y++) {
		const struct hist_trend	*t = &h->trend[l[i].item];

		if (l[i].heading) {
			grid_text(g, r.x + 1, y, r.w - 2,
			    hist_measure_words(label, sizeof label,
			    t->key.measure), GA_BOLD, GC_DEFAULT);
			continue;
		}
		grid_text(g, r.x + 3, y, SIDE_COLS - 3, hist_side_words(g,
		    t->key.side), 0, GC_DEFAULT);
		spark_draw(g, x, y, sw, t->v, (size_t)t->n, GC_INFO);
		trend_ends(t, ends, sizeof ends, g);
		grid_text(g, x + sw + 1, y, r.x + r.w - x - sw - 2, ends, 0,
		    GC_DEFAULT);
	}
}

static void
draw_notes(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	char				 when[40];
	int				 i = hist_index_of(h, h->editing);
	struct rect			 box = { r.x + 1, r.y + 2, r.w - 2, 8 };

	grid_printf(g, r.x + 1, r.y, r.w - 2, GA_BOLD, GC_DEFAULT, "Notes on "
	    "the screening of %s", i >= 0 ? hist_when_words(when, sizeof when,
	    h->s[i].taken) : "?");
	grid_box(g, box, NULL, GC_INFO);
	textfield_draw(&h->text, g, (struct rect){ box.x + 1, box.y + 1,
	    box.w - 2, box.h - 2 }, 1);
	grid_wrap(g, r.x + 1, box.y + box.h + 1, r.w - 2, 3, 0, "Type the "
	    "notes; Enter saves them, Esc leaves them as they were. They are "
	    "kept with the screening and printed on its report.", 0,
	    GC_MUTED);
}

static void
draw_delete(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	char				 who[160], what[128], text[512];
	int				 y = r.y;

	snprintf(text, sizeof text, "Delete %s: %s. This cannot be undone. "
	    "Type the name to confirm:", hist_person_words(who, sizeof who,
	    app), store_counts_words(what, sizeof what, &h->counts));
	grid_text(g, r.x + 1, y++, r.w - 2, "Delete this person", GA_BOLD,
	    GC_ALERT);
	y++;
	y += grid_wrap(g, r.x + 1, y, r.w - 2, 4, 0, text, 0, GC_DEFAULT) + 1;
	grid_box(g, (struct rect){ r.x + 1, y, r.w - 2, 3 }, NULL, GC_ALERT);
	textfield_draw(&h->text, g, (struct rect){ r.x + 2, y + 1, r.w - 4,
	    1 }, 1);
	y += 4;
	grid_wrap(g, r.x + 1, y, r.w - 2, 3, 0, "Enter deletes the person, "
	    "every screening, result, note and recording, with no copy left "
	    "in the file. Esc keeps everything.", 0, GC_MUTED);
}

void
hist_draw(const struct app *app, struct grid *g, struct rect body)
{
	const struct scr_history	*h = &app->history_scr;
	char				 who[160], n[32];
	struct rect			 r = { body.x, body.y + 2, body.w,
					    body.h - 2 };

	if (!history_available(app)) {
		grid_wrap(g, body.x + 1, body.y + 1, body.w - 2, 3, 0, "No "
		    "person's history is open.", 0, GC_DEFAULT);
		return;
	}
	grid_printf(g, body.x + 1, body.y, body.w - 2, GA_BOLD, GC_TITLE, "%s "
	    "%s %s saved%s", hist_person_words(who, sizeof who, app),
	    grid_sym(g, "·", "-"), hist_counted(n, sizeof n, h->total,
	    "screening", "screenings"), h->total > h->n ? " (the newest shown)"
	    : " ");
	switch (h->view) {
	case HV_LIST:
		draw_list(app, g, r);
		break;
	case HV_SESSION:
		draw_session(app, g, r);
		break;
	case HV_COMPARE:
		draw_compare(app, g, r);
		break;
	case HV_TREND:
		draw_trend(app, g, r);
		break;
	case HV_NOTES:
		draw_notes(app, g, r);
		break;
	case HV_DELETE:
		draw_delete(app, g, r);
		break;
	}
}
