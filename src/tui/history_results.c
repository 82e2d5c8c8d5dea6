/*
 * history_results.c: what the other screens ask of the history
 * (scr_history.h): saving the screening when its results are first
 * shown, "compared with last time" on the results, and going to the
 * person's history or a new screening for them.
 */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screening/answers.h"
#include "tui/history.h"

/* ------------------------------------------------------------------ */
/* Saving the screening (the results screen)                           */

/* A fingerprint of the answers (FNV-1a of the answers file); 0: none. */
static uint64_t
answers_hash(const struct screening_answers *a)
{
	char		*text = NULL;
	size_t		 len = 0;
	FILE		*m;
	uint64_t	 h = 14695981039346656037ull;

	if ((m = open_memstream(&text, &len)) == NULL)
		return 0;
	if (answers_write(m, a) != 0) {
		fclose(m);
		free(text);
		return 0;
	}
	if (fclose(m) != 0 || text == NULL) {
		free(text);
		return 0;
	}
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)text[i];
		h *= 1099511628211ull;
	}
	free(text);
	return h;
}

int
history_available(const struct app *app)
{
	return app->store != NULL && app->profile_id != 0;
}

/* What the results overview says when there is nothing to compare. */
static void
save_note(struct app *app, int failed, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
save_note(struct app *app, int failed, const char *fmt, ...)
{
	struct scr_history	*h = &app->history_scr;
	va_list			 ap;

	va_start(ap, fmt);
	vsnprintf(h->save_note, sizeof h->save_note, fmt, ap);
	va_end(ap);
	h->save_failed = failed;
}

void
history_autosave(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_new_session ns;
	struct store_session	 x;
	struct store_error	 err;
	char			 protocol[1024], sets[64];
	uint64_t		 hash;
	int64_t			 id, prev;
	int			 again = app->session_id != 0, rc;

	if (!app->have_result || app->mode == STORE_MODE_KIOSK)
		return;
	if (app->store == NULL) {
		if (profiles_off_words(app) != NULL)
			save_note(app, 0, "Not saved: %s (p on the welcome "
			    "screen says why).", profiles_off_words(app));
		return;
	}
	if (app->profile_id == 0) {
		save_note(app, 0, "Not saved: this screening is for nobody in "
		    "the history (p on the welcome screen picks a person).");
		return;
	}
	hash = answers_hash(&app->answers);
	if (again && hash == h->saved_hash)
		return;		/* the same answers: saved already */
	if (store_protocol(protocol, sizeof protocol, hist_sets_words(sets,
	    sizeof sets, app->sets), &app->answers, app->norms) != 0) {
		save_note(app, 1, "Not saved: the protocol could not be "
		    "written down.");
		app_message(app, 1, "%s", h->save_note);
		return;
	}
	memset(&ns, 0, sizeof ns);
	ns.profile_id = app->profile_id;
	ns.mode = app->mode;
	ns.protocol = protocol;
	ns.answers = &app->answers;
	ns.result = &app->result;
	if ((rc = store_session_save(app->store, &ns, &id, &err)) != STORE_OK) {
		save_note(app, 1, "Not saved: %s", err.msg);
		app_message(app, 1, "%s", h->save_note);
		return;
	}
	app->session_id = id;
	h->saved_hash = hash;
	if (again)
		app_message(app, 0, "The answers changed, so this was saved "
		    "again to %s's history as a new screening: a saved "
		    "screening is never rewritten.", app->profile_name);
	else
		app_message(app, 0, "Saved to %s's history.%s",
		    app->profile_name, app->mode == STORE_MODE_TRAINER ?
		    " h goes back to it." : "");
	save_note(app, 0, "Saved to %s's history; nothing to compare with "
	    "yet.", app->profile_name);
	/* What changed since the screening before this one. */
	h->last.have = 0;
	if (store_session_get(app->store, id, &x, &err) != STORE_OK)
		return;
	rc = store_session_previous(app->store, &x, &prev, &err);
	store_session_clear(&x);
	if (rc == STORE_OK && hist_compare_build(app->store, prev, id, &h->last,
	    &err) != STORE_OK)
		save_note(app, 1, "Saved, but the screening before could not "
		    "be read: %s", err.msg);
}

/*
 * The lines of "compared with last time" that fit in rows: a measure's
 * name is never left without a number under it.
 */
static int
last_lines(const struct app *app, struct gline *l, int rows)
{
	const struct hist_compare	*c = &app->history_scr.last;
	int				 n;

	if (!c->have || c->before_id == 0)
		return 0;
	n = hist_group_lines(hist_numeric_key, c, c->n, l);
	if (n > rows) {
		n = rows > 0 ? rows : 0;
		if (n > 0 && l[n - 1].heading)
			n--;
	}
	return n;
}

int
history_last_rows(const struct app *app, int h)
{
	struct gline	l[GLINES_MAX];
	/* Design rule: at most a quarter of the list's rows. */
	int		most = h / 4 - 1;

	return 1 + (most >= 2 ? last_lines(app, l, most) : 0);
}

void
history_last_draw(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	const struct hist_compare	*c = &h->last;
	struct gline			 l[GLINES_MAX];
	char				 day[32], label[160], v[200];
	int				 n, vw;

	if (r.h <= 0 || r.w <= 0)
		return;
	if (!c->have || c->before_id == 0) {
		if (h->save_note[0] != '\0')
			grid_printf(g, r.x, r.y, r.w, 0, h->save_failed ?
			    GC_ALERT : GC_MUTED, "%s%s", h->save_failed ?
			    "! " : "", h->save_note);
		return;
	}
	history_day_words(day, sizeof day, c->before_taken);
	grid_hit(g, r.x, r.y, r.w, 'c');
	if (c->nnumeric == 0) {
		grid_printf(g, r.x, r.y, r.w, 0, GC_MUTED, "Compared with last "
		    "time (%s): no number taken both times; c: more", day);
		return;
	}
	grid_printf(g, r.x, r.y, r.w, GA_BOLD, GC_DEFAULT, "Compared with "
	    "last time (%s); c: more", day);
	n = last_lines(app, l, r.h - 1);
	for (int i = 0; i < n; i++) {
		const struct hist_pair	*p = &c->pair[l[i].item];
		int			 y = r.y + 1 + i;

		grid_hit(g, r.x, y, r.w, 'c');
		if (l[i].heading) {
			grid_text(g, r.x + 1, y, r.w - 1,
			    hist_measure_words(label, sizeof label,
			    p->key.measure), 0, GC_DEFAULT);
			continue;
		}
		/* The numbers in full; the side's word gives way. */
		snprintf(v, sizeof v, "%s %s %s (%s)", p->before,
		    grid_sym(g, "→", "->"), p->now, p->change[0] != '\0' ?
		    p->change : "no change");
		vw = grid_text_width(g, v);
		if (vw > r.w - 3)
			vw = r.w - 3;
		grid_text(g, r.x + 3, y, r.w - vw - 4, hist_side_words(g,
		    p->key.side), 0, GC_DEFAULT);
		grid_text(g, r.x + r.w - vw, y, vw, v, 0, GC_DEFAULT);
	}
}

/* ------------------------------------------------------------------ */
/* Going to the history                                                */

void
history_open(struct app *app)
{
	if (!history_available(app)) {
		app_message(app, 1, "%s", app->store == NULL ? "There is no "
		    "history: it could not be opened, or this is a kiosk." :
		    "No person is chosen: p picks one.");
		return;
	}
	nav_return(app, SCR_HISTORY);
}

void
history_new_screening(struct app *app, int64_t id)
{
	app_reset(app);
	if (profiles_use(app, id) != 0)
		return;
	if (app->mode == STORE_MODE_TRAINER) {
		/* Esc on the welcome screen leads back to the client. */
		app->history[0] = (struct app_nav){ SCR_PROFILES, 0 };
		app->history[1] = (struct app_nav){ SCR_HISTORY, 0 };
		app->nhistory = 2;
	}
	app_message(app, 0, "A new screening for %s: Enter starts it.",
	    app->profile_name);
}

int
history_results_shown(const struct app *app, int key)
{
	if (key == 'c')
		return history_available(app) &&
		    app->history_scr.last.have &&
		    app->history_scr.last.before_id != 0;
	return history_available(app);
}

int
history_results_key(struct app *app, int key)
{
	if ((key != 'c' && key != 'h') || !history_results_shown(app, key))
		return 0;
	if (key == 'h') {
		history_open(app);
		return 1;
	}
	app->history_scr.open_compare = 1;
	app_goto(app, SCR_HISTORY);
	return 1;
}
