/*
 * profiles.c: the people in the history database (store.h, Profiles):
 * adding, finding, listing, changing, counting and deleting them.
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/sql.h"

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
		return sq_fail(err, STORE_ERR_ARG, "a name needs 1 to %d "
		    "bytes, got %zu", STORE_NAME_MAX, n);
	if (!sq_text_ok(p->name, 0) || p->name[0] == ' ' ||
	    p->name[n - 1] == ' ')
		return sq_fail(err, STORE_ERR_ARG, "name '%s': no control "
		    "characters, invalid UTF-8 or blanks at either end, "
		    "please", p->name);
	if (p->birth_year != 0 && (p->birth_year < 1900 ||
	    p->birth_year > this_year()))
		return sq_fail(err, STORE_ERR_ARG, "year of birth %d: allowed "
		    "1900 to %d", p->birth_year, this_year());
	if (p->sex != SEX_UNKNOWN && p->sex != SEX_FEMALE &&
	    p->sex != SEX_MALE)
		return sq_fail(err, STORE_ERR_ARG, "sex: allowed female, male "
		    "or not given");
	return sq_notes_ok(p->notes, err);
}

/* The columns profile_row() reads, in order. */
#define PROFILE_SELECT \
	"SELECT p.id, p.name, p.birth_year, p.sex, p.notes, p.created, " \
	"(SELECT count(*) FROM sessions s WHERE s.profile_id = p.id), " \
	"(SELECT max(taken) FROM sessions s WHERE s.profile_id = p.id) " \
	"FROM profiles p "

/* A sq_row_fn: a struct store_profile. */
static int
profile_row(sqlite3_stmt *st, void *elem)
{
	struct store_profile	*p = elem;
	char			 sex[16];

	memset(p, 0, sizeof *p);
	p->id = sqlite3_column_int64(st, 0);
	sq_text(st, 1, p->name, sizeof p->name);
	p->birth_year = sqlite3_column_int(st, 2);
	sq_text(st, 3, sex, sizeof sex);
	p->sex = strcmp(sex, "female") == 0 ? SEX_FEMALE :
	    strcmp(sex, "male") == 0 ? SEX_MALE : SEX_UNKNOWN;
	sq_text(st, 4, p->notes, sizeof p->notes);
	sq_text(st, 5, p->created, sizeof p->created);
	p->nsessions = (long)sqlite3_column_int64(st, 6);
	sq_text(st, 7, p->last_taken, sizeof p->last_taken);
	return 0;
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
	sq_bind_text(st, 1, p->name);
	if (p->birth_year != 0)
		sqlite3_bind_int(st, 2, p->birth_year);
	else
		sqlite3_bind_null(st, 2);
	sq_bind_text(st, 3, sex_key(p->sex));
	sq_bind_text(st, 4, p->notes);
}

int
store_profile_add(struct store *s, const struct store_profile *p,
    int64_t *id, struct store_error *err)
{
	sqlite3_stmt	*st;
	char		 now[STORE_TIME_MAX];
	int		 rc;

	if ((rc = profile_ok(p, err)) != STORE_OK ||
	    (rc = sq_write_prep(s, &st, "INSERT INTO profiles (name, "
	    "birth_year, sex, notes, created) VALUES (?1, ?2, ?3, ?4, ?5)",
	    err, "adding the profile")) != STORE_OK)
		return rc;
	store_now(now);
	bind_profile(st, p);
	sq_bind_text(st, 5, now);
	if ((rc = sq_write_finish(s, st, 0, id, err, "adding the profile")) ==
	    STORE_ERR_EXISTS)
		return sq_fail(err, rc, "a profile called '%s' exists already "
		    "(names are compared without regard to case)", p->name);
	return rc;
}

int
store_profile_get(struct store *s, int64_t id, struct store_profile *p,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((rc = sq_prep(s, &st, PROFILE_SELECT "WHERE p.id = ?1", err,
	    "reading the profile")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sq_one_row(s, st, profile_row, p, err,
	    "reading the profile")) == STORE_ERR_NOT_FOUND)
		return sq_fail(err, rc, "no profile with id %lld in %s",
		    (long long)id, s->path);
	return rc;
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
	if ((rc = sq_prep(s, &st, PROFILE_SELECT "WHERE p.name = ?1", err,
	    "finding the profile")) != STORE_OK)
		return rc;
	sq_bind_text(st, 1, key);
	if ((rc = sq_one_row(s, st, profile_row, p, err,
	    "finding the profile")) != STORE_ERR_NOT_FOUND)
		return rc;
	errno = 0;
	id = strtoll(key, &end, 10);
	if (key[0] >= '0' && key[0] <= '9' && *end == '\0' && errno == 0 &&
	    id > 0) {
		rc = store_profile_get(s, id, p, err);
		if (rc != STORE_ERR_NOT_FOUND)
			return rc;
	}
	return sq_fail(err, STORE_ERR_NOT_FOUND, "no profile called '%s' in "
	    "%s; 'footscreen profile list' shows them", key, s->path);
}

int
store_profile_list(struct store *s, const char *search,
    struct store_profile **out, size_t *n, struct store_error *err)
{
	sqlite3_stmt	*st;
	char		*pattern = NULL, *q;
	int		 rc;

	*out = NULL;
	*n = 0;
	if (search != NULL && search[0] != '\0') {
		/* LIKE with % and _ escaped: the search is plain text. */
		if ((pattern = malloc(strlen(search) * 2 + 3)) == NULL)
			return sq_fail(err, STORE_ERR_NOMEM, "out of memory");
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
	if ((rc = sq_prep(s, &st, PROFILE_SELECT "WHERE ?1 IS NULL OR "
	    "p.name LIKE ?1 ESCAPE '\\' ORDER BY p.name, p.id", err,
	    "listing the profiles")) == STORE_OK) {
		sq_bind_text(st, 1, pattern);
		rc = sq_all_rows(s, st, profile_row, out, n, sizeof **out,
		    NULL, err, "listing the profiles");
	}
	free(pattern);
	return rc;
}

int
store_profile_update(struct store *s, const struct store_profile *p,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((rc = profile_ok(p, err)) != STORE_OK ||
	    (rc = sq_write_prep(s, &st, "UPDATE profiles SET name = ?1, "
	    "birth_year = ?2, sex = ?3, notes = ?4 WHERE id = ?5", err,
	    "changing the profile")) != STORE_OK)
		return rc;
	bind_profile(st, p);
	sqlite3_bind_int64(st, 5, p->id);
	rc = sq_write_finish(s, st, 1, NULL, err, "changing the profile");
	if (rc == STORE_ERR_EXISTS)
		return sq_fail(err, rc, "another profile is called '%s' "
		    "already", p->name);
	if (rc == STORE_ERR_NOT_FOUND)
		return sq_fail(err, rc, "no profile with id %lld",
		    (long long)p->id);
	return rc;
}

int
store_profile_counts(struct store *s, int64_t id, struct store_counts *c,
    struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((rc = sq_prep(s, &st, "SELECT "
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
	return rc == SQLITE_ROW ? STORE_OK : sq_error(s, rc, err,
	    "counting the profile's data");
}

const char *
store_counts_words(char *buf, size_t len, const struct store_counts *c)
{
	snprintf(buf, len, "%ld %s, %ld %s, %ld %s", c->sessions,
	    c->sessions == 1 ? "session" : "sessions", c->results,
	    c->results == 1 ? "result" : "results", c->recordings,
	    c->recordings == 1 ? "recording" : "recordings");
	return buf;
}

int
store_profile_delete(struct store *s, int64_t id, struct store_error *err)
{
	sqlite3_stmt	*st;
	int		 rc;

	/* Freed pages and cells are zeroed, not just marked free. */
	if ((rc = sq_exec(s, "PRAGMA secure_delete = ON", err,
	    "deleting the profile")) != STORE_OK ||
	    (rc = sq_write_prep(s, &st, "DELETE FROM profiles WHERE id = ?1",
	    err, "deleting the profile")) != STORE_OK)
		return rc;
	sqlite3_bind_int64(st, 1, id);
	if ((rc = sq_write_finish(s, st, 1, NULL, err,
	    "deleting the profile")) == STORE_ERR_NOT_FOUND)
		return sq_fail(err, rc, "no profile with id %lld",
		    (long long)id);
	if (rc != STORE_OK)
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
