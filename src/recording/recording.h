/*
 * recording.h: reading and writing recordings.
 *
 * footscreen's own recording format (footscreen-recording(5)), plain COP
 * tables, and the force-plate exports of the reference data sets.  Every
 * reader turns its input into one struct recording; nothing here computes
 * sway (that is src/core/).  Errors name the file and the line.
 *
 * The readers parse numbers in the C locale whatever LC_NUMERIC says, read
 * lines of at most REC_LINE_MAX bytes, and reject NaN and infinity: a file
 * that reads without error holds only finite numbers.
 */
#ifndef FOOTSCREEN_RECORDING_H
#define FOOTSCREEN_RECORDING_H

#include <stddef.h>
#include <stdio.h>

/* Longest line accepted, without its line ending. */
#define REC_LINE_MAX	65536

/* The footscreen-recording(5) major version this program reads and writes. */
#define REC_FOOTSCREEN_VERSION	1

enum rec_format {
	REC_FORMAT_AUTO = 0,		/* sniff the first lines */
	REC_FORMAT_FOOTSCREEN,		/* footscreen-recording(5) */
	REC_FORMAT_COP_TABLE,		/* [time,] ML, AP */
	REC_FORMAT_QUIJOUX_AMTI,	/* OptiTrack Motive AMTI export */
	REC_FORMAT_BMC_KISTLER,		/* BMClab Kistler 9281EA 8-channel volts */
	REC_FORMAT_TWO_PLATES,		/* dos Santos 2017 per-foot plates */
	REC_FORMAT_AMTI_NETFORCE	/* headerless Fx,Fy,Fz,Mx,My,Mz */
};

enum rec_kind {
	REC_KIND_FOUR_CELL,	/* four vertical loads + board geometry */
	REC_KIND_COP,		/* a centre-of-pressure trace */
	REC_KIND_TWO_PLATES	/* one plate per foot: force and AP COP */
};

enum rec_units {
	REC_UNITS_M,
	REC_UNITS_CM,
	REC_UNITS_MM
};

/* How a force plate's moments become a COP (AMTI formats). */
enum rec_cop_convention {
	/* ML = -My/Fz, AP = Mx/Fz: the plate's own convention. */
	REC_COP_PLAIN = 0,
	/*
	 * What Quijoux et al.'s main.py does: ML = +My/Fz, AP = Mx/Fz, each
	 * centred on its mean over the whole file (dropouts ignored) before
	 * rows are selected.  Needed to reproduce their published numbers.
	 */
	REC_COP_QUIJOUX_MAIN
};

struct rec_options {
	enum rec_format		 format;	/* REC_FORMAT_AUTO to sniff */
	/*
	 * Only for files that carry no rate of their own: a COP table
	 * without a time column, and amti-netforce (default 100 Hz there).
	 * Given for any other file it is an error rather than a silent
	 * override.  0 = unset.
	 */
	double			 rate_hz;
	enum rec_units		 units;		/* COP tables; default mm */
	int			 units_set;	/* units given explicitly */
	/*
	 * Keep data rows [first, last): indices of data rows (frames) from
	 * 0, counted before dropouts are removed.  last 0 = to the end.
	 */
	size_t			 row_first;
	size_t			 row_last;
	enum rec_cop_convention	 cop_convention;
};

/* Optional facts a footscreen recording's header may carry. */
struct rec_meta {
	char	board[64];	/* "" when absent */
	char	started[40];	/* ISO 8601 UTC, e.g. 2025-01-31T09:15:00Z */
	int	calibrated;	/* 1 yes, 0 no, -1 not said */
	char	note[256];	/* UTF-8, one line */
};

/*
 * A recording in memory.  Arrays are n long and owned by the recording.
 * Lengths are in mm, forces in the file's load unit (N, kg or raw counts,
 * named in load_unit), time in s.
 */
struct recording {
	enum rec_format	 format;	/* the format it was read as */
	enum rec_kind	 kind;
	double		 rate_hz;
	size_t		 n;
	/*
	 * Time of each kept sample, from the file's time column, or for
	 * formats without one frame_index / rate_hz.  May be NULL: then
	 * t_i = i / rate_hz.  Row selection keeps each frame's own time, so
	 * t[0] need not be 0.
	 */
	double		*t;

	/* REC_KIND_FOUR_CELL: TL, TR, BL, BR as seen standing on the board. */
	double		*cell[4];
	double		 width_mm;	/* ML spacing of the cells */
	double		 length_mm;	/* AP spacing of the cells */
	char		 load_unit[16];
	struct rec_meta	 meta;		/* footscreen format only */

	/* REC_KIND_COP */
	double		*ml;
	double		*ap;

	/* REC_KIND_TWO_PLATES: index 0 and 1, named by side_name. */
	double		*force[2];	/* vertical force, N */
	double		*plate_ap[2];	/* AP COP under each foot, mm */
	char		 side_name[2][24];

	size_t		 rows_skipped;	/* e.g. force-plate dropouts */
};

/*
 * What went wrong: file (as given, "stdin" for "-"), the 1-based line
 * (0 when the error is not about one line: a missing file, an empty one,
 * bad options) and the message alone.  rec_error_format() joins them as
 * "FILE:LINE: message".
 */
struct rec_error {
	char	file[256];
	size_t	line;
	char	msg[256];
};

void		 rec_options_init(struct rec_options *);
const char	*rec_format_name(enum rec_format);
int		 rec_format_lookup(const char *);	/* -1 when unknown */
/* "FILE:LINE: message" or "FILE: message" into buf; returns buf. */
const char	*rec_error_format(const struct rec_error *, char *buf,
		    size_t len);

/*
 * Read a whole recording from path ("-" is standard input).  Returns 0, or
 * -1 with err filled in.  On error the recording holds nothing to free.
 */
int	recording_read_file(const char *path, const struct rec_options *,
	    struct recording *, struct rec_error *);
/* The same from an open stream, read to its end; name is used in messages. */
int	recording_read_stream(const char *name, FILE *,
	    const struct rec_options *, struct recording *, struct rec_error *);
/* The same from memory; name is used in messages. */
int	recording_read_buffer(const char *name, const char *buf, size_t len,
	    const struct rec_options *, struct recording *, struct rec_error *);
void	recording_free(struct recording *);

/*
 * Writing footscreen-recording(5), for the record command and the board
 * simulator: one header, then one call per sample.  Numbers are written
 * in the C locale with the fewest digits that read back to the same
 * double.
 */
struct rec_header {
	double		 rate_hz;	/* nominal sampling rate */
	double		 width_mm;	/* ML spacing of the cells */
	double		 length_mm;	/* AP spacing of the cells */
	const char	*load_unit;	/* "N", "kg" or "raw" */
	struct rec_meta	 meta;		/* empty strings are left out */
};

/* A header with no geometry and every optional field absent. */
void	rec_header_init(struct rec_header *);
/*
 * Write the magic line, the header and the column header.  Returns 0, or
 * -1 with errno set: EINVAL for a header the reader would reject (a rate
 * or size not above 0, an unknown load unit, a line break in a text
 * field), else the stream's error.
 */
int	recording_write_header(FILE *, const struct rec_header *);
/*
 * Write one row: t in s since the start, load in TL, TR, BL, BR order.
 * Returns 0, or -1 with errno set (EINVAL for a value that is not finite).
 * Times must increase from row to row for the file to read back; the
 * caller owns that.
 */
int	recording_write_sample(FILE *, double t, const double load[4]);

#endif
