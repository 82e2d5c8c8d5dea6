/*
 * scr_person.c: "about you" (issue 5 item 1): age, sex, a fall in the
 * past year, dizziness, and whether someone is there to help.  Age picks
 * the norms and the scope (adults only, evidence sheet §0.1 rule 6), sex
 * the eyes-closed norm (§4.2), falls and dizziness the balance caution
 * (§4.4), and a helper the tests that need a second person (§1.5, §2.4).
 * Also the small form (struct form, scr_person.h) this screen and the
 * symptoms screen's detail page are made of.
 */
#include <config.h>

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tui/app.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Click targets: field i is TK_ITEM(i * FORM_ITEMS), its option o is
 * TK_ITEM(i * FORM_ITEMS + 1 + o). */
#define FORM_ITEMS	16

/* ---- the form ---------------------------------------------------- */

const char *
form_yes_no(int i)
{
	return i == 0 ? "yes" : "no";
}

void
form_init(struct form *f, const struct form_field *fields, int n)
{
	memset(f, 0, sizeof *f);
	f->fields = fields;
	f->n = n < FORM_MAX ? n : FORM_MAX;
	for (int i = 0; i < f->n; i++) {
		numfield_init(&f->num[i], fields[i].decimals, 0);
		f->value[i] = fields[i].kind == FORM_CHOICE ? -1 : 0;
	}
}

int
form_number(const struct form *f, int i, double *v)
{
	const struct form_field	*fd = &f->fields[i];
	int			 r = numfield_value(&f->num[i], v);

	if (r == 0 && (*v < fd->min || *v > fd->max))
		return -1;
	return r;
}

int
form_check(struct form *f, int i)
{
	const struct form_field	*fd = &f->fields[i];
	double			 v;
	int			 r;

	if (fd->kind != FORM_NUMBER)
		return 0;
	r = numfield_value(&f->num[i], &v);
	if (r == 1)
		return 0;
	if (r < 0)
		snprintf(f->error, sizeof f->error, "%s: '%s' is not a number; "
		    "type %s from %g to %g.", fd->name, f->num[i].buf,
		    fd->decimals ? "a number" : "a whole number", fd->min,
		    fd->max);
	else if (v < fd->min || v > fd->max)
		snprintf(f->error, sizeof f->error, "%s: %s is outside the "
		    "range allowed, %g to %g %s.", fd->name, f->num[i].buf,
		    fd->min, fd->max, fd->unit != NULL ? fd->unit : "");
	else
		return 0;
	return -1;
}

/* Move the focus by d, not away from a number that is not allowed. */
static int
form_move(struct form *f, int d)
{
	int	to = f->focus + d;

	if (form_check(f, f->focus) != 0)
		return FORM_INVALID;
	if (to >= 0 && to < f->n)
		f->focus = to;
	return FORM_MOVED;
}

/* The option of field i whose first letter is key, or -1. */
static int
form_letter(const struct form_field *fd, int key)
{
	const char	*w;

	if (key > 0x7f || !isalpha(key))
		return -1;
	for (int o = 0; o < fd->nwords; o++) {
		w = fd->word(o);
		if (tolower((unsigned char)w[0]) == tolower(key))
			return o;
	}
	return -1;
}

/* A click: focus the row, pick the option or tick the box. */
static int
form_click(struct form *f, int k)
{
	int			 i = k / FORM_ITEMS, o = k % FORM_ITEMS - 1;
	const struct form_field	*fd;

	if (i >= f->n)
		return FORM_IGNORED;
	if (i != f->focus && form_check(f, f->focus) != 0)
		return FORM_INVALID;
	f->focus = i;
	fd = &f->fields[i];
	if (fd->kind == FORM_CHECK) {
		f->value[i] = !f->value[i];
		return FORM_CHANGED;
	}
	if (fd->kind == FORM_CHOICE && o >= 0 && o < fd->nwords) {
		f->value[i] = o;
		return FORM_CHANGED;
	}
	return FORM_MOVED;
}

int
form_key(struct form *f, int key)
{
	const struct form_field	*fd;
	int			 i = f->focus, *v, o;

	if (f->n <= 0)
		return FORM_IGNORED;
	if (TK_IS_ITEM(key))
		return form_click(f, TK_ITEM_INDEX(key));
	switch (key) {
	case TK_TAB:
	case TK_DOWN:
		return form_move(f, 1);
	case TK_BTAB:
	case TK_UP:
		return form_move(f, -1);
	}
	fd = &f->fields[i];
	v = &f->value[i];
	switch (fd->kind) {
	case FORM_NUMBER:
		if (numfield_key(&f->num[i], key))
			return FORM_CHANGED;
		/* An empty box: Backspace is used up, not "go back". */
		return key == TK_BACKSPACE ? FORM_MOVED : FORM_IGNORED;
	case FORM_CHOICE:
		if (key == TK_LEFT) {
			*v = *v <= 0 ? fd->nwords - 1 : *v - 1;
			return FORM_CHANGED;
		}
		if (key == TK_RIGHT || key == ' ') {
			*v = (*v + 1) % fd->nwords;
			return FORM_CHANGED;
		}
		if ((o = form_letter(fd, key)) < 0)
			return FORM_IGNORED;
		*v = o;
		form_move(f, 1);
		return FORM_CHANGED;
	case FORM_CHECK:
		if (key == ' ' || key == 'x' || key == 'X')
			*v = !*v;
		else if (key == 'y' || key == 'Y')
			*v = 1;
		else if (key == 'n' || key == 'N')
			*v = 0;
		else
			return FORM_IGNORED;
		return FORM_CHANGED;
	}
	return FORM_IGNORED;
}

/* The options of a choice on row y from x; returns the columns used. */
static int
form_draw_choice(const struct form *f, int i, struct grid *g, int x, int y,
    int w)
{
	const struct form_field	*fd = &f->fields[i];
	char			 buf[96];
	int			 used = 0, n, on, attr;

	for (int o = 0; o < fd->nwords && used < w; o++) {
		on = f->value[i] == o;
		snprintf(buf, sizeof buf, "%s %s", on ? grid_sym(g, "(•)",
		    "(*)") : "( )", fd->word(o));
		attr = on ? GA_BOLD : 0;
		if (on && f->focus == i)
			attr |= GA_REVERSE;
		n = grid_text(g, x + used, y, w - used, buf, attr, GC_DEFAULT);
		grid_hit(g, x + used, y, n, TK_ITEM(i * FORM_ITEMS + 1 + o));
		used += n + 2;
	}
	return used;
}

int
form_draw(const struct form *f, struct grid *g, struct rect r, int label_w,
    int gap)
{
	int	y = r.y, vx = r.x + label_w, vw = r.w - label_w;

	for (int i = 0; i < f->n && y < r.y + r.h; i++, y += 1 + gap) {
		const struct form_field	*fd = &f->fields[i];
		int			 focused = i == f->focus;
		char			 buf[96];

		grid_hit(g, r.x, y, r.w, TK_ITEM(i * FORM_ITEMS));
		grid_text(g, r.x, y, 2, focused ? grid_sym(g, "▸", ">") : " ",
		    GA_BOLD, GC_INFO);
		grid_text(g, r.x + 2, y, label_w - 3, fd->label,
		    focused ? GA_BOLD : 0, GC_DEFAULT);
		switch (fd->kind) {
		case FORM_NUMBER:
			numfield_draw(&f->num[i], g, vx, y, fd->width, focused);
			if (fd->unit != NULL)
				grid_text(g, vx + fd->width + 1, y,
				    vw - fd->width - 1, fd->unit, 0,
				    GC_DEFAULT);
			break;
		case FORM_CHOICE:
			form_draw_choice(f, i, g, vx, y, vw);
			break;
		case FORM_CHECK:
			snprintf(buf, sizeof buf, "[%s] %s",
			    f->value[i] ? "x" : " ", fd->word(fd->arg));
			grid_text(g, vx, y, vw, buf, focused ? GA_REVERSE : 0,
			    GC_DEFAULT);
			break;
		}
	}
	y += 1 - gap;
	if (f->n > 0 && f->fields[f->focus].about != NULL && y < r.y + r.h)
		y += grid_wrap(g, r.x + 2, y, r.w - 2, r.y + r.h - y, 0,
		    f->fields[f->focus].about, 0, GC_MUTED);
	return y - r.y;
}

/* ---- the person screen ------------------------------------------ */

enum { P_AGE, P_SEX, P_FELL, P_DIZZY, P_PARTNER, P_COUNT };

static const char *
sex_word(int i)
{
	static const char *const w[] = { "female", "male",
	    "prefer not to say" };

	return i >= 0 && i < (int)NELEM(w) ? w[i] : "";
}

/*
 * footscreen-answers(5): age 0 to 120, 0 meaning not answered; the
 * screen asks for a real age, so 1 to 120.
 */
static const struct form_field person_fields[P_COUNT] = {
	[P_AGE] = { .kind = FORM_NUMBER, .label = "How old are you?",
	    .name = "Age", .unit = "years", .min = 1, .max = 120,
	    .width = 6, .about = "Your age picks the averages your balance "
	    "is compared with. This screening is made for adults, 18 and "
	    "over." },
	/* §4.2: the eyes-closed norm differs by sex. */
	[P_SEX] = { .kind = FORM_CHOICE, .label = "Sex", .name = "Sex",
	    .word = sex_word, .nwords = 3, .about = "Used only to pick the "
	    "right average for standing on one leg with your eyes closed." },
	/* §4.4: a fall or dizziness leaves the riskier tests out. */
	[P_FELL] = { .kind = FORM_CHOICE, .label = "Any fall in the past "
	    "year?", .name = "A fall in the past year", .word = form_yes_no,
	    .nwords = 2, .about = "If yes, the harder balance tests are left "
	    "out, to keep you safe." },
	[P_DIZZY] = { .kind = FORM_CHOICE, .label = "Dizzy spells or "
	    "unsteady?", .name = "Dizziness", .word = form_yes_no,
	    .nwords = 2, .about = "Dizzy spells, or often feeling unsteady "
	    "on your feet. If yes, the harder balance tests are left out, to "
	    "keep you safe." },
	/* §1.5, §2.4: some foot checks are not valid done on oneself. */
	[P_PARTNER] = { .kind = FORM_CHOICE, .label = "Someone here to "
	    "help?", .name = "Someone to help", .word = form_yes_no,
	    .nwords = 2, .about = "Is someone with you who could help with "
	    "a few tests? Some foot checks need a second person to look." },
};

static int
choice_of(enum answer a)
{
	return a == ANSWER_YES ? 0 : a == ANSWER_NO ? 1 : -1;
}

static enum answer
answer_of(int choice)
{
	return choice == 0 ? ANSWER_YES : choice == 1 ? ANSWER_NO :
	    ANSWER_UNKNOWN;
}

/* The form from the answers given (going forward or coming back). */
static void
person_enter(struct app *app)
{
	struct form			*f = &app->person.form;
	const struct screening_answers	*a = &app->answers;

	form_init(f, person_fields, P_COUNT);
	if (a->age_years > 0)
		numfield_set(&f->num[P_AGE], a->age_years);
	f->value[P_SEX] = a->sex == SEX_FEMALE ? 0 : a->sex == SEX_MALE ? 1 :
	    2;
	f->value[P_FELL] = choice_of(a->fell_past_year);
	f->value[P_DIZZY] = choice_of(a->dizziness);
	f->value[P_PARTNER] = choice_of(a->partner_present);
}

/* What the form holds into the answers: an age not allowed is none. */
static void
person_save(struct app *app)
{
	const struct form		*f = &app->person.form;
	struct screening_answers	*a = &app->answers;
	double				 v;
	int				 r = form_number(f, P_AGE, &v);

	a->age_years = r == 0 ? (int)v : 0;
	a->sex = f->value[P_SEX] == 0 ? SEX_FEMALE : f->value[P_SEX] == 1 ?
	    SEX_MALE : SEX_UNKNOWN;
	a->fell_past_year = answer_of(f->value[P_FELL]);
	a->dizziness = answer_of(f->value[P_DIZZY]);
	a->partner_present = answer_of(f->value[P_PARTNER]);
	app_touch(app);
}

/*
 * Every answer is needed here: age for the scope and the norms, the rest
 * for the safety of the balance tests (design rule: a missing answer
 * would silently leave a caution out).  Returns 0, or -1 with the focus
 * on the first one missing and a message.
 */
static int
person_complete(struct app *app)
{
	struct form	*f = &app->person.form;
	double		 v;

	for (int i = 0; i < P_COUNT; i++) {
		if (form_check(f, i) != 0) {
			f->focus = i;
			app_message(app, 1, "%s", f->error);
			return -1;
		}
		if ((person_fields[i].kind == FORM_NUMBER &&
		    form_number(f, i, &v) == 1) ||
		    (person_fields[i].kind == FORM_CHOICE && f->value[i] < 0)) {
			f->focus = i;
			app_message(app, 1, "Please answer: %s.",
			    person_fields[i].label);
			return -1;
		}
	}
	return 0;
}

static void
person_done(struct app *app)
{
	int	due;

	if (person_complete(app) != 0)
		return;
	person_save(app);
	/* Under 18: out of scope, the referral explains (§0.1 rule 6). */
	due = referral_due(app);
	if (due < 0)
		return;
	if (due)
		referral_show(app, SCR_SYMPTOMS);
	else
		app_goto(app, SCR_SYMPTOMS);
}

static int
person_key(struct app *app, int key)
{
	struct form	*f = &app->person.form;

	if (key == TK_ENTER) {
		if (form_check(f, f->focus) != 0)
			app_message(app, 1, "%s", f->error);
		else if (f->focus < f->n - 1)
			f->focus++;
		else
			person_done(app);
		return 1;
	}
	switch (form_key(f, key)) {
	case FORM_INVALID:
		app_message(app, 1, "%s", f->error);
		return 1;
	case FORM_CHANGED:
		person_save(app);
		app->message[0] = '\0';
		return 1;
	case FORM_MOVED:
		return 1;
	}
	return 0;
}

static void
person_draw(const struct app *app, struct grid *g, struct rect body)
{
	struct rect	r = intro_column(body);
	int		y, n;

	grid_text(g, r.x, r.y, r.w, "About you", GA_BOLD, GC_DEFAULT);
	n = grid_wrap(g, r.x, r.y + 1, r.w, 2, 0, "These answers pick the "
	    "right comparisons for your results and keep the tests safe for "
	    "you.", 0, GC_MUTED);
	y = r.y + 2 + (n < 2 ? n : 2);
	/* Two lines a field when there is room, else one. */
	form_draw(&app->person.form, g, (struct rect){ r.x, y, r.w,
	    r.y + r.h - 1 - y }, 34, r.h >= 20 ? 1 : 0);
	grid_text(g, r.x, r.y + r.h - 1, r.w, "Enter: next question; on the "
	    "last one, go on to where it hurts.", 0, GC_MUTED);
}

static const struct keybind person_keys[] = {
	{ TK_ENTER, 0, "next", "Go to the next question; on the last one, "
	    "go on.", 1 },
	{ TK_TAB, TK_DOWN, "move", "Move to the next question (Shift-Tab "
	    "or Up: the one before).", 1 },
	{ TK_LEFT, TK_RIGHT, "choose", "Change the answer chosen (Space "
	    "too, or the first letter of an answer: y, n, f, m, p).", 1 },
};

const struct screen_ops screen_person = {
	.title = "about you",
	.keys = person_keys,
	.nkeys = NELEM(person_keys),
	.help = "A few facts about you. Your age picks the averages your "
	    "results are compared with, and this screening is made for "
	    "adults. A fall in the past year or dizziness leaves the harder "
	    "balance tests out, to keep you safe. Type your age with the "
	    "number keys; choose the other answers with the arrow keys, "
	    "Space, the first letter of an answer, or a click.",
	.enter = person_enter,
	.resume = person_enter,
	.key = person_key,
	.draw = person_draw,
};
