/*
 * test_descriptors_reference.c: every descriptor against the values the
 * Quijoux et al. 2021 reference code computed from real recordings
 * (shared/data/reference/README.md).
 *
 * Paper cases feed the reference's own preprocessed signal (25 Hz, cm) to
 * the descriptor stage, so only the descriptors are under test.  Raw cases
 * are the recordings at 100 Hz, mean-centred only.  Tolerance: rel 1e-6 /
 * abs 1e-9 (README §5: a faithful double port agrees to ~1e-12 and 1e-9 cm
 * of noise moves nothing by more than 3e-8); counts and bin frequencies
 * must match exactly.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/sway.h"
#include "testutil.h"

#define REL_TOL		1e-6
#define ABS_TOL		1e-9
#define SWAY_RADIUS_CM	0.3

/* 4-cell COP file: time, fz1..fz4, total, copx_cm, copy_cm, ... */
#define BMC_COPX		6
#define BMC_COPY		7

enum source {
	SRC_PROCESSED,		/* expected_processed_<case>__paper.csv */
	SRC_BMC_COP,		/* 4-cell COP of the Kistler recording */
	SRC_AMTI_MAIN,		/* whole-file demeaned My/Fz, Mx/Fz */
	SRC_AMTI_PLAIN		/* -My/Fz, Mx/Fz on the slice only */
};

struct ref_case {
	const char	*expected;	/* expected_<this>.csv */
	const char	*processed;	/* paper: the preprocessed input */
	enum source	 source;
	double		 fs;
};

static const struct ref_case cases[] = {
	{ "bmc_kistler_4cell__paper",
	    "expected_processed_bmc_kistler_4cell__paper.csv", SRC_PROCESSED,
	    25.0 },
	{ "quijoux_amti_main__paper",
	    "expected_processed_quijoux_amti_main__paper.csv", SRC_PROCESSED,
	    25.0 },
	{ "quijoux_amti_plain_4000_7000__paper",
	    "expected_processed_quijoux_amti_plain_4000_7000__paper.csv",
	    SRC_PROCESSED, 25.0 },
	{ "bmc_kistler_4cell__raw", NULL, SRC_BMC_COP, 100.0 },
	{ "quijoux_amti_main__raw", NULL, SRC_AMTI_MAIN, 100.0 },
	{ "quijoux_amti_plain_4000_7000__raw", NULL, SRC_AMTI_PLAIN, 100.0 },
};
#define NCASES	(sizeof cases / sizeof cases[0])

struct input {
	double	*x, *y;
	size_t	 n;
	double	 mean_x, mean_y;
};

static const char *refdir;

static double *
xalloc(size_t n)
{
	double	*p = calloc(n, sizeof *p);

	ck_assert_ptr_nonnull(p);
	return p;
}

static void
load_table(const char *name, size_t header, struct tu_table *t)
{
	char	path[4096];

	ck_assert_msg(tu_table_load(tu_path(path, sizeof path, refdir, name),
	    header, t) == 0, "cannot read %s", name);
}

/* Copy the first n values of a and b into a fresh input. */
static void
input_from(struct input *in, const double *a, const double *b, size_t n)
{
	in->n = n;
	in->x = xalloc(n);
	in->y = xalloc(n);
	memcpy(in->x, a, n * sizeof *a);
	memcpy(in->y, b, n * sizeof *b);
}

/* The raw pipeline: subtract each column's mean, remember it. */
static void
input_centre(struct input *in)
{
	double	sx = 0.0, sy = 0.0;

	for (size_t i = 0; i < in->n; i++) {
		sx += in->x[i];
		sy += in->y[i];
	}
	in->mean_x = sx / (double)in->n;
	in->mean_y = sy / (double)in->n;
	for (size_t i = 0; i < in->n; i++) {
		in->x[i] -= in->mean_x;
		in->y[i] -= in->mean_y;
	}
}

/* The README's AMTI input cases (testutil), centred for the raw pipeline. */
static void
load_amti(enum source src, struct input *in)
{
	in->n = tu_amti_case(refdir, src == SRC_AMTI_MAIN ? TU_AMTI_MAIN :
	    TU_AMTI_PLAIN, &in->x, &in->y);
	ck_assert_msg(in->n == TU_AMTI_ROWS, "cannot build the AMTI case");
	input_centre(in);
}

static void
load_input(const struct ref_case *c, const struct tu_expected *e,
    struct input *in)
{
	struct tu_table	t;

	switch (c->source) {
	case SRC_PROCESSED:
		load_table(c->processed, 1, &t);
		ck_assert_uint_eq(t.ncols, 2);
		input_from(in, t.col[0], t.col[1], t.rows);
		tu_table_free(&t);
		ck_assert_int_eq(tu_expected_get(e, "mean_value_ML",
		    &in->mean_x), 0);
		ck_assert_int_eq(tu_expected_get(e, "mean_value_AP",
		    &in->mean_y), 0);
		break;
	case SRC_BMC_COP:
		load_table("expected_bmc_kistler_4cell_cop.csv", 1, &t);
		input_from(in, t.col[BMC_COPX], t.col[BMC_COPY], t.rows);
		tu_table_free(&t);
		input_centre(in);
		break;
	case SRC_AMTI_MAIN:
	case SRC_AMTI_PLAIN:
		load_amti(c->source, in);
		break;
	}
}

/* Counts and bin frequencies are discrete: they must match exactly. */
static int
is_exact(enum sway_descriptor d)
{
	switch (d) {
	case SWAY_ZERO_CROSSING_ML:
	case SWAY_ZERO_CROSSING_AP:
	case SWAY_N_SAMPLES:
	case SWAY_FREQUENCY_AFTER_PREPROCESSING:
	case SWAY_POWER_FREQUENCY_50_ML:
	case SWAY_POWER_FREQUENCY_50_AP:
	case SWAY_POWER_FREQUENCY_95_ML:
	case SWAY_POWER_FREQUENCY_95_AP:
	case SWAY_FREQUENCY_MODE_ML:
	case SWAY_FREQUENCY_MODE_AP:
		return 1;
	default:
		return 0;
	}
}

START_TEST(test_case_matches_reference)
{
	const struct ref_case	*c = &cases[_i];
	struct tu_expected	 e;
	struct input		 in;
	struct sway_descriptors	 out;
	struct sway_options	 opt = {
		.sway_density_radius = SWAY_RADIUS_CM
	};
	char			 path[4096], name[256], failures[4096] = "";
	double			*scratch, worst = 0.0;
	const char		*worst_name = "none";
	size_t			 nfail = 0, seen = 0;
	enum core_status	 st;

	snprintf(name, sizeof name, "expected_%s.csv", c->expected);
	ck_assert_msg(tu_expected_load(tu_path(path, sizeof path, refdir, name),
	    &e) == 0, "cannot read %s", name);
	load_input(c, &e, &in);
	scratch = xalloc(sway_descriptors_scratch(in.n));
	st = sway_descriptors_compute(in.x, in.y, in.n, c->fs, in.mean_x,
	    in.mean_y, &opt, scratch, &out);
	ck_assert_msg(st == CORE_OK, "%s: %s", c->expected, core_strerror(st));

	for (size_t k = 0; k < e.n; k++) {
		const int	d = sway_descriptor_lookup(e.name[k]);
		const double	want = e.value[k];
		double		got, rel;
		int		ok;

		ck_assert_msg(d >= 0, "unknown descriptor %s", e.name[k]);
		got = out.value[d];
		seen++;
		ok = is_exact(d) ? got == want :
		    tu_close(got, want, REL_TOL, ABS_TOL);
		rel = fabs(got - want) / (want != 0.0 ? fabs(want) : 1.0);
		if (!(rel <= worst)) {
			worst = rel;
			worst_name = e.name[k];
		}
		if (!ok) {
			size_t	len = strlen(failures);

			nfail++;
			snprintf(failures + len, sizeof failures - len,
			    "\n  %s: got %.17g want %.17g", e.name[k], got,
			    want);
		}
	}
	fprintf(stderr, "# %s: worst relative error %.3g (%s)\n", c->expected,
	    worst, worst_name);
	ck_assert_uint_eq(seen, SWAY_DESCRIPTOR_COUNT);
	ck_assert_msg(nfail == 0, "%s: %zu descriptors off:%s", c->expected,
	    nfail, failures);
	free(scratch);
	free(in.x);
	free(in.y);
	tu_expected_free(&e);
}
END_TEST

int
main(void)
{
	Suite	*s;
	TCase	*tc;

	if ((refdir = tu_reference_dir()) == NULL)
		return tu_skip_all("reference data not found");
	s = suite_create("descriptors_reference");
	tc = tcase_create("reference");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_case_matches_reference, 0, (int)NCASES);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
