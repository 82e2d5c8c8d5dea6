/*
 * migrate.c: the history database's layout, as an ordered list of steps;
 * see migrate.h.
 *
 * A step is only ever appended, never edited once released: files in the
 * field were made by the old steps.  Version 1 is the first layout
 * (profiles, sessions with the answers they were made from, results as
 * numbers, raw recordings); version 2 adds what the trainer's screens
 * need: a note per session, words beside the numbers (a foot posture
 * category, a triage tier) and an index to read one measure over time.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "store/migrate.h"

#define STR_(x)	#x
#define STR(x)	STR_(x)

static const char *const steps[STORE_SCHEMA_VERSION] = {
	/* 0 -> 1: the first layout. */
	"PRAGMA application_id = " STR(STORE_APPLICATION_ID) ";"
	/*
	 * A person.  NOCASE makes the name unique whatever the case of its
	 * ASCII letters (SQLite folds ASCII only).
	 */
	"CREATE TABLE profiles ("
	" id INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL COLLATE NOCASE UNIQUE"
	"  CHECK (length(name) BETWEEN 1 AND 100),"
	" birth_year INTEGER CHECK (birth_year BETWEEN 1900 AND 2200),"
	" sex TEXT CHECK (sex IN ('female', 'male')),"
	" notes TEXT NOT NULL DEFAULT '',"
	" created TEXT NOT NULL);"
	/*
	 * One screening: the answers it was made from (an answers file,
	 * footscreen-answers(5)), so that it can be screened again, and the
	 * protocol, since results are only comparable when taken the same
	 * way (evidence sheet §0.1 rule 4).
	 */
	"CREATE TABLE sessions ("
	" id INTEGER PRIMARY KEY,"
	" profile_id INTEGER NOT NULL"
	"  REFERENCES profiles(id) ON DELETE CASCADE,"
	" taken TEXT NOT NULL,"
	" mode TEXT NOT NULL"
	"  CHECK (mode IN ('home', 'trainer', 'kiosk', 'scripted')),"
	" app_version TEXT NOT NULL,"
	" protocol TEXT NOT NULL,"
	" answers TEXT NOT NULL);"
	"CREATE INDEX sessions_by_profile ON sessions(profile_id, taken);"
	/* Each measure of a session per side, with its unit. */
	"CREATE TABLE results ("
	" session_id INTEGER NOT NULL"
	"  REFERENCES sessions(id) ON DELETE CASCADE,"
	" measure TEXT NOT NULL,"
	" side TEXT NOT NULL"
	"  CHECK (side IN ('left', 'right', 'difference', 'none')),"
	" value REAL,"
	" unit TEXT NOT NULL DEFAULT '',"
	" PRIMARY KEY (session_id, measure, side));"
	/* Raw samples of a trial, kept only when [storage] keep_raw says. */
	"CREATE TABLE recordings ("
	" id INTEGER PRIMARY KEY,"
	" session_id INTEGER NOT NULL"
	"  REFERENCES sessions(id) ON DELETE CASCADE,"
	" test TEXT NOT NULL,"
	" format TEXT NOT NULL,"
	" data BLOB NOT NULL);"
	"CREATE INDEX recordings_by_session ON recordings(session_id);",

	/* 1 -> 2: notes per session, words, one measure over time. */
	"ALTER TABLE sessions ADD COLUMN notes TEXT NOT NULL DEFAULT '';"
	"ALTER TABLE results ADD COLUMN text TEXT;"
	"CREATE INDEX results_by_measure ON results(measure, side);",
};

const char *
migrate_step_sql(int from)
{
	if (from < 0 || from >= STORE_SCHEMA_VERSION)
		return NULL;
	return steps[from];
}

int
migrate_version(sqlite3 *db)
{
	sqlite3_stmt	*st;
	int		 v = -1;

	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) !=
	    SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Run one step inside the caller's transaction and bump the version. */
static int
migrate_step(sqlite3 *db, int from, char *err, size_t len)
{
	char	 bump[64];
	char	*msg = NULL;
	int	 rc;

	rc = sqlite3_exec(db, steps[from], NULL, NULL, &msg);
	if (rc == SQLITE_OK) {
		snprintf(bump, sizeof bump, "PRAGMA user_version = %d",
		    from + 1);
		rc = sqlite3_exec(db, bump, NULL, NULL, &msg);
	}
	if (rc != SQLITE_OK)
		snprintf(err, len, "updating the layout from version %d to "
		    "%d: %s", from, from + 1, msg != NULL ? msg :
		    sqlite3_errstr(rc));
	sqlite3_free(msg);
	return rc;
}

int
migrate_to(sqlite3 *db, int target, int *was, char *err, size_t len)
{
	int	v, rc, first = 1;

	if (target > STORE_SCHEMA_VERSION)
		target = STORE_SCHEMA_VERSION;
	for (;;) {
		/*
		 * IMMEDIATE takes the write lock before the version is read,
		 * so a second process waits here and then sees the new
		 * version instead of running the step again.
		 */
		if ((rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL,
		    NULL)) != SQLITE_OK) {
			snprintf(err, len, "starting a layout update: %s",
			    sqlite3_errmsg(db));
			return rc;
		}
		if ((v = migrate_version(db)) < 0) {
			rc = sqlite3_errcode(db);
			snprintf(err, len, "reading the layout version: %s",
			    sqlite3_errmsg(db));
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
			return rc != SQLITE_OK ? rc : SQLITE_ERROR;
		}
		if (first && was != NULL)
			*was = v;
		first = 0;
		if (v >= target)
			break;
		if ((rc = migrate_step(db, v, err, len)) != SQLITE_OK) {
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
			return rc;
		}
		if ((rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL)) !=
		    SQLITE_OK) {
			snprintf(err, len, "saving the layout update to "
			    "version %d: %s", v + 1, sqlite3_errmsg(db));
			sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
			return rc;
		}
	}
	/* Nothing (more) to do: end the reading transaction. */
	sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
	return SQLITE_OK;
}
