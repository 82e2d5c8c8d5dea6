/*
 * fields.c: splitting a line into fields and reading numbers from them.
 *
 * Fields point into the line rather than cutting it with NULs, so a reader
 * can look at a line, decide it is data, and hand it back for reading.
 * Every message about a field names its column from 1 and quotes the text
 * with unprintable bytes escaped, so a binary file cannot garble the
 * terminal that shows the error.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "recording/reader.h"

/* Whether c separates fields in the blank-separated mode. */
static int
rec_is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Append a field trimmed of blanks at both ends. */
static void
rec_fields_add(struct rec_fields *fl, const char *p, size_t len)
{
	while (len > 0 && rec_is_blank(*p)) {
		p++;
		len--;
	}
	while (len > 0 && rec_is_blank(p[len - 1]))
		len--;
	if (fl->n == REC_FIELDS_MAX) {
		fl->more = 1;
		return;
	}
	fl->f[fl->n].p = p;
	fl->f[fl->n].len = len;
	fl->n++;
}

void
rec_fields_split(const char *line, char sep, struct rec_fields *fl)
{
	const char	*p = line, *q;

	fl->n = 0;
	fl->more = 0;
	if (sep == ' ') {
		for (;;) {
			while (rec_is_blank(*p))
				p++;
			if (*p == '\0')
				return;
			for (q = p; *q != '\0' && !rec_is_blank(*q); q++)
				;
			rec_fields_add(fl, p, (size_t)(q - p));
			p = q;
		}
	}
	for (;;) {
		if ((q = strchr(p, sep)) == NULL) {
			rec_fields_add(fl, p, strlen(p));
			return;
		}
		rec_fields_add(fl, p, (size_t)(q - p));
		p = q + 1;
	}
}

/*
 * A semicolon wins because files that use it often write decimal commas,
 * which must then be reported, not split; a tab beats a comma for the same
 * reason.  Otherwise commas, else runs of blanks.
 */
char
rec_guess_sep(const char *line)
{
	if (strchr(line, ';') != NULL)
		return ';';
	if (strchr(line, '\t') != NULL)
		return '\t';
	if (strchr(line, ',') != NULL)
		return ',';
	return ' ';
}

int
rec_field_is(const struct rec_field *f, const char *s)
{
	return strlen(s) == f->len && memcmp(f->p, s, f->len) == 0;
}

/* ASCII only, so the result does not depend on the locale. */
static char
rec_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

int
rec_field_is_nocase(const struct rec_field *f, const char *s)
{
	size_t	i;

	if (strlen(s) != f->len)
		return 0;
	for (i = 0; i < f->len; i++)
		if (rec_lower(f->p[i]) != rec_lower(s[i]))
			return 0;
	return 1;
}

int
rec_fields_expect(struct rec_lines *l, const struct rec_fields *fl,
    size_t n, const char *what)
{
	if (fl->more)
		return rec_lines_fail(l, "expected %zu columns (%s), found more "
		    "than %d", n, what, REC_FIELDS_MAX);
	if (fl->n != n)
		return rec_lines_fail(l, "expected %zu columns (%s), found %zu%s",
		    n, what, fl->n, fl->n < n ? " (line cut short?)" : "");
	return 0;
}

int
rec_field_number(struct rec_lines *l, const struct rec_fields *fl,
    size_t col, double *v)
{
	const struct rec_field	*f = &fl->f[col];
	char			 q[64];

	switch (rec_number_parse(f->p, f->len, v)) {
	case REC_NUM_OK:
		return 0;
	case REC_NUM_EMPTY:
		return rec_lines_fail(l, "column %zu: empty, expected a number",
		    col + 1);
	case REC_NUM_NOT_FINITE:
		return rec_lines_fail(l, "column %zu: '%s' is not a finite "
		    "number", col + 1, rec_quote(f->p, f->len, q, sizeof q));
	case REC_NUM_NOT_A_NUMBER:
		break;
	}
	return rec_lines_fail(l, "column %zu: '%s' is not a number%s", col + 1,
	    rec_quote(f->p, f->len, q, sizeof q),
	    memchr(f->p, ',', f->len) != NULL ?
	    " (the decimal separator is '.')" : "");
}

int
rec_field_decimal_comma(const struct rec_field *f)
{
	char	buf[64], *c;
	double	v;

	if (f->len == 0 || f->len >= sizeof buf ||
	    memchr(f->p, ',', f->len) == NULL)
		return 0;
	memcpy(buf, f->p, f->len);
	buf[f->len] = '\0';
	if ((c = strchr(buf, ',')) == NULL || strchr(c + 1, ',') != NULL)
		return 0;
	*c = '.';
	return rec_number_parse(buf, f->len, &v) == REC_NUM_OK;
}

const char *
rec_quote(const char *p, size_t len, char *buf, size_t buflen)
{
	static const char	 hex[] = "0123456789abcdef";
	size_t			 i, o = 0;

	/* Room for one escaped byte and "..." and the NUL. */
	if (buflen < 9) {
		if (buflen > 0)
			buf[0] = '\0';
		return buf;
	}
	for (i = 0; i < len && o + 8 < buflen && o < 40; i++) {
		unsigned char	c = (unsigned char)p[i];

		if (c >= 0x20 && c < 0x7f && c != '\\') {
			buf[o++] = (char)c;
			continue;
		}
		buf[o++] = '\\';
		buf[o++] = 'x';
		buf[o++] = hex[c >> 4];
		buf[o++] = hex[c & 0xf];
	}
	if (i < len) {
		memcpy(buf + o, "...", 3);
		o += 3;
	}
	buf[o] = '\0';
	return buf;
}
