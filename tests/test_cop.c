/*
 * test_cop.c: centre of pressure from four cells, load shares, and the
 * weight-bearing and symmetry indices (src/core/cop.c, asymmetry.c,
 * ellipse.c).  Known answers worked out by hand in the comments.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdlib.h>

#include "core/asymmetry.h"
#include "core/cop.h"
#include "core/ellipse.h"
#include "testutil.h"

static const struct board_geometry wii = { BOARD_WII_WIDTH_MM, BOARD_WII_LENGTH_MM };

START_TEST(cop_equal_loads_is_centre)
{
	const double		load[CELL_COUNT] = { 10, 10, 10, 10 };
	struct cop_sample	c;

	ck_assert_int_eq(cop_from_cells(&wii, load, &c), CORE_OK);
	ck_assert(fabs(c.ml_mm) < 1e-12 && fabs(c.ap_mm) < 1e-12);
	ck_assert(fabs(c.total - 40.0) < 1e-12);
}
END_TEST

START_TEST(cop_single_cell_is_that_corner)
{
	/* All the load on one cell puts the COP on that cell: (+-W/2, +-L/2). */
	const double	want_ml[CELL_COUNT] = { -216.5, 216.5, -216.5, 216.5 };
	const double	want_ap[CELL_COUNT] = { 119, 119, -119, -119 };

	for (int k = 0; k < CELL_COUNT; k++) {
		double			load[CELL_COUNT] = { 0, 0, 0, 0 };
		struct cop_sample	c;

		load[k] = 700;
		ck_assert_int_eq(cop_from_cells(&wii, load, &c), CORE_OK);
		ck_assert_msg(fabs(c.ml_mm - want_ml[k]) < 1e-9, "cell %d ml %g", k, c.ml_mm);
		ck_assert_msg(fabs(c.ap_mm - want_ap[k]) < 1e-9, "cell %d ap %g", k, c.ap_mm);
	}
}
END_TEST

START_TEST(cop_matches_kistler_4cell_formula)
{
	/*
	 * BMC's 4-cell formula with a = 120 mm, b = 200 mm and cells
	 * 1..4 = TR, TL, BL, BR: COPx = a(f1 - f2 - f3 + f4)/F.
	 */
	const struct board_geometry g = { 240, 400 };
	const double	f1 = 191.3, f2 = 4.76, f3 = 179.9, f4 = 60.8, F = f1 + f2 + f3 + f4;
	const double	load[CELL_COUNT] = { f2, f1, f3, f4 };
	struct cop_sample c;

	ck_assert_int_eq(cop_from_cells(&g, load, &c), CORE_OK);
	ck_assert(tu_close(c.ml_mm, 120 * (f1 - f2 - f3 + f4) / F, 1e-14, 0));
	ck_assert(tu_close(c.ap_mm, 200 * (f1 + f2 - f3 - f4) / F, 1e-14, 0));
}
END_TEST

START_TEST(cop_rejects_bad_input)
{
	const double		zero[CELL_COUNT] = { 0, 0, 0, 0 };
	const double		neg[CELL_COUNT] = { -5, 1, 1, 1 };
	const double		nan_load[CELL_COUNT] = { NAN, 1, 1, 1 };
	const double		ok[CELL_COUNT] = { 1, 1, 1, 1 };
	const struct board_geometry flat = { 0, 238 };
	struct cop_sample	c;

	ck_assert_int_eq(cop_from_cells(&wii, zero, &c), CORE_ERR_DEGENERATE);
	ck_assert_int_eq(cop_from_cells(&wii, neg, &c), CORE_ERR_DEGENERATE);
	ck_assert_int_eq(cop_from_cells(&wii, nan_load, &c), CORE_ERR_NONFINITE);
	ck_assert_int_eq(cop_from_cells(&flat, ok, &c), CORE_ERR_ARG);
	ck_assert_int_eq(cop_from_cells(NULL, ok, &c), CORE_ERR_ARG);
}
END_TEST

START_TEST(cop_series_fills_every_sample)
{
	double		 tl[3] = { 1, 0, 1 }, tr[3] = { 1, 2, 1 };
	double		 bl[3] = { 1, 0, 3 }, br[3] = { 1, 2, 3 };
	const double	*cells[CELL_COUNT] = { tl, tr, bl, br };
	double		 ml[3], ap[3], tot[3];

	ck_assert_int_eq(cop_series(&wii, cells, 3, ml, ap, tot), CORE_OK);
	ck_assert(fabs(ml[0]) < 1e-12 && fabs(ap[0]) < 1e-12);
	ck_assert(fabs(ml[1] - 216.5) < 1e-9 && fabs(ap[1]) < 1e-12);
	/* Sample 2: front 2 of 8, back 6 of 8: AP = 119 * (2 - 6) / 8. */
	ck_assert(fabs(ap[2] + 59.5) < 1e-9 && fabs(tot[2] - 8) < 1e-12);
	bl[1] = -4;	/* total 0 */
	ck_assert_int_eq(cop_series(&wii, cells, 3, ml, ap, NULL), CORE_ERR_DEGENERATE);
}
END_TEST

START_TEST(load_share_of_known_loads)
{
	double		 tl[2] = { 10, 20 }, tr[2] = { 30, 40 };
	double		 bl[2] = { 5, 5 }, br[2] = { 45, 45 };
	const double	*cells[CELL_COUNT] = { tl, tr, bl, br };
	struct load_share s;

	/* Sums: TL 30, TR 70, BL 10, BR 90; total 200. */
	ck_assert_int_eq(load_share_compute(cells, 2, &s), CORE_OK);
	ck_assert(fabs(s.right_pct - 80) < 1e-12 && fabs(s.left_pct - 20) < 1e-12);
	ck_assert(fabs(s.front_pct - 50) < 1e-12 && fabs(s.back_pct - 50) < 1e-12);
	ck_assert(fabs(s.cell_pct[CELL_BR] - 45) < 1e-12);
	ck_assert(fabs(s.mean_load[CELL_TR] - 35) < 1e-12);
	ck_assert(fabs(s.mean_total - 100) < 1e-12);
	ck_assert_int_eq(load_share_compute(cells, 0, &s), CORE_ERR_TOO_SHORT);
}
END_TEST

START_TEST(robinson_index_sign_and_size)
{
	double	si;

	/* 100 (60 - 40) / 50 = 40 %; swapped sides flip the sign. */
	ck_assert_int_eq(symmetry_index_robinson(60, 40, &si), CORE_OK);
	ck_assert(fabs(si - 40) < 1e-12);
	ck_assert_int_eq(symmetry_index_robinson(40, 60, &si), CORE_OK);
	ck_assert(fabs(si + 40) < 1e-12);
	ck_assert_int_eq(symmetry_index_robinson(5, 5, &si), CORE_OK);
	ck_assert(si == 0.0);
	ck_assert_int_eq(symmetry_index_robinson(5, -5, &si), CORE_ERR_DEGENERATE);
	ck_assert_int_eq(symmetry_index_robinson(NAN, 1, &si), CORE_ERR_NONFINITE);
}
END_TEST

START_TEST(symmetry_angle_and_lsi)
{
	double	v;

	/* Equal sides: atan(1) = 45 deg, so the angle is 0. */
	ck_assert_int_eq(symmetry_angle_zifchock(7, 7, &v), CORE_OK);
	ck_assert(fabs(v) < 1e-12);
	/* Left zero: (45 - 0) / 90 * 100 = 50. */
	ck_assert_int_eq(symmetry_angle_zifchock(7, 0, &v), CORE_OK);
	ck_assert(fabs(v - 50) < 1e-12);
	ck_assert_int_eq(symmetry_angle_zifchock(0, 7, &v), CORE_ERR_DEGENERATE);
	ck_assert_int_eq(limb_symmetry_index(18, 20, &v), CORE_OK);
	ck_assert(fabs(v - 90) < 1e-12);
	ck_assert_int_eq(limb_symmetry_index(18, 0, &v), CORE_ERR_DEGENERATE);
	ck_assert_int_eq(wba_percent(55, 45, &v), CORE_OK);
	ck_assert(fabs(v - 10) < 1e-12);
	ck_assert_int_eq(wba_percent(0, 0, &v), CORE_ERR_DEGENERATE);
}
END_TEST

START_TEST(two_plates_constant_forces)
{
	double		 a[4] = { 300, 300, 300, 300 }, b[4] = { 200, 200, 200, 200 };
	double		 ca[4] = { 10, 10, 10, 10 }, cb[4] = { 20, 20, 20, 20 };
	const double	*f[2] = { a, b }, *c[2] = { ca, cb };
	struct two_plate_asymmetry r;

	ck_assert_int_eq(two_plate_asymmetry(f, c, 4, &r), CORE_OK);
	ck_assert(fabs(r.share_a_pct - 60) < 1e-12);
	ck_assert(fabs(r.asymmetry_index_pct - 20) < 1e-12);
	ck_assert(fabs(r.mean_abs_sample_pct - 20) < 1e-12);
	ck_assert(fabs(r.wba_pct - 20) < 1e-12);
	ck_assert(fabs(r.robinson_si_pct - 40) < 1e-12);
	/* Net COP = (300 * 10 + 200 * 20) / 500 = 14, constant. */
	ck_assert(fabs(r.mean_net_cop_ap - 14) < 1e-12);
	ck_assert(fabs(r.sd_net_cop_ap) < 1e-12);
	ck_assert_int_eq(two_plate_asymmetry(f, NULL, 4, &r), CORE_OK);
	ck_assert(isnan(r.mean_net_cop_ap));
}
END_TEST

START_TEST(two_plates_alternating_forces)
{
	/*
	 * Samples (400, 100) and (100, 400): on average symmetric, yet 60 %
	 * apart at every moment (the moment-to-moment asymmetry of §5.6).
	 */
	double		 a[2] = { 400, 100 }, b[2] = { 100, 400 };
	const double	*f[2] = { a, b };
	struct two_plate_asymmetry r;

	ck_assert_int_eq(two_plate_asymmetry(f, NULL, 2, &r), CORE_OK);
	ck_assert(fabs(r.asymmetry_index_pct) < 1e-12);
	ck_assert(fabs(r.mean_abs_sample_pct - 60) < 1e-12);
	a[1] = -400;	/* the two plates sum to zero: nobody standing */
	ck_assert_int_eq(two_plate_asymmetry(f, NULL, 2, &r), CORE_ERR_DEGENERATE);
}
END_TEST

START_TEST(board_weight_from_cop)
{
	struct board_weight_bearing w;

	ck_assert_int_eq(board_weight_bearing(0, 200, &w), CORE_OK);
	ck_assert(fabs(w.right_pct - 50) < 1e-12 && !w.outside_feet);
	/* 10 mm right with feet 200 mm apart: 0.5 + 10/200 = 55 % right. */
	ck_assert_int_eq(board_weight_bearing(10, 200, &w), CORE_OK);
	ck_assert(fabs(w.right_pct - 55) < 1e-12);
	ck_assert(fabs(w.left_pct - 45) < 1e-12 && fabs(w.wba_pct - 10) < 1e-12);
	/* On the right foot's centre line: all the weight, still inside. */
	ck_assert_int_eq(board_weight_bearing(100, 200, &w), CORE_OK);
	ck_assert(fabs(w.right_pct - 100) < 1e-12 && !w.outside_feet);
	ck_assert_int_eq(board_weight_bearing(100.5, 200, &w), CORE_OK);
	ck_assert(w.outside_feet);
	ck_assert_int_eq(board_weight_bearing(-100.5, 200, &w), CORE_OK);
	ck_assert(w.outside_feet);
	ck_assert_int_eq(board_weight_bearing(1, 0, &w), CORE_ERR_ARG);
}
END_TEST

START_TEST(single_leg_medial_offset_signs)
{
	double	m;

	/* Left foot line at -100 mm: a COP at -92 is 8 mm medial of it. */
	ck_assert_int_eq(single_leg_medial_offset(-92, 200, 0, &m), CORE_OK);
	ck_assert(fabs(m - 8) < 1e-12);
	/* Right foot line at +100 mm: +108 is 8 mm lateral. */
	ck_assert_int_eq(single_leg_medial_offset(108, 200, 1, &m), CORE_OK);
	ck_assert(fabs(m + 8) < 1e-12);
	ck_assert_int_eq(single_leg_medial_offset(-100, 200, 0, &m), CORE_OK);
	ck_assert(m == 0.0);
	ck_assert_int_eq(single_leg_medial_offset(0, 0, 0, &m), CORE_ERR_ARG);
	ck_assert_int_eq(single_leg_medial_offset(NAN, 200, 1, &m),
	    CORE_ERR_NONFINITE);
}
END_TEST

START_TEST(ellipse_f_quantile_and_area)
{
	/*
	 * F(0.95; 2, d) tends to the chi-square quantile over 2,
	 * -ln(0.05) = 2.9957, as d grows; at d = 10 tables give 4.1028.
	 */
	ck_assert(fabs(f_quantile95_2(10) - 4.1028) < 5e-5);
	ck_assert(fabs(f_quantile95_2(1e7) + log(0.05)) < 1e-5);
	/* Unit variances, no covariance, n = 1002: 2 pi F(1000) * 1003*1001/(1002*1000). */
	ck_assert(tu_close(confidence_ellipse_area(1, 1, 0, 1002),
	    2 * M_PI * f_quantile95_2(1000) * 1003.0 * 1001.0 / (1002.0 * 1000.0),
	    1e-14, 0));
	ck_assert(isnan(confidence_ellipse_area(1, 1, 0, 2)));
	/* Collinear points: zero area, not NaN. */
	ck_assert(confidence_ellipse_area(1, 4, 2, 50) == 0.0);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("cop");
	TCase	*tc = tcase_create("cop");

	tcase_add_test(tc, cop_equal_loads_is_centre);
	tcase_add_test(tc, cop_single_cell_is_that_corner);
	tcase_add_test(tc, cop_matches_kistler_4cell_formula);
	tcase_add_test(tc, cop_rejects_bad_input);
	tcase_add_test(tc, cop_series_fills_every_sample);
	tcase_add_test(tc, load_share_of_known_loads);
	tcase_add_test(tc, robinson_index_sign_and_size);
	tcase_add_test(tc, symmetry_angle_and_lsi);
	tcase_add_test(tc, two_plates_constant_forces);
	tcase_add_test(tc, two_plates_alternating_forces);
	tcase_add_test(tc, board_weight_from_cop);
	tcase_add_test(tc, single_leg_medial_offset_signs);
	tcase_add_test(tc, ellipse_f_quantile_and_area);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
