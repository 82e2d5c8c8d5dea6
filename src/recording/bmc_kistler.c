/*
 * bmc_kistler.c: reading BMClab's raw Kistler 9281EA export as a four-cell
 * board.
 *
 * The file (BMClab/BMC data/kistler_fp_data.txt, Marcos Duarte, CC BY 4.0)
 * is tab-separated: Time (s), then amplifier volts on Channel 0..7 in the
 * order fx12, fx34, fy14, fy23, fz1, fz2, fz3, fz4.  Only the four vertical
 * channels are used: each is one load cell, which is what a balance board
 * measures too.  Facts from shared/data/reference/README.md section 1.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "recording/reader.h"

#define REC_BMC_NCOL	9	/* time and eight channels */
#define REC_BMC_FZ1	5	/* fz1..fz4 are columns 5..8 */

/*
 * Vertical sensitivities S of fz1..fz4, for F = 1000 V / S in N: the 5 kN
 * range row of the 9281EA factory matrix, as BMClab's kistler_fp_cal uses
 * it with fz_range = 1 (reference README section 1).
 */
static const double rec_bmc_sensitivity[4] = { 3.898, 3.889, 3.885, 3.891 };

/*
 * Cells 1..4 sit at (+a,+b), (-a,+b), (-a,-b), (+a,-b) with x taken as ML
 * (+right) and y as AP (+front), so seen as a board they are TR, TL, BL,
 * BR.  Indices into struct recording's cell[] (TL, TR, BL, BR).
 */
static const int rec_bmc_cell[4] = { 1, 0, 2, 3 };

/* a = 120 mm, b = 200 mm: cell spacing 2a across, 2b along. */
#define REC_BMC_WIDTH_MM	240.0
#define REC_BMC_LENGTH_MM	400.0

/* Check the header line: Time (s), Channel 0 .. Channel 7. */
static int
rec_bmc_header(struct rec_lines *l, struct recording *rec)
{
	struct rec_fields	fl;
	char			name[16], q[64];
	size_t			i;

	rec_fields_split(l->buf, '\t', &fl);
	for (i = 0; i < REC_BMC_NCOL && fl.n == REC_BMC_NCOL && !fl.more; i++) {
		if (i == 0)
			snprintf(name, sizeof name, "Time (s)");
		else
			snprintf(name, sizeof name, "Channel %zu", i - 1);
		if (!rec_field_is(&fl.f[i], name))
			break;
	}
	if (i < REC_BMC_NCOL)
		return rec_lines_fail(l, "expected the tab-separated header "
		    "'Time (s), Channel 0 .. Channel 7', found '%s'",
		    rec_quote(l->buf, l->len, q, sizeof q));
	return 0;
}

int
rec_read_bmc_kistler(struct rec_lines *l, const struct rec_options *o,
    struct recording *rec)
{
	static const struct rec_table_spec	spec = {
		'\t', REC_BMC_NCOL, "time and Channel 0..7", 0, 0
	};
	struct rec_columns			cols;
	double					rate;
	size_t					first;
	int					k;

	if (rec_read_timed_table(l, o, REC_FORMAT_BMC_KISTLER, rec_bmc_header,
	    rec, &spec, &cols, &rate, &first) == -1)
		return -1;
	for (k = 0; k < 4; k++)
		if (rec_columns_scale(&cols, (size_t)(REC_BMC_FZ1 + k), 1000,
		    rec_bmc_sensitivity[k], first, l->name, l->err) == -1) {
			rec_columns_free(&cols);
			return -1;
		}

	rec->kind = REC_KIND_FOUR_CELL;
	rec->rate_hz = rate;
	rec->width_mm = REC_BMC_WIDTH_MM;
	rec->length_mm = REC_BMC_LENGTH_MM;
	snprintf(rec->load_unit, sizeof rec->load_unit, "N");
	rec->n = cols.n;
	rec->t = rec_columns_take(&cols, 0);
	for (k = 0; k < 4; k++)
		rec->cell[rec_bmc_cell[k]] =
		    rec_columns_take(&cols, (size_t)(REC_BMC_FZ1 + k));
	rec_columns_free(&cols);
	return 0;
}
