/*
 * test_tui_results.c: the results, plan and guided exercise screens with
 * no terminal (src/tui/scr_results.c, scr_plan.c, scr_exercise.c,
 * bodymap.c).  Answers are read from small answers files written here,
 * run through the core (app_compute), and the screens are driven with
 * keys and the clock and read back from the grid: the body map puts each
 * finding on its region and side, the sections switch, every line opens
 * to its reason with the threshold and its source, flagged differences
 * are marked in symbols and words, the plan lists every exercise with its
 * dose, the guided exercise counts holds, repetitions, sets, rest and
 * sides, an emergency has no plan, and every screen fits 80 x 24 in
 * UTF-8 and in plain ASCII.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screening/answers.h"
#include "testutil.h"
#include "tui_fixture.h"
#include "tui/app.h"
#include "tui/bodymap.h"

/* A pronated left foot, the left knee moving in, low back pain. */
static const char pronated_left[] =
	"[person]\nage = 42\nsex = female\nfell_past_year = no\n"
	"[red_flags]\nsaddle_numbness = no\ncancer_history = no\n"
	"[symptom.low_back]\npresent = yes\nside = centre\n"
	"duration_weeks = 3\nintensity = 4\n"
	"[left]\nshoe_wear = inner\nheel_tilt = outward\n"
	"fpi1 = 2\nfpi2 = 1\nfpi3 = 2\nfpi4 = 1\nfpi5 = 1\nfpi6 = 1\n"
	"fpi_by = partner\nnavicular_neutral_mm = 48\n"
	"navicular_relaxed_mm = 35\nnavicular_by = trainer\n"
	"squat_knee = medial\nsquat_pelvic_drop = no\n"
	"sls_eyes_open_s = 40\nheel_raise_reps = 26\n"
	"[right]\nshoe_wear = even\nheel_tilt = upright\n"
	"fpi1 = 0\nfpi2 = 0\nfpi3 = 0\nfpi4 = 0\nfpi5 = 1\nfpi6 = 1\n"
	"fpi_by = partner\nnavicular_neutral_mm = 47\n"
	"navicular_relaxed_mm = 42\nnavicular_by = trainer\n"
	"squat_knee = over_foot\nsquat_pelvic_drop = no\n"
	"sls_eyes_open_s = 42\nheel_raise_reps = 27\n"
	"[tests]\nheel_raise_protocol = flat_floor\n";

/* 74 years old, 4 s and 6 s on one leg: fall risk and caution. */
static const char older_adult[] =
	"[person]\nage = 74\nsex = female\nfell_past_year = no\n"
	"dizziness = no\ntandem_10s = yes\n"
	"[red_flags]\nsaddle_numbness = no\n"
	"[left]\nsls_eyes_open_s = 4\nheel_raise_reps = 9\n"
	"[right]\nsls_eyes_open_s = 6\nheel_raise_reps = 11\n"
	"[tests]\nheel_raise_protocol = flat_floor\n";

/* Saddle numbness: an emergency, nothing else scored. */
static const char emergency[] =
	"[person]\nage = 50\nsex = female\n"
	"[red_flags]\nsaddle_numbness = yes\n"
	"[symptom.low_back]\npresent = yes\nside = both\nintensity = 8\n";

/* The first row holding needle, or -1. */
static int
row_with(const char *needle)
{
	for (int y = 0; y < G.h; y++)
		if (strstr(tf_row(y), needle) != NULL)
			return y;
	return -1;
}

/* Load answers, score them and open the results. */
static void
results_of(const char *ini)
{
	struct answers_error	err;

	ck_assert_msg(answers_load_text("t.ini", ini, strlen(ini), &A->answers,
	    &err) == 0, "%s", err.msg);
	ck_assert_int_eq(app_compute(A), 0);
	app_goto(A, SCR_RESULTS);
	ck_assert_int_eq(A->screen, SCR_RESULTS);
	tf_draw();
}

static void
key(int k)
{
	app_key(A, k);
	tf_draw();
}

/* The row of the list's selection (the menu marks it "▸ "). */
static const char *
selected(void)
{
	int	y = row_with("▸ ");

	return y >= 0 ? tf_row(y) : "";
}

/* Move down the current list until the selected line holds needle. */
static void
select_line(const char *needle)
{
	key(TK_HOME);
	for (int i = 0; i < 200; i++) {
		if (strstr(selected(), needle) != NULL)
			return;
		key(TK_DOWN);
	}
	tf_has(needle);
	ck_abort_msg("line never selected: '%s'", needle);
}

/* ---- the body map ---- */

START_TEST(bodymap_places_findings)
{
	struct findings		f;
	struct body_marks	m;
	struct screening_answers a;
	unsigned		where;

	memset(&f, 0, sizeof f);
	f.where[FINDING_PRONATED] = FOUND_LEFT;
	f.where[FINDING_KNEE_VALGUS] = FOUND_RIGHT;
	f.where[FINDING_PELVIC_DROP] = FOUND_LEFT | FOUND_RIGHT;
	f.where[FINDING_HEEL_RAISE_LOW] = FOUND_RIGHT;
	f.where[FINDING_PAIN_LOW_BACK] = FOUND_GLOBAL;
	f.where[FINDING_PAIN_KNEE] = FOUND_GLOBAL;
	f.where[FINDING_LEG_LENGTH_DIFFERENCE] = FOUND_GLOBAL;
	f.where[FINDING_FALL_RISK] = FOUND_GLOBAL;
	bodymap_marks(&f, NULL, &m);

	ck_assert(m.left[BODY_FOOT] & FINDING_BIT(FINDING_PRONATED));
	ck_assert(!(m.right[BODY_FOOT] & FINDING_BIT(FINDING_PRONATED)));
	ck_assert(m.right[BODY_KNEE] & FINDING_BIT(FINDING_KNEE_VALGUS));
	ck_assert(!(m.left[BODY_KNEE] & FINDING_BIT(FINDING_KNEE_VALGUS)));
	ck_assert(m.left[BODY_HIP] & FINDING_BIT(FINDING_PELVIC_DROP));
	ck_assert(m.right[BODY_HIP] & FINDING_BIT(FINDING_PELVIC_DROP));
	ck_assert(m.right[BODY_LOWER_LEG] &
	    FINDING_BIT(FINDING_HEEL_RAISE_LOW));
	ck_assert(m.centre[BODY_LOW_BACK] & FINDING_BIT(FINDING_PAIN_LOW_BACK));
	ck_assert(m.centre[BODY_PELVIS] &
	    FINDING_BIT(FINDING_LEG_LENGTH_DIFFERENCE));
	ck_assert(m.general & FINDING_BIT(FINDING_FALL_RISK));
	ck_assert_int_eq(bodymap_where(&m, FINDING_KNEE_VALGUS, &where),
	    BODY_KNEE);
	ck_assert_uint_eq(where, BODYMAP_RIGHT);
	ck_assert_int_eq(bodymap_where(&m, FINDING_FALL_RISK, &where), -1);
	ck_assert_int_eq(bodymap_where(&m, FINDING_NO_PAIN, &where), -1);
	ck_assert_uint_eq(where, 0);

	/* Pain goes where it was felt when the answers say. */
	screening_answers_init(&a);
	a.symptom[SITE_KNEE].side = SSIDE_LEFT;
	a.symptom[SITE_LOW_BACK].side = SSIDE_BOTH;
	bodymap_marks(&f, &a, &m);
	ck_assert(m.left[BODY_KNEE] & FINDING_BIT(FINDING_PAIN_KNEE));
	ck_assert(!(m.centre[BODY_KNEE] & FINDING_BIT(FINDING_PAIN_KNEE)));
	ck_assert(m.left[BODY_LOW_BACK] & FINDING_BIT(FINDING_PAIN_LOW_BACK));
	ck_assert(m.right[BODY_LOW_BACK] &
	    FINDING_BIT(FINDING_PAIN_LOW_BACK));
	a.symptom[SITE_LOW_BACK].side = SSIDE_CENTRE;
	bodymap_marks(&f, &a, &m);
	ck_assert(m.centre[BODY_LOW_BACK] & FINDING_BIT(FINDING_PAIN_LOW_BACK));
	ck_assert_uint_eq(m.left[BODY_LOW_BACK], 0);
}
END_TEST

START_TEST(bodymap_legend_and_figure)
{
	struct findings		f;
	struct body_marks	m;
	enum finding_id		leg[FINDING_COUNT];
	struct grid		g;
	char			buf[256];
	int			n, feet = -1, knees = -1, back = -1;

	memset(&f, 0, sizeof f);
	f.where[FINDING_PAIN_LOW_BACK] = FOUND_GLOBAL;
	f.where[FINDING_KNEE_VALGUS] = FOUND_RIGHT;
	f.where[FINDING_PRONATED] = FOUND_LEFT;
	f.where[FINDING_FALL_RISK] = FOUND_GLOBAL;
	bodymap_marks(&f, NULL, &m);
	/* From the feet up, the general ones last. */
	n = bodymap_legend(&m, leg, FINDING_COUNT);
	ck_assert_int_eq(n, 4);
	ck_assert_int_eq(leg[0], FINDING_PRONATED);
	ck_assert_int_eq(leg[1], FINDING_KNEE_VALGUS);
	ck_assert_int_eq(leg[2], FINDING_PAIN_LOW_BACK);
	ck_assert_int_eq(leg[3], FINDING_FALL_RISK);

	for (int utf8 = 1; utf8 >= 0; utf8--) {
		ck_assert_int_eq(grid_init(&g, BODYMAP_W, BODYMAP_H, utf8), 0);
		bodymap_draw(&m, &g, (struct rect){ 0, 0, BODYMAP_W,
		    BODYMAP_H });
		for (int y = 0; y < g.h; y++) {
			grid_row(&g, y, buf, sizeof buf);
			if (strncmp(buf, "feet", 4) == 0)
				feet = y;
			if (strncmp(buf, "knees", 5) == 0)
				knees = y;
			if (strncmp(buf, "low back", 8) == 0)
				back = y;
		}
		ck_assert_int_ge(feet, 0);
		/* Finding 1 on the left foot, 2 on the right knee, 3 in
		 * the middle of the low back, 4 for the whole body. */
		/* The number beside the marked side, outside the body. */
		grid_row(&g, feet, buf, sizeof buf);
		ck_assert_msg(strstr(buf, " 1 ") != NULL, "%s", buf);
		ck_assert_ptr_nonnull(strstr(buf, utf8 ? "●" : "*"));
		ck_assert_ptr_null(strstr(buf, "2"));
		ck_assert_int_lt(strstr(buf, "1") - buf,
		    strstr(buf, "|") - buf);
		grid_row(&g, knees, buf, sizeof buf);
		ck_assert_ptr_nonnull(strstr(buf, utf8 ? "●" : "*"));
		ck_assert_int_gt(strstr(buf, "2") - buf,
		    strstr(buf, utf8 ? "●" : "*") - buf);
		ck_assert_int_gt(strstr(buf, "2") - buf,
		    strstr(buf, "o") - buf);
		grid_row(&g, back, buf, sizeof buf);
		ck_assert_ptr_nonnull(strstr(buf, "3"));
		ck_assert_ptr_null(strstr(buf, utf8 ? "●" : "*"));
		ck_assert(grid_contains(&g, "whole body: 4"));
		ck_assert(grid_contains(&g, "left"));
		ck_assert(grid_contains(&g, "right"));
		grid_free(&g);
	}
}
END_TEST

/* ---- the results screen ---- */

START_TEST(overview_map_and_findings)
{
	struct body_marks	m;
	enum finding_id		leg[FINDING_COUNT];
	char			want[128];
	int			n, y, k;

	results_of(pronated_left);
	ck_assert(A->result.scored);
	tf_has("[1 Overview]");
	tf_has("Result: No warning signs found");
	n = bodymap_legend((bodymap_marks(&A->result.findings, &A->answers,
	    &m), &m), leg, FINDING_COUNT);
	ck_assert_int_gt(n, 2);
	/* Every finding is listed in words with its number and side. */
	for (k = 0; k < n; k++) {
		snprintf(want, sizeof want, "%d %s", k + 1,
		    strings_finding(leg[k])->label);
		tf_has(want);
	}
	snprintf(want, sizeof want, "%s, %s",
	    strings_finding(FINDING_KNEE_VALGUS)->label,
	    strings_text(STR_ON_LEFT));
	tf_has(want);
	/* The pronated left foot is numbered on the left of the figure. */
	for (k = 0; k < n && leg[k] != FINDING_PRONATED; k++)
		;
	ck_assert_int_lt(k, n);
	y = row_with("feet ");
	ck_assert_int_ge(y, 0);
	snprintf(want, sizeof want, "%d", k + 1);
	ck_assert_ptr_nonnull(strstr(tf_row(y), want));
	ck_assert_ptr_nonnull(strstr(tf_row(y), "●"));
	/* Low back pain in the centre of the low back, no side marked. */
	for (k = 0; k < n && leg[k] != FINDING_PAIN_LOW_BACK; k++)
		;
	ck_assert_int_lt(k, n);
	y = row_with("low back ");
	ck_assert_int_ge(y, 0);
	{
		const char *bar = strchr(tf_row(y) + 18, '|');

		ck_assert_ptr_nonnull(bar);
		snprintf(want, sizeof want, "%d", k + 1);
		ck_assert_msg(strstr(bar, want) != NULL &&
		    strstr(bar, want) < strchr(bar + 1, '|'), "%s", tf_row(y));
	}
	ck_assert_ptr_null(strstr(tf_row(y), "●"));
	tf_has("This screen describes how you");
	tf_has("→ Your plan (p)");
}
END_TEST

START_TEST(tabs_switch_sections)
{
	int	y, x;

	results_of(pronated_left);
	key(TK_TAB);
	ck_assert_int_eq(A->results.section, RS_FEET);
	tf_has("[2 Feet]");
	tf_has(strings_text(STR_H_FEET));
	tf_has("Left foot: rolls inward (pronated)");
	tf_has(strings_text(STR_AGREE));
	key(TK_RIGHT);
	ck_assert_int_eq(A->results.section, RS_ASYMMETRY);
	tf_has(strings_text(STR_H_ASYMMETRY));
	key(TK_BTAB);
	ck_assert_int_eq(A->results.section, RS_FEET);
	key(TK_LEFT);
	key(TK_LEFT);
	ck_assert_int_eq(A->results.section, RS_TRIAGE);
	tf_has(strings_text(STR_H_RESULT));
	tf_has(strings_text(STR_H_SAFETY_NET));
	key('4');
	ck_assert_int_eq(A->results.section, RS_BALANCE);
	tf_has(strings_text(STR_SLS_EO));
	key('1');
	ck_assert_int_eq(A->results.section, RS_OVERVIEW);
	/* A click on a section's name. */
	y = row_with("3 Left/right");
	ck_assert_int_ge(y, 0);
	x = (int)(strstr(tf_row(y), "3 Left/right") - tf_row(y));
	ck_assert_int_eq(grid_hit_at(&G, x + 2, y), '3');
	key(grid_hit_at(&G, x + 2, y));
	ck_assert_int_eq(A->results.section, RS_ASYMMETRY);
	/* The selection of each section is kept apart. */
	key('5');
	key(TK_DOWN);
	/* Down steps over the headings to the symptom told. */
	key(TK_DOWN);
	ck_assert_ptr_nonnull(strstr(selected(), "low back (in the middle)"));
	ck_assert_int_gt(A->results.menu[RS_TRIAGE].sel, 2);
	ck_assert_int_eq(A->results.menu[RS_OVERVIEW].sel, 0);
}
END_TEST

START_TEST(reason_shows_threshold_and_source)
{
	results_of(older_adult);
	ck_assert(A->result.balance.fall_risk);
	key('4');
	select_line("Left leg: under 5 seconds");
	ck_assert_int_eq(A->results.panel, 0);
	key(TK_ENTER);
	ck_assert_int_eq(A->results.panel, 1);
	tf_has(strings_text(STR_WHY));
	tf_has("Compared with: 5 s.");
	tf_has("Vellas et al. 1997");
	tf_has(strings_tag(A->result.balance.vellas_s.tag));
	key(TK_ESC);
	ck_assert_int_eq(A->results.panel, 0);
	ck_assert_int_eq(A->screen, SCR_RESULTS);
	tf_hasnt("Compared with: 5 s.");

	/* Balance caution: the age limit is a design rule of the sheet. */
	select_line(strings_text(STR_CAUTION_AGE));
	key(TK_ENTER);
	tf_has("Compared with: 70 years.");
	tf_has("a safety rule of this tool");
	key(TK_ESC);

	/* The age-group norm and where it comes from. */
	select_line(strings_text(STR_SLS_EO));
	key(TK_ENTER);
	tf_has("(70-79): 21.5 s");
	tf_has("Springer et al. 2007");
	/* Any other key closes the reason and does its own job. */
	key(TK_TAB);
	ck_assert_int_eq(A->results.panel, 0);
	ck_assert_int_eq(A->results.section, RS_TRIAGE);
}
END_TEST

START_TEST(click_opens_reason)
{
	int	y;

	results_of(pronated_left);
	y = row_with(strings_finding(FINDING_KNEE_VALGUS)->label);
	ck_assert_int_ge(y, 0);
	key(grid_hit_at(&G, 60, y));
	ck_assert_int_eq(A->results.panel, 1);
	/* A click inside the reason opens nothing under it. */
	ck_assert_int_eq(grid_hit_at(&G, 60, y), TK_NONE);
	/* The finding, what it rests on, and the squat it came from. */
	tf_has("Ageberg et al. 2010");
	tf_has(strings_text(STR_KNEE_MEDIAL));
	key(TK_ENTER);
	ck_assert_int_eq(A->results.panel, 0);
}
END_TEST

START_TEST(flagged_asymmetry_marked)
{
	const struct bilateral_item	*it;
	char				 want[160];

	results_of(pronated_left);
	it = &A->result.bilateral.item[BM_FPI];
	ck_assert(it->present);
	ck_assert_int_eq(it->band, ASYM_LARGE);
	key('3');
	/* A symbol and a word, not only a colour. */
	snprintf(want, sizeof want, "!! %s:", strings_measure(BM_FPI));
	tf_has(want);
	tf_has(strings_band(ASYM_LARGE));
	ck_assert_int_eq(grid_at(&G, 4 + (int)(strstr(tf_row(row_with(want)),
	    "!!") - tf_row(row_with(want))), row_with(want))->color, GC_ALERT);
	select_line(want);
	key(TK_ENTER);
	snprintf(want, sizeof want, "%s: %g", strings_text(STR_LARGE_FROM),
	    it->large.value);
	tf_has(want);
	tf_has("Lausch et al.");
	/* The arch drop that is within its error has no flag. */
	snprintf(want, sizeof want, "!! %s",
	    strings_measure(BM_NAVICULAR_DROP));
	tf_hasnt(want);
}
END_TEST

START_TEST(plan_key_and_plan_line)
{
	results_of(pronated_left);
	key('p');
	ck_assert_int_eq(A->screen, SCR_PLAN);
	key(TK_ESC);
	ck_assert_int_eq(A->screen, SCR_RESULTS);
	select_line("Your plan");
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_PLAN);
	key(TK_ESC);
	/* Enter at the end of a section leads on to the plan too. */
	key('4');
	key(TK_END);
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_PLAN);
	key(TK_ESC);
	key('r');
	ck_assert_int_eq(A->screen, SCR_REFERRAL);
}
END_TEST

START_TEST(emergency_not_scored)
{
	results_of(emergency);
	ck_assert(!A->result.scored);
	tf_has(strings_tier(TRIAGE_EMERGENCY));
	tf_has("Call 112 now");
	tf_hasnt("2 Feet");
	key(TK_TAB);
	ck_assert_int_eq(A->results.section, RS_OVERVIEW);
	key('p');
	ck_assert_int_eq(A->screen, SCR_RESULTS);
	ck_assert_str_eq(A->message, strings_text(STR_NOT_SCORED));
	/* The plan itself, reached anyway, gives only the instruction. */
	app_goto(A, SCR_PLAN);
	tf_draw();
	tf_has("No exercises are suggested. Your answers need medical help");
	tf_has("Call 112 now");
	tf_hasnt(strings_text(STR_H_EXERCISES));
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_PLAN);
	key(TK_ESC);
	ck_assert_int_eq(A->screen, SCR_RESULTS);
	select_line(strings_text(STR_SEE));
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_REFERRAL);
}
END_TEST

/* ---- the plan ---- */

START_TEST(plan_lists_every_exercise)
{
	char	dose[160];
	int	first;

	results_of(pronated_left);
	ck_assert_uint_gt(A->plan.nexercises, 2);
	key('p');
	tf_has(strings_text(STR_H_EXERCISES));
	first = A->planscr.menu.sel;
	for (size_t i = 0; i < A->plan.nexercises; i++) {
		const struct exercise *ex =
		    &tf_lib.exercise[A->plan.exercise[i].exercise];

		ck_assert_int_eq(A->planscr.menu.sel, first + (int)i);
		ck_assert_ptr_nonnull(strstr(selected(), ex->name));
		strings_dosage(dose, sizeof dose, &ex->dosage);
		dose[40] = '\0';
		tf_has(dose);
		tf_has(strings_text(STR_TRIGGERED_BY));
		snprintf(dose, 30, "%s",
		    tf_rules.evidence_text[A->plan.exercise[i].evidence]);
		tf_has(dose);
		key(TK_DOWN);
	}
	/* The advice lines follow the exercises. */
	tf_has(strings_text(STR_H_WORDING));
	ck_assert_uint_gt(A->plan.nwording, 0);
	/* Self-care: no referral to open. */
	key('r');
	ck_assert_int_eq(A->screen, SCR_PLAN);
	/* Enter starts the selected exercise. */
	key(TK_HOME);
	key(TK_DOWN);
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_EXERCISE);
	ck_assert_int_eq(A->exercise.item, 0);
	tf_has(tf_lib.exercise[A->plan.exercise[0].exercise].name);
	tf_has(strings_text(STR_CAUTIONS));
	/* n through its sides and sets, then on to the next exercise. */
	for (int i = 0; i < 100 && A->exercise.phase != EXP_DONE; i++)
		key('n');
	ck_assert_int_eq(A->exercise.phase, EXP_DONE);
	key('n');
	ck_assert_int_eq(A->exercise.item, 1);
	/* Back on the plan, the exercise just done is the one selected. */
	key(TK_ESC);
	ck_assert_int_eq(A->screen, SCR_PLAN);
	ck_assert_ptr_nonnull(strstr(selected(),
	    tf_lib.exercise[A->plan.exercise[1].exercise].name));
}
END_TEST

/* ---- the guided exercise ---- */

/* A plan of the library's exercises ids[0..n) with this dose for the first. */
static void
guided(const struct exercise_dosage *d, unsigned sides, int n,
    const char *const *ids)
{
	int	idx;

	memset(&A->plan, 0, sizeof A->plan);
	for (int i = 0; i < n; i++) {
		idx = exercise_find(&tf_lib, ids[i]);
		ck_assert_int_ge(idx, 0);
		A->plan.exercise[i].exercise = (size_t)idx;
		A->plan.exercise[i].sides = sides;
	}
	A->plan.nexercises = (size_t)n;
	tf_lib.exercise[A->plan.exercise[0].exercise].dosage = *d;
	A->exercise.item = 0;
	app_goto(A, SCR_PLAN);
	app_goto(A, SCR_EXERCISE);
	ck_assert_int_eq(A->screen, SCR_EXERCISE);
	tf_draw();
}

/* Let t seconds pass, ticking at every wake the screen asked for. */
static void
pass(double t)
{
	double	end = A->now + t;

	while (A->wake_at <= end) {
		ck_assert_double_ge(A->wake_at - A->now, 0);
		A->now = A->wake_at;
		app_tick(A);
	}
	A->now = end;
	app_tick(A);
	tf_draw();
}

START_TEST(exercise_holds_reps_sets_sides)
{
	static const char *const ids[] = { "short_foot", "towel_curls" };
	const struct exercise_dosage d = { .sets = 2, .reps = 2,
	    .hold_seconds = 3, .rest_seconds = 5, .per_side = 1 };
	struct scr_exercise *s = &A->exercise;

	guided(&d, FOUND_LEFT | FOUND_RIGHT, 2, ids);
	tf_has("Set 1 of 2");
	tf_has(strings_text(STR_LEFT_LEG_CAP));
	tf_has("Repetitions: 0 of 2");
	ck_assert(isinf(A->wake_at));

	/* A hold counts down, waking 0.1 to 1 s apart. */
	key(' ');
	ck_assert_int_eq(s->phase, EXP_HOLD);
	ck_assert_double_ge(A->wake_at - A->now, 0.1);
	ck_assert_double_le(A->wake_at - A->now, 1.0);
	tf_has("Hold: 3 s");
	pass(1.0);
	tf_has("Hold: 2 s");
	/* Paused, it stands still and asks for no wake-up. */
	key(' ');
	tf_has("(paused)");
	A->now += 10;
	app_tick(A);
	ck_assert(isinf(A->wake_at));
	ck_assert_double_eq_tol(s->remaining, 2.0, 1e-9);
	key(' ');
	pass(2.0);
	/* The hold counted the repetition itself. */
	ck_assert_int_eq(s->phase, EXP_READY);
	ck_assert_int_eq(s->rep, 1);
	tf_has("Repetitions: 1 of 2");
	ck_assert(isinf(A->wake_at));

	/* Backspace takes it back, and there is nothing more to take. */
	key(TK_BACKSPACE);
	ck_assert_int_eq(s->rep, 0);
	ck_assert_int_eq(A->screen, SCR_EXERCISE);
	key(TK_BACKSPACE);
	ck_assert_int_eq(A->screen, SCR_EXERCISE);
	ck_assert_str_ne(A->message, "");

	/* Two holds, then the right side of the same set. */
	for (int i = 0; i < 2; i++) {
		key(' ');
		pass(3.0);
	}
	ck_assert_int_eq(s->set, 0);
	ck_assert_int_eq(s->sidx, 1);
	tf_has(strings_text(STR_RIGHT_LEG_CAP));
	tf_has("Repetitions: 0 of 2");
	for (int i = 0; i < 2; i++) {
		key(' ');
		pass(3.0);
	}
	/* Rest between sets runs on its own. */
	ck_assert_int_eq(s->phase, EXP_REST);
	tf_has("Rest: 5 s");
	tf_has("Set 2 of 2");
	pass(2.0);
	tf_has("Rest: 3 s");
	pass(3.0);
	ck_assert_int_eq(s->phase, EXP_READY);
	ck_assert_int_eq(s->sidx, 0);
	tf_has(strings_text(STR_LEFT_LEG_CAP));
	/* n moves on to the other side; the last set ends the exercise. */
	key('n');
	ck_assert_int_eq(s->sidx, 1);
	for (int i = 0; i < 2; i++) {
		key(' ');
		pass(3.0);
	}
	ck_assert_int_eq(s->phase, EXP_DONE);
	tf_has("Finished");
	tf_has("n: next, Towel curls");
	key('n');
	ck_assert_int_eq(s->item, 1);
	ck_assert_int_eq(s->phase, EXP_READY);
	tf_has("Towel curls");
	/* Esc is back to the plan, showing the exercise just done. */
	key(TK_ESC);
	ck_assert_int_eq(A->screen, SCR_PLAN);
}
END_TEST

START_TEST(exercise_reps_only_and_one_side)
{
	static const char *const ids[] = { "towel_curls" };
	const struct exercise_dosage d = { .sets = 2, .reps = 3,
	    .hold_seconds = 0, .rest_seconds = 0, .per_side = 1 };
	struct scr_exercise *s = &A->exercise;

	/* The plan gave it for the right foot only. */
	guided(&d, FOUND_RIGHT, 1, ids);
	tf_has(strings_text(STR_RIGHT_LEG_CAP));
	tf_has("Space: count one repetition");
	for (int i = 0; i < 3; i++)
		key(' ');
	/* No rest: straight on to set 2, still the right side. */
	ck_assert_int_eq(s->set, 1);
	ck_assert_int_eq(s->sidx, 0);
	ck_assert_int_eq(s->phase, EXP_READY);
	tf_has("Set 2 of 2");
	tf_has(strings_text(STR_RIGHT_LEG_CAP));
	tf_hasnt(strings_text(STR_LEFT_LEG_CAP));
	key(' ');
	key(' ');
	key(TK_BACKSPACE);
	ck_assert_int_eq(s->rep, 1);
	key(' ');
	key(' ');
	ck_assert_int_eq(s->phase, EXP_DONE);
	tf_has("That was the last");
	key('n');
	ck_assert_int_eq(s->item, 0);
}
END_TEST

START_TEST(exercise_timed_holds)
{
	static const char *const ids[] = { "single_leg_balance" };
	const struct exercise_dosage d = { .sets = 2, .reps = 0,
	    .hold_seconds = 30, .rest_seconds = 10, .per_side = 0 };
	struct scr_exercise *s = &A->exercise;

	guided(&d, FOUND_GLOBAL, 1, ids);
	A->plan.exercise[0].with_support = 1;
	tf_draw();
	tf_has(strings_text(STR_WITH_SUPPORT));
	tf_hasnt("Repetitions");
	key(' ');
	pass(29.5);
	tf_has("Hold: 1 s");
	pass(0.6);
	ck_assert_int_eq(s->phase, EXP_REST);
	ck_assert_int_eq(s->set, 1);
	/* n skips the rest. */
	key('n');
	ck_assert_int_eq(s->phase, EXP_READY);
	key(' ');
	pass(30.0);
	ck_assert_int_eq(s->phase, EXP_DONE);
}
END_TEST

/* ---- every screen at 80 x 24, in UTF-8 and in ASCII ---- */

/* No byte of the screen is outside ASCII. */
static void
ascii_only(const char *what)
{
	for (int y = 0; y < G.h; y++)
		for (const char *p = tf_row(y); *p != '\0'; p++)
			if ((unsigned char)*p >= 0x80)
				ck_abort_msg("%s, row %d: '%s'", what, y,
				    tf_row(y));
}

/* Draw the current screen in both modes at 80 x 24. */
static void
both_modes(const char *what)
{
	tf_size(80, 24, 1);
	tf_draw();
	tf_hasnt("needs a window");
	tf_size(80, 24, 0);
	tf_draw();
	ascii_only(what);
	tf_size(80, 24, 1);
}

START_TEST(every_screen_fits_80x24)
{
	static const char *const answers[] = {
		pronated_left, older_adult, emergency
	};

	for (size_t k = 0; k < sizeof answers / sizeof answers[0]; k++) {
		app_reset(A);
		tf_size(80, 24, 1);
		results_of(answers[k]);
		for (int sec = 0; sec < RS_COUNT; sec++) {
			key('1' + sec);
			both_modes("results");
			key(TK_END);
			key(TK_UP);
			key(TK_ENTER);
			both_modes("results reason");
			key(TK_ESC);
		}
		app_goto(A, SCR_PLAN);
		both_modes("plan");
		if (A->plan.nexercises > 0) {
			key(TK_DOWN);
			key(TK_ENTER);
			ck_assert_int_eq(A->screen, SCR_EXERCISE);
			key(' ');
			both_modes("exercise");
		}
	}
}
END_TEST

START_TEST(every_exercise_shows_its_cautions)
{
	/* The steps and cautions of every exercise fit 80 x 24. */
	for (size_t i = 0; i < tf_lib.n; i++) {
		const char *ids[] = { tf_lib.exercise[i].id };
		char first[24];

		if (tf_lib.exercise[i].dosage.sets == 0)
			continue;
		guided(&tf_lib.exercise[i].dosage, FOUND_LEFT, 1, ids);
		A->plan.exercise[0].with_support = 1;
		tf_size(80, 24, 1);
		tf_draw();
		tf_has(tf_lib.exercise[i].name);
		tf_has(strings_text(STR_CAUTIONS));
		/* ... to their last word. */
		tf_has(strrchr(tf_lib.exercise[i].cautions, ' ') + 1);
		tf_has("Stand within reach");
		snprintf(first, sizeof first, "%s", tf_lib.exercise[i].step[0]);
		tf_has(first);
		tf_has("Set 1 of");
		key(TK_ESC);
	}
}
END_TEST

static Suite *
results_suite(void)
{
	Suite	*s = suite_create("tui_results");
	TCase	*t;

	t = tcase_create("bodymap");
	tcase_add_test(t, bodymap_places_findings);
	tcase_add_test(t, bodymap_legend_and_figure);
	suite_add_tcase(s, t);

	t = tcase_create("results");
	tcase_add_checked_fixture(t, tf_setup, tf_teardown);
	tcase_add_test(t, overview_map_and_findings);
	tcase_add_test(t, tabs_switch_sections);
	tcase_add_test(t, reason_shows_threshold_and_source);
	tcase_add_test(t, click_opens_reason);
	tcase_add_test(t, flagged_asymmetry_marked);
	tcase_add_test(t, plan_key_and_plan_line);
	tcase_add_test(t, emergency_not_scored);
	suite_add_tcase(s, t);

	t = tcase_create("plan");
	tcase_add_checked_fixture(t, tf_setup, tf_teardown);
	tcase_add_test(t, plan_lists_every_exercise);
	tcase_add_test(t, exercise_holds_reps_sets_sides);
	tcase_add_test(t, exercise_reps_only_and_one_side);
	tcase_add_test(t, exercise_timed_holds);
	suite_add_tcase(s, t);

	t = tcase_create("layout");
	tcase_add_checked_fixture(t, tf_setup, tf_teardown);
	tcase_add_test(t, every_screen_fits_80x24);
	tcase_add_test(t, every_exercise_shows_its_cautions);
	suite_add_tcase(s, t);
	return s;
}

int
main(void)
{
	return tu_run(results_suite());
}
