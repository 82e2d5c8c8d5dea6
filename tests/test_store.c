/*
 * test_store.c: the history store (src/store/) and the measure rows it
 * keeps (report_measures(), answers_write()).
 *
 * Issue 6's "done when" list, each against a real file in a fresh
 * directory: the file and its directory are private whatever the umask;
 * a version-1 file made by hand with rows in it is brought up to date
 * with the rows intact; a newer file, a foreign file (random bytes, text,
 * another program's SQLite file, a directory) and a damaged one are
 * refused with a message naming them and are left byte for byte as they
 * were; a full disk and a read-only file give their own messages and
 * lose nothing saved before; a process killed with SIGKILL in the middle
 * of saving loses at most the session in flight and the file passes
 * SQLite's integrity check; two processes saving at once lose nothing;
 * deleting a profile leaves no row of it in any table and no copy of its
 * name in the file; an export reads back to the same data.
 */
#include <config.h>

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <sqlite3.h>

#include "screening/answers.h"
#include "screening/report.h"
#include "screening/strings.h"
#include "store/export.h"
#include "store/migrate.h"
#include "store/store.h"
#include "testutil.h"

/* After the core's headers: <signal.h> defines si_status as a macro. */
#include <signal.h>
#include <sys/wait.h>

static char	tmpdir[PATH_MAX];

static void
setup(void)
{
	const char	*base = getenv("TMPDIR");

	snprintf(tmpdir, sizeof tmpdir, "%s/fs-store.XXXXXX",
	    base != NULL && base[0] != '\0' ? base : "/tmp");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void
teardown(void)
{
	char	cmd[2 * PATH_MAX + 64];

	/* Directories made read-only by a test must be writable to go. */
	snprintf(cmd, sizeof cmd, "chmod -R u+w '%s'; rm -rf '%s'", tmpdir,
	    tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmpdir);
}

/* tmpdir/name into buf. */
static const char *
tmp(char *buf, const char *name)
{
	return tu_path(buf, PATH_MAX, tmpdir, name);
}

static const char *
srcdir(void)
{
	const char	*d = getenv("abs_top_srcdir");

	if (d == NULL || d[0] == '\0')
		d = getenv("top_srcdir");
	return d != NULL && d[0] != '\0' ? d : ".";
}

/* A whole file into a new buffer; *len its size.  NULL when missing. */
static char *
slurp(const char *path, size_t *len)
{
	struct stat	 sb;
	FILE		*f;
	char		*buf;
	long		 n;

	if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) ||
	    (f = fopen(path, "rb")) == NULL)
		return NULL;
	ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t)n + 1);
	ck_assert_ptr_nonnull(buf);
	ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
	buf[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return buf;
}

/* The file holds exactly the len bytes of before (which is freed). */
static void
same_bytes(const char *path, char *before, size_t len)
{
	size_t	 n;
	char	*after = slurp(path, &n);

	ck_assert_ptr_nonnull(after);
	ck_assert_uint_eq(n, len);
	ck_assert(memcmp(before, after, len) == 0);
	free(before);
	free(after);
}

static void
spew(const char *path, const void *data, size_t len)
{
	FILE	*f = fopen(path, "wb");

	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(data, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
}

/* tests/answers/NAME.ini: its answers and its text (caller frees). */
static char *
answers_file(const char *name, struct screening_answers *a)
{
	char			 path[PATH_MAX], file[64];
	struct answers_error	 err;
	size_t			 len;
	char			*text;

	snprintf(file, sizeof file, "tests/answers/%s.ini", name);
	tu_path(path, sizeof path, srcdir(), file);
	if (answers_load(path, a, &err) != 0)
		ck_abort_msg("%s", err.msg);
	text = slurp(path, &len);
	ck_assert_ptr_nonnull(text);
	return text;
}

static struct store *
open_ok(const char *path, unsigned flags)
{
	struct store		*s;
	struct store_error	 err;

	if (store_open(path, flags, &s, &err) != STORE_OK)
		ck_abort_msg("store_open %s: %s", path, err.msg);
	return s;
}

/* One number from SQL on the store's connection. */
static long
qlong(sqlite3 *db, const char *sql)
{
	sqlite3_stmt	*st;
	long		 v;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		ck_abort_msg("%s: %s", sql, sqlite3_errmsg(db));
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	v = (long)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static int64_t
add_profile(struct store *s, const char *name, int year)
{
	struct store_profile	*p = calloc(1, sizeof *p);
	struct store_error	 err;
	int64_t			 id;

	ck_assert_ptr_nonnull(p);
	snprintf(p->name, sizeof p->name, "%s", name);
	p->birth_year = year;
	p->sex = SEX_FEMALE;
	if (store_profile_add(s, p, &id, &err) != STORE_OK)
		ck_abort_msg("add %s: %s", name, err.msg);
	free(p);
	return id;
}

/* Save tests/answers/NAME.ini for profile id on date; returns its id. */
static int64_t
save(struct store *s, int64_t profile, const char *name, const char *date)
{
	struct screening_answers	a;
	struct store_new_session	in;
	struct store_error		err;
	int64_t				id;
	char				*text = answers_file(name, &a);

	memset(&in, 0, sizeof in);
	in.profile_id = profile;
	in.taken = date;
	in.mode = STORE_MODE_SCRIPTED;
	in.answers = &a;
	in.answers_text = text;
	if (store_session_save(s, &in, &id, &err) != STORE_OK)
		ck_abort_msg("save %s: %s", name, err.msg);
	free(text);
	return id;
}

static void
check_clean(struct store *s)
{
	struct store_error	err;
	char			problems[1024];

	if (store_check(s, problems, sizeof problems, &err) != STORE_OK)
		ck_abort_msg("%s\n%s", err.msg, problems);
}

/* The file at path opens sound, and the one-number query sql gives want. */
static void
sound_with(const char *path, const char *sql, long want)
{
	struct store	*s = open_ok(path, 0);

	ck_assert_int_eq(qlong(store_handle(s), sql), want);
	check_clean(s);
	store_close(s);
}

/* ------------------------------------------------------------------ */

START_TEST(test_create_private)
{
	char		 path[PATH_MAX], wal[PATH_MAX + 8], dir[PATH_MAX];
	struct store	*s;
	struct stat	 sb;
	mode_t		 old;
	int64_t		 id;

	/* A wide umask must not widen the file... */
	old = umask(0);
	s = open_ok(tmp(path, "a/b/fs.db"), STORE_CREATE);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 07777, 0600);
	ck_assert_int_eq(stat(tmp(dir, "a"), &sb), 0);
	ck_assert_int_eq(sb.st_mode & 07777, 0700);
	ck_assert_int_eq(stat(tmp(dir, "a/b"), &sb), 0);
	ck_assert_int_eq(sb.st_mode & 07777, 0700);
	/* ... nor the journal files SQLite makes beside it. */
	id = add_profile(s, "Ann", 1980);
	save(s, id, "neutral", NULL);
	snprintf(wal, sizeof wal, "%s-wal", path);
	ck_assert_int_eq(stat(wal, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 07777, 0600);
	snprintf(wal, sizeof wal, "%s-shm", path);
	ck_assert_int_eq(stat(wal, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 07777, 0600);
	/* The settings store.h promises. */
	ck_assert_int_eq(qlong(store_handle(s), "PRAGMA application_id"),
	    STORE_APPLICATION_ID);
	ck_assert_int_eq(qlong(store_handle(s), "PRAGMA user_version"),
	    STORE_SCHEMA_VERSION);
	ck_assert_int_eq(qlong(store_handle(s), "PRAGMA foreign_keys"), 1);
	ck_assert_int_eq(qlong(store_handle(s), "PRAGMA synchronous"), 2);
	store_close(s);
	/* ... and a narrow one must not make it unreadable to its owner. */
	umask(0277);
	s = open_ok(tmp(path, "narrow.db"), STORE_CREATE);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 07777, 0600);
	store_close(s);
	umask(old);
}
END_TEST

START_TEST(test_journal_mode)
{
	char		 path[PATH_MAX];
	struct store	*s = open_ok(tmp(path, "fs.db"), STORE_CREATE);
	sqlite3_stmt	*st;

	ck_assert_int_eq(sqlite3_prepare_v2(store_handle(s),
	    "PRAGMA journal_mode", -1, &st, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	ck_assert_str_eq((const char *)sqlite3_column_text(st, 0), "wal");
	sqlite3_finalize(st);
	store_close(s);
}
END_TEST

START_TEST(test_missing_file)
{
	char			 path[PATH_MAX];
	struct store		*s;
	struct store_error	 err;
	struct stat		 sb;

	ck_assert_int_eq(store_open(tmp(path, "none.db"), 0, &s, &err),
	    STORE_ERR_NOT_FOUND);
	ck_assert_ptr_null(s);
	ck_assert_ptr_nonnull(strstr(err.msg, path));
	/* Without STORE_CREATE nothing is made. */
	ck_assert_int_eq(stat(path, &sb), -1);
}
END_TEST

/* The first layout, as a file of version 1 would have it, with rows. */
START_TEST(test_migrate_from_v1)
{
	char			 path[PATH_MAX];
	sqlite3			*db;
	struct store		*s;
	struct store_profile	 p;
	struct store_session	 x;
	struct report_measure	*m;
	struct store_error	 err;
	size_t			 n;

	ck_assert_int_eq(sqlite3_open(tmp(path, "v1.db"), &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, migrate_step_sql(0), NULL, NULL,
	    NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "PRAGMA user_version = 1;"
	    "INSERT INTO profiles VALUES (7, 'Old Timer', 1950, 'male', "
	    " 'knee op 2019', '2025-01-02T03:04:05Z');"
	    "INSERT INTO sessions VALUES (3, 7, '2025-02-01T10:00:00Z', "
	    " 'home', '0.0.9', '{\"set\":\"quick\"}', '[person]\nage = 75\n');"
	    "INSERT INTO results VALUES (3, 'single_leg_stance_eyes_open', "
	    " 'left', 6.5, 's');"
	    "INSERT INTO results VALUES (3, 'single_leg_stance_eyes_open', "
	    " 'right', NULL, 's');"
	    "INSERT INTO recordings VALUES (1, 3, 'board_quiet_eyes_open', "
	    " 'fsrec', x'00ff10');", NULL, NULL, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_close(db), SQLITE_OK);

	s = open_ok(path, 0);
	ck_assert_int_eq(qlong(store_handle(s), "PRAGMA user_version"),
	    STORE_SCHEMA_VERSION);
	ck_assert_int_eq(store_profile_get(s, 7, &p, &err), STORE_OK);
	ck_assert_str_eq(p.name, "Old Timer");
	ck_assert_int_eq(p.birth_year, 1950);
	ck_assert_int_eq(p.sex, SEX_MALE);
	ck_assert_str_eq(p.notes, "knee op 2019");
	ck_assert_int_eq(p.nsessions, 1);
	ck_assert_int_eq(store_session_get(s, 3, &x, &err), STORE_OK);
	ck_assert_str_eq(x.taken, "2025-02-01T10:00:00Z");
	ck_assert_int_eq(x.mode, STORE_MODE_HOME);
	ck_assert_str_eq(x.app_version, "0.0.9");
	ck_assert_str_eq(x.answers, "[person]\nage = 75\n");
	/* Version 2's new column has its default. */
	ck_assert_str_eq(x.notes, "");
	ck_assert_int_eq(x.nrecordings, 1);
	store_session_clear(&x);
	ck_assert_int_eq(store_session_results(s, 3, &m, &n, &err), STORE_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(m[0].side, "left");
	ck_assert(m[0].value == 6.5);
	ck_assert_str_eq(m[0].unit, "s");
	ck_assert_str_eq(m[0].text, "");
	ck_assert(isnan(m[1].value));
	free(m);
	/* And what version 2 adds works on the old rows. */
	ck_assert_int_eq(store_session_set_notes(s, 3, "walks daily", &err),
	    STORE_OK);
	ck_assert_int_eq(store_session_get(s, 3, &x, &err), STORE_OK);
	ck_assert_str_eq(x.notes, "walks daily");
	store_session_clear(&x);
	check_clean(s);
	store_close(s);
}
END_TEST

START_TEST(test_newer_refused)
{
	char			 path[PATH_MAX];
	struct store		*s = open_ok(tmp(path, "fs.db"), STORE_CREATE);
	struct store_error	 err;
	char			*before;
	size_t			 lb;

	ck_assert_int_eq(sqlite3_exec(store_handle(s), "PRAGMA user_version "
	    "= 99", NULL, NULL, NULL), SQLITE_OK);
	store_close(s);
	before = slurp(path, &lb);
	ck_assert_int_eq(store_open(path, STORE_CREATE, &s, &err),
	    STORE_ERR_NEWER);
	ck_assert_ptr_nonnull(strstr(err.msg, "newer footscreen"));
	ck_assert_ptr_nonnull(strstr(err.msg, path));
	same_bytes(path, before, lb);
}
END_TEST

/* A file that is not ours: refused, named, and left exactly as it was. */
static void
refused_untouched(const char *path, enum store_status want,
    const char *words)
{
	struct store		*s;
	struct store_error	 err;
	char			*before, side[PATH_MAX + 8];
	size_t			 lb;
	struct stat		 sb;

	before = slurp(path, &lb);
	for (int flags = 0; flags < 2; flags++) {
		ck_assert_int_eq(store_open(path, flags ? STORE_CREATE : 0, &s,
		    &err), want);
		ck_assert_ptr_null(s);
		if (strstr(err.msg, path) == NULL || strstr(err.msg, words) ==
		    NULL)
			ck_abort_msg("message '%s' lacks the path or '%s'",
			    err.msg, words);
	}
	if (before != NULL)
		same_bytes(path, before, lb);
	/* No journal was started beside it either. */
	snprintf(side, sizeof side, "%s-journal", path);
	ck_assert_int_eq(stat(side, &sb), -1);
}

START_TEST(test_foreign_files)
{
	char		 path[PATH_MAX];
	unsigned char	 noise[8192];
	sqlite3		*db;

	srand(4);
	for (size_t i = 0; i < sizeof noise; i++)
		noise[i] = (unsigned char)rand();
	spew(tmp(path, "noise.db"), noise, sizeof noise);
	refused_untouched(path, STORE_ERR_NOT_OURS, "not an SQLite file");

	spew(tmp(path, "notes.txt"), "shopping: milk\n", 15);
	refused_untouched(path, STORE_ERR_NOT_OURS, "not an SQLite file");

	/* Only the magic of an SQLite file, then nothing. */
	spew(tmp(path, "short.db"), "SQLite format 3", 16);
	refused_untouched(path, STORE_ERR_CORRUPT, "damaged");

	ck_assert_int_eq(sqlite3_open(tmp(path, "other.db"), &db), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(db, "CREATE TABLE moz_places (url TEXT);"
	    "INSERT INTO moz_places VALUES ('https://example.org');", NULL,
	    NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	refused_untouched(path, STORE_ERR_NOT_OURS, "another program's");

	ck_assert_int_eq(mkdir(tmp(path, "adir.db"), 0700), 0);
	refused_untouched(path, STORE_ERR_NOT_OURS, "not a regular file");
}
END_TEST

START_TEST(test_damaged_ours)
{
	char			 path[PATH_MAX], problems[1024];
	struct store		*s = open_ok(tmp(path, "fs.db"), STORE_CREATE);
	struct store_error	 err;
	struct store_profile	*list;
	char			*before;
	size_t			 lb, n;
	int64_t			 id = add_profile(s, "Ann", 1980);
	int			 rc;

	for (int i = 0; i < 5; i++)
		save(s, id, "pronated-left", NULL);
	store_close(s);
	/* Scribble over every page but the first (the header). */
	before = slurp(path, &lb);
	ck_assert_uint_gt(lb, 8192);
	for (size_t i = 4096; i < lb; i++)
		before[i] = (char)(i * 7);
	spew(path, before, lb);
	rc = store_open(path, 0, &s, &err);
	if (rc == STORE_OK) {
		/* The header survived: the damage shows on use. */
		ck_assert_int_eq(store_check(s, problems, sizeof problems,
		    &err), STORE_ERR_CORRUPT);
		rc = store_profile_list(s, NULL, &list, &n, &err);
		if (rc == STORE_OK)
			free(list);
		store_close(s);
	} else
		ck_assert_int_eq(rc, STORE_ERR_CORRUPT);
	ck_assert_ptr_nonnull(strstr(err.msg, "damaged"));
	same_bytes(path, before, lb);
}
END_TEST

START_TEST(test_empty_file_adopted)
{
	char		 path[PATH_MAX];
	struct store	*s;

	/* A save killed between creating the file and its tables. */
	spew(tmp(path, "fs.db"), "", 0);
	s = open_ok(path, 0);
	ck_assert_int_eq(qlong(store_handle(s), "PRAGMA user_version"),
	    STORE_SCHEMA_VERSION);
	store_close(s);
}
END_TEST

START_TEST(test_profiles)
{
	char			 path[PATH_MAX];
	struct store		*s = open_ok(tmp(path, "fs.db"), STORE_CREATE);
	struct store_profile	*p = calloc(1, sizeof *p), *list;
	struct store_error	 err;
	size_t			 n;
	int64_t			 ann, bob;

	ck_assert_ptr_nonnull(p);
	ann = add_profile(s, "Ann Smith", 1980);
	bob = add_profile(s, "Bob", 0);
	ck_assert_int_ne(ann, bob);
	/* Names are unique whatever the case. */
	snprintf(p->name, sizeof p->name, "ANN SMITH");
	ck_assert_int_eq(store_profile_add(s, p, NULL, &err), STORE_ERR_EXISTS);
	ck_assert_ptr_nonnull(strstr(err.msg, "ANN SMITH"));
	/* Bad fields are refused before SQLite sees them. */
	p->name[0] = '\0';
	ck_assert_int_eq(store_profile_add(s, p, NULL, &err), STORE_ERR_ARG);
	snprintf(p->name, sizeof p->name, "tab\there");
	ck_assert_int_eq(store_profile_add(s, p, NULL, &err), STORE_ERR_ARG);
	snprintf(p->name, sizeof p->name, "bad \xc3\x28 utf8");
	ck_assert_int_eq(store_profile_add(s, p, NULL, &err), STORE_ERR_ARG);
	snprintf(p->name, sizeof p->name, "Cy");
	p->birth_year = 1850;
	ck_assert_int_eq(store_profile_add(s, p, NULL, &err), STORE_ERR_ARG);
	ck_assert_ptr_nonnull(strstr(err.msg, "1850"));
	memset(p->name, 'x', STORE_NAME_MAX);
	p->name[STORE_NAME_MAX] = '\0';
	p->birth_year = 0;
	ck_assert_int_eq(store_profile_add(s, p, NULL, &err), STORE_OK);
	/* Found by name in any case, or by id. */
	ck_assert_int_eq(store_profile_find(s, "ann smith", p, &err),
	    STORE_OK);
	ck_assert_int_eq(p->id, ann);
	ck_assert_str_eq(p->name, "Ann Smith");
	ck_assert_int_eq(p->birth_year, 1980);
	ck_assert_int_eq(p->sex, SEX_FEMALE);
	ck_assert_int_eq(p->nsessions, 0);
	ck_assert_str_eq(p->last_taken, "");
	ck_assert_int_eq(store_profile_find(s, "2", p, &err), STORE_OK);
	ck_assert_int_eq(p->id, bob);
	ck_assert_int_eq(store_profile_find(s, "Nobody", p, &err),
	    STORE_ERR_NOT_FOUND);
	ck_assert_ptr_nonnull(strstr(err.msg, "Nobody"));
	/* Listed by name; a search is plain text, not a pattern. */
	ck_assert_int_eq(store_profile_list(s, NULL, &list, &n, &err),
	    STORE_OK);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(list[0].name, "Ann Smith");
	ck_assert_str_eq(list[1].name, "Bob");
	free(list);
	ck_assert_int_eq(store_profile_list(s, "SMI", &list, &n, &err),
	    STORE_OK);
	ck_assert_uint_eq(n, 1);
	ck_assert_int_eq(list[0].id, ann);
	free(list);
	ck_assert_int_eq(store_profile_list(s, "%", &list, &n, &err),
	    STORE_OK);
	ck_assert_uint_eq(n, 0);
	free(list);
	/* Changed, and the change read back. */
	ck_assert_int_eq(store_profile_get(s, bob, p, &err), STORE_OK);
	snprintf(p->notes, sizeof p->notes, "left ankle sprain 2024\nrunner");
	p->birth_year = 1990;
	ck_assert_int_eq(store_profile_update(s, p, &err), STORE_OK);
	ck_assert_int_eq(store_profile_get(s, bob, p, &err), STORE_OK);
	ck_assert_str_eq(p->notes, "left ankle sprain 2024\nrunner");
	ck_assert_int_eq(p->birth_year, 1990);
	snprintf(p->name, sizeof p->name, "ann smith");
	ck_assert_int_eq(store_profile_update(s, p, &err), STORE_ERR_EXISTS);
	free(p);
	store_close(s);
}
END_TEST

/* A row of rows[0..n) by measure and side, or NULL. */
static const struct report_measure *
row(const struct report_measure *m, size_t n, const char *measure,
    const char *side)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(m[i].measure, measure) == 0 &&
		    strcmp(m[i].side, side) == 0)
			return &m[i];
	return NULL;
}

START_TEST(test_measure_rows)
{
	struct screening_answers	 a;
	struct screening_result		 r;
	struct report_measure		 m[REPORT_MEASURES_MAX];
	const struct report_measure	*x;
	char				*text = answers_file("pronated-left", &a);
	size_t				 n;

	free(text);
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	n = report_measures(&r, &a, m, REPORT_MEASURES_MAX);
	ck_assert_uint_lt(n, REPORT_MEASURES_MAX);
	ck_assert_str_eq(m[0].measure, "triage");
	ck_assert_str_eq(m[0].text, "selfcare");
	x = row(m, n, "pronation", "left");
	ck_assert_ptr_nonnull(x);
	ck_assert_str_eq(x->text, "pronated");
	ck_assert_str_eq(row(m, n, "pronation", "right")->text, "neutral");
	x = row(m, n, "fpi6_total", "left");
	ck_assert(x != NULL && x->value == 8 && strcmp(x->unit, "points") == 0);
	ck_assert(row(m, n, "fpi6_total", "right")->value == 2);
	x = row(m, n, "fpi6_total", "difference");
	ck_assert(x != NULL && x->value == -6);
	ck_assert_str_eq(x->text, "large");
	ck_assert_str_eq(report_measure_words(x), strings_band(ASYM_LARGE));
	x = row(m, n, "single_leg_stance_eyes_open", "left");
	ck_assert(x != NULL && x->value == 40 && strcmp(x->unit, "s") == 0);
	ck_assert_ptr_nonnull(row(m, n, "finding.pronated", "left"));
	ck_assert_ptr_null(row(m, n, "finding.pronated", "right"));
	ck_assert_ptr_nonnull(row(m, n, "finding.pain_low_back", "none"));
	ck_assert_str_eq(report_measure_label("heel_raise"),
	    strings_measure(BM_HEEL_RAISE));
	/* A cut-short buffer is respected. */
	ck_assert_uint_eq(report_measures(&r, &a, m, 3), 3);
}
END_TEST

START_TEST(test_measure_rows_emergency)
{
	struct screening_answers	 a;
	struct screening_result		 r;
	struct report_measure		 m[REPORT_MEASURES_MAX];
	char				*text = answers_file("emergency", &a);
	size_t				 n;

	free(text);
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	n = report_measures(&r, &a, m, REPORT_MEASURES_MAX);
	/* Nothing is scored after an emergency: the triage only. */
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(m[0].text, "emergency");
}
END_TEST

/* Every example file, written and read back, says the same. */
START_TEST(test_answers_write_roundtrip)
{
	static const char *const names[] = {
		"emergency", "neutral", "older-adult", "pronated-left",
		"sparse", "supinated-outer", "urgent"
	};
	struct screening_answers	a, b;
	struct screening_result		ra, rb;
	struct answers_error		err;
	char				*text, *one, *two;
	size_t				 l1, l2;
	FILE				*f;

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		free(answers_file(names[i], &a));
		f = open_memstream(&one, &l1);
		ck_assert_int_eq(answers_write(f, &a), 0);
		fclose(f);
		if (answers_load_text("written", one, l1, &b, &err) != 0)
			ck_abort_msg("%s: %s\n%s", names[i], err.msg, one);
		f = open_memstream(&two, &l2);
		ck_assert_int_eq(answers_write(f, &b), 0);
		fclose(f);
		ck_assert_str_eq(one, two);
		ck_assert_int_eq(screening_run(&a, NULL, &ra), CORE_OK);
		ck_assert_int_eq(screening_run(&b, NULL, &rb), CORE_OK);
		ck_assert_int_eq(ra.triage.tier, rb.triage.tier);
		ck_assert_int_eq(ra.triage.rule, rb.triage.rule);
		ck_assert(memcmp(&ra.findings, &rb.findings,
		    sizeof ra.findings) == 0);
		ck_assert_int_eq(a.age_years, b.age_years);
		free(one);
		free(two);
	}
	/* Numbers keep every digit. */
	screening_answers_init(&a);
	a.side[SIDE_LEFT].sls_eyes_open_s = 12.345678901234567;
	a.board_weight_right_pct = 0.1;
	a.symptom[SITE_KNEE].answered = 1;
	f = open_memstream(&text, &l1);
	ck_assert_int_eq(answers_write(f, &a), 0);
	fclose(f);
	ck_assert_int_eq(answers_load_text("t", text, l1, &b, &err), 0);
	ck_assert(b.side[SIDE_LEFT].sls_eyes_open_s == 12.345678901234567);
	ck_assert(b.board_weight_right_pct == 0.1);
	ck_assert_int_eq(b.symptom[SITE_KNEE].answered, 1);
	ck_assert_int_eq(b.symptom[SITE_HIP].answered, 0);
	ck_assert_ptr_nonnull(strstr(text, "[symptom.knee]"));
	free(text);
}
END_TEST

START_TEST(test_session_roundtrip)
{
	char				 path[PATH_MAX];
	struct store			*s = open_ok(tmp(path, "fs.db"),
					    STORE_CREATE);
	struct screening_answers	 a, back;
	struct store_new_session	 in;
	struct store_session		 x;
	struct store_error		 err;
	struct report_measure		*m;
	struct store_blob		*b;
	struct store_recording		 rec = { "board_quiet_eyes_open",
					    "fsrec", "\0\1\2binary", 9 };
	char				*text = answers_file("pronated-left",
					    &a);
	size_t				 n;
	int64_t				 pid = add_profile(s, "Ann", 1980), sid;
	json_t				*proto;

	memset(&in, 0, sizeof in);
	in.profile_id = pid;
	in.taken = "2026-10-01";
	in.mode = STORE_MODE_TRAINER;
	in.answers = &a;
	in.notes = "first visit";
	in.recordings = &rec;
	in.nrecordings = 1;
	/* No answers text: store_session_save writes it from the struct. */
	ck_assert_int_eq(store_session_save(s, &in, &sid, &err), STORE_OK);
	ck_assert_int_eq(store_session_get(s, sid, &x, &err), STORE_OK);
	ck_assert_int_eq(x.profile_id, pid);
	ck_assert_str_eq(x.taken, "2026-10-01T00:00:00Z");
	ck_assert_int_eq(x.mode, STORE_MODE_TRAINER);
	ck_assert_str_eq(x.app_version, PACKAGE_VERSION);
	ck_assert_str_eq(x.notes, "first visit");
	ck_assert_int_eq(x.nrecordings, 1);
	/* The protocol says how the results were taken (§0.1 rule 4). */
	proto = json_loads(x.protocol, 0, NULL);
	ck_assert_ptr_nonnull(proto);
	ck_assert_str_eq(json_string_value(json_object_get(proto,
	    "heel_raise_protocol")), "flat_floor");
	ck_assert_str_eq(json_string_value(json_object_get(proto,
	    "sls_norms")), "springer_2007");
	json_decref(proto);
	/* The answers come back as they went in. */
	ck_assert_int_eq(store_session_answers(&x, &back, &err), STORE_OK);
	ck_assert_int_eq(back.age_years, 42);
	ck_assert_int_eq(back.side[SIDE_LEFT].fpi_item[0], 2);
	ck_assert(back.side[SIDE_LEFT].navicular_relaxed_mm == 35);
	store_session_clear(&x);
	ck_assert_int_eq(store_session_results(s, sid, &m, &n, &err),
	    STORE_OK);
	ck_assert_str_eq(m[0].measure, "triage");
	ck_assert_str_eq(row(m, n, "pronation", "left")->text, "pronated");
	ck_assert(row(m, n, "heel_raise", "right")->value == 27);
	free(m);
	ck_assert_int_eq(store_session_recordings(s, sid, &b, &n, &err),
	    STORE_OK);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(b[0].len, 9);
	ck_assert(memcmp(b[0].data, "\0\1\2binary", 9) == 0);
	ck_assert_str_eq(b[0].test, "board_quiet_eyes_open");
	store_recordings_free(b, n);
	/* Bad requests save nothing. */
	in.taken = "2026-02-30";
	ck_assert_int_eq(store_session_save(s, &in, NULL, &err), STORE_ERR_ARG);
	in.taken = NULL;
	in.profile_id = 999;
	ck_assert_int_eq(store_session_save(s, &in, NULL, &err),
	    STORE_ERR_NOT_FOUND);
	ck_assert_int_eq(qlong(store_handle(s), "SELECT count(*) FROM "
	    "sessions"), 1);
	free(text);
	check_clean(s);
	store_close(s);
}
END_TEST

START_TEST(test_series_and_previous)
{
	char			 path[PATH_MAX];
	struct store		*s = open_ok(tmp(path, "fs.db"), STORE_CREATE);
	struct store_error	 err;
	struct store_point	*pt;
	struct store_session	*list;
	size_t			 n;
	int64_t			 pid = add_profile(s, "Ann", 1980), other, a,
				 b, prev;

	other = add_profile(s, "Bob", 1970);
	/* Saved out of order: the dates decide. */
	b = save(s, pid, "neutral", "2026-10-01T09:00:00Z");
	a = save(s, pid, "pronated-left", "2026-08-01T09:00:00Z");
	save(s, other, "neutral", "2026-09-01T09:00:00Z");
	ck_assert_int_eq(store_measure_series(s, pid, "fpi6_total", "left",
	    &pt, &n, &err), STORE_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(pt[0].session_id, a);
	ck_assert(pt[0].value == 8);
	ck_assert_int_eq(pt[1].session_id, b);
	ck_assert_str_eq(pt[1].taken, "2026-10-01T09:00:00Z");
	free(pt);
	ck_assert_int_eq(store_measure_series(s, pid, "pronation", "left",
	    &pt, &n, &err), STORE_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(pt[0].text, "pronated");
	ck_assert_str_eq(pt[1].text, "neutral");
	free(pt);
	ck_assert_int_eq(store_session_list(s, pid, &list, &n, &err),
	    STORE_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert_int_eq(list[0].id, a);
	ck_assert_int_eq(store_session_previous(s, &list[1], &prev, &err),
	    STORE_OK);
	ck_assert_int_eq(prev, a);
	ck_assert_int_eq(store_session_previous(s, &list[0], &prev, &err),
	    STORE_ERR_NOT_FOUND);
	store_sessions_free(list, n);
	store_close(s);
}
END_TEST

/* Whether the bytes of a file hold s. */
static int
file_has(const char *path, const char *s)
{
	size_t	 len, sl = strlen(s);
	char	*buf = slurp(path, &len);
	int	 found = 0;

	for (size_t i = 0; buf != NULL && i + sl <= len && !found; i++)
		found = memcmp(buf + i, s, sl) == 0;
	free(buf);
	return found;
}

START_TEST(test_delete_leaves_nothing)
{
	static const char	marker[] = "Quenby Marchetti-Oduya";
	char			 path[PATH_MAX], wal[PATH_MAX + 8];
	struct store		*s = open_ok(tmp(path, "fs.db"), STORE_CREATE);
	struct store_counts	 c;
	struct store_error	 err;
	struct store_profile	*p = calloc(1, sizeof *p);
	struct store_recording	 rec = { "board_single_leg", "fsrec",
				    "raw samples", 11 };
	struct store_new_session in;
	struct screening_answers a;
	char			*text = answers_file("neutral", &a);
	char			 sql[256];
	int64_t			 gone, kept, sids[3];

	ck_assert_ptr_nonnull(p);
	gone = add_profile(s, marker, 1980);
	kept = add_profile(s, "Keeper", 1975);
	sids[0] = save(s, gone, "pronated-left", "2026-01-01");
	sids[1] = save(s, gone, "neutral", "2026-02-01");
	memset(&in, 0, sizeof in);
	in.profile_id = gone;
	in.mode = STORE_MODE_HOME;
	in.answers = &a;
	in.answers_text = text;
	in.recordings = &rec;
	in.nrecordings = 1;
	ck_assert_int_eq(store_session_save(s, &in, &sids[2], &err), STORE_OK);
	save(s, kept, "neutral", "2026-03-01");
	ck_assert_int_eq(store_profile_counts(s, gone, &c, &err), STORE_OK);
	ck_assert_int_eq(c.sessions, 3);
	ck_assert_int_eq(c.recordings, 1);
	ck_assert_int_eq(c.results, qlong(store_handle(s), "SELECT count(*) "
	    "FROM results WHERE session_id IN (SELECT id FROM sessions "
	    "WHERE profile_id = 1)"));
	ck_assert_int_gt(c.results, 20);

	ck_assert_int_eq(store_profile_delete(s, gone, &err), STORE_OK);
	/* No row of it in any table. */
	snprintf(sql, sizeof sql, "SELECT count(*) FROM profiles WHERE id = "
	    "%lld", (long long)gone);
	ck_assert_int_eq(qlong(store_handle(s), sql), 0);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM sessions WHERE "
	    "profile_id = %lld", (long long)gone);
	ck_assert_int_eq(qlong(store_handle(s), sql), 0);
	for (int i = 0; i < 3; i++) {
		snprintf(sql, sizeof sql, "SELECT (SELECT count(*) FROM results "
		    "WHERE session_id = %lld) + (SELECT count(*) FROM "
		    "recordings WHERE session_id = %lld)", (long long)sids[i],
		    (long long)sids[i]);
		ck_assert_int_eq(qlong(store_handle(s), sql), 0);
	}
	/* The other profile is whole. */
	ck_assert_int_eq(store_profile_get(s, kept, p, &err), STORE_OK);
	ck_assert_int_eq(p->nsessions, 1);
	ck_assert_int_eq(store_profile_delete(s, gone, &err),
	    STORE_ERR_NOT_FOUND);
	check_clean(s);
	store_close(s);
	/* And no copy of the name is left in the file or its journal. */
	ck_assert(!file_has(path, marker));
	snprintf(wal, sizeof wal, "%s-wal", path);
	ck_assert(!file_has(wal, marker));
	ck_assert(file_has(path, "Keeper"));
	free(text);
	free(p);
}
END_TEST

START_TEST(test_export_roundtrip)
{
	char			 path[PATH_MAX];
	struct store		*s = open_ok(tmp(path, "fs.db"), STORE_CREATE);
	struct store_error	 err;
	struct store_session	*list;
	struct store_profile	 p;
	struct report_measure	*m;
	struct store_recording	 rec = { "board_quiet_eyes_closed", "fsrec",
				    "\xff\x00zq", 4 };
	struct store_new_session in;
	struct screening_answers a;
	char			*text = answers_file("older-adult", &a), *buf;
	size_t			 n, nm, len;
	int64_t			 pid = add_profile(s, "Ann \"Nan\" O'Neil", 1950);
	json_t			*doc, *jp, *js, *jr, *one;
	FILE			*f;

	save(s, pid, "older-adult", "2026-01-05");
	memset(&in, 0, sizeof in);
	in.profile_id = pid;
	in.taken = "2026-03-05T08:30:00Z";
	in.mode = STORE_MODE_HOME;
	in.answers = &a;
	in.answers_text = text;
	in.notes = "after 6 weeks of exercises";
	in.recordings = &rec;
	in.nrecordings = 1;
	ck_assert_int_eq(store_session_save(s, &in, NULL, &err), STORE_OK);
	f = open_memstream(&buf, &len);
	ck_assert_int_eq(store_export(s, pid, f, &err), STORE_OK);
	fclose(f);
	doc = json_loads(buf, 0, NULL);
	ck_assert_ptr_nonnull(doc);
	free(buf);
	ck_assert_int_eq(json_integer_value(json_object_get(doc,
	    "footscreen_export")), 1);
	ck_assert_int_eq(store_profile_get(s, pid, &p, &err), STORE_OK);
	jp = json_object_get(doc, "profile");
	ck_assert_str_eq(json_string_value(json_object_get(jp, "name")),
	    p.name);
	ck_assert_int_eq(json_integer_value(json_object_get(jp, "birth_year")),
	    1950);
	ck_assert_str_eq(json_string_value(json_object_get(jp, "sex")),
	    "female");
	ck_assert_str_eq(json_string_value(json_object_get(jp, "created")),
	    p.created);
	ck_assert_int_eq(store_session_list(s, pid, &list, &n, &err),
	    STORE_OK);
	js = json_object_get(doc, "sessions");
	ck_assert_uint_eq(json_array_size(js), n);
	for (size_t i = 0; i < n; i++) {
		json_t	*jx = json_array_get(js, i);

		ck_assert_int_eq(json_integer_value(json_object_get(jx, "id")),
		    list[i].id);
		ck_assert_str_eq(json_string_value(json_object_get(jx,
		    "taken")), list[i].taken);
		ck_assert_str_eq(json_string_value(json_object_get(jx,
		    "answers")), list[i].answers);
		ck_assert_str_eq(json_string_value(json_object_get(jx,
		    "notes")), list[i].notes);
		ck_assert(json_is_object(json_object_get(jx, "protocol")));
		ck_assert_int_eq(store_session_results(s, list[i].id, &m, &nm,
		    &err), STORE_OK);
		jr = json_object_get(jx, "results");
		ck_assert_uint_eq(json_array_size(jr), nm);
		for (size_t k = 0; k < nm; k++) {
			json_t	*v;

			one = json_array_get(jr, k);
			ck_assert_str_eq(json_string_value(json_object_get(one,
			    "measure")), m[k].measure);
			ck_assert_str_eq(json_string_value(json_object_get(one,
			    "side")), m[k].side);
			ck_assert_str_eq(json_string_value(json_object_get(one,
			    "unit")), m[k].unit);
			v = json_object_get(one, "value");
			if (isnan(m[k].value))
				ck_assert(json_is_null(v));
			else
				ck_assert(json_number_value(v) == m[k].value);
			v = json_object_get(one, "text");
			if (m[k].text[0] == '\0')
				ck_assert(json_is_null(v));
			else
				ck_assert_str_eq(json_string_value(v),
				    m[k].text);
		}
		free(m);
	}
	/* The recording as base64 of its bytes. */
	one = json_array_get(json_object_get(json_array_get(js, 1),
	    "recordings"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(one, "base64")),
	    "/wB6cQ==");
	ck_assert_int_eq(json_integer_value(json_object_get(one, "bytes")), 4);
	store_sessions_free(list, n);
	json_decref(doc);
	free(text);
	store_close(s);
}
END_TEST

START_TEST(test_disk_full)
{
	char			 path[PATH_MAX];
	struct store		*s = open_ok(tmp(path, "fs.db"), STORE_CREATE);
	struct store_error	 err;
	struct screening_answers a;
	struct store_new_session in;
	char			*text = answers_file("pronated-left", &a);
	long			 pages, saved = 0;
	int64_t			 pid = add_profile(s, "Ann", 1980);
	int			 rc = STORE_OK;

	/* SQLite's own limit gives the same SQLITE_FULL as a full disk. */
	pages = qlong(store_handle(s), "PRAGMA page_count");
	{
		char	sql[64];

		snprintf(sql, sizeof sql, "PRAGMA max_page_count = %ld",
		    pages + 4);
		ck_assert_int_eq(qlong(store_handle(s), sql), pages + 4);
	}
	memset(&in, 0, sizeof in);
	in.profile_id = pid;
	in.mode = STORE_MODE_SCRIPTED;
	in.answers = &a;
	in.answers_text = text;
	for (int i = 0; i < 1000 && rc == STORE_OK; i++)
		if ((rc = store_session_save(s, &in, NULL, &err)) == STORE_OK)
			saved++;
	ck_assert_int_eq(rc, STORE_ERR_FULL);
	ck_assert_ptr_nonnull(strstr(err.msg, "the disk is full"));
	ck_assert_ptr_nonnull(strstr(err.msg, path));
	ck_assert_int_gt(saved, 0);
	/* Every session reported saved is there, whole; nothing else. */
	ck_assert_int_eq(qlong(store_handle(s), "SELECT count(*) FROM "
	    "sessions"), saved);
	ck_assert_int_eq(qlong(store_handle(s), "SELECT count(DISTINCT "
	    "session_id) FROM results"), saved);
	check_clean(s);
	store_close(s);
	free(text);
}
END_TEST

START_TEST(test_readonly)
{
	char			 path[PATH_MAX];
	struct store		*s = open_ok(tmp(path, "fs.db"), STORE_CREATE);
	struct store_error	 err;
	struct store_profile	 p;
	struct store_profile	*list;
	size_t			 n;

	add_profile(s, "Ann", 1980);
	store_close(s);
	s = open_ok(path, STORE_READONLY);
	ck_assert_int_eq(store_profile_list(s, NULL, &list, &n, &err),
	    STORE_OK);
	ck_assert_uint_eq(n, 1);
	free(list);
	memset(&p, 0, sizeof p);
	snprintf(p.name, sizeof p.name, "Bob");
	ck_assert_int_eq(store_profile_add(s, &p, NULL, &err),
	    STORE_ERR_READONLY);
	ck_assert_ptr_nonnull(strstr(err.msg, "cannot write"));
	store_close(s);
	/* Permissions stop everyone but root (tests/store.sh runs as nobody). */
	if (geteuid() != 0) {
		ck_assert_int_eq(chmod(path, 0400), 0);
		ck_assert_int_eq(store_open(path, 0, &s, &err),
		    STORE_ERR_READONLY);
		ck_assert_ptr_nonnull(strstr(err.msg, "cannot write"));
	}
}
END_TEST

/*
 * In a child process: save the answers file `name` for profile 1 n times
 * (n < 0: until killed), writing a byte on fd (unless -1) after each
 * save; exits 0 when all were saved.
 */
static void __attribute__((noreturn))
child_saves(const char *path, const char *name, int n, int fd)
{
	struct store		*s;
	struct store_error	 err;
	struct screening_answers a;
	struct store_new_session in;
	char			*text = answers_file(name, &a);

	if (store_open(path, STORE_CREATE, &s, &err) != STORE_OK) {
		fprintf(stderr, "%s\n", err.msg);
		_exit(3);
	}
	memset(&in, 0, sizeof in);
	in.profile_id = 1;
	in.mode = STORE_MODE_SCRIPTED;
	in.answers = &a;
	in.answers_text = text;
	for (long i = 0; n < 0 || i < n; i++) {
		if (store_session_save(s, &in, NULL, &err) != STORE_OK) {
			fprintf(stderr, "%s\n", err.msg);
			_exit(4);
		}
		if (fd != -1 && write(fd, "s", 1) != 1)
			_exit(5);
	}
	store_close(s);
	free(text);
	_exit(0);
}

START_TEST(test_kill_during_save)
{
	char		 path[PATH_MAX];
	struct store	*s = open_ok(tmp(path, "fs.db"), STORE_CREATE);
	long		 known = 0, now, done;
	char		 buf[4096];
	ssize_t		 r;
	int		 fds[2], status;
	pid_t		 pid;

	add_profile(s, "Ann", 1980);
	store_close(s);
	srand((unsigned)time(NULL));
	for (int round = 0; round < 25; round++) {
		ck_assert_int_eq(pipe(fds), 0);
		if ((pid = fork()) == 0) {
			close(fds[0]);
			child_saves(path, "pronated-left", -1, fds[1]);
		}
		ck_assert_int_gt(pid, 0);
		close(fds[1]);
		/* Most of a saver's time is inside a save's transaction. */
		usleep((useconds_t)(20000 + rand() % 150000));
		ck_assert_int_eq(kill(pid, SIGKILL), 0);
		ck_assert_int_eq(waitpid(pid, &status, 0), pid);
		ck_assert(WIFSIGNALED(status));
		done = 0;
		while ((r = read(fds[0], buf, sizeof buf)) > 0)
			done += r;
		close(fds[0]);
		s = open_ok(path, 0);
		check_clean(s);
		now = qlong(store_handle(s), "SELECT count(*) FROM sessions");
		/* Committed but killed before telling: at most one more. */
		if (now - known != done && now - known != done + 1)
			ck_abort_msg("round %d: %ld saves reported, %ld in the "
			    "file", round, done, now - known);
		/* No session is half saved. */
		ck_assert_int_eq(qlong(store_handle(s), "SELECT count(*) FROM "
		    "sessions s WHERE (SELECT count(*) FROM results r WHERE "
		    "r.session_id = s.id) <> (SELECT count(*) FROM results "
		    "r WHERE r.session_id = (SELECT min(id) FROM sessions))"),
		    0);
		known = now;
		store_close(s);
	}
	ck_assert_int_gt(known, 0);
}
END_TEST

/* The neutral answers saved n times in a new process (child_saves). */
static pid_t
spawn_saves(const char *path, int n)
{
	pid_t	pid = fork();

	if (pid == 0)
		child_saves(path, "neutral", n, -1);
	return pid;
}

/* Wait for child pid, which must exit 0. */
static void
reaped_ok(pid_t pid)
{
	int	st;

	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

START_TEST(test_two_processes)
{
	char		 path[PATH_MAX];
	struct store	*s;
	pid_t		 a, b;

	s = open_ok(tmp(path, "fs.db"), STORE_CREATE);
	add_profile(s, "Ann", 1980);
	store_close(s);
	a = spawn_saves(path, 50);
	b = spawn_saves(path, 50);
	reaped_ok(a);
	reaped_ok(b);
	sound_with(path, "SELECT count(*) FROM sessions", 100);
}
END_TEST

/* Two processes making the same new file at the same moment. */
START_TEST(test_two_processes_create)
{
	char		 path[PATH_MAX];
	struct store	*s;
	pid_t		 pid[4];

	tmp(path, "new/fs.db");
	for (int i = 0; i < 4; i++)
		if ((pid[i] = fork()) == 0) {
			struct store_error	err;

			_exit(store_open(path, STORE_CREATE, &s, &err) ==
			    STORE_OK ? 0 : 3);
		}
	for (int i = 0; i < 4; i++)
		reaped_ok(pid[i]);
	sound_with(path, "SELECT count(*) FROM sqlite_master WHERE type = "
	    "'table'", 4);
}
END_TEST

START_TEST(test_time_parse)
{
	char	out[STORE_TIME_MAX];

	ck_assert_int_eq(store_time_parse("2026-11-21", out), 0);
	ck_assert_str_eq(out, "2026-11-21T00:00:00Z");
	ck_assert_int_eq(store_time_parse("2024-02-29T23:59:59Z", out), 0);
	ck_assert_str_eq(out, "2024-02-29T23:59:59Z");
	ck_assert_int_eq(store_time_parse("2026-02-29", out), -1);
	ck_assert_int_eq(store_time_parse("2026-13-01", out), -1);
	ck_assert_int_eq(store_time_parse("2026-11-21T24:00:00Z", out), -1);
	ck_assert_int_eq(store_time_parse("2026-11-21T10:00:00", out), -1);
	ck_assert_int_eq(store_time_parse("2026-1-021", out), -1);
	ck_assert_int_eq(store_time_parse(" 026-11-21", out), -1);
	ck_assert_int_eq(store_time_parse("21/11/2026", out), -1);
	ck_assert_int_eq(store_time_parse("", out), -1);
	store_now(out);
	ck_assert_int_eq(store_time_parse(out, out), 0);
}
END_TEST

START_TEST(test_paths)
{
	char			buf[PATH_MAX];
	struct store_error	err;

	ck_assert_int_eq(store_path("/x/opt.db", "/x/conf.db", buf,
	    sizeof buf, &err), STORE_OK);
	ck_assert_str_eq(buf, "/x/opt.db");
	ck_assert_int_eq(store_path(NULL, "/x/conf.db", buf, sizeof buf,
	    &err), STORE_OK);
	ck_assert_str_eq(buf, "/x/conf.db");
	setenv("XDG_DATA_HOME", "/data", 1);
	ck_assert_int_eq(store_path(NULL, "", buf, sizeof buf, &err),
	    STORE_OK);
	ck_assert_str_eq(buf, "/data/footscreen/footscreen.db");
	/* A relative XDG_DATA_HOME is ignored, as the specification says. */
	setenv("XDG_DATA_HOME", "data", 1);
	setenv("HOME", "/home/ann", 1);
	ck_assert_int_eq(store_path(NULL, NULL, buf, sizeof buf, &err),
	    STORE_OK);
	ck_assert_str_eq(buf, "/home/ann/.local/share/footscreen/footscreen.db");
}
END_TEST

/* What deleting a profile removes, in words (profile delete, the TUI). */
START_TEST(test_counts_words)
{
	struct store_counts	c = { 1, 2, 0 };
	char			buf[128];

	ck_assert_str_eq(store_counts_words(buf, sizeof buf, &c),
	    "1 session, 2 results, 0 recordings");
	c = (struct store_counts){ 3, 1, 1 };
	ck_assert_str_eq(store_counts_words(buf, sizeof buf, &c),
	    "3 sessions, 1 result, 1 recording");
}
END_TEST

START_TEST(test_csv_quoting)
{
	struct report_measure	m = { "finding.x", "left", 0.1, "mm",
				    "a, \"quoted\" word" };
	char			*buf;
	size_t			 len;
	FILE			*f = open_memstream(&buf, &len);

	ck_assert_int_eq(report_csv_header(f), 0);
	ck_assert_int_eq(report_csv_row(f, "2026-01-02T03:04:05Z", 7, &m), 0);
	m.value = NAN;
	m.text[0] = '\0';
	ck_assert_int_eq(report_csv_row(f, NULL, 0, &m), 0);
	fclose(f);
	/* RFC 4180 quoting; the shortest exact number; empty for none. */
	ck_assert_str_eq(buf, "date,session,measure,side,value,unit,text\n"
	    "2026-01-02T03:04:05Z,7,finding.x,left,0.1,mm,"
	    "\"a, \"\"quoted\"\" word\"\n"
	    ",,finding.x,left,,mm,\n");
	free(buf);
}
END_TEST

/* Run one writer of report.h into a string (caller frees). */
static char *
render(int (*fn)(FILE *, const struct screening_result *,
    const struct advice_plan *, const struct report_context *),
    const struct screening_result *r, const struct report_context *ctx)
{
	char	*buf;
	size_t	 len;
	FILE	*f = open_memstream(&buf, &len);

	ck_assert_int_eq(fn(f, r, NULL, ctx), 0);
	fclose(f);
	return buf;
}

/* The summary's formats escape what they must and keep the words. */
START_TEST(test_summary_formats)
{
	struct screening_answers	 a;
	struct screening_result		 r;
	struct report_context		 ctx;
	struct report_measure		 now[REPORT_MEASURES_MAX];
	struct report_measure		 before[REPORT_MEASURES_MAX];
	struct report_person		 p;
	char				*text = answers_file("pronated-left",
					    &a), *out;

	free(text);
	ck_assert_int_eq(screening_run(&a, NULL, &r), CORE_OK);
	memset(&ctx, 0, sizeof ctx);
	ctx.answers = &a;
	ctx.contact = strings_emergency("GB");
	memset(&p, 0, sizeof p);
	p.name = "<Ann> *B* | C";
	p.birth_year = 1984;
	p.session = 2;
	p.taken = "2026-10-01T09:30:00Z";
	p.mode = "home";
	p.app_version = PACKAGE_VERSION;
	p.previous_session = 1;
	p.previous_taken = "2026-08-01T00:00:00Z";
	p.nnow = report_measures(&r, &a, now, REPORT_MEASURES_MAX);
	p.now = now;
	memcpy(before, now, sizeof before);
	p.nbefore = p.nnow;
	p.before = before;
	/* The left FPI total was 10 before: one change, the rest the same. */
	for (size_t i = 0; i < p.nbefore; i++)
		if (strcmp(before[i].measure, "fpi6_total") == 0 &&
		    strcmp(before[i].side, "left") == 0)
			before[i].value = 10;
	ctx.person = &p;

	out = render(report_markdown, &r, &ctx);
	ck_assert_ptr_nonnull(strstr(out, "- **Name:** \\<Ann\\> \\*B\\* \\| C"));
	ck_assert_ptr_nonnull(strstr(out, "- **Screened:** 2026-10-01 09:30 "
	    "UTC (session 2, home)"));
	ck_assert_ptr_nonnull(strstr(out, "## Since the previous screening "
	    "(2026-08-01)"));
	ck_assert_ptr_nonnull(strstr(out, "| foot posture score, left | 10 "
	    "points | 8 points | -2 points |"));
	ck_assert_ptr_nonnull(strstr(out, "*No change: "));
	ck_assert_ptr_null(strstr(out, "| foot posture score, right |"));
	ck_assert_ptr_nonnull(strstr(out, strings_text(STR_DISCLAIMER)));
	free(out);

	out = render(report_html, &r, &ctx);
	ck_assert_ptr_nonnull(strstr(out, "<td>&lt;Ann&gt; *B* | C</td>"));
	ck_assert_ptr_nonnull(strstr(out, "<title>footscreen: your screening "
	    "result \xe2\x80\x94 &lt;Ann&gt; *B* | C</title>"));
	/* A short summary keeps the full size. */
	ck_assert_ptr_nonnull(strstr(out, "html { font-size: 8.0pt; }"));
	ck_assert_ptr_null(strstr(out, "<Ann>"));
	free(out);

	/* Text: who and when, then the text report as assess prints it. */
	out = render(report_text_person, &r, &ctx);
	ck_assert(strncmp(out, "Name: <Ann> *B* | C\n", 20) == 0);
	ck_assert_ptr_nonnull(strstr(out, "- foot posture score, left: before "
	    "10 points, now 8 points, change -2 points\n"));
	ck_assert_ptr_nonnull(strstr(out, "\nfootscreen: your screening "
	    "result\n=================================\n"));
	free(out);

	/* JSON: schema 1 with the history's blocks added. */
	out = render(report_json, &r, &ctx);
	{
		json_t	*doc = json_loads(out, 0, NULL);

		ck_assert_ptr_nonnull(doc);
		ck_assert_int_eq(json_integer_value(json_object_get(doc,
		    "schema_version")), 1);
		ck_assert_str_eq(json_string_value(json_object_get(
		    json_object_get(doc, "profile"), "name")), p.name);
		ck_assert_int_eq(json_integer_value(json_object_get(
		    json_object_get(doc, "previous_session"), "id")), 1);
		ck_assert_uint_eq(json_array_size(json_object_get(
		    json_object_get(doc, "session"), "measures")), p.nnow);
		json_decref(doc);
	}
	free(out);

	/* Without a person, text is exactly assess's report. */
	ctx.person = NULL;
	{
		char	*plain = render(report_text, &r, &ctx);

		out = render(report_text_person, &r, &ctx);
		ck_assert_str_eq(out, plain);
		free(plain);
	}
	free(out);
}
END_TEST

static Suite *
store_suite(void)
{
	Suite	*s = suite_create("store");
	TCase	*tc = tcase_create("store");

	tcase_add_checked_fixture(tc, setup, teardown);
	/* Hundreds of fsync'd saves: slow disks and valgrind need time. */
	tcase_set_timeout(tc, 300);
	tcase_add_test(tc, test_create_private);
	tcase_add_test(tc, test_journal_mode);
	tcase_add_test(tc, test_missing_file);
	tcase_add_test(tc, test_migrate_from_v1);
	tcase_add_test(tc, test_newer_refused);
	tcase_add_test(tc, test_foreign_files);
	tcase_add_test(tc, test_damaged_ours);
	tcase_add_test(tc, test_empty_file_adopted);
	tcase_add_test(tc, test_profiles);
	tcase_add_test(tc, test_measure_rows);
	tcase_add_test(tc, test_measure_rows_emergency);
	tcase_add_test(tc, test_answers_write_roundtrip);
	tcase_add_test(tc, test_session_roundtrip);
	tcase_add_test(tc, test_series_and_previous);
	tcase_add_test(tc, test_delete_leaves_nothing);
	tcase_add_test(tc, test_export_roundtrip);
	tcase_add_test(tc, test_disk_full);
	tcase_add_test(tc, test_readonly);
	tcase_add_test(tc, test_kill_during_save);
	tcase_add_test(tc, test_two_processes);
	tcase_add_test(tc, test_two_processes_create);
	tcase_add_test(tc, test_time_parse);
	tcase_add_test(tc, test_paths);
	tcase_add_test(tc, test_csv_quoting);
	tcase_add_test(tc, test_counts_words);
	tcase_add_test(tc, test_summary_formats);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run(store_suite());
}
