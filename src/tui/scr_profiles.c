/*
 * scr_profiles.c: the people in the history (scr_profiles.h): who a
 * screening is for at home, and a trainer's client list with its search;
 * the new-person form; and the modes (home, trainer, kiosk) as a whole:
 * the first screen, and a kiosk's reset when nobody presses a key.
 *
 * The list is read from the store when the screen is entered and when
 * the search changes, into struct scr_profiles, so drawing never touches
 * the database.  Without a store (it could not be opened) this screen
 * says why, and the screening goes on without saving.
 */
#include <config.h>

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"

/* The click target of the form's name row (past the form's own). */
#define NAME_ITEM	(FORM_MAX * 16)

/* ------------------------------------------------------------------ */
/* Moving between the screens of the history                          */

void
nav_return(struct app *app, int screen)
{
	for (int i = app->nhistory - 1; i >= 0; i--)
		if ((int)app->history[i].screen == screen) {
			app->nhistory = i + 1;
			app_back(app);
			return;
		}
	app_goto(app, (enum screen_id)screen);
}

/* The year now (UTC: a day's difference does not matter for an age). */
static int
this_year(void)
{
	char	now[STORE_TIME_MAX];

	store_now(now);
	return atoi(now);
}

int
profiles_use(struct app *app, int64_t id)
{
	struct store_profile	*p;
	struct store_error	 err;

	if (app->store == NULL)
		return -1;
	/* A profile carries up to 4000 bytes of notes: not on the stack. */
	if ((p = malloc(sizeof *p)) == NULL) {
		app_message(app, 1, "Out of memory.");
		return -1;
	}
	if (store_profile_get(app->store, id, p, &err) != STORE_OK) {
		app_message(app, 1, "%s", err.msg);
		free(p);
		return -1;
	}
	if (id != app->profile_id) {
		/* This screening is not saved for the new person yet. */
		app->session_id = 0;
		app->history_scr.saved_hash = 0;
		app->history_scr.last.have = 0;
		app->history_scr.save_note[0] = '\0';
	}
	app->profile_id = id;
	snprintf(app->profile_name, sizeof app->profile_name, "%s", p->name);
	app->profile_born = p->birth_year;
	free(p);
	return 0;
}

void
profiles_open(struct app *app)
{
	nav_return(app, SCR_PROFILES);
}

void
profiles_prefill_age(struct app *app)
{
	int	age;

	if (app->profile_id == 0 || app->profile_born <= 0 ||
	    app->answers.age_years > 0)
		return;
	age = this_year() - app->profile_born;
	/* The "about you" screen's range (footscreen-answers(5)). */
	if (age >= 1 && age <= 120)
		app->answers.age_years = age;
}

void
profiles_start(struct app *app)
{
	struct store_profile	*list;
	struct store_error	 err;
	size_t			 n;

	app->last_key = app->now;
	if (app->mode == STORE_MODE_KIOSK)
		return;
	if (app->mode == STORE_MODE_TRAINER) {
		app_replace(app, SCR_PROFILES);
		return;
	}
	if (app->store == NULL) {
		if (profiles_off_words(app) != NULL)
			app_message(app, 1, "Not saving this time: %s (p says "
			    "why).", profiles_off_words(app));
		return;
	}
	if (store_profile_list(app->store, NULL, &list, &n, &err) !=
	    STORE_OK) {
		app_message(app, 1, "%s", err.msg);
		return;
	}
	/* One person: it is theirs; nobody or a few: ask. */
	if (n == 1)
		profiles_use(app, list[0].id);
	free(list);
	if (n != 1)
		app_replace(app, SCR_PROFILES);
}

int
profiles_welcome_line(const struct app *app, char *buf, size_t len,
    int *color)
{
	const char	*dash = app->utf8 ? "—" : "-";

	*color = GC_DEFAULT;
	if (app->mode == STORE_MODE_KIOSK)
		return 0;
	if (app->store == NULL) {
		if (profiles_off_words(app) == NULL)
			return 0;
		*color = GC_NOTE;
		snprintf(buf, len, "Not saving this time: %s %s p says why.",
		    profiles_off_words(app), dash);
	} else if (app->profile_id == 0)
		snprintf(buf, len, "Not saved to anyone's history %s p chooses "
		    "a person.", dash);
	else if (app->mode == STORE_MODE_TRAINER)
		snprintf(buf, len, "Client: %s %s h: history, p: the client "
		    "list", app->profile_name, dash);
	else
		snprintf(buf, len, "Screening for %s %s h: history, p: another "
		    "person", app->profile_name, dash);
	return 1;
}

int
profiles_welcome_shown(const struct app *app, int key)
{
	if (key == 'h')
		return history_available(app);
	if (key == 'p')
		return app->mode != STORE_MODE_KIOSK && (app->store != NULL ||
		    app->store_error[0] != '\0');
	return 0;
}

int
profiles_welcome_key(struct app *app, int key)
{
	if ((key != 'h' && key != 'p') || !profiles_welcome_shown(app, key))
		return 0;
	if (key == 'h')
		history_open(app);
	else
		profiles_open(app);
	return 1;
}

/* ------------------------------------------------------------------ */
/* A kiosk                                                             */

int
kiosk_key(struct app *app, int key)
{
	if (app->mode != STORE_MODE_KIOSK || key == TK_RESIZE)
		return 0;
	app->last_key = app->now;
	app_wake(app, app->now + KIOSK_IDLE_S - KIOSK_COUNTDOWN_S);
	if (!app->kiosk_countdown)
		return 0;
	app->kiosk_countdown = 0;
	app->message[0] = '\0';
	app->message_alert = 0;
	return 1;
}

/* A welcome screen nobody has touched has nothing to clear. */
static int
kiosk_fresh(const struct app *app)
{
	return app->screen == SCR_WELCOME && app->nhistory == 0 &&
	    !app->touched && app->overlay == OVERLAY_NONE;
}

void
kiosk_tick(struct app *app)
{
	double	left;

	if (app->mode != STORE_MODE_KIOSK)
		return;
	if (kiosk_fresh(app)) {
		app->kiosk_countdown = 0;
		return;
	}
	left = KIOSK_IDLE_S - (app->now - app->last_key);
	if (left <= 0) {
		app_reset(app);
		return;
	}
	if (left > KIOSK_COUNTDOWN_S) {
		app_wake(app, app->last_key + KIOSK_IDLE_S - KIOSK_COUNTDOWN_S);
		return;
	}
	app->kiosk_countdown = 1;
	app_message(app, 1, "Nobody has pressed a key for a while: footscreen "
	    "starts again for the next person in %d s, with every answer "
	    "cleared. Press any key to stay.", (int)ceil(left));
	/* Again when the number of seconds shown goes down. */
	app_wake(app, app->now + (left > floor(left) ? left - floor(left) :
	    1.0));
}

/* ------------------------------------------------------------------ */
/* The list                                                            */

static void
load(struct app *app)
{
	struct scr_profiles	*s = &app->profiles;
	struct store_profile	*list = NULL;
	struct store_error	 err;
	size_t			 n = 0, i;

	s->n = 0;
	s->more = 0;
	if (app->store != NULL && store_profile_list(app->store, s->search.buf,
	    &list, &n, &err) != STORE_OK)
		app_message(app, 1, "%s", err.msg);
	for (i = 0; i < n && s->n < PROFILES_MAX; i++) {
		struct profile_row	*r = &s->row[s->n++];

		r->id = list[i].id;
		snprintf(r->name, sizeof r->name, "%s", list[i].name);
		r->born = list[i].birth_year;
		r->nsessions = list[i].nsessions;
		snprintf(r->last_taken, sizeof r->last_taken, "%s",
		    list[i].last_taken);
	}
	s->more = n > PROFILES_MAX;
	free(list);
	s->menu.n = s->n;
	if (s->menu.sel >= s->n)
		s->menu.sel = s->n > 0 ? s->n - 1 : 0;
}

static const struct profile_row *
selected_row(const struct app *app)
{
	const struct scr_profiles	*s = &app->profiles;

	return s->menu.sel >= 0 && s->menu.sel < s->n ?
	    &s->row[s->menu.sel] : NULL;
}

/* ---- the new-person form ---- */

enum { NF_BORN, NF_SEX, NF_COUNT };

static const char *
sex_word(int i)
{
	return i == 0 ? "female" : i == 1 ? "male" : "not given";
}

/* Years of birth from 1900 (design rule: a wider range than anyone
 * screened needs), and not in the future (checked when adding). */
static const struct form_field new_fields[NF_COUNT] = {
	[NF_BORN] = { .kind = FORM_NUMBER, .label = "Year of birth",
	    .name = "Year of birth", .unit = "optional", .min = 1900,
	    .max = 2100, .decimals = 0, .width = 6,
	    .about = "The year of birth fills in the age on the \"about "
	    "you\" screen, where it is still asked." },
	[NF_SEX] = { .kind = FORM_CHOICE, .label = "Sex", .name = "Sex",
	    .word = sex_word, .nwords = 3,
	    .about = "Optional; kept with the person and shown on reports." },
};

static void
new_open(struct app *app, int first_run)
{
	struct scr_profiles	*s = &app->profiles;

	s->view = PV_NEW;
	s->first_run = first_run;
	textfield_init(&s->name, STORE_NAME_MAX);
	form_init(&s->form, new_fields, NF_COUNT);
	s->form.value[NF_SEX] = 2;
	s->on_name = 1;
}

/* Go on without a person: nothing of this screening is kept. */
static void
continue_unsaved(struct app *app)
{
	app->profile_id = 0;
	app->profile_name[0] = '\0';
	app->profile_born = 0;
	app->session_id = 0;
	app->profiles.view = PV_LIST;
	nav_return(app, SCR_WELCOME);
	app_message(app, 0, "This screening will not be saved.");
}

/* The person chosen: at home, screen them; a trainer sees the history. */
static void
choose(struct app *app, int64_t id)
{
	if (profiles_use(app, id) != 0)
		return;
	if (app->mode == STORE_MODE_TRAINER)
		app_goto(app, SCR_HISTORY);
	else {
		nav_return(app, SCR_WELCOME);
		app_message(app, 0, "Screening for %s.", app->profile_name);
	}
}

/* The name without blanks at either end, into out. */
static void
trimmed(char *out, size_t len, const char *s)
{
	size_t	n;

	while (*s == ' ')
		s++;
	n = strlen(s);
	while (n > 0 && s[n - 1] == ' ')
		n--;
	snprintf(out, len, "%.*s", (int)n, s);
}

static void
new_submit(struct app *app)
{
	struct scr_profiles	*s = &app->profiles;
	struct store_profile	*p;
	struct store_error	 err;
	double			 v;
	int64_t			 id;
	int			 r, rc;

	if ((p = calloc(1, sizeof *p)) == NULL) {
		app_message(app, 1, "Out of memory.");
		return;
	}
	trimmed(p->name, sizeof p->name, s->name.buf);
	r = form_number(&s->form, NF_BORN, &v);
	if (p->name[0] == '\0') {
		app_message(app, 1, "Please type a name: a first name or a "
		    "nickname is enough.");
		s->on_name = 1;
	} else if (r < 0 || (r == 0 && v > this_year())) {
		app_message(app, 1, "Year of birth: type a year from 1900 to "
		    "%d, or leave it empty.", this_year());
		s->on_name = 0;
		s->form.focus = NF_BORN;
	} else {
		p->birth_year = r == 0 ? (int)v : 0;
		p->sex = s->form.value[NF_SEX] == 0 ? SEX_FEMALE :
		    s->form.value[NF_SEX] == 1 ? SEX_MALE : SEX_UNKNOWN;
		rc = store_profile_add(app->store, p, &id, &err);
		if (rc == STORE_ERR_EXISTS)
			app_message(app, 1, "There is someone called %s "
			    "already: add something to tell them apart, such "
			    "as \"%s B\".", p->name, p->name);
		else if (rc != STORE_OK)
			app_message(app, 1, "Not added: %s", err.msg);
		else {
			s->view = PV_LIST;
			choose(app, id);
			app_message(app, 0, "%s is added: screenings are saved "
			    "to %s's history.", p->name, p->name);
		}
	}
	free(p);
}

static int
new_key(struct app *app, int key)
{
	struct scr_profiles	*s = &app->profiles;
	int			 r;

	switch (key) {
	case TK_ENTER:
		new_submit(app);
		return 1;
	case TK_ESC:
		if (s->first_run)
			continue_unsaved(app);
		else {
			s->view = PV_LIST;
			load(app);
		}
		return 1;
	case TK_ITEM(NAME_ITEM):
		s->on_name = 1;
		return 1;
	}
	if (s->on_name) {
		if (key == TK_TAB || key == TK_DOWN) {
			s->on_name = 0;
			s->form.focus = 0;
			return 1;
		}
		if (!TK_IS_ITEM(key))
			/* Backspace in an empty name stays here. */
			return textfield_key(&s->name, key) ||
			    key == TK_BACKSPACE;
		s->on_name = 0;
	}
	if ((key == TK_UP || key == TK_BTAB) && s->form.focus == 0) {
		if (form_check(&s->form, 0) == 0)
			s->on_name = 1;
		else
			app_message(app, 1, "%s", s->form.error);
		return 1;
	}
	r = form_key(&s->form, key);
	if (r == FORM_INVALID)
		app_message(app, 1, "%s", s->form.error);
	else if (r != FORM_IGNORED)
		app->message[0] = '\0';
	return r != FORM_IGNORED || key == TK_BACKSPACE;
}

/* ---- the list's keys ---- */

/* Keys while the search has the focus; -1: not used, go on. */
static int
search_key(struct app *app, int key)
{
	struct scr_profiles	*s = &app->profiles;

	switch (key) {
	case TK_ESC:
		textfield_init(&s->search, STORE_NAME_MAX);
		s->searching = 0;
		load(app);
		return 1;
	case TK_ENTER:
	case TK_TAB:
		s->searching = 0;
		return 1;
	}
	if (textfield_key(&s->search, key)) {
		load(app);
		return 1;
	}
	/* Moving in the list, or a click on it, leaves the search. */
	s->searching = 0;
	if (key == TK_BACKSPACE)
		return 1;
	return -1;
}

static int
list_key(struct app *app, int key)
{
	struct scr_profiles		*s = &app->profiles;
	const struct profile_row	*r = selected_row(app);
	int				 used;

	if (app->store == NULL) {
		if (key != TK_ENTER && key != 'c')
			return 0;
		continue_unsaved(app);
		return 1;
	}
	if (s->searching && (used = search_key(app, key)) >= 0)
		return used;
	switch (key) {
	case '/':
	case TK_TAB:
		s->searching = 1;
		return 1;
	case 'n':
		new_open(app, 0);
		return 1;
	case 'c':
		continue_unsaved(app);
		return 1;
	case 's':
		if (r != NULL)
			history_new_screening(app, r->id);
		return 1;
	case 'h':
		if (r != NULL && profiles_use(app, r->id) == 0)
			app_goto(app, SCR_HISTORY);
		return 1;
	}
	switch (menu_key(&s->menu, key, app->lines - 10)) {
	case MENU_MOVED:
		return 1;
	case MENU_CHOSEN:
		if ((r = selected_row(app)) != NULL)
			choose(app, r->id);
		return 1;
	}
	/*
	 * Typing a name searches: any other character starts the search
	 * (not ? and q, which mean help and quit everywhere).
	 */
	if (TK_IS_CHAR(key) && key != '?' && key != 'q' && key != ' ') {
		s->searching = 1;
		textfield_key(&s->search, key);
		load(app);
		return 1;
	}
	return 0;
}

static int
profiles_key(struct app *app, int key)
{
	if (app->profiles.view == PV_NEW)
		return new_key(app, key);
	return list_key(app, key);
}

/* The person screened so far, selected in the list. */
static void
select_current(struct app *app)
{
	struct scr_profiles	*s = &app->profiles;

	for (int i = 0; i < s->n; i++)
		if (s->row[i].id == app->profile_id)
			s->menu.sel = i;
}

static void
profiles_enter(struct app *app)
{
	struct scr_profiles	*s = &app->profiles;

	s->view = PV_LIST;
	s->searching = 0;
	textfield_init(&s->search, STORE_NAME_MAX);
	menu_init(&s->menu, 0);
	load(app);
	select_current(app);
	/* Nobody yet at home: straight to the form. */
	if (app->store != NULL && s->n == 0 && app->mode == STORE_MODE_HOME)
		new_open(app, app->nhistory == 0);
}

static void
profiles_resume(struct app *app)
{
	struct scr_profiles	*s = &app->profiles;

	/* After app_reset() (a new screening) the search is cleared too. */
	if (s->search.max == 0)
		textfield_init(&s->search, STORE_NAME_MAX);
	s->view = PV_LIST;
	s->searching = 0;
	load(app);
	select_current(app);
}

/* ---- drawing ---- */

/* s in exactly cols characters: cut, or padded with blanks. */
static void
pad(char *out, size_t len, const char *s, int cols)
{
	size_t	o = 0;
	int	c = 0;

	for (; *s != '\0' && o + 1 < len; s++) {
		if (((unsigned char)*s & 0xc0) != 0x80 && ++c > cols)
			break;
		out[o++] = *s;
	}
	for (; c < cols && o + 1 < len; c++)
		out[o++] = ' ';
	out[o] = '\0';
}

static const char *
profile_label(const void *ctx, int i, char *buf, size_t len)
{
	const struct app		*app = ctx;
	const struct profile_row	*r = &app->profiles.row[i];
	char				 name[STORE_NAME_MAX * 2];
	char				 born[16] = "", day[32] = "";

	pad(name, sizeof name, r->name, 30);
	if (r->born > 0)
		snprintf(born, sizeof born, "%d", r->born);
	if (r->last_taken[0] != '\0')
		history_day_words(day, sizeof day, r->last_taken);
	snprintf(buf, len, "%s %-6s %10ld  %s", name, born, r->nsessions,
	    day);
	return buf;
}

const char *
profiles_off_words(const struct app *app)
{
	if (app->mode == STORE_MODE_KIOSK || app->store != NULL)
		return NULL;
	if (app->store_demo)
		return "the demo keeps no history";
	return app->store_error[0] != '\0' ?
	    "the history could not be opened" : NULL;
}

static void
draw_no_store(const struct app *app, struct grid *g, struct rect r)
{
	int	y = r.y;

	if (app->mode == STORE_MODE_KIOSK) {
		grid_wrap(g, r.x, y, r.w, 3, 0, "A kiosk keeps no data: there "
		    "is no history here.", 0, GC_DEFAULT);
		return;
	}
	if (profiles_off_words(app) != NULL) {
		/* The words as a heading: a capital first letter. */
		grid_printf(g, r.x, y++, r.w, GA_BOLD, GC_ALERT, "%c%s",
		    toupper((unsigned char)profiles_off_words(app)[0]),
		    profiles_off_words(app) + 1);
	}
	y++;
	if (app->store_error[0] != '\0')
		y += grid_wrap(g, r.x, y, r.w, 6, 0, app->store_error, 0,
		    GC_DEFAULT) + 1;
	grid_wrap(g, r.x, y, r.w, 6, 0, "The screening works all the same, "
	    "but nothing is saved this time. Press Enter to go on. To keep "
	    "a history, fix or move the file named above, or give another "
	    "with --db, and start footscreen again.", 0, GC_DEFAULT);
}

static void
draw_new(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_profiles	*s = &app->profiles;
	int				 y = r.y;

	grid_text(g, r.x, y++, r.w, s->first_run ? "Who is this screening "
	    "for?" : app->mode == STORE_MODE_TRAINER ? "A new client" :
	    "A new person", GA_BOLD, GC_DEFAULT);
	y++;
	y += grid_wrap(g, r.x, y, r.w, 4, 0, "A name keeps each person's "
	    "screenings together, so the next one can be compared with "
	    "this one. A first name or a nickname is enough; everything "
	    "stays on this computer.", 0, GC_DEFAULT) + 1;
	grid_hit(g, r.x, y, r.w, TK_ITEM(NAME_ITEM));
	grid_text(g, r.x, y, 2, s->on_name ? grid_sym(g, "▸", ">") : " ",
	    GA_BOLD, GC_INFO);
	grid_text(g, r.x + 2, y, 15, "Name", s->on_name ? GA_BOLD : 0,
	    GC_DEFAULT);
	grid_put(g, r.x + 18, y, '[', 0, GC_DEFAULT);
	textfield_draw(&s->name, g, (struct rect){ r.x + 19, y, 32, 1 },
	    s->on_name);
	grid_put(g, r.x + 51, y, ']', 0, GC_DEFAULT);
	y += 2;
	if (s->on_name) {
		/* The fields only (not the focused one's sentence), plain. */
		form_draw(&s->form, g, (struct rect){ r.x, y, r.w, 3 }, 18, 1);
		grid_text(g, r.x, y, 2, " ", 0, GC_DEFAULT);
		grid_text(g, r.x + 2, y, 15, new_fields[NF_BORN].label, 0,
		    GC_DEFAULT);
		numfield_draw(&s->form.num[NF_BORN], g, r.x + 18, y,
		    new_fields[NF_BORN].width, 0);
		grid_wrap(g, r.x + 2, y + 4, r.w - 2, 2, 0, "The name shown on "
		    "the screens and reports, 1 to 100 characters.", 0,
		    GC_MUTED);
		y += 6;
	} else
		y += form_draw(&s->form, g, (struct rect){ r.x, y, r.w, 6 },
		    18, 1);
	y++;
	grid_wrap(g, r.x, y, r.w, 3, 0, s->first_run ? "Enter adds the person. "
	    "Tab moves between the fields. Esc goes on without saving "
	    "anything." : "Enter adds the person. Tab moves between the "
	    "fields. Esc goes back to the list.", 0, GC_MUTED);
}

static void
draw_list(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_profiles	*s = &app->profiles;
	struct menu			 m = s->menu;
	int				 y = r.y, trainer = app->mode ==
					    STORE_MODE_TRAINER;

	grid_text(g, r.x, y++, r.w, trainer ? "Clients" : "Who is this "
	    "screening for?", GA_BOLD, GC_DEFAULT);
	y++;
	grid_text(g, r.x, y, 8, "Search:", s->searching ? GA_BOLD : 0,
	    GC_DEFAULT);
	grid_put(g, r.x + 8, y, '[', 0, GC_DEFAULT);
	textfield_draw(&s->search, g, (struct rect){ r.x + 9, y, 24, 1 },
	    s->searching);
	grid_put(g, r.x + 33, y, ']', 0, GC_DEFAULT);
	grid_hit(g, r.x, y, 34, '/');
	grid_text(g, r.x + 35, y, r.w - 35, s->searching ? "Enter: to the "
	    "list, Esc: clear" : "type a name, or /", 0, GC_MUTED);
	y += 2;
	if (s->n == 0) {
		grid_printf(g, r.x, y, r.w, 0, GC_DEFAULT, s->search.len > 0 ?
		    "Nobody's name contains \"%s\"." : "Nobody yet: n adds %s.",
		    s->search.len > 0 ? s->search.buf : trainer ?
		    "a client" : "a person");
		return;
	}
	grid_printf(g, r.x + 2, y++, r.w - 2, 0, GC_MUTED, "%-30s %-6s %10s  "
	    "%s", "Name", "Born", "Screenings", "Last screened");
	m.n = s->n;
	menu_draw(&m, g, (struct rect){ r.x, y, r.w, r.y + r.h - y - 1 },
	    profile_label, app);
	grid_text(g, r.x, r.y + r.h - 1, r.w, s->more ? "More match than fit "
	    "here: type more of the name." : trainer ? "s screens the "
	    "selected client; c screens someone without saving." :
	    "c screens someone without saving anything.", 0, GC_MUTED);
}

static void
profiles_draw(const struct app *app, struct grid *g, struct rect body)
{
	struct rect	r = { body.x + 2, body.y + 1, body.w - 4, body.h - 1 };

	if (app->store == NULL)
		draw_no_store(app, g, r);
	else if (app->profiles.view == PV_NEW)
		draw_new(app, g, r);
	else
		draw_list(app, g, r);
}

static const struct keybind profiles_keys[] = {
	{ TK_ENTER, 0, "choose", "At home: screen the selected person. For "
	    "a trainer: open the client's history. In the form: add the "
	    "person.", 1 },
	{ 'n', 0, "new", "Add a person: a name, and if you like the year of "
	    "birth and sex.", 1 },
	{ 's', 0, "screen", "A new screening for the selected person.", 1 },
	{ 'h', 0, "history", "The selected person's screenings.", 1 },
	{ '/', 0, "search", "Search by name: type part of it. Typing any "
	    "letter that is not a key here starts the search too; Esc "
	    "clears it.", 1 },
	{ 'c', 0, "no saving", "Screen someone without saving anything.", 1 },
	{ TK_ESC, 0, "no saving", "In the form shown at the start: go on "
	    "without saving anything.", 1 },
};

static int
profiles_key_shown(const struct app *app, int key)
{
	const struct scr_profiles	*s = &app->profiles;

	/* Enter there is "go on", the form's is "add": the text says so. */
	if (app->store == NULL)
		return key == 'c';
	if (s->view == PV_NEW)
		return key == TK_ESC && s->first_run;
	if (key == TK_ESC)
		return 0;
	if (key == 's' || key == 'h' || key == TK_ENTER)
		return s->n > 0;
	return 1;
}

const struct screen_ops screen_profiles = {
	.title = "people",
	.keys = profiles_keys,
	.nkeys = sizeof profiles_keys / sizeof profiles_keys[0],
	.key_shown = profiles_key_shown,
	.help = "The people whose screenings are kept on this computer. "
	    "Choose who this screening is for, add a person, or look at "
	    "someone's history. Deleting a person, with everything kept "
	    "about them, is in their history (D).",
	.enter = profiles_enter,
	.resume = profiles_resume,
	.key = profiles_key,
	.draw = profiles_draw,
};
