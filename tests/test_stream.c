/*
 * test_stream.c: the O(1) streaming summary (src/core/sway_stream.c) agrees
 * with the batch descriptors of the raw pipeline to 1e-9 relative, and with
 * a plain two-pass computation written out here.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include "core/ellipse.h"
#include "core/preprocess.h"
#include "core/sway.h"
#include "core/sway_stream.h"
#include "testutil.h"

#define N 6000
#define FS 100.0

/* A fixed-seed random walk with an offset, so centring matters. */
static void
random_walk(double *x, double *y, size_t n, uint64_t seed)
{
	double	a = 0, b = 0;

	for (size_t i = 0; i < n; i++) {
		/* xorshift64: reproducible on every platform, unlike rand(). */
		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		a += ((double)(seed >> 11) / 9007199254740992.0 - 0.5);
		b += ((double)((seed * 2654435761u) >> 11) / 9007199254740992.0 - 0.5) * 1.7;
		x[i] = 40.0 + 0.9 * a;
		y[i] = -25.0 + b;
	}
}

static void
stream_all(const double *x, const double *y, size_t n,
    struct sway_stream_summary *o)
{
	struct sway_stream	s;

	ck_assert_int_eq(sway_stream_init(&s, FS), CORE_OK);
	for (size_t i = 0; i < n; i++)
		ck_assert_int_eq(sway_stream_push(&s, x[i], y[i]), CORE_OK);
	ck_assert_int_eq(sway_stream_summary(&s, o), CORE_OK);
}

START_TEST(stream_equals_two_pass)
{
	static double	x[N], y[N];
	struct sway_stream_summary o;
	double		mx = 0, my = 0, sxx = 0, syy = 0, sxy = 0, path = 0;

	random_walk(x, y, N, 0x9e3779b97f4a7c15u);
	stream_all(x, y, N, &o);
	for (size_t i = 0; i < N; i++) {
		mx += x[i];
		my += y[i];
	}
	mx /= N;
	my /= N;
	for (size_t i = 0; i < N; i++) {
		sxx += (x[i] - mx) * (x[i] - mx);
		syy += (y[i] - my) * (y[i] - my);
		sxy += (x[i] - mx) * (y[i] - my);
		if (i > 0)
			path += hypot(x[i] - x[i - 1], y[i] - y[i - 1]);
	}
	ck_assert(tu_close(o.mean_ml, mx, 1e-12, 0));
	ck_assert(tu_close(o.rms_ml, sqrt(sxx / N), 1e-10, 0));
	ck_assert(tu_close(o.rms_ap, sqrt(syy / N), 1e-10, 0));
	ck_assert(tu_close(o.path_length, path, 1e-12, 0));
	ck_assert(tu_close(o.mean_velocity, path * FS / N, 1e-12, 0));
	ck_assert(tu_close(o.ellipse_area,
	    confidence_ellipse_area(sxx / N, syy / N, sxy / N, N), 1e-9, 0));
	ck_assert(tu_close(o.duration_s, N / FS, 1e-15, 0));
}
END_TEST

START_TEST(stream_equals_batch_raw_descriptors)
{
	static double		x[N], y[N], cx[N], cy[N];
	static double		*scratch;
	struct sway_signal	sig = { .ml = cx, .ap = cy, .capacity = N };
	struct sway_options	so = { .sway_density_radius = 3.0 };
	struct sway_descriptors	d;
	struct sway_stream_summary o;
	const struct { int id; double got; } pairs[] = {
		{ SWAY_SWAY_LENGTH, 0 }, { SWAY_MEAN_VELOCITY_ML, 0 },
		{ SWAY_MEAN_VELOCITY_AP, 0 }, { SWAY_MEAN_VELOCITY_ML_AND_AP, 0 },
		{ SWAY_RMS_ML, 0 }, { SWAY_RMS_AP, 0 }, { SWAY_RMS_RADIUS, 0 },
		{ SWAY_RANGE_ML, 0 }, { SWAY_RANGE_AP, 0 },
		{ SWAY_CONFIDENCE_ELLIPSE_AREA, 0 }, { SWAY_MEAN_VALUE_ML, 0 },
		{ SWAY_MEAN_VALUE_AP, 0 }
	};
	double	got[sizeof pairs / sizeof pairs[0]];

	random_walk(x, y, N, 12345);
	stream_all(x, y, N, &o);
	scratch = calloc(sway_preprocess_scratch(SWAY_PIPELINE_RAW, N, FS) +
	    sway_descriptors_scratch(N) + 1, sizeof *scratch);
	ck_assert_ptr_nonnull(scratch);
	ck_assert_int_eq(sway_preprocess(SWAY_PIPELINE_RAW, x, y, N, FS,
	    scratch, &sig), CORE_OK);
	ck_assert_int_eq(sway_descriptors_compute(sig.ml, sig.ap, sig.n, sig.fs,
	    sig.mean_ml, sig.mean_ap, &so, scratch, &d), CORE_OK);
	free(scratch);
	got[0] = o.path_length;
	got[1] = o.mean_velocity_ml;
	got[2] = o.mean_velocity_ap;
	got[3] = o.mean_velocity;
	got[4] = o.rms_ml;
	got[5] = o.rms_ap;
	got[6] = o.rms_radius;
	got[7] = o.range_ml;
	got[8] = o.range_ap;
	got[9] = o.ellipse_area;
	got[10] = o.mean_ml;
	got[11] = o.mean_ap;
	for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
		ck_assert_msg(tu_close(got[k], d.value[pairs[k].id], 1e-9, 1e-12),
		    "%s: stream %.17g batch %.17g",
		    sway_descriptor_name((enum sway_descriptor)pairs[k].id),
		    got[k], d.value[pairs[k].id]);
}
END_TEST

START_TEST(stream_blocks_equal_single_pushes)
{
	static double	x[N], y[N];
	struct sway_stream a, b;
	struct sway_stream_summary oa, ob;
	double		bad[2] = { 1.0, NAN };

	random_walk(x, y, N, 777);
	ck_assert_int_eq(sway_stream_init(&a, FS), CORE_OK);
	ck_assert_int_eq(sway_stream_init(&b, FS), CORE_OK);
	for (size_t i = 0; i < N; i++)
		ck_assert_int_eq(sway_stream_push(&a, x[i], y[i]), CORE_OK);
	/* Uneven blocks, including empty ones. */
	for (size_t i = 0, len = 0; i < N; i += len, len = (len * 7 + 3) % 50)
		ck_assert_int_eq(sway_stream_push_n(&b, x + i, y + i,
		    i + len > N ? N - i : len), CORE_OK);
	ck_assert_int_eq(sway_stream_summary(&a, &oa), CORE_OK);
	ck_assert_int_eq(sway_stream_summary(&b, &ob), CORE_OK);
	ck_assert_uint_eq(oa.n, ob.n);
	/* The same operations in the same order: bit for bit. */
	ck_assert(oa.path_length == ob.path_length && oa.rms_ml == ob.rms_ml &&
	    oa.ellipse_area == ob.ellipse_area && oa.range_ap == ob.range_ap);
	/* A block with a NaN adds nothing at all. */
	ck_assert_int_eq(sway_stream_push_n(&b, bad, bad, 2), CORE_ERR_NONFINITE);
	ck_assert_int_eq(sway_stream_summary(&b, &ob), CORE_OK);
	ck_assert_uint_eq(ob.n, N);
}
END_TEST

START_TEST(stream_cells_load_share)
{
	const struct board_geometry g = { 433, 238 };
	const double	a[CELL_COUNT] = { 10, 30, 20, 40 };
	const double	b[CELL_COUNT] = { 0, 0, 0, 0 };
	struct sway_stream s;
	struct sway_stream_summary o;

	ck_assert_int_eq(sway_stream_init(&s, 50), CORE_OK);
	ck_assert_int_eq(sway_stream_summary(&s, &o), CORE_ERR_TOO_SHORT);
	ck_assert_int_eq(sway_stream_push_cells(&s, &g, a), CORE_OK);
	ck_assert_int_eq(sway_stream_push_cells(&s, &g, a), CORE_OK);
	/* An empty board is refused and leaves the summary untouched. */
	ck_assert_int_eq(sway_stream_push_cells(&s, &g, b), CORE_ERR_DEGENERATE);
	ck_assert_int_eq(sway_stream_summary(&s, &o), CORE_OK);
	ck_assert_uint_eq(o.n, 2);
	/* Right cells 30 + 40 of 100; front 10 + 30. */
	ck_assert(fabs(o.right_pct - 70) < 1e-12 && fabs(o.front_pct - 40) < 1e-12);
	/* COP: ML = 216.5 * (70 - 30) / 100, constant, so no path. */
	ck_assert(fabs(o.last_ml - 86.6) < 1e-9 && o.path_length == 0.0);
	ck_assert_int_eq(sway_stream_push(&s, NAN, 0), CORE_ERR_NONFINITE);
	ck_assert_int_eq(sway_stream_init(&s, 0), CORE_ERR_ARG);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("stream");
	TCase	*tc = tcase_create("stream");

	tcase_add_test(tc, stream_equals_two_pass);
	tcase_add_test(tc, stream_equals_batch_raw_descriptors);
	tcase_add_test(tc, stream_blocks_equal_single_pushes);
	tcase_add_test(tc, stream_cells_load_share);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
