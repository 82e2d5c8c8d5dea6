/*
 * amti.c: reading AMTI force-plate exports, which give forces and moments
 * rather than a centre of pressure.
 *
 * Two layouts: the OptiTrack Motive export shipped with Quijoux et al.
 * 2021 (metadata lines, then MocapFrame, MocapTime, DeviceFrame, Fx, Fy,
 * Fz, Mx, My, Mz, Cx, Cy, Cz), and the headerless Fx,Fy,Fz,Mx,My,Mz of AMTI
 * NetForce (the BalanceMate data of Moneger et al.).  Both become a COP in
 * mm the same way.  Forces are in N and moments in N m, so a moment over
 * a force is a length in m.  Rows with Fz = 0 are sensor dropouts (the
 * Motive file has whole rows of zeros): they are skipped and counted.
 */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "recording/reader.h"

/* Column layout of the Motive export. */
#define REC_QJ_NCOL	12
#define REC_QJ_TIME	1
#define REC_QJ_FZ	5
#define REC_QJ_MX	6
#define REC_QJ_MY	7

static const char *const rec_qj_names[REC_QJ_NCOL] = {
	"MocapFrame", "MocapTime", "DeviceFrame", "Fx", "Fy", "Fz",
	"Mx", "My", "Mz", "Cx", "Cy", "Cz"
};
#define REC_QJ_WHAT	"MocapFrame, MocapTime, DeviceFrame, Fx, Fy, Fz, " \
			"Mx, My, Mz, Cx, Cy, Cz"

/* Column layout of NetForce. */
#define REC_NF_NCOL	6
#define REC_NF_FZ	2
#define REC_NF_MX	3
#define REC_NF_MY	4

/*
 * NetForce files carry no rate.  The BalanceMate recordings are 100 Hz
 * (shared/data/holdout/README.md: 10000 rows, 100 s), and so are the other
 * force-plate data footscreen was checked on; anything else needs --rate.
 */
#define REC_NF_DEFAULT_RATE	100.0

/* Where the force and moments are, and where the times are (-1: none). */
struct rec_amti_layout {
	size_t	fz;
	size_t	mx;
	size_t	my;
	int	time_col;
};

/*
 * The COP of every kept, loaded row.  ML = -My/Fz and AP = Mx/Fz is the
 * plate's convention (the Motive file's own Cx and Cy columns hold the
 * same).  The Quijoux main.py convention flips ML and centres each axis
 * on its mean over every loaded row of the file, before rows are chosen,
 * as their published numbers were computed.
 */
static int
rec_amti_cop(struct rec_lines *l, const struct rec_options *o,
    const struct rec_columns *cols, const struct rec_amti_layout *lay,
    double rate, struct recording *rec)
{
	const double	*fz = cols->col[lay->fz], *mx = cols->col[lay->mx];
	const double	*my = cols->col[lay->my];
	double		 mean_x = 0, mean_y = 0;
	size_t		 first, last, i, k, loaded = 0, kept = 0;
	int		 quijoux = o->cop_convention == REC_COP_QUIJOUX_MAIN;

	if (rec_rows_range(o, cols->n, l->name, l->err, &first, &last) == -1)
		return -1;
	for (i = 0; i < cols->n; i++) {
		if (fz[i] == 0)
			continue;
		loaded++;
		mean_x += my[i] / fz[i];
		mean_y += mx[i] / fz[i];
		if (i >= first && i < last)
			kept++;
	}
	if (kept == 0)
		return rec_fail(l->err, l->name, 0, "rows %zu to %zu: every "
		    "row is a dropout (Fz = 0)", first, last);
	mean_x /= (double)loaded;
	mean_y /= (double)loaded;

	rec->ml = malloc(kept * sizeof *rec->ml);
	rec->ap = malloc(kept * sizeof *rec->ap);
	rec->t = malloc(kept * sizeof *rec->t);
	if (rec->ml == NULL || rec->ap == NULL || rec->t == NULL)
		return rec_fail(l->err, l->name, 0, "out of memory");
	for (i = first, k = 0; i < last; i++) {
		double	x, y;

		if (fz[i] == 0) {
			rec->rows_skipped++;
			continue;
		}
		x = my[i] / fz[i];
		y = mx[i] / fz[i];
		if (quijoux) {
			x -= mean_x;
			y -= mean_y;
		} else
			x = -x;
		rec->ml[k] = x * 1000;
		rec->ap[k] = y * 1000;
		if (!isfinite(rec->ml[k]) || !isfinite(rec->ap[k]))
			return rec_fail(l->err, l->name, 0, "data row %zu: Fz "
			    "%g N is too small for a centre of pressure", i,
			    fz[i]);
		rec->t[k] = lay->time_col >= 0 ?
		    cols->col[lay->time_col][i] : (double)i / rate;
		k++;
	}
	rec->kind = REC_KIND_COP;
	rec->rate_hz = rate;
	rec->n = kept;
	return 0;
}

/* A "key,value," metadata line: the value as a number, or an error. */
static int
rec_qj_meta_number(struct rec_lines *l, const struct rec_fields *fl,
    double *v)
{
	if (fl->n < 2)
		return rec_lines_fail(l, "expected a value after the comma");
	return rec_field_number(l, fl, 1, v);
}

/* Check the column header line of the Motive export. */
static int
rec_qj_column_header(struct rec_lines *l, const struct rec_fields *fl)
{
	size_t	i;
	char	q[64];

	for (i = 0; i < REC_QJ_NCOL && fl->n == REC_QJ_NCOL && !fl->more; i++)
		if (!rec_field_is(&fl->f[i], rec_qj_names[i]))
			break;
	if (i < REC_QJ_NCOL)
		return rec_lines_fail(l, "expected the column header '"
		    REC_QJ_WHAT "', found '%s'",
		    rec_quote(l->buf, l->len, q, sizeof q));
	return 0;
}

int
rec_read_quijoux_amti(struct rec_lines *l, const struct rec_options *o,
    struct recording *rec)
{
	static const struct rec_amti_layout	lay = {
		REC_QJ_FZ, REC_QJ_MX, REC_QJ_MY, REC_QJ_TIME
	};
	static const struct rec_table_spec	spec = {
		',', REC_QJ_NCOL, REC_QJ_WHAT, REC_QJ_TIME, 0
	};
	struct rec_fields			fl;
	struct rec_columns			cols;
	double					capture_rate = 0, export_rate = 0;
	double					total = -1;
	int					r;

	if (rec_options_check(o, REC_FORMAT_QUIJOUX_AMTI, 0, l->name,
	    l->err) == -1)
		return -1;
	for (;;) {
		if ((r = rec_lines_next(l)) == -1)
			return -1;
		if (r == 0)
			return rec_lines_fail(l, "the file ends before the "
			    "column header '" REC_QJ_WHAT "'");
		if (rec_line_blank(l->buf))
			continue;
		rec_fields_split(l->buf, ',', &fl);
		if (rec_field_is(&fl.f[0], "MocapFrame"))
			break;
		if (rec_field_is(&fl.f[0], "Capture Frame Rate") &&
		    rec_qj_meta_number(l, &fl, &capture_rate) == -1)
			return -1;
		if (rec_field_is(&fl.f[0], "Export Frame Rate") &&
		    rec_qj_meta_number(l, &fl, &export_rate) == -1)
			return -1;
		if (rec_field_is(&fl.f[0], "Total Exported Frames") &&
		    rec_qj_meta_number(l, &fl, &total) == -1)
			return -1;
	}
	if (rec_qj_column_header(l, &fl) == -1)
		return -1;
	if (!(capture_rate > 0))
		return rec_lines_fail(l, "no 'Capture Frame Rate' above 0 "
		    "before the column header");
	/* Rows are exported at the export rate; only full rate is known. */
	if (export_rate > 0 && export_rate != capture_rate)
		return rec_lines_fail(l, "Export Frame Rate %g differs from "
		    "Capture Frame Rate %g: expected a full-rate export",
		    export_rate, capture_rate);

	rec_columns_init(&cols, REC_QJ_NCOL);
	if (rec_table_read(l, &spec, &cols) == -1)
		goto fail;
	/* A cut-short export would otherwise pass for a shorter take. */
	if (total >= 0 && total != (double)cols.n) {
		rec_fail(l->err, l->name, 0, "the header says %.0f exported "
		    "frames but %zu data rows follow (file cut short?)", total,
		    cols.n);
		goto fail;
	}
	if (rec_amti_cop(l, o, &cols, &lay, capture_rate, rec) == -1)
		goto fail;
	rec_columns_free(&cols);
	return 0;
fail:
	rec_columns_free(&cols);
	return -1;
}

int
rec_read_amti_netforce(struct rec_lines *l, const struct rec_options *o,
    struct recording *rec)
{
	static const struct rec_amti_layout	lay = {
		REC_NF_FZ, REC_NF_MX, REC_NF_MY, -1
	};
	static const struct rec_table_spec	spec = {
		',', REC_NF_NCOL, "Fx, Fy, Fz, Mx, My, Mz", -1, 0
	};
	struct rec_columns			cols;
	double					rate = REC_NF_DEFAULT_RATE;

	if (rec_options_check(o, REC_FORMAT_AMTI_NETFORCE, 1, l->name,
	    l->err) == -1)
		return -1;
	if (o->rate_hz > 0)
		rate = o->rate_hz;
	rec_columns_init(&cols, REC_NF_NCOL);
	if (rec_table_read(l, &spec, &cols) == -1 ||
	    rec_amti_cop(l, o, &cols, &lay, rate, rec) == -1) {
		rec_columns_free(&cols);
		return -1;
	}
	rec_columns_free(&cols);
	return 0;
}
