/*
 * sql.c: the store's SQLite helpers and its errors as sentences; see
 * sql.h.
 */
#include <config.h>

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/sql.h"

/* ------------------------------------------------------------------ */
/* Errors                                                              */

/* Fill err and return its status. */
int
sq_fail(struct store_error *err, enum store_status st, const char *fmt, ...)
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
int
sq_error(struct store *s, int rc, struct store_error *err, const char *what)
{
	enum store_status	st = status_of(s->db, rc);
	const char		*why = s->db != NULL ? sqlite3_errmsg(s->db) :
				    sqlite3_errstr(rc);

	switch (st) {
	case STORE_ERR_FULL:
		return sq_fail(err, st, "%s: the disk is full, so %s failed "
		    "and nothing of it was kept; free some space and try again",
		    s->path, what);
	case STORE_ERR_READONLY:
		return sq_fail(err, st, "cannot write %s (%s): %s failed; "
		    "check the permissions of the file and its directory",
		    s->path, why, what);
	case STORE_ERR_BUSY:
		return sq_fail(err, st, "%s is in use by another program: %s "
		    "waited %d s and gave up", s->path, what,
		    STORE_BUSY_MS / 1000);
	case STORE_ERR_CORRUPT:
		return sq_fail(err, st, "%s is damaged (%s); footscreen leaves "
		    "it as it is: keep a copy and see 'footscreen db check'",
		    s->path, why);
	case STORE_ERR_NOMEM:
		return sq_fail(err, st, "%s: out of memory", what);
	default:
		return sq_fail(err, st, "%s: %s failed: %s", s->path, what,
		    why);
	}
}

/* ------------------------------------------------------------------ */
/* Small SQL helpers                                                   */

int
sq_prep(struct store *s, sqlite3_stmt **st, const char *sql,
    struct store_error *err, const char *what)
{
	int	rc;

	if ((rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL)) != SQLITE_OK) {
		*st = NULL;
		return sq_error(s, rc, err, what);
	}
	return STORE_OK;
}

/* Bind a string, or NULL for NULL. */
int
sq_bind_text(sqlite3_stmt *st, int i, const char *v)
{
	return v != NULL ? sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT) :
	    sqlite3_bind_null(st, i);
}

/* Bind a number, or NULL for NAN. */
int
sq_bind_real(sqlite3_stmt *st, int i, double v)
{
	return isfinite(v) ? sqlite3_bind_double(st, i, v) :
	    sqlite3_bind_null(st, i);
}

/* Copy column i into buf; "" for NULL. */
void
sq_text(sqlite3_stmt *st, int i, char *buf, size_t len)
{
	const unsigned char	*t = sqlite3_column_text(st, i);

	snprintf(buf, len, "%s", t != NULL ? (const char *)t : "");
}

/* A new copy of column i; "" for NULL; NULL when out of memory. */
char *
sq_dup(sqlite3_stmt *st, int i)
{
	const unsigned char	*t = sqlite3_column_text(st, i);

	return strdup(t != NULL ? (const char *)t : "");
}

double
sq_real(sqlite3_stmt *st, int i)
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
int
sq_exec(struct store *s, const char *sql, struct store_error *err,
    const char *what)
{
	int	rc;

	if ((rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL)) != SQLITE_OK)
		return sq_error(s, rc, err, what);
	return STORE_OK;
}

/*
 * Start a writing transaction: IMMEDIATE takes the write lock at once,
 * so that waiting for another process happens here (with the busy
 * timeout) rather than failing half way.
 */
int
sq_begin(struct store *s, struct store_error *err, const char *what)
{
	if (s->flags & STORE_READONLY)
		return sq_fail(err, STORE_ERR_READONLY, "cannot write %s: it "
		    "was opened read-only, so %s is not possible", s->path,
		    what);
	return sq_exec(s, "BEGIN IMMEDIATE", err, what);
}

void
sq_rollback(struct store *s)
{
	if (!sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Commit, or roll back and report. */
int
sq_commit(struct store *s, struct store_error *err, const char *what)
{
	int	rc;

	if ((rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL)) !=
	    SQLITE_OK) {
		sq_error(s, rc, err, what);
		sq_rollback(s);
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
int
sq_text_ok(const char *s, int multiline)
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

int
sq_notes_ok(const char *notes, struct store_error *err)
{
	if (strlen(notes) > STORE_NOTES_MAX || !sq_text_ok(notes, 1))
		return sq_fail(err, STORE_ERR_ARG, "notes: at most %d bytes of "
		    "UTF-8 text", STORE_NOTES_MAX);
	return STORE_OK;
}

/* ------------------------------------------------------------------ */
/* Reading rows                                                        */

int
sq_one_row(struct store *s, sqlite3_stmt *st, sq_row_fn *row, void *elem,
    struct store_error *err, const char *what)
{
	int	rc = sqlite3_step(st);

	if (rc == SQLITE_ROW && row(st, elem) != 0)
		rc = SQLITE_NOMEM;
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return STORE_OK;
	if (rc == SQLITE_DONE)
		return err->status = STORE_ERR_NOT_FOUND;
	return sq_error(s, rc, err, what);
}

int
sq_all_rows(struct store *s, sqlite3_stmt *st, sq_row_fn *row, void *out,
    size_t *n, size_t size, sq_free_fn *free_rows, struct store_error *err,
    const char *what)
{
	void	**rows = out;
	size_t	  cap = 0;
	int	  rc;

	*rows = NULL;
	*n = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (grow(rows, &cap, *n, size) != 0 ||
		    row(st, (char *)*rows + *n * size) != 0) {
			rc = SQLITE_NOMEM;
			break;
		}
		(*n)++;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return STORE_OK;
	if (free_rows != NULL)
		free_rows(*rows, *n);
	else
		free(*rows);
	*rows = NULL;
	*n = 0;
	return sq_error(s, rc, err, what);
}

/* ------------------------------------------------------------------ */
/* Writing                                                             */

int
sq_write_prep(struct store *s, sqlite3_stmt **st, const char *sql,
    struct store_error *err, const char *what)
{
	int	rc;

	*st = NULL;
	if ((rc = sq_begin(s, err, what)) != STORE_OK)
		return rc;
	if ((rc = sq_prep(s, st, sql, err, what)) != STORE_OK)
		sq_rollback(s);
	return rc;
}

int
sq_write_finish(struct store *s, sqlite3_stmt *st, int one_row,
    int64_t *rowid, struct store_error *err, const char *what)
{
	int	rc = sqlite3_step(st), changed;

	sqlite3_finalize(st);
	changed = sqlite3_changes(s->db);
	if (rc == SQLITE_CONSTRAINT_UNIQUE) {
		sq_rollback(s);
		return err->status = STORE_ERR_EXISTS;
	}
	if (rc != SQLITE_DONE) {
		sq_error(s, rc, err, what);
		sq_rollback(s);
		return err->status;
	}
	if (one_row && changed != 1) {
		sq_rollback(s);
		return err->status = STORE_ERR_NOT_FOUND;
	}
	if (rowid != NULL)
		*rowid = sqlite3_last_insert_rowid(s->db);
	return sq_commit(s, err, what);
}
