/*
 * test_signal_reference.c: the quijoux2021 pipeline against the signal that
 * the reference implementation (Quijoux et al. 2021 code, scipy 1.10)
 * produced from the same recordings: expected_processed_<case>__paper.csv,
 * and the input means in expected_<case>__paper.csv
 * (shared/data/reference/README.md §2).
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/preprocess.h"
#include "testutil.h"

/* The README asks for 1e-6; a faithful port reaches rounding level. */
#define REL_TOL		1e-9
#define ABS_TOL		1e-12

/* expected_bmc_kistler_4cell_cop.csv columns. */
#define BMC_COPX	6
#define BMC_COPY	7

#define RATE_HZ		100.0

/* One input case: its name in the file names and its COP in cm. */
struct ref_case {
	const char	*name;
	double		*ml;
	double		*ap;
	size_t		 n;
};

static const char	*refdir;

/* refdir/<pre><name><post>; the result lives until the next call. */
static const char *
ref_path(const char *pre, const char *name, const char *post)
{
	static char	file[256], path[1024];
	int		len = snprintf(file, sizeof file, "%s%s%s", pre, name,
			    post);

	ck_assert(len > 0 && (size_t)len < sizeof file);
	return tu_path(path, sizeof path, refdir, file);
}

static void
case_alloc(struct ref_case *c, const char *name, size_t n)
{
	c->name = name;
	c->n = n;
	c->ml = calloc(n, sizeof *c->ml);
	c->ap = calloc(n, sizeof *c->ap);
	ck_assert(c->ml != NULL && c->ap != NULL);
}

static void
case_free(struct ref_case *c)
{
	free(c->ml);
	free(c->ap);
}

/* The README's AMTI input cases, built by testutil. */
static void
case_amti(struct ref_case *c, const char *name, enum tu_amti_case which)
{
	c->name = name;
	c->n = tu_amti_case(refdir, which, &c->ml, &c->ap);
	ck_assert_msg(c->n == TU_AMTI_ROWS, "cannot build the %s case", name);
}

static void
case_amti_main(struct ref_case *c)
{
	case_amti(c, "quijoux_amti_main", TU_AMTI_MAIN);
}

static void
case_amti_plain(struct ref_case *c)
{
	case_amti(c, "quijoux_amti_plain_4000_7000", TU_AMTI_PLAIN);
}

/* The 4-cell COP of the Kistler recording, as the README computes it. */
static void
case_bmc(struct ref_case *c)
{
	struct tu_table	t;

	ck_assert_int_eq(tu_table_load(ref_path("",
	    "expected_bmc_kistler_4cell_cop.csv", ""), 1, &t), 0);
	ck_assert_uint_eq(t.rows, 2000);
	case_alloc(c, "bmc_kistler_4cell", t.rows);
	for (size_t i = 0; i < t.rows; i++) {
		c->ml[i] = t.col[BMC_COPX][i];
		c->ap[i] = t.col[BMC_COPY][i];
	}
	tu_table_free(&t);
}

/* Worst |got - want| / |want| over samples away from zero. */
static void
worst_error(const double *got, const double *want, size_t n, double *rel,
    double *abs_err)
{
	for (size_t i = 0; i < n; i++) {
		double	e = fabs(got[i] - want[i]);

		if (e > *abs_err)
			*abs_err = e;
		if (fabs(want[i]) > 1e-3 && e / fabs(want[i]) > *rel)
			*rel = e / fabs(want[i]);
	}
}

/* Run the pipeline on a case and compare with the reference's output. */
static void
check_case(const struct ref_case *c)
{
	struct tu_expected	 e;
	struct tu_table		 want;
	struct sway_signal	 out = { 0 };
	double			*scratch, mean_ml, mean_ap, count;
	double			 rel = 0.0, abs_err = 0.0;
	size_t			 cap, ns;

	ck_assert_int_eq(tu_expected_load(ref_path("expected_", c->name,
	    "__paper.csv"), &e), 0);
	ck_assert_int_eq(tu_expected_get(&e, "mean_value_ML", &mean_ml), 0);
	ck_assert_int_eq(tu_expected_get(&e, "mean_value_AP", &mean_ap), 0);
	ck_assert_int_eq(tu_expected_get(&e, "n_samples_after_preprocessing",
	    &count), 0);
	ck_assert_int_eq(tu_table_load(ref_path(
	    "expected_processed_", c->name, "__paper.csv"), 1, &want), 0);
	ck_assert_uint_eq(want.ncols, 2);
	ck_assert_uint_eq(want.rows, (size_t)count);

	cap = sway_preprocess_capacity(SWAY_PIPELINE_QUIJOUX2021, c->n,
	    RATE_HZ);
	ns = sway_preprocess_scratch(SWAY_PIPELINE_QUIJOUX2021, c->n, RATE_HZ);
	ck_assert_uint_ge(cap, want.rows);
	out.ml = calloc(cap, sizeof *out.ml);
	out.ap = calloc(cap, sizeof *out.ap);
	scratch = calloc(ns, sizeof *scratch);
	ck_assert(out.ml != NULL && out.ap != NULL && scratch != NULL);
	out.capacity = cap;

	ck_assert_int_eq(sway_preprocess(SWAY_PIPELINE_QUIJOUX2021, c->ml,
	    c->ap, c->n, RATE_HZ, scratch, &out), CORE_OK);
	ck_assert_uint_eq(out.n, want.rows);
	ck_assert_double_eq(out.fs, 25.0);
	ck_assert_msg(tu_close(out.mean_ml, mean_ml, 1e-12, 1e-15),
	    "%s mean ML %.17g, want %.17g", c->name, out.mean_ml, mean_ml);
	ck_assert_msg(tu_close(out.mean_ap, mean_ap, 1e-12, 1e-15),
	    "%s mean AP %.17g, want %.17g", c->name, out.mean_ap, mean_ap);
	for (size_t i = 0; i < out.n; i++) {
		ck_assert_msg(tu_close(out.ml[i], want.col[0][i], REL_TOL,
		    ABS_TOL), "%s ML[%zu] = %.17g, want %.17g", c->name, i,
		    out.ml[i], want.col[0][i]);
		ck_assert_msg(tu_close(out.ap[i], want.col[1][i], REL_TOL,
		    ABS_TOL), "%s AP[%zu] = %.17g, want %.17g", c->name, i,
		    out.ap[i], want.col[1][i]);
	}
	worst_error(out.ml, want.col[0], out.n, &rel, &abs_err);
	worst_error(out.ap, want.col[1], out.n, &rel, &abs_err);
	fprintf(stderr, "# %s: worst relative error %.3g (|x| > 1e-3 cm), "
	    "worst absolute %.3g cm\n", c->name, rel, abs_err);

	free(scratch);
	free(out.ml);
	free(out.ap);
	tu_table_free(&want);
	tu_expected_free(&e);
}

START_TEST(test_amti_main)
{
	struct ref_case	c;

	case_amti_main(&c);
	check_case(&c);
	case_free(&c);
}
END_TEST

START_TEST(test_amti_plain)
{
	struct ref_case	c;

	case_amti_plain(&c);
	check_case(&c);
	case_free(&c);
}
END_TEST

START_TEST(test_bmc_4cell)
{
	struct ref_case	c;

	case_bmc(&c);
	check_case(&c);
	case_free(&c);
}
END_TEST

int
main(void)
{
	Suite	*s;
	TCase	*tc;

	if ((refdir = tu_reference_dir()) == NULL)
		return tu_skip_all("FOOTSCREEN_REFERENCE_DIR not set");
	s = suite_create("signal_reference");
	tc = tcase_create("quijoux2021");
	tcase_add_test(tc, test_amti_main);
	tcase_add_test(tc, test_amti_plain);
	tcase_add_test(tc, test_bmc_4cell);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
