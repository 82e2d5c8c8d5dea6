/*
 * test_instruments.c: every cut-off of the screening core on both sides of
 * its boundary: FPI-6 bands and the left/right FPI bands, the navicular
 * drop error band, CSI 45 %, the single-leg stance norms' age bands and
 * fall-risk flags, heel-raise typical values and side difference, the
 * board's weight share and Romberg quotient, and the adult age limit.
 */
#include <config.h>

#include <check.h>
#include <math.h>

#include "core/balance.h"
#include "core/bilateral.h"
#include "core/foot.h"
#include "core/screening.h"
#include "testutil.h"

/* An adult of that age with no red flags, nothing measured yet. */
static void
adult(struct screening_answers *a, int age)
{
	screening_answers_init(a);
	a->age_years = age;
	for (int i = 0; i < RF_COUNT; i++)
		a->redflag[i] = ANSWER_NO;
}

/* Six FPI items adding up to total (-12..12), spread as evenly as possible. */
static void
fpi_items_for(int total, int item[FPI_ITEMS])
{
	for (int i = 0; i < FPI_ITEMS; i++) {
		int	share = total / (FPI_ITEMS - i);

		item[i] = share;
		total -= share;
	}
}

static void
run(const struct screening_answers *a, struct screening_result *r)
{
	ck_assert_int_eq(screening_run(a, NULL, r), CORE_OK);
	ck_assert(r->scored);
}

START_TEST(fpi_bands_at_every_edge)
{
	static const struct { int total; enum pronation_category cat; } edge[] = {
		{ -12, PRONATION_HIGHLY_SUPINATED },
		{ -5, PRONATION_HIGHLY_SUPINATED }, { -4, PRONATION_SUPINATED },
		{ -1, PRONATION_SUPINATED }, { 0, PRONATION_NEUTRAL },
		{ 5, PRONATION_NEUTRAL }, { 6, PRONATION_PRONATED },
		{ 9, PRONATION_PRONATED }, { 10, PRONATION_HIGHLY_PRONATED },
		{ 12, PRONATION_HIGHLY_PRONATED },
	};

	for (size_t i = 0; i < sizeof(edge) / sizeof(edge[0]); i++) {
		struct side_answers	s;
		struct screening_answers a;
		struct foot_result	f;

		adult(&a, 40);
		s = a.side[SIDE_LEFT];
		s.fpi_by = BY_PARTNER;
		fpi_items_for(edge[i].total, s.fpi_item);
		ck_assert_int_eq(fpi6_category(edge[i].total), edge[i].cat);
		ck_assert_int_eq(foot_assess(&s, &f), CORE_OK);
		ck_assert_int_eq(f.fpi.total, edge[i].total);
		ck_assert(f.fpi.complete && f.fpi.approximate);
		ck_assert_int_eq(f.fpi.category, edge[i].cat);
	}
	ck_assert_int_eq(fpi6_category(13), PRONATION_UNKNOWN);
	ck_assert_int_eq(fpi6_category(-13), PRONATION_UNKNOWN);
}
END_TEST

START_TEST(fpi_incomplete_and_bad_items)
{
	struct screening_answers a;
	struct screening_result	 r;
	struct foot_result	 f;
	int			 total, n;

	adult(&a, 40);
	fpi_items_for(8, a.side[SIDE_LEFT].fpi_item);
	a.side[SIDE_LEFT].fpi_item[3] = FPI_ITEM_MISSING;
	ck_assert_int_eq(foot_assess(&a.side[SIDE_LEFT], &f), CORE_OK);
	/* Five items scored: a total, but no band (§1.2). */
	ck_assert_int_eq(f.fpi.n_scored, 5);
	ck_assert(!f.fpi.complete);
	ck_assert_int_eq(f.fpi.category, PRONATION_UNKNOWN);
	a.side[SIDE_LEFT].fpi_item[3] = 3;
	ck_assert_int_eq(fpi6_total(a.side[SIDE_LEFT].fpi_item, &total, &n),
	    CORE_ERR_ARG);
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_ERR_ARG);
}
END_TEST

/* Both feet's FPI totals through the whole run: the Lausch band. */
static enum asym_band
fpi_pair_band(int left, int right, enum which_side *differs)
{
	struct screening_answers a;
	struct screening_result	 r;

	adult(&a, 40);
	fpi_items_for(left, a.side[SIDE_LEFT].fpi_item);
	fpi_items_for(right, a.side[SIDE_RIGHT].fpi_item);
	run(&a, &r);
	ck_assert(r.bilateral.item[BM_FPI].present);
	ck_assert_int_eq(r.bilateral.item[BM_FPI].si_status, SI_SIGNED_MEASURE);
	ck_assert(isnan(r.bilateral.item[BM_FPI].si));
	*differs = r.bilateral.item[BM_FPI].differs;
	return r.bilateral.item[BM_FPI].band;
}

START_TEST(fpi_left_right_bands)
{
	enum which_side	side;

	/* Lausch 2013: |d| <= 2 normal, 3-4 asymmetry, >= 5 large. */
	ck_assert_int_eq(fpi_difference_band(2), ASYM_WITHIN_ERROR);
	ck_assert_int_eq(fpi_difference_band(-2), ASYM_WITHIN_ERROR);
	ck_assert_int_eq(fpi_difference_band(3), ASYM_NOTABLE);
	ck_assert_int_eq(fpi_difference_band(-3), ASYM_NOTABLE);
	ck_assert_int_eq(fpi_difference_band(4), ASYM_NOTABLE);
	ck_assert_int_eq(fpi_difference_band(5), ASYM_LARGE);
	ck_assert_int_eq(fpi_difference_band(-5), ASYM_LARGE);

	ck_assert_int_eq(fpi_pair_band(4, 6, &side), ASYM_WITHIN_ERROR);
	ck_assert_int_eq(side, WHICH_NONE);
	ck_assert_int_eq(fpi_pair_band(4, 7, &side), ASYM_NOTABLE);
	ck_assert_int_eq(side, WHICH_RIGHT);
	ck_assert_int_eq(fpi_pair_band(8, 4, &side), ASYM_NOTABLE);
	ck_assert_int_eq(side, WHICH_LEFT);
	ck_assert_int_eq(fpi_pair_band(9, 4, &side), ASYM_LARGE);
	ck_assert_int_eq(side, WHICH_LEFT);
	/* More supinated on the left: the left stands out. */
	ck_assert_int_eq(fpi_pair_band(-6, 0, &side), ASYM_LARGE);
	ck_assert_int_eq(side, WHICH_LEFT);
}
END_TEST

START_TEST(navicular_drop_band_no_label)
{
	struct screening_answers a;
	struct screening_result	 r;
	double			 d;

	ck_assert_int_eq(navicular_drop_mm(50, 40, &d), CORE_OK);
	ck_assert(tu_close(d, 10, 1e-12, 0));
	ck_assert_int_eq(navicular_drop_mm(-1, 40, &d), CORE_ERR_ARG);
	adult(&a, 40);
	a.side[SIDE_LEFT].navicular_neutral_mm = 50;
	a.side[SIDE_LEFT].navicular_relaxed_mm = 40;
	a.side[SIDE_RIGHT].navicular_neutral_mm = 50;
	a.side[SIDE_RIGHT].navicular_relaxed_mm = 36.5;
	run(&a, &r);
	/* Vinicombe 2001: +-3.5 mm; the value is shown as 6.5..13.5. */
	ck_assert(tu_close(r.foot[SIDE_LEFT].navicular.low_mm, 6.5, 1e-12, 0));
	ck_assert(tu_close(r.foot[SIDE_LEFT].navicular.high_mm, 13.5, 1e-12, 0));
	ck_assert(r.foot[SIDE_LEFT].navicular.approximate);
	ck_assert_int_eq(r.foot[SIDE_LEFT].navicular.error_band.source,
	    SRC_VINICOMBE_2001);
	/* A side difference of exactly 3.5 mm is within error ... */
	ck_assert_int_eq(r.bilateral.item[BM_NAVICULAR_DROP].band,
	    ASYM_WITHIN_ERROR);
	/* ... 3.6 mm is not. */
	a.side[SIDE_RIGHT].navicular_relaxed_mm = 36.4;
	run(&a, &r);
	ck_assert_int_eq(r.bilateral.item[BM_NAVICULAR_DROP].band, ASYM_NOTABLE);
	ck_assert_int_eq(r.bilateral.item[BM_NAVICULAR_DROP].differs, WHICH_RIGHT);
	/* Robinson: 100 (13.6 - 10) / 11.8. */
	ck_assert(tu_close(r.bilateral.item[BM_NAVICULAR_DROP].si,
	    100.0 * 3.6 / 11.8, 1e-9, 0));
}
END_TEST

START_TEST(csi_flat_end_and_staheli_raw)
{
	struct screening_answers a;
	struct foot_result	 f;

	adult(&a, 40);
	a.side[SIDE_LEFT].print_max_forefoot_mm = 100;
	a.side[SIDE_LEFT].print_min_midfoot_mm = 44.9;
	a.side[SIDE_LEFT].print_max_heel_mm = 60;
	ck_assert_int_eq(foot_assess(&a.side[SIDE_LEFT], &f), CORE_OK);
	ck_assert(tu_close(f.print.csi_pct, 44.9, 1e-12, 0));
	ck_assert(!f.print.csi_flat);
	a.side[SIDE_LEFT].print_min_midfoot_mm = 45;
	ck_assert_int_eq(foot_assess(&a.side[SIDE_LEFT], &f), CORE_OK);
	ck_assert(f.print.csi_flat && f.print.approximate);
	ck_assert_int_eq(f.print.csi_flat_at.tag, TAG_M);
	/* Staheli: 45 / 60, a raw ratio. */
	ck_assert(tu_close(f.print.staheli, 0.75, 1e-12, 0));
	/* Missing heel width: no Staheli, CSI still there. */
	a.side[SIDE_LEFT].print_max_heel_mm = NAN;
	ck_assert_int_eq(foot_assess(&a.side[SIDE_LEFT], &f), CORE_OK);
	ck_assert(isnan(f.print.staheli) && !isnan(f.print.csi_pct));
	a.side[SIDE_LEFT].print_max_forefoot_mm = 0;
	ck_assert_int_eq(foot_assess(&a.side[SIDE_LEFT], &f),
	    CORE_ERR_DEGENERATE);
}
END_TEST

START_TEST(norm_age_bands_at_their_edges)
{
	static const struct { int age; int lo; double eo; } edge[] = {
		{ 18, 18, 44.7 }, { 39, 18, 44.7 }, { 40, 40, 41.9 },
		{ 49, 40, 41.9 }, { 50, 50, 41.2 }, { 59, 50, 41.2 },
		{ 60, 60, 32.1 }, { 69, 60, 32.1 }, { 70, 70, 21.5 },
		{ 79, 70, 21.5 }, { 80, 80, 9.4 }, { 99, 80, 9.4 },
	};
	const struct screening_norms *n = &screening_norms_builtin;

	ck_assert_ptr_null(sls_norm_for_age(n, 17));
	ck_assert_ptr_null(sls_norm_for_age(n, 100));
	ck_assert_ptr_null(sls_norm_for_age(n, 0));
	for (size_t i = 0; i < sizeof(edge) / sizeof(edge[0]); i++) {
		const struct sls_norm	*row = sls_norm_for_age(n, edge[i].age);
		struct screening_answers a;
		struct screening_result	 r;

		ck_assert_ptr_nonnull(row);
		ck_assert_int_eq(row->age_lo, edge[i].lo);
		/* 20 s eyes open as a percentage of the group's mean. */
		adult(&a, edge[i].age);
		a.side[SIDE_LEFT].sls_eyes_open_s = 20;
		run(&a, &r);
		ck_assert(tu_close(r.balance.sls[SIDE_LEFT].eo_pct,
		    100.0 * 20 / edge[i].eo, 1e-12, 0));
		ck_assert(r.balance.sls[SIDE_LEFT].eo_below_mean ==
		    (20 < edge[i].eo));
	}
}
END_TEST

START_TEST(sls_cap_sex_and_norms_as_data)
{
	static const struct sls_norm one_row[] = {
		{ 18, 99, 30, 30, 30, 10, 20 }
	};
	const struct screening_norms custom = { one_row, 1, 45.0,
	    { SRC_SPRINGER_2007, TAG_S }, { SRC_SPRINGER_2007, TAG_S } };
	struct screening_answers a;
	struct screening_result	 r;

	/* 50 s is clamped to the 45 s cap; 18-39 mean 44.7 s. */
	adult(&a, 25);
	a.side[SIDE_RIGHT].sls_eyes_open_s = 50;
	a.side[SIDE_RIGHT].sls_eyes_closed_s = 13.1;
	run(&a, &r);
	ck_assert(tu_close(r.balance.sls[SIDE_RIGHT].eo_s, 45, 1e-12, 0));
	ck_assert(tu_close(r.balance.sls[SIDE_RIGHT].eo_pct, 100 * 45 / 44.7,
	    1e-12, 0));
	ck_assert(!r.balance.sls[SIDE_RIGHT].eo_below_mean);
	/* Eyes closed needs the sex: the sheet has no neutral column. */
	ck_assert(isnan(r.balance.sls[SIDE_RIGHT].ec_pct));
	a.sex = SEX_FEMALE;
	run(&a, &r);
	ck_assert(tu_close(r.balance.sls[SIDE_RIGHT].ec_pct, 100, 1e-12, 0));
	a.sex = SEX_MALE;
	run(&a, &r);
	ck_assert(tu_close(r.balance.sls[SIDE_RIGHT].ec_pct, 100 * 13.1 / 16.9,
	    1e-12, 0));
	/* A corrected table passed in is the one used. */
	ck_assert_int_eq(screening_run(&a, &custom, &r), CORE_OK);
	ck_assert(tu_close(r.balance.sls[SIDE_RIGHT].eo_pct, 150, 1e-12, 0));
	ck_assert(tu_close(r.balance.sls[SIDE_RIGHT].ec_pct, 65.5, 1e-12, 0));
	ck_assert_int_eq(r.balance.norm_age_hi, 99);
}
END_TEST

START_TEST(fall_risk_vellas_and_steadi)
{
	struct screening_answers a;
	struct screening_result	 r;

	/* Vellas 1997: < 5 s and older than 60. */
	adult(&a, 60);
	a.side[SIDE_LEFT].sls_eyes_open_s = 4.9;
	run(&a, &r);
	ck_assert(!r.balance.fall_risk);
	ck_assert(r.balance.sls[SIDE_LEFT].eo_under_5s);
	a.age_years = 61;
	run(&a, &r);
	ck_assert(r.balance.fall_risk);
	ck_assert_uint_eq(r.balance.fall_risk_why, FALLRISK_SLS_UNDER_5S);
	ck_assert_uint_eq(r.findings.where[FINDING_FALL_RISK], FOUND_GLOBAL);
	a.side[SIDE_LEFT].sls_eyes_open_s = 5.0;
	run(&a, &r);
	ck_assert(!r.balance.fall_risk);
	/* STEADI: tandem not held 10 s, at any adult age. */
	adult(&a, 30);
	a.tandem_10s = ANSWER_NO;
	run(&a, &r);
	ck_assert_uint_eq(r.balance.fall_risk_why, FALLRISK_TANDEM);
	ck_assert(r.balance.caution_why & CAUTION_TANDEM);
	a.tandem_10s = ANSWER_YES;
	run(&a, &r);
	ck_assert(!r.balance.fall_risk && !r.balance.caution);
}
END_TEST

START_TEST(balance_caution_reasons)
{
	struct screening_answers a;
	struct screening_result	 r;

	adult(&a, 69);
	run(&a, &r);
	ck_assert(!r.balance.caution);
	a.age_years = 70;
	run(&a, &r);
	ck_assert_uint_eq(r.balance.caution_why, CAUTION_AGE_70);
	adult(&a, 40);
	a.fell_past_year = ANSWER_YES;
	a.dizziness = ANSWER_YES;
	run(&a, &r);
	ck_assert_uint_eq(r.balance.caution_why, CAUTION_FELL | CAUTION_DIZZY);
	ck_assert_uint_eq(r.findings.where[FINDING_BALANCE_CAUTION],
	    FOUND_GLOBAL);
}
END_TEST

/* Heel raises left and right through the whole run. */
static const struct bilateral_item *
heel_raises(struct screening_result *r, int age, double left, double right,
    enum heel_raise_protocol p)
{
	struct screening_answers a;

	adult(&a, age);
	a.heel_raise_protocol = p;
	a.side[SIDE_LEFT].heel_raise_reps = left;
	a.side[SIDE_RIGHT].heel_raise_reps = right;
	run(&a, r);
	return &r->bilateral.item[BM_HEEL_RAISE];
}

START_TEST(heel_raise_side_difference)
{
	struct screening_result		 r;
	const struct bilateral_item	*it;

	/* 6 reps apart: within the 2017 limits of agreement. */
	it = heel_raises(&r, 40, 20, 26, HRP_FLAT_FLOOR);
	ck_assert_int_eq(it->band, ASYM_WITHIN_ERROR);
	ck_assert_int_eq(it->differs, WHICH_NONE);
	ck_assert_uint_eq(r.findings.where[FINDING_HEEL_RAISE_ASYMMETRY], 0);
	/* 7 apart and LSI 20/27 = 74 %: flagged, the left is weaker. */
	it = heel_raises(&r, 40, 20, 27, HRP_FLAT_FLOOR);
	ck_assert_int_eq(it->band, ASYM_NOTABLE);
	ck_assert_int_eq(it->differs, WHICH_LEFT);
	ck_assert(tu_close(it->lsi, 100.0 * 20 / 27, 1e-12, 0));
	ck_assert(tu_close(it->si, 100.0 * 7 / 23.5, 1e-12, 0));
	ck_assert_uint_eq(r.findings.where[FINDING_HEEL_RAISE_ASYMMETRY],
	    FOUND_GLOBAL);
	ck_assert_int_eq(r.bilateral.side, WHICH_LEFT);
	/* 7 apart but LSI 63/70 = 90 %: beyond the LoA, not flagged. */
	it = heel_raises(&r, 40, 70, 63, HRP_FLAT_FLOOR);
	ck_assert(tu_close(it->lsi, 90, 1e-12, 0));
	ck_assert_int_eq(it->band, ASYM_NO_BAND);
	ck_assert_int_eq(it->differs, WHICH_RIGHT);
	/* 62/69 = 89.9 %: flagged, the right is weaker. */
	it = heel_raises(&r, 40, 69, 62, HRP_FLAT_FLOOR);
	ck_assert_int_eq(it->band, ASYM_NOTABLE);
	ck_assert_int_eq(r.bilateral.side, WHICH_RIGHT);
}
END_TEST

START_TEST(heel_raise_typical_only_20_to_59_flat)
{
	struct screening_result	r;

	heel_raises(&r, 40, 24, 25, HRP_FLAT_FLOOR);
	ck_assert(r.balance.heel_raise[SIDE_LEFT].below_typical);
	ck_assert(!r.balance.heel_raise[SIDE_RIGHT].below_typical);
	ck_assert_uint_eq(r.findings.where[FINDING_HEEL_RAISE_LOW], FOUND_LEFT);
	ck_assert_int_eq(r.balance.heel_raise_typical.source, SRC_LUNSFORD_1995);
	/* Age edges: 19 and 60 are not compared, 20 and 59 are. */
	heel_raises(&r, 19, 10, 10, HRP_FLAT_FLOOR);
	ck_assert(!r.balance.heel_raise[SIDE_LEFT].compared);
	heel_raises(&r, 20, 10, 10, HRP_FLAT_FLOOR);
	ck_assert(r.balance.heel_raise[SIDE_LEFT].below_typical);
	heel_raises(&r, 59, 10, 10, HRP_FLAT_FLOOR);
	ck_assert(r.balance.heel_raise[SIDE_LEFT].below_typical);
	heel_raises(&r, 60, 10, 10, HRP_FLAT_FLOOR);
	ck_assert(!r.balance.heel_raise[SIDE_LEFT].compared);
	ck_assert(!r.balance.heel_raise[SIDE_LEFT].below_typical);
	/* Another protocol or none: never against the flat-floor figure. */
	heel_raises(&r, 40, 10, 10, HRP_UNKNOWN);
	ck_assert(!r.balance.heel_raise[SIDE_LEFT].compared);
	heel_raises(&r, 40, 10, 10, HRP_INCLINE_10DEG);
	ck_assert(!r.balance.heel_raise[SIDE_LEFT].compared);
	ck_assert(isnan(r.balance.heel_raise_median.value));
}
END_TEST

START_TEST(heel_raise_incline_medians)
{
	struct screening_answers a;
	struct screening_result	 r;

	adult(&a, 70);
	a.heel_raise_protocol = HRP_INCLINE_10DEG;
	a.sex = SEX_MALE;
	run(&a, &r);
	ck_assert(tu_close(r.balance.heel_raise_median.value, 24, 0, 0));
	a.sex = SEX_FEMALE;
	run(&a, &r);
	ck_assert(tu_close(r.balance.heel_raise_median.value, 21, 0, 0));
}
END_TEST

/* Board weight share on the right through the whole run. */
static bool
weight_outside(double right, struct screening_result *r)
{
	struct screening_answers a;

	adult(&a, 40);
	a.board_weight_right_pct = right;
	run(&a, r);
	ck_assert(tu_close(r->balance.weight_left_pct, 100 - right, 1e-12, 0));
	/* Information only: never an asymmetry band. */
	ck_assert_int_eq(r->bilateral.item[BM_BOARD_WEIGHT].band, ASYM_NO_BAND);
	return r->balance.weight_outside_convention;
}

START_TEST(weight_share_convention)
{
	struct screening_result	r;

	ck_assert(!weight_outside(45.0, &r));
	ck_assert(weight_outside(44.9, &r));
	ck_assert_uint_eq(r.findings.where[FINDING_WEIGHT_ASYMMETRY],
	    FOUND_GLOBAL);
	ck_assert_int_eq(r.bilateral.item[BM_BOARD_WEIGHT].differs, WHICH_LEFT);
	ck_assert(!weight_outside(55.0, &r));
	ck_assert(weight_outside(55.1, &r));
	ck_assert_int_eq(r.bilateral.item[BM_BOARD_WEIGHT].differs, WHICH_RIGHT);
	ck_assert_int_eq(r.balance.weight_high.tag, TAG_M);
	/* Robinson on 55.1 / 44.9. */
	ck_assert(tu_close(r.bilateral.item[BM_BOARD_WEIGHT].si, 10.2 / 0.5,
	    1e-9, 0));
}
END_TEST

START_TEST(romberg_quotient_context)
{
	struct screening_answers a;
	struct screening_result	 r;

	adult(&a, 40);
	a.board_velocity_eo_mm_s = 10;
	a.board_velocity_ec_mm_s = 13;
	a.board_area_eo_mm2 = 100;
	a.board_area_ec_mm2 = 250;
	run(&a, &r);
	ck_assert(tu_close(r.balance.romberg_velocity, 1.3, 1e-12, 0));
	ck_assert(tu_close(r.balance.romberg_area, 2.5, 1e-12, 0));
	ck_assert(!r.balance.romberg_above_typical);
	a.board_velocity_ec_mm_s = 13.1;
	run(&a, &r);
	ck_assert(r.balance.romberg_above_typical);
	ck_assert_uint_eq(r.findings.where[FINDING_VISUAL_RELIANCE],
	    FOUND_GLOBAL);
	a.board_velocity_eo_mm_s = NAN;
	run(&a, &r);
	ck_assert(isnan(r.balance.romberg_velocity));
}
END_TEST

START_TEST(adults_only)
{
	struct screening_answers a;
	struct screening_result	 r;

	adult(&a, 17);
	a.side[SIDE_LEFT].sls_eyes_open_s = 3;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	ck_assert(r.triage.out_of_scope && !r.scored && !r.plan_allowed);
	ck_assert_uint_eq(r.findings.where[FINDING_NO_PAIN], 0);
	a.age_years = 18;
	run(&a, &r);
	ck_assert(!r.triage.out_of_scope && r.plan_allowed);
	ck_assert(tu_close(r.balance.sls[SIDE_LEFT].eo_s, 3, 0, 0));
	/* Age out of range is refused. */
	a.age_years = 131;
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_ERR_ARG);
}
END_TEST

START_TEST(observations_to_findings)
{
	struct screening_answers a;
	struct screening_result	 r;

	adult(&a, 40);
	a.side[SIDE_LEFT].squat_knee = KNEE_MEDIAL_TO_FOOT;
	a.side[SIDE_RIGHT].knee_falls_in_walking = ANSWER_YES;
	a.side[SIDE_LEFT].squat_pelvic_drop = ANSWER_YES;
	a.side[SIDE_RIGHT].foot_angle = ANGLE_OUT;
	a.side[SIDE_LEFT].shoe_wear = WEAR_OUTER;
	a.leg_length = LEGLEN_LEFT_SHORTER;
	a.pelvis_level = ANSWER_NO;
	a.symptom[SITE_KNEE].present = 1;
	run(&a, &r);
	ck_assert_uint_eq(r.findings.where[FINDING_KNEE_VALGUS],
	    FOUND_LEFT | FOUND_RIGHT);
	ck_assert_uint_eq(r.findings.where[FINDING_PELVIC_DROP], FOUND_LEFT);
	ck_assert_uint_eq(r.findings.where[FINDING_FOOT_POINTS_OUT], FOUND_RIGHT);
	ck_assert_uint_eq(r.findings.where[FINDING_SHOE_WEAR_OUTER], FOUND_LEFT);
	ck_assert_uint_eq(r.findings.where[FINDING_SUPINATED], FOUND_LEFT);
	ck_assert_uint_eq(r.findings.where[FINDING_LEG_LENGTH_DIFFERENCE],
	    FOUND_GLOBAL);
	ck_assert_uint_eq(r.findings.where[FINDING_PELVIS_NOT_LEVEL],
	    FOUND_GLOBAL);
	ck_assert_uint_eq(r.findings.where[FINDING_PAIN_KNEE], FOUND_GLOBAL);
	ck_assert_uint_eq(r.findings.where[FINDING_NO_PAIN], 0);
	ck_assert_uint_eq(r.findings.where[FINDING_PAIN_LOW_BACK], 0);
	/* Not painful now, but never asked about any site: no "no pain". */
	a.symptom[SITE_KNEE].present = 0;
	run(&a, &r);
	ck_assert_uint_eq(r.findings.where[FINDING_NO_PAIN], 0);
	/* Asked, and no site is painful: "no pain". */
	a.symptom[SITE_KNEE].answered = 1;
	run(&a, &r);
	ck_assert_uint_eq(r.findings.where[FINDING_NO_PAIN], FOUND_GLOBAL);
}
END_TEST

START_TEST(summary_names_the_side)
{
	struct screening_answers a;
	struct screening_result	 r;

	adult(&a, 40);
	/* Heel raise weaker left, FPI large with the right pronated. */
	a.side[SIDE_LEFT].heel_raise_reps = 10;
	a.side[SIDE_RIGHT].heel_raise_reps = 20;
	run(&a, &r);
	ck_assert_int_eq(r.bilateral.side, WHICH_LEFT);
	ck_assert_uint_eq(r.bilateral.flagged, 1u << BM_HEEL_RAISE);
	fpi_items_for(2, a.side[SIDE_LEFT].fpi_item);
	fpi_items_for(8, a.side[SIDE_RIGHT].fpi_item);
	run(&a, &r);
	ck_assert_uint_eq(r.bilateral.flagged,
	    (1u << BM_HEEL_RAISE) | (1u << BM_FPI));
	ck_assert_int_eq(r.bilateral.side, WHICH_MIXED);
	/* Single-leg stance has no band but still names the weaker side. */
	a.side[SIDE_LEFT].sls_eyes_open_s = 30;
	a.side[SIDE_RIGHT].sls_eyes_open_s = 12;
	run(&a, &r);
	ck_assert_int_eq(r.bilateral.item[BM_SLS_EO].band, ASYM_NO_BAND);
	ck_assert_int_eq(r.bilateral.item[BM_SLS_EO].differs, WHICH_RIGHT);
	ck_assert(!(r.bilateral.flagged & (1u << BM_SLS_EO)));
	/* Zero on both sides: no Robinson index. */
	a.side[SIDE_LEFT].board_sls_time_s = 0;
	a.side[SIDE_RIGHT].board_sls_time_s = 0;
	run(&a, &r);
	ck_assert_int_eq(r.bilateral.item[BM_BOARD_SLS_TIME].si_status,
	    SI_ZERO_SUM);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("instruments");
	TCase	*tc = tcase_create("instruments");

	tcase_add_test(tc, fpi_bands_at_every_edge);
	tcase_add_test(tc, fpi_incomplete_and_bad_items);
	tcase_add_test(tc, fpi_left_right_bands);
	tcase_add_test(tc, navicular_drop_band_no_label);
	tcase_add_test(tc, csi_flat_end_and_staheli_raw);
	tcase_add_test(tc, norm_age_bands_at_their_edges);
	tcase_add_test(tc, sls_cap_sex_and_norms_as_data);
	tcase_add_test(tc, fall_risk_vellas_and_steadi);
	tcase_add_test(tc, balance_caution_reasons);
	tcase_add_test(tc, heel_raise_side_difference);
	tcase_add_test(tc, heel_raise_typical_only_20_to_59_flat);
	tcase_add_test(tc, heel_raise_incline_medians);
	tcase_add_test(tc, weight_share_convention);
	tcase_add_test(tc, romberg_quotient_context);
	tcase_add_test(tc, adults_only);
	tcase_add_test(tc, observations_to_findings);
	tcase_add_test(tc, summary_names_the_side);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
