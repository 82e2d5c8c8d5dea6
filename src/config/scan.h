/*
 * scan.h: checks on the raw bytes of a configuration file before iniparser
 * sees it.
 *
 * iniparser 4.1 reads lines with fgets(), so a NUL byte silently cuts a
 * line; it files keys that come before any [section] under an empty section
 * name nobody can list, drops sections whose name holds a ':' from
 * iniparser_getnsec(), and fails the whole file on a line over 1022 bytes
 * with a terse message.  This scan turns each of those into an error that
 * names the line, and also rejects control characters, invalid UTF-8 and a
 * byte order mark, so that junk never reaches the terminal.
 */
#ifndef FOOTSCREEN_CONFIG_SCAN_H
#define FOOTSCREEN_CONFIG_SCAN_H

#include <stddef.h>

/*
 * The longest line iniparser 4.1 accepts, in bytes before the newline
 * (ASCIILINESZ 1024 less the newline and the NUL; measured in
 * stack-notes.md §2.3).
 */
#define CONFIG_LINE_MAX	1022

/*
 * Check text[0..len) as footscreen.conf.  Returns 0, or -1 with why set to
 * "line N: what is wrong" (no file name).
 */
int	config_scan_text(const char *text, size_t len, char *why,
	    size_t whylen);

/*
 * The sections another kind of INI file may hold: known(name) is nonzero
 * for an allowed name (as written, any case), and list(buf, len) writes
 * them joined by ", " for the message about an unknown one.
 */
struct scan_sections {
	int	(*known)(const char *name);
	void	(*list)(char *buf, size_t len);
};

/* footscreen.conf's sections. */
extern const struct scan_sections config_file_sections;

/* config_scan_text() for a file with the sections in *sections. */
int	config_scan_text_sections(const char *text, size_t len,
	    const struct scan_sections *sections, char *why, size_t whylen);

#endif
