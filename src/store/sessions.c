/*
 * sessions.c: reading saved screenings back (store.h, Sessions, One
 * measure over time, A saved session gathered for a report), and the
 * one change a saved screening allows: its notes.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screening/answers.h"
#include "store/sql.h"

/* The columns session_row() reads, in order. */
#define SESSION_SELECT \
	"SELECT s.id, s.profile_id, s.taken, s.mode, s.app_version, " \
	"s.protocol, s.answers, s.notes, " \
	"(SELECT count(*) FROM recordings r WHERE r.session_id = s.id) " \
	"FROM sessions s "

/* A sq_row_fn: a struct store_session; -1 (x cleared) out of memory. */
static int
session_row(sqlite3_stmt *st, void *elem)
{
	struct store_session	*x = elem;
	char			 mode[16];
	int			 m;

	memset(x, 0, sizeof *x);
	x->id = sqlite3_column_int64(st, 0);
	x->profile_id = sqlite3_column_int64(st, 1);
	sq_text(st, 2, x->taken, sizeof x->taken);
	sq_text(st, 3, mode, sizeof mode);
	x->mode = (m = store_mode_lookup(mode)) >= 0 ? (enum store_mode)m :
	    STORE_MODE_SCRIPTED;
	sq_text(st, 4, x->app_version, sizeof x->app_version);
	x->protocol = sq_dup(st, 5);
	x->answers = sq_dup(st, 6);
	x->notes = sq_dup(st, 7);
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

/* A sq_free_fn of sessions. */
static void
sessions_free(void *x, size_t n)
{
	store_sessions_free(x, n);
}

int
store_session_get(struct store *s, int64_t id, struct store_session *x,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	memset(x, 0, sizeof *x);
	if ((rc = sq_prep(s, &st, SESSION_SELECT "WHERE s.id = ?1", err,
	    "reading the session")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sq_one_row(s, st, session_row, x, err,
	    "reading the session")) == STORE_ERR_NOT_FOUND)
		return sq_fail(err, rc, "no session %lld in %s", (long long)id,
		    s->path);
	return rc;
}

int
store_session_list(struct store *s, int64_t profile_id,
    struct store_session **out, size_t *n, struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((rc = sq_prep(s, &st, SESSION_SELECT "WHERE s.profile_id = ?1 "
	    "ORDER BY s.taken, s.id", err, "listing the sessions")) !=
	    STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, profile_id);
	return sq_all_rows(s, st, session_row, out, n, sizeof **out,
	    sessions_free, err, "listing the sessions");
}

/* A sq_row_fn: a session's id. */
static int
id_row(sqlite3_stmt *st, void *elem)
{
	*(int64_t *)elem = sqlite3_column_int64(st, 0);
	return 0;
}

int
store_session_previous(struct store *s, const struct store_session *x,
    int64_t *id, struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((rc = sq_prep(s, &st, "SELECT id FROM sessions WHERE "
	    "profile_id = ?1 AND (taken < ?2 OR (taken = ?2 AND id < ?3)) "
	    "ORDER BY taken DESC, id DESC LIMIT 1", err,
	    "finding the previous session")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, x->profile_id);
	sq_bind_text(st, 2, x->taken);
	sqlite3_bind_int64(st, 3, x->id);
	if ((rc = sq_one_row(s, st, id_row, id, err,
	    "finding the previous session")) == STORE_ERR_NOT_FOUND)
		return sq_fail(err, rc, "session %lld is the first of its "
		    "profile", (long long)x->id);
	return rc;
}

int
store_session_set_notes(struct store *s, int64_t id, const char *notes,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (notes == NULL)
		notes = "";
	if ((rc = sq_notes_ok(notes, err)) != STORE_OK ||
	    (rc = sq_write_prep(s, &st, "UPDATE sessions SET notes = ?1 "
	    "WHERE id = ?2", err, "saving the notes")) != STORE_OK)
		return rc;
	sq_bind_text(st, 1, notes);
	sqlite3_bind_int64(st, 2, id);
	if ((rc = sq_write_finish(s, st, 1, NULL, err, "saving the notes")) ==
	    STORE_ERR_NOT_FOUND)
		return sq_fail(err, rc, "no session %lld in %s", (long long)id,
		    s->path);
	return rc;
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
		return sq_fail(err, STORE_ERR_CORRUPT, "the answers saved with "
		    "%s", ae.msg);
	return STORE_OK;
}

/* A sq_row_fn: a struct report_measure. */
static int
measure_row(sqlite3_stmt *st, void *elem)
{
	struct report_measure	*m = elem;

	sq_text(st, 0, m->measure, sizeof m->measure);
	sq_text(st, 1, m->side, sizeof m->side);
	m->value = sq_real(st, 2);
	sq_text(st, 3, m->unit, sizeof m->unit);
	sq_text(st, 4, m->text, sizeof m->text);
	return 0;
}

int
store_session_results(struct store *s, int64_t id,
    struct report_measure **out, size_t *n, struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((rc = sq_prep(s, &st, "SELECT measure, side, value, unit, text "
	    "FROM results WHERE session_id = ?1 ORDER BY rowid", err,
	    "reading the results")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	return sq_all_rows(s, st, measure_row, out, n, sizeof **out, NULL,
	    err, "reading the results");
}

void
store_recordings_free(struct store_blob *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(b[i].data);
	free(b);
}

/* A sq_free_fn of recordings. */
static void
recordings_free(void *b, size_t n)
{
	store_recordings_free(b, n);
}

/* A sq_row_fn: a struct store_blob, its data copied. */
static int
blob_row(sqlite3_stmt *st, void *elem)
{
	struct store_blob	*b = elem;
	const void		*data = sqlite3_column_blob(st, 3);
	size_t			 len = (size_t)sqlite3_column_bytes(st, 3);

	b->id = sqlite3_column_int64(st, 0);
	sq_text(st, 1, b->test, sizeof b->test);
	sq_text(st, 2, b->format, sizeof b->format);
	/* One byte more, so that an empty blob has a buffer too. */
	if ((b->data = malloc(len + 1)) == NULL)
		return -1;
	if (len > 0)
		memcpy(b->data, data, len);
	b->len = len;
	return 0;
}

int
store_session_recordings(struct store *s, int64_t id, struct store_blob **out,
    size_t *n, struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((rc = sq_prep(s, &st, "SELECT id, test, format, data FROM "
	    "recordings WHERE session_id = ?1 ORDER BY id", err,
	    "reading the recordings")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	return sq_all_rows(s, st, blob_row, out, n, sizeof **out,
	    recordings_free, err, "reading the recordings");
}

/* A sq_row_fn: a struct store_point. */
static int
point_row(sqlite3_stmt *st, void *elem)
{
	struct store_point	*p = elem;

	p->session_id = sqlite3_column_int64(st, 0);
	sq_text(st, 1, p->taken, sizeof p->taken);
	p->value = sq_real(st, 2);
	sq_text(st, 3, p->text, sizeof p->text);
	return 0;
}

int
store_measure_series(struct store *s, int64_t profile_id, const char *measure,
    const char *side, struct store_point **out, size_t *n,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((rc = sq_prep(s, &st, "SELECT s.id, s.taken, r.value, r.text "
	    "FROM results r JOIN sessions s ON s.id = r.session_id "
	    "WHERE s.profile_id = ?1 AND r.measure = ?2 AND r.side = ?3 "
	    "ORDER BY s.taken, s.id", err, "reading the measure")) !=
	    STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, profile_id);
	sq_bind_text(st, 2, measure);
	sq_bind_text(st, 3, side);
	return sq_all_rows(s, st, point_row, out, n, sizeof **out, NULL, err,
	    "reading the measure");
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
