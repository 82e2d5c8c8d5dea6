/*
 * inifile.h: reading an INI file the safe way, for any kind of file the
 * program reads (configuration, answers, advice data).
 *
 * The whole file is read into memory (a regular file only, with a size
 * limit), its raw bytes are checked (scan.h), and iniparser then parses
 * exactly those bytes: from memory on iniparser 4.2, through a private
 * temporary copy on 4.1, which reads only named files.  Text built into the
 * program goes through the same two last steps.
 *
 * Parsing installs an iniparser error callback for the duration of the
 * call and keeps its first message in a static buffer, so parse from one
 * thread only.  Messages are written to a caller's buffer, never printed.
 */
#ifndef FOOTSCREEN_CONFIG_INIFILE_H
#define FOOTSCREEN_CONFIG_INIFILE_H

#include <stddef.h>

#include <iniparser.h>

#include "config/scan.h"

/*
 * Read the regular file at path, at most max bytes, into a new
 * NUL-terminated buffer (*text, length *len; the caller frees it).
 * Returns 0; 1 when the file does not exist and optional is set; or -1
 * with msg set to "PATH: what is wrong".
 */
int	inifile_read(const char *path, size_t max, int optional, char **text,
	    size_t *len, char *msg, size_t msglen);

/*
 * Check text[0..len) with the sections allowed by *sections, then parse it
 * with iniparser, and refuse a repeated [section] or a key repeated within
 * one (iniparser would merge them without a word).  name is what messages
 * call the text.  Returns the dictionary (iniparser_freedict() it), or NULL
 * with msg set to "NAME: line N: what is wrong".
 */
dictionary	*inifile_parse(const char *name, const char *text, size_t len,
		    const struct scan_sections *sections, char *msg,
		    size_t msglen);

/*
 * Call fn(arg, key, value) for every key of section sec of d, in file
 * order: key without its "section:" prefix, value "" when empty.  Stops at
 * the first nonzero return and returns it; -1 with msg when the keys cannot
 * be listed (fn sets msg itself when it fails).
 */
int	inifile_each_key(const dictionary *d, const char *sec,
	    int (*fn)(void *arg, const char *key, const char *value),
	    void *arg, const char *name, char *msg, size_t msglen);

#endif
