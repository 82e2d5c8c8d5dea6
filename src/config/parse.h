/*
 * parse.h: strict parsers for configuration values, and INI quoting.
 *
 * iniparser's own typed getters are lax (strtol with base 0, so "12abc" is
 * 12 and "010" is 8; booleans by first letter) and crash on section names
 * in 4.1 (CVE-2023-33461), so footscreen reads every value as a string and
 * converts it here.  Each parser takes the whole string: no leading or
 * trailing junk, no blanks.  They return 0 and store the result, or -1 and
 * leave *out alone.  Numbers are read and written in the C locale whatever
 * setlocale() says, so "0.5" means the same everywhere.
 */
#ifndef FOOTSCREEN_CONFIG_PARSE_H
#define FOOTSCREEN_CONFIG_PARSE_H

#include <stddef.h>

#include "core/cop.h"

/* A decimal integer: optional sign, digits only. */
int	config_parse_long(const char *, long *out);
/* A decimal integer that is one of allowed[0..n-1]. */
int	config_parse_int_in(const char *, const int *allowed, size_t n,
	    int *out);
/* A finite decimal number: [+-]digits[.digits][e[+-]digits]. */
int	config_parse_real(const char *, double *out);
/* yes/no, true/false, on/off, 1/0, in any case. */
int	config_parse_bool(const char *, int *out);
/* The index of the string in words (NULL-terminated), in any case. */
int	config_parse_word(const char *, const char *const *words, int *out);
/* 1 to 4 hex digits with an optional 0x: 0..0xffff; "" gives -1 (unset). */
int	config_parse_hex16(const char *, int *out);
/* TL, TR, BL, BR, each once, comma-separated, blanks around commas allowed. */
int	config_parse_channel_order(const char *, enum cell order[CELL_COUNT]);

/*
 * The shortest "%g" text of v that reads back as exactly v, in the C
 * locale.  Returns 0, or -1 when buf is too small.
 */
int	config_format_real(double v, char *buf, size_t len);

/*
 * How to write s as an INI value that iniparser 4.1 and 4.2 both read back
 * unchanged: 0 bare, '"' or '\'' to quote with that character, -1 when it
 * cannot be done (it needs quotes but holds a backslash, which 4.2 treats as
 * an escape inside quotes, or holds both kinds of quote).
 */
int	config_ini_quoting(const char *s);

/*
 * Copy s[0..n) to out for an error message, at most max bytes of it, cut at
 * a UTF-8 character boundary and marked with "..." when cut.
 */
void	config_excerpt(const char *s, size_t n, size_t max, char *out,
	    size_t outlen);

#endif
