/*
 * balance.c: balance and function tests against the evidence sheet.
 * Single-leg stance is shown as a percentage of the age-group mean of
 * Springer et al. 2007 and nothing more: the paper's SDs have not been
 * read, so there is no "below typical" band (§4.2).  The norms come in as
 * data (struct screening_norms); the built-in copy is below.
 */
#include <config.h>

#include <math.h>

#include "core/balance.h"

/*
 * Springer et al. 2007, Table 1, best of 3 trials, seconds (§4.2): eyes
 * open [S], eyes closed [S, weak: one secondary source].  The 18-39
 * female 45.1 s exceeds the 45 s trial cap; comparisons clamp at the cap.
 */
static const struct sls_norm springer_2007[] = {
	{ 18, 39, 45.1, 44.4, 44.7, 13.1, 16.9 },
	{ 40, 49, 42.1, 41.6, 41.9, 13.5, 12.0 },
	{ 50, 59, 40.9, 41.5, 41.2, 7.9, 8.6 },
	{ 60, 69, 30.4, 33.8, 32.1, 3.6, 5.1 },
	{ 70, 79, 16.7, 25.9, 21.5, 3.7, 2.6 },
	{ 80, 99, 10.6, 8.7, 9.4, 2.1, 1.8 },
};

const struct screening_norms screening_norms_builtin = {
	.sls = springer_2007,
	.n_sls = sizeof(springer_2007) / sizeof(springer_2007[0]),
	.cap_s = 45.0,
	.eo_cite = { SRC_SPRINGER_2007, TAG_S },
	.ec_cite = { SRC_SPRINGER_2007, TAG_S },
};

/* Vellas et al. 1997 [V]: < 5 s on one leg, community volunteers > 60 y. */
#define VELLAS_S		5.0
#define VELLAS_OLDER_THAN	60
/* CDC STEADI 4-stage test [V]: tandem stance not held for 10 s. */
#define STEADI_TANDEM_S		10.0
/* §4.4 design recommendation: skip eyes-closed single leg from 70 y. */
#define CAUTION_FROM_AGE	70
/*
 * Lunsford & Perry 1995: 25 repetitions [S] (mean 27.9 [V]), healthy
 * adults 20-59 y, flat floor; never a pass/fail for older users (§5.1).
 */
#define HEEL_RAISE_TYPICAL	25.0
#define HEEL_RAISE_AGE_LO	20
#define HEEL_RAISE_AGE_HI	59
/* Hebert-Losier et al. 2017 [V]: medians on a 10 deg incline, 20-81 y. */
#define HEEL_RAISE_MEDIAN_MEN	24.0
#define HEEL_RAISE_MEDIAN_WOMEN	21.0
/* §5.6: 45-55 % per leg is a display convention [M], information only. */
#define WEIGHT_LOW_PCT		45.0
#define WEIGHT_HIGH_PCT		55.0
/*
 * §8.4 [V]: eyes closing raised COP velocity by 16 % (feet apart) and 29 %
 * (feet together) in 96 young adults: a ratio of about 1.15-1.3.
 */
#define ROMBERG_TYPICAL_LOW	1.15
#define ROMBERG_TYPICAL_HIGH	1.3

static bool
norms_valid(const struct screening_norms *n)
{
	if (n == NULL || !(n->cap_s > 0.0) || (n->n_sls > 0 && n->sls == NULL))
		return false;
	for (size_t i = 0; i < n->n_sls; i++)
		if (n->sls[i].age_lo > n->sls[i].age_hi)
			return false;
	return true;
}

const struct sls_norm *
sls_norm_for_age(const struct screening_norms *n, int age_years)
{
	if (n == NULL || n->sls == NULL || age_years <= 0)
		return NULL;
	for (size_t i = 0; i < n->n_sls; i++)
		if (age_years >= n->sls[i].age_lo &&
		    age_years <= n->sls[i].age_hi)
			return &n->sls[i];
	return NULL;
}

static double
clamp_cap(double t, double cap)
{
	return t > cap ? cap : t;
}

/* 100 t / norm, both clamped; NAN when either is missing. */
static double
percent_of(double t, double norm)
{
	if (isnan(t) || !(norm > 0.0))
		return NAN;
	return 100.0 * t / norm;
}

static void
balance_sls(const struct screening_answers *a, const struct screening_norms *n,
    struct balance_result *b)
{
	const struct sls_norm	*row = sls_norm_for_age(n, a->age_years);

	b->norm_age_lo = b->norm_age_hi = -1;
	b->eo_norm_s = b->ec_norm_s = NAN;
	b->eo_cite = n->eo_cite;
	b->ec_cite = n->ec_cite;
	if (row != NULL) {
		b->norm_age_lo = row->age_lo;
		b->norm_age_hi = row->age_hi;
		/* No sex effect (§4.2 [V]): the totals are the default. */
		b->eo_norm_s = clamp_cap(row->eo_all, n->cap_s);
		/* The sheet has no sex-neutral eyes-closed column. */
		if (a->sex == SEX_FEMALE)
			b->ec_norm_s = clamp_cap(row->ec_female, n->cap_s);
		else if (a->sex == SEX_MALE)
			b->ec_norm_s = clamp_cap(row->ec_male, n->cap_s);
	}
	for (int s = 0; s < SIDE_COUNT; s++) {
		struct sls_side_result	*r = &b->sls[s];

		r->eo_s = clamp_cap(a->side[s].sls_eyes_open_s, n->cap_s);
		r->ec_s = clamp_cap(a->side[s].sls_eyes_closed_s, n->cap_s);
		r->eo_pct = percent_of(r->eo_s, b->eo_norm_s);
		r->ec_pct = percent_of(r->ec_s, b->ec_norm_s);
		r->eo_below_mean = r->eo_pct < 100.0;
		r->eo_under_5s = r->eo_s < VELLAS_S;
	}
}

static void
balance_falls(const struct screening_answers *a, struct balance_result *b)
{
	b->vellas_s = (struct threshold){ VELLAS_S, SRC_VELLAS_1997, TAG_V };
	b->vellas_age = (struct threshold){ VELLAS_OLDER_THAN,
	    SRC_VELLAS_1997, TAG_V };
	b->steadi_tandem_s = (struct threshold){ STEADI_TANDEM_S, SRC_STEADI,
	    TAG_V };
	b->caution_age = (struct threshold){ CAUTION_FROM_AGE,
	    SRC_DESIGN_RULE, TAG_DESIGN };
	if (a->age_years > VELLAS_OLDER_THAN &&
	    (b->sls[SIDE_LEFT].eo_under_5s || b->sls[SIDE_RIGHT].eo_under_5s))
		b->fall_risk_why |= FALLRISK_SLS_UNDER_5S;
	if (a->tandem_10s == ANSWER_NO)
		b->fall_risk_why |= FALLRISK_TANDEM;
	b->fall_risk = b->fall_risk_why != 0;

	if (a->age_years >= CAUTION_FROM_AGE)
		b->caution_why |= CAUTION_AGE_70;
	if (a->fell_past_year == ANSWER_YES)
		b->caution_why |= CAUTION_FELL;
	if (a->dizziness == ANSWER_YES)
		b->caution_why |= CAUTION_DIZZY;
	if (a->tandem_10s == ANSWER_NO)
		b->caution_why |= CAUTION_TANDEM;
	b->caution = b->caution_why != 0;
}

static void
balance_heel_raise(const struct screening_answers *a, struct balance_result *b)
{
	bool	comparable = a->heel_raise_protocol == HRP_FLAT_FLOOR &&
	    a->age_years >= HEEL_RAISE_AGE_LO &&
	    a->age_years <= HEEL_RAISE_AGE_HI;

	b->heel_raise_protocol = a->heel_raise_protocol;
	b->heel_raise_typical = (struct threshold){ HEEL_RAISE_TYPICAL,
	    SRC_LUNSFORD_1995, TAG_S };
	b->heel_raise_median = (struct threshold){ NAN,
	    SRC_HEBERT_LOSIER_2017, TAG_V };
	if (a->heel_raise_protocol == HRP_INCLINE_10DEG) {
		if (a->sex == SEX_MALE)
			b->heel_raise_median.value = HEEL_RAISE_MEDIAN_MEN;
		else if (a->sex == SEX_FEMALE)
			b->heel_raise_median.value = HEEL_RAISE_MEDIAN_WOMEN;
	}
	for (int s = 0; s < SIDE_COUNT; s++) {
		struct heel_raise_side	*h = &b->heel_raise[s];

		h->reps = a->side[s].heel_raise_reps;
		h->compared = comparable && !isnan(h->reps);
		h->below_typical = h->compared && h->reps < HEEL_RAISE_TYPICAL;
	}
}

static void
balance_board(const struct screening_answers *a, struct balance_result *b)
{
	double	eo_v = a->board_velocity_eo_mm_s, ec_v = a->board_velocity_ec_mm_s;
	double	eo_a = a->board_area_eo_mm2, ec_a = a->board_area_ec_mm2;

	b->weight_low = (struct threshold){ WEIGHT_LOW_PCT, SRC_WBA_CONVENTION,
	    TAG_M };
	b->weight_high = (struct threshold){ WEIGHT_HIGH_PCT,
	    SRC_WBA_CONVENTION, TAG_M };
	b->weight_right_pct = a->board_weight_right_pct;
	b->weight_left_pct = 100.0 - a->board_weight_right_pct;
	b->weight_outside_convention = b->weight_right_pct < WEIGHT_LOW_PCT ||
	    b->weight_right_pct > WEIGHT_HIGH_PCT;

	b->romberg_typical_low = (struct threshold){ ROMBERG_TYPICAL_LOW,
	    SRC_EC_EO_YOUNG_ADULTS, TAG_V };
	b->romberg_typical_high = (struct threshold){ ROMBERG_TYPICAL_HIGH,
	    SRC_EC_EO_YOUNG_ADULTS, TAG_V };
	b->romberg_velocity = eo_v > 0.0 && !isnan(ec_v) ? ec_v / eo_v : NAN;
	b->romberg_area = eo_a > 0.0 && !isnan(ec_a) ? ec_a / eo_a : NAN;
	b->romberg_above_typical = b->romberg_velocity > ROMBERG_TYPICAL_HIGH;
	for (int s = 0; s < SIDE_COUNT; s++) {
		b->board_cop_medial_mm[s] = a->side[s].board_sls_cop_medial_mm;
		b->board_sls_time_s[s] = a->side[s].board_sls_time_s;
	}
}

enum core_status
balance_assess(const struct screening_answers *a,
    const struct screening_norms *n, struct balance_result *b)
{
	if (a == NULL || b == NULL || !norms_valid(n))
		return CORE_ERR_ARG;
	*b = (struct balance_result){ 0 };
	balance_sls(a, n, b);
	balance_falls(a, b);
	balance_heel_raise(a, b);
	for (int s = 0; s < SIDE_COUNT; s++) {
		b->squat_knee[s] = a->side[s].squat_knee;
		b->squat_pelvic_drop[s] = a->side[s].squat_pelvic_drop;
	}
	b->leg_length = a->leg_length;
	b->pelvis_level = a->pelvis_level;
	balance_board(a, b);
	return CORE_OK;
}
