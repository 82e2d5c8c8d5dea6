/*
 * test_triage.c: the red-flag tiers of evidence sheet §6.4, exhaustively
 * where that is possible: every subset of the emergency items, every
 * subset of the urgent items (with the cancer clusters), every count of
 * the NICE NG65 features with and without the gate, and a seeded random
 * sample of whole answer vectors checked against an oracle written here
 * from the sheet's tables.  An emergency must never carry scores, findings
 * or an exercise plan.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "core/screening.h"
#include "core/triage.h"
#include "testutil.h"

/* §6.4 Tier E, "any one": the sheet's rows, one item each. */
static const enum redflag emergency_items[] = {
	RF_SADDLE_NUMBNESS, RF_BLADDER_CHANGE,
	RF_URINE_RETENTION_OR_INCONTINENCE, RF_BOWEL_INCONTINENCE,
	RF_BOTH_LEGS, RF_SEXUAL_DYSFUNCTION, RF_PROGRESSIVE_WEAKNESS,
	RF_SPREADING_NUMBNESS, RF_FEVER_UNWELL, RF_MAJOR_TRAUMA,
	RF_SUDDEN_SEVERE_PAIN_FAINT, RF_HOT_SWOLLEN_JOINT_FEVER
};
/* The rule each emergency item above belongs to, in the same order. */
static const enum triage_rule emergency_rule[] = {
	RULE_CAUDA_EQUINA, RULE_CAUDA_EQUINA, RULE_CAUDA_EQUINA,
	RULE_CAUDA_EQUINA, RULE_CAUDA_EQUINA, RULE_CAUDA_EQUINA,
	RULE_PROGRESSIVE_DEFICIT, RULE_PROGRESSIVE_DEFICIT,
	RULE_INFECTION_SYSTEMIC, RULE_MAJOR_TRAUMA, RULE_AORTIC,
	RULE_SEPTIC_JOINT
};
#define N_EMERGENCY (sizeof(emergency_items) / sizeof(emergency_items[0]))

/* Every item that is not an emergency alone and not an NG65 feature. */
static const enum redflag other_items[] = {
	RF_CANCER_HISTORY, RF_BAND_LIKE_PAIN, RF_DIFFICULTY_WALKING,
	RF_INFECTION_RISK, RF_SUDDEN_CENTRAL_PAIN_EASED_LYING,
	RF_OSTEOPOROSIS_OR_STEROIDS, RF_MINOR_TRAUMA, RF_NEW_DEFORMITY,
	RF_WEIGHT_LOSS, RF_UNREMITTING_PAIN, RF_NIGHT_PAIN,
	RF_WORSE_STRAINING, RF_THORACIC_PAIN, RF_ONE_LEG_NUMB_OR_WEAK,
	RF_CANNOT_BEAR_WEIGHT, RF_LOCKED_KNEE, RF_CALF_SWELLING
};
#define N_OTHER (sizeof(other_items) / sizeof(other_items[0]))

static const enum redflag axspa_items[] = {
	RF_AXSPA_ONSET_BEFORE_35, RF_AXSPA_WAKES_SECOND_HALF,
	RF_AXSPA_BUTTOCK_PAIN, RF_AXSPA_BETTER_MOVING, RF_AXSPA_NSAID_48H,
	RF_AXSPA_RELATIVE, RF_AXSPA_ARTHRITIS, RF_AXSPA_ENTHESITIS,
	RF_AXSPA_PSORIASIS
};
#define N_AXSPA (sizeof(axspa_items) / sizeof(axspa_items[0]))

/* An adult of 40 who said "no" to every red flag. */
static void
adult_all_no(struct screening_answers *a)
{
	screening_answers_init(a);
	a->age_years = 40;
	for (int i = 0; i < RF_COUNT; i++)
		a->redflag[i] = ANSWER_NO;
}

static bool
is_yes(const struct screening_answers *a, enum redflag rf)
{
	return a->redflag[rf] == ANSWER_YES;
}

/*
 * The oracle: the sheet's tables restated, tier by tier, as the lowest
 * enum value (the highest tier) any row matches.
 */
static enum triage_tier
oracle_tier(const struct screening_answers *a)
{
	static const enum redflag cancer_neuro[] = {
		RF_BAND_LIKE_PAIN, RF_DIFFICULTY_WALKING, RF_ONE_LEG_NUMB_OR_WEAK
	};
	static const enum redflag urgent_alone[] = {
		RF_CANCER_HISTORY, RF_WEIGHT_LOSS, RF_UNREMITTING_PAIN,
		RF_NIGHT_PAIN, RF_WORSE_STRAINING, RF_THORACIC_PAIN,
		RF_SUDDEN_CENTRAL_PAIN_EASED_LYING, RF_NEW_DEFORMITY,
		RF_INFECTION_RISK, RF_ONE_LEG_NUMB_OR_WEAK,
		RF_CANNOT_BEAR_WEIGHT, RF_LOCKED_KNEE, RF_CALF_SWELLING
	};
	const struct symptom *lb = &a->symptom[SITE_LOW_BACK];
	const struct symptom *leg = &a->symptom[SITE_LEG_BELOW_KNEE];

	for (size_t i = 0; i < N_EMERGENCY; i++)
		if (is_yes(a, emergency_items[i]))
			return TRIAGE_EMERGENCY;
	for (size_t i = 0; i < 3; i++)
		if (is_yes(a, RF_CANCER_HISTORY) && is_yes(a, cancer_neuro[i]))
			return TRIAGE_EMERGENCY;
	for (size_t i = 0; i < sizeof(urgent_alone) / sizeof(urgent_alone[0]); i++)
		if (is_yes(a, urgent_alone[i]))
			return TRIAGE_URGENT;
	if (is_yes(a, RF_MINOR_TRAUMA) && is_yes(a, RF_OSTEOPOROSIS_OR_STEROIDS))
		return TRIAGE_URGENT;
	if (a->age_years > 0 && a->age_years < 18)
		return TRIAGE_ROUTINE;
	if (lb->present && a->age_years > 0 && !isnan(lb->duration_weeks)) {
		double	years = lb->duration_weeks * 7.0 / 365.2425;
		double	onset = a->age_years - years;
		int	n = 0;

		for (size_t i = 0; i < N_AXSPA; i++) {
			enum redflag rf = axspa_items[i];

			if (is_yes(a, rf) || (a->redflag[rf] == ANSWER_UNKNOWN &&
			    ((rf == RF_AXSPA_ONSET_BEFORE_35 && onset < 35) ||
			    (rf == RF_AXSPA_BUTTOCK_PAIN &&
			    a->symptom[SITE_BUTTOCK].present))))
				n++;
		}
		if (onset < 45 && years > 0.25 && n >= 3)
			return TRIAGE_ROUTINE;
	}
	if (leg->present && leg->duration_weeks >= 4 &&
	    leg->limits_daily_life == ANSWER_YES)
		return TRIAGE_ROUTINE;
	return TRIAGE_SELFCARE;
}

/* Nothing past the triage: the §0.1 rule 1 check on one result. */
static void
assert_stopped(const struct screening_result *r)
{
	ck_assert(!r->scored);
	ck_assert(!r->plan_allowed);
	for (int f = 0; f < FINDING_COUNT; f++)
		ck_assert_uint_eq(r->findings.where[f], 0);
	for (int s = 0; s < SIDE_COUNT; s++) {
		ck_assert_int_eq(r->pronation[s].category, PRONATION_UNKNOWN);
		ck_assert_int_eq(r->pronation[s].n_voting, 0);
		ck_assert(!r->foot[s].navicular.present);
		ck_assert_int_eq(r->foot[s].fpi.n_scored, 0);
	}
	ck_assert(!r->balance.fall_risk && r->balance.caution_why == 0);
	ck_assert_uint_eq(r->bilateral.flagged, 0);
}

static void
assert_emergency(const struct screening_result *r)
{
	ck_assert_int_eq(r->triage.tier, TRIAGE_EMERGENCY);
	ck_assert_int_eq(r->triage.professional, PRO_EMERGENCY_SERVICES);
	ck_assert_int_eq(r->triage.how_soon, SOON_NOW);
	ck_assert_uint_eq(r->triage.n_safety_net, 0);
	assert_stopped(r);
}

START_TEST(every_subset_of_emergency_items)
{
	for (unsigned mask = 0; mask < 1u << N_EMERGENCY; mask++) {
		struct screening_answers a;
		struct screening_result	 r;
		enum triage_rule	 first = RULE_COUNT;

		adult_all_no(&a);
		for (size_t i = 0; i < N_EMERGENCY; i++) {
			if (!(mask & (1u << i)))
				continue;
			a.redflag[emergency_items[i]] = ANSWER_YES;
			if (emergency_rule[i] < first)
				first = emergency_rule[i];
		}
		ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
		if (mask == 0) {
			ck_assert_int_eq(r.triage.tier, TRIAGE_SELFCARE);
			ck_assert_int_eq(r.triage.rule, RULE_NONE);
			ck_assert(r.scored && r.plan_allowed);
			/* The safety net is exactly the emergency items. */
			ck_assert_uint_eq(r.triage.n_safety_net, N_EMERGENCY);
			continue;
		}
		assert_emergency(&r);
		ck_assert_msg(r.triage.rule == first, "mask %#x rule %d want %d",
		    mask, r.triage.rule, first);
		ck_assert_uint_eq(r.triage.n_flags,
		    (size_t)__builtin_popcount(mask));
	}
}
END_TEST

START_TEST(every_subset_of_urgent_items)
{
	/* 2^17 subsets of everything that is not an emergency alone. */
	for (uint32_t mask = 0; mask < 1u << N_OTHER; mask++) {
		struct screening_answers a;
		struct screening_result	 r;
		enum triage_tier	 want;

		adult_all_no(&a);
		for (size_t i = 0; i < N_OTHER; i++)
			if (mask & (1u << i))
				a.redflag[other_items[i]] = ANSWER_YES;
		ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
		want = oracle_tier(&a);
		ck_assert_msg(r.triage.tier == want, "mask %#x tier %d want %d",
		    mask, r.triage.tier, want);
		if (want == TRIAGE_EMERGENCY) {
			ck_assert_int_eq(r.triage.rule, RULE_MSCC);
			assert_emergency(&r);
		} else if (want == TRIAGE_URGENT) {
			/* Scored, but no plan before a professional has seen them. */
			ck_assert(r.scored && !r.plan_allowed);
			ck_assert(r.triage.n_safety_net >= N_EMERGENCY);
		} else {
			ck_assert(r.scored && r.plan_allowed);
		}
	}
}
END_TEST

START_TEST(cancer_clusters)
{
	static const enum redflag pain_features[] = {
		RF_UNREMITTING_PAIN, RF_NIGHT_PAIN, RF_WORSE_STRAINING,
		RF_THORACIC_PAIN
	};
	struct screening_answers a;
	struct screening_result	 r;

	/* A cancer history alone: urgent, GP within days (§6.4 Tier U). */
	adult_all_no(&a);
	a.redflag[RF_CANCER_HISTORY] = ANSWER_YES;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.rule, RULE_MALIGNANCY);
	ck_assert_int_eq(r.triage.professional, PRO_GP_URGENT);
	ck_assert_int_eq(r.triage.how_soon, SOON_WITHIN_DAYS);
	/* Its safety net adds the cord-compression signs (CG75). */
	{
		bool	band = false;

		for (size_t i = 0; i < r.triage.n_safety_net; i++)
			band |= r.triage.safety_net[i] == RF_BAND_LIKE_PAIN;
		ck_assert(band);
		ck_assert_uint_eq(r.triage.n_safety_net, N_EMERGENCY + 3);
	}
	/* Known cancer + a spinal pain feature: within 24 h (CG75 [V]). */
	for (size_t i = 0; i < 4; i++) {
		adult_all_no(&a);
		a.redflag[RF_CANCER_HISTORY] = ANSWER_YES;
		a.redflag[pain_features[i]] = ANSWER_YES;
		ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
		ck_assert_int_eq(r.triage.tier, TRIAGE_URGENT);
		ck_assert_int_eq(r.triage.rule, RULE_CANCER_PAIN_24H);
		ck_assert_int_eq(r.triage.professional, PRO_CANCER_TEAM);
		ck_assert_int_eq(r.triage.how_soon, SOON_WITHIN_24H);
		ck_assert(r.triage.rules_matched & (1ul << RULE_MALIGNANCY));
		ck_assert_int_eq(r.triage.cite.source, SRC_NICE_CG75);
		/* The same feature without a cancer history: within days. */
		a.redflag[RF_CANCER_HISTORY] = ANSWER_NO;
		ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
		ck_assert_int_eq(r.triage.rule, RULE_MALIGNANCY);
		ck_assert_int_eq(r.triage.how_soon, SOON_WITHIN_DAYS);
	}
	/* Known cancer + a neurological symptom: emergency (MSCC). */
	adult_all_no(&a);
	a.redflag[RF_CANCER_HISTORY] = ANSWER_YES;
	a.redflag[RF_DIFFICULTY_WALKING] = ANSWER_YES;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.rule, RULE_MSCC);
	assert_emergency(&r);
	/* Difficulty walking without cancer matches nothing. */
	a.redflag[RF_CANCER_HISTORY] = ANSWER_UNKNOWN;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.tier, TRIAGE_SELFCARE);
	/* A minor fall needs osteoporosis or steroids to count. */
	adult_all_no(&a);
	a.redflag[RF_MINOR_TRAUMA] = ANSWER_YES;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.tier, TRIAGE_SELFCARE);
	a.redflag[RF_OSTEOPOROSIS_OR_STEROIDS] = ANSWER_YES;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.rule, RULE_FRACTURE);
}
END_TEST

/* Low back pain of `weeks` in a person of `age`, all NG65 items "no". */
static void
back_pain(struct screening_answers *a, int age, double weeks)
{
	adult_all_no(a);
	a->age_years = age;
	a->symptom[SITE_LOW_BACK].present = 1;
	a->symptom[SITE_LOW_BACK].duration_weeks = weeks;
}

START_TEST(ng65_every_feature_count_and_gate)
{
	/*
	 * Gates: met (40 y, 1 year), onset too late (60 y), too short (8
	 * weeks), unknown (no age).  Feature subsets: all 512.
	 */
	static const struct { int age; double weeks; bool met; } gate[] = {
		{ 40, 52, true }, { 60, 52, false }, { 30, 8, false },
		{ 0, 52, false }
	};

	for (size_t g = 0; g < 4; g++) {
		for (unsigned mask = 0; mask < 1u << N_AXSPA; mask++) {
			struct screening_answers a;
			struct screening_result	 r;
			int			 n = __builtin_popcount(mask);

			back_pain(&a, gate[g].age, gate[g].weeks);
			for (size_t i = 0; i < N_AXSPA; i++)
				if (mask & (1u << i))
					a.redflag[axspa_items[i]] = ANSWER_YES;
			ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
			ck_assert_int_eq(r.triage.tier, oracle_tier(&a));
			if (!gate[g].met) {
				ck_assert_int_eq(r.triage.tier, TRIAGE_SELFCARE);
				ck_assert_int_eq(r.triage.axspa_features, -1);
				continue;
			}
			ck_assert_int_eq(r.triage.axspa_features, n);
			if (n >= 4) {
				ck_assert_int_eq(r.triage.rule, RULE_AXSPA_REFER);
				ck_assert_int_eq(r.triage.professional,
				    PRO_RHEUMATOLOGY);
			} else if (n == 3) {
				ck_assert_int_eq(r.triage.rule, RULE_AXSPA_HLA_B27);
				ck_assert_int_eq(r.triage.professional, PRO_GP);
			} else {
				ck_assert_int_eq(r.triage.tier, TRIAGE_SELFCARE);
				ck_assert(r.triage.facts & (1u << TF_AXSPA_WATCH));
			}
			ck_assert(r.plan_allowed);
		}
	}
}
END_TEST

START_TEST(ng65_gate_edges)
{
	struct screening_answers a;
	struct screening_result	 r;

	/* Four features: only the gate decides. */
#define FOUR(a) do { \
	(a).redflag[RF_AXSPA_BUTTOCK_PAIN] = ANSWER_YES; \
	(a).redflag[RF_AXSPA_RELATIVE] = ANSWER_YES; \
	(a).redflag[RF_AXSPA_PSORIASIS] = ANSWER_YES; \
	(a).redflag[RF_AXSPA_ENTHESITIS] = ANSWER_YES; \
} while (0)
	/* 3 months = 13.04 weeks: 13 is not more than 3 months, 13.1 is. */
	back_pain(&a, 40, 13.0);
	FOUR(a);
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.tier, TRIAGE_SELFCARE);
	a.symptom[SITE_LOW_BACK].duration_weeks = 13.1;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.rule, RULE_AXSPA_REFER);
	/* Onset age 45 exactly (46 y, 1 year of pain) fails; 44.x passes. */
	back_pain(&a, 46, 365.2425 / 7.0);
	FOUR(a);
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.tier, TRIAGE_SELFCARE);
	a.symptom[SITE_LOW_BACK].duration_weeks = 53;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.rule, RULE_AXSPA_REFER);
	/* Unanswered features come from the symptoms: onset < 35, buttock. */
	back_pain(&a, 36, 104);
	a.redflag[RF_AXSPA_ONSET_BEFORE_35] = ANSWER_UNKNOWN;
	a.redflag[RF_AXSPA_BUTTOCK_PAIN] = ANSWER_UNKNOWN;
	a.symptom[SITE_BUTTOCK].present = 1;
	a.redflag[RF_AXSPA_PSORIASIS] = ANSWER_YES;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.axspa_features, 3);
	ck_assert_int_eq(r.triage.rule, RULE_AXSPA_HLA_B27);
	/* Features but no back pain given: the gate is unknown, said so. */
	adult_all_no(&a);
	FOUR(a);
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.tier, TRIAGE_SELFCARE);
	ck_assert(r.triage.facts & (1u << TF_AXSPA_GATE_UNKNOWN));
#undef FOUR
}
END_TEST

START_TEST(routine_leg_pain_and_context)
{
	struct screening_answers a;
	struct screening_result	 r;

	adult_all_no(&a);
	a.symptom[SITE_LEG_BELOW_KNEE].present = 1;
	a.symptom[SITE_LEG_BELOW_KNEE].limits_daily_life = ANSWER_YES;
	a.symptom[SITE_LEG_BELOW_KNEE].duration_weeks = 3.9;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.tier, TRIAGE_SELFCARE);
	a.symptom[SITE_LEG_BELOW_KNEE].duration_weeks = 4.0;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.rule, RULE_LEG_PAIN_PERSISTENT);
	ck_assert_int_eq(r.triage.professional, PRO_GP_OR_PHYSIOTHERAPIST);
	ck_assert_uint_eq(r.triage.sites, 1u << SITE_LEG_BELOW_KNEE);
	a.symptom[SITE_LEG_BELOW_KNEE].limits_daily_life = ANSWER_NO;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.tier, TRIAGE_SELFCARE);

	/* Age and duration are facts to mention, never a tier on their own. */
	back_pain(&a, 60, 8);
	a.symptom[SITE_LOW_BACK].improving = ANSWER_NO;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.tier, TRIAGE_SELFCARE);
	ck_assert(r.triage.facts & (1u << TF_ONSET_AFTER_50));
	ck_assert(r.triage.facts & (1u << TF_NOT_IMPROVING_MONTH));
	ck_assert(r.triage.facts & (1u << TF_PERSISTENT_REVIEW));
	a.symptom[SITE_LOW_BACK].duration_weeks = 6.0;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert(!(r.triage.facts & (1u << TF_PERSISTENT_REVIEW)));
	a.symptom[SITE_LOW_BACK].duration_weeks = 4.3;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert(!(r.triage.facts & (1u << TF_NOT_IMPROVING_MONTH)));
}
END_TEST

START_TEST(under_18_is_out_of_scope)
{
	struct screening_answers a;
	struct screening_result	 r;

	adult_all_no(&a);
	a.age_years = 17;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert(r.triage.out_of_scope);
	ck_assert_int_eq(r.triage.rule, RULE_UNDER_18);
	ck_assert_int_eq(r.triage.tier, TRIAGE_ROUTINE);
	ck_assert_int_eq(r.triage.professional, PRO_GP);
	assert_stopped(&r);
	a.age_years = 18;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert(!r.triage.out_of_scope && r.scored);
	/* Red flags still come first for a child. */
	a.age_years = 15;
	a.redflag[RF_SADDLE_NUMBNESS] = ANSWER_YES;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	assert_emergency(&r);
	a.redflag[RF_SADDLE_NUMBNESS] = ANSWER_NO;
	a.redflag[RF_LOCKED_KNEE] = ANSWER_YES;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.triage.tier, TRIAGE_URGENT);
	ck_assert(r.triage.out_of_scope);
	assert_stopped(&r);
}
END_TEST

/* xorshift64*: a fixed seed, the same sample on every run. */
static uint64_t
rng_next(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ull;
}

static double
rng_unit(uint64_t *s)
{
	return (double)(rng_next(s) >> 11) / 9007199254740992.0;
}

/* A whole answer vector: flags mostly "no", measurements everywhere. */
static void
random_answers(uint64_t *s, struct screening_answers *a)
{
	screening_answers_init(a);
	a->age_years = (int)(rng_unit(s) * 96.0);
	a->sex = (enum sex)(rng_next(s) % 3);
	a->fell_past_year = (enum answer)(rng_next(s) % 3);
	a->tandem_10s = (enum answer)(rng_next(s) % 3);
	for (int i = 0; i < RF_COUNT; i++) {
		double	u = rng_unit(s);

		a->redflag[i] = u < 0.04 ? ANSWER_YES : u < 0.2 ?
		    ANSWER_UNKNOWN : ANSWER_NO;
	}
	for (int i = 0; i < SITE_COUNT; i++) {
		struct symptom *y = &a->symptom[i];

		y->present = rng_unit(s) < 0.3;
		y->duration_weeks = rng_unit(s) < 0.2 ? NAN : rng_unit(s) * 60;
		y->limits_daily_life = (enum answer)(rng_next(s) % 3);
		y->improving = (enum answer)(rng_next(s) % 3);
	}
	for (int side = 0; side < SIDE_COUNT; side++) {
		struct side_answers *sa = &a->side[side];

		for (int i = 0; i < FPI_ITEMS; i++)
			sa->fpi_item[i] = (int)(rng_next(s) % 5) - 2;
		sa->shoe_wear = (enum shoe_wear)(rng_next(s) % 4);
		sa->print_min_midfoot_mm = rng_unit(s) * 60;
		sa->print_max_forefoot_mm = 80 + rng_unit(s) * 30;
		sa->print_max_heel_mm = 50 + rng_unit(s) * 20;
		sa->navicular_neutral_mm = 40 + rng_unit(s) * 20;
		sa->navicular_relaxed_mm = 30 + rng_unit(s) * 20;
		sa->sls_eyes_open_s = rng_unit(s) * 50;
		sa->heel_raise_reps = (double)(rng_next(s) % 40);
		sa->squat_knee = (enum knee_motion)(rng_next(s) % 3);
	}
	a->heel_raise_protocol = HRP_FLAT_FLOOR;
	a->board_weight_right_pct = 40 + rng_unit(s) * 20;
}

START_TEST(random_vectors_match_the_oracle)
{
	uint64_t	seed = 0x5eed0f007ull;
	int		seen[4] = { 0 };

	for (int n = 0; n < 100000; n++) {
		struct screening_answers a;
		struct screening_result	 r;
		enum triage_tier	 want;

		random_answers(&seed, &a);
		ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
		want = oracle_tier(&a);
		ck_assert_msg(r.triage.tier == want, "sample %d tier %d want %d",
		    n, r.triage.tier, want);
		seen[want]++;
		/* The deciding rule is the first that matched. */
		ck_assert(r.triage.rules_matched == 0 ||
		    (r.triage.rules_matched & ((1ul << r.triage.rule) - 1)) == 0);
		ck_assert_int_eq(r.triage.tier,
		    triage_rule_info(r.triage.rule)->tier);
		if (want == TRIAGE_EMERGENCY)
			assert_emergency(&r);
		else if (r.triage.out_of_scope)
			assert_stopped(&r);
		else
			ck_assert(r.scored &&
			    r.plan_allowed == (want != TRIAGE_URGENT));
	}
	/* The sample reached every tier, often. */
	for (int t = 0; t < 4; t++)
		ck_assert_msg(seen[t] > 1000, "tier %d seen %d times", t, seen[t]);
}
END_TEST

START_TEST(flags_to_mention_and_keys)
{
	struct screening_answers a;
	struct screening_result	 r;

	adult_all_no(&a);
	a.redflag[RF_NIGHT_PAIN] = ANSWER_YES;
	a.redflag[RF_OSTEOPOROSIS_OR_STEROIDS] = ANSWER_YES;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	/* Every "yes" is listed, also one that decided nothing alone. */
	ck_assert_uint_eq(r.triage.n_flags, 2);
	ck_assert_int_eq(r.triage.flags[0], RF_OSTEOPOROSIS_OR_STEROIDS);
	ck_assert_int_eq(r.triage.flags[1], RF_NIGHT_PAIN);
	for (int i = 0; i < RF_COUNT; i++)
		ck_assert_int_eq(redflag_lookup(redflag_key((enum redflag)i)), i);
	ck_assert_int_eq(redflag_lookup("no_such_flag"), -1);
	for (int f = 0; f < FINDING_COUNT; f++)
		ck_assert_int_eq(finding_lookup(finding_name((enum finding_id)f)), f);
	for (int k = 0; k < RULE_COUNT; k++) {
		ck_assert_ptr_nonnull(triage_rule_key((enum triage_rule)k));
		ck_assert_ptr_nonnull(triage_rule_info((enum triage_rule)k));
	}
	ck_assert_ptr_null(triage_rule_key(RULE_COUNT));
	ck_assert_str_eq(source_key(SRC_LAUSCH_2013), "lausch_2013");
	ck_assert_str_eq(triage_tier_key(TRIAGE_SELFCARE), "selfcare");
	/* An answer out of range is refused, not guessed at. */
	a.redflag[RF_NIGHT_PAIN] = (enum answer)7;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_ERR_ARG);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("triage");
	TCase	*tc = tcase_create("triage");

	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, every_subset_of_emergency_items);
	tcase_add_test(tc, every_subset_of_urgent_items);
	tcase_add_test(tc, cancer_clusters);
	tcase_add_test(tc, ng65_every_feature_count_and_gate);
	tcase_add_test(tc, ng65_gate_edges);
	tcase_add_test(tc, routine_leg_pain_and_context);
	tcase_add_test(tc, under_18_is_out_of_scope);
	tcase_add_test(tc, random_vectors_match_the_oracle);
	tcase_add_test(tc, flags_to_mention_and_keys);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
