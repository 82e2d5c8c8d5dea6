/*
 * footscreen_header.c: the magic line and "# key = value" header of
 * footscreen-recording(5).
 *
 * The reader and the writer both use the checks here, so a file the
 * writer produces always reads back.  Keys this version does not know are
 * ignored, so a later minor version can add keys without breaking older
 * readers; a later major version is refused by the magic line.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "recording/reader.h"

enum rec_fs_key {
	REC_FS_RATE,
	REC_FS_WIDTH,
	REC_FS_LENGTH,
	REC_FS_LOAD_UNIT,
	REC_FS_CHANNELS,
	REC_FS_BOARD,
	REC_FS_STARTED,
	REC_FS_CALIBRATED,
	REC_FS_NOTE,
	REC_FS_NKEYS
};

static const char *const rec_fs_key_names[REC_FS_NKEYS] = {
	"rate_hz", "width_mm", "length_mm", "load_unit", "channels",
	"board", "started", "calibrated", "note"
};

/* The keys before REC_FS_BOARD are required. */
#define REC_FS_REQUIRED	((1u << REC_FS_BOARD) - 1)

/* Cell names in the order of struct recording's cell[]. */
static const char *const rec_fs_cells[4] = { "TL", "TR", "BL", "BR" };

void
rec_fs_header_init(struct rec_fs_header *h)
{
	int	k;

	memset(h, 0, sizeof *h);
	for (k = 0; k < 4; k++)
		h->order[k] = k;
	h->meta.calibrated = -1;
}

int
rec_fs_magic(struct rec_lines *l)
{
	static const char	 magic[] = "# footscreen-recording";
	const char		*p = l->buf, *v;
	unsigned long		 major = 0;
	char			 q[64];

	if (strncmp(p, magic, sizeof magic - 1) != 0 ||
	    (p[sizeof magic - 1] != ' ' && p[sizeof magic - 1] != '\t'))
		return rec_lines_fail(l, "expected the first line "
		    "'# footscreen-recording %d', found '%s'",
		    REC_FOOTSCREEN_VERSION, rec_quote(p, l->len, q, sizeof q));
	v = p + sizeof magic - 1;
	v += strspn(v, " \t");
	/* MAJOR or MAJOR.MINOR; capped so a long run of digits cannot wrap. */
	for (p = v; *p >= '0' && *p <= '9'; p++)
		if (major < 1000000)
			major = major * 10 + (unsigned long)(*p - '0');
	if (p > v && *p == '.' && p[1] >= '0' && p[1] <= '9')
		for (p++; *p >= '0' && *p <= '9'; p++)
			;
	if (p == v || !rec_line_blank(p))
		return rec_lines_fail(l, "version '%s': expected a number such "
		    "as %d", rec_quote(v, strlen(v), q, sizeof q),
		    REC_FOOTSCREEN_VERSION);
	if (major > REC_FOOTSCREEN_VERSION)
		return rec_lines_fail(l, "footscreen-recording version %lu is "
		    "newer than this program reads (version %d); a newer "
		    "footscreen is needed", major, REC_FOOTSCREEN_VERSION);
	if (major < 1)
		return rec_lines_fail(l, "version %lu: this program reads "
		    "footscreen-recording version %d", major,
		    REC_FOOTSCREEN_VERSION);
	return 0;
}

int
rec_fs_load_unit_ok(const char *s)
{
	return s != NULL && (strcmp(s, "N") == 0 || strcmp(s, "kg") == 0 ||
	    strcmp(s, "raw") == 0);
}

/* Parse exactly n digits into *v. */
static int
rec_digits(const char **pp, int n, int *v)
{
	const char	*p = *pp;
	int		 i;

	*v = 0;
	for (i = 0; i < n; i++, p++) {
		if (*p < '0' || *p > '9')
			return 0;
		*v = *v * 10 + (*p - '0');
	}
	*pp = p;
	return 1;
}

/* YYYY-MM-DDTHH:MM:SS[.fraction]Z, the UTC form of ISO 8601. */
int
rec_fs_started_ok(const char *s)
{
	int	y, mo, d, h, mi, se;

	if (s == NULL || !rec_digits(&s, 4, &y) || *s++ != '-' ||
	    !rec_digits(&s, 2, &mo) || *s++ != '-' ||
	    !rec_digits(&s, 2, &d) || *s++ != 'T' ||
	    !rec_digits(&s, 2, &h) || *s++ != ':' ||
	    !rec_digits(&s, 2, &mi) || *s++ != ':' ||
	    !rec_digits(&s, 2, &se))
		return 0;
	if (*s == '.') {
		if (s[1] < '0' || s[1] > '9')
			return 0;
		for (s++; *s >= '0' && *s <= '9'; s++)
			;
	}
	/* Second 60 is a leap second. */
	return strcmp(s, "Z") == 0 && mo >= 1 && mo <= 12 && d >= 1 &&
	    d <= 31 && h <= 23 && mi <= 59 && se <= 60;
}

/* Length of the UTF-8 sequence at s, or 0 if it is not well formed. */
static size_t
rec_utf8_len(const unsigned char *s)
{
	unsigned int	c = s[0], cp;
	size_t		n, i;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		cp = c & 0x07;
	} else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	/* Overlong forms, UTF-16 surrogates and code points past U+10FFFF. */
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return n;
}

/* One line of UTF-8 with no control characters. */
int
rec_fs_text_ok(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 n;

	if (s == NULL)
		return 0;
	while (*p != '\0') {
		if (*p < 0x20 || *p == 0x7f || (n = rec_utf8_len(p)) == 0)
			return 0;
		p += n;
	}
	return 1;
}

/* Set *v from a value that must be a number above 0. */
static int
rec_fs_positive(struct rec_lines *l, const char *key, const char *val,
    double *v)
{
	char	q[64];

	if (rec_number_parse(val, strlen(val), v) != REC_NUM_OK || !(*v > 0))
		return rec_lines_fail(l, "%s = '%s': expected a number above 0",
		    key, rec_quote(val, strlen(val), q, sizeof q));
	return 0;
}

/* Copy a free-text value, refusing what would not fit or not print. */
static int
rec_fs_text(struct rec_lines *l, const char *key, const char *val,
    char *dst, size_t len)
{
	if (!rec_fs_text_ok(val))
		return rec_lines_fail(l, "%s: expected one line of UTF-8 text",
		    key);
	if (strlen(val) >= len)
		return rec_lines_fail(l, "%s: longer than %zu bytes", key,
		    len - 1);
	memcpy(dst, val, strlen(val) + 1);
	return 0;
}

/* channels = a permutation of TL,TR,BL,BR naming the load columns. */
static int
rec_fs_channels(struct rec_lines *l, const char *val, struct rec_fs_header *h)
{
	struct rec_fields	fl;
	unsigned		seen = 0;
	int			k, c;

	rec_fields_split(val, ',', &fl);
	if (fl.n != 4 || fl.more)
		goto bad;
	for (k = 0; k < 4; k++) {
		for (c = 0; c < 4; c++)
			if (rec_field_is_nocase(&fl.f[k], rec_fs_cells[c]))
				break;
		if (c == 4 || (seen & (1u << c)))
			goto bad;
		seen |= 1u << c;
		h->order[k] = c;
	}
	return 0;
bad:
	return rec_lines_fail(l, "channels: expected TL, TR, BL and BR once "
	    "each, comma-separated, e.g. channels = TL,TR,BL,BR");
}

/* Apply a known key's value. */
static int
rec_fs_set(struct rec_lines *l, enum rec_fs_key k, const char *val,
    struct rec_fs_header *h)
{
	const char	*key = rec_fs_key_names[k];
	char		 q[64];

	switch (k) {
	case REC_FS_RATE:
		return rec_fs_positive(l, key, val, &h->rate_hz);
	case REC_FS_WIDTH:
		return rec_fs_positive(l, key, val, &h->width_mm);
	case REC_FS_LENGTH:
		return rec_fs_positive(l, key, val, &h->length_mm);
	case REC_FS_LOAD_UNIT:
		if (!rec_fs_load_unit_ok(val))
			return rec_lines_fail(l, "load_unit = '%s': expected N, "
			    "kg or raw", rec_quote(val, strlen(val), q,
			    sizeof q));
		snprintf(h->load_unit, sizeof h->load_unit, "%s", val);
		return 0;
	case REC_FS_CHANNELS:
		return rec_fs_channels(l, val, h);
	case REC_FS_BOARD:
		return rec_fs_text(l, key, val, h->meta.board,
		    sizeof h->meta.board);
	case REC_FS_STARTED:
		if (!rec_fs_started_ok(val) || strlen(val) >=
		    sizeof h->meta.started)
			return rec_lines_fail(l, "started = '%s': expected UTC "
			    "date and time as YYYY-MM-DDTHH:MM:SSZ",
			    rec_quote(val, strlen(val), q, sizeof q));
		memcpy(h->meta.started, val, strlen(val) + 1);
		return 0;
	case REC_FS_CALIBRATED:
		if (strcmp(val, "yes") == 0)
			h->meta.calibrated = 1;
		else if (strcmp(val, "no") == 0)
			h->meta.calibrated = 0;
		else
			return rec_lines_fail(l, "calibrated = '%s': expected "
			    "yes or no", rec_quote(val, strlen(val), q,
			    sizeof q));
		return 0;
	case REC_FS_NOTE:
		return rec_fs_text(l, key, val, h->meta.note,
		    sizeof h->meta.note);
	case REC_FS_NKEYS:
		break;
	}
	return 0;
}

/* Whether s[0..len) is a key: lower-case letters, digits, '_' and '-'. */
static int
rec_fs_is_key(const char *s, size_t len)
{
	size_t	i;

	if (len == 0)
		return 0;
	for (i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '_' || s[i] == '-'))
			return 0;
	return 1;
}

int
rec_fs_header_line(struct rec_lines *l, char *text, struct rec_fs_header *h)
{
	const char	*eq = strchr(text, '='), *key;
	char		*val;
	size_t		 klen, vlen;
	int		 k;

	/* Without "key =" the line is a comment. */
	if (eq == NULL)
		return 0;
	key = text + strspn(text, " \t");
	for (klen = (size_t)(eq - key); klen > 0 &&
	    (key[klen - 1] == ' ' || key[klen - 1] == '\t'); klen--)
		;
	if (!rec_fs_is_key(key, klen))
		return 0;
	val = text + (eq - text) + 1;
	val += strspn(val, " \t");
	for (vlen = strlen(val); vlen > 0 &&
	    (val[vlen - 1] == ' ' || val[vlen - 1] == '\t'); vlen--)
		;
	val[vlen] = '\0';
	for (k = 0; k < REC_FS_NKEYS; k++)
		if (strlen(rec_fs_key_names[k]) == klen &&
		    memcmp(rec_fs_key_names[k], key, klen) == 0)
			break;
	/* Unknown keys are for later minor versions: ignore them. */
	if (k == REC_FS_NKEYS)
		return 0;
	if (h->seen & (1u << k))
		return rec_lines_fail(l, "header key '%s' given twice",
		    rec_fs_key_names[k]);
	h->seen |= 1u << k;
	return rec_fs_set(l, (enum rec_fs_key)k, val, h);
}

int
rec_fs_header_complete(struct rec_lines *l, const struct rec_fs_header *h)
{
	int	k;

	for (k = 0; k < REC_FS_NKEYS; k++)
		if ((REC_FS_REQUIRED & (1u << k)) && !(h->seen & (1u << k)))
			return rec_lines_fail(l, "header key '%s' is missing "
			    "before the column header; required: rate_hz, "
			    "width_mm, length_mm, load_unit, channels",
			    rec_fs_key_names[k]);
	return 0;
}
