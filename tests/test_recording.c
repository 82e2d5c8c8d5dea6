/*
 * test_recording.c: the recording readers and the footscreen writer.
 *
 * Synthetic buffers with hand-computed answers cover every format and
 * every malformed input the readers must refuse (with the file, the line
 * and what was expected).  When the reference data is present, each
 * foreign format is also read from its real file and checked against the
 * expected values published beside it; without it those cases print
 * "# skipped" and pass.
 */
#include <config.h>

#include <check.h>
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <stdint.h>

#include "recording/reader.h"
#include "recording/recording.h"
#include "testutil.h"

/* The smallest valid header; the column header is line 7. */
#define FS_HEAD \
	"# footscreen-recording 1\n" \
	"# rate_hz = 100\n" \
	"# width_mm = 433\n" \
	"# length_mm = 238\n" \
	"# load_unit = kg\n" \
	"# channels = TL,TR,BL,BR\n" \
	"t,tl,tr,bl,br\n"

/* Four good rows: lines 8 to 11. */
#define FS_ROWS \
	"0.00,10,20,30,40\n" \
	"0.01,11,21,31,41\n" \
	"0.02,12,22,32,42\n" \
	"0.03,13,23,33,43\n"

#define QJ_HEAD \
	"Format Version,1.0,\n" \
	"Capture Frame Rate,100.00,\n" \
	"Export Frame Rate,100.00,\n" \
	"Total Exported Frames,5,\n" \
	"\n" \
	"\n" \
	"MocapFrame, MocapTime, DeviceFrame, Fx, Fy, Fz, Mx, My, Mz, Cx, Cy, Cz\n"

/* Frames 1 and 4 are dropouts. */
#define QJ_ROWS \
	"0,0.000000,0,0,0,500,10,-20,0,0,0,0\n" \
	"1,0.010000,1,0,0,0,0,0,0,0,0,0\n" \
	"2,0.020000,2,0,0,400,-4,8,0,0,0,0\n" \
	"3,0.030000,3,0,0,500,5,5,0,0,0,0\n" \
	"4,0.040000,4,0,0,0,0,0,0,0,0,0\n"

#define BMC_HEAD \
	"Time (s)\tChannel 0\tChannel 1\tChannel 2\tChannel 3\tChannel 4\t" \
	"Channel 5\tChannel 6\tChannel 7\n"

#define TP_HEAD \
	"time (s)\tleft Fap (N)\tleft Fvert (N)\tleft CPap (m)\t" \
	"right Fap (N)\tright Fvert (N)\tright CPap (m)\n"

static char	errbuf[1024];

/* Read a string as "rec.csv". */
static int
read_text(const char *text, const struct rec_options *o,
    struct recording *r, struct rec_error *e)
{
	return recording_read_buffer("rec.csv", text, strlen(text), o, r, e);
}

static const char *
errstr(const struct rec_error *e)
{
	return rec_error_format(e, errbuf, sizeof errbuf);
}

/* Expect a read to fail at line with msg containing part. */
static void
expect_error(const char *text, size_t len, const struct rec_options *o,
    size_t line, const char *part)
{
	struct recording	r;
	struct rec_error	e;

	ck_assert_int_eq(recording_read_buffer("rec.csv", text, len, o, &r,
	    &e), -1);
	ck_assert_str_eq(e.file, "rec.csv");
	ck_assert_msg(e.line == line, "line %zu, want %zu: %s", e.line, line,
	    errstr(&e));
	ck_assert_msg(strstr(e.msg, part) != NULL, "'%s' lacks '%s'",
	    errstr(&e), part);
	/* Nothing is left to free after an error. */
	ck_assert_ptr_null(r.t);
	ck_assert_ptr_null(r.cell[0]);
	ck_assert_ptr_null(r.ml);
	ck_assert_uint_eq(r.n, 0);
}

static void
expect_error_text(const char *text, const struct rec_options *o,
    size_t line, const char *part)
{
	expect_error(text, strlen(text), o, line, part);
}

/* A scratch file name under $TMPDIR or /tmp; the file exists. */
static void
temp_path(char *buf, size_t len)
{
	const char	*dir = getenv("TMPDIR");
	int		 fd;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	snprintf(buf, len, "%s/fs-test-recording-XXXXXX", dir);
	fd = mkstemp(buf);
	ck_assert_int_ge(fd, 0);
	close(fd);
}

/* xorshift64: reproducible bytes for the fuzz cases. */
static unsigned long long
next_random(unsigned long long *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

/* Every array the kind promises is there and every value is finite. */
static void
assert_all_finite(const struct recording *r)
{
	size_t	i;
	int	k;

	ck_assert_uint_gt(r->n, 0);
	ck_assert(r->rate_hz > 0 && isfinite(r->rate_hz));
	for (i = 0; i < r->n; i++) {
		if (r->t != NULL)
			ck_assert(isfinite(r->t[i]));
		switch (r->kind) {
		case REC_KIND_FOUR_CELL:
			for (k = 0; k < 4; k++)
				ck_assert(isfinite(r->cell[k][i]));
			break;
		case REC_KIND_COP:
			ck_assert(isfinite(r->ml[i]) && isfinite(r->ap[i]));
			break;
		case REC_KIND_TWO_PLATES:
			for (k = 0; k < 2; k++)
				ck_assert(isfinite(r->force[k][i]) &&
				    isfinite(r->plate_ap[k][i]));
			break;
		}
	}
}

/* ---- names and options ---- */

START_TEST(test_format_names)
{
	static const enum rec_format	all[] = {
		REC_FORMAT_AUTO, REC_FORMAT_FOOTSCREEN, REC_FORMAT_COP_TABLE,
		REC_FORMAT_QUIJOUX_AMTI, REC_FORMAT_BMC_KISTLER,
		REC_FORMAT_TWO_PLATES, REC_FORMAT_AMTI_NETFORCE
	};
	size_t				i;

	for (i = 0; i < sizeof all / sizeof all[0]; i++)
		ck_assert_int_eq(rec_format_lookup(rec_format_name(all[i])),
		    (int)all[i]);
	ck_assert_int_eq(rec_format_lookup("cop"), REC_FORMAT_COP_TABLE);
	ck_assert_int_eq(rec_format_lookup("amti-netforce"),
	    REC_FORMAT_AMTI_NETFORCE);
	ck_assert_int_eq(rec_format_lookup("Footscreen"), -1);
	ck_assert_int_eq(rec_format_lookup(""), -1);
	ck_assert_int_eq(rec_format_lookup(NULL), -1);
}
END_TEST

START_TEST(test_options_that_do_not_apply)
{
	struct rec_options	o;
	const char		*text = FS_HEAD FS_ROWS;

	rec_options_init(&o);
	o.rate_hz = 50;
	expect_error_text(text, &o, 0, "carries its own");
	rec_options_init(&o);
	o.units = REC_UNITS_CM;
	o.units_set = 1;
	expect_error_text(text, &o, 0, "units are only for COP tables");
	rec_options_init(&o);
	o.cop_convention = REC_COP_QUIJOUX_MAIN;
	expect_error_text(text, &o, 0, "applies to AMTI exports");
	rec_options_init(&o);
	o.rate_hz = -1;
	expect_error_text("1,2\n3,4\n", &o, 0, "expected a number above 0");
}
END_TEST

/* ---- footscreen-recording(5) ---- */

START_TEST(test_footscreen_basic)
{
	struct recording	r;
	struct rec_error	e;

	ck_assert_msg(read_text(FS_HEAD FS_ROWS, NULL, &r, &e) == 0, "%s",
	    errstr(&e));
	ck_assert_int_eq(r.format, REC_FORMAT_FOOTSCREEN);
	ck_assert_int_eq(r.kind, REC_KIND_FOUR_CELL);
	ck_assert_uint_eq(r.n, 4);
	ck_assert_double_eq(r.rate_hz, 100);
	ck_assert_double_eq(r.width_mm, 433);
	ck_assert_double_eq(r.length_mm, 238);
	ck_assert_str_eq(r.load_unit, "kg");
	ck_assert_double_eq(r.t[3], 0.03);
	ck_assert_double_eq(r.cell[0][0], 10);
	ck_assert_double_eq(r.cell[1][1], 21);
	ck_assert_double_eq(r.cell[2][2], 32);
	ck_assert_double_eq(r.cell[3][3], 43);
	ck_assert_str_eq(r.meta.board, "");
	ck_assert_int_eq(r.meta.calibrated, -1);
	ck_assert_uint_eq(r.rows_skipped, 0);
	recording_free(&r);
	/* Freeing twice is harmless: the recording is cleared. */
	recording_free(&r);
}
END_TEST

START_TEST(test_footscreen_metadata_and_unknown_keys)
{
	const char		*text =
	    "\xef\xbb\xbf# footscreen-recording 1.4\n"
	    "# a comment line without a key\n"
	    "# rate_hz = 50\n"
	    "#   width_mm=400   \n"
	    "# length_mm = 200\n"
	    "# load_unit = raw\n"
	    "# channels = TL,TR,BL,BR\n"
	    "# board = Zo\xc3\xab's board\n"
	    "# started = 2025-01-31T09:15:00.250Z\n"
	    "# calibrated = no\n"
	    "# note = eyes closed, feet together\n"
	    "# future_key = anything at all\n"
	    "# Measured by = someone, with an = sign\n"
	    "\n"
	    "t,tl,tr,bl,br\n"
	    "0,1,2,3,4\n"
	    "# a comment among the rows\n"
	    "\n"
	    "0.02,5,6,7,8\n";
	struct recording	r;
	struct rec_error	e;

	ck_assert_msg(read_text(text, NULL, &r, &e) == 0, "%s", errstr(&e));
	ck_assert_uint_eq(r.n, 2);
	ck_assert_double_eq(r.rate_hz, 50);
	ck_assert_double_eq(r.width_mm, 400);
	ck_assert_str_eq(r.load_unit, "raw");
	ck_assert_str_eq(r.meta.board, "Zo\xc3\xab's board");
	ck_assert_str_eq(r.meta.started, "2025-01-31T09:15:00.250Z");
	ck_assert_int_eq(r.meta.calibrated, 0);
	ck_assert_str_eq(r.meta.note, "eyes closed, feet together");
	ck_assert_double_eq(r.cell[3][1], 8);
	recording_free(&r);
}
END_TEST

START_TEST(test_footscreen_channel_order)
{
	const char		*text =
	    "# footscreen-recording 1\n# rate_hz = 100\n# width_mm = 433\n"
	    "# length_mm = 238\n# load_unit = N\n# channels = BR, bl, TR, TL\n"
	    "T, BR, BL, TR, TL\n"
	    "0,1,2,3,4\n";
	struct recording	r;
	struct rec_error	e;

	ck_assert_msg(read_text(text, NULL, &r, &e) == 0, "%s", errstr(&e));
	ck_assert_double_eq(r.cell[3][0], 1);	/* BR */
	ck_assert_double_eq(r.cell[2][0], 2);	/* BL */
	ck_assert_double_eq(r.cell[1][0], 3);	/* TR */
	ck_assert_double_eq(r.cell[0][0], 4);	/* TL */
	recording_free(&r);

	expect_error_text("# footscreen-recording 1\n# rate_hz = 100\n"
	    "# width_mm = 433\n# length_mm = 238\n# load_unit = N\n"
	    "# channels = BR,BL,TR,TL\nt,tl,tr,bl,br\n0,1,2,3,4\n", NULL, 7,
	    "expected the column header 't,br,bl,tr,tl'");
	expect_error_text("# footscreen-recording 1\n# channels = TL,TL,BL,BR\n",
	    NULL, 2, "TL, TR, BL and BR once each");
}
END_TEST

START_TEST(test_footscreen_versions)
{
	struct recording	r;
	struct rec_error	e;

	expect_error_text("# footscreen-recording 2\n# rate_hz = 100\n", NULL,
	    1, "version 2 is newer than this program reads (version 1)");
	expect_error_text("# footscreen-recording 10.0\n", NULL, 1,
	    "version 10 is newer");
	expect_error_text("# footscreen-recording 0\n", NULL, 1,
	    "reads footscreen-recording version 1");
	expect_error_text("# footscreen-recording\n", NULL, 1,
	    "expected the first line");
	expect_error_text("# footscreen-recording one\n", NULL, 1,
	    "expected a number");
	ck_assert_int_eq(read_text("# footscreen-recording 1.99\n"
	    "# rate_hz = 100\n# width_mm = 1\n# length_mm = 1\n"
	    "# load_unit = N\n# channels = TL,TR,BL,BR\n"
	    "t,tl,tr,bl,br\n0,1,1,1,1\n", NULL, &r, &e), 0);
	recording_free(&r);
}
END_TEST

START_TEST(test_footscreen_bad_header)
{
	struct rec_options	o;

	rec_options_init(&o);
	o.format = REC_FORMAT_FOOTSCREEN;
	expect_error_text("t,tl,tr,bl,br\n0,1,2,3,4\n", &o, 1,
	    "expected the first line '# footscreen-recording 1'");
	expect_error_text("# footscreen-recording 1\n# width_mm = 433\n"
	    "# length_mm = 238\n# load_unit = kg\n# channels = TL,TR,BL,BR\n"
	    "t,tl,tr,bl,br\n0,1,2,3,4\n", NULL, 6,
	    "header key 'rate_hz' is missing");
	expect_error_text("# footscreen-recording 1\n# rate_hz = 100\n"
	    "# rate_hz = 50\n", NULL, 3, "'rate_hz' given twice");
	expect_error_text("# footscreen-recording 1\n# rate_hz = fast\n", NULL,
	    2, "rate_hz = 'fast': expected a number above 0");
	expect_error_text("# footscreen-recording 1\n# width_mm = -4\n", NULL,
	    2, "expected a number above 0");
	expect_error_text("# footscreen-recording 1\n# load_unit = lbs\n", NULL,
	    2, "expected N, kg or raw");
	expect_error_text("# footscreen-recording 1\n# started = yesterday\n",
	    NULL, 2, "YYYY-MM-DDTHH:MM:SSZ");
	expect_error_text("# footscreen-recording 1\n"
	    "# started = 2025-13-01T00:00:00Z\n", NULL, 2, "started");
	expect_error_text("# footscreen-recording 1\n# calibrated = maybe\n",
	    NULL, 2, "expected yes or no");
	expect_error_text("# footscreen-recording 1\n# note = bad \xff byte\n",
	    NULL, 2, "UTF-8");
	/* Header only, without the column header. */
	expect_error_text("# footscreen-recording 1\n# rate_hz = 100\n", NULL, 2,
	    "ends before the column header");
}
END_TEST

START_TEST(test_footscreen_header_only)
{
	expect_error_text(FS_HEAD, NULL, 7, "no samples after the column header");
	expect_error_text(FS_HEAD "\n\n# only comments\n", NULL, 7,
	    "no samples");
}
END_TEST

START_TEST(test_text_in_number_column)
{
	struct recording	r;
	struct rec_error	e;

	ck_assert_int_eq(read_text(FS_HEAD FS_ROWS "0.04,14,abc,34,44\n", NULL,
	    &r, &e), -1);
	ck_assert_str_eq(errstr(&e), "rec.csv:12: column 3: 'abc' is not a "
	    "number");
	expect_error_text(FS_HEAD "0.00,1,2,3,4x\n", NULL, 8,
	    "column 5: '4x' is not a number");
	expect_error_text(FS_HEAD "0.00,1,,3,4\n", NULL, 8,
	    "column 3: empty, expected a number");
	expect_error_text(FS_HEAD "0.00,1,2,3,4\n0.01,1,2,3,4,5\n", NULL, 9,
	    "expected 5 columns (t,tl,tr,bl,br), found 6");
	/* Escaped, so a binary field cannot reach the terminal raw. */
	expect_error_text(FS_HEAD "0.00,1,\x1b[2J,3,4\n", NULL, 8,
	    "'\\x1b[2J' is not a number");
}
END_TEST

START_TEST(test_truncated_last_line)
{
	expect_error_text(FS_HEAD FS_ROWS "0.04,14,2", NULL, 12,
	    "expected 5 columns (t,tl,tr,bl,br), found 3 (line cut short?)");
	expect_error_text("1.0,2.0,3.0\n1.1,2.1,3.1\n1.2,2.2", NULL, 3,
	    "expected 3 columns (time, ML, AP), found 2");
}
END_TEST

START_TEST(test_not_finite)
{
	static const char *const	bad[] = {
		"nan", "NaN", "-nan", "inf", "-Infinity", "1e999", "-1e400"
	};
	char				text[512];
	size_t				i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		snprintf(text, sizeof text, FS_HEAD "0.00,1,2,3,4\n"
		    "0.01,1,%s,3,4\n", bad[i]);
		expect_error_text(text, NULL, 9, "is not a finite number");
	}
	expect_error_text("0,1,2\n0.01,nan,2\n", NULL, 2,
	    "column 2: 'nan' is not a finite number");
}
END_TEST

START_TEST(test_times_must_increase)
{
	expect_error_text(FS_HEAD "0.00,1,2,3,4\n0.01,1,2,3,4\n0.01,1,2,3,4\n",
	    NULL, 10, "column 1: time 0.01 is not after the previous row's 0.01");
	expect_error_text("0,1,2\n0.02,1,2\n0.01,1,2\n", NULL, 3,
	    "expected increasing times");
}
END_TEST

START_TEST(test_empty_and_blank)
{
	struct rec_options	o;
	int			f;

	expect_error("", 0, NULL, 0, "empty file");
	expect_error_text("\n\n  \n\t\n", NULL, 0, "only blank");
	/* Every format refuses an empty or header-only input. */
	for (f = REC_FORMAT_FOOTSCREEN; f <= REC_FORMAT_AMTI_NETFORCE; f++) {
		rec_options_init(&o);
		o.format = (enum rec_format)f;
		if (f == REC_FORMAT_COP_TABLE)
			o.rate_hz = 100;
		expect_error("", 0, &o, 0, "empty");
	}
	rec_options_init(&o);
	o.format = REC_FORMAT_BMC_KISTLER;
	expect_error_text(BMC_HEAD, &o, 0, "no data rows");
	o.format = REC_FORMAT_TWO_PLATES;
	expect_error_text(TP_HEAD, &o, 0, "no data rows");
	o.format = REC_FORMAT_QUIJOUX_AMTI;
	expect_error_text("Capture Frame Rate,100,\n\nMocapFrame, MocapTime, "
	    "DeviceFrame, Fx, Fy, Fz, Mx, My, Mz, Cx, Cy, Cz\n", &o, 0,
	    "no data rows");
	o.format = REC_FORMAT_AMTI_NETFORCE;
	expect_error_text("\n\n", &o, 0, "no data rows");
	o.format = REC_FORMAT_COP_TABLE;
	o.rate_hz = 100;
	expect_error_text("ml,ap\n", &o, 1, "no data rows after it");
}
END_TEST

START_TEST(test_long_line)
{
	size_t	 len = 1 << 20, head = strlen(FS_HEAD);
	char	*text = malloc(head + len + 2);

	ck_assert_ptr_nonnull(text);
	memcpy(text, FS_HEAD, head);
	memset(text + head, '1', len);
	memcpy(text + head + len, "\n", 2);
	expect_error(text, head + len + 1, NULL, 8, "longer than 65536 bytes");
	/* The same as the first line, while sniffing. */
	expect_error(text + head, len + 1, NULL, 1, "longer than 65536 bytes");
	free(text);
}
END_TEST

START_TEST(test_nul_bytes)
{
	static const char	text[] = FS_HEAD "0.00,1,2,3,4\n0.01,1,2\0,3,4\n";
	static const char	start[] = "\0\0\0binary";

	expect_error(text, sizeof text - 1, NULL, 9, "NUL byte in column 9");
	expect_error(start, sizeof start - 1, NULL, 1, "expected a text file");
}
END_TEST

START_TEST(test_crlf)
{
	const char		*crlf = "# footscreen-recording 1\r\n"
	    "# rate_hz = 100\r\n# width_mm = 433\r\n# length_mm = 238\r\n"
	    "# load_unit = kg\r\n# channels = TL,TR,BL,BR\r\n"
	    "t,tl,tr,bl,br\r\n0.00,10,20,30,40\r\n0.01,11,21,31,41\r\n";
	struct recording	r;
	struct rec_error	e;

	ck_assert_msg(read_text(crlf, NULL, &r, &e) == 0, "%s", errstr(&e));
	ck_assert_uint_eq(r.n, 2);
	ck_assert_double_eq(r.cell[3][1], 41);
	recording_free(&r);
	/* A COP table with CRLF and a header. */
	ck_assert_msg(read_text("t;ml;ap\r\n0;1.5;2\r\n0.1;2.5;3\r\n", NULL, &r,
	    &e) == 0, "%s", errstr(&e));
	ck_assert_double_eq(r.ml[1], 2.5);
	ck_assert_double_eq(r.rate_hz, 10);
	recording_free(&r);
}
END_TEST

START_TEST(test_random_bytes)
{
	static const enum rec_format	formats[] = {
		REC_FORMAT_AUTO, REC_FORMAT_FOOTSCREEN, REC_FORMAT_COP_TABLE,
		REC_FORMAT_QUIJOUX_AMTI, REC_FORMAT_BMC_KISTLER,
		REC_FORMAT_TWO_PLATES, REC_FORMAT_AMTI_NETFORCE
	};
	size_t				len = 4 << 20, i, f;
	unsigned long long		s = 0x9e3779b97f4a7c15ULL;
	char				*buf = malloc(len), path[256];
	struct rec_options		o;
	struct recording		r;
	struct rec_error		e;
	FILE				*fp;

	ck_assert_ptr_nonnull(buf);
	for (i = 0; i < len; i++)
		buf[i] = (char)(next_random(&s) >> 56);
	for (f = 0; f < sizeof formats / sizeof formats[0]; f++) {
		rec_options_init(&o);
		o.format = formats[f];
		ck_assert_int_eq(recording_read_buffer("rnd", buf, len, &o, &r,
		    &e), -1);
		ck_assert_str_eq(e.file, "rnd");
		ck_assert(e.msg[0] != '\0');
	}
	/* Random bytes with no NUL and many line breaks go further in. */
	for (i = 0; i < len; i++)
		if (buf[i] == '\0' || (next_random(&s) & 63) == 0)
			buf[i] = '\n';
	for (f = 0; f < sizeof formats / sizeof formats[0]; f++) {
		rec_options_init(&o);
		o.format = formats[f];
		ck_assert_int_eq(recording_read_buffer("rnd", buf, len, &o, &r,
		    &e), -1);
		ck_assert(e.line > 0);
	}
	/* And from a file. */
	temp_path(path, sizeof path);
	ck_assert_ptr_nonnull(fp = fopen(path, "wb"));
	ck_assert_uint_eq(fwrite(buf, 1, len, fp), len);
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_int_eq(recording_read_file(path, NULL, &r, &e), -1);
	ck_assert_str_eq(e.file, path);
	unlink(path);
	free(buf);
}
END_TEST

/*
 * Valid inputs of every format with random edits: whatever happens, no
 * crash, and a read that succeeds holds only finite values.
 */
START_TEST(test_mutations)
{
	static const char *const	seeds[] = {
		FS_HEAD FS_ROWS,
		"time,ml,ap\n0,1.5,-2\n0.01,1.6,-2.1\n0.02,1.7,-2.2\n",
		QJ_HEAD QJ_ROWS,
		BMC_HEAD "0\t0\t0\t0\t0\t1\t1\t1\t1\n0.01\t0\t0\t0\t0\t1\t1\t1\t1\n",
		TP_HEAD "0\t1\t300\t0.2\t1\t300\t0.21\n"
		"0.01\t1\t301\t0.2\t1\t299\t0.21\n",
		"1,2,500,10,-20,0\n1,2,501,11,-21,0\n"
	};
	static const char		alphabet[] = "0123456789.,;\t\n -+eE#x"
	    "nai\r\x80";
	unsigned long long		s = 12345;
	char				buf[512];
	size_t				k, i, len, edits;
	struct recording		r;
	struct rec_error		e;

	for (k = 0; k < sizeof seeds / sizeof seeds[0]; k++)
		for (i = 0; i < 3000; i++) {
			len = strlen(seeds[k]);
			memcpy(buf, seeds[k], len);
			for (edits = 1 + next_random(&s) % 4; edits > 0;
			    edits--) {
				size_t	at = next_random(&s) % len;

				buf[at] = alphabet[next_random(&s) %
				    (sizeof alphabet - 1)];
			}
			if (next_random(&s) % 4 == 0)
				len = next_random(&s) % len;
			if (recording_read_buffer("mut", buf, len, NULL, &r,
			    &e) == 0) {
				assert_all_finite(&r);
				recording_free(&r);
			} else
				ck_assert(e.msg[0] != '\0');
		}
}
END_TEST

START_TEST(test_missing_file_and_directory)
{
	struct recording	r;
	struct rec_error	e;
	const char		*dir = getenv("TMPDIR");

	ck_assert_int_eq(recording_read_file("/nonexistent-footscreen/x.fsrec",
	    NULL, &r, &e), -1);
	ck_assert_str_eq(e.file, "/nonexistent-footscreen/x.fsrec");
	ck_assert_uint_eq(e.line, 0);
	ck_assert_msg(strstr(e.msg, "cannot open") != NULL &&
	    strstr(e.msg, strerror(ENOENT)) != NULL, "%s", errstr(&e));
	ck_assert_str_eq(errstr(&e), "/nonexistent-footscreen/x.fsrec: "
	    "cannot open: No such file or directory");

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	ck_assert_int_eq(recording_read_file(dir, NULL, &r, &e), -1);
	ck_assert_uint_eq(e.line, 0);
	ck_assert_msg(strstr(e.msg, "is a directory") != NULL, "%s",
	    errstr(&e));
}
END_TEST

START_TEST(test_stdin)
{
	char			path[256];
	FILE			*fp;
	struct recording	r;
	struct rec_error	e;

	temp_path(path, sizeof path);
	ck_assert_ptr_nonnull(fp = fopen(path, "w"));
	fputs("# a comment\nML AP\n1 2\n3 4\n5 6\n", fp);
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_ptr_nonnull(freopen(path, "r", stdin));
	{
		struct rec_options	o;

		rec_options_init(&o);
		o.rate_hz = 25;
		o.units = REC_UNITS_CM;
		o.units_set = 1;
		ck_assert_msg(recording_read_file("-", &o, &r, &e) == 0, "%s",
		    errstr(&e));
	}
	ck_assert_int_eq(r.format, REC_FORMAT_COP_TABLE);
	ck_assert_uint_eq(r.n, 3);
	ck_assert_double_eq(r.ml[2], 50);
	ck_assert_double_eq(r.ap[2], 60);
	ck_assert_double_eq(r.t[2], 2 / 25.0);
	recording_free(&r);

	/* Errors from standard input are named "stdin". */
	ck_assert_ptr_nonnull(fp = fopen(path, "w"));
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_ptr_nonnull(freopen(path, "r", stdin));
	ck_assert_int_eq(recording_read_file("-", NULL, &r, &e), -1);
	ck_assert_str_eq(e.file, "stdin");
	unlink(path);
}
END_TEST

/* ---- COP tables ---- */

START_TEST(test_cop_table)
{
	struct rec_options	o;
	struct recording	r;
	struct rec_error	e;

	/* Without a time column the rate must be given. */
	expect_error_text("1.0,2.0\n3.0,4.0\n", NULL, 1,
	    "needs the sampling rate");
	rec_options_init(&o);
	o.rate_hz = 50;
	ck_assert_int_eq(read_text("1.0,2.0\n3.0,4.0\n", &o, &r, &e), 0);
	ck_assert_int_eq(r.kind, REC_KIND_COP);
	ck_assert_uint_eq(r.n, 2);
	ck_assert_double_eq(r.ml[1], 3);
	ck_assert_double_eq(r.ap[1], 4);
	ck_assert_double_eq(r.t[1], 0.02);
	recording_free(&r);

	/* Units become mm. */
	o.units = REC_UNITS_M;
	o.units_set = 1;
	ck_assert_int_eq(read_text("0.001\t-0.002\n", &o, &r, &e), 0);
	ck_assert(tu_close(r.ml[0], 1, 1e-12, 0));
	ck_assert(tu_close(r.ap[0], -2, 1e-12, 0));
	recording_free(&r);

	/* Time column: the median step sets the rate, one odd step or not. */
	rec_options_init(&o);
	ck_assert_int_eq(read_text("time ml ap\n0 1 1\n0.02 1 1\n0.04 1 1\n"
	    "0.061 1 1\n0.08 1 1\n0.1 1 1\n", &o, &r, &e), 0);
	ck_assert_double_eq(r.rate_hz, 50);
	ck_assert_double_eq(r.t[3], 0.061);
	recording_free(&r);
	/* A rate that is not a whole number stays as it is. */
	ck_assert_int_eq(read_text("0,1,1\n0.3,1,1\n0.6,1,1\n", &o, &r, &e), 0);
	ck_assert(tu_close(r.rate_hz, 1 / 0.3, 1e-12, 0));
	recording_free(&r);

	/* A rate given for a file that has times is refused. */
	o.rate_hz = 100;
	expect_error_text("0,1,1\n0.01,1,1\n", &o, 0, "carries its own");

	/* Decimal commas are reported, not misread. */
	expect_error_text("0;1,5;2\n", NULL, 1,
	    "column 2: '1,5' is not a number (the decimal separator is '.')");
	expect_error_text("0,00;1,5;2\n0,01;1,6;2\n", NULL, 1,
	    "column 1: '0,00' is not a number (the decimal separator");
	expect_error_text("1,5\t2,5\n", NULL, 1, "'1,5' is not a number");
	expect_error_text("1,2,3,4\n", NULL, 1, "not a format footscreen "
	    "recognises");
	rec_options_init(&o);
	o.format = REC_FORMAT_COP_TABLE;
	expect_error_text("1,2,3,4\n", &o, 1,
	    "expected 2 columns (ML, AP) or 3 (time, ML, AP), found 4");
	expect_error_text("0,1,1\n0.01,1,1\n0.02,1\n0.03,1,1\n", NULL, 3,
	    "found 2");
	/* One row cannot give a rate. */
	expect_error_text("0,1,1\n", NULL, 0, "one row is too few");
}
END_TEST

/* ---- row selection ---- */

START_TEST(test_row_selection)
{
	struct rec_options	o;
	struct recording	r;
	struct rec_error	e;

	rec_options_init(&o);
	o.row_first = 1;
	o.row_last = 3;
	ck_assert_int_eq(read_text(FS_HEAD FS_ROWS, &o, &r, &e), 0);
	ck_assert_uint_eq(r.n, 2);
	ck_assert_double_eq(r.t[0], 0.01);
	ck_assert_double_eq(r.cell[0][1], 12);
	recording_free(&r);
	/* Frames without a time column keep their own time. */
	o.rate_hz = 50;
	o.row_first = 2;
	o.row_last = 0;
	ck_assert_int_eq(read_text("1,1\n2,2\n3,3\n4,4\n", &o, &r, &e), 0);
	ck_assert_uint_eq(r.n, 2);
	ck_assert_double_eq(r.t[0], 0.04);
	ck_assert_double_eq(r.ml[0], 3);
	recording_free(&r);

	rec_options_init(&o);
	o.row_last = 5;
	expect_error_text(FS_HEAD FS_ROWS, &o, 0,
	    "rows 0 to 5 asked for, but the file has 4 data rows (0 to 3)");
	o.row_first = 4;
	o.row_last = 0;
	expect_error_text(FS_HEAD FS_ROWS, &o, 0, "rows 4 to 4");
	o.row_first = 3;
	o.row_last = 2;
	expect_error_text(FS_HEAD FS_ROWS, &o, 0, "rows 3 to 2");
}
END_TEST

/* ---- force-plate formats, synthetic ---- */

START_TEST(test_quijoux_synthetic)
{
	struct rec_options	o;
	struct recording	r;
	struct rec_error	e;

	ck_assert_msg(read_text(QJ_HEAD QJ_ROWS, NULL, &r, &e) == 0, "%s",
	    errstr(&e));
	ck_assert_int_eq(r.format, REC_FORMAT_QUIJOUX_AMTI);
	ck_assert_int_eq(r.kind, REC_KIND_COP);
	ck_assert_double_eq(r.rate_hz, 100);
	ck_assert_uint_eq(r.n, 3);
	ck_assert_uint_eq(r.rows_skipped, 2);
	/* ML = -My/Fz, AP = Mx/Fz, in mm. */
	ck_assert(tu_close(r.ml[0], 40, 1e-12, 0));
	ck_assert(tu_close(r.ap[0], 20, 1e-12, 0));
	ck_assert(tu_close(r.ml[1], -20, 1e-12, 0));
	ck_assert(tu_close(r.ap[1], -10, 1e-12, 0));
	ck_assert(tu_close(r.ml[2], -10, 1e-12, 0));
	ck_assert_double_eq(r.t[1], 0.02);
	ck_assert_double_eq(r.t[2], 0.03);
	recording_free(&r);

	/*
	 * main.py: X = +My/Fz = -0.04, 0.02, 0.01 (mean -0.01/3) and Y = Mx/Fz
	 * = 0.02, -0.01, 0.01 (mean 0.02/3) over the whole file; then rows
	 * 2 and 3.
	 */
	rec_options_init(&o);
	o.cop_convention = REC_COP_QUIJOUX_MAIN;
	o.row_first = 2;
	o.row_last = 4;
	ck_assert_int_eq(read_text(QJ_HEAD QJ_ROWS, &o, &r, &e), 0);
	ck_assert_uint_eq(r.n, 2);
	ck_assert_uint_eq(r.rows_skipped, 0);
	ck_assert(tu_close(r.ml[0], (0.02 + 0.01 / 3) * 1000, 1e-12, 0));
	ck_assert(tu_close(r.ap[0], (-0.01 - 0.02 / 3) * 1000, 1e-12, 0));
	ck_assert(tu_close(r.ml[1], (0.01 + 0.01 / 3) * 1000, 1e-12, 0));
	recording_free(&r);

	rec_options_init(&o);
	o.row_first = 4;
	expect_error_text(QJ_HEAD QJ_ROWS, &o, 0, "every row is a dropout");
	expect_error_text(QJ_HEAD "0,0.000000,0,0,0,500,10,-20,0,0,0,0\n", NULL,
	    0, "the header says 5 exported frames but 1 data rows follow");
	expect_error_text("Format Version,1.0,\n\nMocapFrame, MocapTime, "
	    "DeviceFrame, Fx, Fy, Fz, Mx, My, Mz, Cx, Cy, Cz\n", NULL, 3,
	    "no 'Capture Frame Rate'");
	expect_error_text("Format Version,1.0,\nCapture Frame Rate,fast,\n",
	    NULL, 2, "column 2: 'fast' is not a number");
	expect_error_text("Format Version,1.0,\nCapture Frame Rate,100,\n"
	    "Export Frame Rate,50,\n\nMocapFrame, MocapTime, DeviceFrame, Fx, "
	    "Fy, Fz, Mx, My, Mz, Cx, Cy, Cz\n", NULL, 5, "full-rate export");
	expect_error_text("Format Version,1.0,\n\nMocapFrame, MocapTime, Fz\n",
	    NULL, 3, "expected the column header 'MocapFrame, MocapTime");
	expect_error_text("Format Version,1.0,\n", NULL, 1,
	    "ends before the column header");
	expect_error_text(QJ_HEAD "0,0.0,0,0,0,500,10,-20,0,0,0\n", NULL, 8,
	    "expected 12 columns");
}
END_TEST

START_TEST(test_netforce_synthetic)
{
	const char		*text = "1,2,500,10,-20,0\n0,0,0,0,0,0\n"
	    "1,2,400,-4,8,0\n";
	struct rec_options	o;
	struct recording	r;
	struct rec_error	e;

	/* Picked by the sniffer: six bare comma-separated numbers. */
	ck_assert_int_eq(read_text(text, NULL, &r, &e), 0);
	ck_assert_int_eq(r.format, REC_FORMAT_AMTI_NETFORCE);
	ck_assert_double_eq(r.rate_hz, 100);
	ck_assert_uint_eq(r.n, 2);
	ck_assert_uint_eq(r.rows_skipped, 1);
	ck_assert(tu_close(r.ml[0], 40, 1e-12, 0));
	ck_assert(tu_close(r.ap[1], -10, 1e-12, 0));
	ck_assert_double_eq(r.t[1], 0.02);
	recording_free(&r);

	rec_options_init(&o);
	o.rate_hz = 200;
	ck_assert_int_eq(read_text(text, &o, &r, &e), 0);
	ck_assert_double_eq(r.rate_hz, 200);
	ck_assert_double_eq(r.t[1], 0.01);
	recording_free(&r);

	/* Six numbers separated by blanks are not NetForce. */
	expect_error_text("1 2 500 10 -20 0\n", NULL, 1, "not a format");
	rec_options_init(&o);
	o.format = REC_FORMAT_AMTI_NETFORCE;
	expect_error_text("Fx,Fy,Fz,Mx,My,Mz\n1,2,3,4,5,6\n", &o, 1,
	    "column 1: 'Fx' is not a number");
}
END_TEST

START_TEST(test_bmc_synthetic)
{
	/* V = S k gives F = 1000 k N on cell k. */
	const char		*text = BMC_HEAD
	    "0.000000\t9\t9\t9\t9\t3.898\t7.778\t11.655\t15.564\n"
	    "0.010000\t9\t9\t9\t9\t0\t0\t0\t3.891\n";
	struct rec_options	o;
	struct recording	r;
	struct rec_error	e;

	ck_assert_msg(read_text(text, NULL, &r, &e) == 0, "%s", errstr(&e));
	ck_assert_int_eq(r.format, REC_FORMAT_BMC_KISTLER);
	ck_assert_int_eq(r.kind, REC_KIND_FOUR_CELL);
	ck_assert_double_eq(r.rate_hz, 100);
	ck_assert_double_eq(r.width_mm, 240);
	ck_assert_double_eq(r.length_mm, 400);
	ck_assert_str_eq(r.load_unit, "N");
	/* cell1 = TR, cell2 = TL, cell3 = BL, cell4 = BR. */
	ck_assert(tu_close(r.cell[1][0], 1000, 1e-12, 0));
	ck_assert(tu_close(r.cell[0][0], 2000, 1e-12, 0));
	ck_assert(tu_close(r.cell[2][0], 3000, 1e-12, 0));
	ck_assert(tu_close(r.cell[3][0], 4000, 1e-12, 0));
	ck_assert(tu_close(r.cell[3][1], 1000, 1e-12, 0));
	recording_free(&r);

	rec_options_init(&o);
	o.format = REC_FORMAT_BMC_KISTLER;
	expect_error_text("Time (s)\tChannel 0\tChannel 1\tChannel 2\t"
	    "Channel 3\tChannel 4\tChannel 5\tChannel 6\tChannel 8\n", &o, 1,
	    "expected the tab-separated header");
	expect_error_text(BMC_HEAD "0\t1\t1\t1\t1\t1\t1\t1\t1\n0.01\t1\t1\n",
	    NULL, 3, "expected 9 columns");
}
END_TEST

START_TEST(test_two_plates_synthetic)
{
	const char		*text = TP_HEAD
	    "0.00\t1\t300\t0.2\t-1\t350\t0.21\n"
	    "0.01\t1\t301\t0.25\t-1\t349\t0.22\n";
	struct recording	r;
	struct rec_error	e;

	ck_assert_msg(read_text(text, NULL, &r, &e) == 0, "%s", errstr(&e));
	ck_assert_int_eq(r.format, REC_FORMAT_TWO_PLATES);
	ck_assert_int_eq(r.kind, REC_KIND_TWO_PLATES);
	ck_assert_str_eq(r.side_name[0], "left");
	ck_assert_str_eq(r.side_name[1], "right");
	ck_assert_double_eq(r.force[0][1], 301);
	ck_assert_double_eq(r.force[1][0], 350);
	ck_assert(tu_close(r.plate_ap[0][1], 250, 1e-12, 0));
	ck_assert(tu_close(r.plate_ap[1][1], 220, 1e-12, 0));
	ck_assert_double_eq(r.rate_hz, 100);
	recording_free(&r);

	expect_error_text("time (s)\tleft Fap (N)\tleft Fvert (N)\tleft CPap (m)"
	    "\tright Fap (N)\tright Fvert (N)\tleft CPap (m)\n0\t0\t0\t0\t0\t0\t0\n",
	    NULL, 1, "expected the tab-separated header");
}
END_TEST

START_TEST(test_sniff_unknown)
{
	expect_error_text("hello world\nthis is prose\n", NULL, 1,
	    "not a format footscreen recognises");
	expect_error_text("\n\n# note\nname,value\nspeed,fast\n", NULL, 4,
	    "not a format");
}
END_TEST

/* ---- the writer ---- */

START_TEST(test_round_trip)
{
	static const double	loads[][4] = {
		{ 17.5, 0.1, -2.5, 1e-300 },
		{ 1.0 / 3, 2.0 / 3, 123456789.123456789, -0.0 },
		{ 1e300, 5e-324, 0, 70.001 }
	};
	struct rec_header	h;
	struct recording	r;
	struct rec_error	e;
	FILE			*fp = tmpfile();
	size_t			i;
	int			k;

	ck_assert_ptr_nonnull(fp);
	rec_header_init(&h);
	h.rate_hz = 100.5;
	h.width_mm = 433;
	h.length_mm = 238.25;
	h.load_unit = "kg";
	snprintf(h.meta.board, sizeof h.meta.board, "board \xc3\xa9");
	snprintf(h.meta.started, sizeof h.meta.started,
	    "2025-01-31T09:15:00Z");
	h.meta.calibrated = 1;
	snprintf(h.meta.note, sizeof h.meta.note, "note, with = and #");
	ck_assert_int_eq(recording_write_header(fp, &h), 0);
	for (i = 0; i < 3; i++)
		ck_assert_int_eq(recording_write_sample(fp, (double)i / 3,
		    loads[i]), 0);
	rewind(fp);
	ck_assert_msg(recording_read_stream("rt", fp, NULL, &r, &e) == 0, "%s",
	    errstr(&e));
	fclose(fp);
	ck_assert_uint_eq(r.n, 3);
	ck_assert_double_eq(r.rate_hz, 100.5);
	ck_assert_double_eq(r.length_mm, 238.25);
	ck_assert_str_eq(r.load_unit, "kg");
	ck_assert_str_eq(r.meta.board, h.meta.board);
	ck_assert_str_eq(r.meta.started, h.meta.started);
	ck_assert_str_eq(r.meta.note, h.meta.note);
	ck_assert_int_eq(r.meta.calibrated, 1);
	for (i = 0; i < 3; i++) {
		ck_assert(r.t[i] == (double)i / 3);
		for (k = 0; k < 4; k++)
			ck_assert_msg(r.cell[k][i] == loads[i][k],
			    "%.17g != %.17g", r.cell[k][i], loads[i][k]);
	}
	ck_assert(signbit(r.cell[3][1]));
	recording_free(&r);
}
END_TEST

START_TEST(test_writer_text)
{
	static const double	load[4] = { 17.5, 0.1, 2, 70 };
	struct rec_header	h;
	char			*text = NULL;
	size_t			len = 0;
	FILE			*fp = open_memstream(&text, &len);

	ck_assert_ptr_nonnull(fp);
	rec_header_init(&h);
	h.rate_hz = 100;
	h.width_mm = 433;
	h.length_mm = 238;
	h.load_unit = "N";
	ck_assert_int_eq(recording_write_header(fp, &h), 0);
	ck_assert_int_eq(recording_write_sample(fp, 0.01, load), 0);
	ck_assert_int_eq(fclose(fp), 0);
	/* Optional keys that are absent are left out; numbers are short. */
	ck_assert_str_eq(text, "# footscreen-recording 1\n# rate_hz = 100\n"
	    "# width_mm = 433\n# length_mm = 238\n# load_unit = N\n"
	    "# channels = TL,TR,BL,BR\nt,tl,tr,bl,br\n0.01,17.5,0.1,2,70\n");
	free(text);
}
END_TEST

START_TEST(test_writer_refuses)
{
	static const double	ok[4] = { 1, 2, 3, 4 };
	double			bad[4] = { 1, 2, NAN, 4 };
	struct rec_header	h;
	FILE			*fp = tmpfile(), *full;

	ck_assert_ptr_nonnull(fp);
	rec_header_init(&h);
	h.rate_hz = 100;
	h.width_mm = 433;
	h.length_mm = 238;
	h.load_unit = "kg";

	errno = 0;
	ck_assert_int_eq(recording_write_sample(fp, 0, bad), -1);
	ck_assert_int_eq(errno, EINVAL);
	ck_assert_int_eq(recording_write_sample(fp, INFINITY, ok), -1);
	h.load_unit = "lb";
	ck_assert_int_eq(recording_write_header(fp, &h), -1);
	ck_assert_int_eq(errno, EINVAL);
	h.load_unit = "kg";
	h.rate_hz = 0;
	ck_assert_int_eq(recording_write_header(fp, &h), -1);
	h.rate_hz = 100;
	snprintf(h.meta.note, sizeof h.meta.note, "two\nlines");
	ck_assert_int_eq(recording_write_header(fp, &h), -1);
	h.meta.note[0] = '\0';
	snprintf(h.meta.started, sizeof h.meta.started, "today");
	ck_assert_int_eq(recording_write_header(fp, &h), -1);
	h.meta.started[0] = '\0';
	/* Nothing was written by the refused calls. */
	ck_assert_int_eq(ftell(fp), 0);
	fclose(fp);

	/* A stream error is reported, not lost. */
	if ((full = fopen("/dev/full", "w")) == NULL) {
		printf("# skipped: no /dev/full\n");
		return;
	}
	setvbuf(full, NULL, _IONBF, 0);
	errno = 0;
	ck_assert_int_eq(recording_write_header(full, &h), -1);
	ck_assert_int_eq(errno, ENOSPC);
	ck_assert_int_eq(recording_write_sample(full, 0, ok), -1);
	fclose(full);
}
END_TEST

START_TEST(test_long_stream)
{
	struct rec_header	h;
	struct recording	r;
	struct rec_error	e;
	FILE			*fp = tmpfile();
	double			load[4];
	size_t			i, n = 20000;

	/* Longer than the sniffed prefix, so the stream is read on. */
	ck_assert_ptr_nonnull(fp);
	rec_header_init(&h);
	h.rate_hz = 100;
	h.width_mm = 433;
	h.length_mm = 238;
	h.load_unit = "raw";
	ck_assert_int_eq(recording_write_header(fp, &h), 0);
	for (i = 0; i < n; i++) {
		load[0] = (double)i;
		load[1] = load[2] = load[3] = 1000.25;
		ck_assert_int_eq(recording_write_sample(fp, (double)i / 100,
		    load), 0);
	}
	ck_assert_int_gt(ftell(fp), 2 * REC_LINE_MAX);
	rewind(fp);
	ck_assert_msg(recording_read_stream("long", fp, NULL, &r, &e) == 0,
	    "%s", errstr(&e));
	fclose(fp);
	ck_assert_uint_eq(r.n, n);
	for (i = 0; i < n; i++)
		ck_assert(r.cell[0][i] == (double)i);
	ck_assert(r.t[n - 1] == (double)(n - 1) / 100);
	recording_free(&r);
}
END_TEST

START_TEST(test_decimal_comma_locale)
{
	static const char *const	names[] = {
		"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8",
		"nl_NL.UTF-8"
	};
	struct rec_options		o;
	struct recording		r;
	struct rec_error		e;
	size_t				i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (setlocale(LC_NUMERIC, names[i]) != NULL)
			break;
	if (i == sizeof names / sizeof names[0] ||
	    strcmp(localeconv()->decimal_point, ",") != 0) {
		setlocale(LC_NUMERIC, "C");
		printf("# skipped: no decimal-comma locale installed\n");
		return;
	}
	rec_options_init(&o);
	o.rate_hz = 10;
	ck_assert_int_eq(read_text("1.5,2.5\n", &o, &r, &e), 0);
	ck_assert_double_eq(r.ml[0], 1.5);
	recording_free(&r);
	setlocale(LC_NUMERIC, "C");
}
END_TEST

/* ---- the real files ---- */

/* The reference dir, or NULL after saying the case is skipped. */
static const char *
reference_or_skip(void)
{
	const char	*dir = tu_reference_dir();

	if (dir == NULL) {
		printf("# skipped: FOOTSCREEN_REFERENCE_DIR is not set or not "
		    "a directory\n");
		fflush(stdout);
	}
	return dir;
}

/* Read a reference file with the given options. */
static void
read_reference(const char *name, const struct rec_options *o,
    struct recording *r)
{
	char			path[1024];
	struct rec_error	e;

	tu_path(path, sizeof path, tu_reference_dir(), name);
	ck_assert_msg(recording_read_file(path, o, r, &e) == 0, "%s",
	    errstr(&e));
}

static double
expected_value(const char *file, const char *name)
{
	char			path[1024];
	struct tu_expected	ex;
	double			v;

	tu_path(path, sizeof path, tu_reference_dir(), file);
	ck_assert_int_eq(tu_expected_load(path, &ex), 0);
	ck_assert_msg(tu_expected_get(&ex, name, &v) == 0, "%s: no %s", file,
	    name);
	tu_expected_free(&ex);
	return v;
}

/* Mean and RMS about the mean, as the reference's __raw pipeline. */
static void
mean_rms(const double *x, size_t n, double scale, double *mean, double *rms)
{
	double	s = 0, ss = 0;
	size_t	i;

	for (i = 0; i < n; i++)
		s += x[i] * scale;
	*mean = s / (double)n;
	for (i = 0; i < n; i++)
		ss += (x[i] * scale - *mean) * (x[i] * scale - *mean);
	*rms = sqrt(ss / (double)n);
}

START_TEST(test_reference_quijoux_whole)
{
	struct rec_options	o;
	struct recording	r;

	if (reference_or_skip() == NULL)
		return;
	rec_options_init(&o);
	read_reference("quijoux2021_amti_sujet1droite.csv", &o, &r);
	ck_assert_int_eq(r.format, REC_FORMAT_QUIJOUX_AMTI);
	ck_assert_double_eq(r.rate_hz, 100);
	/* 15605 frames; 1, 2 and 15600..15604 are dropouts. */
	ck_assert_uint_eq(r.n + r.rows_skipped, 15605);
	ck_assert_uint_eq(r.rows_skipped, 7);
	ck_assert_double_eq(r.t[0], 0);
	ck_assert_double_eq(r.t[1], 0.03);
	ck_assert_double_eq(r.t[r.n - 1], 155.99);
	/* Frame 0: Fz 581.4375, Mx -37.412109, My -12.184570; Cx 0.020956. */
	ck_assert(tu_close(r.ml[0], 12.184570 / 581.4375 * 1000, 1e-14, 0));
	ck_assert(tu_close(r.ap[0], -37.412109 / 581.4375 * 1000, 1e-14, 0));
	ck_assert(tu_close(r.ml[0], 20.956, 0, 5e-4));
	ck_assert(tu_close(r.ap[0], -64.344, 0, 5e-4));
	recording_free(&r);

	/* The trailing dropouts are skipped and counted within a range. */
	o.row_first = 15590;
	o.row_last = 15605;
	read_reference("quijoux2021_amti_sujet1droite.csv", &o, &r);
	ck_assert_uint_eq(r.n, 10);
	ck_assert_uint_eq(r.rows_skipped, 5);
	recording_free(&r);
}
END_TEST

/* Rows 4000..6999 against the __raw expected values of one case. */
static void
check_quijoux_case(enum rec_cop_convention conv, const char *expected)
{
	struct rec_options	o;
	struct recording	r;
	double			mean, rms;

	rec_options_init(&o);
	o.cop_convention = conv;
	o.row_first = 4000;
	o.row_last = 7000;
	read_reference("quijoux2021_amti_sujet1droite.csv", &o, &r);
	ck_assert_uint_eq(r.n, 3000);
	ck_assert_uint_eq(r.rows_skipped, 0);
	ck_assert_double_eq(r.t[0], 40);
	/* The reference works in cm. */
	mean_rms(r.ml, r.n, 0.1, &mean, &rms);
	ck_assert_msg(tu_close(mean, expected_value(expected, "mean_value_ML"),
	    1e-9, 1e-12), "mean ML %.17g", mean);
	ck_assert(tu_close(rms, expected_value(expected, "rms_ML"), 1e-9, 0));
	mean_rms(r.ap, r.n, 0.1, &mean, &rms);
	ck_assert_msg(tu_close(mean, expected_value(expected, "mean_value_AP"),
	    1e-9, 1e-12), "mean AP %.17g", mean);
	ck_assert(tu_close(rms, expected_value(expected, "rms_AP"), 1e-9, 0));
	recording_free(&r);
}

START_TEST(test_reference_quijoux_cases)
{
	if (reference_or_skip() == NULL)
		return;
	check_quijoux_case(REC_COP_PLAIN,
	    "expected_quijoux_amti_plain_4000_7000__raw.csv");
	check_quijoux_case(REC_COP_QUIJOUX_MAIN,
	    "expected_quijoux_amti_main__raw.csv");
}
END_TEST

START_TEST(test_reference_bmc)
{
	struct recording	r;
	struct tu_table		tab;
	char			path[1024];
	size_t			i;

	if (reference_or_skip() == NULL)
		return;
	read_reference("bmc_kistler_fp_data.txt", NULL, &r);
	ck_assert_int_eq(r.format, REC_FORMAT_BMC_KISTLER);
	ck_assert_uint_eq(r.n, 2000);
	ck_assert_double_eq(r.rate_hz, 100);
	ck_assert_double_eq(r.t[1999], 19.99);

	/* time, fz1..fz4, total, copx_cm, copy_cm, ... per row. */
	tu_path(path, sizeof path, tu_reference_dir(),
	    "expected_bmc_kistler_4cell_cop.csv");
	ck_assert_int_eq(tu_table_load(path, 1, &tab), 0);
	ck_assert_uint_eq(tab.rows, r.n);
	for (i = 0; i < r.n; i++) {
		double	tl = r.cell[0][i], tr = r.cell[1][i];
		double	bl = r.cell[2][i], br = r.cell[3][i];
		double	tot = tl + tr + bl + br;
		/* The board formula of the evidence sheet, section 8.2, in cm. */
		double	x = r.width_mm / 2 * ((tr + br) - (tl + bl)) / tot / 10;
		double	y = r.length_mm / 2 * ((tl + tr) - (bl + br)) / tot / 10;

		ck_assert(tu_close(tr, tab.col[1][i], 1e-12, 0));
		ck_assert(tu_close(tl, tab.col[2][i], 1e-12, 0));
		ck_assert(tu_close(bl, tab.col[3][i], 1e-12, 0));
		ck_assert(tu_close(br, tab.col[4][i], 1e-12, 0));
		ck_assert_msg(tu_close(x, tab.col[6][i], 1e-9, 1e-12),
		    "row %zu: x %.17g, want %.17g", i, x, tab.col[6][i]);
		ck_assert(tu_close(y, tab.col[7][i], 1e-9, 1e-12));
	}
	tu_table_free(&tab);
	recording_free(&r);
}
END_TEST

START_TEST(test_reference_two_plates)
{
	static const char	ex[] =
	    "expected_dossantos2017_control0_trial0_asymmetry.csv";
	struct recording	r;
	double			mean, rms;

	if (reference_or_skip() == NULL)
		return;
	read_reference("dossantos2017_control0_trial0.txt", NULL, &r);
	ck_assert_int_eq(r.format, REC_FORMAT_TWO_PLATES);
	ck_assert_uint_eq(r.n, 6000);
	ck_assert_double_eq(r.rate_hz, 100);
	ck_assert_str_eq(r.side_name[0], "dominant");
	ck_assert_str_eq(r.side_name[1], "non-dominant");
	mean_rms(r.force[0], r.n, 1, &mean, &rms);
	ck_assert(tu_close(mean, expected_value(ex, "mean_Fvert_dominant_N"),
	    1e-12, 0));
	mean_rms(r.force[1], r.n, 1, &mean, &rms);
	ck_assert(tu_close(mean, expected_value(ex,
	    "mean_Fvert_nondominant_N"), 1e-12, 0));
	mean_rms(r.plate_ap[0], r.n, 0.001, &mean, &rms);
	ck_assert(tu_close(mean, expected_value(ex, "mean_CPap_dominant_m"),
	    1e-12, 0));
	mean_rms(r.plate_ap[1], r.n, 0.001, &mean, &rms);
	ck_assert(tu_close(mean, expected_value(ex,
	    "mean_CPap_nondominant_m"), 1e-12, 0));
	/* First row: 362.585515 N, CPap 0.220780 m. */
	ck_assert_double_eq(r.force[0][0], 362.585515);
	ck_assert(tu_close(r.plate_ap[0][0], 220.78, 1e-14, 0));
	recording_free(&r);
}
END_TEST

START_TEST(test_holdout_netforce)
{
	const char		*dir = getenv("FOOTSCREEN_HOLDOUT_DIR");
	char			 path[1024];
	struct recording	 r;
	struct rec_error	 e;
	FILE			*fp;

	if (dir == NULL || *dir == '\0') {
		printf("# skipped: FOOTSCREEN_HOLDOUT_DIR is not set\n");
		return;
	}
	tu_path(path, sizeof path, dir, "balancemate_Postural_DataA.txt");
	if ((fp = fopen(path, "r")) == NULL) {
		printf("# skipped: %s is missing\n", path);
		return;
	}
	fclose(fp);
	ck_assert_msg(recording_read_file(path, NULL, &r, &e) == 0, "%s",
	    errstr(&e));
	ck_assert_int_eq(r.format, REC_FORMAT_AMTI_NETFORCE);
	ck_assert_uint_eq(r.n, 10000);
	ck_assert_double_eq(r.rate_hz, 100);
	/* First row: Fz 790.05556, Mx 5.47499, My 7.68121. */
	ck_assert(tu_close(r.ml[0], -7.68121 / 790.05556 * 1000, 1e-14, 0));
	ck_assert(tu_close(r.ap[0], 5.47499 / 790.05556 * 1000, 1e-14, 0));
	ck_assert_double_eq(r.t[9999], 99.99);
	recording_free(&r);
}
END_TEST

/*
 * The shipped sample matches what scripts/make-sample-recording says it
 * is: 60 s at 100 Hz of 70 kg on a 433 x 238 mm board, COP RMS near
 * 3 mm ML and 5 mm AP, a little more load on the right.
 */
START_TEST(test_shipped_sample)
{
	const char		*top = getenv("abs_top_srcdir");
	char			 path[1024];
	struct recording	 r;
	struct rec_error	 e;
	double			*x, *y, mean_x, rms_x, mean_y, rms_y, tot = 0;
	double			 right = 0;
	size_t			 i;

	if (top == NULL || *top == '\0') {
		printf("# skipped: abs_top_srcdir is not set\n");
		return;
	}
	tu_path(path, sizeof path, top, "data/samples/quiet-standing.fsrec");
	ck_assert_msg(recording_read_file(path, NULL, &r, &e) == 0, "%s",
	    errstr(&e));
	ck_assert_int_eq(r.format, REC_FORMAT_FOOTSCREEN);
	ck_assert_uint_eq(r.n, 6000);
	ck_assert_double_eq(r.rate_hz, 100);
	ck_assert_double_eq(r.width_mm, 433);
	ck_assert_double_eq(r.length_mm, 238);
	ck_assert_str_eq(r.load_unit, "kg");
	ck_assert_double_eq(r.t[5999], 59.99);
	ck_assert_ptr_nonnull(x = malloc(r.n * sizeof *x));
	ck_assert_ptr_nonnull(y = malloc(r.n * sizeof *y));
	for (i = 0; i < r.n; i++) {
		double	tl = r.cell[0][i], tr = r.cell[1][i];
		double	bl = r.cell[2][i], br = r.cell[3][i];
		double	t = tl + tr + bl + br;

		x[i] = r.width_mm / 2 * ((tr + br) - (tl + bl)) / t;
		y[i] = r.length_mm / 2 * ((tl + tr) - (bl + br)) / t;
		tot += t;
		right += (tr + br) / t;
	}
	mean_rms(x, r.n, 1, &mean_x, &rms_x);
	mean_rms(y, r.n, 1, &mean_y, &rms_y);
	ck_assert(tu_close(tot / (double)r.n, 70, 0, 0.01));
	ck_assert(right / (double)r.n > 0.51 && right / (double)r.n < 0.53);
	ck_assert_msg(rms_x > 2.5 && rms_x < 3.5, "rms ML %g", rms_x);
	ck_assert_msg(rms_y > 4.5 && rms_y < 5.5, "rms AP %g", rms_y);
	ck_assert_msg(mean_x > 5 && mean_x < 12, "mean ML %g", mean_x);
	free(x);
	free(y);
	recording_free(&r);
}
END_TEST

/*
 * The parser's fast path for plain decimals must give bit for bit what
 * strtod() gives, and hand everything else to strtod(): 300000 generated
 * fields, from "5" to 25-digit fractions, signs, exponents, stray dots.
 */
START_TEST(test_number_parse_equals_strtod)
{
	uint64_t	seed = 0x243f6a8885a308d3u;
	char		buf[96];

	for (int i = 0; i < 300000; i++) {
		size_t		len = 0;
		int		nint, nfrac;
		double		got = 0, want;
		char		*end;
		enum rec_num	r;

		seed ^= seed << 13;
		seed ^= seed >> 7;
		seed ^= seed << 17;
		nint = (int)(seed % 20);
		nfrac = (int)((seed >> 8) % 26) - 1;	/* -1: no point */
		if ((seed >> 16) % 3 == 0)
			buf[len++] = (seed >> 20) % 2 ? '-' : '+';
		for (int k = 0; k < nint; k++)
			buf[len++] = (char)('0' + (seed >> (k % 40)) % 10);
		if (nfrac >= 0) {
			buf[len++] = '.';
			for (int k = 0; k < nfrac; k++)
				buf[len++] = (char)('0' + (seed >> ((k * 3) % 50)) % 10);
		}
		if ((seed >> 30) % 17 == 0)
			len += (size_t)snprintf(buf + len, sizeof buf - len, "e%d",
			    (int)((seed >> 33) % 40) - 20);
		if ((seed >> 40) % 101 == 0)
			buf[len++] = '.';
		buf[len] = '\0';
		r = rec_number_parse(buf, len, &got);
		want = strtod(buf, &end);
		if (len > 0 && end == buf + len && isfinite(want)) {
			ck_assert_msg(r == REC_NUM_OK, "'%s' refused", buf);
			ck_assert_msg(memcmp(&got, &want, sizeof got) == 0,
			    "'%s': %.17g, strtod %.17g", buf, got, want);
		} else
			ck_assert_msg(r != REC_NUM_OK, "'%s' accepted as %.17g",
			    buf, got);
	}
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("recording");
	TCase	*tc;

	tc = tcase_create("footscreen");
	tcase_add_test(tc, test_format_names);
	tcase_add_test(tc, test_options_that_do_not_apply);
	tcase_add_test(tc, test_footscreen_basic);
	tcase_add_test(tc, test_footscreen_metadata_and_unknown_keys);
	tcase_add_test(tc, test_footscreen_channel_order);
	tcase_add_test(tc, test_footscreen_versions);
	tcase_add_test(tc, test_footscreen_bad_header);
	tcase_add_test(tc, test_footscreen_header_only);
	tcase_add_test(tc, test_row_selection);
	suite_add_tcase(s, tc);

	tc = tcase_create("numbers");
	tcase_add_test(tc, test_number_parse_equals_strtod);
	suite_add_tcase(s, tc);
	tc = tcase_create("malformed");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_text_in_number_column);
	tcase_add_test(tc, test_truncated_last_line);
	tcase_add_test(tc, test_not_finite);
	tcase_add_test(tc, test_times_must_increase);
	tcase_add_test(tc, test_empty_and_blank);
	tcase_add_test(tc, test_long_line);
	tcase_add_test(tc, test_nul_bytes);
	tcase_add_test(tc, test_crlf);
	tcase_add_test(tc, test_random_bytes);
	tcase_add_test(tc, test_mutations);
	tcase_add_test(tc, test_missing_file_and_directory);
	tcase_add_test(tc, test_stdin);
	tcase_add_test(tc, test_sniff_unknown);
	suite_add_tcase(s, tc);

	tc = tcase_create("foreign");
	tcase_add_test(tc, test_cop_table);
	tcase_add_test(tc, test_quijoux_synthetic);
	tcase_add_test(tc, test_netforce_synthetic);
	tcase_add_test(tc, test_bmc_synthetic);
	tcase_add_test(tc, test_two_plates_synthetic);
	suite_add_tcase(s, tc);

	tc = tcase_create("writer");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_writer_text);
	tcase_add_test(tc, test_writer_refuses);
	tcase_add_test(tc, test_long_stream);
	tcase_add_test(tc, test_decimal_comma_locale);
	suite_add_tcase(s, tc);

	tc = tcase_create("reference");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_reference_quijoux_whole);
	tcase_add_test(tc, test_reference_quijoux_cases);
	tcase_add_test(tc, test_reference_bmc);
	tcase_add_test(tc, test_reference_two_plates);
	tcase_add_test(tc, test_holdout_netforce);
	tcase_add_test(tc, test_shipped_sample);
	suite_add_tcase(s, tc);

	return tu_run(s);
}
