/*
 * strings.h: every sentence and label a person reads in a screening
 * result, keyed by the identifiers the core produces.
 *
 * This is the one strings file (issue 3): the text and JSON reports, the
 * assess command and the TUI take their words from here, or from the
 * clinic-editable data/advice.ini and data/exercises.ini (exercises, rule
 * wording, referral lines).  The wording follows the evidence sheet's §0.1
 * and §7: plain language for a person without clinical training, no more
 * certain than the evidence, foot posture described and never blamed for
 * pain, insoles never offered for back pain.  Everything is paraphrased;
 * nothing is copied from the sources.
 *
 * Every function returns a non-NULL string (the empty string for a value
 * that has nothing to say, such as WHICH_NONE); the tests check that every
 * identifier has its text.
 */
#ifndef FOOTSCREEN_SCREENING_STRINGS_H
#define FOOTSCREEN_SCREENING_STRINGS_H

#include <stddef.h>

#include "core/advice.h"
#include "core/screening.h"

/* Fixed sentences and labels; their words are in strings.c. */
#define STRING_ID_LIST(X) \
	X(TITLE) \
	X(DISCLAIMER) \
	X(POSTURE_NOT_CAUSE) \
	X(INSOLES_BACK) \
	X(APPROXIMATE) \
	X(SELF_COLLECTED) \
	X(H_RESULT) \
	X(H_TELL) \
	X(H_SAFETY_NET) \
	X(H_FEET) \
	X(H_BALANCE) \
	X(H_ASYMMETRY) \
	X(H_FINDINGS) \
	X(H_PLAN) \
	X(H_EXERCISES) \
	X(H_WORDING) \
	X(H_REFERRAL) \
	X(NOT_SCORED) \
	X(OUT_OF_SCOPE) \
	X(NO_PLAN) \
	X(NO_FINDINGS) \
	X(NO_ASYMMETRY) \
	X(NO_FOOT_DATA) \
	X(NO_BALANCE_DATA) \
	X(H_TOLD) \
	X(WHY) \
	X(ALSO_MATCHED) \
	X(BECAUSE) \
	X(DOSE) \
	X(LEFT) \
	X(RIGHT) \
	X(LEFT_FOOT) \
	X(RIGHT_FOOT) \
	X(LEFT_LEG) \
	X(LEFT_LEG_CAP) \
	X(RIGHT_LEG_CAP) \
	X(RIGHT_LEG) \
	X(AGREE) \
	X(DISAGREE) \
	X(NO_VOTE) \
	X(ON_LEFT) \
	X(ON_RIGHT) \
	X(ON_BOTH) \
	X(CONFIDENCE) \
	X(SOURCE) \
	X(BASED_ON) \
	X(TRIGGERED_BY) \
	X(EVIDENCE) \
	X(CAUTIONS) \
	X(WITH_SUPPORT) \
	X(HARDER) \
	X(GENERAL_ADVICE) \
	X(APPROX_TAG) \
	X(SLS_EO) \
	X(SLS_EC) \
	X(AGE_MEAN) \
	X(NO_NORM) \
	X(BELOW_AGE_MEAN) \
	X(UNDER_5S) \
	X(FALL_RISK) \
	X(FALL_SLS) \
	X(FALL_TANDEM) \
	X(CAUTION) \
	X(CAUTION_AGE) \
	X(CAUTION_FELL) \
	X(CAUTION_DIZZY) \
	X(CAUTION_TANDEM) \
	X(HEEL_RAISES) \
	X(HEEL_RAISE_LOW) \
	X(HEEL_RAISE_TYPICAL) \
	X(HEEL_RAISE_NOT_COMPARED) \
	X(SQUAT) \
	X(FLAT_PRINT_FROM) \
	X(KNEE_OVER_FOOT) \
	X(KNEE_MEDIAL) \
	X(PELVIC_DROP) \
	X(NO_PELVIC_DROP) \
	X(LEG_LENGTH) \
	X(LEGS_EQUAL) \
	X(LEFT_SHORTER) \
	X(RIGHT_SHORTER) \
	X(PELVIS) \
	X(PELVIS_LEVEL) \
	X(PELVIS_TILTED) \
	X(BOARD_WEIGHT) \
	X(WEIGHT_OUTSIDE) \
	X(ROMBERG) \
	X(ROMBERG_HIGH) \
	X(ROMBERG_TYPICAL) \
	X(TIMES) \
	X(OF_SIX_ITEMS) \
	X(TO) \
	X(BOARD_SLS) \
	X(COP_MEDIAL) \
	X(COP_LATERAL) \
	X(DIFFERENCE) \
	X(SYMMETRY_INDEX) \
	X(LIMB_SYMMETRY) \
	X(STANDS_OUT) \
	X(NOTABLE_FROM) \
	X(LARGE_FROM) \
	X(TIER) \
	X(SEE) \
	X(WHEN) \
	X(YOU_SAID_YES) \
	X(SYMPTOMS) \
	X(WEEK) \
	X(WEEKS) \
	X(FOR) \
	X(OTHER_POINTS) \
	X(INTENSITY) \
	X(OUT_OF_10) \
	X(LIMITS_LIFE) \
	X(IMPROVING) \
	X(NOT_IMPROVING) \
	X(NONE)

enum string_id {
#define STRING_X_ENUM(id) STR_##id,
	STRING_ID_LIST(STRING_X_ENUM)
#undef STRING_X_ENUM
	STR_COUNT
};

const char	*strings_text(enum string_id);

/* Triage. */
const char	*strings_tier(enum triage_tier);	/* headline */
const char	*strings_tier_advice(enum triage_tier);	/* what to do */
const char	*strings_rule(enum triage_rule);	/* what it may mean */
const char	*strings_professional(enum professional);
const char	*strings_how_soon(enum how_soon);
const char	*strings_fact(enum triage_fact);
const char	*strings_redflag(enum redflag);
const char	*strings_site(enum symptom_site);
const char	*strings_symptom_side(enum symptom_side);
/* What worse_with bit i (0..7) means: "worse when sitting". */
const char	*strings_worse_with(int bit);

/* Feet. */
const char	*strings_pronation(enum pronation_category);
const char	*strings_pronation_explain(enum pronation_category);
/* A vote's direction -2..+2 as words ("towards rolling inward"). */
const char	*strings_direction(int direction);
const char	*strings_indicator(enum pron_indicator);
const char	*strings_confidence(enum confidence_level);
const char	*strings_collector(enum collector);
const char	*strings_shoe_wear(enum shoe_wear);
const char	*strings_heel_tilt(enum heel_tilt);
const char	*strings_print_picture(enum footprint_picture);

/* Left and right. */
const char	*strings_measure(enum bilateral_measure);
const char	*strings_measure_unit(enum bilateral_measure);
const char	*strings_band(enum asym_band);
const char	*strings_side(enum which_side);
const char	*strings_si_status(enum si_status);

/* Where statements come from. */
const char	*strings_source(enum source);
const char	*strings_tag(enum evidence_tag);

/* A finding: a short label, what it means, and what it rests on. */
struct finding_text {
	const char	*label;
	const char	*explain;
	const char	*basis;
	enum source	 source;
};
const struct finding_text *strings_finding(enum finding_id);

/*
 * Emergency numbers by country (issue 3 item 4; the evidence sheet §6.4
 * names 999, 112 and 911 and NHS 111).  A small table of well-known
 * numbers: unknown countries get 112, the European emergency number that
 * many mobile networks elsewhere also route.
 */
struct emergency_contact {
	const char	*country;	/* ISO 3166-1 alpha-2; "" default */
	const char	*number;
	const char	*advice_line;	/* for "not sure"; NULL none */
};
const struct emergency_contact *strings_emergency(const char *country);
/* Rows of the table, for the manual and tests; NULL past the end. */
const struct emergency_contact *strings_emergency_row(size_t i);

/*
 * Sentences with numbers in them, written into buf (always terminated).
 * Return the length they needed, as snprintf does.
 */
/* "Call 999 now, or go to the nearest emergency department." */
int	strings_call_now(char *buf, size_t len, const struct emergency_contact *);
/* "Call 999 or go to an emergency department at once if ...:" */
int	strings_call_if(char *buf, size_t len, const struct emergency_contact *);
/* "3 sets of 10, holding 5 s each, each side; rest 60 s between sets" */
int	strings_dosage(char *buf, size_t len, const struct exercise_dosage *);

#endif
