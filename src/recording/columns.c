/*
 * columns.c: the numeric body of a recording, and what every reader checks.
 *
 * Readers collect whole columns of doubles, then select rows and hand the
 * arrays to the struct recording.  The checks every format shares live
 * here too: the column count of each row, times that increase, the row
 * range, which options apply to which format, and the rate implied by a
 * time column.
 */
#include <config.h>

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "recording/reader.h"

void
rec_columns_init(struct rec_columns *cols, size_t ncol)
{
	memset(cols, 0, sizeof *cols);
	cols->ncol = ncol < REC_COLUMNS_MAX ? ncol : REC_COLUMNS_MAX;
}

/* Double the capacity of every column; -1 when memory runs out. */
static int
rec_columns_grow(struct rec_columns *cols)
{
	size_t	cap = cols->cap != 0 ? cols->cap * 2 : 1024, c;

	if (cols->cap > SIZE_MAX / 2 / sizeof (double))
		return -1;
	for (c = 0; c < cols->ncol; c++) {
		double	*p = realloc(cols->col[c], cap * sizeof *p);

		if (p == NULL)
			return -1;
		cols->col[c] = p;
	}
	cols->cap = cap;
	return 0;
}

int
rec_columns_push(struct rec_columns *cols, const double *row)
{
	size_t	c;

	if (cols->n == cols->cap && rec_columns_grow(cols) == -1)
		return -1;
	for (c = 0; c < cols->ncol; c++)
		cols->col[c][cols->n] = row[c];
	cols->n++;
	return 0;
}

double *
rec_columns_take(struct rec_columns *cols, size_t c)
{
	double	*p = cols->col[c];

	cols->col[c] = NULL;
	return p;
}

void
rec_columns_free(struct rec_columns *cols)
{
	size_t	c;

	for (c = 0; c < REC_COLUMNS_MAX; c++) {
		free(cols->col[c]);
		cols->col[c] = NULL;
	}
	cols->n = cols->cap = 0;
}

void
rec_columns_keep(struct rec_columns *cols, size_t first, size_t last)
{
	size_t	c;

	for (c = 0; c < cols->ncol; c++)
		if (cols->col[c] != NULL && first > 0)
			memmove(cols->col[c], cols->col[c] + first,
			    (last - first) * sizeof (double));
	cols->n = last - first;
}

int
rec_columns_scale(struct rec_columns *cols, size_t c, double mul, double div,
    size_t first, const char *name, struct rec_error *err)
{
	double	*v = cols->col[c];
	size_t	 i;

	for (i = 0; i < cols->n; i++) {
		double	x = v[i] * mul / div;

		if (!isfinite(x))
			return rec_fail(err, name, 0, "data row %zu, column %zu: "
			    "%g is too large to convert", first + i, c + 1, v[i]);
		v[i] = x;
	}
	return 0;
}

int
rec_table_read(struct rec_lines *l, const struct rec_table_spec *spec,
    struct rec_columns *cols)
{
	struct rec_fields	fl;
	double			row[REC_COLUMNS_MAX], prev = 0;
	size_t			c;
	int			r, have_prev = 0;

	while ((r = rec_lines_next(l)) == 1) {
		const char	*s = l->buf + strspn(l->buf, " \t");

		if (*s == '\0' || (spec->comments && *s == '#'))
			continue;
		rec_fields_split(l->buf, spec->sep, &fl);
		if (rec_fields_expect(l, &fl, spec->ncol, spec->what) == -1)
			return -1;
		for (c = 0; c < spec->ncol; c++)
			if (rec_field_number(l, &fl, c, &row[c]) == -1)
				return -1;
		if (spec->time_col >= 0) {
			double	t = row[spec->time_col];

			if (have_prev && !(t > prev))
				return rec_lines_fail(l, "column %d: time %.9g "
				    "is not after the previous row's %.9g; "
				    "expected increasing times",
				    spec->time_col + 1, t, prev);
			prev = t;
			have_prev = 1;
		}
		if (rec_columns_push(cols, row) == -1)
			return rec_lines_fail(l, "out of memory after %zu rows",
			    cols->n);
	}
	return r;
}

int
rec_options_check(const struct rec_options *o, enum rec_format fmt,
    int takes_rate, const char *name, struct rec_error *err)
{
	const char	*fname = rec_format_name(fmt);

	if (!(o->rate_hz >= 0 && isfinite(o->rate_hz)))
		return rec_fail(err, name, 0, "rate %g Hz: expected a number "
		    "above 0", o->rate_hz);
	/* Two rates for one file would disagree silently; refuse instead. */
	if (o->rate_hz > 0 && !takes_rate)
		return rec_fail(err, name, 0, "a rate was given, but this %s "
		    "file carries its own; a rate is only for a COP table "
		    "without a time column or amti-netforce", fname);
	if (o->units_set && fmt != REC_FORMAT_COP_TABLE)
		return rec_fail(err, name, 0, "units were given, but a %s file "
		    "has fixed units; units are only for COP tables", fname);
	if (o->cop_convention != REC_COP_PLAIN &&
	    fmt != REC_FORMAT_QUIJOUX_AMTI && fmt != REC_FORMAT_AMTI_NETFORCE)
		return rec_fail(err, name, 0, "the Quijoux main.py COP "
		    "convention applies to AMTI exports, not to %s", fname);
	return 0;
}

int
rec_rows_range(const struct rec_options *o, size_t nrows, const char *name,
    struct rec_error *err, size_t *first, size_t *last)
{
	*first = o->row_first;
	*last = o->row_last != 0 ? o->row_last : nrows;
	if (nrows == 0)
		return rec_fail(err, name, 0, "no data rows");
	if (*last > nrows)
		return rec_fail(err, name, 0, "rows %zu to %zu asked for, but "
		    "the file has %zu data rows (0 to %zu)", *first, *last,
		    nrows, nrows - 1);
	if (*first >= *last)
		return rec_fail(err, name, 0, "rows %zu to %zu: expected the "
		    "first row before the end of the range", *first, *last);
	return 0;
}

/* qsort() order for doubles (no NaN here: the readers reject them). */
static int
rec_double_cmp(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int
rec_rate_from_times(const double *t, size_t n, const char *name,
    struct rec_error *err, double *rate)
{
	double	*step, median, r;
	size_t	 i, m;

	if (n == 0)
		return rec_fail(err, name, 0, "no data rows");
	if (n == 1)
		return rec_fail(err, name, 0, "one row is too few to tell the "
		    "sampling rate from the time column");
	m = n - 1;
	if ((step = malloc(m * sizeof *step)) == NULL)
		return rec_fail(err, name, 0, "out of memory");
	for (i = 0; i < m; i++)
		step[i] = t[i + 1] - t[i];
	/* The median ignores a few dropped or doubled samples. */
	qsort(step, m, sizeof *step, rec_double_cmp);
	median = m % 2 ? step[m / 2] : (step[m / 2 - 1] + step[m / 2]) / 2;
	free(step);
	r = 1 / median;
	/*
	 * Times printed to a few decimals make 100 Hz come out as 99.9999999;
	 * rates of real devices are whole numbers, so snap within 1 ppm.
	 */
	if (fabs(r - round(r)) <= 1e-6 * r)
		r = round(r);
	if (!isfinite(r) || r <= 0)
		return rec_fail(err, name, 0, "cannot tell a sampling rate "
		    "from the time column");
	*rate = r;
	return 0;
}

double *
rec_times_of_frames(size_t first, size_t n, double rate)
{
	double	*t;
	size_t	 i;

	if (n == 0 || n > SIZE_MAX / sizeof *t ||
	    (t = malloc(n * sizeof *t)) == NULL)
		return NULL;
	for (i = 0; i < n; i++)
		t[i] = (double)(first + i) / rate;
	return t;
}

int
rec_read_timed_table(struct rec_lines *l, const struct rec_options *o,
    enum rec_format format,
    int (*header)(struct rec_lines *, struct recording *),
    struct recording *rec, const struct rec_table_spec *spec,
    struct rec_columns *cols, double *rate, size_t *first)
{
	size_t	last;
	int	r;

	rec_columns_init(cols, spec->ncol);
	if (rec_options_check(o, format, 0, l->name, l->err) == -1)
		return -1;
	if ((r = rec_lines_next(l)) != 1)
		return r == 0 ? rec_fail(l->err, l->name, 0, "empty file") : -1;
	if (header(l, rec) == -1)
		return -1;
	if (rec_table_read(l, spec, cols) == -1 ||
	    rec_rate_from_times(cols->col[0], cols->n, l->name, l->err,
	    rate) == -1 ||
	    rec_rows_range(o, cols->n, l->name, l->err, first, &last) == -1) {
		rec_columns_free(cols);
		return -1;
	}
	rec_columns_keep(cols, *first, last);
	return 0;
}
