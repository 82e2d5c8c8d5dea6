/*
 * scr_person.c: "about you" (issue 5 item 1): age, sex, a fall in the
 * past year, dizziness, and whether someone is there to help.  Age picks
 * the norms and the scope (adults only, evidence sheet §0.1 rule 6), sex
 * the eyes-closed norm (§4.2), falls and dizziness the balance caution
 * (§4.4), and a helper the tests that need a second person (§1.5, §2.4).
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "tui/app.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

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
	f->value[P_FELL] = form_yes_no_choice(a->fell_past_year);
	f->value[P_DIZZY] = form_yes_no_choice(a->dizziness);
	f->value[P_PARTNER] = form_yes_no_choice(a->partner_present);
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
	a->fell_past_year = form_yes_no_answer(f->value[P_FELL]);
	a->dizziness = form_yes_no_answer(f->value[P_DIZZY]);
	a->partner_present = form_yes_no_answer(f->value[P_PARTNER]);
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
	return form_key_saving(app, f, key, person_save);
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
