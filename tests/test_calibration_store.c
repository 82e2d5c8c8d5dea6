/*
 * test_calibration_store.c: the per-board calibration state file
 * (calibration_store.h): where it lives, that it reads back exactly what
 * was saved, mode 0600, and that a damaged file is reported with its line
 * and never overwritten.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "board/calibration_store.h"

static char	tmpdir[256];

/* A calibration with awkward numbers, for exact round trips. */
static void
sample_cal(struct board_calibration *cal)
{
	calib_init(cal);
	cal->channel_order[0] = CELL_BR;
	cal->channel_order[1] = CELL_TL;
	cal->channel_order[2] = CELL_BL;
	cal->channel_order[3] = CELL_TR;
	cal->offset[CELL_TL] = 8412.25;
	cal->offset[CELL_TR] = -0.1;
	cal->offset[CELL_BL] = 1e-300;
	cal->offset[CELL_BR] = 123456789.125;
	cal->scale[CELL_TL] = 2.3100000000000001e-05;
	cal->scale[CELL_TR] = 1.0 / 3.0;
	cal->scale[CELL_BL] = -4.5;
	cal->scale[CELL_BR] = 7;
	cal->tared = 1;
	cal->scaled = 0;
}

static void
write_file(const char *path, const char *text)
{
	FILE	*fp = fopen(path, "w");

	ck_assert_ptr_nonnull(fp);
	ck_assert_int_ge(fputs(text, fp), 0);
	ck_assert_int_eq(fclose(fp), 0);
}

START_TEST(path_follows_xdg)
{
	char			buf[PATH_MAX];
	struct cal_error	err;

	setenv("XDG_STATE_HOME", "/srv/state", 1);
	ck_assert_int_eq(calibration_store_path(buf, sizeof buf, &err), 0);
	ck_assert_str_eq(buf, "/srv/state/footscreen/calibration.ini");
	/* The XDG specification ignores a relative path. */
	setenv("XDG_STATE_HOME", "relative/state", 1);
	setenv("HOME", "/home/ann", 1);
	ck_assert_int_eq(calibration_store_path(buf, sizeof buf, &err), 0);
	ck_assert_str_eq(buf, "/home/ann/.local/state/footscreen/calibration.ini");
	unsetenv("XDG_STATE_HOME");
	ck_assert_int_eq(calibration_store_path(buf, sizeof buf, &err), 0);
	ck_assert_str_eq(buf, "/home/ann/.local/state/footscreen/calibration.ini");
}
END_TEST

START_TEST(round_trip_exact_and_private)
{
	struct cal_store		 st, back;
	struct cal_error		 err;
	struct board_calibration	 cal, other;
	const struct cal_entry		*e;
	char				 path[400];
	struct stat			 sb;

	snprintf(path, sizeof path, "%s/a/b/calibration.ini", tmpdir);
	/* Missing file: an empty store that may be saved. */
	ck_assert_int_eq(calibration_store_load(&st, path, &err), 0);
	ck_assert_uint_eq(st.n, 0);
	sample_cal(&cal);
	calib_init(&other);
	other.scaled = 1;
	ck_assert_int_eq(calibration_store_set(&st, "board-42", &cal, &err), 0);
	ck_assert_int_eq(calibration_store_set(&st, "/dev/ttyACM0", &other,
	    &err), 0);
	ck_assert_int_eq(calibration_store_save(&st, &err), 0);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0600);

	ck_assert_int_eq(calibration_store_load(&back, path, &err), 0);
	ck_assert_uint_eq(back.n, 2);
	e = calibration_store_find(&back, "board-42");
	ck_assert_ptr_nonnull(e);
	ck_assert(memcmp(e->cal.channel_order, cal.channel_order,
	    sizeof cal.channel_order) == 0);
	for (int c = 0; c < CELL_COUNT; c++) {
		ck_assert(e->cal.offset[c] == cal.offset[c]);
		ck_assert(e->cal.scale[c] == cal.scale[c]);
	}
	ck_assert_int_eq(e->cal.tared, 1);
	ck_assert_int_eq(e->cal.scaled, 0);
	ck_assert_int_eq(strlen(e->updated), 20);	/* 2026-11-21T10:00:00Z */
	ck_assert_ptr_nonnull(calibration_store_find(&back, "/dev/ttyACM0"));
	ck_assert_ptr_null(calibration_store_find(&back, "board-43"));

	/* Replacing an entry keeps one per board. */
	cal.scale[CELL_BR] = 9;
	ck_assert_int_eq(calibration_store_set(&back, "board-42", &cal, &err), 0);
	ck_assert_uint_eq(back.n, 2);
	ck_assert_int_eq(calibration_store_save(&back, &err), 0);
	calibration_store_free(&back);
	ck_assert_int_eq(calibration_store_load(&back, path, &err), 0);
	ck_assert(calibration_store_find(&back, "board-42")->cal.scale[CELL_BR]
	    == 9);
	calibration_store_free(&back);
	calibration_store_free(&st);
}
END_TEST

/* Each damage: the message names the file, the line and what is wrong. */
static void
expect_damage(const char *text, const char *line_tag, const char *what)
{
	struct cal_store	st;
	struct cal_error	err;
	char			path[400], want[450];
	struct stat		before, after;

	snprintf(path, sizeof path, "%s/bad.ini", tmpdir);
	write_file(path, text);
	ck_assert_int_eq(stat(path, &before), 0);
	ck_assert_int_eq(calibration_store_load(&st, path, &err), -1);
	snprintf(want, sizeof want, "%s:%s", path, line_tag);
	ck_assert_msg(strstr(err.msg, want) != NULL, "'%s' lacks '%s'",
	    err.msg, want);
	ck_assert_msg(strstr(err.msg, what) != NULL, "'%s' lacks '%s'",
	    err.msg, what);
	/* A store that did not load is never written over the file. */
	ck_assert_int_eq(calibration_store_save(&st, &err), -1);
	ck_assert_ptr_nonnull(strstr(err.msg, "fix or remove"));
	ck_assert_int_eq(stat(path, &after), 0);
	ck_assert_int_eq(before.st_size, after.st_size);
	ck_assert_int_eq(before.st_ino, after.st_ino);
}

#define GOOD_BODY \
	"channel_order = TL,TR,BL,BR\n" \
	"offset_tl = 1\noffset_tr = 2\noffset_bl = 3\noffset_br = 4\n" \
	"scale_tl = 1\nscale_tr = 1\nscale_bl = 1\nscale_br = 1\n" \
	"tared = yes\nscaled = no\nupdated = 2026-11-21T10:00:00Z\n"

START_TEST(damaged_files_are_reported)
{
	expect_damage("id = x\n", "1:", "expected [board] first");
	expect_damage("[board]\nid = x\nchannel_order = TL,TL,BL,BR\n",
	    "3:", "channel_order");
	expect_damage("[board]\nid = x\noffset_tl = 12abc\n", "3:",
	    "offset_tl");
	expect_damage("[board]\nid = x\nscale_tl = 0\n", "3:", "scale_tl");
	expect_damage("[board]\nid = x\ncolour = red\n", "3:",
	    "unknown key 'colour'");
	expect_damage("[board]\nid = x\nchannel_order = TL,TR,BL,BR\n", "3:",
	    "has no offset_tl");
	expect_damage("[board]\nid = x\n" GOOD_BODY "[board]\nid = x\n"
	    GOOD_BODY, "16:", "appears twice");
	expect_damage("[board]\nid = x\ntared = maybe\n", "3:", "tared");
	expect_damage("[board]\nid = x\noffset_tl = nan\n", "3:", "offset_tl");
}
END_TEST

START_TEST(good_file_with_comments_reads)
{
	struct cal_store	st;
	struct cal_error	err;
	char			path[400];

	snprintf(path, sizeof path, "%s/good.ini", tmpdir);
	write_file(path, "# by hand\n\n[board]\nid = sim board 1\n"
	    "; note\n" GOOD_BODY);
	ck_assert_msg(calibration_store_load(&st, path, &err) == 0, "%s",
	    err.msg);
	ck_assert_ptr_nonnull(calibration_store_find(&st, "sim board 1"));
	ck_assert(calibration_store_find(&st, "sim board 1")->cal.offset[
	    CELL_BR] == 4);
	calibration_store_free(&st);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("calibration_store");
	TCase	*tc = tcase_create("store");
	int	 rc;
	char	 cmd[300];

	snprintf(tmpdir, sizeof tmpdir, "%s/footscreen-cal-XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return (1);
	}
	tcase_add_test(tc, path_follows_xdg);
	tcase_add_test(tc, round_trip_exact_and_private);
	tcase_add_test(tc, damaged_files_are_reported);
	tcase_add_test(tc, good_file_with_comments_reads);
	suite_add_tcase(s, tc);
	rc = tu_run(s);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		rc = 1;
	return (rc);
}
