/*
 * cop_table.c: reading a plain centre-of-pressure table.
 *
 * An optional line of column names (a first line whose first field is not
 * a number), then rows of ML, AP or time, ML, AP, separated by commas,
 * tabs, blanks or semicolons; lines starting with '#' are comments.
 * Lengths are converted to mm from the units the caller names (mm when
 * none).  With a time column the rate is its median step; without one the
 * caller must give the rate.
 */
#include <config.h>

#include <string.h>

#include "recording/reader.h"

/* Next line that is neither blank nor a comment: 1, 0 at the end, -1. */
static int
rec_cop_next_content(struct rec_lines *l)
{
	int	r;

	while ((r = rec_lines_next(l)) == 1) {
		const char	*s = l->buf + strspn(l->buf, " \t");

		if (*s != '\0' && *s != '#')
			break;
	}
	return r;
}

/* mm per unit. */
static double
rec_cop_scale(enum rec_units u)
{
	switch (u) {
	case REC_UNITS_M:
		return 1000;
	case REC_UNITS_CM:
		return 10;
	case REC_UNITS_MM:
		break;
	}
	return 1;
}

int
rec_read_cop_table(struct rec_lines *l, const struct rec_options *o,
    struct recording *rec)
{
	struct rec_fields	fl;
	struct rec_columns	cols;
	struct rec_table_spec	spec;
	double			v, rate, scale = rec_cop_scale(o->units);
	size_t			first, last, i, header_line = 0;
	int			r, has_time;

	if ((r = rec_cop_next_content(l)) != 1)
		return r == 0 ? rec_fail(l->err, l->name, 0, "no data rows: "
		    "expected rows of ML, AP or time, ML, AP") : -1;
	/* Column names, unless it is a row in decimal commas (refused below). */
	rec_fields_split(l->buf, rec_guess_sep(l->buf), &fl);
	if (fl.n > 0 &&
	    rec_number_parse(fl.f[0].p, fl.f[0].len, &v) != REC_NUM_OK &&
	    !rec_field_decimal_comma(&fl.f[0])) {
		header_line = l->lineno;
		if ((r = rec_cop_next_content(l)) != 1)
			return r == 0 ? rec_fail(l->err, l->name, header_line,
			    "a line of column names but no data rows after "
			    "it") : -1;
	}
	spec.sep = rec_guess_sep(l->buf);
	rec_fields_split(l->buf, spec.sep, &fl);
	if (fl.more || (fl.n != 2 && fl.n != 3))
		return rec_lines_fail(l, "expected 2 columns (ML, AP) or 3 "
		    "(time, ML, AP), found %s%zu", fl.more ? "more than " : "",
		    fl.n);
	/* A bad number here says more than a missing rate would. */
	for (i = 0; i < fl.n; i++)
		if (rec_field_number(l, &fl, i, &v) == -1)
			return -1;
	has_time = fl.n == 3;
	if (rec_options_check(o, REC_FORMAT_COP_TABLE, !has_time, l->name,
	    l->err) == -1)
		return -1;
	if (!has_time && o->rate_hz == 0)
		return rec_lines_fail(l, "a COP table without a time column "
		    "needs the sampling rate given (--rate)");
	rec_lines_unread(l);

	spec.ncol = fl.n;
	spec.what = has_time ? "time, ML, AP" : "ML, AP";
	spec.time_col = has_time ? 0 : -1;
	spec.comments = 1;
	rec_columns_init(&cols, spec.ncol);
	if (rec_table_read(l, &spec, &cols) == -1)
		goto fail;
	rate = o->rate_hz;
	if (has_time && rec_rate_from_times(cols.col[0], cols.n, l->name,
	    l->err, &rate) == -1)
		goto fail;
	if (rec_rows_range(o, cols.n, l->name, l->err, &first, &last) == -1)
		goto fail;
	rec_columns_keep(&cols, first, last);
	if (rec_columns_scale(&cols, (size_t)has_time, scale, 1, first,
	    l->name, l->err) == -1 ||
	    rec_columns_scale(&cols, (size_t)has_time + 1, scale, 1, first,
	    l->name, l->err) == -1)
		goto fail;

	rec->kind = REC_KIND_COP;
	rec->rate_hz = rate;
	rec->n = cols.n;
	rec->ml = rec_columns_take(&cols, (size_t)has_time);
	rec->ap = rec_columns_take(&cols, (size_t)has_time + 1);
	if (has_time)
		rec->t = rec_columns_take(&cols, 0);
	else if ((rec->t = rec_times_of_frames(first, rec->n, rate)) == NULL) {
		rec_fail(l->err, l->name, 0, "out of memory");
		goto fail;
	}
	rec_columns_free(&cols);
	return 0;
fail:
	rec_columns_free(&cols);
	return -1;
}
