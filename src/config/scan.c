/*
 * scan.c: raw-byte checks on a configuration file; see scan.h.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "config/parse.h"
#include "config/scan.h"
#include "config/schema.h"

/*
 * Length of the well-formed UTF-8 sequence at p (left bytes available), or 0.
 * The ranges are RFC 3629 §4's: no overlong forms, no surrogates, nothing
 * above U+10FFFF.
 */
static size_t
utf8_seq_len(const unsigned char *p, size_t left)
{
	unsigned char	lo = 0x80, hi = 0xbf;
	size_t		n;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		n = 2;
	else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		n = 3;
		if (p[0] == 0xe0)
			lo = 0xa0;
		else if (p[0] == 0xed)
			hi = 0x9f;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		n = 4;
		if (p[0] == 0xf0)
			lo = 0x90;
		else if (p[0] == 0xf4)
			hi = 0x8f;
	} else
		return 0;
	if (left < n || p[1] < lo || p[1] > hi)
		return 0;
	for (size_t i = 2; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	return n;
}

/* Check the bytes of one line (without its newline). */
static int
line_bytes_ok(const char *line, size_t n, size_t lineno, char *why,
    size_t whylen)
{
	const unsigned char	*u = (const unsigned char *)line;
	size_t			 i = 0, k;

	while (i < n) {
		if (u[i] == '\0') {
			snprintf(why, whylen, "line %zu: NUL byte "
			    "(is this a binary file?)", lineno);
			return 0;
		}
		/* A CR is fine only as part of a CRLF line end. */
		if ((u[i] < 0x20 && u[i] != '\t' &&
		    !(u[i] == '\r' && i + 1 == n)) || u[i] == 0x7f) {
			snprintf(why, whylen, "line %zu: control character "
			    "0x%02x", lineno, u[i]);
			return 0;
		}
		if ((k = utf8_seq_len(u + i, n - i)) == 0) {
			snprintf(why, whylen, "line %zu: not valid UTF-8 "
			    "(byte 0x%02x)", lineno, u[i]);
			return 0;
		}
		i += k;
	}
	if (n > CONFIG_LINE_MAX) {
		snprintf(why, whylen, "line %zu: %zu bytes long; iniparser "
		    "reads lines of at most %d", lineno, n, CONFIG_LINE_MAX);
		return 0;
	}
	return 1;
}

/* Narrow s[0..*n) to its part without blanks or a CR at either end. */
static const char *
trim(const char *s, size_t *n)
{
	while (*n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		(*n)--;
	}
	while (*n > 0 && strchr(" \t\r", s[*n - 1]) != NULL)
		(*n)--;
	return s;
}

/*
 * Check what a trimmed line is: a blank or comment line, a known [section],
 * or (only after a section) anything else, which iniparser judges.
 */
static int
line_structure_ok(const char *s, size_t n, size_t lineno, int *in_section,
    const struct scan_sections *known, char *why, size_t whylen)
{
	char		 name[64], sections[320], text[48];
	const char	*close, *p;
	size_t		 m;

	if (n == 0 || s[0] == '#' || s[0] == ';')
		return 1;
	/* iniparser's rule: [ first, ] last, the name up to the first ]. */
	if (s[0] == '[' && s[n - 1] == ']') {
		close = memchr(s, ']', n);
		m = (size_t)(close - (s + 1));
		p = trim(s + 1, &m);
		config_excerpt(p, m, 40, name, sizeof name);
		if (m > 40 || !known->known(name)) {
			known->list(sections, sizeof sections);
			snprintf(why, whylen, "line %zu: unknown section [%s]: "
			    "allowed: %s", lineno, name, sections);
			return 0;
		}
		*in_section = 1;
		return 1;
	}
	if (!*in_section) {
		config_excerpt(s, n, 40, text, sizeof text);
		snprintf(why, whylen, "line %zu: '%s' comes before any "
		    "[section]", lineno, text);
		return 0;
	}
	return 1;
}

/* footscreen.conf's sections, as scan_sections wants them. */
static int
config_section_known(const char *name)
{
	return config_schema_section(name) != NULL;
}

const struct scan_sections config_file_sections = {
	config_section_known, config_section_names
};

int
config_scan_text(const char *text, size_t len, char *why, size_t whylen)
{
	return config_scan_text_sections(text, len, &config_file_sections, why,
	    whylen);
}

int
config_scan_text_sections(const char *text, size_t len,
    const struct scan_sections *sections, char *why, size_t whylen)
{
	const char	*line, *nl, *t;
	size_t		 pos = 0, lineno = 0, n, m;
	int		 in_section = 0, continued = 0;

	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		snprintf(why, whylen, "line 1: starts with a UTF-8 byte order "
		    "mark; save the file without it");
		return -1;
	}
	while (pos < len) {
		line = text + pos;
		nl = memchr(line, '\n', len - pos);
		n = nl != NULL ? (size_t)(nl - line) : len - pos;
		lineno++;
		if (!line_bytes_ok(line, n, lineno, why, whylen))
			return -1;
		m = n;
		t = trim(line, &m);
		/* A line after one ending in a backslash continues it. */
		if (!continued && !line_structure_ok(t, m, lineno, &in_section,
		    sections, why, whylen))
			return -1;
		continued = m > 0 && t[m - 1] == '\\';
		pos += n + (nl != NULL);
	}
	return 0;
}
