/*
 * sql.h: what the store's files (store.c, profiles.c, sessions.c,
 * session_save.c) share and no one else sees: the open database, errors
 * as sentences naming the file, and small SQLite helpers for reading
 * rows and for writing in one transaction.
 */
#ifndef FOOTSCREEN_STORE_SQL_H
#define FOOTSCREEN_STORE_SQL_H

#include <stddef.h>

#include <sqlite3.h>

#include "store/store.h"

struct store {
	sqlite3		*db;
	unsigned	 flags;
	char		 path[PATH_MAX];
};

/* ---- errors ---- */

/* Fill err and return its status. */
int	sq_fail(struct store_error *, enum store_status, const char *, ...)
	    __attribute__((format(printf, 3, 4)));
/*
 * An SQLite failure of rc while doing `what` ("saving the session"), as
 * a sentence naming the file; returns its status.
 */
int	sq_error(struct store *, int rc, struct store_error *,
	    const char *what);

/* ---- statements ---- */

/* Prepare sql (*st NULL on failure). */
int	sq_prep(struct store *, sqlite3_stmt **, const char *sql,
	    struct store_error *, const char *what);
/* Run SQL with no result rows. */
int	sq_exec(struct store *, const char *sql, struct store_error *,
	    const char *what);
/* Bind a string, or NULL for NULL. */
int	sq_bind_text(sqlite3_stmt *, int i, const char *);
/* Bind a number, or NULL for NAN. */
int	sq_bind_real(sqlite3_stmt *, int i, double);
/* Copy column i into buf; "" for NULL. */
void	sq_text(sqlite3_stmt *, int i, char *buf, size_t len);
/* A new copy of column i; "" for NULL; NULL when out of memory. */
char	*sq_dup(sqlite3_stmt *, int i);
/* Column i as a number; NAN for NULL. */
double	sq_real(sqlite3_stmt *, int i);

/* ---- reading rows ---- */

/* Read the current row of st into elem; -1 when out of memory. */
typedef int	sq_row_fn(sqlite3_stmt *, void *elem);
/* Free n elements read by a sq_row_fn, and the array. */
typedef void	sq_free_fn(void *rows, size_t n);

/*
 * Step st (prepared and bound) for one row, read into elem, and finalize
 * it.  STORE_OK; STORE_ERR_NOT_FOUND with err->msg left for the caller
 * to say what is missing; else the failure of `what`.
 */
int	sq_one_row(struct store *, sqlite3_stmt *, sq_row_fn *, void *elem,
	    struct store_error *, const char *what);
/*
 * Step st for every row, each read into a new element of size bytes of
 * the array *(void **)out (zeroed, grown as needed; *n used), and
 * finalize it.  On failure the rows are freed with free_rows (NULL:
 * free()) and *out is NULL, *n 0.
 */
int	sq_all_rows(struct store *, sqlite3_stmt *, sq_row_fn *, void *out,
	    size_t *n, size_t size, sq_free_fn *free_rows,
	    struct store_error *, const char *what);

/* ---- writing ---- */

/*
 * Start a writing transaction and prepare sql in it (rolled back when
 * that fails).  IMMEDIATE takes the write lock at once, so that waiting
 * for another process happens here (with the busy timeout) rather than
 * failing half way.
 */
int	sq_write_prep(struct store *, sqlite3_stmt **, const char *sql,
	    struct store_error *, const char *what);
/*
 * Step the statement of sq_write_prep(), finalize it and commit; *rowid
 * (may be NULL) gets the row inserted.  Rolled back instead: on a
 * failure; STORE_ERR_EXISTS for a UNIQUE constraint and, when one_row
 * and no row changed, STORE_ERR_NOT_FOUND, both with err->msg left for
 * the caller to fill.
 */
int	sq_write_finish(struct store *, sqlite3_stmt *, int one_row,
	    int64_t *rowid, struct store_error *, const char *what);
/* BEGIN IMMEDIATE (see sq_write_prep); refused when opened read-only. */
int	sq_begin(struct store *, struct store_error *, const char *what);
void	sq_rollback(struct store *);
/* Commit, or roll back and report. */
int	sq_commit(struct store *, struct store_error *, const char *what);

/* ---- text ---- */

/*
 * Whether s is valid UTF-8 without control characters (tab and newline
 * allowed when multiline).
 */
int	sq_text_ok(const char *, int multiline);
/* Notes of a profile or a session: STORE_OK, or STORE_ERR_ARG. */
int	sq_notes_ok(const char *, struct store_error *);

#endif
