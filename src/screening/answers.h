/*
 * answers.h: reading a person's answers and measurements (an ANSWERS.ini
 * file, footscreen-answers(5)) into struct screening_answers.
 *
 * Missing answers are allowed: a key left out, or given an empty value,
 * stays "not answered".  An unknown section, key or value, or a number out
 * of its range, is an error naming the file, section, key, the value and
 * what is allowed.  The file is checked byte by byte (config/scan.h) before
 * iniparser reads it, and values are converted by config/parse.h.
 *
 * Loading installs an iniparser error callback for the duration of the
 * call, so load from one thread only.
 */
#ifndef FOOTSCREEN_SCREENING_ANSWERS_H
#define FOOTSCREEN_SCREENING_ANSWERS_H

#include <stddef.h>
#include <stdio.h>

#include "core/screening.h"

/* Largest answers file read, in bytes: far above any real one. */
#define ANSWERS_FILE_MAX	(256 * 1024)

struct answers_error {
	/* "FILE: [section] key = 'value': allowed: ..." */
	char	msg[2048];
};

/*
 * Read the file at path ("-": standard input) into *a, which is first set
 * to "not answered".  Returns 0, or -1 with err; *a is then all "not
 * answered" again, never half filled.
 */
int	answers_load(const char *path, struct screening_answers *a,
	    struct answers_error *err);

/*
 * The same for text[0..len) already in memory; name is what messages call
 * it.
 */
int	answers_load_text(const char *name, const char *text, size_t len,
	    struct screening_answers *a, struct answers_error *err);

/*
 * What key accepts in section, as the error messages say it ("0 to 10",
 * "yes, no", ...); -1 when there is no such key.  For tests and the manual.
 */
int	answers_key_allowed(const char *section, const char *key, char *buf,
	    size_t len);

/*
 * The word the answers file uses for a value: an enumeration value of a
 * word key ("left", "shoe_wear", WEAR_INNER gives "inner"), or bit i of a
 * list key (worse_with).  NULL for no such key or value, and for 0 (not
 * answered).  Reports use it so that JSON speaks the file's words.
 */
const char	*answers_word(const char *section, const char *key, int value);
/* The site's name in a [symptom.SITE] section ("low_back"). */
const char	*answers_site_key(enum symptom_site);

/*
 * Write the answers as an answers file that answers_load_text() reads
 * back to the same answers: every answered key, in the manual's order,
 * numbers in their shortest exact form; what was not answered is left
 * out.  A symptom section with nothing in it but "asked" is written as
 * an empty section.  Returns 0, or -1 when writing failed or a value is
 * out of range.  (For the history store, which keeps answers as files.)
 */
int	answers_write(FILE *, const struct screening_answers *);

#endif
