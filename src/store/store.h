/*
 * store.h: the history of screenings, kept in one SQLite file,
 * $XDG_DATA_HOME/footscreen/footscreen.db unless --db or [storage]
 * database says otherwise (issue 6).
 *
 * Profiles are people (a display name, unique whatever the case of its
 * ASCII letters; an optional year of birth, sex and notes).  A session is
 * one screening of a profile: the answers it was made from, each measure
 * per side with its unit (report_measures(), screening/report.h), the
 * mode, the program's version, the protocol and the date, optional notes
 * and raw recordings.  Deleting a profile deletes everything about it.
 *
 * Safety.  The file is made with mode 0600 in a directory made 0700;
 * SQLite's WAL journal with synchronous=FULL makes every saved session
 * survive a crash or a power cut once store_session_save() has returned,
 * and a session is saved in one transaction, so a kill mid-save loses that
 * session and nothing else.  A file that is not footscreen's (not SQLite,
 * or another program's SQLite file) is refused with a message naming it
 * and is never written to.  Two footscreen processes may use one file:
 * each waits up to STORE_BUSY_MS for the other's write to finish.
 *
 * Every function returns STORE_OK (0) or a status, with err->msg a
 * sentence naming the file; err may not be NULL.  Strings are UTF-8.
 */
#ifndef FOOTSCREEN_STORE_STORE_H
#define FOOTSCREEN_STORE_STORE_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>

#include "core/screening.h"
#include "screening/report.h"

#ifndef PATH_MAX
#define PATH_MAX	4096
#endif

/* Longest display name, in bytes (the schema allows 100 characters). */
#define STORE_NAME_MAX		100
/* Longest notes of a profile or a session, in bytes. */
#define STORE_NOTES_MAX		4000
/* "2026-11-21T10:00:00Z" and its NUL, with room to spare. */
#define STORE_TIME_MAX		32
/* How long to wait for another process's write (design rule: a save
 * takes milliseconds; seconds of waiting mean something is stuck). */
#define STORE_BUSY_MS		10000

enum store_status {
	STORE_OK = 0,
	STORE_ERR_ARG,		/* a bad argument: a name too long, ... */
	STORE_ERR_NOMEM,
	STORE_ERR_NOT_FOUND,	/* no such file, profile or session */
	STORE_ERR_EXISTS,	/* a profile of that name exists */
	STORE_ERR_NOT_OURS,	/* the file is not a footscreen database */
	STORE_ERR_CORRUPT,	/* footscreen's, but damaged */
	STORE_ERR_NEWER,	/* written by a newer footscreen */
	STORE_ERR_READONLY,	/* cannot write: permissions, read-only */
	STORE_ERR_FULL,		/* the disk is full */
	STORE_ERR_BUSY,		/* another process kept it locked too long */
	STORE_ERR_IO		/* any other failure of the file or SQLite */
};

struct store_error {
	enum store_status	status;
	char			msg[PATH_MAX + 512];
};

/* How a session was taken. */
enum store_mode {
	STORE_MODE_HOME, STORE_MODE_TRAINER, STORE_MODE_KIOSK,
	STORE_MODE_SCRIPTED
};
#define STORE_MODE_COUNT	4

const char	*store_mode_key(enum store_mode);	/* "home", ... */
int		 store_mode_lookup(const char *);	/* -1 unknown */

/* An open database. */
struct store;

/* store_open() flags. */
#define STORE_CREATE	0x1u	/* make the file and its directory */
#define STORE_READONLY	0x2u	/* never write (nor update the layout) */

/*
 * The database's path into buf: option (--db) when not NULL, else
 * configured ([storage] database) when not "", else
 * $XDG_DATA_HOME/footscreen/footscreen.db (~/.local/share when
 * XDG_DATA_HOME is unset or not absolute, per the XDG Base Directory
 * specification).
 */
int	store_path(const char *option, const char *configured, char *buf,
	    size_t len, struct store_error *);

/*
 * Open the database at path.  Without STORE_CREATE a missing file is
 * STORE_ERR_NOT_FOUND.  An empty file (0 bytes, or SQLite with no tables
 * and no application id) is made footscreen's; an older layout is
 * brought up to date (migrate.h).
 */
int	store_open(const char *path, unsigned flags, struct store **,
	    struct store_error *);
void	store_close(struct store *);
const char	*store_file(const struct store *);
/* The SQLite connection, for tests and diagnostics. */
struct sqlite3	*store_handle(struct store *);

/*
 * PRAGMA integrity_check and foreign_key_check.  STORE_OK when both are
 * clean; STORE_ERR_CORRUPT with what they found in problems.
 */
int	store_check(struct store *, char *problems, size_t len,
	    struct store_error *);

/* ------------------------------------------------------------------ */
/* Dates                                                               */

/* Now as "YYYY-MM-DDTHH:MM:SSZ" (UTC). */
void	store_now(char buf[STORE_TIME_MAX]);
/*
 * A date given by a person, "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ", as
 * the second form; -1 when it is not a real date and time.
 */
int	store_time_parse(const char *, char out[STORE_TIME_MAX]);

/* ------------------------------------------------------------------ */
/* Profiles                                                            */

struct store_profile {
	int64_t		id;
	char		name[STORE_NAME_MAX + 1];
	int		birth_year;		/* 0: not given */
	enum sex	sex;
	char		notes[STORE_NOTES_MAX + 1];
	char		created[STORE_TIME_MAX];
	/* Filled by find, get and list: */
	long		nsessions;
	char		last_taken[STORE_TIME_MAX];	/* "" none */
};

struct store_counts {
	long	sessions;
	long	results;
	long	recordings;
};

/* "1 session, 2 results, 0 recordings" into buf. */
const char	*store_counts_words(char *buf, size_t len,
		    const struct store_counts *);

/* Add a profile; *id gets its id (may be NULL).  Name 1..100 bytes. */
int	store_profile_add(struct store *, const struct store_profile *,
	    int64_t *id, struct store_error *);
/* By display name (any case of ASCII letters), else by numeric id. */
int	store_profile_find(struct store *, const char *name_or_id,
	    struct store_profile *, struct store_error *);
int	store_profile_get(struct store *, int64_t id, struct store_profile *,
	    struct store_error *);
/*
 * Every profile whose name contains search (any case; NULL or "" all),
 * by name.  *out is allocated (free() it); *n may be 0.
 */
int	store_profile_list(struct store *, const char *search,
	    struct store_profile **out, size_t *n, struct store_error *);
/* Change name, year of birth, sex and notes of profile p->id. */
int	store_profile_update(struct store *, const struct store_profile *,
	    struct store_error *);
/* What deleting the profile would remove. */
int	store_profile_counts(struct store *, int64_t id, struct store_counts *,
	    struct store_error *);
/*
 * Delete the profile and everything about it in one transaction, with
 * the freed space overwritten (PRAGMA secure_delete) and the journal
 * emptied, so that no copy of the rows is left in the file.
 */
int	store_profile_delete(struct store *, int64_t id, struct store_error *);

/* ------------------------------------------------------------------ */
/* Sessions                                                            */

/* A raw recording to keep with a session ([storage] keep_raw). */
struct store_recording {
	const char	*test;		/* catalog key, "board_quiet_eyes_open" */
	const char	*format;	/* "fsrec" (footscreen-recording(5)) */
	const void	*data;
	size_t		 len;
};

struct store_new_session {
	int64_t				 profile_id;
	const char			*taken;	/* NULL: now */
	enum store_mode			 mode;
	/* NULL: store_protocol(NULL, answers, NULL) */
	const char			*protocol;
	const struct screening_answers	*answers;
	/* The answers file as given; NULL: written from answers. */
	const char			*answers_text;
	/* NULL: screened here from answers with the built-in norms. */
	const struct screening_result	*result;
	const char			*notes;	/* NULL: none */
	const struct store_recording	*recordings;
	size_t				 nrecordings;
};

/* Save a session in one transaction; *id gets its id (may be NULL). */
int	store_session_save(struct store *, const struct store_new_session *,
	    int64_t *id, struct store_error *);

struct store_session {
	int64_t		 id;
	int64_t		 profile_id;
	char		 taken[STORE_TIME_MAX];
	enum store_mode	 mode;
	char		 app_version[32];
	char		*protocol;	/* allocated */
	char		*answers;	/* allocated: an answers file */
	char		*notes;		/* allocated; "" none */
	long		 nrecordings;
};

int	store_session_get(struct store *, int64_t id, struct store_session *,
	    struct store_error *);
/* Every session of a profile, oldest first; free with store_sessions_free. */
int	store_session_list(struct store *, int64_t profile_id,
	    struct store_session **out, size_t *n, struct store_error *);
void	store_session_clear(struct store_session *);
void	store_sessions_free(struct store_session *, size_t n);
/* The profile's session just before this one; STORE_ERR_NOT_FOUND: none. */
int	store_session_previous(struct store *, const struct store_session *,
	    int64_t *id, struct store_error *);
/* Replace a session's notes. */
int	store_session_set_notes(struct store *, int64_t id, const char *notes,
	    struct store_error *);
/* Read a session's answers back (answers_load_text()). */
int	store_session_answers(const struct store_session *,
	    struct screening_answers *, struct store_error *);
/* A session's measures, in the order saved; *out allocated (free()). */
int	store_session_results(struct store *, int64_t id,
	    struct report_measure **out, size_t *n, struct store_error *);
/*
 * A session's raw recordings, in the order saved: *out is allocated, each
 * data pointer too; free with store_recordings_free.
 */
struct store_blob {
	int64_t		 id;
	char		 test[64];
	char		 format[16];
	void		*data;
	size_t		 len;
};
int	store_session_recordings(struct store *, int64_t id,
	    struct store_blob **out, size_t *n, struct store_error *);
void	store_recordings_free(struct store_blob *, size_t n);

/* ------------------------------------------------------------------ */
/* One measure over time                                               */

struct store_point {
	int64_t	session_id;
	char	taken[STORE_TIME_MAX];
	double	value;			/* NAN: no number */
	char	text[REPORT_MEASURE_TEXT];	/* "" none */
};

/*
 * A measure's values (side "left", "right", "difference" or "none") in
 * every session of a profile that has it, oldest first.
 */
int	store_measure_series(struct store *, int64_t profile_id,
	    const char *measure, const char *side, struct store_point **out,
	    size_t *n, struct store_error *);

/* ------------------------------------------------------------------ */
/* A saved session, gathered for a report                              */

/*
 * Everything a report of a saved session needs besides the screening
 * itself: the profile, the session and the one before it (before.id 0:
 * none) with their saved measures, the answers read back, and `person`
 * pointing into all of these for report_context.person.  The caller
 * screens `answers` again (screening_run, advice_plan) for the body.
 */
struct store_report {
	struct store_profile		 profile;
	struct store_session		 now;
	struct store_session		 before;
	struct report_measure		*mnow;
	size_t				 nnow;
	struct report_measure		*mbefore;
	size_t				 nbefore;
	struct screening_answers	 answers;
	struct report_person		 person;
};

/* Gather session id; clear r with store_report_clear even on failure. */
int	store_report_load(struct store *, int64_t id, struct store_report *r,
	    struct store_error *);
void	store_report_clear(struct store_report *);

/*
 * The protocol of a screening as one line of JSON: the test set, the
 * program's version and the evidence it applies (norms, single-leg cap,
 * heel-raise protocol), so that only like is compared with like (evidence
 * sheet §0.1 rule 4).  set NULL: "answers_file"; norms NULL: built-in.
 * Returns 0, or -1 when buf is too small.
 */
int	store_protocol(char *buf, size_t len, const char *set,
	    const struct screening_answers *, const struct screening_norms *);

#endif
