/*
 * scr_symptoms.c: where it hurts (issue 5 item 1, issue 3's symptom
 * instrument): each of the eight sites marked yes or no, and for each one
 * that hurts a short form: side, how many weeks, how strong (0 to 10),
 * what makes it worse, whether it limits daily life and whether it is
 * getting better.  With low back pain, a page of the inflammatory
 * back-pain features (NICE NG65 as in evidence sheet §6.4).  Then the
 * triage again: persistent disabling leg pain or those features can call
 * for a referral now.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tui/app.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* ---- words ------------------------------------------------------- */

/* A number of weeks or points without needless decimals. */
static const char *
num_words(char *buf, size_t len, double v)
{
	snprintf(buf, len, v == floor(v) ? "%.0f" : "%.1f", v);
	return buf;
}

const char *
symptoms_describe(char *buf, size_t len, const struct symptom *s,
    enum symptom_site site, int full)
{
	char	n[32];
	size_t	o;

	snprintf(buf, len, "%s", strings_site(site));
#define ADD(...) do { \
	o = strlen(buf); \
	snprintf(buf + o, len - o, __VA_ARGS__); \
} while (0)
	if (s->side != SSIDE_UNKNOWN)
		ADD(" (%s)", strings_symptom_side(s->side));
	if (isfinite(s->duration_weeks))
		ADD(", %s %s %s", strings_text(STR_FOR), num_words(n, sizeof n,
		    s->duration_weeks), strings_text(s->duration_weeks == 1.0 ?
		    STR_WEEK : STR_WEEKS));
	if (isfinite(s->intensity))
		ADD(", %s %s %s", strings_text(STR_INTENSITY),
		    num_words(n, sizeof n, s->intensity),
		    strings_text(STR_OUT_OF_10));
	if (full) {
		for (int b = 0; b < 8; b++)
			if (s->worse_with & (1u << b))
				ADD(", %s", strings_worse_with(b));
		if (s->limits_daily_life == ANSWER_YES)
			ADD("; %s", strings_text(STR_LIMITS_LIFE));
		if (s->improving != ANSWER_UNKNOWN)
			ADD("; %s", strings_text(s->improving == ANSWER_YES ?
			    STR_IMPROVING : STR_NOT_IMPROVING));
	}
#undef ADD
	return buf;
}

/* ---- the detail form --------------------------------------------- */

enum {
	D_SIDE, D_WEEKS, D_INTENSITY, D_WORSE,
	D_LIMITS = D_WORSE + 8, D_IMPROVING, D_COUNT
};

static const char *
side_word(int i)
{
	return strings_symptom_side((enum symptom_side)(SSIDE_LEFT + i));
}

#define WORSE_FIELD(bit, text) { .kind = FORM_CHECK, .label = text, \
	.word = strings_worse_with, .arg = bit, .about = "Tick everything " \
	"that makes it worse: Space, x or a click." }

/* Ranges: footscreen-answers(5), [symptom.site]. */
static const struct form_field detail_fields[D_COUNT] = {
	[D_SIDE] = { .kind = FORM_CHOICE, .label = "Which side", .name =
	    "Side", .word = side_word, .nwords = SSIDE_CENTRE - SSIDE_LEFT + 1,
	    .about = "Which side of the body it is on (l, r, b or i)." },
	[D_WEEKS] = { .kind = FORM_NUMBER, .label = "How long", .name =
	    "How long", .unit = "weeks", .min = 0, .max = 5200, .decimals = 1,
	    .width = 8, .about = "Roughly how many weeks it has lasted; 0.5 "
	    "is a few days, 52 a year." },
	[D_INTENSITY] = { .kind = FORM_NUMBER, .label = "How strong",
	    .name = "How strong", .unit = "out of 10", .min = 0, .max = 10,
	    .width = 5, .about = "0 is no pain at all, 10 the worst pain you "
	    "can imagine." },
	[D_WORSE + 0] = WORSE_FIELD(0, "What makes it worse"),
	[D_WORSE + 1] = WORSE_FIELD(1, ""),
	[D_WORSE + 2] = WORSE_FIELD(2, ""),
	[D_WORSE + 3] = WORSE_FIELD(3, ""),
	[D_WORSE + 4] = WORSE_FIELD(4, ""),
	[D_WORSE + 5] = WORSE_FIELD(5, ""),
	[D_WORSE + 6] = WORSE_FIELD(6, ""),
	[D_WORSE + 7] = WORSE_FIELD(7, ""),
	[D_LIMITS] = { .kind = FORM_CHOICE, .label = "Limits daily life?",
	    .name = "Limits daily life", .word = form_yes_no, .nwords = 2,
	    .about = "Does it stop you doing things you would normally do?" },
	[D_IMPROVING] = { .kind = FORM_CHOICE, .label = "Getting better?",
	    .name = "Getting better", .word = form_yes_no, .nwords = 2,
	    .about = "Is it getting better on its own?" },
};

/* The form for a site from what was answered about it. */
static void
detail_open(struct app *app, int site)
{
	struct scr_symptoms	*s = &app->symptoms;
	const struct symptom	*y = &app->answers.symptom[site];

	s->mode = SYM_DETAIL;
	s->site = site;
	form_init(&s->form, detail_fields, D_COUNT);
	s->form.value[D_SIDE] = y->side == SSIDE_UNKNOWN ? -1 :
	    (int)y->side - SSIDE_LEFT;
	numfield_set(&s->form.num[D_WEEKS], y->duration_weeks);
	numfield_set(&s->form.num[D_INTENSITY], y->intensity);
	for (int b = 0; b < 8; b++)
		s->form.value[D_WORSE + b] = (y->worse_with >> b) & 1;
	s->form.value[D_LIMITS] = form_yes_no_choice(y->limits_daily_life);
	s->form.value[D_IMPROVING] = form_yes_no_choice(y->improving);
}

/* A number field into *v: NAN when empty or not allowed (the message
 * says so when the focus leaves it). */
static void
detail_number(const struct form *f, int i, double *v)
{
	double	d;

	*v = form_number(f, i, &d) == 0 ? d : NAN;
}

static void
detail_save(struct app *app)
{
	const struct form	*f = &app->symptoms.form;
	struct symptom		*y = &app->answers.symptom[app->symptoms.site];

	y->side = f->value[D_SIDE] < 0 ? SSIDE_UNKNOWN :
	    (enum symptom_side)(SSIDE_LEFT + f->value[D_SIDE]);
	detail_number(f, D_WEEKS, &y->duration_weeks);
	detail_number(f, D_INTENSITY, &y->intensity);
	y->worse_with = 0;
	for (int b = 0; b < 8; b++)
		if (f->value[D_WORSE + b])
			y->worse_with |= 1u << b;
	y->limits_daily_life = form_yes_no_answer(f->value[D_LIMITS]);
	y->improving = form_yes_no_answer(f->value[D_IMPROVING]);
	app_touch(app);
}

/* Back to the list from the form, when the number in focus is allowed. */
static void
detail_close(struct app *app)
{
	struct scr_symptoms	*s = &app->symptoms;

	if (form_check(&s->form, s->form.focus) != 0) {
		app_message(app, 1, "%s", s->form.error);
		return;
	}
	s->mode = SYM_LIST;
	menu_key(&s->list, TK_DOWN, 1);
}

static int
detail_key(struct app *app, int key)
{
	struct form	*f = &app->symptoms.form;

	switch (key) {
	case TK_ENTER:
		if (form_check(f, f->focus) != 0)
			app_message(app, 1, "%s", f->error);
		else if (f->focus >= D_WORSE && f->focus < D_LIMITS)
			f->focus = D_LIMITS;	/* past the boxes in one key */
		else if (f->focus < D_COUNT - 1)
			f->focus++;
		else
			detail_close(app);
		return 1;
	case TK_ESC:
		detail_close(app);
		return 1;
	}
	if (form_key_saving(app, f, key, detail_save))
		return 1;
	/* Backspace outside a number: back to the list, as Esc. */
	if (key == TK_BACKSPACE) {
		detail_close(app);
		return 1;
	}
	return 0;
}

static void
detail_draw(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_symptoms	*s = &app->symptoms;
	int				 y;

	grid_printf(g, r.x, r.y, r.w, GA_BOLD, GC_DEFAULT, "Pain in the %s: "
	    "a little more about it", strings_site((enum symptom_site)s->site));
	grid_text(g, r.x, r.y + 1, r.w, "All optional: answer what you know. "
	    "Enter moves on; Esc returns to the list.", 0, GC_MUTED);
	y = r.y + 3;
	form_draw(&s->form, g, (struct rect){ r.x, y, r.w, r.y + r.h - y },
	    24, 0);
}

/* ---- the inflammatory back-pain page ------------------------------ */

/* NICE NG65's features as the sheet lists them (§6.4 Tier R). */
static const enum redflag axspa_flags[] = {
	RF_AXSPA_ONSET_BEFORE_35, RF_AXSPA_WAKES_SECOND_HALF,
	RF_AXSPA_BUTTOCK_PAIN, RF_AXSPA_BETTER_MOVING, RF_AXSPA_NSAID_48H,
	RF_AXSPA_RELATIVE, RF_AXSPA_ARTHRITIS, RF_AXSPA_ENTHESITIS,
	RF_AXSPA_PSORIASIS
};

static void
axspa_open(struct app *app)
{
	struct scr_symptoms	*s = &app->symptoms;
	enum answer		*b;

	s->mode = SYM_AXSPA;
	b = &app->answers.redflag[RF_AXSPA_BUTTOCK_PAIN];
	flagpage_init(&s->axspa, axspa_flags, NELEM(axspa_flags));
	/* Already said on the list: shown, so it can be corrected. */
	if (*b == ANSWER_UNKNOWN && app->answers.symptom[SITE_BUTTOCK].present)
		*b = ANSWER_YES;
}

static void
axspa_draw(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_symptoms	*s = &app->symptoms;
	int				 y, n, open;

	grid_text(g, r.x, r.y, r.w, "Your low back pain: a few more "
	    "questions", GA_BOLD, GC_DEFAULT);
	n = grid_wrap(g, r.x, r.y + 1, r.w, 3, 0, "Some kinds of back pain "
	    "come from inflammation, which a doctor can check for. These "
	    "features, together with when the pain began, tell whether that "
	    "is worth asking about. Is any of these true for you?", 0,
	    GC_MUTED);
	y = r.y + 2 + (n < 3 ? n : 3);
	flagpage_draw(app, &s->axspa, g, (struct rect){ r.x, y, r.w,
	    r.y + r.h - 2 - y });
	open = flagpage_unanswered(app, &s->axspa);
	grid_printf(g, r.x, r.y + r.h - 1, r.w, 0, GC_MUTED,
	    "Enter: the %d not answered are no, then on.", open);
}

/* ---- the list of sites ------------------------------------------- */

#define ROW_NO_PAIN	SITE_COUNT

static const char *
list_label(const void *ctx, int i, char *buf, size_t len)
{
	const struct app	*app = ctx;
	const struct symptom	*y;
	const char		*site = strings_site((enum symptom_site)i);
	char			 words[256];

	if (i == ROW_NO_PAIN) {
		snprintf(buf, len, "      No pain anywhere (0)");
		return buf;
	}
	y = &app->answers.symptom[i];
	if (!y->answered && !y->present)
		snprintf(buf, len, "[ ? ] %s", site);
	else if (!y->present)
		snprintf(buf, len, "[no]  %s", site);
	else
		snprintf(buf, len, "[yes] %s", symptoms_describe(words,
		    sizeof words, y, (enum symptom_site)i, 0));
	return buf;
}

/* Mark a site; a site that no longer hurts keeps no details. */
static void
site_mark(struct app *app, int site, int present)
{
	struct symptom	*y = &app->answers.symptom[site];

	if (!present)
		*y = (struct symptom){ .duration_weeks = NAN,
		    .intensity = NAN };
	y->answered = 1;
	y->present = present;
	app_touch(app);
}

/* The list is done: then the back-pain page, or the triage. */
static void
list_done(struct app *app)
{
	int	due;

	for (int i = 0; i < SITE_COUNT; i++)
		if (!app->answers.symptom[i].answered &&
		    !app->answers.symptom[i].present)
			site_mark(app, i, 0);
	app_touch(app);
	if (app->symptoms.mode == SYM_LIST &&
	    app->answers.symptom[SITE_LOW_BACK].present) {
		axspa_open(app);
		return;
	}
	due = referral_due(app);
	if (due < 0)
		return;
	if (due)
		referral_show(app, SCR_TESTSET);
	else
		app_goto(app, SCR_TESTSET);
}

static void
no_pain(struct app *app)
{
	for (int i = 0; i < SITE_COUNT; i++)
		site_mark(app, i, 0);
	list_done(app);
}

static int
list_key(struct app *app, int key)
{
	struct scr_symptoms	*s = &app->symptoms;
	int			 i = s->list.sel;
	int			 site = i < SITE_COUNT ? i : -1;

	switch (key) {
	case TK_ENTER:
		list_done(app);
		return 1;
	case '0':
		no_pain(app);
		return 1;
	case 'y':
	case 'Y':
		if (site < 0)
			return 1;
		site_mark(app, site, 1);
		detail_open(app, site);
		return 1;
	case 'n':
	case 'N':
		if (site < 0)
			return 1;
		site_mark(app, site, 0);
		menu_key(&s->list, TK_DOWN, 1);
		return 1;
	case ' ':
		if (site >= 0)
			site_mark(app, site,
			    !app->answers.symptom[site].present);
		return 1;
	case TK_RIGHT:
	case 'd':
		if (site >= 0 && app->answers.symptom[site].present)
			detail_open(app, site);
		return 1;
	}
	switch (menu_key(&s->list, key, 4)) {
	case MENU_MOVED:
		return 1;
	case MENU_CHOSEN:
		/* A click: "it hurts here, tell more", or "no pain". */
		if (s->list.sel == ROW_NO_PAIN) {
			no_pain(app);
			return 1;
		}
		if (!app->answers.symptom[s->list.sel].present)
			site_mark(app, s->list.sel, 1);
		detail_open(app, s->list.sel);
		return 1;
	}
	return 0;
}

static void
list_draw(const struct app *app, struct grid *g, struct rect r)
{
	struct menu	m = app->symptoms.list;
	int		sel = m.sel, y, open = 0;

	grid_text(g, r.x, r.y, r.w, "Where does it hurt?", GA_BOLD,
	    GC_DEFAULT);
	grid_wrap(g, r.x, r.y + 1, r.w, 2, 0, "Mark each place where you have "
	    "pain or other symptoms now: y for yes, n for no. For a place "
	    "marked yes, a few short questions follow.", 0, GC_MUTED);
	y = r.y + 4;
	menu_draw(&m, g, (struct rect){ r.x, y, r.w, SITE_COUNT + 1 },
	    list_label, app);
	for (int i = 0; i < SITE_COUNT; i++)
		open += !app->answers.symptom[i].answered &&
		    !app->answers.symptom[i].present;
	y += SITE_COUNT + 2;
	if (sel < SITE_COUNT && app->answers.symptom[sel].present)
		grid_text(g, r.x, y, r.w, "Right or d: describe this pain; "
		    "n: it does not hurt here after all.", 0, GC_MUTED);
	else if (sel < SITE_COUNT)
		grid_text(g, r.x, y, r.w, "y: it hurts here (a few questions "
		    "follow); n: it does not.", 0, GC_MUTED);
	grid_printf(g, r.x, r.y + r.h - 1, r.w, 0, GC_MUTED,
	    "Enter: %d not marked are no, and on to the tests. "
	    "0: no pain anywhere.", open);
}

/* ---- the screen -------------------------------------------------- */

static void
symptoms_enter(struct app *app)
{
	app->symptoms.mode = SYM_LIST;
	menu_init(&app->symptoms.list, SITE_COUNT + 1);
}

/* Back from a later screen: the list, where the selection was. */
static void
symptoms_resume(struct app *app)
{
	app->symptoms.mode = SYM_LIST;
	app->symptoms.list.n = SITE_COUNT + 1;
}

static int
symptoms_key(struct app *app, int key)
{
	struct scr_symptoms	*s = &app->symptoms;

	switch (s->mode) {
	case SYM_DETAIL:
		return detail_key(app, key);
	case SYM_AXSPA:
		if (key == TK_ENTER) {
			flagpage_rest_no(app, &s->axspa);
			list_done(app);
			return 1;
		}
		if (key == TK_ESC || key == TK_BACKSPACE) {
			s->mode = SYM_LIST;
			return 1;
		}
		return flagpage_key(app, &s->axspa, key);
	case SYM_LIST:
		break;
	}
	return list_key(app, key);
}

static void
symptoms_draw(const struct app *app, struct grid *g, struct rect body)
{
	struct rect	r = intro_column(body);

	switch (app->symptoms.mode) {
	case SYM_DETAIL:
		detail_draw(app, g, r);
		break;
	case SYM_AXSPA:
		axspa_draw(app, g, r);
		break;
	case SYM_LIST:
		list_draw(app, g, r);
		break;
	}
}

static const struct keybind symptoms_keys[] = {
	{ 'y', 0, "yes", "On the list: it hurts here (a short form "
	    "follows). On a yes/no question: yes.", 1 },
	{ 'n', 0, "no", "On the list: it does not hurt here. On a yes/no "
	    "question: no.", 1 },
	{ '0', 0, "no pain", "On the list: no pain anywhere; every place is "
	    "marked no and the screening goes on.", 1 },
	{ TK_ENTER, 0, "next", "On the list: the places not marked are no, "
	    "and on. In the form: the next question.", 1 },
	{ TK_RIGHT, 'd', "describe", "Open the short form for a place marked "
	    "yes.", 0 },
	{ ' ', 0, "change", "Change the selected answer; tick a box in the "
	    "form.", 1 },
	{ TK_TAB, TK_BTAB, "move", "In the form: the next or the previous "
	    "question (Up and Down too).", 1 },
};

/* The hint bar shows the keys of the list, or of the form. */
static int
symptoms_key_shown(const struct app *app, int key)
{
	switch (app->symptoms.mode) {
	case SYM_LIST:
		return key != ' ' && key != TK_TAB;
	case SYM_DETAIL:
		return key == TK_ENTER || key == ' ' || key == TK_TAB;
	case SYM_AXSPA:
		return key == 'y' || key == 'n' || key == TK_ENTER;
	}
	return 1;
}

const struct screen_ops screen_symptoms = {
	.title = "where it hurts",
	.keys = symptoms_keys,
	.nkeys = NELEM(symptoms_keys),
	.key_shown = symptoms_key_shown,
	.help = "Mark each place where you have pain or other symptoms now. "
	    "For each place that hurts, a short form asks which side, how "
	    "long, how strong and what makes it worse; every answer there "
	    "is optional. With low back pain, a few more yes/no questions "
	    "follow. Some answers (leg pain that has limited you for weeks, "
	    "or a pattern of inflammatory back pain) lead to advice to see "
	    "a clinician before the tests. In the form, Esc returns to the "
	    "list.",
	.enter = symptoms_enter,
	.resume = symptoms_resume,
	.key = symptoms_key,
	.draw = symptoms_draw,
};
