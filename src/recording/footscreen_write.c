/*
 * footscreen_write.c: writing footscreen-recording(5).
 *
 * The one writer for the record command and the board simulator.  It
 * refuses what the reader would refuse, so every file it completes reads
 * back, and it prints each number with the fewest digits that read back
 * to the same double: lossless, and 17.5 stays "17.5".
 */
#include <config.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "recording/reader.h"

void
rec_header_init(struct rec_header *h)
{
	memset(h, 0, sizeof *h);
	h->load_unit = "raw";
	h->meta.calibrated = -1;
}

/* Whether the reader would accept this header. */
static int
rec_header_valid(const struct rec_header *h)
{
	const struct rec_meta	*m = &h->meta;

	if (!(h->rate_hz > 0 && isfinite(h->rate_hz)) ||
	    !(h->width_mm > 0 && isfinite(h->width_mm)) ||
	    !(h->length_mm > 0 && isfinite(h->length_mm)) ||
	    !rec_fs_load_unit_ok(h->load_unit))
		return 0;
	if (memchr(m->board, '\0', sizeof m->board) == NULL ||
	    memchr(m->started, '\0', sizeof m->started) == NULL ||
	    memchr(m->note, '\0', sizeof m->note) == NULL)
		return 0;
	if (!rec_fs_text_ok(m->board) || !rec_fs_text_ok(m->note) ||
	    (m->started[0] != '\0' && !rec_fs_started_ok(m->started)))
		return 0;
	return m->calibrated >= -1 && m->calibrated <= 1;
}

/* "# key = number" */
static int
rec_write_number(FILE *fp, const char *key, double v)
{
	char	num[40];

	rec_number_format(v, num, sizeof num);
	return fprintf(fp, "# %s = %s\n", key, num) < 0 ? -1 : 0;
}

/* "# key = text", left out when the text is empty. */
static int
rec_write_text(FILE *fp, const char *key, const char *v)
{
	if (v[0] == '\0')
		return 0;
	return fprintf(fp, "# %s = %s\n", key, v) < 0 ? -1 : 0;
}

int
recording_write_header(FILE *fp, const struct rec_header *h)
{
	struct rec_c_numeric	cn;
	int			rc = -1;

	if (fp == NULL || h == NULL || !rec_header_valid(h)) {
		errno = EINVAL;
		return -1;
	}
	if (rec_c_numeric_enter(&cn) == -1)
		return -1;
	if (fprintf(fp, "# footscreen-recording %d\n",
	    REC_FOOTSCREEN_VERSION) < 0 ||
	    rec_write_number(fp, "rate_hz", h->rate_hz) == -1 ||
	    rec_write_number(fp, "width_mm", h->width_mm) == -1 ||
	    rec_write_number(fp, "length_mm", h->length_mm) == -1 ||
	    rec_write_text(fp, "load_unit", h->load_unit) == -1 ||
	    rec_write_text(fp, "channels", "TL,TR,BL,BR") == -1 ||
	    rec_write_text(fp, "board", h->meta.board) == -1 ||
	    rec_write_text(fp, "started", h->meta.started) == -1 ||
	    rec_write_text(fp, "calibrated", h->meta.calibrated == 1 ? "yes" :
	    h->meta.calibrated == 0 ? "no" : "") == -1 ||
	    rec_write_text(fp, "note", h->meta.note) == -1 ||
	    fputs("t,tl,tr,bl,br\n", fp) == EOF)
		goto out;
	rc = 0;
out:
	rec_c_numeric_leave(&cn);
	return rc;
}

int
recording_write_sample(FILE *fp, double t, const double load[4])
{
	struct rec_c_numeric	cn;
	char			num[5][40];
	int			k, rc;

	if (fp == NULL || load == NULL || !isfinite(t)) {
		errno = EINVAL;
		return -1;
	}
	for (k = 0; k < 4; k++)
		if (!isfinite(load[k])) {
			errno = EINVAL;
			return -1;
		}
	if (rec_c_numeric_enter(&cn) == -1)
		return -1;
	rec_number_format(t, num[0], sizeof num[0]);
	for (k = 0; k < 4; k++)
		rec_number_format(load[k], num[k + 1], sizeof num[k + 1]);
	rc = fprintf(fp, "%s,%s,%s,%s,%s\n", num[0], num[1], num[2], num[3],
	    num[4]) < 0 ? -1 : 0;
	rec_c_numeric_leave(&cn);
	return rc;
}
