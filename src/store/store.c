/*
 * store.c: the history database; see store.h for what it keeps and
 * promises, migrate.h for its layout.
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
#include <math.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <sqlite3.h>

#include "screening/answers.h"
#include "store/migrate.h"
#include "store/store.h"

struct store {
	sqlite3		*db;
	unsigned	 flags;
	char		 path[PATH_MAX];
};

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
/* Errors                                                              */

static int	fail(struct store_error *, enum store_status, const char *, ...)
		    __attribute__((format(printf, 3, 4)));

/* Fill err and return its status. */
static int
fail(struct store_error *err, enum store_status st, const char *fmt, ...)
{
	va_list	ap;

	err->status = st;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return st;
}

/* What an SQLite failure means for the person. */
static enum store_status
status_of(sqlite3 *db, int rc)
{
	int	sys = db != NULL ? sqlite3_system_errno(db) : 0;

	switch (rc & 0xff) {
	case SQLITE_FULL:
		return STORE_ERR_FULL;
	case SQLITE_READONLY:
	case SQLITE_PERM:
		return STORE_ERR_READONLY;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return STORE_ERR_BUSY;
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return STORE_ERR_CORRUPT;
	case SQLITE_NOMEM:
		return STORE_ERR_NOMEM;
	case SQLITE_CANTOPEN:
	case SQLITE_IOERR:
		if (sys == ENOSPC || sys == EDQUOT)
			return STORE_ERR_FULL;
		if (sys == EACCES || sys == EPERM || sys == EROFS)
			return STORE_ERR_READONLY;
		break;
	default:
		break;
	}
	return STORE_ERR_IO;
}

/*
 * An SQLite failure of rc while doing `what` ("saving the session"), as
 * a sentence naming the file.
 */
static int
sql_fail(struct store *s, int rc, struct store_error *err, const char *what)
{
	enum store_status	st = status_of(s->db, rc);
	const char		*why = s->db != NULL ? sqlite3_errmsg(s->db) :
				    sqlite3_errstr(rc);

	switch (st) {
	case STORE_ERR_FULL:
		return fail(err, st, "%s: the disk is full, so %s failed and "
		    "nothing of it was kept; free some space and try again",
		    s->path, what);
	case STORE_ERR_READONLY:
		return fail(err, st, "cannot write %s (%s): %s failed; check "
		    "the permissions of the file and its directory", s->path,
		    why, what);
	case STORE_ERR_BUSY:
		return fail(err, st, "%s is in use by another program: %s "
		    "waited %d s and gave up", s->path, what,
		    STORE_BUSY_MS / 1000);
	case STORE_ERR_CORRUPT:
		return fail(err, st, "%s is damaged (%s); footscreen leaves it "
		    "as it is: keep a copy and see 'footscreen db check'",
		    s->path, why);
	case STORE_ERR_NOMEM:
		return fail(err, st, "%s: out of memory", what);
	default:
		return fail(err, st, "%s: %s failed: %s", s->path, what, why);
	}
}

/* ------------------------------------------------------------------ */
/* Small SQL helpers                                                   */

static int
prep(struct store *s, sqlite3_stmt **st, const char *sql,
    struct store_error *err, const char *what)
{
	int	rc;

	if ((rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL)) != SQLITE_OK) {
		*st = NULL;
		return sql_fail(s, rc, err, what);
	}
	return STORE_OK;
}

/* Bind a string, or NULL for NULL. */
static int
bind_text(sqlite3_stmt *st, int i, const char *v)
{
	return v != NULL ? sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT) :
	    sqlite3_bind_null(st, i);
}

/* Bind a number, or NULL for NAN. */
static int
bind_real(sqlite3_stmt *st, int i, double v)
{
	return isfinite(v) ? sqlite3_bind_double(st, i, v) :
	    sqlite3_bind_null(st, i);
}

/* Copy column i into buf; "" for NULL. */
static void
col_text(sqlite3_stmt *st, int i, char *buf, size_t len)
{
	const unsigned char	*t = sqlite3_column_text(st, i);

	snprintf(buf, len, "%s", t != NULL ? (const char *)t : "");
}

/* A new copy of column i; "" for NULL; NULL when out of memory. */
static char *
col_dup(sqlite3_stmt *st, int i)
{
	const unsigned char	*t = sqlite3_column_text(st, i);

	return strdup(t != NULL ? (const char *)t : "");
}

static double
col_real(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL ? NAN :
	    sqlite3_column_double(st, i);
}

/* Make room for one more element of size in *arr (n used, *cap held). */
static int
grow(void *arr, size_t *cap, size_t n, size_t size)
{
	void	**p = arr, *bigger;
	size_t	  want;

	if (n < *cap)
		return 0;
	want = *cap == 0 ? 8 : *cap * 2;
	if ((bigger = realloc(*p, want * size)) == NULL)
		return -1;
	memset((char *)bigger + *cap * size, 0, (want - *cap) * size);
	*p = bigger;
	*cap = want;
	return 0;
}

/* Run SQL with no result rows. */
static int
exec(struct store *s, const char *sql, struct store_error *err,
    const char *what)
{
	int	rc;

	if ((rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL)) != SQLITE_OK)
		return sql_fail(s, rc, err, what);
	return STORE_OK;
}

/*
 * Start a writing transaction: IMMEDIATE takes the write lock at once,
 * so that waiting for another process happens here (with the busy
 * timeout) rather than failing half way.
 */
static int
begin(struct store *s, struct store_error *err, const char *what)
{
	if (s->flags & STORE_READONLY)
		return fail(err, STORE_ERR_READONLY, "cannot write %s: it was "
		    "opened read-only, so %s is not possible", s->path, what);
	return exec(s, "BEGIN IMMEDIATE", err, what);
}

static void
rollback(struct store *s)
{
	if (!sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Commit, or roll back and report. */
static int
commit(struct store *s, struct store_error *err, const char *what)
{
	int	rc;

	if ((rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL)) !=
	    SQLITE_OK) {
		sql_fail(s, rc, err, what);
		rollback(s);
		return err->status;
	}
	return STORE_OK;
}

/* ------------------------------------------------------------------ */
/* Text checks                                                         */

/*
 * Whether s is valid UTF-8 without control characters (tab and newline
 * allowed when multiline).
 */
static int
text_ok(const char *s, int multiline)
{
	const unsigned char	*p = (const unsigned char *)s;

	while (*p != '\0') {
		unsigned	c = *p;
		int		n;

		if (c < 0x80) {
			if ((c < 0x20 && !(multiline && (c == '\n' ||
			    c == '\t'))) || c == 0x7f)
				return 0;
			p++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			n = 1;
		else if (c >= 0xe0 && c <= 0xef)
			n = 2;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 3;
		else
			return 0;
		/* Overlong and surrogate forms are refused. */
		if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f) ||
		    (c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] > 0x8f))
			return 0;
		for (int i = 1; i <= n; i++)
			if ((p[i] & 0xc0) != 0x80)
				return 0;
		p += n + 1;
	}
	return 1;
}

/* The current UTC year. */
static int
this_year(void)
{
	time_t		now = time(NULL);
	struct tm	tm;

	if (gmtime_r(&now, &tm) == NULL)
		return 2100;
	return tm.tm_year + 1900;
}

/* Check a profile's fields before writing them. */
static int
profile_ok(const struct store_profile *p, struct store_error *err)
{
	size_t	n = strlen(p->name);

	if (n == 0 || n > STORE_NAME_MAX)
		return fail(err, STORE_ERR_ARG, "a name needs 1 to %d bytes, "
		    "got %zu", STORE_NAME_MAX, n);
	if (!text_ok(p->name, 0) || p->name[0] == ' ' || p->name[n - 1] == ' ')
		return fail(err, STORE_ERR_ARG, "name '%s': no control "
		    "characters, invalid UTF-8 or blanks at either end, "
		    "please", p->name);
	if (p->birth_year != 0 && (p->birth_year < 1900 ||
	    p->birth_year > this_year()))
		return fail(err, STORE_ERR_ARG, "year of birth %d: allowed "
		    "1900 to %d", p->birth_year, this_year());
	if (p->sex != SEX_UNKNOWN && p->sex != SEX_FEMALE &&
	    p->sex != SEX_MALE)
		return fail(err, STORE_ERR_ARG, "sex: allowed female, male or "
		    "not given");
	if (strlen(p->notes) > STORE_NOTES_MAX || !text_ok(p->notes, 1))
		return fail(err, STORE_ERR_ARG, "notes: at most %d bytes of "
		    "UTF-8 text", STORE_NOTES_MAX);
	return STORE_OK;
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
			return fail(err, STORE_ERR_ARG, "no place for the "
			    "history database: neither XDG_DATA_HOME nor HOME "
			    "is set; give one with --db");
		w = snprintf(buf, len, "%s/.local/share/footscreen/"
		    "footscreen.db", home);
	}
	if (w < 0 || (size_t)w >= len)
		return fail(err, STORE_ERR_ARG, "the database's path is too "
		    "long");
	if (buf[0] == '\0')
		return fail(err, STORE_ERR_ARG, "the database's path is empty");
	return STORE_OK;
}

/* A failed system call on path as a status and message. */
static int
sys_fail(struct store_error *err, int e, const char *verb, const char *path)
{
	if (e == ENOSPC || e == EDQUOT)
		return fail(err, STORE_ERR_FULL, "cannot %s %s: the disk is "
		    "full", verb, path);
	if (e == EACCES || e == EPERM || e == EROFS)
		return fail(err, STORE_ERR_READONLY, "cannot %s %s: %s", verb,
		    path, strerror(e));
	return fail(err, STORE_ERR_IO, "cannot %s %s: %s", verb, path,
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
		return S_ISDIR(sb.st_mode) ? STORE_OK : fail(err,
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
			return fail(err, STORE_ERR_NOT_FOUND, "%s: no history "
			    "database there yet (it is made when the first "
			    "profile or screening is saved)", path);
		return sys_fail(err, errno, "read", path);
	}
	if (fstat(fd, &sb) == -1) {
		int	e = errno;

		close(fd);
		return sys_fail(err, e, "read", path);
	}
	if (!S_ISREG(sb.st_mode)) {
		close(fd);
		return fail(err, STORE_ERR_NOT_OURS, "%s is not a regular "
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
		return fail(err, STORE_ERR_NOT_OURS, "%s is not a footscreen "
		    "database (it is not an SQLite file); footscreen leaves it "
		    "untouched: move it away or give another file with --db",
		    path);
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
		sql_fail(&tmp, rc, err, "reading the database");
		sqlite3_close(db);
		if (err->status == STORE_ERR_IO || err->status ==
		    STORE_ERR_CORRUPT)
			return fail(err, STORE_ERR_CORRUPT, "%s is a damaged "
			    "SQLite file (%s); footscreen leaves it untouched",
			    s->path, sqlite3_errstr(rc));
		return err->status;
	}
	sqlite3_close(db);
	if (app == 0 && ver == 0 && objects == 0) {
		*fresh = 1;
		*version = 0;
		return STORE_OK;
	}
	if (app != STORE_APPLICATION_ID)
		return fail(err, STORE_ERR_NOT_OURS, "%s is another program's "
		    "SQLite database (application id %ld, %ld tables and "
		    "indexes), not footscreen's; footscreen leaves it "
		    "untouched: give another file with --db", s->path, app,
		    objects);
	if (ver > STORE_SCHEMA_VERSION)
		return fail(err, STORE_ERR_NEWER, "%s was written by a newer "
		    "footscreen (layout version %ld; this one knows up to "
		    "%d): update footscreen to use it", s->path, ver,
		    STORE_SCHEMA_VERSION);
	*version = (int)ver;
	return STORE_OK;
}

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
			return fail(err, STORE_ERR_READONLY, "%s has an older "
			    "layout (version %d) and was opened read-only; "
			    "open it once with write access to update it",
			    s->path, version);
		return exec(s, "PRAGMA query_only = ON", err,
		    "opening the database");
	}
	if (sqlite3_db_readonly(s->db, "main") == 1)
		return fail(err, STORE_ERR_READONLY, "cannot write %s: the "
		    "file is read-only; check its permissions", s->path);
	if (exec(s, "PRAGMA foreign_keys = ON", err, "opening the database")
	    != STORE_OK)
		return err->status;
	if ((rc = prep(s, &st, "PRAGMA journal_mode = WAL", err,
	    "switching the database to WAL")) != STORE_OK)
		return rc;
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		col_text(st, 0, mode, sizeof mode);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_OK)
		return sql_fail(s, rc, err, "switching the database to WAL");
	if (strcmp(mode, "wal") != 0)
		return fail(err, STORE_ERR_IO, "%s: SQLite could not use its "
		    "WAL journal there (journal mode '%s'); put the database "
		    "on a local file system", s->path, mode);
	/* Set after WAL: the level stays with the connection (see top). */
	if (exec(s, "PRAGMA synchronous = FULL", err, "opening the database")
	    != STORE_OK)
		return err->status;
	if (version < STORE_SCHEMA_VERSION && (rc = migrate_to(s->db,
	    STORE_SCHEMA_VERSION, NULL, msg, sizeof msg)) != SQLITE_OK) {
		sql_fail(s, rc, err, "updating the layout");
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
		return fail(err, STORE_ERR_ARG, "no usable database path");
	if ((flags & STORE_READONLY) != 0)
		flags &= ~STORE_CREATE;
	if ((flags & STORE_CREATE) && ((rc = make_dirs(path, err)) !=
	    STORE_OK || (rc = create_file(path, err)) != STORE_OK))
		return rc;
	if ((rc = sniff(path, &empty, err)) != STORE_OK)
		return rc;
	if ((s = calloc(1, sizeof *s)) == NULL)
		return fail(err, STORE_ERR_NOMEM, "out of memory");
	snprintf(s->path, sizeof s->path, "%s", path);
	s->flags = flags;
	if (!empty && (rc = identify(s, &version, &fresh, err)) != STORE_OK) {
		free(s);
		return rc;
	}
	if (empty && (flags & STORE_READONLY)) {
		free(s);
		return fail(err, STORE_ERR_NOT_FOUND, "%s is empty: no "
		    "history there yet", path);
	}
	rc = sqlite3_open_v2(path, &s->db, (flags & STORE_READONLY) ?
	    SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, NULL);
	if (rc != SQLITE_OK)
		sql_fail(s, rc, err, "opening the database");
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
		if ((rc = prep(s, &st, checks[c], err, "checking the "
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
			return sql_fail(s, rc, err, "checking the database");
	}
	if (bad)
		return fail(err, STORE_ERR_CORRUPT, "%s is damaged: SQLite's "
		    "check found problems", s->path);
	return STORE_OK;
}

/* ------------------------------------------------------------------ */
/* Profiles                                                            */

/* The columns profile_row() reads, in order. */
#define PROFILE_SELECT \
	"SELECT p.id, p.name, p.birth_year, p.sex, p.notes, p.created, " \
	"(SELECT count(*) FROM sessions s WHERE s.profile_id = p.id), " \
	"(SELECT max(taken) FROM sessions s WHERE s.profile_id = p.id) " \
	"FROM profiles p "

static void
profile_row(sqlite3_stmt *st, struct store_profile *p)
{
	char	sex[16];

	memset(p, 0, sizeof *p);
	p->id = sqlite3_column_int64(st, 0);
	col_text(st, 1, p->name, sizeof p->name);
	p->birth_year = sqlite3_column_int(st, 2);
	col_text(st, 3, sex, sizeof sex);
	p->sex = strcmp(sex, "female") == 0 ? SEX_FEMALE :
	    strcmp(sex, "male") == 0 ? SEX_MALE : SEX_UNKNOWN;
	col_text(st, 4, p->notes, sizeof p->notes);
	col_text(st, 5, p->created, sizeof p->created);
	p->nsessions = (long)sqlite3_column_int64(st, 6);
	col_text(st, 7, p->last_taken, sizeof p->last_taken);
}

static const char *
sex_key(enum sex s)
{
	return s == SEX_FEMALE ? "female" : s == SEX_MALE ? "male" : NULL;
}

/* Bind a profile's name, year, sex and notes to ?1..?4. */
static void
bind_profile(sqlite3_stmt *st, const struct store_profile *p)
{
	bind_text(st, 1, p->name);
	if (p->birth_year != 0)
		sqlite3_bind_int(st, 2, p->birth_year);
	else
		sqlite3_bind_null(st, 2);
	bind_text(st, 3, sex_key(p->sex));
	bind_text(st, 4, p->notes);
}

int
store_profile_add(struct store *s, const struct store_profile *p,
    int64_t *id, struct store_error *err)
{
	sqlite3_stmt	*st;
	char		 now[STORE_TIME_MAX];
	int		 rc;

	if ((rc = profile_ok(p, err)) != STORE_OK)
		return rc;
	if ((rc = begin(s, err, "adding the profile")) != STORE_OK)
		return rc;
	if ((rc = prep(s, &st, "INSERT INTO profiles (name, birth_year, sex, "
	    "notes, created) VALUES (?1, ?2, ?3, ?4, ?5)", err,
	    "adding the profile")) != STORE_OK) {
		rollback(s);
		return rc;
	}
	store_now(now);
	bind_profile(st, p);
	bind_text(st, 5, now);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_CONSTRAINT_UNIQUE) {
		rollback(s);
		return fail(err, STORE_ERR_EXISTS, "a profile called '%s' "
		    "exists already (names are compared without regard to "
		    "case)", p->name);
	}
	if (rc != SQLITE_DONE) {
		sql_fail(s, rc, err, "adding the profile");
		rollback(s);
		return err->status;
	}
	if (id != NULL)
		*id = sqlite3_last_insert_rowid(s->db);
	return commit(s, err, "adding the profile");
}

int
store_profile_get(struct store *s, int64_t id, struct store_profile *p,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((rc = prep(s, &st, PROFILE_SELECT "WHERE p.id = ?1", err,
	    "reading the profile")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		profile_row(st, p);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	if (rc == SQLITE_DONE)
		return fail(err, STORE_ERR_NOT_FOUND, "no profile with id %lld "
		    "in %s", (long long)id, s->path);
	return sql_fail(s, rc, err, "reading the profile");
}

int
store_profile_find(struct store *s, const char *key, struct store_profile *p,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	char		*end;
	long long	 id;
	int		 rc;

	/* A name first: a person may well be called "2". */
	if ((rc = prep(s, &st, PROFILE_SELECT "WHERE p.name = ?1", err,
	    "finding the profile")) != STORE_OK)
		return rc;
	bind_text(st, 1, key);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		profile_row(st, p);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	if (rc != SQLITE_DONE)
		return sql_fail(s, rc, err, "finding the profile");
	errno = 0;
	id = strtoll(key, &end, 10);
	if (key[0] >= '0' && key[0] <= '9' && *end == '\0' && errno == 0 &&
	    id > 0) {
		rc = store_profile_get(s, id, p, err);
		if (rc != STORE_ERR_NOT_FOUND)
			return rc;
	}
	return fail(err, STORE_ERR_NOT_FOUND, "no profile called '%s' in %s; "
	    "'footscreen profile list' shows them", key, s->path);
}

int
store_profile_list(struct store *s, const char *search,
    struct store_profile **out, size_t *n, struct store_error *err)
{
	sqlite3_stmt	*st;
	char		*pattern = NULL, *q;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if (search != NULL && search[0] != '\0') {
		/* LIKE with % and _ escaped: the search is plain text. */
		if ((pattern = malloc(strlen(search) * 2 + 3)) == NULL)
			return fail(err, STORE_ERR_NOMEM, "out of memory");
		q = pattern;
		*q++ = '%';
		for (const char *c = search; *c != '\0'; c++) {
			if (*c == '%' || *c == '_' || *c == '\\')
				*q++ = '\\';
			*q++ = *c;
		}
		*q++ = '%';
		*q = '\0';
	}
	if ((rc = prep(s, &st, PROFILE_SELECT "WHERE ?1 IS NULL OR "
	    "p.name LIKE ?1 ESCAPE '\\' ORDER BY p.name, p.id", err,
	    "listing the profiles")) != STORE_OK) {
		free(pattern);
		return rc;
	}
	bind_text(st, 1, pattern);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (grow(out, &cap, *n, sizeof **out) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
		profile_row(st, &(*out)[(*n)++]);
	}
	sqlite3_finalize(st);
	free(pattern);
	if (rc == SQLITE_DONE)
		return STORE_OK;
	free(*out);
	*out = NULL;
	*n = 0;
	return sql_fail(s, rc, err, "listing the profiles");
}

int
store_profile_update(struct store *s, const struct store_profile *p,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((rc = profile_ok(p, err)) != STORE_OK)
		return rc;
	if ((rc = begin(s, err, "changing the profile")) != STORE_OK)
		return rc;
	if ((rc = prep(s, &st, "UPDATE profiles SET name = ?1, birth_year = "
	    "?2, sex = ?3, notes = ?4 WHERE id = ?5", err,
	    "changing the profile")) != STORE_OK) {
		rollback(s);
		return rc;
	}
	bind_profile(st, p);
	sqlite3_bind_int64(st, 5, p->id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_CONSTRAINT_UNIQUE) {
		rollback(s);
		return fail(err, STORE_ERR_EXISTS, "another profile is called "
		    "'%s' already", p->name);
	}
	if (rc != SQLITE_DONE) {
		sql_fail(s, rc, err, "changing the profile");
		rollback(s);
		return err->status;
	}
	if (sqlite3_changes(s->db) != 1) {
		rollback(s);
		return fail(err, STORE_ERR_NOT_FOUND, "no profile with id %lld",
		    (long long)p->id);
	}
	return commit(s, err, "changing the profile");
}

int
store_profile_counts(struct store *s, int64_t id, struct store_counts *c,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((rc = prep(s, &st, "SELECT "
	    "(SELECT count(*) FROM sessions WHERE profile_id = ?1), "
	    "(SELECT count(*) FROM results r JOIN sessions s "
	    " ON s.id = r.session_id WHERE s.profile_id = ?1), "
	    "(SELECT count(*) FROM recordings r JOIN sessions s "
	    " ON s.id = r.session_id WHERE s.profile_id = ?1)", err,
	    "counting the profile's data")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		c->sessions = (long)sqlite3_column_int64(st, 0);
		c->results = (long)sqlite3_column_int64(st, 1);
		c->recordings = (long)sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? STORE_OK : sql_fail(s, rc, err,
	    "counting the profile's data");
}

int
store_profile_delete(struct store *s, int64_t id, struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc, changed;

	/* Freed pages and cells are zeroed, not just marked free. */
	if ((rc = exec(s, "PRAGMA secure_delete = ON", err,
	    "deleting the profile")) != STORE_OK)
		return rc;
	if ((rc = begin(s, err, "deleting the profile")) != STORE_OK)
		return rc;
	if ((rc = prep(s, &st, "DELETE FROM profiles WHERE id = ?1", err,
	    "deleting the profile")) != STORE_OK) {
		rollback(s);
		return rc;
	}
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	changed = sqlite3_changes(s->db);
	if (rc != SQLITE_DONE) {
		sql_fail(s, rc, err, "deleting the profile");
		rollback(s);
		return err->status;
	}
	if (changed != 1) {
		rollback(s);
		return fail(err, STORE_ERR_NOT_FOUND, "no profile with id %lld",
		    (long long)id);
	}
	if ((rc = commit(s, err, "deleting the profile")) != STORE_OK)
		return rc;
	/*
	 * Copy the zeroed pages into the file and empty the WAL, which
	 * still holds older copies of the pages.  A reader in another
	 * process can keep this from finishing; the next checkpoint then
	 * completes it, so the result is not an error.
	 */
	sqlite3_wal_checkpoint_v2(s->db, NULL, SQLITE_CHECKPOINT_TRUNCATE,
	    NULL, NULL);
	return STORE_OK;
}

/* ------------------------------------------------------------------ */
/* Sessions                                                            */

int
store_protocol(char *buf, size_t len, const char *set,
    const struct screening_answers *a, const struct screening_norms *norms)
{
	json_t		*o = json_object();
	const char	*hrp;
	char		*text;
	int		 rc = -1;

	if (norms == NULL)
		norms = &screening_norms_builtin;
	hrp = a != NULL ? answers_word("tests", "heel_raise_protocol",
	    (int)a->heel_raise_protocol) : NULL;
	if (o == NULL)
		return -1;
	json_object_set_new(o, "set", json_string(set != NULL ? set :
	    "answers_file"));
	json_object_set_new(o, "footscreen", json_string(PACKAGE_VERSION));
	/* The single-leg norms and their trial cap (§4.1, §4.2). */
	json_object_set_new(o, "sls_norms", json_string(source_key(
	    norms->eo_cite.source)));
	json_object_set_new(o, "sls_cap_s", json_real(norms->cap_s));
	json_object_set_new(o, "heel_raise_protocol", hrp != NULL ?
	    json_string(hrp) : json_null());
	text = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(o);
	if (text != NULL && strlen(text) < len) {
		memcpy(buf, text, strlen(text) + 1);
		rc = 0;
	}
	free(text);
	return rc;
}

/* Everything a save prepares before its transaction; freed by one call. */
struct save_work {
	char			*answers;	/* owned when written here */
	size_t			 answers_len;
	struct screening_result	*result;	/* owned when computed here */
	struct report_measure	*rows;
	size_t			 nrows;
	char			 protocol[1024];
	char			 taken[STORE_TIME_MAX];
};

static void
save_work_free(struct save_work *w)
{
	free(w->answers);
	free(w->result);
	free(w->rows);
}

/* Check the request and prepare the answers text, result and rows. */
static int
save_prepare(const struct store_new_session *in, struct save_work *w,
    struct store_error *err)
{
	const struct screening_result	*res = in->result;
	FILE				*m;

	if (in->answers == NULL || (unsigned)in->mode >= STORE_MODE_COUNT)
		return fail(err, STORE_ERR_ARG, "a session needs answers and a "
		    "mode");
	if (in->taken == NULL)
		store_now(w->taken);
	else if (store_time_parse(in->taken, w->taken) != 0)
		return fail(err, STORE_ERR_ARG, "date '%s': expected "
		    "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)", in->taken);
	if (in->notes != NULL && (strlen(in->notes) > STORE_NOTES_MAX ||
	    !text_ok(in->notes, 1)))
		return fail(err, STORE_ERR_ARG, "notes: at most %d bytes of "
		    "UTF-8 text", STORE_NOTES_MAX);
	if (in->protocol != NULL)
		snprintf(w->protocol, sizeof w->protocol, "%s", in->protocol);
	else if (store_protocol(w->protocol, sizeof w->protocol, NULL,
	    in->answers, NULL) != 0)
		return fail(err, STORE_ERR_NOMEM, "out of memory");
	if (in->answers_text == NULL) {
		if ((m = open_memstream(&w->answers, &w->answers_len)) == NULL)
			return fail(err, STORE_ERR_NOMEM, "out of memory");
		if (answers_write(m, in->answers) != 0) {
			fclose(m);
			return fail(err, STORE_ERR_ARG, "the answers could "
			    "not be written out: a value is out of range");
		}
		if (fclose(m) != 0 || w->answers == NULL)
			return fail(err, STORE_ERR_NOMEM, "out of memory");
	}
	if (res == NULL) {
		if ((w->result = calloc(1, sizeof *w->result)) == NULL)
			return fail(err, STORE_ERR_NOMEM, "out of memory");
		if (screening_run(in->answers, NULL, w->result) != CORE_OK)
			return fail(err, STORE_ERR_ARG, "the answers could "
			    "not be screened: a value is out of range");
		res = w->result;
	}
	if ((w->rows = calloc(REPORT_MEASURES_MAX, sizeof *w->rows)) == NULL)
		return fail(err, STORE_ERR_NOMEM, "out of memory");
	w->nrows = report_measures(res, in->answers, w->rows,
	    REPORT_MEASURES_MAX);
	return STORE_OK;
}

/* The session's row; *id gets its id. */
static int
save_session_row(struct store *s, const struct store_new_session *in,
    const struct save_work *w, int64_t *id, struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((rc = prep(s, &st, "INSERT INTO sessions (profile_id, taken, "
	    "mode, app_version, protocol, answers, notes) VALUES "
	    "(?1, ?2, ?3, ?4, ?5, ?6, ?7)", err, "saving the session")) !=
	    STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, in->profile_id);
	bind_text(st, 2, w->taken);
	bind_text(st, 3, mode_keys[in->mode]);
	bind_text(st, 4, PACKAGE_VERSION);
	bind_text(st, 5, w->protocol);
	bind_text(st, 6, in->answers_text != NULL ? in->answers_text :
	    w->answers);
	bind_text(st, 7, in->notes != NULL ? in->notes : "");
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
		return fail(err, STORE_ERR_NOT_FOUND, "no profile with id %lld "
		    "in %s", (long long)in->profile_id, s->path);
	if (rc != SQLITE_DONE)
		return sql_fail(s, rc, err, "saving the session");
	*id = sqlite3_last_insert_rowid(s->db);
	return STORE_OK;
}

/* The session's measures. */
static int
save_results(struct store *s, int64_t id, const struct save_work *w,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc = SQLITE_DONE;

	if (prep(s, &st, "INSERT INTO results (session_id, measure, side, "
	    "value, unit, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", err,
	    "saving the results") != STORE_OK)
		return err->status;
	for (size_t i = 0; i < w->nrows && rc == SQLITE_DONE; i++) {
		const struct report_measure *m = &w->rows[i];

		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, id);
		bind_text(st, 2, m->measure);
		bind_text(st, 3, m->side);
		bind_real(st, 4, m->value);
		bind_text(st, 5, m->unit);
		bind_text(st, 6, m->text[0] != '\0' ? m->text : NULL);
		rc = sqlite3_step(st);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? STORE_OK : sql_fail(s, rc, err,
	    "saving the results");
}

/* The session's raw recordings. */
static int
save_recordings(struct store *s, int64_t id,
    const struct store_new_session *in, struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc = SQLITE_DONE;

	if (in->nrecordings == 0)
		return STORE_OK;
	if (prep(s, &st, "INSERT INTO recordings (session_id, test, format, "
	    "data) VALUES (?1, ?2, ?3, ?4)", err, "saving the recordings") !=
	    STORE_OK)
		return err->status;
	for (size_t i = 0; i < in->nrecordings && rc == SQLITE_DONE; i++) {
		const struct store_recording *r = &in->recordings[i];

		if (r->test == NULL || r->format == NULL || (r->data == NULL &&
		    r->len > 0) || r->len > (size_t)INT32_MAX) {
			sqlite3_finalize(st);
			return fail(err, STORE_ERR_ARG, "recording %zu: needs "
			    "a test, a format and at most 2 GiB of data", i);
		}
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, id);
		bind_text(st, 2, r->test);
		bind_text(st, 3, r->format);
		sqlite3_bind_blob(st, 4, r->len > 0 ? r->data : "",
		    (int)r->len, SQLITE_STATIC);
		rc = sqlite3_step(st);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? STORE_OK : sql_fail(s, rc, err,
	    "saving the recordings");
}

int
store_session_save(struct store *s, const struct store_new_session *in,
    int64_t *id, struct store_error *err)
{
	struct save_work	w;
	int64_t			sid = 0;
	int			rc;

	memset(&w, 0, sizeof w);
	if ((rc = save_prepare(in, &w, err)) != STORE_OK)
		goto out;
	/* One transaction: a kill or a full disk keeps all of it or none. */
	if ((rc = begin(s, err, "saving the session")) != STORE_OK)
		goto out;
	if ((rc = save_session_row(s, in, &w, &sid, err)) != STORE_OK ||
	    (rc = save_results(s, sid, &w, err)) != STORE_OK ||
	    (rc = save_recordings(s, sid, in, err)) != STORE_OK) {
		rollback(s);
		goto out;
	}
	if ((rc = commit(s, err, "saving the session")) == STORE_OK &&
	    id != NULL)
		*id = sid;
out:
	save_work_free(&w);
	return rc;
}

/* The columns session_row() reads, in order. */
#define SESSION_SELECT \
	"SELECT s.id, s.profile_id, s.taken, s.mode, s.app_version, " \
	"s.protocol, s.answers, s.notes, " \
	"(SELECT count(*) FROM recordings r WHERE r.session_id = s.id) " \
	"FROM sessions s "

/* Returns 0, or -1 when out of memory (x then cleared). */
static int
session_row(sqlite3_stmt *st, struct store_session *x)
{
	char	mode[16];
	int	m;

	memset(x, 0, sizeof *x);
	x->id = sqlite3_column_int64(st, 0);
	x->profile_id = sqlite3_column_int64(st, 1);
	col_text(st, 2, x->taken, sizeof x->taken);
	col_text(st, 3, mode, sizeof mode);
	x->mode = (m = store_mode_lookup(mode)) >= 0 ? (enum store_mode)m :
	    STORE_MODE_SCRIPTED;
	col_text(st, 4, x->app_version, sizeof x->app_version);
	x->protocol = col_dup(st, 5);
	x->answers = col_dup(st, 6);
	x->notes = col_dup(st, 7);
	x->nrecordings = (long)sqlite3_column_int64(st, 8);
	if (x->protocol == NULL || x->answers == NULL || x->notes == NULL) {
		store_session_clear(x);
		return -1;
	}
	return 0;
}

void
store_session_clear(struct store_session *x)
{
	if (x == NULL)
		return;
	free(x->protocol);
	free(x->answers);
	free(x->notes);
	memset(x, 0, sizeof *x);
}

void
store_sessions_free(struct store_session *x, size_t n)
{
	for (size_t i = 0; i < n; i++)
		store_session_clear(&x[i]);
	free(x);
}

int
store_session_get(struct store *s, int64_t id, struct store_session *x,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	memset(x, 0, sizeof *x);
	if ((rc = prep(s, &st, SESSION_SELECT "WHERE s.id = ?1", err,
	    "reading the session")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && session_row(st, x) != 0)
		rc = SQLITE_NOMEM;
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	if (rc == SQLITE_DONE)
		return fail(err, STORE_ERR_NOT_FOUND, "no session %lld in %s",
		    (long long)id, s->path);
	return sql_fail(s, rc, err, "reading the session");
}

int
store_session_list(struct store *s, int64_t profile_id,
    struct store_session **out, size_t *n, struct store_error *err)
{
	sqlite3_stmt	*st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((rc = prep(s, &st, SESSION_SELECT "WHERE s.profile_id = ?1 "
	    "ORDER BY s.taken, s.id", err, "listing the sessions")) !=
	    STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, profile_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (grow(out, &cap, *n, sizeof **out) != 0 ||
		    session_row(st, &(*out)[*n]) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return STORE_OK;
	store_sessions_free(*out, *n);
	*out = NULL;
	*n = 0;
	return sql_fail(s, rc, err, "listing the sessions");
}

int
store_session_previous(struct store *s, const struct store_session *x,
    int64_t *id, struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((rc = prep(s, &st, "SELECT id FROM sessions WHERE profile_id = ?1 "
	    "AND (taken < ?2 OR (taken = ?2 AND id < ?3)) "
	    "ORDER BY taken DESC, id DESC LIMIT 1", err,
	    "finding the previous session")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, x->profile_id);
	bind_text(st, 2, x->taken);
	sqlite3_bind_int64(st, 3, x->id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	if (rc == SQLITE_DONE)
		return fail(err, STORE_ERR_NOT_FOUND, "session %lld is the "
		    "first of its profile", (long long)x->id);
	return sql_fail(s, rc, err, "finding the previous session");
}

int
store_session_set_notes(struct store *s, int64_t id, const char *notes,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc, changed;

	if (notes == NULL)
		notes = "";
	if (strlen(notes) > STORE_NOTES_MAX || !text_ok(notes, 1))
		return fail(err, STORE_ERR_ARG, "notes: at most %d bytes of "
		    "UTF-8 text", STORE_NOTES_MAX);
	if ((rc = begin(s, err, "saving the notes")) != STORE_OK)
		return rc;
	if ((rc = prep(s, &st, "UPDATE sessions SET notes = ?1 WHERE id = ?2",
	    err, "saving the notes")) != STORE_OK) {
		rollback(s);
		return rc;
	}
	bind_text(st, 1, notes);
	sqlite3_bind_int64(st, 2, id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	changed = sqlite3_changes(s->db);
	if (rc != SQLITE_DONE) {
		sql_fail(s, rc, err, "saving the notes");
		rollback(s);
		return err->status;
	}
	if (changed != 1) {
		rollback(s);
		return fail(err, STORE_ERR_NOT_FOUND, "no session %lld in %s",
		    (long long)id, s->path);
	}
	return commit(s, err, "saving the notes");
}

int
store_session_answers(const struct store_session *x,
    struct screening_answers *a, struct store_error *err)
{
	struct answers_error	 ae;
	char			 name[64];

	snprintf(name, sizeof name, "session %lld", (long long)x->id);
	if (answers_load_text(name, x->answers, strlen(x->answers), a,
	    &ae) != 0)
		return fail(err, STORE_ERR_CORRUPT, "the answers saved with %s",
		    ae.msg);
	return STORE_OK;
}

int
store_session_results(struct store *s, int64_t id,
    struct report_measure **out, size_t *n, struct store_error *err)
{
	sqlite3_stmt	*st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((rc = prep(s, &st, "SELECT measure, side, value, unit, text "
	    "FROM results WHERE session_id = ?1 ORDER BY rowid", err,
	    "reading the results")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct report_measure	*m;

		if (grow(out, &cap, *n, sizeof **out) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
		m = &(*out)[(*n)++];
		col_text(st, 0, m->measure, sizeof m->measure);
		col_text(st, 1, m->side, sizeof m->side);
		m->value = col_real(st, 2);
		col_text(st, 3, m->unit, sizeof m->unit);
		col_text(st, 4, m->text, sizeof m->text);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return STORE_OK;
	free(*out);
	*out = NULL;
	*n = 0;
	return sql_fail(s, rc, err, "reading the results");
}

void
store_recordings_free(struct store_blob *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(b[i].data);
	free(b);
}

int
store_session_recordings(struct store *s, int64_t id, struct store_blob **out,
    size_t *n, struct store_error *err)
{
	sqlite3_stmt	*st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((rc = prep(s, &st, "SELECT id, test, format, data FROM recordings "
	    "WHERE session_id = ?1 ORDER BY id", err,
	    "reading the recordings")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_blob	*b;
		const void		*data = sqlite3_column_blob(st, 3);
		size_t			 len = (size_t)sqlite3_column_bytes(st, 3);

		if (grow(out, &cap, *n, sizeof **out) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
		b = &(*out)[*n];
		b->id = sqlite3_column_int64(st, 0);
		col_text(st, 1, b->test, sizeof b->test);
		col_text(st, 2, b->format, sizeof b->format);
		/* One byte more, so that an empty blob has a buffer too. */
		if ((b->data = malloc(len + 1)) == NULL) {
			rc = SQLITE_NOMEM;
			break;
		}
		if (len > 0)
			memcpy(b->data, data, len);
		b->len = len;
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return STORE_OK;
	store_recordings_free(*out, *n);
	*out = NULL;
	*n = 0;
	return sql_fail(s, rc, err, "reading the recordings");
}

int
store_measure_series(struct store *s, int64_t profile_id, const char *measure,
    const char *side, struct store_point **out, size_t *n,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	size_t		 cap = 0;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((rc = prep(s, &st, "SELECT s.id, s.taken, r.value, r.text "
	    "FROM results r JOIN sessions s ON s.id = r.session_id "
	    "WHERE s.profile_id = ?1 AND r.measure = ?2 AND r.side = ?3 "
	    "ORDER BY s.taken, s.id", err, "reading the measure")) !=
	    STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, profile_id);
	bind_text(st, 2, measure);
	bind_text(st, 3, side);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct store_point	*p;

		if (grow(out, &cap, *n, sizeof **out) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
		p = &(*out)[(*n)++];
		p->session_id = sqlite3_column_int64(st, 0);
		col_text(st, 1, p->taken, sizeof p->taken);
		p->value = col_real(st, 2);
		col_text(st, 3, p->text, sizeof p->text);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return STORE_OK;
	free(*out);
	*out = NULL;
	*n = 0;
	return sql_fail(s, rc, err, "reading the measure");
}

/* ------------------------------------------------------------------ */
/* A saved session, gathered for a report                              */

void
store_report_clear(struct store_report *r)
{
	store_session_clear(&r->now);
	store_session_clear(&r->before);
	free(r->mnow);
	free(r->mbefore);
	memset(r, 0, sizeof *r);
}

int
store_report_load(struct store *s, int64_t id, struct store_report *r,
    struct store_error *err)
{
	int64_t	prev;
	int	rc;

	memset(r, 0, sizeof *r);
	if ((rc = store_session_get(s, id, &r->now, err)) != STORE_OK ||
	    (rc = store_profile_get(s, r->now.profile_id, &r->profile, err)) !=
	    STORE_OK ||
	    (rc = store_session_answers(&r->now, &r->answers, err)) !=
	    STORE_OK ||
	    (rc = store_session_results(s, id, &r->mnow, &r->nnow, err)) !=
	    STORE_OK)
		return rc;
	rc = store_session_previous(s, &r->now, &prev, err);
	if (rc == STORE_OK && ((rc = store_session_get(s, prev, &r->before,
	    err)) != STORE_OK || (rc = store_session_results(s, prev,
	    &r->mbefore, &r->nbefore, err)) != STORE_OK))
		return rc;
	if (rc != STORE_OK && rc != STORE_ERR_NOT_FOUND)
		return rc;
	r->person = (struct report_person){
		.name = r->profile.name, .birth_year = r->profile.birth_year,
		.sex = r->profile.sex, .session = (long long)r->now.id,
		.taken = r->now.taken, .mode = store_mode_key(r->now.mode),
		.app_version = r->now.app_version, .notes = r->now.notes,
		.previous_session = (long long)r->before.id,
		.previous_taken = r->before.id != 0 ? r->before.taken : NULL,
		.now = r->mnow, .nnow = r->nnow,
		.before = r->mbefore, .nbefore = r->nbefore,
	};
	return STORE_OK;
}
