/*
 * test_answers.c: the answers file reader (src/screening/answers.c): every
 * key reaches its field, every range is tried on both sides of each end,
 * unknown sections, keys and values are refused with a message naming the
 * file, section, key, value and what is allowed, missing answers stay "not
 * answered", and malformed files fail cleanly (run under ASan and UBSan by
 * --enable-sanitizers).  The expected ranges are written out here, not read
 * from answers.c, so that a changed range is caught.  Also the strings file
 * the reports draw on: words for every identifier, the emergency numbers
 * and the dosage sentences.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "screening/answers.h"
#include "screening/strings.h"
#include "testutil.h"

/* Load a C string; returns answers_load_text's result. */
static int
load(const char *text, struct screening_answers *a, struct answers_error *err)
{
	memset(err->msg, 0, sizeof err->msg);
	return answers_load_text("t.ini", text, strlen(text), a, err);
}

/* Load text that must be accepted. */
static void
load_ok(const char *text, struct screening_answers *a)
{
	struct answers_error	err;

	if (load(text, a, &err) != 0)
		ck_abort_msg("refused: %s\n--- file:\n%s", err.msg, text);
}

/* Load "[section]\nkey = value\n"; returns the result, err filled. */
static int
load_one(const char *section, const char *key, const char *value,
    struct screening_answers *a, struct answers_error *err)
{
	char	text[512];

	snprintf(text, sizeof text, "[%s]\n%s = %s\n", section, key, value);
	return load(text, a, err);
}

/* section/key = value must fail with the full message about it. */
static void
want_refused(const char *section, const char *key, const char *value)
{
	struct screening_answers	a;
	struct answers_error		err;
	char				allowed[1200], want[sizeof err.msg + 1400];

	if (load_one(section, key, value, &a, &err) == 0)
		ck_abort_msg("[%s] %s = '%s' was accepted", section, key,
		    value);
	ck_assert_int_eq(answers_key_allowed(section, key, allowed,
	    sizeof allowed), 0);
	snprintf(want, sizeof want, "t.ini: [%s] %s = '%s': allowed: %s",
	    section, key, value, allowed);
	ck_assert_str_eq(err.msg, want);
	/* A refused file leaves nothing half read. */
	ck_assert_int_eq(a.age_years, 0);
	ck_assert(isnan(a.side[SIDE_LEFT].sls_eyes_open_s));
}

/* section/key = value must be accepted. */
static void
want_accepted(const char *section, const char *key, const char *value,
    struct screening_answers *a)
{
	struct answers_error	err;

	if (load_one(section, key, value, a, &err) != 0)
		ck_abort_msg("[%s] %s = '%s' refused: %s", section, key,
		    value, err.msg);
}

/* Everything in a is "not answered". */
static void
want_unanswered(const struct screening_answers *a)
{
	struct screening_answers	blank;

	screening_answers_init(&blank);
	ck_assert_int_eq(a->age_years, 0);
	ck_assert_int_eq(a->sex, SEX_UNKNOWN);
	ck_assert_str_eq(a->country, "");
	for (int i = 0; i < RF_COUNT; i++)
		ck_assert_int_eq(a->redflag[i], ANSWER_UNKNOWN);
	for (int i = 0; i < SITE_COUNT; i++) {
		ck_assert_int_eq(a->symptom[i].present, 0);
		ck_assert(isnan(a->symptom[i].intensity));
		ck_assert(isnan(a->symptom[i].duration_weeks));
		ck_assert_uint_eq(a->symptom[i].worse_with, 0);
	}
	for (int s = 0; s < SIDE_COUNT; s++) {
		const struct side_answers *sa = &a->side[s];

		ck_assert_int_eq(sa->shoe_wear, WEAR_UNKNOWN);
		ck_assert(isnan(sa->print_min_midfoot_mm));
		ck_assert(isnan(sa->navicular_neutral_mm));
		for (int i = 0; i < FPI_ITEMS; i++)
			ck_assert_int_eq(sa->fpi_item[i], FPI_ITEM_MISSING);
		ck_assert(isnan(sa->sls_eyes_open_s));
		ck_assert(isnan(sa->heel_raise_reps));
		ck_assert(isnan(sa->board_sls_cop_medial_mm));
	}
	ck_assert(isnan(a->board_weight_right_pct));
	ck_assert(isnan(a->board_area_ec_mm2));
	ck_assert_int_eq(a->leg_length, blank.leg_length);
	ck_assert_int_eq(a->heel_raise_protocol, blank.heel_raise_protocol);
}

START_TEST(every_key_reaches_its_field)
{
	static const char text[] =
	    "[person]\n"
	    "age = 47\nsex = female\ncountry = gb\nfell_past_year = yes\n"
	    "dizziness = no\n"
	    "tandem_10s = no\npartner_present = yes\n"
	    "[symptom.low_back]\n"
	    "present = yes\nside = centre\nduration_weeks = 6.5\n"
	    "intensity = 7\nworse_with = sitting, bending,stairs\n"
	    "limits_daily_life = yes\nimproving = no\n"
	    "[symptom.ankle]\npresent = no\n"
	    "[left]\n"
	    "shoe_wear = inner\nfoot_angle = out\nheel_tilt = outward\n"
	    "knee_falls_in_walking = yes\nprint_min_midfoot_mm = 41.5\n"
	    "print_max_forefoot_mm = 98\nprint_max_heel_mm = 62\n"
	    "print_picture = low\nnavicular_neutral_mm = 48\n"
	    "navicular_relaxed_mm = 35\nnavicular_by = trainer\n"
	    "fpi1 = 2\nfpi2 = 1\nfpi3 = 0\nfpi4 = -1\nfpi5 = -2\nfpi6 = +2\n"
	    "fpi_by = partner\nsls_eyes_open_s = 12.5\n"
	    "sls_eyes_closed_s = 3\nheel_raise_reps = 19\n"
	    "squat_knee = medial\nsquat_pelvic_drop = yes\n"
	    "board_sls_cop_medial_mm = -4.5\nboard_sls_time_s = 30\n"
	    "[right]\n"
	    "shoe_wear = outer\nfoot_angle = in\nheel_tilt = inward\n"
	    "knee_falls_in_walking = no\nprint_picture = high_arch\n"
	    "navicular_by = self\nfpi_by = self\nsquat_knee = over_foot\n"
	    "squat_pelvic_drop = no\n"
	    "[tests]\n"
	    "heel_raise_protocol = incline_10deg\nleg_length = left_shorter\n"
	    "pelvis_level = no\n"
	    "[board]\n"
	    "weight_right_pct = 53.5\nvelocity_eo_mm_s = 9.25\n"
	    "velocity_ec_mm_s = 12\narea_eo_mm2 = 180\narea_ec_mm2 = 260\n"
	    "[red_flags]\nnight_pain = yes\ncancer_history = no\n";
	static const int fpi[FPI_ITEMS] = { 2, 1, 0, -1, -2, 2 };
	struct screening_answers	 a;
	const struct symptom		*lb;
	const struct side_answers	*l, *r;

	load_ok(text, &a);
	ck_assert_int_eq(a.age_years, 47);
	ck_assert_int_eq(a.sex, SEX_FEMALE);
	ck_assert_str_eq(a.country, "GB");
	ck_assert_int_eq(a.fell_past_year, ANSWER_YES);
	ck_assert_int_eq(a.dizziness, ANSWER_NO);
	ck_assert_int_eq(a.tandem_10s, ANSWER_NO);
	ck_assert_int_eq(a.partner_present, ANSWER_YES);

	lb = &a.symptom[SITE_LOW_BACK];
	ck_assert_int_eq(lb->present, 1);
	ck_assert_int_eq(lb->side, SSIDE_CENTRE);
	ck_assert(lb->duration_weeks == 6.5);
	ck_assert(lb->intensity == 7.0);
	ck_assert_uint_eq(lb->worse_with,
	    WORSE_SITTING | WORSE_BENDING | WORSE_STAIRS);
	ck_assert_int_eq(lb->limits_daily_life, ANSWER_YES);
	ck_assert_int_eq(lb->improving, ANSWER_NO);
	ck_assert_int_eq(a.symptom[SITE_ANKLE].present, 0);
	ck_assert_int_eq(a.symptom[SITE_KNEE].present, 0);

	l = &a.side[SIDE_LEFT];
	ck_assert_int_eq(l->shoe_wear, WEAR_INNER);
	ck_assert_int_eq(l->foot_angle, ANGLE_OUT);
	ck_assert_int_eq(l->heel_tilt, TILT_OUTWARD);
	ck_assert_int_eq(l->knee_falls_in_walking, ANSWER_YES);
	ck_assert(l->print_min_midfoot_mm == 41.5);
	ck_assert(l->print_max_forefoot_mm == 98.0);
	ck_assert(l->print_max_heel_mm == 62.0);
	ck_assert_int_eq(l->print_picture, PRINT_LOW);
	ck_assert(l->navicular_neutral_mm == 48.0);
	ck_assert(l->navicular_relaxed_mm == 35.0);
	ck_assert_int_eq(l->navicular_by, BY_TRAINER);
	for (int i = 0; i < FPI_ITEMS; i++)
		ck_assert_int_eq(l->fpi_item[i], fpi[i]);
	ck_assert_int_eq(l->fpi_by, BY_PARTNER);
	ck_assert(l->sls_eyes_open_s == 12.5);
	ck_assert(l->sls_eyes_closed_s == 3.0);
	ck_assert(l->heel_raise_reps == 19.0);
	ck_assert_int_eq(l->squat_knee, KNEE_MEDIAL_TO_FOOT);
	ck_assert_int_eq(l->squat_pelvic_drop, ANSWER_YES);
	ck_assert(l->board_sls_cop_medial_mm == -4.5);
	ck_assert(l->board_sls_time_s == 30.0);

	r = &a.side[SIDE_RIGHT];
	ck_assert_int_eq(r->shoe_wear, WEAR_OUTER);
	ck_assert_int_eq(r->foot_angle, ANGLE_IN);
	ck_assert_int_eq(r->heel_tilt, TILT_INWARD);
	ck_assert_int_eq(r->knee_falls_in_walking, ANSWER_NO);
	ck_assert_int_eq(r->print_picture, PRINT_HIGH_ARCH);
	ck_assert_int_eq(r->navicular_by, BY_SELF);
	ck_assert_int_eq(r->fpi_by, BY_SELF);
	ck_assert_int_eq(r->squat_knee, KNEE_OVER_FOOT);
	ck_assert_int_eq(r->squat_pelvic_drop, ANSWER_NO);
	/* Unanswered on the right even though answered on the left. */
	ck_assert(isnan(r->sls_eyes_open_s));
	ck_assert_int_eq(r->fpi_item[0], FPI_ITEM_MISSING);

	ck_assert_int_eq(a.heel_raise_protocol, HRP_INCLINE_10DEG);
	ck_assert_int_eq(a.leg_length, LEGLEN_LEFT_SHORTER);
	ck_assert_int_eq(a.pelvis_level, ANSWER_NO);
	ck_assert(a.board_weight_right_pct == 53.5);
	ck_assert(a.board_velocity_eo_mm_s == 9.25);
	ck_assert(a.board_velocity_ec_mm_s == 12.0);
	ck_assert(a.board_area_eo_mm2 == 180.0);
	ck_assert(a.board_area_ec_mm2 == 260.0);

	for (int i = 0; i < RF_COUNT; i++)
		ck_assert_int_eq(a.redflag[i], i == RF_NIGHT_PAIN ? ANSWER_YES :
		    i == RF_CANCER_HISTORY ? ANSWER_NO : ANSWER_UNKNOWN);
}
END_TEST

/* The remaining word values, each on its own. */
START_TEST(every_word_of_every_choice)
{
	static const struct {
		const char	*section, *key, *value;
		size_t		 offset;	/* in struct screening_answers */
		int		 want;
	} w[] = {
#define A(f)	offsetof(struct screening_answers, f)
		{ "person", "sex", "male", A(sex), SEX_MALE },
		{ "symptom.hip", "side", "left", A(symptom[SITE_HIP].side),
		    SSIDE_LEFT },
		{ "symptom.hip", "side", "right", A(symptom[SITE_HIP].side),
		    SSIDE_RIGHT },
		{ "symptom.hip", "side", "both", A(symptom[SITE_HIP].side),
		    SSIDE_BOTH },
		{ "right", "shoe_wear", "even", A(side[1].shoe_wear),
		    WEAR_EVEN },
		{ "right", "foot_angle", "straight", A(side[1].foot_angle),
		    ANGLE_STRAIGHT },
		{ "right", "heel_tilt", "upright", A(side[1].heel_tilt),
		    TILT_UPRIGHT },
		{ "right", "print_picture", "medium", A(side[1].print_picture),
		    PRINT_MEDIUM },
		{ "right", "print_picture", "flat", A(side[1].print_picture),
		    PRINT_FLAT },
		{ "right", "navicular_by", "partner", A(side[1].navicular_by),
		    BY_PARTNER },
		{ "right", "fpi_by", "trainer", A(side[1].fpi_by),
		    BY_TRAINER },
		{ "tests", "heel_raise_protocol", "flat_floor",
		    A(heel_raise_protocol), HRP_FLAT_FLOOR },
		{ "tests", "leg_length", "equal", A(leg_length),
		    LEGLEN_EQUAL },
		{ "tests", "leg_length", "right_shorter", A(leg_length),
		    LEGLEN_RIGHT_SHORTER },
		{ "tests", "pelvis_level", "yes", A(pelvis_level),
		    ANSWER_YES },
#undef A
	};
	struct screening_answers	a;

	for (size_t i = 0; i < sizeof w / sizeof w[0]; i++) {
		want_accepted(w[i].section, w[i].key, w[i].value, &a);
		ck_assert_int_eq(*(const int *)(const void *)
		    ((const char *)&a + w[i].offset), w[i].want);
	}
}
END_TEST

/* Every symptom site and every red flag has its own section or key. */
START_TEST(every_site_and_every_red_flag)
{
	static const char *const sites[SITE_COUNT] = {
		"low_back", "buttock", "leg_below_knee", "hip", "groin",
		"knee", "heel_foot", "ankle"
	};
	struct screening_answers	a;
	char				sec[64];

	for (int i = 0; i < SITE_COUNT; i++) {
		snprintf(sec, sizeof sec, "symptom.%s", sites[i]);
		want_accepted(sec, "intensity", "4", &a);
		for (int j = 0; j < SITE_COUNT; j++)
			ck_assert(j == i ? a.symptom[j].intensity == 4.0 :
			    isnan(a.symptom[j].intensity));
	}
	for (int i = 0; i < RF_COUNT; i++) {
		want_accepted("red_flags", redflag_key((enum redflag)i), "Yes",
		    &a);
		for (int j = 0; j < RF_COUNT; j++)
			ck_assert_int_eq(a.redflag[j], j == i ? ANSWER_YES :
			    ANSWER_UNKNOWN);
		want_accepted("red_flags", redflag_key((enum redflag)i), "no",
		    &a);
		ck_assert_int_eq(a.redflag[i], ANSWER_NO);
	}
}
END_TEST

/*
 * Every numeric key with its range: the ends are accepted and stored, just
 * outside is refused; whole-number keys refuse a fraction.
 */
static const struct range {
	const char	*section, *key;
	double		 min, max;
	int		 whole;
	size_t		 offset;	/* in struct screening_answers */
	int		 is_int;	/* stored as int, not double */
} ranges[] = {
#define A(f)	offsetof(struct screening_answers, f)
#define L(f)	offsetof(struct screening_answers, side[SIDE_LEFT].f)
	{ "person", "age", 0, 120, 1, A(age_years), 1 },
	{ "symptom.knee", "duration_weeks", 0, 5200, 0,
	    A(symptom[SITE_KNEE].duration_weeks), 0 },
	{ "symptom.knee", "intensity", 0, 10, 1,
	    A(symptom[SITE_KNEE].intensity), 0 },
	{ "left", "print_min_midfoot_mm", 0, 200, 0, L(print_min_midfoot_mm),
	    0 },
	{ "left", "print_max_forefoot_mm", 20, 200, 0,
	    L(print_max_forefoot_mm), 0 },
	{ "left", "print_max_heel_mm", 20, 200, 0, L(print_max_heel_mm), 0 },
	{ "left", "navicular_neutral_mm", 0, 150, 0, L(navicular_neutral_mm),
	    0 },
	{ "left", "navicular_relaxed_mm", 0, 150, 0, L(navicular_relaxed_mm),
	    0 },
	{ "left", "fpi1", -2, 2, 1, L(fpi_item[0]), 1 },
	{ "left", "fpi2", -2, 2, 1, L(fpi_item[1]), 1 },
	{ "left", "fpi3", -2, 2, 1, L(fpi_item[2]), 1 },
	{ "left", "fpi4", -2, 2, 1, L(fpi_item[3]), 1 },
	{ "left", "fpi5", -2, 2, 1, L(fpi_item[4]), 1 },
	{ "left", "fpi6", -2, 2, 1, L(fpi_item[5]), 1 },
	{ "left", "sls_eyes_open_s", 0, 45, 0, L(sls_eyes_open_s), 0 },
	{ "left", "sls_eyes_closed_s", 0, 45, 0, L(sls_eyes_closed_s), 0 },
	{ "left", "heel_raise_reps", 0, 200, 1, L(heel_raise_reps), 0 },
	{ "left", "board_sls_cop_medial_mm", -100, 100, 0,
	    L(board_sls_cop_medial_mm), 0 },
	{ "left", "board_sls_time_s", 0, 120, 0, L(board_sls_time_s), 0 },
	{ "board", "weight_right_pct", 0, 100, 0, A(board_weight_right_pct),
	    0 },
	{ "board", "velocity_eo_mm_s", 0, 1000, 0, A(board_velocity_eo_mm_s),
	    0 },
	{ "board", "velocity_ec_mm_s", 0, 1000, 0, A(board_velocity_ec_mm_s),
	    0 },
	{ "board", "area_eo_mm2", 0, 100000, 0, A(board_area_eo_mm2), 0 },
	{ "board", "area_ec_mm2", 0, 100000, 0, A(board_area_ec_mm2), 0 },
#undef A
#undef L
};

/* The value stored for r in a, as a double. */
static double
stored(const struct screening_answers *a, const struct range *r)
{
	const char	*p = (const char *)a + r->offset;

	if (r->is_int)
		return *(const int *)(const void *)p;
	return *(const double *)(const void *)p;
}

START_TEST(every_range_on_both_sides)
{
	const struct range		*r = &ranges[_i];
	struct screening_answers	 a;
	struct answers_error		 err;
	char				 v[64], allowed[200], want[200];
	double				 step = r->whole ? 1.0 : 0.01;

	snprintf(v, sizeof v, "%.10g", r->min);
	want_accepted(r->section, r->key, v, &a);
	ck_assert(stored(&a, r) == r->min);
	snprintf(v, sizeof v, "%.10g", r->max);
	want_accepted(r->section, r->key, v, &a);
	ck_assert(stored(&a, r) == r->max);
	snprintf(v, sizeof v, "%.10g", r->min - step);
	want_refused(r->section, r->key, v);
	snprintf(v, sizeof v, "%.10g", r->max + step);
	want_refused(r->section, r->key, v);
	if (r->whole) {
		snprintf(v, sizeof v, "%.10g", r->min + 0.5);
		want_refused(r->section, r->key, v);
	}
	want_refused(r->section, r->key, "abc");
	want_refused(r->section, r->key, "nan");
	want_refused(r->section, r->key, "1e999");
	/* The message spells out the range. */
	ck_assert_int_eq(answers_key_allowed(r->section, r->key, allowed,
	    sizeof allowed), 0);
	snprintf(want, sizeof want, "%s from %g to %g",
	    r->whole ? "a whole number" : "a number", r->min, r->max);
	ck_assert_msg(strncmp(allowed, want, strlen(want)) == 0,
	    "[%s] %s allows '%s', wanted '%s...'", r->section, r->key,
	    allowed, want);
	(void)err;
}
END_TEST

START_TEST(word_values_are_checked)
{
	struct screening_answers	a;

	want_refused("person", "sex", "other");
	want_refused("person", "fell_past_year", "maybe");
	want_refused("person", "country", "GBR");
	want_refused("person", "country", "G1");
	want_refused("left", "shoe_wear", "inside");
	want_refused("left", "foot_angle", "outward");
	want_refused("left", "heel_tilt", "in");
	want_refused("left", "print_picture", "high");
	want_refused("left", "navicular_by", "doctor");
	want_refused("left", "squat_knee", "valgus");
	want_refused("tests", "heel_raise_protocol", "incline");
	want_refused("tests", "leg_length", "shorter");
	want_refused("symptom.knee", "side", "center");
	want_refused("symptom.knee", "present", "sometimes");
	want_refused("symptom.knee", "worse_with", "flying");
	want_refused("symptom.knee", "worse_with", "sitting,,walking");
	want_refused("symptom.knee", "worse_with", "sitting,");
	want_refused("red_flags", "night_pain", "often");

	/* Words in any case; spaces around commas. */
	want_accepted("left", "shoe_wear", "INNER", &a);
	ck_assert_int_eq(a.side[SIDE_LEFT].shoe_wear, WEAR_INNER);
	want_accepted("symptom.knee", "worse_with", " Night ,  STAIRS", &a);
	ck_assert_uint_eq(a.symptom[SITE_KNEE].worse_with,
	    WORSE_NIGHT | WORSE_STAIRS);
	want_accepted("person", "country", "us", &a);
	ck_assert_str_eq(a.country, "US");
	want_accepted("person", "partner_present", "true", &a);
	ck_assert_int_eq(a.partner_present, ANSWER_YES);
}
END_TEST

START_TEST(the_allowed_lists_are_spelled_out)
{
	char	buf[1200];

	ck_assert_int_eq(answers_key_allowed("left", "shoe_wear", buf,
	    sizeof buf), 0);
	ck_assert_str_eq(buf, "inner, outer, even");
	ck_assert_int_eq(answers_key_allowed("LEFT", "Heel_Tilt", buf,
	    sizeof buf), 0);
	ck_assert_str_eq(buf, "inward, upright, outward");
	ck_assert_int_eq(answers_key_allowed("symptom.groin", "worse_with",
	    buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "a comma-separated list of: sitting, standing, "
	    "walking, running, bending, stairs, morning, night");
	ck_assert_int_eq(answers_key_allowed("red_flags", "saddle_numbness",
	    buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "yes, no");
	ck_assert_int_eq(answers_key_allowed("left", "sls_eyes_open_s", buf,
	    sizeof buf), 0);
	ck_assert_str_eq(buf, "a number from 0 to 45 (seconds; the test stops "
	    "at 45)");
	ck_assert_int_eq(answers_key_allowed("left", "nope", buf,
	    sizeof buf), -1);
	ck_assert_int_eq(answers_key_allowed("middle", "fpi1", buf,
	    sizeof buf), -1);
	ck_assert_int_eq(answers_key_allowed("symptom.elbow", "present", buf,
	    sizeof buf), -1);
}
END_TEST

START_TEST(unknown_sections_and_keys_are_named)
{
	struct screening_answers	a;
	struct answers_error		err;

	ck_assert_int_eq(load("[person]\nage = 30\n[middle]\nx = 1\n", &a,
	    &err), -1);
	ck_assert_str_eq(err.msg, "t.ini: line 3: unknown section [middle]: "
	    "allowed: person, red_flags, symptom.low_back, symptom.buttock, "
	    "symptom.leg_below_knee, symptom.hip, symptom.groin, "
	    "symptom.knee, symptom.heel_foot, symptom.ankle, left, right, "
	    "tests, board");
	ck_assert_int_eq(a.age_years, 0);

	ck_assert_int_eq(load("[symptom.elbow]\npresent = yes\n", &a, &err),
	    -1);
	ck_assert_ptr_nonnull(strstr(err.msg,
	    "line 1: unknown section [symptom.elbow]: allowed: person"));

	ck_assert_int_eq(load("[left]\nshoe_wear = inner\nshoe = x\n", &a,
	    &err), -1);
	ck_assert_str_eq(err.msg, "t.ini: [left] unknown key 'shoe': allowed: "
	    "shoe_wear, foot_angle, heel_tilt, knee_falls_in_walking, "
	    "print_min_midfoot_mm, print_max_forefoot_mm, print_max_heel_mm, "
	    "print_picture, navicular_neutral_mm, navicular_relaxed_mm, "
	    "navicular_by, fpi1, fpi2, fpi3, fpi4, fpi5, fpi6, fpi_by, "
	    "sls_eyes_open_s, sls_eyes_closed_s, heel_raise_reps, squat_knee, "
	    "squat_pelvic_drop, board_sls_cop_medial_mm, board_sls_time_s");
	ck_assert_int_eq(a.side[SIDE_LEFT].shoe_wear, WEAR_UNKNOWN);

	ck_assert_int_eq(load("[tests]\nheel_raises = 3\n", &a, &err), -1);
	ck_assert_str_eq(err.msg, "t.ini: [tests] unknown key 'heel_raises': "
	    "allowed: heel_raise_protocol, leg_length, pelvis_level");

	/* A red flag not in the list: the message lists them all. */
	ck_assert_int_eq(load("[red_flags]\nheadache = yes\n", &a, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "t.ini: [red_flags] unknown "
	    "key 'headache': allowed: saddle_numbness, bladder_change, "));
	ck_assert_ptr_nonnull(strstr(err.msg, ", psoriasis"));

	/* Keys before any section. */
	ck_assert_int_eq(load("age = 30\n[person]\n", &a, &err), -1);
	ck_assert_str_eq(err.msg,
	    "t.ini: line 1: 'age = 30' comes before any [section]");
}
END_TEST

START_TEST(missing_answers_are_allowed)
{
	struct screening_answers	a;

	load_ok("", &a);
	want_unanswered(&a);
	load_ok("# nothing answered yet\n\n; still nothing\n", &a);
	want_unanswered(&a);
	/* Empty sections and empty values: not answered. */
	load_ok("[person]\n[left]\n[red_flags]\n[symptom.knee]\n[board]\n",
	    &a);
	want_unanswered(&a);
	load_ok("[person]\nage =\nsex = \"\"\n[left]\nfpi1 =\n"
	    "sls_eyes_open_s =\nshoe_wear =\n[symptom.knee]\npresent =\n"
	    "worse_with =\n[red_flags]\nnight_pain =\n", &a);
	want_unanswered(&a);

	/* A sparse file: what is there is read, the rest stays missing. */
	load_ok("[person]\nage = 35\n[right]\nfpi3 = 1\n", &a);
	ck_assert_int_eq(a.age_years, 35);
	ck_assert_int_eq(a.side[SIDE_RIGHT].fpi_item[2], 1);
	ck_assert_int_eq(a.side[SIDE_RIGHT].fpi_item[1], FPI_ITEM_MISSING);
	ck_assert_int_eq(a.sex, SEX_UNKNOWN);
	ck_assert(isnan(a.side[SIDE_LEFT].sls_eyes_open_s));
}
END_TEST

START_TEST(ini_details)
{
	struct screening_answers	a;
	struct answers_error		err;

	/* Names in any case, comments after values, CRLF, quoting, repeats. */
	load_ok("[LEFT]\r\nShoe_Wear = inner ; seen on old trainers\r\n"
	    "[Person]\r\nAGE = 52 # years\r\nsex = \"male\"\r\n", &a);
	ck_assert_int_eq(a.side[SIDE_LEFT].shoe_wear, WEAR_INNER);
	ck_assert_int_eq(a.age_years, 52);
	ck_assert_int_eq(a.sex, SEX_MALE);
	/*
	 * A repeated section or key would be merged or overwritten by
	 * iniparser without a word: both are errors (config/inifile.c).
	 */
	ck_assert_int_eq(load("[left]\nfpi1 = 1\n[right]\nfpi1 = 2\n"
	    "[LEFT]\nfpi2 = -1\n", &a, &err), -1);
	ck_assert_str_eq(err.msg, "t.ini: line 5: [LEFT] appears again (first "
	    "at line 1); give each its own name");
	ck_assert_int_eq(a.side[SIDE_RIGHT].fpi_item[0], FPI_ITEM_MISSING);
	ck_assert_int_eq(load("[person]\nage = 30\nAge = 31\n", &a, &err),
	    -1);
	ck_assert_str_eq(err.msg, "t.ini: line 3: key 'Age' appears again "
	    "(first at line 2); give each its own name");
	ck_assert_int_eq(a.age_years, 0);
	/* Numbers are decimal whatever the look: no octal, no hex. */
	load_ok("[person]\nage = 010\n", &a);
	ck_assert_int_eq(a.age_years, 10);
	want_refused("person", "age", "0x10");
	want_refused("person", "age", "12abc");
	want_refused("left", "sls_eyes_open_s", "1,5");
	/* Quoted blanks are a value, and not a number. */
	ck_assert_int_eq(load_one("left", "sls_eyes_open_s", "\"  \"", &a,
	    &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "sls_eyes_open_s = '  ': "));
}
END_TEST

/* Malformed files: an error naming the file and where, never a crash. */
START_TEST(malformed_files_fail_cleanly)
{
	static const struct {
		const char	*text;
		size_t		 len;
		const char	*want;
	} bad[] = {
#define T(s)	s, sizeof(s) - 1
		{ T("[person]\nage = 3\0" "0\n"), "t.ini: line 2: NUL byte" },
		{ T("\xef\xbb\xbf[person]\n"), "t.ini: line 1: starts with a "
		    "UTF-8 byte order mark" },
		{ T("[person]\nsex = f\xe9male\n"), "t.ini: line 2: not valid "
		    "UTF-8" },
		{ T("[person]\nage 30\n"), "t.ini: line 2: syntax error: "
		    "'age 30'" },
		{ T("[person\nage = 30\n"), "t.ini: line 1: '[person' comes "
		    "before any [section]" },
		{ T("[person]\nage = \x01\n"), "t.ini: line 2: control "
		    "character 0x01" },
#undef T
	};
	struct screening_answers	a;
	struct answers_error		err;
	char				*big;
	unsigned			 seed = 12345;

	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		ck_assert_int_eq(answers_load_text("t.ini", bad[i].text,
		    bad[i].len, &a, &err), -1);
		ck_assert_msg(strncmp(err.msg, bad[i].want,
		    strlen(bad[i].want)) == 0, "case %zu: '%s'", i, err.msg);
		want_unanswered(&a);
	}
	/* A line longer than iniparser reads. */
	ck_assert_ptr_nonnull(big = malloc(4000));
	memcpy(big, "[person]\nage = ", 15);
	memset(big + 15, '1', 2000);
	big[2015] = '\n';
	ck_assert_int_eq(answers_load_text("t.ini", big, 2016, &a, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "t.ini: line 2: 2006 bytes"));
	/* Random bytes, many times: refused or read, never a crash. */
	for (int round = 0; round < 200; round++) {
		size_t	n = 1 + (size_t)(round * 17 % 3999);

		for (size_t k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			big[k] = (char)(seed >> 16);
			/* Every few rounds, text that looks like INI. */
			if (round % 4 == 0)
				big[k] = "[]=\n ab.#;\r1-"[(seed >> 16) % 14];
		}
		if (answers_load_text("t.ini", big, n, &a, &err) != 0) {
			ck_assert_msg(strncmp(err.msg, "t.ini: ", 7) == 0,
			    "%s", err.msg);
			want_unanswered(&a);
		}
	}
	free(big);
	/* Too big to be an answers file. */
	ck_assert_int_eq(answers_load_text("t.ini", "", ANSWERS_FILE_MAX + 1,
	    &a, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "larger than"));
}
END_TEST

START_TEST(files_and_standard_input)
{
	struct screening_answers	a;
	struct answers_error		err;
	char				dir[] = "/tmp/fs-answers.XXXXXX";
	char				path[128];
	FILE				*f;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/a.ini", dir);
	ck_assert_ptr_nonnull(f = fopen(path, "w"));
	fputs("[person]\nage = 74\n[left]\nsls_eyes_open_s = 4\n", f);
	ck_assert_int_eq(fclose(f), 0);

	ck_assert_int_eq(answers_load(path, &a, &err), 0);
	ck_assert_int_eq(a.age_years, 74);
	ck_assert(a.side[SIDE_LEFT].sls_eyes_open_s == 4.0);

	/* "-" reads standard input (Check runs each test in its own fork). */
	ck_assert_ptr_nonnull(freopen(path, "r", stdin));
	ck_assert_int_eq(answers_load("-", &a, &err), 0);
	ck_assert_int_eq(a.age_years, 74);

	ck_assert_int_eq(answers_load(dir, &a, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "is a directory"));
	snprintf(path, sizeof path, "%s/none.ini", dir);
	ck_assert_int_eq(answers_load(path, &a, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "none.ini: No such file"));
	ck_assert_int_eq(answers_load("", &a, &err), -1);
	ck_assert_int_eq(answers_load("/dev/null", &a, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "not a regular file"));

	snprintf(path, sizeof path, "%s/a.ini", dir);
	ck_assert_int_eq(unlink(path), 0);
	ck_assert_int_eq(rmdir(dir), 0);
}
END_TEST

/* s is a real sentence or label: not NULL, not empty, no stray blanks. */
static void
want_words(const char *s, const char *what, int i)
{
	ck_assert_msg(s != NULL && s[0] != '\0', "%s %d has no words", what, i);
	ck_assert_msg(s[0] != ' ' && s[strlen(s) - 1] != ' ' &&
	    strstr(s, "  ") == NULL, "%s %d: stray blanks in '%s'", what, i, s);
}

/*
 * The strings file (screening/strings.c) has words for every identifier
 * the core can produce, the few designed blanks aside, so a report never
 * shows an empty label.
 */
START_TEST(every_identifier_has_words)
{
	for (int i = 0; i < STR_COUNT; i++)
		want_words(strings_text((enum string_id)i), "string", i);
	for (int i = TRIAGE_EMERGENCY; i <= TRIAGE_SELFCARE; i++) {
		want_words(strings_tier((enum triage_tier)i), "tier", i);
		want_words(strings_tier_advice((enum triage_tier)i), "advice", i);
	}
	for (int i = 0; i < RULE_COUNT; i++)
		want_words(strings_rule((enum triage_rule)i), "rule", i);
	for (int i = 0; i < PRO_COUNT; i++)
		want_words(strings_professional((enum professional)i), "pro", i);
	for (int i = 0; i < SOON_COUNT; i++)
		want_words(strings_how_soon((enum how_soon)i), "soon", i);
	for (int i = 0; i < TF_COUNT; i++)
		want_words(strings_fact((enum triage_fact)i), "fact", i);
	for (int i = 0; i < RF_COUNT; i++)
		want_words(strings_redflag((enum redflag)i), "red flag", i);
	for (int i = 0; i < SITE_COUNT; i++) {
		want_words(strings_site((enum symptom_site)i), "site", i);
		want_words(answers_site_key((enum symptom_site)i), "site key",
		    i);
	}
	for (int i = SSIDE_LEFT; i <= SSIDE_CENTRE; i++)
		want_words(strings_symptom_side((enum symptom_side)i), "sside",
		    i);
	for (int i = 0; i < 8; i++)
		want_words(strings_worse_with(i), "worse", i);
	for (int i = PRONATION_UNKNOWN; i <= PRONATION_HIGHLY_PRONATED; i++) {
		want_words(strings_pronation((enum pronation_category)i),
		    "category", i);
		want_words(strings_pronation_explain(
		    (enum pronation_category)i), "explain", i);
	}
	for (int i = -2; i <= 2; i++)
		want_words(strings_direction(i), "direction", i);
	for (int i = 0; i < PI_COUNT; i++)
		want_words(strings_indicator((enum pron_indicator)i),
		    "indicator", i);
	for (int i = CONF_NONE; i <= CONF_HIGH; i++)
		want_words(strings_confidence((enum confidence_level)i),
		    "confidence", i);
	for (int i = 0; i < BM_COUNT; i++)
		want_words(strings_measure((enum bilateral_measure)i),
		    "measure", i);
	for (int i = ASYM_NO_BAND; i <= ASYM_LARGE; i++)
		want_words(strings_band((enum asym_band)i), "band", i);
	for (int i = WHICH_LEFT; i <= WHICH_MIXED; i++)
		want_words(strings_side((enum which_side)i), "side", i);
	for (int i = SI_MISSING; i <= SI_ZERO_SUM; i++)
		want_words(strings_si_status((enum si_status)i), "si", i);
	for (int i = SRC_NONE + 1; i < SRC_COUNT; i++)
		want_words(strings_source((enum source)i), "source", i);
	for (int i = 0; i < TAG_COUNT; i++)
		want_words(strings_tag((enum evidence_tag)i), "tag", i);
	for (int i = 0; i < FINDING_COUNT; i++) {
		const struct finding_text *t =
		    strings_finding((enum finding_id)i);

		want_words(t->label, "finding label", i);
		want_words(t->explain, "finding explanation", i);
		want_words(t->basis, "finding basis", i);
	}
	/* The designed blanks. */
	ck_assert_str_eq(strings_side(WHICH_NONE), "");
	ck_assert_str_eq(strings_source(SRC_NONE), "");
	ck_assert_str_eq(strings_si_status(SI_OK), "");
	/* Out of range gives "", never NULL or a neighbour's words. */
	ck_assert_str_eq(strings_text(STR_COUNT), "");
	ck_assert_str_eq(strings_rule(RULE_COUNT), "");
	ck_assert_str_eq(strings_worse_with(8), "");
	ck_assert_str_eq(strings_direction(3), "");
	ck_assert_str_eq(strings_finding(FINDING_COUNT)->label, "");
}
END_TEST

/* The rules that shape wording: §7 and §0.1 in words people read. */
START_TEST(wording_follows_the_evidence)
{
	/* §7.6: the disclaimer says it cannot find a cause. */
	ck_assert_ptr_nonnull(strstr(strings_text(STR_DISCLAIMER),
	    "cannot find the cause of pain"));
	/* §0.1 rule 2: no foot finding says it causes pain. */
	for (int i = FINDING_PRONATED; i <= FINDING_FOOT_POINTS_IN; i++) {
		const char *e = strings_finding((enum finding_id)i)->explain;

		ck_assert_msg(strstr(e, "causes") == NULL &&
		    strstr(e, "caused by") == NULL, "finding %d: %s", i, e);
	}
	for (int i = PRONATION_PRONATED; i <= PRONATION_HIGHLY_PRONATED; i++)
		ck_assert_ptr_null(strstr(strings_pronation_explain(
		    (enum pronation_category)i), "causes"));
}
END_TEST

START_TEST(emergency_numbers_by_country)
{
	const struct emergency_contact	*c;
	char				 buf[200];
	size_t				 i;

	c = strings_emergency("GB");
	ck_assert_str_eq(c->number, "999");
	ck_assert_str_eq(c->advice_line, "NHS 111");
	ck_assert_ptr_eq(strings_emergency("uk"), c);
	ck_assert_ptr_eq(strings_emergency("gb"), c);
	ck_assert_str_eq(strings_emergency("US")->number, "911");
	ck_assert_str_eq(strings_emergency("AU")->number, "000");
	/* Unknown, empty and absent countries: 112. */
	ck_assert_str_eq(strings_emergency("FR")->number, "112");
	ck_assert_str_eq(strings_emergency("")->number, "112");
	ck_assert_str_eq(strings_emergency(NULL)->number, "112");
	ck_assert_ptr_null(strings_emergency("DE")->advice_line);
	for (i = 0; strings_emergency_row(i) != NULL; i++)
		ck_assert_ptr_eq(strings_emergency(
		    strings_emergency_row(i)->country), strings_emergency_row(i));
	ck_assert_uint_gt(i, 3);
	strings_call_now(buf, sizeof buf, strings_emergency("GB"));
	ck_assert_str_eq(buf, "Call 999 now, or go to the nearest emergency "
	    "department. If you are not sure whether it is an emergency, "
	    "call NHS 111.");
	strings_call_now(buf, sizeof buf, strings_emergency("US"));
	ck_assert_str_eq(buf, "Call 911 now, or go to the nearest emergency "
	    "department.");
}
END_TEST

START_TEST(dosage_sentences)
{
	static const struct {
		struct exercise_dosage	d;
		const char		*want;
	} cases[] = {
		{ { 3, 10, 0, 60, 0 }, "3 sets of 10, resting 60 seconds "
		    "between sets" },
		{ { 3, 10, 5, 30, 1 }, "3 sets of 10, holding each for 5 "
		    "seconds on each side, resting 30 seconds between sets" },
		{ { 2, 0, 30, 0, 1 }, "2 holds of 30 seconds on each side" },
		{ { 1, 12, 0, 60, 0 }, "1 set of 12" },
		{ { 1, 0, 45, 0, 0 }, "1 hold of 45 seconds" },
	};
	char	buf[200];

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		strings_dosage(buf, sizeof buf, &cases[i].d);
		ck_assert_str_eq(buf, cases[i].want);
	}
}
END_TEST

/* answers_word() gives back the file's words for stored values. */
START_TEST(file_words_round_trip)
{
	ck_assert_str_eq(answers_word("left", "shoe_wear", WEAR_INNER),
	    "inner");
	ck_assert_str_eq(answers_word("right", "print_picture", PRINT_FLAT),
	    "flat");
	ck_assert_str_eq(answers_word("tests", "leg_length",
	    LEGLEN_RIGHT_SHORTER), "right_shorter");
	ck_assert_str_eq(answers_word("symptom.hip", "side", SSIDE_CENTRE),
	    "centre");
	ck_assert_str_eq(answers_word("symptom.hip", "worse_with", 7),
	    "night");
	ck_assert_ptr_null(answers_word("left", "shoe_wear", WEAR_UNKNOWN));
	ck_assert_ptr_null(answers_word("left", "shoe_wear", 4));
	ck_assert_ptr_null(answers_word("left", "fpi1", 1));
	ck_assert_ptr_null(answers_word("left", "nope", 1));
	ck_assert_str_eq(answers_site_key(SITE_HEEL_FOOT), "heel_foot");
	ck_assert_ptr_null(answers_site_key(SITE_COUNT));
}
END_TEST

static Suite *
answers_suite(void)
{
	Suite	*s = suite_create("answers");
	TCase	*tc;

	tc = tcase_create("keys");
	tcase_add_test(tc, every_key_reaches_its_field);
	tcase_add_test(tc, every_word_of_every_choice);
	tcase_add_test(tc, every_site_and_every_red_flag);
	tcase_add_loop_test(tc, every_range_on_both_sides, 0,
	    (int)(sizeof ranges / sizeof ranges[0]));
	tcase_add_test(tc, word_values_are_checked);
	tcase_add_test(tc, the_allowed_lists_are_spelled_out);
	suite_add_tcase(s, tc);

	tc = tcase_create("files");
	tcase_add_test(tc, unknown_sections_and_keys_are_named);
	tcase_add_test(tc, missing_answers_are_allowed);
	tcase_add_test(tc, ini_details);
	tcase_add_test(tc, malformed_files_fail_cleanly);
	tcase_add_test(tc, files_and_standard_input);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);

	tc = tcase_create("words");
	tcase_add_test(tc, every_identifier_has_words);
	tcase_add_test(tc, wording_follows_the_evidence);
	tcase_add_test(tc, emergency_numbers_by_country);
	tcase_add_test(tc, dosage_sentences);
	tcase_add_test(tc, file_words_round_trip);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run(answers_suite());
}
