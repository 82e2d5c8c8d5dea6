/*
 * reader.h: pieces the recording readers share; private to src/recording/.
 *
 * A bounded line reader over a memory block followed by an optional stream
 * (so the first bytes can be sniffed and still read again from a pipe),
 * field splitting that leaves the line intact, numbers parsed strictly,
 * growable numeric columns, and the per-format readers that recording.c
 * dispatches to.
 */
#ifndef FOOTSCREEN_RECORDING_READER_H
#define FOOTSCREEN_RECORDING_READER_H

#include <locale.h>
#include <stddef.h>
#include <stdio.h>

#include "recording/recording.h"

#if defined(__GNUC__)
#define REC_PRINTF(f, a)	__attribute__((format(printf, f, a)))
#else
#define REC_PRINTF(f, a)
#endif

/* Fill err and return -1, so callers can write return rec_fail(...). */
int	rec_fail(struct rec_error *, const char *file, size_t line,
	    const char *fmt, ...) REC_PRINTF(4, 5);

/* ---- lines.c: bounded line reader ---- */

struct rec_lines {
	const char		*mem;		/* read first */
	size_t			 memlen;
	size_t			 mempos;
	FILE			*fp;		/* then this, when not NULL */
	char			*buf;		/* the current line, NUL-ended */
	size_t			 len;
	size_t			 lineno;	/* of the current line, from 1 */
	int			 again;		/* next() returns buf again */
	const char		*name;		/* for messages */
	struct rec_error	*err;
};

int	rec_lines_open(struct rec_lines *, const char *name, const char *mem,
	    size_t memlen, FILE *, struct rec_error *);
void	rec_lines_close(struct rec_lines *);
/* Next line without its line ending: 1, 0 at the end, -1 with err set. */
int	rec_lines_next(struct rec_lines *);
/* Make the next rec_lines_next() return the current line once more. */
void	rec_lines_unread(struct rec_lines *);
/* An error about the current line; returns -1. */
int	rec_lines_fail(struct rec_lines *, const char *fmt, ...)
	    REC_PRINTF(2, 3);
/* Whether a line holds only blanks. */
int	rec_line_blank(const char *);

/* ---- fields.c: splitting a line into fields ---- */

#define REC_FIELDS_MAX	16

struct rec_field {
	const char	*p;	/* into the line; not NUL-ended */
	size_t		 len;
};

struct rec_fields {
	size_t			n;
	int			more;	/* the line had more than REC_FIELDS_MAX */
	struct rec_field	f[REC_FIELDS_MAX];
};

/* sep is ',', ';' or '\t'; ' ' splits on runs of blanks.  Fields are trimmed. */
void	rec_fields_split(const char *line, char sep, struct rec_fields *);
/* The separator a delimited line of numbers most likely uses. */
char	rec_guess_sep(const char *line);
/* Whether a field is exactly s (or s ignoring ASCII case). */
int	rec_field_is(const struct rec_field *, const char *s);
int	rec_field_is_nocase(const struct rec_field *, const char *s);
/* Error unless there are exactly n fields; what names them for the message. */
int	rec_fields_expect(struct rec_lines *, const struct rec_fields *,
	    size_t n, const char *what);
/* Field col (from 0) as a finite number, or an error naming the column. */
int	rec_field_number(struct rec_lines *, const struct rec_fields *,
	    size_t col, double *);
/* Whether a field is a number written with a decimal comma, as "1,5". */
int	rec_field_decimal_comma(const struct rec_field *);
/* A field shown safely in a message: at most ~40 bytes, bytes escaped. */
const char *rec_quote(const char *p, size_t len, char *buf, size_t buflen);

/* ---- numbers.c: numbers in the C locale ---- */

enum rec_num {
	REC_NUM_OK = 0,
	REC_NUM_EMPTY,
	REC_NUM_NOT_A_NUMBER,
	REC_NUM_NOT_FINITE	/* NaN, infinity, or too large for a double */
};

/* Parse exactly p[0..len) as a number; strtod's syntax, nothing after it. */
enum rec_num	 rec_number_parse(const char *p, size_t len, double *);
/* The shortest %g form that reads back to the same double. */
void		 rec_number_format(double, char *buf, size_t len);

/* Run parsing and printing in the C locale's LC_NUMERIC, then restore. */
struct rec_c_numeric {
	locale_t	c;
	locale_t	old;
};
int	rec_c_numeric_enter(struct rec_c_numeric *);
void	rec_c_numeric_leave(struct rec_c_numeric *);

/* ---- columns.c: growable numeric columns, rows, times ---- */

#define REC_COLUMNS_MAX	12

struct rec_columns {
	size_t	 ncol;
	size_t	 n;
	size_t	 cap;
	double	*col[REC_COLUMNS_MAX];
};

void	 rec_columns_init(struct rec_columns *, size_t ncol);
int	 rec_columns_push(struct rec_columns *, const double *row);
/* Hand column c to the caller, who frees it. */
double	*rec_columns_take(struct rec_columns *, size_t c);
void	 rec_columns_free(struct rec_columns *);
/* Keep rows [first, last) of every column. */
void	 rec_columns_keep(struct rec_columns *, size_t first, size_t last);

/*
 * Column c = column c * mul / div (a unit change); an error naming the data
 * row (first + index) if a value no longer fits in a double.
 */
int	 rec_columns_scale(struct rec_columns *, size_t c, double mul,
	    double div, size_t first, const char *name, struct rec_error *);

/* How to read the numeric body of a table. */
struct rec_table_spec {
	char		 sep;		/* as for rec_fields_split() */
	size_t		 ncol;
	const char	*what;		/* column names, for messages */
	int		 time_col;	/* must increase; -1 for none */
	int		 comments;	/* lines starting with '#' are skipped */
};

/* Read rows to the end of input; blank lines are skipped. */
int	rec_table_read(struct rec_lines *, const struct rec_table_spec *,
	    struct rec_columns *);
/* Check the options against a format; takes_rate: it has no rate of its own. */
int	rec_options_check(const struct rec_options *, enum rec_format,
	    int takes_rate, const char *name, struct rec_error *);
/* The selected data rows [*first, *last) of nrows, or an error. */
int	rec_rows_range(const struct rec_options *, size_t nrows,
	    const char *name, struct rec_error *, size_t *first, size_t *last);
/* The rate from the median step of increasing times. */
int	rec_rate_from_times(const double *t, size_t n, const char *name,
	    struct rec_error *, double *rate);
/*
 * The common shape of a lab export with one header line and a time column
 * first: check the options for format, read the header line with header(),
 * read the body, take the rate from the times and keep the selected rows.
 * On success cols holds the kept rows (the caller frees them), *rate the
 * rate and *first the index of the first kept data row; on error cols is
 * freed and err filled.
 */
int	rec_read_timed_table(struct rec_lines *, const struct rec_options *,
	    enum rec_format, int (*header)(struct rec_lines *, struct recording *),
	    struct recording *, const struct rec_table_spec *,
	    struct rec_columns *cols, double *rate, size_t *first);
/* t[i] = (first + i) / rate, a new array of n, or NULL. */
double	*rec_times_of_frames(size_t first, size_t n, double rate);

/* ---- sniff.c ---- */

/* Guess the format from the first bytes; REC_FORMAT_AUTO and err if none. */
enum rec_format	rec_sniff(const char *name, const char *mem, size_t len,
		    struct rec_error *);

/* ---- footscreen_header.c: the header of footscreen-recording(5) ---- */

/* Header being read: which keys were seen, and the column order. */
struct rec_fs_header {
	unsigned	 seen;		/* bit per known key */
	double		 rate_hz;
	double		 width_mm;
	double		 length_mm;
	char		 load_unit[16];
	int		 order[4];	/* column k of the loads is cell order[k] */
	struct rec_meta	 meta;
};

void	rec_fs_header_init(struct rec_fs_header *);
/* Parse the magic line (the first line of the file). */
int	rec_fs_magic(struct rec_lines *);
/* Parse one "# key = value" line (line starts after '#'). */
int	rec_fs_header_line(struct rec_lines *, char *text,
	    struct rec_fs_header *);
/* Error unless every required key was given. */
int	rec_fs_header_complete(struct rec_lines *, const struct rec_fs_header *);
/* Checks the writer applies too; 1 when acceptable. */
int	rec_fs_load_unit_ok(const char *);
int	rec_fs_started_ok(const char *);
int	rec_fs_text_ok(const char *);

/* ---- the readers, one per format ---- */

int	rec_read_footscreen(struct rec_lines *, const struct rec_options *,
	    struct recording *);
int	rec_read_cop_table(struct rec_lines *, const struct rec_options *,
	    struct recording *);
int	rec_read_quijoux_amti(struct rec_lines *, const struct rec_options *,
	    struct recording *);
int	rec_read_amti_netforce(struct rec_lines *, const struct rec_options *,
	    struct recording *);
int	rec_read_bmc_kistler(struct rec_lines *, const struct rec_options *,
	    struct recording *);
int	rec_read_two_plates(struct rec_lines *, const struct rec_options *,
	    struct recording *);

#endif
