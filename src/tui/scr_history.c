/*
 * scr_history.c: a person's history (scr_history.h, issue 6 items 2 to
 * 5).  The screen has one list (the saved screenings, newest first) and
 * views over it: one screening with the change since the one before, two
 * screenings side by side, a sparkline per measure, and two text fields
 * (a screening's notes; the name that confirms deleting the person).
 *
 * What is shown is read from the store when the screen is entered or a
 * view is opened, into fixed arrays in struct scr_history, so that
 * drawing never touches the database (history_data.c); the views are
 * drawn by history_draw.c, the files written by history_files.c.
 *
 * Change over time is shown as numbers and signs, never judged: whether
 * more is better depends on the measure, and a change smaller than the
 * measurement error may be day-to-day variation (evidence sheet §0.1
 * rule 7), which the views say.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "tui/history.h"

/* A screening's notes fit the text field they are typed into. */
_Static_assert(TEXTFIELD_MAX > STORE_NOTES_MAX, "notes fit a textfield");

/*
 * The rows a view's list or table shows at the terminal's size (the
 * body, less the title, the view's heads and the notes under it).
 */
static int
view_rows(const struct app *app)
{
	int	rows = app->lines - 3 - 2;

	switch (app->history_scr.view) {
	case HV_SESSION:
		rows -= 6;
		break;
	case HV_COMPARE:
		rows -= 5;
		break;
	case HV_TREND:
		rows -= 2;
		break;
	default:
		rows -= 3;
		break;
	}
	return rows > 1 ? rows : 1;
}

/* The lines of the session, compare or trend view. */
static int
view_lines(const struct app *app)
{
	const struct scr_history	*h = &app->history_scr;
	struct gline			 l[GLINES_MAX];

	if (h->view == HV_TREND)
		return hist_group_lines(hist_trend_key, h, h->ntrend, l);
	return hist_group_lines(hist_pair_key, &h->cmp, h->cmp.n, l);
}

static struct hist_session *
selected(struct app *app)
{
	struct scr_history	*h = &app->history_scr;

	if (h->view != HV_LIST && h->view != HV_SESSION &&
	    h->view != HV_NOTES)
		return NULL;
	return h->menu.sel >= 0 && h->menu.sel < h->n ? &h->s[h->menu.sel] :
	    NULL;
}

/* A store failure on this screen: the message line says it. */
static void
store_failed(struct app *app, const char *what, const struct store_error *e)
{
	app_message(app, 1, "%s: %s", what, e->msg);
}

static void
reload(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;
	int			 before = h->n;

	if (hist_load(app, &err) != STORE_OK)
		store_failed(app, "The history could not be read", &err);
	h->menu.n = h->n;
	if (h->n != before)
		h->menu.sel = 0;	/* a new screening: on top */
	if (h->menu.sel >= h->n)
		h->menu.sel = h->n > 0 ? h->n - 1 : 0;
}

/* Show compare c (made by the caller) with its two screenings marked. */
static void
show_compare(struct app *app)
{
	struct scr_history	*h = &app->history_scr;

	h->mark[0] = h->cmp.before_id;
	h->mark[1] = h->cmp.now_id;
	h->scroll = 0;
	h->view = HV_COMPARE;
}

static void
arrive(struct app *app)
{
	struct scr_history	*h = &app->history_scr;

	h->view = HV_LIST;
	h->scroll = 0;
	reload(app);
	if (h->open_compare) {
		h->open_compare = 0;
		h->cmp = h->last;
		show_compare(app);
	}
}

static void
history_enter(struct app *app)
{
	struct scr_history	*h = &app->history_scr;

	menu_init(&h->menu, 0);
	h->n = 0;
	h->mark[0] = h->mark[1] = 0;
	arrive(app);
}

static void
history_resume(struct app *app)
{
	arrive(app);
}

/* Space: mark or unmark; a third mark drops the oldest. */
static void
toggle_mark(struct app *app, int64_t id)
{
	struct scr_history	*h = &app->history_scr;

	if (h->mark[0] == id) {
		h->mark[0] = h->mark[1];
		h->mark[1] = 0;
	} else if (h->mark[1] == id)
		h->mark[1] = 0;
	else if (h->mark[0] == 0)
		h->mark[0] = id;
	else if (h->mark[1] == 0)
		h->mark[1] = id;
	else {
		h->mark[0] = h->mark[1];
		h->mark[1] = id;
	}
}

/* Where screening id is in the list (newest first), or -1. */
int
hist_index_of(const struct scr_history *h, int64_t id)
{
	for (int i = 0; i < h->n; i++)
		if (h->s[i].id == id)
			return i;
	return -1;
}

/*
 * c: the two marked side by side, older first; one marked: it and the
 * selected one; none: the selected one and the one before it.
 */
static void
compare_key(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;
	int			 a, b, t;

	if (h->n < 2) {
		app_message(app, 0, "Comparing needs two saved screenings.");
		return;
	}
	a = h->mark[0] != 0 ? hist_index_of(h, h->mark[0]) : -1;
	b = h->mark[1] != 0 ? hist_index_of(h, h->mark[1]) : -1;
	if (a < 0) {
		a = b;
		b = -1;
	}
	if (b < 0)
		b = a >= 0 && a != h->menu.sel ? h->menu.sel : -1;
	if (a < 0) {
		a = h->menu.sel;
		b = a + 1 < h->n ? a + 1 : -1;
	}
	if (b < 0 || a == b) {
		app_message(app, 0, "Mark a second screening with Space to "
		    "compare the two.");
		return;
	}
	/* The list is newest first: the larger index is the older one. */
	if (a < b) {
		t = a;
		a = b;
		b = t;
	}
	if (hist_compare_build(app->store, h->s[a].id, h->s[b].id, &h->cmp,
	    &err) != STORE_OK) {
		store_failed(app, "The two screenings could not be read", &err);
		return;
	}
	show_compare(app);
}

/* Enter: the selected screening beside the one before it. */
static void
open_session(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct hist_session	*s = selected(app);
	struct store_error	 err;
	int			 i;

	if (s == NULL)
		return;
	i = h->menu.sel;
	if (hist_compare_build(app->store, i + 1 < h->n ? h->s[i + 1].id : 0,
	    s->id, &h->cmp, &err) != STORE_OK) {
		store_failed(app, "The screening could not be read", &err);
		return;
	}
	h->scroll = 0;
	h->view = HV_SESSION;
}

static void
open_trend(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;

	if (h->n == 0) {
		app_message(app, 0, "No screening is saved yet.");
		return;
	}
	if (hist_trend_build(app, &err) != STORE_OK) {
		store_failed(app, "The trends could not be read", &err);
		return;
	}
	h->scroll = 0;
	h->view = HV_TREND;
}

static void
open_notes(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct hist_session	*s = selected(app);
	struct store_session	 x;
	struct store_error	 err;

	if (s == NULL)
		return;
	if (store_session_get(app->store, s->id, &x, &err) != STORE_OK) {
		store_failed(app, "The notes could not be read", &err);
		return;
	}
	textfield_init(&h->text, STORE_NOTES_MAX);
	textfield_set(&h->text, x.notes);
	store_session_clear(&x);
	h->editing = s->id;
	h->view = HV_NOTES;
}

static void
save_notes(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;

	if (store_session_set_notes(app->store, h->editing, h->text.buf,
	    &err) != STORE_OK) {
		/* The text stays in the field, to try again or copy. */
		store_failed(app, "The notes were not saved", &err);
		return;
	}
	h->view = HV_LIST;
	reload(app);
	app_message(app, 0, "Notes saved.");
}

static void
open_delete(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;

	if (store_profile_counts(app->store, app->profile_id, &h->counts,
	    &err) != STORE_OK) {
		store_failed(app, "Nothing can be deleted", &err);
		return;
	}
	textfield_init(&h->text, STORE_NAME_MAX);
	h->view = HV_DELETE;
}

/* Enter on the deletion: the name typed must be the person's. */
static void
confirm_delete(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;
	char			 name[STORE_NAME_MAX + 1];

	h->view = HV_LIST;
	/* Names are the same whatever the case of ASCII letters (store.h). */
	if (strcasecmp(h->text.buf, app->profile_name) != 0) {
		app_message(app, 1, "The name typed is not %s: nothing was "
		    "deleted.", app->profile_name);
		return;
	}
	if (store_profile_delete(app->store, app->profile_id, &err) !=
	    STORE_OK) {
		store_failed(app, "Nothing was deleted", &err);
		return;
	}
	snprintf(name, sizeof name, "%s", app->profile_name);
	app->profile_id = 0;
	app->profile_name[0] = '\0';
	app->profile_born = 0;
	app->session_id = 0;
	h->last.have = 0;
	h->save_note[0] = '\0';
	/* Nothing of the person is left to go back to. */
	app->nhistory = 0;
	app_replace(app, SCR_PROFILES);
	app_message(app, 0, "%s and everything kept about them is deleted.",
	    name);
}

/* Up, Down, PgUp, PgDn, Home, End over a view of n rows. */
static int
scroll_key(struct app *app, int key, int n)
{
	int	page = view_rows(app);

	return scroll_by_key(&app->history_scr.scroll, key, page, n - page);
}

/* Keys of a text field: Enter does it, Esc leaves, the rest types. */
static int
text_key(struct app *app, int key)
{
	struct scr_history	*h = &app->history_scr;

	switch (key) {
	case TK_ENTER:
		if (h->view == HV_NOTES)
			save_notes(app);
		else
			confirm_delete(app);
		return 1;
	case TK_ESC:
		if (h->view == HV_DELETE)
			app_message(app, 0, "Nothing was deleted.");
		h->view = HV_LIST;
		return 1;
	}
	/* Backspace at the start does not leave: it would lose the text. */
	return textfield_key(&h->text, key) || key == TK_BACKSPACE;
}

static int
list_key(struct app *app, int key)
{
	struct scr_history	*h = &app->history_scr;
	struct hist_session	*s = selected(app);

	switch (key) {
	case ' ':
		if (s != NULL)
			toggle_mark(app, s->id);
		return 1;
	case 'c':
		compare_key(app);
		return 1;
	case 't':
		open_trend(app);
		return 1;
	case 'e':
		open_notes(app);
		return 1;
	case 'r':
		if (s != NULL)
			hist_write_report(app, s->id);
		return 1;
	case 'x':
		hist_write_export(app);
		return 1;
	case 'D':
		open_delete(app);
		return 1;
	case 's':
		history_new_screening(app, app->profile_id);
		return 1;
	}
	switch (menu_key(&h->menu, key, view_rows(app))) {
	case MENU_MOVED:
		return 1;
	case MENU_CHOSEN:
		open_session(app);
		return 1;
	}
	return 0;
}

static int
history_key(struct app *app, int key)
{
	struct scr_history	*h = &app->history_scr;

	if (!history_available(app))
		return 0;
	switch (h->view) {
	case HV_LIST:
		return list_key(app, key);
	case HV_NOTES:
	case HV_DELETE:
		return text_key(app, key);
	case HV_SESSION:
		if (key == 'e') {
			open_notes(app);
			return 1;
		}
		if (key == 'r') {
			if (selected(app) != NULL)
				hist_write_report(app, selected(app)->id);
			return 1;
		}
		/* FALLTHROUGH */
	case HV_COMPARE:
	case HV_TREND:
		if (key == TK_ESC || key == TK_BACKSPACE) {
			h->view = HV_LIST;
			return 1;
		}
		return scroll_key(app, key, view_lines(app));
	}
	return 0;
}

static const struct keybind history_keys[] = {
	{ TK_ENTER, 0, "open", "Open the selected screening: every measure "
	    "saved, beside the screening before it.", 1 },
	{ 'c', 0, "compare", "Two screenings side by side: the two marked "
	    "with Space, or the selected one and the one before it.", 1 },
	{ 't', 0, "trends", "Every measure over time, one line each, with a "
	    "sparkline and its first and last value.", 1 },
	{ 'e', 0, "notes", "Write notes on the selected screening; they go "
	    "into its report.", 1 },
	{ 'r', 0, "report", "Write the selected screening as a one-page "
	    "report (HTML, to print or take to a professional) in this "
	    "folder, or the home folder when this one cannot be written.", 1 },
	{ 's', 0, "new screening", "Start a new screening for this person.",
	    1 },
	{ ' ', 0, "mark", "Mark or unmark the selected screening, to "
	    "compare two.", 1 },
	{ 'x', 0, "export", "Write everything kept about this person to a "
	    "JSON file, beside the reports.", 1 },
	{ 'D', 0, "delete", "Delete this person and everything kept about "
	    "them, after you type the name to confirm.", 1 },
	{ TK_UP, TK_DOWN, "move", "Move in the list, or scroll a view.", 0 },
};

static int
history_key_shown(const struct app *app, int key)
{
	const struct scr_history	*h = &app->history_scr;

	switch (h->view) {
	case HV_LIST:
		if (key == 'c')
			return h->n >= 2;
		if (key == 's' || key == 'x' || key == 'D')
			return 1;
		return h->n > 0;
	case HV_SESSION:
		return key == 'e' || key == 'r';
	default:
		return 0;
	}
}

const struct screen_ops screen_history = {
	.title = "history",
	.keys = history_keys,
	.nkeys = sizeof history_keys / sizeof history_keys[0],
	.key_shown = history_key_shown,
	.help = "The screenings saved for this person, newest first. Open "
	    "one to see every measure beside the screening before it, put "
	    "two side by side, or see each measure over time. Changes are "
	    "shown as numbers: whether more is better depends on the "
	    "measure, and small changes may be day-to-day variation. Times "
	    "are local.",
	.enter = history_enter,
	.resume = history_resume,
	.key = history_key,
	.draw = hist_draw,
};
