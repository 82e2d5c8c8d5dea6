/*
 * session_save.c: saving a screening to the history (store.h,
 * store_session_save and store_protocol): the session's row, its
 * measures and its raw recordings, in one transaction.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "screening/answers.h"
#include "store/sql.h"

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
		return sq_fail(err, STORE_ERR_ARG, "a session needs answers "
		    "and a mode");
	if (in->taken == NULL)
		store_now(w->taken);
	else if (store_time_parse(in->taken, w->taken) != 0)
		return sq_fail(err, STORE_ERR_ARG, "date '%s': expected "
		    "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)", in->taken);
	if (in->notes != NULL && sq_notes_ok(in->notes, err) != STORE_OK)
		return err->status;
	if (in->protocol != NULL)
		snprintf(w->protocol, sizeof w->protocol, "%s", in->protocol);
	else if (store_protocol(w->protocol, sizeof w->protocol, NULL,
	    in->answers, NULL) != 0)
		return sq_fail(err, STORE_ERR_NOMEM, "out of memory");
	if (in->answers_text == NULL) {
		if ((m = open_memstream(&w->answers, &w->answers_len)) == NULL)
			return sq_fail(err, STORE_ERR_NOMEM, "out of memory");
		if (answers_write(m, in->answers) != 0) {
			fclose(m);
			return sq_fail(err, STORE_ERR_ARG, "the answers could "
			    "not be written out: a value is out of range");
		}
		if (fclose(m) != 0 || w->answers == NULL)
			return sq_fail(err, STORE_ERR_NOMEM, "out of memory");
	}
	if (res == NULL) {
		if ((w->result = calloc(1, sizeof *w->result)) == NULL)
			return sq_fail(err, STORE_ERR_NOMEM, "out of memory");
		if (screening_run(in->answers, NULL, w->result) != CORE_OK)
			return sq_fail(err, STORE_ERR_ARG, "the answers could "
			    "not be screened: a value is out of range");
		res = w->result;
	}
	if ((w->rows = calloc(REPORT_MEASURES_MAX, sizeof *w->rows)) == NULL)
		return sq_fail(err, STORE_ERR_NOMEM, "out of memory");
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

	if ((rc = sq_prep(s, &st, "INSERT INTO sessions (profile_id, taken, "
	    "mode, app_version, protocol, answers, notes) VALUES "
	    "(?1, ?2, ?3, ?4, ?5, ?6, ?7)", err, "saving the session")) !=
	    STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, in->profile_id);
	sq_bind_text(st, 2, w->taken);
	sq_bind_text(st, 3, store_mode_key(in->mode));
	sq_bind_text(st, 4, PACKAGE_VERSION);
	sq_bind_text(st, 5, w->protocol);
	sq_bind_text(st, 6, in->answers_text != NULL ? in->answers_text :
	    w->answers);
	sq_bind_text(st, 7, in->notes != NULL ? in->notes : "");
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
		return sq_fail(err, STORE_ERR_NOT_FOUND, "no profile with id "
		    "%lld in %s", (long long)in->profile_id, s->path);
	if (rc != SQLITE_DONE)
		return sq_error(s, rc, err, "saving the session");
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

	if (sq_prep(s, &st, "INSERT INTO results (session_id, measure, side, "
	    "value, unit, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", err,
	    "saving the results") != STORE_OK)
		return err->status;
	for (size_t i = 0; i < w->nrows && rc == SQLITE_DONE; i++) {
		const struct report_measure *m = &w->rows[i];

		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, id);
		sq_bind_text(st, 2, m->measure);
		sq_bind_text(st, 3, m->side);
		sq_bind_real(st, 4, m->value);
		sq_bind_text(st, 5, m->unit);
		sq_bind_text(st, 6, m->text[0] != '\0' ? m->text : NULL);
		rc = sqlite3_step(st);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? STORE_OK : sq_error(s, rc, err,
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
	if (sq_prep(s, &st, "INSERT INTO recordings (session_id, test, format, "
	    "data) VALUES (?1, ?2, ?3, ?4)", err, "saving the recordings") !=
	    STORE_OK)
		return err->status;
	for (size_t i = 0; i < in->nrecordings && rc == SQLITE_DONE; i++) {
		const struct store_recording *r = &in->recordings[i];

		if (r->test == NULL || r->format == NULL || (r->data == NULL &&
		    r->len > 0) || r->len > (size_t)INT32_MAX) {
			sqlite3_finalize(st);
			return sq_fail(err, STORE_ERR_ARG, "recording %zu: "
			    "needs a test, a format and at most 2 GiB of data",
			    i);
		}
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, id);
		sq_bind_text(st, 2, r->test);
		sq_bind_text(st, 3, r->format);
		sqlite3_bind_blob(st, 4, r->len > 0 ? r->data : "",
		    (int)r->len, SQLITE_STATIC);
		rc = sqlite3_step(st);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? STORE_OK : sq_error(s, rc, err,
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
	if ((rc = sq_begin(s, err, "saving the session")) != STORE_OK)
		goto out;
	if ((rc = save_session_row(s, in, &w, &sid, err)) != STORE_OK ||
	    (rc = save_results(s, sid, &w, err)) != STORE_OK ||
	    (rc = save_recordings(s, sid, in, err)) != STORE_OK) {
		sq_rollback(s);
		goto out;
	}
	if ((rc = sq_commit(s, err, "saving the session")) == STORE_OK &&
	    id != NULL)
		*id = sid;
out:
	save_work_free(&w);
	return rc;
}
