/*
 * recording.c: the entry points of the recording readers.
 *
 * Opens the input, reads its first bytes to sniff the format when none is
 * named, and hands the rest to the reader for that format; see reader.h
 * for the shared pieces and one file per format for the formats.
 */
#include <config.h>

#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recording/reader.h"

/* Bytes read ahead for sniffing: enough for a whole first line too long. */
#define REC_PREFIX_MAX	(REC_LINE_MAX + 2)

static const struct {
	enum rec_format	 format;
	const char	*name;
} rec_formats[] = {
	{ REC_FORMAT_AUTO, "auto" },
	{ REC_FORMAT_FOOTSCREEN, "footscreen" },
	{ REC_FORMAT_COP_TABLE, "cop" },
	{ REC_FORMAT_QUIJOUX_AMTI, "quijoux-amti" },
	{ REC_FORMAT_BMC_KISTLER, "bmc-kistler" },
	{ REC_FORMAT_TWO_PLATES, "two-plates" },
	{ REC_FORMAT_AMTI_NETFORCE, "amti-netforce" }
};
#define REC_NFORMATS	(sizeof rec_formats / sizeof rec_formats[0])

void
rec_options_init(struct rec_options *o)
{
	memset(o, 0, sizeof *o);
	o->format = REC_FORMAT_AUTO;
	o->units = REC_UNITS_MM;
	o->cop_convention = REC_COP_PLAIN;
}

const char *
rec_format_name(enum rec_format f)
{
	size_t	i;

	for (i = 0; i < REC_NFORMATS; i++)
		if (rec_formats[i].format == f)
			return rec_formats[i].name;
	return "unknown";
}

int
rec_format_lookup(const char *name)
{
	size_t	i;

	if (name == NULL)
		return -1;
	for (i = 0; i < REC_NFORMATS; i++)
		if (strcmp(rec_formats[i].name, name) == 0)
			return (int)rec_formats[i].format;
	return -1;
}

const char *
rec_error_format(const struct rec_error *err, char *buf, size_t len)
{
	if (err->line > 0)
		snprintf(buf, len, "%s:%zu: %s", err->file, err->line, err->msg);
	else
		snprintf(buf, len, "%s: %s", err->file, err->msg);
	return buf;
}

/* An empty recording, so recording_free() is safe on any path. */
static void
rec_clear(struct recording *rec)
{
	memset(rec, 0, sizeof *rec);
	rec->meta.calibrated = -1;
}

/* Run the reader for fmt over the lines. */
static int
rec_dispatch(enum rec_format fmt, struct rec_lines *l,
    const struct rec_options *o, struct recording *rec)
{
	switch (fmt) {
	case REC_FORMAT_FOOTSCREEN:
		return rec_read_footscreen(l, o, rec);
	case REC_FORMAT_COP_TABLE:
		return rec_read_cop_table(l, o, rec);
	case REC_FORMAT_QUIJOUX_AMTI:
		return rec_read_quijoux_amti(l, o, rec);
	case REC_FORMAT_BMC_KISTLER:
		return rec_read_bmc_kistler(l, o, rec);
	case REC_FORMAT_TWO_PLATES:
		return rec_read_two_plates(l, o, rec);
	case REC_FORMAT_AMTI_NETFORCE:
		return rec_read_amti_netforce(l, o, rec);
	case REC_FORMAT_AUTO:
		break;
	}
	return rec_fail(l->err, l->name, 0, "no reader for format %d",
	    (int)fmt);
}

/*
 * Read from mem[0..len), then from fp when it is not NULL: the one path
 * behind every entry point.
 */
static int
rec_read(const char *name, const char *mem, size_t len, FILE *fp,
    const struct rec_options *opts, struct recording *rec,
    struct rec_error *err)
{
	struct rec_options	defaults;
	struct rec_error	scratch;
	struct rec_c_numeric	cn;
	struct rec_lines	l;
	enum rec_format		fmt;
	int			rc;

	rec_clear(rec);
	if (err == NULL)
		err = &scratch;
	memset(err, 0, sizeof *err);
	if (opts == NULL) {
		rec_options_init(&defaults);
		opts = &defaults;
	}
	if (len == 0)
		return rec_fail(err, name, 0, "empty file: expected a recording");
	if (rec_c_numeric_enter(&cn) == -1)
		return rec_fail(err, name, 0, "cannot set up the C locale: %s",
		    strerror(errno));
	fmt = opts->format;
	if (fmt == REC_FORMAT_AUTO) {
		fmt = rec_sniff(name, mem, len < REC_PREFIX_MAX ? len :
		    REC_PREFIX_MAX, err);
		if (fmt == REC_FORMAT_AUTO) {
			rec_c_numeric_leave(&cn);
			return -1;
		}
	}
	if (rec_lines_open(&l, name, mem, len, fp, err) == -1) {
		rec_c_numeric_leave(&cn);
		return -1;
	}
	rc = rec_dispatch(fmt, &l, opts, rec);
	rec_lines_close(&l);
	rec_c_numeric_leave(&cn);
	if (rc == -1) {
		recording_free(rec);
		return -1;
	}
	rec->format = fmt;
	return 0;
}

int
recording_read_buffer(const char *name, const char *buf, size_t len,
    const struct rec_options *opts, struct recording *rec,
    struct rec_error *err)
{
	return rec_read(name, buf, buf != NULL ? len : 0, NULL, opts, rec, err);
}

int
recording_read_stream(const char *name, FILE *fp,
    const struct rec_options *opts, struct recording *rec,
    struct rec_error *err)
{
	char	*prefix;
	size_t	 len;
	int	 rc;

	rec_clear(rec);
	if ((prefix = malloc(REC_PREFIX_MAX)) == NULL)
		return rec_fail(err, name, 0, "out of memory");
	len = fread(prefix, 1, REC_PREFIX_MAX, fp);
	if (len < REC_PREFIX_MAX && ferror(fp)) {
		rc = rec_fail(err, name, 0, "read error: %s", strerror(errno));
		free(prefix);
		return rc;
	}
	rc = rec_read(name, prefix, len, fp, opts, rec, err);
	free(prefix);
	return rc;
}

int
recording_read_file(const char *path, const struct rec_options *opts,
    struct recording *rec, struct rec_error *err)
{
	struct stat	 st;
	FILE		*fp;
	int		 rc;

	rec_clear(rec);
	if (strcmp(path, "-") == 0)
		return recording_read_stream("stdin", stdin, opts, rec, err);
	if ((fp = fopen(path, "r")) == NULL)
		return rec_fail(err, path, 0, "cannot open: %s",
		    strerror(errno));
	/* fopen() opens a directory for reading; reading it then fails. */
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		return rec_fail(err, path, 0, "is a directory: expected a "
		    "recording file");
	}
	rc = recording_read_stream(path, fp, opts, rec, err);
	fclose(fp);
	return rc;
}

void
recording_free(struct recording *rec)
{
	int	k;

	if (rec == NULL)
		return;
	free(rec->t);
	for (k = 0; k < 4; k++)
		free(rec->cell[k]);
	free(rec->ml);
	free(rec->ap);
	for (k = 0; k < 2; k++) {
		free(rec->force[k]);
		free(rec->plate_ap[k]);
	}
	rec_clear(rec);
}
