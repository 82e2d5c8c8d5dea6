/*
 * scr_referral.c: what to do about the triage result (evidence sheet
 * §6.4), in the words of strings.h: the headline, what to do, who to see
 * and how soon, what the answers may mean, the emergency number, what to
 * tell them, and the warning signs to watch for.
 *
 * After an emergency answer the screening stops (§0.1 rule 1): the only
 * ways out are back, to correct an answer given by mistake, and quit.
 * Under 18 it stops too (§0.1 rule 6).  After an urgent or routine
 * result, 'c' continues the screening with the advice kept.  The screen
 * is alarming in words and symbols as well as colour.
 */
#include <config.h>

#include <stdio.h>

#include "tui/app.h"

int
referral_can_continue(const struct app *app)
{
	const struct triage_result	*t = &app->result.triage;

	return t->tier != TRIAGE_EMERGENCY && !t->out_of_scope;
}

int
referral_due(struct app *app)
{
	const struct triage_result	*t = &app->result.triage;

	if (app_compute(app) != 0)
		return -1;
	if (t->out_of_scope || t->tier == TRIAGE_EMERGENCY)
		return 1;
	if (t->tier == TRIAGE_SELFCARE)
		return 0;
	/* Something matched that the person has not read yet. */
	return (t->rules_matched & ~(1ul << RULE_NONE) &
	    ~app->referral.seen) != 0;
}

void
referral_show(struct app *app, int next)
{
	app->referral.next_pending = next;
	app->referral.pending = 1;
	app_goto(app, SCR_REFERRAL);
}

static const struct emergency_contact *
contact(const struct app *app)
{
	return app->contact != NULL ? app->contact :
	    strings_emergency(app->answers.country);
}

/* The headline, marked in words and symbols, not colour alone. */
static void
referral_headline(const struct app *app, struct doc *d)
{
	const struct triage_result	*t = &app->result.triage;
	char				 buf[600];

	switch (t->tier) {
	case TRIAGE_EMERGENCY:
		doc_printf(d, 0, GA_BOLD | GA_REVERSE, GC_ALERT, " !! %s !! ",
		    strings_tier(t->tier));
		doc_blank(d);
		strings_call_now(buf, sizeof buf, contact(app));
		doc_text(d, 0, buf, GA_BOLD, GC_ALERT);
		/* §0.1 rule 1: nothing else is scored. */
		doc_text(d, 0, "Stop the screening here: do no tests and no "
		    "exercises.", GA_BOLD, GC_ALERT);
		break;
	case TRIAGE_URGENT:
		doc_printf(d, 0, GA_BOLD, GC_ALERT, "! %s",
		    strings_tier(t->tier));
		break;
	case TRIAGE_ROUTINE:
		doc_printf(d, 0, GA_BOLD, GC_NOTE, "* %s",
		    strings_tier(t->tier));
		break;
	case TRIAGE_SELFCARE:
		doc_text(d, 0, strings_tier(t->tier), GA_BOLD, GC_OK);
		break;
	}
	doc_blank(d);
	doc_text(d, 0, strings_tier_advice(t->tier), 0, GC_DEFAULT);
}

/* Who, how soon, and what the answers may mean. */
static void
referral_why(const struct app *app, struct doc *d)
{
	const struct triage_result	*t = &app->result.triage;

	if (t->professional != PRO_NONE) {
		doc_blank(d);
		doc_printf(d, 0, GA_BOLD, GC_DEFAULT, "%s: %s",
		    strings_text(STR_SEE),
		    strings_professional(t->professional));
		doc_printf(d, 0, GA_BOLD, GC_DEFAULT, "%s: %s",
		    strings_text(STR_WHEN), strings_how_soon(t->how_soon));
	}
	doc_blank(d);
	doc_printf(d, 0, 0, GC_DEFAULT, "%s: %s", strings_text(STR_WHY),
	    strings_rule(t->rule));
	for (int k = RULE_NONE + 1; k < RULE_COUNT; k++)
		if (k != (int)t->rule && (t->rules_matched & (1ul << k)))
			doc_item(d, 2, "•", strings_rule((enum triage_rule)k),
			    0, GC_DEFAULT);
	if (t->out_of_scope) {
		doc_blank(d);
		doc_text(d, 0, strings_text(STR_OUT_OF_SCOPE), GA_BOLD,
		    GC_DEFAULT);
	}
}

/* What to tell them: every yes, the symptoms, other points. */
static void
referral_tell(const struct app *app, struct doc *d)
{
	const struct triage_result	*t = &app->result.triage;
	char				 buf[512];
	unsigned			 facts;

	/*
	 * The age is asked after the warning signs, so "age not given" is
	 * only the order of the questions, and a clinician asks it anyway.
	 */
	facts = t->facts & ~(1u << TF_AGE_UNKNOWN);
	if (t->n_flags == 0 && t->sites == 0 && facts == 0)
		return;
	doc_heading(d, strings_text(STR_H_TELL));
	if (t->n_flags > 0) {
		doc_printf(d, 0, 0, GC_DEFAULT, "%s:",
		    strings_text(STR_YOU_SAID_YES));
		for (size_t i = 0; i < t->n_flags; i++)
			doc_item(d, 2, "•", strings_redflag(t->flags[i]), 0,
			    GC_DEFAULT);
	}
	if (t->sites != 0) {
		doc_printf(d, 0, 0, GC_DEFAULT, "%s:",
		    strings_text(STR_SYMPTOMS));
		for (int s = 0; s < SITE_COUNT; s++)
			if (t->sites & (1u << s))
				doc_item(d, 2, "•", symptoms_describe(buf,
				    sizeof buf, &app->answers.symptom[s],
				    (enum symptom_site)s, 1), 0, GC_DEFAULT);
	}
	if (facts != 0) {
		doc_printf(d, 0, 0, GC_DEFAULT, "%s:",
		    strings_text(STR_OTHER_POINTS));
		for (int k = 0; k < TF_COUNT; k++)
			if (facts & (1u << k))
				doc_item(d, 2, "•",
				    strings_fact((enum triage_fact)k), 0,
				    GC_DEFAULT);
	}
}

/* §6.4 tier S: the emergency list as "seek help at once if ...". */
static void
referral_safety_net(const struct app *app, struct doc *d)
{
	const struct triage_result	*t = &app->result.triage;
	char				 buf[300];

	if (t->tier == TRIAGE_EMERGENCY || t->n_safety_net == 0)
		return;
	doc_heading(d, strings_text(STR_H_SAFETY_NET));
	strings_call_if(buf, sizeof buf, contact(app));
	doc_text(d, 0, buf, 0, GC_DEFAULT);
	for (size_t i = 0; i < t->n_safety_net; i++)
		doc_item(d, 2, "•", strings_redflag(t->safety_net[i]), 0,
		    GC_DEFAULT);
}

static void
referral_layout(const struct app *app, struct doc *d)
{
	referral_headline(app, d);
	referral_why(app, d);
	referral_tell(app, d);
	referral_safety_net(app, d);
}

/* Where the text goes: inside an alarm frame for an emergency, and above
 * the line that says how to go on. */
static struct rect
referral_text_rect(const struct app *app, struct rect body)
{
	struct rect	r = body;

	if (app->result.triage.tier == TRIAGE_EMERGENCY) {
		r.x += 1;
		r.y += 1;
		r.w -= 2;
		r.h -= 2;
	}
	r.h -= 3;	/* a blank line and the way on (two lines) */
	return intro_column(r);
}

static void
referral_enter(struct app *app)
{
	struct scr_referral	*r = &app->referral;

	r->next = r->pending ? r->next_pending : -1;
	r->pending = 0;
	r->scroll = 0;
}

/* Back from a later screen: the answers may have moved on since. */
static void
referral_resume(struct app *app)
{
	app_compute(app);
}

static int
referral_key(struct app *app, int key)
{
	struct scr_referral	*r = &app->referral;
	int			 rows, total;

	if (key == 'c' || key == 'C') {
		if (!referral_can_continue(app)) {
			app_message(app, 1, "The screening cannot go on after "
			    "this answer. Esc goes back to change an answer "
			    "given by mistake; q quits.");
			return 1;
		}
		r->seen |= app->result.triage.rules_matched;
		if (r->next < 0)
			app_back(app);
		else
			app_goto(app, (enum screen_id)r->next);
		return 1;
	}
	rows = doc_fit(app, referral_layout, referral_text_rect(app,
	    doc_body(app)), &total);
	return doc_scroll_key(&r->scroll, total, rows, key);
}

static void
referral_draw(const struct app *app, struct grid *g, struct rect body)
{
	const struct triage_result	*t = &app->result.triage;
	struct rect			 r = referral_text_rect(app, body);
	const char			*way;

	if (t->tier == TRIAGE_EMERGENCY)
		grid_box(g, body, "EMERGENCY", GC_ALERT);
	doc_show(app, g, r, app->referral.scroll, referral_layout);
	if (t->tier == TRIAGE_EMERGENCY)
		way = "The screening stops here: this comes first. If you "
		    "answered yes by mistake, Esc goes back to change it.";
	else if (t->out_of_scope)
		way = "The screening stops here. If your age was typed "
		    "wrongly, Esc goes back to correct it.";
	else if (app->referral.next < 0)
		way = "Press c or Esc to go back.";
	else
		way = "Press c to go on with the screening anyway; this "
		    "advice stays with your results.";
	grid_wrap(g, r.x, r.y + r.h + 1, r.w, 2, 0, way, GA_BOLD,
	    t->tier == TRIAGE_EMERGENCY ? GC_ALERT : GC_DEFAULT);
}

static const struct keybind referral_keys[] = {
	{ 'c', 0, "continue", "Go on with the screening, keeping this "
	    "advice (not after an emergency answer, and not under 18).", 0 },
	{ TK_DOWN, TK_PGDN, "read on", "Scroll the advice (Up, PgUp, Home "
	    "and End too).", 1 },
};

const struct screen_ops screen_referral = {
	.title = "what to do now",
	.keys = referral_keys,
	.nkeys = sizeof referral_keys / sizeof referral_keys[0],
	.help = "Some of your answers need a clinician's attention. This "
	    "screen says what to do, who to see and how soon, and what to "
	    "tell them. A warning sign is a reason to be checked, not a "
	    "diagnosis. After an emergency answer the screening stops; if the "
	    "answer was a mistake, go back with Esc and change it.",
	.enter = referral_enter,
	.resume = referral_resume,
	.key = referral_key,
	.draw = referral_draw,
};
