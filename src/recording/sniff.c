/*
 * sniff.c: telling a recording's format from its first lines.
 *
 * Each foreign format has a first line (or, for the Motive export, a
 * column header within the first lines) that no other format shares.  A
 * file with no header at all is a COP table when its rows hold 2 or 3
 * numbers and an AMTI NetForce export when they hold 6 comma-separated
 * numbers: no other format footscreen reads has 6 bare columns, so the
 * guess cannot take another format's file, and the caller can see the
 * result in recording.format.
 */
#include <config.h>

#include <string.h>

#include "recording/reader.h"

/* Lines looked at; the Motive export's column header is on line 34. */
#define REC_SNIFF_LINES	64

/*
 * Whether every field of a line is a number; with commas allowed, also
 * one written with a decimal comma, so that a table in that style reaches
 * the COP reader and is refused with a reason rather than unrecognised.
 */
static int
rec_sniff_numeric(const struct rec_fields *fl, int commas)
{
	size_t	i;
	double	v;

	if (fl->n == 0 || fl->more)
		return 0;
	for (i = 0; i < fl->n; i++)
		if (rec_number_parse(fl->f[i].p, fl->f[i].len, &v) !=
		    REC_NUM_OK && !(commas &&
		    rec_field_decimal_comma(&fl->f[i])))
			return 0;
	return 1;
}

/* The format a line of bare numbers suggests, or REC_FORMAT_AUTO. */
static enum rec_format
rec_sniff_numbers(const char *line)
{
	struct rec_fields	fl;
	char			sep = rec_guess_sep(line);

	rec_fields_split(line, sep, &fl);
	if (fl.n == 6 && sep == ',' && rec_sniff_numeric(&fl, 0))
		return REC_FORMAT_AMTI_NETFORCE;
	if ((fl.n == 2 || fl.n == 3) && rec_sniff_numeric(&fl, sep != ','))
		return REC_FORMAT_COP_TABLE;
	return REC_FORMAT_AUTO;
}

/* The format of a first line that names it, or REC_FORMAT_AUTO. */
static enum rec_format
rec_sniff_first(const char *s)
{
	if (strncmp(s, "# footscreen-recording", 22) == 0)
		return REC_FORMAT_FOOTSCREEN;
	if (strncmp(s, "Format Version,", 15) == 0)
		return REC_FORMAT_QUIJOUX_AMTI;
	if (strncmp(s, "Time (s)\tChannel 0\t", 19) == 0)
		return REC_FORMAT_BMC_KISTLER;
	if (strncmp(s, "time (s)\t", 9) == 0 && strstr(s, " Fvert (N)") != NULL)
		return REC_FORMAT_TWO_PLATES;
	return REC_FORMAT_AUTO;
}

enum rec_format
rec_sniff(const char *name, const char *mem, size_t len,
    struct rec_error *err)
{
	struct rec_lines	l;
	enum rec_format		fmt = REC_FORMAT_AUTO;
	size_t			content = 0, first_line = 0;
	int			r = 0;

	if (rec_lines_open(&l, name, mem, len, NULL, err) == -1)
		return REC_FORMAT_AUTO;
	while (l.lineno < REC_SNIFF_LINES && (r = rec_lines_next(&l)) == 1) {
		const char	*s = l.buf;

		if (l.lineno == 1 &&
		    (fmt = rec_sniff_first(s)) != REC_FORMAT_AUTO)
			break;
		if (strncmp(s, "MocapFrame,", 11) == 0) {
			fmt = REC_FORMAT_QUIJOUX_AMTI;
			break;
		}
		if (rec_line_blank(s) || s[strspn(s, " \t")] == '#')
			continue;
		/* A COP table may open with one line of column names. */
		if (content++ == 0)
			first_line = l.lineno;
		if ((fmt = rec_sniff_numbers(s)) != REC_FORMAT_AUTO ||
		    content == 2)
			break;
	}
	if (r == -1) {
		rec_lines_close(&l);
		return REC_FORMAT_AUTO;
	}
	if (fmt == REC_FORMAT_AUTO) {
		if (content == 0)
			rec_fail(err, name, 0, "only blank or comment lines: "
			    "expected a recording");
		else
			rec_fail(err, name, first_line, "not a format footscreen "
			    "recognises: expected '# footscreen-recording %d', "
			    "a COP table of 2 or 3 numeric columns, or a "
			    "force-plate export (see footscreen-recording(5)); "
			    "or name the format", REC_FOOTSCREEN_VERSION);
	}
	rec_lines_close(&l);
	return fmt;
}
