/*
 * screening.c: the screening core's entry point and name tables.
 * screening_run() checks the answers, runs the red flags and triage first
 * and stops there on an emergency (evidence sheet §0.1 rule 1) or for a
 * person under 18 (rule 6); otherwise it runs the foot instruments,
 * pronation, balance and left/right comparisons and fills the findings the
 * advice rules match on.
 */
#include <config.h>

#include <math.h>
#include <string.h>

#include "core/balance.h"
#include "core/bilateral.h"
#include "core/foot.h"
#include "core/pronation.h"
#include "core/screening.h"
#include "core/triage.h"

/* Stable keys: one table per enum, built from the X lists. */
#define X_KEY_ENTRY(id, key) key,
#define X_FINDING_NAME(id, name, sided) name,
#define X_FINDING_SIDED(id, name, sided) sided,

static const char *const tag_keys[] = { EVIDENCE_TAG_LIST(X_KEY_ENTRY) };
static const char *const source_keys[] = { SOURCE_LIST(X_KEY_ENTRY) };
static const char *const rule_keys[] = { TRIAGE_RULE_LIST(X_KEY_ENTRY) };
static const char *const pro_keys[] = { PROFESSIONAL_LIST(X_KEY_ENTRY) };
static const char *const soon_keys[] = { HOW_SOON_LIST(X_KEY_ENTRY) };
static const char *const fact_keys[] = { TRIAGE_FACT_LIST(X_KEY_ENTRY) };
static const char *const indicator_keys[] = {
	PRON_INDICATOR_LIST(X_KEY_ENTRY)
};
static const char *const measure_keys[] = {
	BILATERAL_MEASURE_LIST(X_KEY_ENTRY)
};
static const char *const finding_names[] = { FINDING_LIST(X_FINDING_NAME) };
static const int finding_sided[] = { FINDING_LIST(X_FINDING_SIDED) };
static const char *const tier_keys[] = {
	[TRIAGE_EMERGENCY] = "emergency", [TRIAGE_URGENT] = "urgent",
	[TRIAGE_ROUTINE] = "routine", [TRIAGE_SELFCARE] = "selfcare"
};
static const char *const category_keys[] = {
	[PRONATION_UNKNOWN] = "unknown",
	[PRONATION_HIGHLY_SUPINATED] = "highly_supinated",
	[PRONATION_SUPINATED] = "supinated", [PRONATION_NEUTRAL] = "neutral",
	[PRONATION_PRONATED] = "pronated",
	[PRONATION_HIGHLY_PRONATED] = "highly_pronated"
};
static const char *const confidence_keys[] = {
	[CONF_NONE] = "none", [CONF_LOW] = "low",
	[CONF_MODERATE] = "moderate", [CONF_HIGH] = "high"
};
static const char *const band_keys[] = {
	[ASYM_NO_BAND] = "no_band", [ASYM_WITHIN_ERROR] = "within_error",
	[ASYM_NOTABLE] = "notable", [ASYM_LARGE] = "large"
};
static const char *const side_keys[] = {
	[WHICH_NONE] = "none", [WHICH_LEFT] = "left", [WHICH_RIGHT] = "right",
	[WHICH_BOTH] = "both", [WHICH_MIXED] = "mixed"
};
static const char *const si_keys[] = {
	[SI_OK] = "ok", [SI_MISSING] = "missing",
	[SI_SIGNED_MEASURE] = "signed_measure", [SI_ZERO_SUM] = "zero_sum"
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* One lookup for every table: NULL out of range. */
static const char *
key_of(const char *const *table, size_t n, unsigned v)
{
	return v < n ? table[v] : NULL;
}

#define KEY_FUNCTION(fn, type, table) \
const char *fn(type v) { return key_of(table, NELEM(table), (unsigned)v); }

KEY_FUNCTION(evidence_tag_key, enum evidence_tag, tag_keys)
KEY_FUNCTION(source_key, enum source, source_keys)
KEY_FUNCTION(which_side_key, enum which_side, side_keys)
KEY_FUNCTION(triage_tier_key, enum triage_tier, tier_keys)
KEY_FUNCTION(triage_rule_key, enum triage_rule, rule_keys)
KEY_FUNCTION(professional_key, enum professional, pro_keys)
KEY_FUNCTION(how_soon_key, enum how_soon, soon_keys)
KEY_FUNCTION(triage_fact_key, enum triage_fact, fact_keys)
KEY_FUNCTION(pronation_category_key, enum pronation_category, category_keys)
KEY_FUNCTION(pron_indicator_key, enum pron_indicator, indicator_keys)
KEY_FUNCTION(confidence_level_key, enum confidence_level, confidence_keys)
KEY_FUNCTION(asym_band_key, enum asym_band, band_keys)
KEY_FUNCTION(bilateral_measure_key, enum bilateral_measure, measure_keys)
KEY_FUNCTION(si_status_key, enum si_status, si_keys)
KEY_FUNCTION(finding_name, enum finding_id, finding_names)

int
finding_lookup(const char *name)
{
	if (name == NULL)
		return -1;
	for (size_t i = 0; i < NELEM(finding_names); i++)
		if (strcmp(finding_names[i], name) == 0)
			return (int)i;
	return -1;
}

int
finding_is_sided(enum finding_id f)
{
	return (unsigned)f < NELEM(finding_sided) ? finding_sided[f] : 0;
}

void
screening_answers_init(struct screening_answers *a)
{
	if (a == NULL)
		return;
	memset(a, 0, sizeof(*a));
	for (int i = 0; i < SITE_COUNT; i++) {
		a->symptom[i].duration_weeks = NAN;
		a->symptom[i].intensity = NAN;
	}
	for (int s = 0; s < SIDE_COUNT; s++) {
		struct side_answers *sa = &a->side[s];

		sa->print_min_midfoot_mm = sa->print_max_forefoot_mm = NAN;
		sa->print_max_heel_mm = NAN;
		sa->navicular_neutral_mm = sa->navicular_relaxed_mm = NAN;
		for (int i = 0; i < FPI_ITEMS; i++)
			sa->fpi_item[i] = FPI_ITEM_MISSING;
		sa->sls_eyes_open_s = sa->sls_eyes_closed_s = NAN;
		sa->heel_raise_reps = NAN;
		sa->board_sls_cop_medial_mm = sa->board_sls_time_s = NAN;
	}
	a->board_weight_right_pct = NAN;
	a->board_velocity_eo_mm_s = a->board_velocity_ec_mm_s = NAN;
	a->board_area_eo_mm2 = a->board_area_ec_mm2 = NAN;
}

/* ------------------------------------------------------------------ */
/* Checking the answers                                                */

/* A number that may be missing (NAN) but must otherwise lie in [lo, hi]. */
static enum core_status
check_number(double v, double lo, double hi)
{
	if (isinf(v))
		return CORE_ERR_NONFINITE;
	if (isnan(v) || (v >= lo && v <= hi))
		return CORE_OK;
	return CORE_ERR_ARG;
}

/* Fold checks: the first failure wins. */
#define CHECK(expr) do { \
	enum core_status st_ = (expr); \
	if (st_ != CORE_OK) \
		return st_; \
} while (0)
#define CHECK_ENUM(v, max) CHECK((unsigned)(v) <= (unsigned)(max) ? \
	CORE_OK : CORE_ERR_ARG)

static enum core_status
check_side(const struct side_answers *s)
{
	CHECK_ENUM(s->shoe_wear, WEAR_EVEN);
	CHECK_ENUM(s->foot_angle, ANGLE_OUT);
	CHECK_ENUM(s->heel_tilt, TILT_OUTWARD);
	CHECK_ENUM(s->knee_falls_in_walking, ANSWER_YES);
	CHECK(check_number(s->print_min_midfoot_mm, 0, HUGE_VAL));
	CHECK(check_number(s->print_max_forefoot_mm, 0, HUGE_VAL));
	CHECK(check_number(s->print_max_heel_mm, 0, HUGE_VAL));
	CHECK_ENUM(s->print_picture, PRINT_FLAT);
	CHECK(check_number(s->navicular_neutral_mm, 0, HUGE_VAL));
	CHECK(check_number(s->navicular_relaxed_mm, 0, HUGE_VAL));
	CHECK_ENUM(s->navicular_by, BY_TRAINER);
	for (int i = 0; i < FPI_ITEMS; i++)
		if (s->fpi_item[i] != FPI_ITEM_MISSING &&
		    (s->fpi_item[i] < -2 || s->fpi_item[i] > 2))
			return CORE_ERR_ARG;
	CHECK_ENUM(s->fpi_by, BY_TRAINER);
	CHECK(check_number(s->sls_eyes_open_s, 0, HUGE_VAL));
	CHECK(check_number(s->sls_eyes_closed_s, 0, HUGE_VAL));
	CHECK(check_number(s->heel_raise_reps, 0, HUGE_VAL));
	CHECK_ENUM(s->squat_knee, KNEE_MEDIAL_TO_FOOT);
	CHECK_ENUM(s->squat_pelvic_drop, ANSWER_YES);
	CHECK(check_number(s->board_sls_cop_medial_mm, -HUGE_VAL, HUGE_VAL));
	CHECK(check_number(s->board_sls_time_s, 0, HUGE_VAL));
	return CORE_OK;
}

static enum core_status
check_symptom(const struct symptom *y)
{
	CHECK_ENUM(y->side, SSIDE_CENTRE);
	CHECK(check_number(y->duration_weeks, 0, HUGE_VAL));
	CHECK(check_number(y->intensity, 0, 10));
	CHECK_ENUM(y->limits_daily_life, ANSWER_YES);
	CHECK_ENUM(y->improving, ANSWER_YES);
	return CORE_OK;
}

enum core_status
screening_answers_check(const struct screening_answers *a)
{
	if (a == NULL)
		return CORE_ERR_ARG;
	/* 0 is "unknown"; no adult norm or rule reaches past 130. */
	CHECK(a->age_years >= 0 && a->age_years <= 130 ? CORE_OK :
	    CORE_ERR_ARG);
	CHECK_ENUM(a->sex, SEX_MALE);
	CHECK_ENUM(a->fell_past_year, ANSWER_YES);
	CHECK_ENUM(a->dizziness, ANSWER_YES);
	CHECK_ENUM(a->tandem_10s, ANSWER_YES);
	CHECK_ENUM(a->partner_present, ANSWER_YES);
	for (int i = 0; i < RF_COUNT; i++)
		CHECK_ENUM(a->redflag[i], ANSWER_YES);
	for (int i = 0; i < SITE_COUNT; i++)
		CHECK(check_symptom(&a->symptom[i]));
	for (int s = 0; s < SIDE_COUNT; s++)
		CHECK(check_side(&a->side[s]));
	CHECK_ENUM(a->heel_raise_protocol, HRP_INCLINE_10DEG);
	CHECK_ENUM(a->leg_length, LEGLEN_RIGHT_SHORTER);
	CHECK_ENUM(a->pelvis_level, ANSWER_YES);
	CHECK(check_number(a->board_weight_right_pct, 0, 100));
	CHECK(check_number(a->board_velocity_eo_mm_s, 0, HUGE_VAL));
	CHECK(check_number(a->board_velocity_ec_mm_s, 0, HUGE_VAL));
	CHECK(check_number(a->board_area_eo_mm2, 0, HUGE_VAL));
	CHECK(check_number(a->board_area_ec_mm2, 0, HUGE_VAL));
	return CORE_OK;
}

/* ------------------------------------------------------------------ */
/* Findings                                                            */

static void
found(struct findings *f, enum finding_id id, unsigned where)
{
	f->where[id] |= where;
}

static void
findings_side(const struct screening_answers *a, const struct screening_result *r,
    int s, struct findings *f)
{
	static const enum finding_id by_category[] = {
		[PRONATION_HIGHLY_SUPINATED] = FINDING_HIGHLY_SUPINATED,
		[PRONATION_SUPINATED] = FINDING_SUPINATED,
		[PRONATION_PRONATED] = FINDING_PRONATED,
		[PRONATION_HIGHLY_PRONATED] = FINDING_HIGHLY_PRONATED,
	};
	const struct side_answers	*sa = &a->side[s];
	const struct pronation_result	*p = &r->pronation[s];
	unsigned			 here = 1u << s;

	if (p->category != PRONATION_UNKNOWN &&
	    p->category != PRONATION_NEUTRAL)
		found(f, by_category[p->category], here);
	if (p->disagree != 0)
		found(f, FINDING_INDICATORS_DISAGREE, here);
	if (sa->shoe_wear == WEAR_INNER)
		found(f, FINDING_SHOE_WEAR_INNER, here);
	if (sa->shoe_wear == WEAR_OUTER)
		found(f, FINDING_SHOE_WEAR_OUTER, here);
	if (sa->foot_angle == ANGLE_OUT)
		found(f, FINDING_FOOT_POINTS_OUT, here);
	if (sa->foot_angle == ANGLE_IN)
		found(f, FINDING_FOOT_POINTS_IN, here);
	/* Knee medial to foot (Ageberg 2010 [V]) in the squat or walking. */
	if (sa->squat_knee == KNEE_MEDIAL_TO_FOOT ||
	    sa->knee_falls_in_walking == ANSWER_YES)
		found(f, FINDING_KNEE_VALGUS, here);
	if (sa->squat_pelvic_drop == ANSWER_YES)
		found(f, FINDING_PELVIC_DROP, here);
	if (r->balance.heel_raise[s].below_typical)
		found(f, FINDING_HEEL_RAISE_LOW, here);
	if (r->balance.sls[s].eo_below_mean)
		found(f, FINDING_SLS_BELOW_AGE_MEAN, here);
}

static void
findings_fill(const struct screening_answers *a, struct screening_result *r)
{
	struct findings		*f = &r->findings;
	const struct balance_result *b = &r->balance;
	bool			 pain = false, asked = false;

	for (int s = 0; s < SIDE_COUNT; s++)
		findings_side(a, r, s, f);
	if (r->bilateral.item[BM_HEEL_RAISE].band == ASYM_NOTABLE)
		found(f, FINDING_HEEL_RAISE_ASYMMETRY, FOUND_GLOBAL);
	if (b->fall_risk)
		found(f, FINDING_FALL_RISK, FOUND_GLOBAL);
	if (b->caution)
		found(f, FINDING_BALANCE_CAUTION, FOUND_GLOBAL);
	if (b->weight_outside_convention)
		found(f, FINDING_WEIGHT_ASYMMETRY, FOUND_GLOBAL);
	if (b->romberg_above_typical)
		found(f, FINDING_VISUAL_RELIANCE, FOUND_GLOBAL);
	if (a->leg_length == LEGLEN_LEFT_SHORTER ||
	    a->leg_length == LEGLEN_RIGHT_SHORTER)
		found(f, FINDING_LEG_LENGTH_DIFFERENCE, FOUND_GLOBAL);
	if (a->pelvis_level == ANSWER_NO)
		found(f, FINDING_PELVIS_NOT_LEVEL, FOUND_GLOBAL);
	for (int i = 0; i < SITE_COUNT; i++) {
		asked |= a->symptom[i].answered || a->symptom[i].present;
		if (!a->symptom[i].present)
			continue;
		/* SYMPTOM_SITE_LIST and the PAIN_* findings share an order. */
		found(f, (enum finding_id)(FINDING_PAIN_LOW_BACK + i),
		    FOUND_GLOBAL);
		pain = true;
	}
	/* "No pain" only when asked: silence about pain is not its absence. */
	if (!pain && asked)
		found(f, FINDING_NO_PAIN, FOUND_GLOBAL);
}

/* The PAIN_* findings must follow the symptom sites one for one. */
_Static_assert(FINDING_PAIN_ANKLE - FINDING_PAIN_LOW_BACK ==
    SITE_ANKLE - SITE_LOW_BACK, "PAIN_* findings out of step with sites");

enum core_status
screening_run(const struct screening_answers *a,
    const struct screening_norms *norms, struct screening_result *r)
{
	if (a == NULL || r == NULL)
		return CORE_ERR_ARG;
	if (norms == NULL)
		norms = &screening_norms_builtin;
	CHECK(screening_answers_check(a));
	*r = (struct screening_result){ 0 };
	CHECK(triage_evaluate(a, &r->triage));
	if (r->triage.tier == TRIAGE_EMERGENCY || r->triage.out_of_scope)
		return CORE_OK;

	for (int s = 0; s < SIDE_COUNT; s++) {
		CHECK(foot_assess(&a->side[s], &r->foot[s]));
		CHECK(pronation_combine(&a->side[s], &r->foot[s],
		    &r->pronation[s]));
	}
	CHECK(balance_assess(a, norms, &r->balance));
	CHECK(bilateral_assess(a, r->foot, &r->balance, &r->bilateral));
	findings_fill(a, r);
	r->scored = true;
	/*
	 * Urgent tier: possible fracture, malignancy or infection: see the
	 * professional before starting exercises.  Self-care and routine
	 * tiers get the plan (NICE NG59 [V]: stay active, exercise).
	 */
	r->plan_allowed = r->triage.tier == TRIAGE_SELFCARE ||
	    r->triage.tier == TRIAGE_ROUTINE;
	return CORE_OK;
}
