/*
 * test_tui_questions.c: the question screens (welcome, about, warning
 * signs, referral, about you, where it hurts, which tests) driven by keys
 * with no terminal: the whole flow to the first test with the answers it
 * should leave, the emergency and urgent referrals and what continues
 * after them, Enter marking a page's unanswered statements no, the age
 * check and the under-18 scope, the symptom form, the inflammatory
 * back-pain page, the test-set options, and every screen drawn at 80x24
 * and in ASCII.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/app.h"
#include "testutil.h"
#include "tui_fixture.h"


static void
setup(struct app *app)
{
	app_init(app, &tf_lib, &tf_rules, NULL, NULL, 0.0);
	app->utf8 = 1;
}

static void
press(struct app *app, int key)
{
	app_key(app, key);
}

/* Each character of s as a key. */
static void
type(struct app *app, const char *s)
{
	for (; *s != '\0'; s++)
		app_key(app, (unsigned char)*s);
}

static void
presses(struct app *app, int key, int n)
{
	for (int i = 0; i < n; i++)
		app_key(app, key);
}

/* Draw the whole app into a fresh w x h grid (the caller frees it). */
static void
draw(struct app *app, struct grid *g, int w, int h, int utf8)
{
	ck_assert_int_eq(grid_init(g, w, h, utf8), 0);
	app->cols = w;
	app->lines = h;
	app->utf8 = utf8;
	app_draw(app, g);
}

/*
 * Whether the screen shows text s, allowing it to be wrapped over rows:
 * the rows are joined with single spaces first.
 */
static int
shows(struct app *app, const char *s)
{
	struct grid	 g;
	char		 row[1024], *all, *p, *q;
	size_t		 n = 0, cap = 64 * 1024;
	int		 found;

	draw(app, &g, 100, 30, 1);
	all = malloc(cap);
	ck_assert_ptr_nonnull(all);
	all[0] = '\0';
	for (int y = 0; y < g.h; y++) {
		grid_row(&g, y, row, sizeof row);
		/* the frame of an emergency is not part of the text */
		while ((p = strstr(row, "│")) != NULL)
			memset(p, ' ', strlen("│"));
		for (p = row; *p == ' '; p++)
			;
		n += (size_t)snprintf(all + n, cap - n, "%s ", p);
	}
	/* collapse runs of blanks */
	for (p = q = all; *p != '\0'; p++)
		if (!(*p == ' ' && q > all && q[-1] == ' '))
			*q++ = *p;
	*q = '\0';
	found = strstr(all, s) != NULL;
	free(all);
	grid_free(&g);
	return found;
}

/* Welcome, about: on to the first page of warning signs. */
static void
to_redflags(struct app *app)
{
	ck_assert_int_eq(app->screen, SCR_WELCOME);
	press(app, TK_ENTER);
	ck_assert_int_eq(app->screen, SCR_ABOUT);
	press(app, TK_ENTER);
	ck_assert_int_eq(app->screen, SCR_REDFLAGS);
	ck_assert_int_eq(app->redflags.page, 0);
}

/* Every page answered "none of these". */
static void
redflags_none(struct app *app)
{
	for (int i = 0; i < 5; i++) {
		ck_assert_int_eq(app->screen, SCR_REDFLAGS);
		press(app, TK_ENTER);
	}
	ck_assert_int_eq(app->screen, SCR_PERSON);
}

/* About you: an age, then f/m/p, a fall, dizziness, a helper (y/n). */
static void
person_fill(struct app *app, const char *age, int sex, int fell, int dizzy,
    int partner)
{
	ck_assert_int_eq(app->screen, SCR_PERSON);
	type(app, age);
	press(app, TK_ENTER);
	press(app, sex);
	press(app, fell);
	press(app, dizzy);
	press(app, partner);
	press(app, TK_ENTER);
}

static void
to_symptoms(struct app *app, int partner)
{
	to_redflags(app);
	redflags_none(app);
	person_fill(app, "45", 'f', 'n', 'n', partner);
	ck_assert_int_eq(app->screen, SCR_SYMPTOMS);
}

/* Select list row i (a site) on the symptoms list. */
static void
select_row(struct app *app, int i)
{
	press(app, TK_HOME);
	presses(app, TK_DOWN, i);
	ck_assert_int_eq(app->symptoms.list.sel, i);
}

START_TEST(test_flow_to_first_test)
{
	struct app			 app;
	const struct symptom		*lb;

	setup(&app);
	to_symptoms(&app, 'n');
	/* Low back: left, 6 weeks, 4/10, worse sitting, no, getting better. */
	select_row(&app, SITE_LOW_BACK);
	press(&app, 'y');
	ck_assert_int_eq(app.symptoms.mode, SYM_DETAIL);
	press(&app, 'l');
	type(&app, "6");
	press(&app, TK_ENTER);
	type(&app, "4");
	press(&app, TK_ENTER);
	press(&app, ' ');
	press(&app, TK_ENTER);
	press(&app, 'n');
	press(&app, 'y');
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.symptoms.mode, SYM_LIST);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.symptoms.mode, SYM_AXSPA);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_TESTSET);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_TEST);
	ck_assert_uint_eq(app.sets, SET_QUICK);

	ck_assert_int_eq(app.answers.age_years, 45);
	ck_assert_int_eq(app.answers.sex, SEX_FEMALE);
	ck_assert_int_eq(app.answers.fell_past_year, ANSWER_NO);
	ck_assert_int_eq(app.answers.dizziness, ANSWER_NO);
	ck_assert_int_eq(app.answers.partner_present, ANSWER_NO);
	for (int i = 0; i < RF_COUNT; i++)
		ck_assert_msg(app.answers.redflag[i] == ANSWER_NO,
		    "%s not no", redflag_key((enum redflag)i));
	lb = &app.answers.symptom[SITE_LOW_BACK];
	ck_assert(lb->answered && lb->present);
	ck_assert_int_eq(lb->side, SSIDE_LEFT);
	ck_assert(lb->duration_weeks == 6.0);
	ck_assert(lb->intensity == 4.0);
	ck_assert_uint_eq(lb->worse_with, WORSE_SITTING);
	ck_assert_int_eq(lb->limits_daily_life, ANSWER_NO);
	ck_assert_int_eq(lb->improving, ANSWER_YES);
	for (int s = SITE_LOW_BACK + 1; s < SITE_COUNT; s++)
		ck_assert(app.answers.symptom[s].answered &&
		    !app.answers.symptom[s].present);
	ck_assert(app.touched);
	ck_assert_int_eq(app.result.triage.tier, TRIAGE_SELFCARE);
}
END_TEST

/* Answers survive going back and forth; the form is rebuilt. */
START_TEST(test_back_keeps_answers)
{
	struct app	app;

	setup(&app);
	to_symptoms(&app, 'y');
	press(&app, TK_ESC);
	ck_assert_int_eq(app.screen, SCR_PERSON);
	ck_assert(shows(&app, "[45"));
	ck_assert(shows(&app, "(•) female"));
	press(&app, TK_ESC);
	ck_assert_int_eq(app.screen, SCR_REDFLAGS);
	ck_assert_int_eq(app.redflags.page, 4);
	/* Within the warning signs, Esc goes back a page at a time. */
	press(&app, TK_ESC);
	ck_assert_int_eq(app.screen, SCR_REDFLAGS);
	ck_assert_int_eq(app.redflags.page, 3);
	ck_assert(shows(&app, "[no]"));
	ck_assert(!shows(&app, "[ ? ]"));
	press(&app, TK_ENTER);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_PERSON);
	ck_assert_int_eq(app.answers.age_years, 45);
	ck_assert_int_eq(app.answers.partner_present, ANSWER_YES);
	press(&app, TK_TAB);
	press(&app, TK_TAB);
	press(&app, TK_TAB);
	press(&app, TK_TAB);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_SYMPTOMS);
}
END_TEST

START_TEST(test_emergency_stops)
{
	struct app	app;
	char		call[300];

	setup(&app);
	to_redflags(&app);
	ck_assert(shows(&app, strings_redflag(RF_SADDLE_NUMBNESS)));
	press(&app, 'y');
	ck_assert_int_eq(app.answers.redflag[RF_SADDLE_NUMBNESS], ANSWER_YES);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_REFERRAL);
	ck_assert_int_eq(app.result.triage.tier, TRIAGE_EMERGENCY);
	ck_assert(shows(&app, strings_tier(TRIAGE_EMERGENCY)));
	ck_assert(shows(&app, "EMERGENCY"));
	strings_call_now(call, sizeof call, app.contact);
	ck_assert(shows(&app, call));
	ck_assert(shows(&app, strings_rule(RULE_CAUDA_EQUINA)));
	ck_assert(!shows(&app, "Press c"));
	/* No key goes on with the screening. */
	press(&app, 'c');
	ck_assert_int_eq(app.screen, SCR_REFERRAL);
	ck_assert(app.message_alert);
	press(&app, TK_ENTER);
	press(&app, ' ');
	press(&app, TK_RIGHT);
	ck_assert_int_eq(app.screen, SCR_REFERRAL);
	/* Back corrects a mistake: then the screening goes on. */
	press(&app, TK_ESC);
	ck_assert_int_eq(app.screen, SCR_REDFLAGS);
	ck_assert_int_eq(app.redflags.page, 0);
	press(&app, 'n');
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_REDFLAGS);
	ck_assert_int_eq(app.redflags.page, 1);
}
END_TEST

START_TEST(test_urgent_continues)
{
	struct app	app;

	setup(&app);
	to_redflags(&app);
	press(&app, TK_ENTER);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.redflags.page, 2);
	/* Page 3: cancer now or in the past, the third statement. */
	presses(&app, TK_DOWN, 2);
	press(&app, 'y');
	ck_assert_int_eq(app.answers.redflag[RF_CANCER_HISTORY], ANSWER_YES);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_REFERRAL);
	ck_assert_int_eq(app.result.triage.tier, TRIAGE_URGENT);
	ck_assert(shows(&app, strings_tier(TRIAGE_URGENT)));
	ck_assert(shows(&app, strings_redflag(RF_CANCER_HISTORY)));
	ck_assert(shows(&app, strings_text(STR_H_SAFETY_NET)));
	ck_assert(shows(&app, "Press c"));
	/* The advice scrolls to its end: the last warning sign to watch. */
	ck_assert_uint_gt(app.result.triage.n_safety_net, 0);
	ck_assert(!shows(&app, strings_redflag(app.result.triage.safety_net[
	    app.result.triage.n_safety_net - 1])));
	press(&app, TK_END);
	ck_assert_int_gt(app.referral.scroll, 0);
	ck_assert(shows(&app, strings_redflag(app.result.triage.safety_net[
	    app.result.triage.n_safety_net - 1])));
	press(&app, TK_HOME);
	ck_assert_int_eq(app.referral.scroll, 0);
	/* 'c': the pages not yet answered, then on. */
	press(&app, 'c');
	ck_assert_int_eq(app.screen, SCR_REDFLAGS);
	ck_assert_int_eq(app.redflags.page, 3);
	ck_assert_int_eq(app.answers.redflag[RF_MAJOR_TRAUMA], ANSWER_UNKNOWN);
	press(&app, TK_ENTER);
	press(&app, TK_ENTER);
	/* The same referral is not shown twice. */
	ck_assert_int_eq(app.screen, SCR_PERSON);
	ck_assert_int_eq(app.result.triage.tier, TRIAGE_URGENT);
}
END_TEST

/* A new emergency after an urgent referral was continued is shown. */
START_TEST(test_urgent_then_emergency)
{
	struct app	app;

	setup(&app);
	to_redflags(&app);
	presses(&app, TK_ENTER, 2);
	presses(&app, TK_DOWN, 2);
	press(&app, 'y');
	press(&app, TK_ENTER);
	press(&app, 'c');
	ck_assert_int_eq(app.redflags.page, 3);
	press(&app, TK_ENTER);
	/* Page 5: a serious accident, the first statement. */
	press(&app, 'y');
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_REFERRAL);
	ck_assert_int_eq(app.result.triage.tier, TRIAGE_EMERGENCY);
	press(&app, 'c');
	ck_assert_int_eq(app.screen, SCR_REFERRAL);
}
END_TEST

START_TEST(test_enter_marks_rest_no)
{
	struct app	app;

	setup(&app);
	to_redflags(&app);
	press(&app, TK_DOWN);
	press(&app, 'n');
	ck_assert_int_eq(app.answers.redflag[RF_BLADDER_CHANGE], ANSWER_NO);
	ck_assert_int_eq(app.answers.redflag[RF_SADDLE_NUMBNESS],
	    ANSWER_UNKNOWN);
	ck_assert(shows(&app, "[ ? ]"));
	ck_assert(shows(&app, "the 5 not answered are no"));
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.redflags.page, 1);
	ck_assert_int_eq(app.answers.redflag[RF_SADDLE_NUMBNESS], ANSWER_NO);
	ck_assert_int_eq(app.answers.redflag[RF_BOTH_LEGS], ANSWER_NO);
	ck_assert_int_eq(app.answers.redflag[RF_PROGRESSIVE_WEAKNESS],
	    ANSWER_UNKNOWN);
	/* Space and a click change an answer. */
	press(&app, ' ');
	ck_assert_int_eq(app.answers.redflag[RF_PROGRESSIVE_WEAKNESS],
	    ANSWER_YES);
	press(&app, ' ');
	ck_assert_int_eq(app.answers.redflag[RF_PROGRESSIVE_WEAKNESS],
	    ANSWER_NO);
	press(&app, TK_ITEM(1));
	ck_assert_int_eq(app.redflags.fp.m.sel, 1);
	ck_assert_int_eq(app.answers.redflag[RF_SPREADING_NUMBNESS],
	    ANSWER_YES);
	press(&app, TK_ITEM(1));
	ck_assert_int_eq(app.answers.redflag[RF_SPREADING_NUMBNESS],
	    ANSWER_NO);
}
END_TEST

/* Every warning sign but the inflammatory features is on some page. */
START_TEST(test_pages_cover_flags)
{
	struct app	app;

	setup(&app);
	to_redflags(&app);
	redflags_none(&app);
	for (int i = 0; i < RF_COUNT; i++) {
		int	axspa = i >= RF_AXSPA_ONSET_BEFORE_35;

		ck_assert_msg(app.answers.redflag[i] == (axspa ?
		    ANSWER_UNKNOWN : ANSWER_NO), "%s",
		    redflag_key((enum redflag)i));
	}
}
END_TEST

START_TEST(test_invalid_age)
{
	struct app	app;

	setup(&app);
	to_redflags(&app);
	redflags_none(&app);
	type(&app, "150");
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_PERSON);
	ck_assert_int_eq(app.person.form.focus, 0);
	ck_assert(app.message_alert);
	ck_assert_ptr_nonnull(strstr(app.message, "150"));
	ck_assert_ptr_nonnull(strstr(app.message, "1 to 120"));
	ck_assert_int_eq(app.answers.age_years, 0);
	/* Tab and Down do not leave it either. */
	press(&app, TK_TAB);
	press(&app, TK_DOWN);
	ck_assert_int_eq(app.person.form.focus, 0);
	presses(&app, TK_BACKSPACE, 3);
	ck_assert_int_eq(app.screen, SCR_PERSON);
	type(&app, "0");
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.person.form.focus, 0);
	ck_assert_ptr_nonnull(strstr(app.message, "0 is outside"));
	/* Empty: allowed to move on, but needed to go on. */
	press(&app, TK_BACKSPACE);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.person.form.focus, 1);
	presses(&app, TK_TAB, 4);
	ck_assert_int_eq(app.person.form.focus, 4);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_PERSON);
	ck_assert_int_eq(app.person.form.focus, 0);
	ck_assert_ptr_nonnull(strstr(app.message, "How old are you?"));
	type(&app, "71");
	press(&app, TK_ENTER);
	press(&app, 'p');
	press(&app, 'y');
	press(&app, 'y');
	press(&app, TK_ENTER);
	/* The helper question is not answered yet. */
	ck_assert_int_eq(app.screen, SCR_PERSON);
	ck_assert_int_eq(app.person.form.focus, 4);
	press(&app, 'n');
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_SYMPTOMS);
	ck_assert_int_eq(app.answers.age_years, 71);
	ck_assert_int_eq(app.answers.sex, SEX_UNKNOWN);
	ck_assert_int_eq(app.answers.fell_past_year, ANSWER_YES);
	ck_assert_int_eq(app.answers.dizziness, ANSWER_YES);
}
END_TEST

START_TEST(test_under_18)
{
	struct app	app;

	setup(&app);
	to_redflags(&app);
	redflags_none(&app);
	person_fill(&app, "15", 'm', 'n', 'n', 'n');
	ck_assert_int_eq(app.screen, SCR_REFERRAL);
	ck_assert(app.result.triage.out_of_scope);
	ck_assert(shows(&app, strings_text(STR_OUT_OF_SCOPE)));
	ck_assert(shows(&app, strings_rule(RULE_UNDER_18)));
	press(&app, 'c');
	ck_assert_int_eq(app.screen, SCR_REFERRAL);
	/* A typing mistake is corrected by going back. */
	press(&app, TK_ESC);
	ck_assert_int_eq(app.screen, SCR_PERSON);
	press(&app, TK_HOME);
	presses(&app, TK_UP, 4);
	ck_assert_int_eq(app.person.form.focus, 0);
	presses(&app, TK_BACKSPACE, 2);
	type(&app, "51");
	presses(&app, TK_TAB, 4);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_SYMPTOMS);
}
END_TEST

/* Leg pain limiting life for 8 weeks: a routine referral, then on. */
START_TEST(test_symptom_detail)
{
	struct app		 app;
	const struct symptom	*leg;

	setup(&app);
	to_symptoms(&app, 'n');
	select_row(&app, SITE_LEG_BELOW_KNEE);
	press(&app, 'y');
	ck_assert(shows(&app, "Pain in the leg below the knee"));
	press(&app, 'r');
	type(&app, "8.5");
	press(&app, TK_ENTER);
	type(&app, "11");
	press(&app, TK_ENTER);
	/* 11 is out of 0 to 10: the focus stays. */
	ck_assert_int_eq(app.symptoms.form.focus, 2);
	ck_assert_ptr_nonnull(strstr(app.message, "11"));
	press(&app, TK_BACKSPACE);
	press(&app, TK_ENTER);
	/* Two boxes, then Enter jumps past the rest. */
	press(&app, TK_DOWN);
	press(&app, ' ');
	press(&app, TK_DOWN);
	press(&app, TK_ITEM((3 + 7) * 16));
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.symptoms.form.focus, 11);
	press(&app, 'y');
	press(&app, 'n');
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.symptoms.mode, SYM_LIST);
	ck_assert(shows(&app, "[yes] leg below the knee (right), for 8.5 "
	    "weeks, intensity 1 out of 10"));
	leg = &app.answers.symptom[SITE_LEG_BELOW_KNEE];
	ck_assert(leg->present);
	ck_assert_int_eq(leg->side, SSIDE_RIGHT);
	ck_assert(leg->duration_weeks == 8.5);
	ck_assert(leg->intensity == 1.0);
	ck_assert_uint_eq(leg->worse_with, WORSE_STANDING | WORSE_NIGHT);
	ck_assert_int_eq(leg->limits_daily_life, ANSWER_YES);
	ck_assert_int_eq(leg->improving, ANSWER_NO);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_REFERRAL);
	ck_assert_int_eq(app.result.triage.rule, RULE_LEG_PAIN_PERSISTENT);
	ck_assert(shows(&app, strings_rule(RULE_LEG_PAIN_PERSISTENT)));
	ck_assert(shows(&app, "leg below the knee (right), for 8.5 weeks"));
	press(&app, 'c');
	ck_assert_int_eq(app.screen, SCR_TESTSET);
	/* Marking it no again clears the details. */
	press(&app, TK_ESC);
	press(&app, TK_ESC);
	ck_assert_int_eq(app.screen, SCR_SYMPTOMS);
	select_row(&app, SITE_LEG_BELOW_KNEE);
	press(&app, 'n');
	ck_assert(!leg->present);
	ck_assert(isnan(leg->duration_weeks));
}
END_TEST

START_TEST(test_axspa_only_with_low_back)
{
	struct app	app;

	/* No low back pain: no inflammatory page. */
	setup(&app);
	to_symptoms(&app, 'n');
	select_row(&app, SITE_KNEE);
	press(&app, 'y');
	press(&app, TK_ESC);
	ck_assert_int_eq(app.symptoms.mode, SYM_LIST);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_TESTSET);
	for (int i = RF_AXSPA_ONSET_BEFORE_35; i < RF_COUNT; i++)
		ck_assert_int_eq(app.answers.redflag[i], ANSWER_UNKNOWN);

	/* Low back and buttock pain: the page, the buttock already yes. */
	setup(&app);
	to_symptoms(&app, 'n');
	select_row(&app, SITE_LOW_BACK);
	press(&app, 'y');
	press(&app, TK_ESC);
	select_row(&app, SITE_BUTTOCK);
	press(&app, 'y');
	press(&app, TK_ESC);
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_SYMPTOMS);
	ck_assert_int_eq(app.symptoms.mode, SYM_AXSPA);
	ck_assert(shows(&app, strings_redflag(RF_AXSPA_PSORIASIS)));
	ck_assert_int_eq(app.answers.redflag[RF_AXSPA_BUTTOCK_PAIN],
	    ANSWER_YES);
	press(&app, 'y');
	press(&app, TK_ENTER);
	ck_assert_int_eq(app.screen, SCR_TESTSET);
	ck_assert_int_eq(app.answers.redflag[RF_AXSPA_ONSET_BEFORE_35],
	    ANSWER_YES);
	ck_assert_int_eq(app.answers.redflag[RF_AXSPA_PSORIASIS], ANSWER_NO);

	/* "No pain anywhere" is one key. */
	setup(&app);
	to_symptoms(&app, 'n');
	press(&app, '0');
	ck_assert_int_eq(app.screen, SCR_TESTSET);
	for (int s = 0; s < SITE_COUNT; s++)
		ck_assert(app.answers.symptom[s].answered &&
		    !app.answers.symptom[s].present);
}
END_TEST

START_TEST(test_testset_options)
{
	struct app	app;

	setup(&app);
	to_symptoms(&app, 'n');
	press(&app, '0');
	ck_assert_int_eq(app.screen, SCR_TESTSET);
	ck_assert_int_eq(app.testset.m.n, 2);
	ck_assert(!shows(&app, "balance-board"));
	ck_assert(!shows(&app, "helper"));
	ck_assert(shows(&app, test_title(TEST_SHOE_WEAR)));
	ck_assert(!shows(&app, test_title(TEST_KNEE_WALKING)));
	/* Choosing the full set lists its tests. */
	press(&app, TK_DOWN);
	press(&app, ' ');
	ck_assert(shows(&app, test_title(TEST_KNEE_WALKING)));

	/* A board (the demo's) and a helper: both offered, both ticked. */
	setup(&app);
	app.demo = 1;
	to_symptoms(&app, 'y');
	press(&app, '0');
	ck_assert_int_eq(app.testset.m.n, 4);
	ck_assert(shows(&app, "balance-board"));
	ck_assert(shows(&app, "helper"));
	ck_assert(shows(&app, test_title(TEST_FPI6)));
	/* Untick the helper's tests, then begin with the quick set. */
	press(&app, TK_ITEM(3));
	ck_assert(!shows(&app, test_title(TEST_FPI6)));
	press(&app, TK_HOME);
	press(&app, TK_ENTER);
	ck_assert_uint_eq(app.sets, SET_QUICK | SET_BOARD);
	ck_assert_int_eq(app.screen, SCR_TEST);
}
END_TEST

/*
 * The screen fits 80x24: not the "too small" message, nothing in the last
 * column but a scroll mark or a frame (the screens keep a margin), and
 * whole is shown whole on one row (a line that would be clipped is not).
 */
static void
check_fits(struct app *app, const char *what, const char *whole)
{
	struct grid		 g;
	const struct grid_cell	*c;

	draw(app, &g, 80, 24, 1);
	ck_assert_msg(!grid_contains(&g, "make it bigger"), "%s", what);
	ck_assert_msg(grid_contains(&g, whole), "%s: no row holds '%s'", what,
	    whole);
	for (int y = 1; y <= 21; y++) {
		c = grid_at(&g, 79, y);
		ck_assert_msg(c->ch == ' ' || c->ch == 0x2191 ||
		    c->ch == 0x2193 || c->ch == 0x2502 || c->ch == 0x2510 ||
		    c->ch == 0x2518, "%s: row %d runs to the edge (U+%04X)",
		    what, y, (unsigned)c->ch);
	}
	grid_free(&g);
}

/* In ASCII mode no byte of any row is above 0x7f. */
static void
check_ascii(struct app *app, const char *what)
{
	struct grid	g;
	char		row[1024];

	draw(app, &g, 80, 24, 0);
	for (int y = 0; y < g.h; y++) {
		grid_row(&g, y, row, sizeof row);
		for (const char *p = row; *p != '\0'; p++)
			ck_assert_msg((unsigned char)*p < 0x80,
			    "%s: row %d: %s", what, y, row);
	}
	grid_free(&g);
	app->utf8 = 1;
}

static void
check_screen(struct app *app, const char *what, const char *whole)
{
	check_fits(app, what, whole);
	check_ascii(app, what);
}

START_TEST(test_draw_small_and_ascii)
{
	struct app	app;

	setup(&app);
	check_screen(&app, "welcome", "Press Enter to start.");
	press(&app, TK_ENTER);
	check_screen(&app, "about", "Press Enter if you understand and want "
	    "to go on.");
	press(&app, TK_ENTER);
	check_screen(&app, "warning signs", "Enter: the 6 not answered are "
	    "no, then the next page.");
	press(&app, 'y');
	press(&app, TK_ENTER);
	check_screen(&app, "emergency", "Esc goes back to change it.");
	press(&app, TK_ESC);
	press(&app, 'n');
	presses(&app, TK_ENTER, 2);
	presses(&app, TK_DOWN, 2);
	press(&app, 'y');
	press(&app, TK_ENTER);
	check_screen(&app, "urgent", strings_tier(TRIAGE_URGENT));
	press(&app, TK_END);
	check_screen(&app, "urgent, scrolled", "Press c to go on with the "
	    "screening anyway");
	press(&app, 'c');
	presses(&app, TK_ENTER, 2);
	check_screen(&app, "about you", "Enter: next question; on the last "
	    "one, go on to where it hurts.");
	person_fill(&app, "45", 'f', 'n', 'n', 'y');
	check_screen(&app, "where it hurts", "Enter: 8 not marked are no, and "
	    "on to the tests. 0: no pain anywhere.");
	press(&app, 'y');
	check_screen(&app, "symptom form", "All optional: answer what you "
	    "know. Enter moves on; Esc returns to the list.");
	press(&app, TK_ESC);
	press(&app, TK_ENTER);
	check_screen(&app, "inflammatory back pain", "Enter: the 9 not "
	    "answered are no, then on.");
	press(&app, TK_ENTER);
	app.demo = 1;
	ck_assert_int_eq(app.screen, SCR_TESTSET);
	app_replace(&app, SCR_TESTSET);
	check_screen(&app, "which tests", "with the tests your helper does "
	    "with you");

	/* Out of scope. */
	setup(&app);
	to_redflags(&app);
	redflags_none(&app);
	person_fill(&app, "12", 'f', 'n', 'n', 'n');
	check_screen(&app, "under 18", "The screening stops here. If your "
	    "age was typed wrongly");
}
END_TEST

/* Every key of these screens has a hint and a help sentence. */
START_TEST(test_key_tables)
{
	static const enum screen_id	ids[] = {
		SCR_WELCOME, SCR_ABOUT, SCR_REDFLAGS, SCR_REFERRAL,
		SCR_PERSON, SCR_SYMPTOMS, SCR_TESTSET
	};

	for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		const struct screen_ops	*o = screen_ops_table[ids[i]];

		ck_assert_msg(o->help != NULL && strlen(o->help) > 40, "%s",
		    screen_name(ids[i]));
		ck_assert_msg(o->nkeys > 0 && o->draw != NULL &&
		    o->key != NULL && o->enter != NULL, "%s",
		    screen_name(ids[i]));
		for (size_t k = 0; k < o->nkeys; k++)
			ck_assert_msg(o->keys[k].label[0] != '\0' &&
			    o->keys[k].help[strlen(o->keys[k].help) - 1] == '.',
			    "%s key %zu", screen_name(ids[i]), k);
	}
}
END_TEST

/* The welcome screen offers the board only when there is one. */
START_TEST(test_welcome_board)
{
	struct app	app;

	setup(&app);
	ck_assert(!shows(&app, "Press b"));
	press(&app, 'b');
	ck_assert_int_eq(app.screen, SCR_WELCOME);
	app.board.present = 1;
	app.board.status = BOARD_CONNECTED;
	ck_assert(shows(&app, "Press b"));
	press(&app, 'b');
	ck_assert_int_eq(app.screen, SCR_BOARD);
}
END_TEST

static Suite *
questions_suite(void)
{
	Suite	*s = suite_create("tui_questions");
	TCase	*tc = tcase_create("questions");

	tcase_add_test(tc, test_flow_to_first_test);
	tcase_add_test(tc, test_back_keeps_answers);
	tcase_add_test(tc, test_emergency_stops);
	tcase_add_test(tc, test_urgent_continues);
	tcase_add_test(tc, test_urgent_then_emergency);
	tcase_add_test(tc, test_enter_marks_rest_no);
	tcase_add_test(tc, test_pages_cover_flags);
	tcase_add_test(tc, test_invalid_age);
	tcase_add_test(tc, test_under_18);
	tcase_add_test(tc, test_symptom_detail);
	tcase_add_test(tc, test_axspa_only_with_low_back);
	tcase_add_test(tc, test_testset_options);
	tcase_add_test(tc, test_draw_small_and_ascii);
	tcase_add_test(tc, test_welcome_board);
	tcase_add_test(tc, test_key_tables);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	if (tf_load() < 0)
		return 1;
	return tu_run(questions_suite());
}
