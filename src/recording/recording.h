/*
 * recording.h: reading recordings from files.
 *
 * footscreen's own recording format (footscreen-recording(5)), plain COP
 * tables, and the force-plate exports of the reference data sets.  Every
 * reader turns its input into one struct recording; nothing here computes
 * sway (that is src/core/).  Errors name the file and the line.
 */
#ifndef FOOTSCREEN_RECORDING_H
#define FOOTSCREEN_RECORDING_H

#include <stddef.h>

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
	double			 rate_hz;	/* COP tables without time; 0 = unset */
	enum rec_units		 units;		/* COP tables; default mm */
	int			 units_set;	/* units given explicitly */
	size_t			 row_first;	/* keep data rows [first, last) */
	size_t			 row_last;	/* 0 = to the end */
	enum rec_cop_convention	 cop_convention;
};

/*
 * A recording in memory.  Arrays are n long and owned by the recording.
 * Lengths are in mm, forces in the file's load unit (N, kg or raw counts,
 * named in load_unit), time in s.
 */
struct recording {
	enum rec_format	 format;
	enum rec_kind	 kind;
	double		 rate_hz;
	size_t		 n;
	double		*t;		/* may be NULL: then t_i = i / rate_hz */

	/* REC_KIND_FOUR_CELL: TL, TR, BL, BR as seen standing on the board. */
	double		*cell[4];
	double		 width_mm;	/* ML spacing of the cells */
	double		 length_mm;	/* AP spacing of the cells */
	char		 load_unit[16];

	/* REC_KIND_COP */
	double		*ml;
	double		*ap;

	/* REC_KIND_TWO_PLATES: index 0 and 1, named by side_name. */
	double		*force[2];	/* vertical force, N */
	double		*plate_ap[2];	/* AP COP under each foot, mm */
	char		 side_name[2][24];

	size_t		 rows_skipped;	/* e.g. force-plate dropouts */
};

struct rec_error {
	char	file[256];
	size_t	line;		/* 0 when not about one line */
	char	msg[256];
};

void		 rec_options_init(struct rec_options *);
const char	*rec_format_name(enum rec_format);
int		 rec_format_lookup(const char *);	/* -1 when unknown */

/*
 * Read a whole recording from path ("-" is standard input).  Returns 0, or
 * -1 with err filled in ("FILE:LINE: message").
 */
int	recording_read_file(const char *path, const struct rec_options *,
	    struct recording *, struct rec_error *);
/* The same from memory; name is used in messages. */
int	recording_read_buffer(const char *name, const char *buf, size_t len,
	    const struct rec_options *, struct recording *, struct rec_error *);
void	recording_free(struct recording *);

#endif
