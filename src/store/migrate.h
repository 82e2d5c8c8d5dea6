/*
 * migrate.h: the history database's layout and its versions.
 *
 * The layout has a version, kept in the file's header (PRAGMA
 * user_version), and the file is marked as footscreen's with PRAGMA
 * application_id.  A new file is version 0.  Each step takes the file
 * from version i to i + 1 in its own transaction, so a file is always
 * at one version or the next, never half way; the steps only ever add,
 * so rows written by an older footscreen survive.  A file newer than this
 * program is refused, never "repaired".
 *
 * The layout at STORE_SCHEMA_VERSION, with every column's meaning, is in
 * footscreen(1), FILES.
 */
#ifndef FOOTSCREEN_STORE_MIGRATE_H
#define FOOTSCREEN_STORE_MIGRATE_H

#include <stddef.h>

#include <sqlite3.h>

/* The newest layout this program reads and writes. */
#define STORE_SCHEMA_VERSION	2

/*
 * 0x46534352, "FSCR" in ASCII: marks a file as footscreen's (PRAGMA
 * application_id; design rule).  Written in decimal because PRAGMA takes
 * a plain integer.
 */
#define STORE_APPLICATION_ID	1179861842

/*
 * The SQL of the step from version `from` to from + 1, without the
 * version bump; NULL when from is out of 0 .. STORE_SCHEMA_VERSION - 1.
 * For the tests, which build an old file by hand.
 */
const char	*migrate_step_sql(int from);

/*
 * Bring db up to version `target` (at most STORE_SCHEMA_VERSION), one
 * transaction per step, each started with BEGIN IMMEDIATE and re-reading
 * the version inside it, so that two processes opening a new file at once
 * create its tables once.  *was gets the version found first (may be
 * NULL).  Returns SQLITE_OK, or an SQLite result code with err naming
 * the step; a file newer than target is left alone and gives SQLITE_OK
 * with *was > target: the caller decides.
 */
int	migrate_to(sqlite3 *db, int target, int *was, char *err, size_t len);

/* The file's version (PRAGMA user_version); -1 with an SQLite error. */
int	migrate_version(sqlite3 *db);

#endif
