/*
 * footscreen_read.c: reading footscreen-recording(5), footscreen's own
 * format: a magic line, "# key = value" header lines, the column header
 * t,tl,tr,bl,br (in the order the channels key names), then one row of
 * time and four vertical loads per sample.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "recording/reader.h"

/* The column header the channels key implies, e.g. "t,tl,tr,bl,br". */
static void
rec_fs_columns(const struct rec_fs_header *h, char *buf, size_t len)
{
	static const char *const	names[4] = { "tl", "tr", "bl", "br" };

	snprintf(buf, len, "t,%s,%s,%s,%s", names[h->order[0]],
	    names[h->order[1]], names[h->order[2]], names[h->order[3]]);
}

/* Check the column header line against the channels key. */
static int
rec_fs_column_header(struct rec_lines *l, const char *want)
{
	struct rec_fields	fl, wl;
	size_t			i;
	char			q[64];

	rec_fields_split(l->buf, ',', &fl);
	rec_fields_split(want, ',', &wl);
	for (i = 0; i < wl.n; i++) {
		char	name[8];

		if (fl.n != wl.n || fl.more || wl.f[i].len >= sizeof name)
			break;
		memcpy(name, wl.f[i].p, wl.f[i].len);
		name[wl.f[i].len] = '\0';
		if (!rec_field_is_nocase(&fl.f[i], name))
			break;
	}
	if (i < wl.n)
		return rec_lines_fail(l, "expected the column header '%s', "
		    "found '%s'", want, rec_quote(l->buf, l->len, q, sizeof q));
	return 0;
}

int
rec_read_footscreen(struct rec_lines *l, const struct rec_options *o,
    struct recording *rec)
{
	struct rec_fs_header	h;
	struct rec_columns	cols;
	struct rec_table_spec	spec = { ',', 5, NULL, 0, 1 };
	char			what[32], *s;
	size_t			first, last, header_line;
	int			r, k;

	if (rec_options_check(o, REC_FORMAT_FOOTSCREEN, 0, l->name,
	    l->err) == -1)
		return -1;
	if ((r = rec_lines_next(l)) != 1)
		return r == 0 ? rec_fail(l->err, l->name, 0, "empty file: "
		    "expected '# footscreen-recording %d'",
		    REC_FOOTSCREEN_VERSION) : -1;
	if (rec_fs_magic(l) == -1)
		return -1;
	rec_fs_header_init(&h);
	for (;;) {
		if ((r = rec_lines_next(l)) == -1)
			return -1;
		if (r == 0)
			return rec_lines_fail(l, "the file ends before the "
			    "column header t,tl,tr,bl,br");
		s = l->buf + strspn(l->buf, " \t");
		if (*s == '\0')
			continue;
		if (*s != '#')
			break;
		if (rec_fs_header_line(l, s + 1, &h) == -1)
			return -1;
	}
	if (rec_fs_header_complete(l, &h) == -1)
		return -1;
	rec_fs_columns(&h, what, sizeof what);
	if (rec_fs_column_header(l, what) == -1)
		return -1;
	header_line = l->lineno;

	spec.what = what;
	rec_columns_init(&cols, 5);
	if (rec_table_read(l, &spec, &cols) == -1)
		goto fail;
	if (cols.n == 0) {
		rec_fail(l->err, l->name, header_line, "no samples after the "
		    "column header");
		goto fail;
	}
	if (rec_rows_range(o, cols.n, l->name, l->err, &first, &last) == -1)
		goto fail;
	rec_columns_keep(&cols, first, last);

	rec->kind = REC_KIND_FOUR_CELL;
	rec->rate_hz = h.rate_hz;
	rec->width_mm = h.width_mm;
	rec->length_mm = h.length_mm;
	memcpy(rec->load_unit, h.load_unit, sizeof rec->load_unit);
	rec->meta = h.meta;
	rec->n = cols.n;
	rec->t = rec_columns_take(&cols, 0);
	for (k = 0; k < 4; k++)
		rec->cell[h.order[k]] = rec_columns_take(&cols, 1 + (size_t)k);
	rec_columns_free(&cols);
	return 0;
fail:
	rec_columns_free(&cols);
	return -1;
}
