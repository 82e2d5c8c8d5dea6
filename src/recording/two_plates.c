/*
 * two_plates.c: reading one force plate per foot, as in dos Santos,
 * Fukuchi, Fukuchi & Duarte 2017 (PeerJ 5:e3626; the files as reformatted
 * in rikasd/zIP_poststroke).
 *
 * Tab-separated, one header line: time (s), then for each side
 * "<side> Fap (N)", "<side> Fvert (N)", "<side> CPap (m)", where the side
 * is "dominant" and "non-dominant" in that data set.  The side names are
 * taken from the header, so the same layout with left and right reads
 * too.  There is no ML COP per foot; the horizontal force is not kept.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "recording/reader.h"

#define REC_TP_NCOL	7
#define REC_TP_WHAT	"time (s), then <side> Fap (N), <side> Fvert (N), " \
			"<side> CPap (m) for two sides"

static const char *const rec_tp_suffix[3] = {
	" Fap (N)", " Fvert (N)", " CPap (m)"
};

/* Side name k from the header into rec->side_name[k]; 0 or -1. */
static int
rec_tp_side(const struct rec_fields *fl, int k, struct recording *rec)
{
	const struct rec_field	*f = &fl->f[1 + 3 * k];
	size_t			 slen = strlen(rec_tp_suffix[0]), len, j;
	char			 want[64];

	if (f->len <= slen ||
	    memcmp(f->p + f->len - slen, rec_tp_suffix[0], slen) != 0)
		return -1;
	len = f->len - slen;
	if (len >= sizeof rec->side_name[k])
		return -1;
	memcpy(rec->side_name[k], f->p, len);
	rec->side_name[k][len] = '\0';
	for (j = 1; j < 3; j++) {
		snprintf(want, sizeof want, "%s%s", rec->side_name[k],
		    rec_tp_suffix[j]);
		if (!rec_field_is(&fl->f[1 + 3 * k + j], want))
			return -1;
	}
	return 0;
}

/* Check the header line and take the side names from it. */
static int
rec_tp_header(struct rec_lines *l, struct recording *rec)
{
	struct rec_fields	fl;
	char			q[64];

	rec_fields_split(l->buf, '\t', &fl);
	if (fl.n != REC_TP_NCOL || fl.more ||
	    !rec_field_is(&fl.f[0], "time (s)") ||
	    rec_tp_side(&fl, 0, rec) == -1 || rec_tp_side(&fl, 1, rec) == -1)
		return rec_lines_fail(l, "expected the tab-separated header "
		    REC_TP_WHAT ", found '%s'",
		    rec_quote(l->buf, l->len, q, sizeof q));
	return 0;
}

int
rec_read_two_plates(struct rec_lines *l, const struct rec_options *o,
    struct recording *rec)
{
	static const struct rec_table_spec	spec = {
		'\t', REC_TP_NCOL, "time, Fap, Fvert, CPap for each side", 0, 0
	};
	struct rec_columns			cols;
	double					rate;
	size_t					first;
	int					k;

	if (rec_read_timed_table(l, o, REC_FORMAT_TWO_PLATES, rec_tp_header,
	    rec, &spec, &cols, &rate, &first) == -1)
		return -1;
	/* CPap is in m. */
	for (k = 0; k < 2; k++)
		if (rec_columns_scale(&cols, (size_t)(3 + 3 * k), 1000, 1, first,
		    l->name, l->err) == -1) {
			rec_columns_free(&cols);
			return -1;
		}

	rec->kind = REC_KIND_TWO_PLATES;
	rec->rate_hz = rate;
	rec->n = cols.n;
	rec->t = rec_columns_take(&cols, 0);
	for (k = 0; k < 2; k++) {
		rec->force[k] = rec_columns_take(&cols, (size_t)(2 + 3 * k));
		rec->plate_ap[k] = rec_columns_take(&cols, (size_t)(3 + 3 * k));
	}
	snprintf(rec->load_unit, sizeof rec->load_unit, "N");
	rec_columns_free(&cols);
	return 0;
}
