/*
 * store.c: the history database's file: where it is, opening it (with
 * care for files that are not ours) and checking it; see store.h for
 * what it keeps and promises, migrate.h for its layout.  Profiles are in
 * profiles.c, sessions in sessions.c and session_save.c.
 *
 * Opening is careful about files that are not ours: the first bytes are
 * read before SQLite sees the file, and an SQLite file is identified
 * through a read-only connection (which never rolls back a journal nor
 * checkpoints a WAL into the file), so a foreign or damaged file is never
 * written.  Only then is it opened for writing, switched to WAL with
 * synchronous=FULL and brought up to the current layout.
 *
 * Why synchronous=FULL: in WAL mode NORMAL keeps the file consistent but
 * a commit can be rolled back by a power cut, because the WAL is only
 * synced at checkpoints; FULL syncs the WAL at every commit, so a session
 * reported saved stays saved (SQLite's documentation of PRAGMA
 * synchronous; issue 6: "nothing may be lost when the power goes").  A
 * save is one small transaction, so the extra sync costs little.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store/migrate.h"
#include "store/sql.h"

/* The first 16 bytes of every SQLite 3 file (its file format page). */
static const char sqlite_magic[16] = "SQLite format 3";

static const char *const mode_keys[STORE_MODE_COUNT] = {
	[STORE_MODE_HOME] = "home",
	[STORE_MODE_TRAINER] = "trainer",
	[STORE_MODE_KIOSK] = "kiosk",
	[STORE_MODE_SCRIPTED] = "scripted",
};

const char *
store_mode_key(enum store_mode m)
{
	return (unsigned)m < STORE_MODE_COUNT ? mode_keys[m] : "";
}

int
store_mode_lookup(const char *s)
{
	for (int i = 0; i < STORE_MODE_COUNT; i++)
		if (strcmp(s, mode_keys[i]) == 0)
			return i;
	return -1;
}

/* ------------------------------------------------------------------ */
/* Dates                                                               */

void
store_now(char buf[STORE_TIME_MAX])
{
	time_t		now = time(NULL);
	struct tm	tm;

	if (gmtime_r(&now, &tm) == NULL ||
	    strftime(buf, STORE_TIME_MAX, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		snprintf(buf, STORE_TIME_MAX, "1970-01-01T00:00:00Z");
}

int
store_time_parse(const char *s, char out[STORE_TIME_MAX])
{
	struct tm	tm, back;
	time_t		t;
	int		y, mo, d, h = 0, mi = 0, sec = 0, used = 0;
	size_t		len = strlen(s);

	if (len == 10) {
		if (sscanf(s, "%4d-%2d-%2d%n", &y, &mo, &d, &used) != 3)
			return -1;
	} else if (len == 20) {
		if (sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2dZ%n", &y, &mo, &d, &h,
		    &mi, &sec, &used) != 6)
			return -1;
	} else
		return -1;
	if ((size_t)used != len || s[4] != '-' || s[7] != '-')
		return -1;
	for (size_t i = 0; i < len; i++)
		if (s[i] == ' ' || s[i] == '+')
			return -1;
	/* A real date: timegm() normalises 02-30 to 03-02, so compare. */
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	if (y < 1900 || (t = timegm(&tm)) == (time_t)-1 ||
	    gmtime_r(&t, &back) == NULL || back.tm_year != y - 1900 ||
	    back.tm_mon != mo - 1 || back.tm_mday != d || back.tm_hour != h ||
	    back.tm_min != mi || back.tm_sec != sec)
		return -1;
	strftime(out, STORE_TIME_MAX, "%Y-%m-%dT%H:%M:%SZ", &back);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Where the file is, and making it                                    */

int
store_path(const char *option, const char *configured, char *buf,
    size_t len, struct store_error *err)
{
	const char	*data = getenv("XDG_DATA_HOME");
	const char	*home = getenv("HOME");
	struct passwd	*pw;
	int		 w;

	if (option != NULL)
		w = snprintf(buf, len, "%s", option);
	else if (configured != NULL && configured[0] != '\0')
		w = snprintf(buf, len, "%s", configured);
	else if (data != NULL && data[0] == '/')
		w = snprintf(buf, len, "%s/footscreen/footscreen.db", data);
	else {
		if ((home == NULL || home[0] == '\0') &&
		    (pw = getpwuid(getuid())) != NULL)
			home = pw->pw_dir;
		if (home == NULL || home[0] == '\0')
			return sq_fail(err, STORE_ERR_ARG, "no place for the "
			    "history database: neither XDG_DATA_HOME nor HOME "
			    "is set; give one with --db");
		w = snprintf(buf, len, "%s/.local/share/footscreen/"
		    "footscreen.db", home);
	}
	if (w < 0 || (size_t)w >= len)
		return sq_fail(err, STORE_ERR_ARG, "the database's path is too "
		    "long");
	if (buf[0] == '\0')
		return sq_fail(err, STORE_ERR_ARG, "the database's path is "
		    "empty");
	return STORE_OK;
}

/* A failed system call on path as a status and message. */
static int
sys_fail(struct store_error *err, int e, const char *verb, const char *path)
{
	if (e == ENOSPC || e == EDQUOT)
		return sq_fail(err, STORE_ERR_FULL, "cannot %s %s: the disk is "
		    "full", verb, path);
	if (e == EACCES || e == EPERM || e == EROFS)
		return sq_fail(err, STORE_ERR_READONLY, "cannot %s %s: %s",
		    verb, path, strerror(e));
	return sq_fail(err, STORE_ERR_IO, "cannot %s %s: %s", verb, path,
	    strerror(e));
}

/* mkdir -p of path's directory; what it makes is 0700 (private data). */
static int
make_dirs(const char *path, struct store_error *err)
{
	char		 dir[PATH_MAX], *p;
	struct stat	 sb;

	snprintf(dir, sizeof dir, "%s", path);
	if ((p = strrchr(dir, '/')) == NULL || p == dir)
		return STORE_OK;
	*p = '\0';
	if (stat(dir, &sb) == 0)
		return S_ISDIR(sb.st_mode) ? STORE_OK : sq_fail(err,
		    STORE_ERR_IO, "cannot create %s: %s is not a directory",
		    path, dir);
	for (p = dir + 1; ; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char	c = *p;

		*p = '\0';
		if (mkdir(dir, 0700) == -1 && errno != EEXIST)
			return sys_fail(err, errno, "create the directory",
			    dir);
		*p = c;
		if (c == '\0')
			break;
	}
	return STORE_OK;
}

/*
 * Make the file when it is missing: O_EXCL so that an existing file is
 * never truncated, fchmod so that the umask cannot widen or narrow it.
 */
static int
create_file(const char *path, struct store_error *err)
{
	int	fd;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC |
	    O_NOFOLLOW, 0600)) == -1) {
		if (errno == EEXIST)
			return STORE_OK;
		return sys_fail(err, errno, "create", path);
	}
	if (fchmod(fd, 0600) == -1) {
		int	e = errno;

		close(fd);
		return sys_fail(err, e, "set the mode of", path);
	}
	if (close(fd) == -1)
		return sys_fail(err, errno, "create", path);
	return STORE_OK;
}

/*
 * Look at the file before SQLite does.  *empty: it has no bytes yet.
 * A non-SQLite file is STORE_ERR_NOT_OURS.
 */
static int
sniff(const char *path, int *empty, struct store_error *err)
{
	char		head[sizeof sqlite_magic];
	struct stat	sb;
	ssize_t		n;
	int		fd;

	*empty = 0;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		if (errno == ENOENT)
			return sq_fail(err, STORE_ERR_NOT_FOUND, "%s: no "
			    "history database there yet (it is made when the "
			    "first profile or screening is saved)", path);
		return sys_fail(err, errno, "read", path);
	}
	if (fstat(fd, &sb) == -1) {
		int	e = errno;

		close(fd);
		return sys_fail(err, e, "read", path);
	}
	if (!S_ISREG(sb.st_mode)) {
		close(fd);
		return sq_fail(err, STORE_ERR_NOT_OURS, "%s is not a regular "
		    "file, so it cannot be footscreen's database", path);
	}
	if (sb.st_size == 0) {
		close(fd);
		*empty = 1;
		return STORE_OK;
	}
	n = read(fd, head, sizeof head);
	close(fd);
	if (n != (ssize_t)sizeof head || memcmp(head, sqlite_magic,
	    sizeof head) != 0)
		return sq_fail(err, STORE_ERR_NOT_OURS, "%s is not a "
		    "footscreen database (it is not an SQLite file); "
		    "footscreen leaves it untouched: move it away or give "
		    "another file with --db", path);
	return STORE_OK;
}

/* One integer from a one-row query; -1 on failure (rc in *rc). */
static long
query_long(sqlite3 *db, const char *sql, int *rc)
{
	sqlite3_stmt	*st;
	long		 v = -1;

	if ((*rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL)) != SQLITE_OK)
		return -1;
	if ((*rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = (long)sqlite3_column_int64(st, 0);
		*rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return v;
}

/*
 * Whether an SQLite file is ours, read through a read-only connection.
 * *version gets its layout version; *fresh: it has no tables and no
 * application id yet (ours to set up).
 */
static int
identify(struct store *s, int *version, int *fresh, struct store_error *err)
{
	sqlite3	*db = NULL;
	long	 app, ver, objects;
	int	 rc;

	*fresh = 0;
	rc = sqlite3_open_v2(s->path, &db, SQLITE_OPEN_READONLY, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(db, STORE_BUSY_MS);
		app = query_long(db, "PRAGMA application_id", &rc);
	}
	if (rc == SQLITE_OK)
		ver = query_long(db, "PRAGMA user_version", &rc);
	if (rc == SQLITE_OK)
		objects = query_long(db, "SELECT count(*) FROM sqlite_master",
		    &rc);
	if (rc != SQLITE_OK) {
		struct store	tmp = *s;

		tmp.db = db;
		sq_error(&tmp, rc, err, "reading the database");
		sqlite3_close(db);
		if (err->status == STORE_ERR_IO || err->status ==
		    STORE_ERR_CORRUPT)
			return sq_fail(err, STORE_ERR_CORRUPT, "%s is a "
			    "damaged SQLite file (%s); footscreen leaves it "
			    "untouched", s->path, sqlite3_errstr(rc));
		return err->status;
	}
	sqlite3_close(db);
	if (app == 0 && ver == 0 && objects == 0) {
		*fresh = 1;
		*version = 0;
		return STORE_OK;
	}
	if (app != STORE_APPLICATION_ID)
		return sq_fail(err, STORE_ERR_NOT_OURS, "%s is another "
		    "program's SQLite database (application id %ld, %ld tables "
		    "and indexes), not footscreen's; footscreen leaves it "
		    "untouched: give another file with --db", s->path, app,
		    objects);
	if (ver > STORE_SCHEMA_VERSION)
		return sq_fail(err, STORE_ERR_NEWER, "%s was written by a "
		    "newer footscreen (layout version %ld; this one knows up "
		    "to %d): update footscreen to use it", s->path, ver,
		    STORE_SCHEMA_VERSION);
	*version = (int)ver;
	return STORE_OK;
}

/* How long to sleep between tries of the switch to WAL (design rule). */
#define WAL_RETRY_MS	10

/* The connection's settings, then the layout brought up to date. */
static int
configure(struct store *s, int version, struct store_error *err)
{
	sqlite3_stmt	*st;
	char		 mode[16] = "", msg[512];
	int		 rc;

	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
	if (s->flags & STORE_READONLY) {
		if (version < STORE_SCHEMA_VERSION)
			return sq_fail(err, STORE_ERR_READONLY, "%s has an "
			    "older layout (version %d) and was opened "
			    "read-only; open it once with write access to "
			    "update it", s->path, version);
		return sq_exec(s, "PRAGMA query_only = ON", err,
		    "opening the database");
	}
	if (sqlite3_db_readonly(s->db, "main") == 1)
		return sq_fail(err, STORE_ERR_READONLY, "cannot write %s: the "
		    "file is read-only; check its permissions", s->path);
	if (sq_exec(s, "PRAGMA foreign_keys = ON", err, "opening the database")
	    != STORE_OK)
		return err->status;
	/*
	 * Switching a new file to WAL needs the exclusive lock.  When two
	 * processes make the same file at once, SQLite may answer SQLITE_BUSY
	 * at once instead of calling the busy handler (it will not wait on a
	 * lock upgrade that could deadlock), so wait here, within the same
	 * STORE_BUSY_MS: seen in 3 of 40 runs of test_two_processes_create.
	 */
	for (int waited = 0;; waited += WAL_RETRY_MS) {
		if ((rc = sq_prep(s, &st, "PRAGMA journal_mode = WAL", err,
		    "switching the database to WAL")) != STORE_OK)
			return rc;
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			sq_text(st, 0, mode, sizeof mode);
			rc = SQLITE_OK;
		}
		sqlite3_finalize(st);
		if ((rc & 0xff) != SQLITE_BUSY || waited >= STORE_BUSY_MS)
			break;
		sqlite3_sleep(WAL_RETRY_MS);
	}
	if (rc != SQLITE_OK)
		return sq_error(s, rc, err, "switching the database to WAL");
	if (strcmp(mode, "wal") != 0)
		return sq_fail(err, STORE_ERR_IO, "%s: SQLite could not use "
		    "its WAL journal there (journal mode '%s'); put the "
		    "database on a local file system", s->path, mode);
	/* Set after WAL: the level stays with the connection (see top). */
	if (sq_exec(s, "PRAGMA synchronous = FULL", err, "opening the database")
	    != STORE_OK)
		return err->status;
	if (version < STORE_SCHEMA_VERSION && (rc = migrate_to(s->db,
	    STORE_SCHEMA_VERSION, NULL, msg, sizeof msg)) != SQLITE_OK) {
		sq_error(s, rc, err, "updating the layout");
		snprintf(err->msg + strlen(err->msg), sizeof err->msg -
		    strlen(err->msg), " (%s)", msg);
		return err->status;
	}
	return STORE_OK;
}

int
store_open(const char *path, unsigned flags, struct store **out,
    struct store_error *err)
{
	struct store	*s;
	int		 empty, version = 0, fresh, rc;

	*out = NULL;
	err->status = STORE_OK;
	err->msg[0] = '\0';
	if (path == NULL || path[0] == '\0' || strlen(path) >= PATH_MAX)
		return sq_fail(err, STORE_ERR_ARG, "no usable database path");
	if ((flags & STORE_READONLY) != 0)
		flags &= ~STORE_CREATE;
	if ((flags & STORE_CREATE) && ((rc = make_dirs(path, err)) !=
	    STORE_OK || (rc = create_file(path, err)) != STORE_OK))
		return rc;
	if ((rc = sniff(path, &empty, err)) != STORE_OK)
		return rc;
	if ((s = calloc(1, sizeof *s)) == NULL)
		return sq_fail(err, STORE_ERR_NOMEM, "out of memory");
	snprintf(s->path, sizeof s->path, "%s", path);
	s->flags = flags;
	if (!empty && (rc = identify(s, &version, &fresh, err)) != STORE_OK) {
		free(s);
		return rc;
	}
	if (empty && (flags & STORE_READONLY)) {
		free(s);
		return sq_fail(err, STORE_ERR_NOT_FOUND, "%s is empty: no "
		    "history there yet", path);
	}
	rc = sqlite3_open_v2(path, &s->db, (flags & STORE_READONLY) ?
	    SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, NULL);
	if (rc != SQLITE_OK)
		sq_error(s, rc, err, "opening the database");
	else
		rc = configure(s, version, err);
	if (rc != STORE_OK) {
		rc = err->status;
		store_close(s);
		return rc;
	}
	*out = s;
	return STORE_OK;
}

void
store_close(struct store *s)
{
	if (s == NULL)
		return;
	/* A statement left open would make close fail: close_v2 waits. */
	sqlite3_close_v2(s->db);
	free(s);
}

const char *
store_file(const struct store *s)
{
	return s->path;
}

struct sqlite3 *
store_handle(struct store *s)
{
	return s->db;
}

int
store_check(struct store *s, char *problems, size_t len,
    struct store_error *err)
{
	static const char *const checks[] = {
		"PRAGMA integrity_check", "PRAGMA foreign_key_check"
	};
	sqlite3_stmt	*st;
	size_t		 used = 0;
	int		 rc, bad = 0;

	if (len > 0)
		problems[0] = '\0';
	for (size_t c = 0; c < 2; c++) {
		if ((rc = sq_prep(s, &st, checks[c], err, "checking the "
		    "database")) != STORE_OK)
			return rc;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			const unsigned char *t = sqlite3_column_text(st, 0);
			int	w;

			if (c == 0 && t != NULL &&
			    strcmp((const char *)t, "ok") == 0)
				continue;
			bad = 1;
			/* foreign_key_check: table, rowid, parent table. */
			const unsigned char *parent = c == 1 ?
			    sqlite3_column_text(st, 2) : NULL;

			w = snprintf(problems + used, len - used, "%s%s%s%s",
			    used > 0 ? "\n" : "", t != NULL ? (const char *)t :
			    "", c == 1 ? ": a row refers to a missing row of " :
			    "", parent != NULL ? (const char *)parent : "");
			if (w > 0 && (size_t)w < len - used)
				used += (size_t)w;
		}
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return sq_error(s, rc, err, "checking the database");
	}
	if (bad)
		return sq_fail(err, STORE_ERR_CORRUPT, "%s is damaged: "
		    "SQLite's check found problems", s->path);
	return STORE_OK;
}

