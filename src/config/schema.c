/*
 * schema.c: the table of configuration keys; see schema.h.
 *
 * Defaults live in config_new() (config.c), the documentation in
 * footscreen.conf(5) and data/footscreen.conf.sample; tests/test_config.c
 * checks that the sample and the defaults agree.
 */
#include <config.h>

#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "config/parse.h"
#include "config/schema.h"

enum key_type {
	KT_STRING,	/* char[size] */
	KT_INT_SET,	/* int, one of set[] */
	KT_REAL,	/* double in [min, max] */
	KT_WORD,	/* an enum, words[] in enum order */
	KT_BOOL,	/* int, 0 or 1 */
	KT_HEX16,	/* int, 0..0xffff or -1 */
	KT_ORDER	/* enum cell[CELL_COUNT] */
};

#define KF_NONEMPTY	0x1	/* KT_STRING: "" not allowed */
#define KF_ABSOLUTE	0x2	/* KT_STRING: "" or a path from / */
#define KF_NONZERO	0x4	/* KT_REAL: 0 not allowed */

struct config_key {
	const char		*section;
	const char		*name;
	enum key_type		 type;
	size_t			 offset;	/* in struct fs_config */
	size_t			 size;
	unsigned		 flags;
	double			 min, max;
	const int		*set;
	size_t			 nset;
	const char *const	*words;
};

/*
 * KT_WORD and KT_BOOL values are written through an int pointer.  An enum
 * whose constants are all non-negative has int or unsigned int as its
 * compatible type (C11 6.7.2.2p4), and either may be accessed through int
 * (6.5p7); the size must match, which these check.
 */
_Static_assert(sizeof(enum cfg_protocol) == sizeof(int), "enum size");
_Static_assert(sizeof(enum cfg_flow) == sizeof(int), "enum size");
_Static_assert(sizeof(enum cfg_color) == sizeof(int), "enum size");
_Static_assert(sizeof(enum cfg_charset) == sizeof(int), "enum size");
_Static_assert(sizeof(enum cfg_mode) == sizeof(int), "enum size");
_Static_assert(sizeof(enum cfg_pipeline) == sizeof(int), "enum size");
_Static_assert(sizeof(enum cfg_units) == sizeof(int), "enum size");

const char *const config_sections[] = {
	"board", "ui", "storage", "analysis", NULL
};

/* The rates a POSIX or Windows serial port and libserialport all offer. */
static const int bauds[] = {
	1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800,
	921600
};

static const char *const protocols[] = { "native", "generic", NULL };
static const char *const flows[] = { "none", "xonxoff", "rtscts", NULL };
static const char *const colors[] = { "auto", "always", "never", NULL };
static const char *const charsets[] = { "auto", "unicode", "ascii", NULL };
static const char *const modes[] = { "home", "trainer", "kiosk", NULL };
static const char *const pipelines[] = { "quijoux2021", "raw", NULL };
static const char *const units[] = { "mm", "cm", NULL };

#define FIELD(f)	.offset = offsetof(struct fs_config, f), \
			.size = sizeof(((struct fs_config *)0)->f)
#define STRING(s, n, f, fl) \
	{ .section = s, .name = n, .type = KT_STRING, FIELD(f), .flags = fl }
#define REAL(s, n, f, lo, hi, fl) \
	{ .section = s, .name = n, .type = KT_REAL, FIELD(f), \
	  .min = lo, .max = hi, .flags = fl }
#define WORD(s, n, f, w) \
	{ .section = s, .name = n, .type = KT_WORD, FIELD(f), .words = w }
#define OF_TYPE(s, n, f, t) \
	{ .section = s, .name = n, .type = t, FIELD(f) }

/*
 * Ranges: the board's cell spacing from 50 mm (a small custom plate) to 2 m
 * (a walkway); a calibration factor of up to 1e6 per count either way (a
 * cell wired in reverse reads negative) but never 0, which would erase the
 * cell; offsets within ±1e9 counts, far beyond a 24-bit ADC's ±8388608; a
 * timeout from 0.1 s (one sample at the HX711's slow 10 Hz) to 10 min.
 */
static const struct config_key keys[] = {
	STRING("board", "port", board.port, KF_NONEMPTY),
	{ .section = "board", .name = "baud", .type = KT_INT_SET,
	  FIELD(board.baud), .set = bauds,
	  .nset = sizeof bauds / sizeof bauds[0] },
	WORD("board", "protocol", board.protocol, protocols),
	OF_TYPE("board", "channel_order", board.channel_order, KT_ORDER),
	REAL("board", "scale_tl", board.scale[CELL_TL], -1e6, 1e6, KF_NONZERO),
	REAL("board", "scale_tr", board.scale[CELL_TR], -1e6, 1e6, KF_NONZERO),
	REAL("board", "scale_bl", board.scale[CELL_BL], -1e6, 1e6, KF_NONZERO),
	REAL("board", "scale_br", board.scale[CELL_BR], -1e6, 1e6, KF_NONZERO),
	REAL("board", "offset_tl", board.offset[CELL_TL], -1e9, 1e9, 0),
	REAL("board", "offset_tr", board.offset[CELL_TR], -1e9, 1e9, 0),
	REAL("board", "offset_bl", board.offset[CELL_BL], -1e9, 1e9, 0),
	REAL("board", "offset_br", board.offset[CELL_BR], -1e9, 1e9, 0),
	REAL("board", "width_mm", board.geometry.width_mm, 50, 2000, 0),
	REAL("board", "length_mm", board.geometry.length_mm, 50, 2000, 0),
	WORD("board", "flow_control", board.flow_control, flows),
	OF_TYPE("board", "usb_vid", board.usb_vid, KT_HEX16),
	OF_TYPE("board", "usb_pid", board.usb_pid, KT_HEX16),
	STRING("board", "description", board.description, 0),
	REAL("board", "timeout_s", board.timeout_s, 0.1, 600, 0),
	WORD("ui", "color", ui.color, colors),
	WORD("ui", "charset", ui.charset, charsets),
	WORD("ui", "mode", ui.mode, modes),
	STRING("storage", "database", storage.database, KF_ABSOLUTE),
	OF_TYPE("storage", "keep_raw", storage.keep_raw, KT_BOOL),
	WORD("analysis", "pipeline", analysis.pipeline, pipelines),
	WORD("analysis", "out_units", analysis.out_units, units),
};

#define NKEYS	(sizeof keys / sizeof keys[0])
_Static_assert(NKEYS <= CONFIG_KEY_SLOTS, "raise CONFIG_KEY_SLOTS");

static const char *const cell_names[CELL_COUNT] = { "TL", "TR", "BL", "BR" };

/* Append s to the string in buf (len bytes), truncating quietly. */
static void
buf_append(char *buf, size_t len, const char *s)
{
	size_t	used = strnlen(buf, len);

	if (used + 1 < len)
		snprintf(buf + used, len - used, "%s", s);
}

/* Append words[] joined by ", " to buf. */
static void
buf_append_words(char *buf, size_t len, const char *const *words)
{
	for (size_t i = 0; words[i] != NULL; i++) {
		if (i > 0)
			buf_append(buf, len, ", ");
		buf_append(buf, len, words[i]);
	}
}

/* words[i], or "?" when i is outside the list. */
static const char *
word_at(const char *const *words, int i)
{
	for (int j = 0; words[j] != NULL; j++)
		if (j == i)
			return words[j];
	return "?";
}

const char *
config_schema_section(const char *s)
{
	for (size_t i = 0; config_sections[i] != NULL; i++)
		if (strcasecmp(s, config_sections[i]) == 0)
			return config_sections[i];
	return NULL;
}

size_t
config_schema_count(void)
{
	return NKEYS;
}

const struct config_key *
config_schema_key(size_t i)
{
	return i < NKEYS ? &keys[i] : NULL;
}

int
config_schema_find(const char *section, const char *name)
{
	for (size_t i = 0; i < NKEYS; i++)
		if (strcasecmp(section, keys[i].section) == 0 &&
		    strcasecmp(name, keys[i].name) == 0)
			return (int)i;
	return -1;
}

const char *
config_key_section(const struct config_key *k)
{
	return k->section;
}

const char *
config_key_name(const struct config_key *k)
{
	return k->name;
}

/* Check a string value against the key's rules. */
static int
string_ok(const struct config_key *k, const char *value)
{
	size_t	len = strlen(value);

	if (len >= k->size)
		return 0;
	if ((k->flags & KF_NONEMPTY) && len == 0)
		return 0;
	if ((k->flags & KF_ABSOLUTE) && len > 0 && value[0] != '/')
		return 0;
	/* config_print must be able to write it back. */
	return config_ini_quoting(value) >= 0;
}

int
config_key_set(const struct config_key *k, struct fs_config *cfg,
    const char *value)
{
	void		*dst = (char *)cfg + k->offset;
	enum cell	 order[CELL_COUNT];
	double		 d;
	int		 i;

	switch (k->type) {
	case KT_STRING:
		if (!string_ok(k, value))
			return -1;
		memcpy(dst, value, strlen(value) + 1);
		return 0;
	case KT_INT_SET:
		if (config_parse_int_in(value, k->set, k->nset, &i) != 0)
			return -1;
		break;
	case KT_REAL:
		if (config_parse_real(value, &d) != 0 || d < k->min ||
		    d > k->max || ((k->flags & KF_NONZERO) && d == 0.0))
			return -1;
		memcpy(dst, &d, sizeof d);
		return 0;
	case KT_WORD:
		if (config_parse_word(value, k->words, &i) != 0)
			return -1;
		break;
	case KT_BOOL:
		if (config_parse_bool(value, &i) != 0)
			return -1;
		break;
	case KT_HEX16:
		if (config_parse_hex16(value, &i) != 0)
			return -1;
		break;
	case KT_ORDER:
		if (config_parse_channel_order(value, order) != 0)
			return -1;
		memcpy(dst, order, sizeof order);
		return 0;
	default:
		return -1;
	}
	memcpy(dst, &i, sizeof i);
	return 0;
}

int
config_key_format(const struct config_key *k, const struct fs_config *cfg,
    char *buf, size_t len)
{
	const void	*src = (const char *)cfg + k->offset;
	enum cell	 order[CELL_COUNT];
	double		 d;
	int		 i, n;

	if (len == 0)
		return -1;
	buf[0] = '\0';
	switch (k->type) {
	case KT_STRING:
		n = snprintf(buf, len, "%s", (const char *)src);
		break;
	case KT_REAL:
		memcpy(&d, src, sizeof d);
		return config_format_real(d, buf, len);
	case KT_ORDER:
		memcpy(order, src, sizeof order);
		for (int c = 0; c < CELL_COUNT; c++) {
			if (c > 0)
				buf_append(buf, len, ",");
			buf_append(buf, len,
			    order[c] < CELL_COUNT ? cell_names[order[c]] : "?");
		}
		return strlen(buf) + 1 < len ? 0 : -1;
	default:
		memcpy(&i, src, sizeof i);
		if (k->type == KT_WORD) {
			n = snprintf(buf, len, "%s", word_at(k->words, i));
		} else if (k->type == KT_BOOL) {
			n = snprintf(buf, len, "%s", i ? "yes" : "no");
		} else if (k->type == KT_HEX16) {
			n = i < 0 ? 0 : snprintf(buf, len, "%04x", (unsigned)i);
		} else
			n = snprintf(buf, len, "%d", i);
		break;
	}
	return n < 0 || (size_t)n >= len ? -1 : 0;
}

void
config_key_allowed(const struct config_key *k, char *buf, size_t len)
{
	char	lo[32], hi[32];

	if (len == 0)
		return;
	buf[0] = '\0';
	switch (k->type) {
	case KT_STRING:
		snprintf(buf, len, "%sat most %zu bytes; quote a value with "
		    "; or # and then put no backslash in it",
		    (k->flags & KF_ABSOLUTE) ?
		    "empty, or an absolute path of " :
		    (k->flags & KF_NONEMPTY) ? "not empty, " : "",
		    k->size - 1);
		break;
	case KT_INT_SET:
		for (size_t i = 0; i < k->nset; i++) {
			snprintf(lo, sizeof lo, "%s%d", i > 0 ? ", " : "",
			    k->set[i]);
			buf_append(buf, len, lo);
		}
		break;
	case KT_REAL:
		if (config_format_real(k->min, lo, sizeof lo) != 0 ||
		    config_format_real(k->max, hi, sizeof hi) != 0)
			break;
		snprintf(buf, len, "a number from %s to %s%s", lo, hi,
		    (k->flags & KF_NONZERO) ? ", not 0" : "");
		break;
	case KT_WORD:
		buf_append_words(buf, len, k->words);
		break;
	case KT_BOOL:
		snprintf(buf, len, "yes, no, true, false, on, off, 1, 0");
		break;
	case KT_HEX16:
		snprintf(buf, len, "empty (any), or 1 to 4 hex digits, "
		    "0000 to ffff, with or without 0x");
		break;
	case KT_ORDER:
		snprintf(buf, len, "TL, TR, BL and BR, each once, "
		    "comma-separated, e.g. TL,TR,BL,BR");
		break;
	}
}

void
config_section_names(char *buf, size_t len)
{
	if (len == 0)
		return;
	buf[0] = '\0';
	buf_append_words(buf, len, config_sections);
}

void
config_section_keys(const char *section, char *buf, size_t len)
{
	int	first = 1;

	if (len == 0)
		return;
	buf[0] = '\0';
	for (size_t i = 0; i < NKEYS; i++) {
		if (strcmp(keys[i].section, section) != 0)
			continue;
		if (!first)
			buf_append(buf, len, ", ");
		buf_append(buf, len, keys[i].name);
		first = 0;
	}
}
