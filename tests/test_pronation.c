/*
 * test_pronation.c: one foot's posture from the indicators present
 * (src/core/pronation.c).  Weights as documented there: FPI-6 0.72, CSI
 * 0.46, navicular drop 0.40, each unvalidated observation 0.10; confidence
 * = (1 - prod(1 - w) over the agreeing) * agreeing weight / all weight.
 * The expected values below are worked out by hand from those.
 */
#include <config.h>

#include <check.h>
#include <math.h>

#include "core/foot.h"
#include "core/pronation.h"
#include "core/screening.h"
#include "testutil.h"

static void
blank(struct side_answers *s)
{
	struct screening_answers a;

	screening_answers_init(&a);
	*s = a.side[SIDE_LEFT];
}

/* FPI-6 items adding up to total, scored by `by`. */
static void
with_fpi(struct side_answers *s, int total, enum collector by)
{
	for (int i = 0; i < FPI_ITEMS; i++) {
		int	share = total / (FPI_ITEMS - i);

		s->fpi_item[i] = share;
		total -= share;
	}
	s->fpi_by = by;
}

static void
with_csi(struct side_answers *s, double pct)
{
	s->print_max_forefoot_mm = 100;
	s->print_min_midfoot_mm = pct;
}

static void
with_nd(struct side_answers *s, double drop, enum collector by)
{
	s->navicular_neutral_mm = 50;
	s->navicular_relaxed_mm = 50 - drop;
	s->navicular_by = by;
}

static void
combine(const struct side_answers *s, struct pronation_result *p)
{
	struct foot_result	f;

	ck_assert_int_eq(foot_assess(s, &f), CORE_OK);
	ck_assert_int_eq(pronation_combine(s, &f, p), CORE_OK);
}

static void
assert_result(const struct pronation_result *p, enum pronation_category cat,
    double conf, enum confidence_level level)
{
	ck_assert_msg(p->category == cat, "category %d want %d", p->category,
	    cat);
	ck_assert_msg(tu_close(p->confidence, conf, 1e-12, 1e-15),
	    "confidence %.15g want %.15g", p->confidence, conf);
	ck_assert_int_eq(p->level, level);
}

START_TEST(missing_everything_is_unknown)
{
	struct side_answers	s;
	struct pronation_result	p;

	blank(&s);
	combine(&s, &p);
	assert_result(&p, PRONATION_UNKNOWN, 0, CONF_NONE);
	ck_assert_int_eq(p.n_present, 0);
	ck_assert_int_eq(p.n_voting, 0);
	ck_assert(isnan(p.score));
	ck_assert(!p.approximate);
}
END_TEST

START_TEST(single_indicators)
{
	struct side_answers	s;
	struct pronation_result	p;

	/* FPI-6 by a partner: its band, confidence 0.72 (moderate). */
	static const struct { int total; enum pronation_category cat; } fpi[] = {
		{ 7, PRONATION_PRONATED }, { 10, PRONATION_HIGHLY_PRONATED },
		{ 3, PRONATION_NEUTRAL }, { -2, PRONATION_SUPINATED },
		{ -5, PRONATION_HIGHLY_SUPINATED },
	};
	for (size_t i = 0; i < sizeof(fpi) / sizeof(fpi[0]); i++) {
		blank(&s);
		with_fpi(&s, fpi[i].total, BY_PARTNER);
		combine(&s, &p);
		assert_result(&p, fpi[i].cat, 0.72, CONF_MODERATE);
		ck_assert_int_eq(p.vote[PI_FPI6].cite.source, SRC_MCLAUGHLIN_2016);
		ck_assert(p.approximate);
	}
	/* A flat footprint alone: pronated, 0.46 (low). */
	blank(&s);
	with_csi(&s, 50);
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 0.46, CONF_LOW);
	/* Navicular drop 14 mm: band 10.5-17.5 clears 10 mm, 0.40. */
	blank(&s);
	with_nd(&s, 14, BY_TRAINER);
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 0.40, CONF_LOW);
	/* Unvalidated observations, 0.10 each, one step at most. */
	blank(&s);
	s.shoe_wear = WEAR_INNER;
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 0.10, CONF_LOW);
	s.shoe_wear = WEAR_OUTER;
	combine(&s, &p);
	assert_result(&p, PRONATION_SUPINATED, 0.10, CONF_LOW);
	s.shoe_wear = WEAR_EVEN;
	combine(&s, &p);
	assert_result(&p, PRONATION_NEUTRAL, 0.10, CONF_LOW);
	blank(&s);
	s.heel_tilt = TILT_OUTWARD;
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 0.10, CONF_LOW);
	s.heel_tilt = TILT_INWARD;
	combine(&s, &p);
	assert_result(&p, PRONATION_SUPINATED, 0.10, CONF_LOW);
	blank(&s);
	s.print_picture = PRINT_HIGH_ARCH;
	combine(&s, &p);
	assert_result(&p, PRONATION_SUPINATED, 0.10, CONF_LOW);
	s.print_picture = PRINT_MEDIUM;
	combine(&s, &p);
	assert_result(&p, PRONATION_NEUTRAL, 0.10, CONF_LOW);
	/* A flat picture is never "highly": only FPI-6 has that band. */
	s.print_picture = PRINT_FLAT;
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 0.10, CONF_LOW);
}
END_TEST

START_TEST(present_but_pointing_nowhere)
{
	struct side_answers	s;
	struct pronation_result	p;

	/* CSI under 45 %: the sheet allows no other band (§3.2). */
	blank(&s);
	with_csi(&s, 44.9);
	combine(&s, &p);
	assert_result(&p, PRONATION_UNKNOWN, 0, CONF_NONE);
	ck_assert_int_eq(p.n_present, 1);
	ck_assert(p.vote[PI_CSI].present && !p.vote[PI_CSI].votes);
	/* ND 13.5 mm: its band's low end is 10.0, not above 10 mm. */
	blank(&s);
	with_nd(&s, 13.5, BY_PARTNER);
	combine(&s, &p);
	ck_assert(p.vote[PI_NAVICULAR_DROP].present);
	ck_assert(!p.vote[PI_NAVICULAR_DROP].votes);
	with_nd(&s, 13.6, BY_PARTNER);
	combine(&s, &p);
	ck_assert(p.vote[PI_NAVICULAR_DROP].votes);
	/* A small drop says nothing either: no agreed low cut-off. */
	with_nd(&s, 2, BY_PARTNER);
	combine(&s, &p);
	ck_assert(!p.vote[PI_NAVICULAR_DROP].votes);
	/* FPI-6 with five items: present, no band, no vote. */
	blank(&s);
	with_fpi(&s, 8, BY_PARTNER);
	s.fpi_item[0] = FPI_ITEM_MISSING;
	combine(&s, &p);
	ck_assert(p.vote[PI_FPI6].present && !p.vote[PI_FPI6].votes);
	ck_assert_int_eq(p.category, PRONATION_UNKNOWN);
}
END_TEST

START_TEST(agreement_raises_confidence)
{
	struct side_answers	s;
	struct pronation_result	p;
	double			last;

	blank(&s);
	with_fpi(&s, 7, BY_PARTNER);
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 0.72, CONF_MODERATE);
	last = p.confidence;
	/* + CSI: 1 - 0.28 * 0.54 = 0.8488: high. */
	with_csi(&s, 50);
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 1 - 0.28 * 0.54, CONF_HIGH);
	ck_assert(p.confidence > last);
	last = p.confidence;
	/* + ND: 1 - 0.28 * 0.54 * 0.60. */
	with_nd(&s, 14, BY_PARTNER);
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 1 - 0.28 * 0.54 * 0.6, CONF_HIGH);
	ck_assert(p.confidence > last);
	last = p.confidence;
	/* + inner shoe wear: * 0.9. */
	s.shoe_wear = WEAR_INNER;
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 1 - 0.28 * 0.54 * 0.6 * 0.9,
	    CONF_HIGH);
	ck_assert(p.confidence > last);
	ck_assert_int_eq(p.n_agreeing, 4);
	ck_assert_uint_eq(p.disagree, 0);
	/* Three unvalidated observations together stay low: 1 - 0.9^3. */
	blank(&s);
	s.shoe_wear = WEAR_INNER;
	s.heel_tilt = TILT_OUTWARD;
	s.print_picture = PRINT_LOW;
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 1 - 0.9 * 0.9 * 0.9, CONF_LOW);
	/* Without FPI-6, CSI and ND agreeing: 1 - 0.54 * 0.6 = 0.676. */
	blank(&s);
	with_csi(&s, 48);
	with_nd(&s, 15, BY_TRAINER);
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 1 - 0.54 * 0.6, CONF_MODERATE);
}
END_TEST

START_TEST(disagreement_is_reported)
{
	struct screening_answers a;
	struct screening_result	 r;
	struct side_answers	 s;
	struct pronation_result	 p;

	/* FPI +7 against outer shoe wear: 0.72 * 0.72 / 0.82. */
	blank(&s);
	with_fpi(&s, 7, BY_PARTNER);
	s.shoe_wear = WEAR_OUTER;
	combine(&s, &p);
	assert_result(&p, PRONATION_PRONATED, 0.72 * 0.72 / 0.82, CONF_MODERATE);
	ck_assert_uint_eq(p.disagree, 1u << PI_SHOE_WEAR);
	ck_assert_int_eq(p.vote[PI_SHOE_WEAR].direction, -1);
	ck_assert(!p.vote[PI_SHOE_WEAR].agrees && p.vote[PI_FPI6].agrees);
	ck_assert_int_eq(p.n_disagreeing, 1);

	/*
	 * A neutral FPI-6 (+2) outweighed by CSI and ND together: score
	 * 0.86 / 1.58 = 0.544, pronated, and FPI-6 named as disagreeing
	 * (pointing neutral).  Confidence (1 - 0.54 * 0.6) * 0.86 / 1.58.
	 */
	blank(&s);
	with_fpi(&s, 2, BY_PARTNER);
	with_csi(&s, 50);
	with_nd(&s, 14, BY_PARTNER);
	combine(&s, &p);
	ck_assert(tu_close(p.score, 0.86 / 1.58, 1e-12, 0));
	assert_result(&p, PRONATION_PRONATED, (1 - 0.54 * 0.6) * 0.86 / 1.58,
	    CONF_LOW);
	ck_assert_uint_eq(p.disagree, 1u << PI_FPI6);
	ck_assert_int_eq(p.vote[PI_FPI6].direction, 0);

	/* Through the whole run: a finding on that side only. */
	screening_answers_init(&a);
	a.age_years = 40;
	a.side[SIDE_RIGHT] = s;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_uint_eq(r.findings.where[FINDING_INDICATORS_DISAGREE],
	    FOUND_RIGHT);
	ck_assert_uint_eq(r.findings.where[FINDING_PRONATED], FOUND_RIGHT);
}
END_TEST

START_TEST(conflict_and_ties)
{
	struct side_answers	s;
	struct pronation_result	p;

	/* Inner wear against an inverted heel: the mean is 0, no one agrees. */
	blank(&s);
	s.shoe_wear = WEAR_INNER;
	s.heel_tilt = TILT_INWARD;
	combine(&s, &p);
	assert_result(&p, PRONATION_UNKNOWN, 0, CONF_NONE);
	ck_assert_uint_eq(p.disagree, (1u << PI_SHOE_WEAR) | (1u << PI_HEEL_TILT));
	ck_assert(p.approximate);
	/* A mean of exactly 0.5 rounds to neutral: 0.1 * 0.1 / 0.2. */
	blank(&s);
	s.shoe_wear = WEAR_INNER;
	s.print_picture = PRINT_MEDIUM;
	combine(&s, &p);
	assert_result(&p, PRONATION_NEUTRAL, 0.05, CONF_LOW);
	ck_assert_uint_eq(p.disagree, 1u << PI_SHOE_WEAR);
	/* FPI +10 with even wear: 1.44 / 0.82 = 1.76, still highly. */
	blank(&s);
	with_fpi(&s, 10, BY_PARTNER);
	s.shoe_wear = WEAR_EVEN;
	combine(&s, &p);
	ck_assert_int_eq(p.category, PRONATION_HIGHLY_PRONATED);
	ck_assert_uint_eq(p.disagree, 1u << PI_SHOE_WEAR);
}
END_TEST

START_TEST(self_versus_partner)
{
	struct side_answers	s;
	struct pronation_result	p;

	/* Partner and trainer: approximate, full FPI-6 weight. */
	blank(&s);
	with_fpi(&s, 7, BY_TRAINER);
	combine(&s, &p);
	ck_assert(p.vote[PI_FPI6].approximate && !p.vote[PI_FPI6].self_collected);
	ck_assert(tu_close(p.vote[PI_FPI6].weight, 0.72, 0, 0));
	/* Self-scored FPI-6 is not the instrument: unvalidated weight. */
	with_fpi(&s, 7, BY_SELF);
	combine(&s, &p);
	ck_assert(p.vote[PI_FPI6].approximate && p.vote[PI_FPI6].self_collected);
	assert_result(&p, PRONATION_PRONATED, 0.10, CONF_LOW);
	ck_assert_int_eq(p.vote[PI_FPI6].cite.tag, TAG_DESIGN);
	/* The same for a navicular drop measured on oneself. */
	blank(&s);
	with_nd(&s, 15, BY_SELF);
	combine(&s, &p);
	ck_assert(p.vote[PI_NAVICULAR_DROP].self_collected);
	assert_result(&p, PRONATION_PRONATED, 0.10, CONF_LOW);
	with_nd(&s, 15, BY_PARTNER);
	combine(&s, &p);
	ck_assert(!p.vote[PI_NAVICULAR_DROP].self_collected);
	ck_assert(p.vote[PI_NAVICULAR_DROP].approximate);
	assert_result(&p, PRONATION_PRONATED, 0.40, CONF_LOW);
}
END_TEST

START_TEST(both_feet_through_the_run)
{
	struct screening_answers a;
	struct screening_result	 r;

	screening_answers_init(&a);
	a.age_years = 35;
	with_fpi(&a.side[SIDE_LEFT], 8, BY_PARTNER);
	with_fpi(&a.side[SIDE_RIGHT], -3, BY_PARTNER);
	a.side[SIDE_RIGHT].shoe_wear = WEAR_OUTER;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert_int_eq(r.pronation[SIDE_LEFT].category, PRONATION_PRONATED);
	ck_assert_int_eq(r.pronation[SIDE_RIGHT].category, PRONATION_SUPINATED);
	ck_assert_uint_eq(r.findings.where[FINDING_PRONATED], FOUND_LEFT);
	ck_assert_uint_eq(r.findings.where[FINDING_SUPINATED], FOUND_RIGHT);
	ck_assert_uint_eq(r.findings.where[FINDING_INDICATORS_DISAGREE], 0);
	/* 8 - (-3) = 11 apart: large (Lausch 2013). */
	ck_assert_int_eq(r.bilateral.item[BM_FPI].band, ASYM_LARGE);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("pronation");
	TCase	*tc = tcase_create("pronation");

	tcase_add_test(tc, missing_everything_is_unknown);
	tcase_add_test(tc, single_indicators);
	tcase_add_test(tc, present_but_pointing_nowhere);
	tcase_add_test(tc, agreement_raises_confidence);
	tcase_add_test(tc, disagreement_is_reported);
	tcase_add_test(tc, conflict_and_ties);
	tcase_add_test(tc, self_versus_partner);
	tcase_add_test(tc, both_feet_through_the_run);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
