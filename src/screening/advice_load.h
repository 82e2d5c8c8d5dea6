/*
 * advice_load.h: reading the exercise library (exercises.ini) and the
 * advice rules (advice.ini) into the advice engine's structs.
 *
 * The shipped data/exercises.ini and data/advice.ini are built into the
 * program at build time and parsed by the same code as any file, so there
 * is one source of truth and the built-in set works even when a clinic's
 * edited copy is broken.  Loading starts from the built-in set; a
 * clinic's file (SYSCONFDIR/footscreen/exercises.ini and advice.ini, or
 * paths the caller gives) replaces the built-in file of the same kind as a
 * whole.  A file with any error is reported and the built-in one is kept.
 *
 * Errors name the file, the section, the key, the value and what is
 * allowed.  Values are read with iniparser_getstring() only and converted
 * by config/parse.h; the raw bytes are checked by config/scan.h first.
 * Loading installs an iniparser error callback for the duration of the
 * call, so load from one thread only.
 */
#ifndef FOOTSCREEN_SCREENING_ADVICE_LOAD_H
#define FOOTSCREEN_SCREENING_ADVICE_LOAD_H

#include <limits.h>
#include <stddef.h>

#include "core/advice.h"

#ifndef PATH_MAX
#define PATH_MAX	4096
#endif

/* Largest exercises.ini or advice.ini read, in bytes. */
#define ADVICE_FILE_MAX	(256 * 1024)

/*
 * The shipped files, generated into advice_builtin.c by the makefile from
 * data/exercises.ini and data/advice.ini; each is NUL-terminated, len
 * not counting the NUL.
 */
extern const unsigned char	advice_builtin_exercises[];
extern const size_t		advice_builtin_exercises_len;
extern const unsigned char	advice_builtin_advice[];
extern const size_t		advice_builtin_advice_len;

/* Every function here takes a non-NULL error or sources struct. */
struct advice_error {
	/* "FILE: [section] key = 'value': allowed: ..." */
	char	msg[1024];
};

/*
 * Parse exercises.ini text[0..len) into *lib; name is what messages call
 * it.  Returns 0, or -1 with err and *lib unchanged.
 */
int	advice_parse_exercises(const char *name, const char *text, size_t len,
	    struct exercise_library *lib, struct advice_error *err);

/*
 * Parse advice.ini text[0..len) into *rules; the exercises it names must
 * be in lib.  Returns 0, or -1 with err and *rules unchanged.
 */
int	advice_parse_rules(const char *name, const char *text, size_t len,
	    const struct exercise_library *lib, struct advice_rules *rules,
	    struct advice_error *err);

/* Where the set in use came from, and what was wrong with the rest. */
struct advice_sources {
	/* "built-in" or the path of the file in use */
	char			exercises[PATH_MAX];
	char			rules[PATH_MAX];
	/* the error of a file that was not used; msg "" when none */
	struct advice_error	exercises_error;
	struct advice_error	rules_error;
};

/*
 * Load the set to use.  exercises_path and advice_path name a clinic's
 * files, which must exist; NULL means SYSCONFDIR/footscreen/exercises.ini
 * and advice.ini ($FOOTSCREEN_SYSCONFDIR in place of SYSCONFDIR when set),
 * skipped when absent.  Built-in rules are checked against a clinic's
 * library too: when they name an exercise it lacks, that library is not
 * used.  Returns 0 when every file found was used, 1 when one was not (the
 * built-in one is used instead; src says why), or -1 when the built-in set
 * itself fails (a build fault; src->exercises_error or rules_error says
 * why) and *lib and *rules must not be used.
 */
int	advice_load(const char *exercises_path, const char *advice_path,
	    struct exercise_library *lib, struct advice_rules *rules,
	    struct advice_sources *src);

#endif
