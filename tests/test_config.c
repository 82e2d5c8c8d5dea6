/*
 * test_config.c: the configuration layer (src/config/): the strict value
 * parsers, the raw-byte scan, every key's range, layering and provenance,
 * the wording of each error, and bad files that must fail cleanly (run
 * under ASan and UBSan by --enable-sanitizers).  Files go to a mkdtemp(3)
 * directory that each test makes and removes.
 */
#include <config.h>

#include <check.h>
#include <errno.h>
#include <float.h>
#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config/config.h"
#include "config/parse.h"
#include "config/scan.h"
#include "config/schema.h"
#include "testutil.h"

#define BAUDS	"1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, " \
		"230400, 460800, 921600"

/* A scratch directory per test, removed by teardown. */
static char	tmpdir[64];

static void
setup(void)
{
	snprintf(tmpdir, sizeof tmpdir, "%s", "/tmp/fs-config.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	/* Never read the real system or user files. */
	ck_assert_int_eq(setenv("FOOTSCREEN_SYSCONFDIR", tmpdir, 1), 0);
	ck_assert_int_eq(setenv("XDG_CONFIG_HOME", tmpdir, 1), 0);
}

static void
teardown(void)
{
	char	cmd[3 * sizeof tmpdir];

	snprintf(cmd, sizeof cmd, "chmod -R u+rwx '%s'; rm -rf '%s'", tmpdir,
	    tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmpdir);
}

/* tmpdir/name, made into a static buffer (one per call site is enough). */
static const char *
tmp_path(char *buf, size_t len, const char *name)
{
	return tu_path(buf, len, tmpdir, name);
}

/* Write n bytes to tmpdir/name (parent folders made); returns the path. */
static const char *
write_bytes(char *path, size_t len, const char *name, const char *data,
    size_t n)
{
	char	 dir[PATH_MAX], *slash;
	FILE	*f;

	tmp_path(path, len, name);
	snprintf(dir, sizeof dir, "%s", path);
	for (slash = strchr(dir + strlen(tmpdir) + 1, '/'); slash != NULL;
	    slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		ck_assert(mkdir(dir, 0700) == 0 || errno == EEXIST);
		*slash = '/';
	}
	ck_assert_ptr_nonnull(f = fopen(path, "wb"));
	ck_assert_uint_eq(fwrite(data, 1, n, f), n);
	ck_assert_int_eq(fclose(f), 0);
	return path;
}

/* write_bytes() for a C string. */
static const char *
write_text(char *path, size_t len, const char *name, const char *text)
{
	return write_bytes(path, len, name, text, strlen(text));
}

/* Load text as a file; returns config_load_file's result, err filled. */
static int
load_text(struct fs_config *cfg, const char *text, struct config_error *err,
    char *path, size_t len)
{
	write_text(path, len, "t.conf", text);
	memset(err->msg, 0, sizeof err->msg);
	return config_load_file(cfg, path, err);
}

static void	want_value_error(const struct config_error *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

/* Check err holds exactly the formatted message. */
static void
want_value_error(const struct config_error *err, const char *fmt, ...)
{
	char	want[sizeof err->msg];
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(want, sizeof want, fmt, ap);
	va_end(ap);
	ck_assert_str_eq(err->msg, want);
}

/* config_print into a malloc'd string. */
static char *
print_to_string(const struct fs_config *cfg)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*f;

	ck_assert_ptr_nonnull(f = open_memstream(&buf, &len));
	config_print(cfg, f);
	ck_assert_int_eq(fclose(f), 0);
	return buf;
}

/* s without comments: each line cut at "  #", comment lines dropped. */
static void
strip_comments(char *s)
{
	char	*out = s, *line = s, *nl, *cut;

	while (*line != '\0') {
		nl = strchr(line, '\n');
		if (nl != NULL)
			*nl = '\0';
		if (line[0] != '#') {
			if ((cut = strstr(line, "  #")) != NULL)
				*cut = '\0';
			out += sprintf(out, "%s\n", line);
		}
		if (nl == NULL)
			break;
		line = nl + 1;
	}
	*out = '\0';
}

/* ---- value parsers ---- */

START_TEST(parse_long_is_strict_decimal)
{
	long	v = 99;

	ck_assert_int_eq(config_parse_long("0", &v), 0);
	ck_assert_int_eq(v, 0);
	ck_assert_int_eq(config_parse_long("-5", &v), 0);
	ck_assert_int_eq(v, -5);
	ck_assert_int_eq(config_parse_long("+7", &v), 0);
	ck_assert_int_eq(v, 7);
	/* iniparser_getint would say 8 and 16 */
	ck_assert_int_eq(config_parse_long("010", &v), 0);
	ck_assert_int_eq(v, 10);
	v = 99;
	ck_assert_int_eq(config_parse_long("0x10", &v), -1);
	ck_assert_int_eq(config_parse_long("12abc", &v), -1);
	ck_assert_int_eq(config_parse_long("", &v), -1);
	ck_assert_int_eq(config_parse_long("-", &v), -1);
	ck_assert_int_eq(config_parse_long(" 1", &v), -1);
	ck_assert_int_eq(config_parse_long("1 ", &v), -1);
	ck_assert_int_eq(config_parse_long("1e3", &v), -1);
	ck_assert_int_eq(config_parse_long("99999999999999999999999", &v), -1);
	ck_assert_int_eq(v, 99);	/* untouched on failure */
}
END_TEST

START_TEST(parse_int_in_takes_only_listed_values)
{
	static const int	set[] = { 1200, 9600, 921600 };
	int			v = -1;

	ck_assert_int_eq(config_parse_int_in("1200", set, 3, &v), 0);
	ck_assert_int_eq(v, 1200);
	ck_assert_int_eq(config_parse_int_in("921600", set, 3, &v), 0);
	ck_assert_int_eq(v, 921600);
	ck_assert_int_eq(config_parse_int_in("1199", set, 3, &v), -1);
	ck_assert_int_eq(config_parse_int_in("9601", set, 3, &v), -1);
	ck_assert_int_eq(config_parse_int_in("921601", set, 3, &v), -1);
	ck_assert_int_eq(config_parse_int_in("9600.0", set, 3, &v), -1);
	ck_assert_int_eq(v, 921600);
}
END_TEST

START_TEST(parse_real_accepts_plain_decimals_only)
{
	static const struct { const char *s; double v; } good[] = {
		{ "1", 1 }, { "-2.5", -2.5 }, { ".5", 0.5 }, { "5.", 5 },
		{ "1e3", 1000 }, { "2.5E-1", 0.25 }, { "+433", 433 },
	};
	static const char *const bad[] = {
		"", ".", "e3", "1e", "1e+", "inf", "-inf", "nan", "0x1p3",
		" 1", "1 ", "1,5", "1.5.2", "--1", "1e999", "1e-400", "12abc",
	};
	double	v;

	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		ck_assert_msg(config_parse_real(good[i].s, &v) == 0, "%s",
		    good[i].s);
		ck_assert_msg(v == good[i].v, "%s -> %g", good[i].s, v);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		v = 42;
		ck_assert_msg(config_parse_real(bad[i], &v) == -1,
		    "'%s' accepted", bad[i]);
		ck_assert(v == 42);
	}
}
END_TEST

START_TEST(numbers_ignore_a_comma_locale)
{
	static const char *const comma[] = {
		"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8",
		"nl_NL.UTF-8", NULL
	};
	char	buf[32];
	double	v;
	int	i;

	for (i = 0; comma[i] != NULL; i++)
		if (setlocale(LC_NUMERIC, comma[i]) != NULL)
			break;
	if (comma[i] == NULL) {
		/* Nothing to prove without such a locale; say so in the log. */
		fprintf(stderr, "# no comma-decimal locale installed; "
		    "numbers_ignore_a_comma_locale checked nothing\n");
		return;
	}
	ck_assert_int_eq(config_parse_real("0.5", &v), 0);
	ck_assert(v == 0.5);
	ck_assert_int_eq(config_parse_real("0,5", &v), -1);
	ck_assert_int_eq(config_format_real(0.25, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "0.25");
	setlocale(LC_NUMERIC, "C");
}
END_TEST

START_TEST(format_real_is_shortest_round_trip)
{
	char	buf[32];
	double	back;

	ck_assert_int_eq(config_format_real(433, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "433");
	ck_assert_int_eq(config_format_real(0.1, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "0.1");
	ck_assert_int_eq(config_format_real(-2.5e-5, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "-2.5e-05");
	ck_assert_int_eq(config_format_real(1.0 / 3.0, buf, sizeof buf), 0);
	ck_assert_int_eq(config_parse_real(buf, &back), 0);
	ck_assert(back == 1.0 / 3.0);
	ck_assert_uint_eq(strlen(buf), 18);	/* 0. and 16 digits */
	ck_assert_int_eq(config_format_real(DBL_MAX, buf, sizeof buf), 0);
	ck_assert_int_eq(config_parse_real(buf, &back), 0);
	ck_assert(back == DBL_MAX);
	ck_assert_int_eq(config_format_real(1.0 / 3.0, buf, 8), -1);
}
END_TEST

START_TEST(parse_bool_takes_the_listed_words_only)
{
	static const char *const yes[] = { "yes", "YES", "true", "True", "on",
		"ON", "1" };
	static const char *const no[] = { "no", "No", "false", "FALSE", "off",
		"Off", "0" };
	static const char *const bad[] = { "", "y", "n", "t", "2", "yes ",
		"truee", "01", "enabled" };
	int	v;

	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
		v = 0;
		ck_assert_int_eq(config_parse_bool(yes[i], &v), 0);
		ck_assert_int_eq(v, 1);
	}
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
		v = 1;
		ck_assert_int_eq(config_parse_bool(no[i], &v), 0);
		ck_assert_int_eq(v, 0);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(config_parse_bool(bad[i], &v) == -1, "'%s'",
		    bad[i]);
}
END_TEST

START_TEST(parse_word_is_whole_and_caseless)
{
	static const char *const w[] = { "auto", "always", "never", NULL };
	int	v = -1;

	ck_assert_int_eq(config_parse_word("never", w, &v), 0);
	ck_assert_int_eq(v, 2);
	ck_assert_int_eq(config_parse_word("Always", w, &v), 0);
	ck_assert_int_eq(v, 1);
	ck_assert_int_eq(config_parse_word("aut", w, &v), -1);
	ck_assert_int_eq(config_parse_word("autos", w, &v), -1);
	ck_assert_int_eq(config_parse_word("", w, &v), -1);
	ck_assert_int_eq(v, 1);
}
END_TEST

START_TEST(parse_hex16_bounds)
{
	static const char *const bad[] = { "10000", "0x10000", "0x", "g",
		"-1", " 1", "1 ", "0x-1", "12345", "0xx1" };
	int	v = 7;

	ck_assert_int_eq(config_parse_hex16("", &v), 0);
	ck_assert_int_eq(v, -1);
	ck_assert_int_eq(config_parse_hex16("0", &v), 0);
	ck_assert_int_eq(v, 0);
	ck_assert_int_eq(config_parse_hex16("ffff", &v), 0);
	ck_assert_int_eq(v, 0xffff);
	ck_assert_int_eq(config_parse_hex16("0x2341", &v), 0);
	ck_assert_int_eq(v, 0x2341);
	ck_assert_int_eq(config_parse_hex16("0X00fF", &v), 0);
	ck_assert_int_eq(v, 0xff);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(config_parse_hex16(bad[i], &v) == -1, "'%s'",
		    bad[i]);
	ck_assert_int_eq(v, 0xff);
}
END_TEST

START_TEST(parse_channel_order_needs_a_permutation)
{
	static const char *const bad[] = { "", "TL,TR,BL", "TL,TR,BL,BR,TL",
		"TL,TL,BL,BR", "TL;TR;BL;BR", "TL,TR,BL,BRX", "TLTRBLBR",
		"TL,TR,,BL,BR", "XX,TR,BL,BR", "TL,TR,BL,BR," };
	enum cell	o[CELL_COUNT];

	ck_assert_int_eq(config_parse_channel_order("TL,TR,BL,BR", o), 0);
	ck_assert(o[0] == CELL_TL && o[1] == CELL_TR && o[2] == CELL_BL &&
	    o[3] == CELL_BR);
	ck_assert_int_eq(config_parse_channel_order(" br, bl ,tr,\tTl ", o),
	    0);
	ck_assert(o[0] == CELL_BR && o[1] == CELL_BL && o[2] == CELL_TR &&
	    o[3] == CELL_TL);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(config_parse_channel_order(bad[i], o) == -1,
		    "'%s'", bad[i]);
	ck_assert(o[0] == CELL_BR);
}
END_TEST

START_TEST(ini_quoting_round_trips_in_both_versions)
{
	ck_assert_int_eq(config_ini_quoting("/dev/ttyUSB0"), 0);
	ck_assert_int_eq(config_ini_quoting("tcp:host:5000"), 0);
	ck_assert_int_eq(config_ini_quoting("a\"b'c"), 0);
	ck_assert_int_eq(config_ini_quoting("a\\b"), 0);
	ck_assert_int_eq(config_ini_quoting(""), '"');
	ck_assert_int_eq(config_ini_quoting("a;b"), '"');
	ck_assert_int_eq(config_ini_quoting("a#b"), '"');
	ck_assert_int_eq(config_ini_quoting(" a"), '"');
	ck_assert_int_eq(config_ini_quoting("a\t"), '"');
	ck_assert_int_eq(config_ini_quoting("\"ab"), '\'');
	ck_assert_int_eq(config_ini_quoting("it's;ok"), '"');
	ck_assert_int_eq(config_ini_quoting("a\\"), -1);
	ck_assert_int_eq(config_ini_quoting("a\\;b"), -1);
	ck_assert_int_eq(config_ini_quoting("a\"b';c"), -1);
}
END_TEST

START_TEST(excerpt_cuts_at_a_character)
{
	char	out[32];

	config_excerpt("abcdef", 6, 10, out, sizeof out);
	ck_assert_str_eq(out, "abcdef");
	config_excerpt("abcdef", 6, 3, out, sizeof out);
	ck_assert_str_eq(out, "abc...");
	/* "aé" is 61 c3 a9: cutting after 2 bytes would split the é. */
	config_excerpt("a\xc3\xa9z", 4, 2, out, sizeof out);
	ck_assert_str_eq(out, "a...");
}
END_TEST

/* ---- raw-byte scan ---- */

/* Scan text and return the message ("" when it passed). */
static const char *
scan(const char *text, size_t len)
{
	static char	why[256];

	why[0] = '\0';
	if (config_scan_text(text, len, why, sizeof why) == 0)
		ck_assert_str_eq(why, "");
	else
		ck_assert_str_ne(why, "");
	return why;
}

#define SCAN(s)	scan(s, sizeof(s) - 1)

START_TEST(scan_accepts_ordinary_files)
{
	ck_assert_str_eq(SCAN(""), "");
	ck_assert_str_eq(SCAN("# only a comment\n; another\n\n"), "");
	ck_assert_str_eq(SCAN("[board]\nport = auto\n"), "");
	ck_assert_str_eq(SCAN("[BOARD]\r\nbaud = 9600\r\n"), "");
	ck_assert_str_eq(SCAN("  [ ui ]  \ncolor=never"), "");
	ck_assert_str_eq(SCAN("[board]\ndescription = Gr\xc3\xb6\xc3\x9f"
	    "e \xe2\xa3\xbf \xf0\x9f\x91\xa3\n"), "");
	/* A continued comment line is not a key before the section. */
	ck_assert_str_eq(SCAN("# a \\\nstill comment\n[ui]\n"), "");
}
END_TEST

START_TEST(scan_line_length_limit)
{
	char	text[2100];
	size_t	n;

	/* "k=" and 1020 x: 1022 bytes, iniparser's longest line. */
	n = (size_t)snprintf(text, sizeof text, "[board]\nk=%s\n", "");
	memset(text + n - 1, 'x', 1020);
	strcpy(text + n - 1 + 1020, "\n");
	ck_assert_str_eq(scan(text, strlen(text)), "");
	memset(text + n - 1, 'x', 1021);
	strcpy(text + n - 1 + 1021, "\n");
	ck_assert_str_eq(scan(text, strlen(text)),
	    "line 2: 1023 bytes long; iniparser reads lines of at most 1022");
}
END_TEST

START_TEST(scan_rejects_binary_and_odd_bytes)
{
	ck_assert_str_eq(SCAN("[board]\nport = a\0b\n"),
	    "line 2: NUL byte (is this a binary file?)");
	ck_assert_str_eq(SCAN("[board]\x01\n"),
	    "line 1: control character 0x01");
	ck_assert_str_eq(SCAN("[board]\nport = a\rb\n"),
	    "line 2: control character 0x0d");
	ck_assert_str_eq(SCAN("[ui]\ncolor = \x7f\n"),
	    "line 2: control character 0x7f");
	ck_assert_str_eq(SCAN("[ui]\n\ncolor = \xff\n"),
	    "line 3: not valid UTF-8 (byte 0xff)");
	/* overlong '/', a UTF-16 surrogate, above U+10FFFF, cut short */
	ck_assert_str_eq(SCAN("[ui]\nx=\xc0\xaf\n"),
	    "line 2: not valid UTF-8 (byte 0xc0)");
	ck_assert_str_eq(SCAN("[ui]\nx=\xed\xa0\x80\n"),
	    "line 2: not valid UTF-8 (byte 0xed)");
	ck_assert_str_eq(SCAN("[ui]\nx=\xf4\x90\x80\x80\n"),
	    "line 2: not valid UTF-8 (byte 0xf4)");
	ck_assert_str_eq(SCAN("[ui]\nx=\xe2\xa3"),
	    "line 2: not valid UTF-8 (byte 0xe2)");
	ck_assert_str_eq(SCAN("\xef\xbb\xbf[ui]\n"),
	    "line 1: starts with a UTF-8 byte order mark; save the file "
	    "without it");
}
END_TEST

START_TEST(scan_rejects_keys_outside_and_unknown_sections)
{
	ck_assert_str_eq(SCAN("# hi\nport = /dev/ttyACM0\n[board]\n"),
	    "line 2: 'port = /dev/ttyACM0' comes before any [section]");
	ck_assert_str_eq(SCAN("[board]\n[serial]\n"),
	    "line 2: unknown section [serial]: allowed: board, ui, storage, "
	    "analysis");
	/* iniparser_getnsec() would not even list this one */
	ck_assert_str_eq(SCAN("[board:x]\nbaud = 9600\n"),
	    "line 1: unknown section [board:x]: allowed: board, ui, storage, "
	    "analysis");
	ck_assert_str_eq(SCAN("[]\n"),
	    "line 1: unknown section []: allowed: board, ui, storage, "
	    "analysis");
}
END_TEST

/* ---- keys: every range, both sides ---- */

/* Set section/key to value on a fresh config; returns config_key_set's. */
static int
try_set(const char *section, const char *key, const char *value)
{
	struct fs_config	*cfg;
	int			 idx, rc;

	ck_assert_ptr_nonnull(cfg = config_new());
	idx = config_schema_find(section, key);
	ck_assert_msg(idx >= 0, "no key %s.%s", section, key);
	rc = config_key_set(config_schema_key((size_t)idx), cfg, value);
	config_free(cfg);
	return rc;
}

START_TEST(real_keys_both_sides_of_each_range)
{
	static const struct { const char *key, *in, *out; } r[] = {
		{ "width_mm", "50", "49.999" },
		{ "width_mm", "2000", "2000.01" },
		{ "length_mm", "50", "49" }, { "length_mm", "2000", "2001" },
		{ "scale_tl", "-1e6", "-1000000.1" },
		{ "scale_tr", "1e6", "1e7" },
		{ "scale_bl", "1e-9", "0" }, { "scale_br", "-0.5", "-0" },
		{ "offset_tl", "-1e9", "-1000000001" },
		{ "offset_br", "1e9", "1.0000001e9" },
		{ "offset_tr", "0", "x" }, { "offset_bl", "-8388608", "" },
		{ "timeout_s", "0.1", "0.09" }, { "timeout_s", "600", "600.5" },
	};

	for (size_t i = 0; i < sizeof r / sizeof r[0]; i++) {
		ck_assert_msg(try_set("board", r[i].key, r[i].in) == 0,
		    "%s = %s refused", r[i].key, r[i].in);
		ck_assert_msg(try_set("board", r[i].key, r[i].out) == -1,
		    "%s = %s accepted", r[i].key, r[i].out);
	}
}
END_TEST

START_TEST(word_and_bool_keys)
{
	ck_assert_int_eq(try_set("board", "protocol", "generic"), 0);
	ck_assert_int_eq(try_set("board", "protocol", "ascii"), -1);
	ck_assert_int_eq(try_set("board", "flow_control", "rtscts"), 0);
	ck_assert_int_eq(try_set("board", "flow_control", "hardware"), -1);
	ck_assert_int_eq(try_set("ui", "color", "never"), 0);
	ck_assert_int_eq(try_set("ui", "color", "colour"), -1);
	ck_assert_int_eq(try_set("ui", "charset", "ascii"), 0);
	ck_assert_int_eq(try_set("ui", "charset", "latin1"), -1);
	ck_assert_int_eq(try_set("ui", "mode", "kiosk"), 0);
	ck_assert_int_eq(try_set("ui", "mode", ""), -1);
	ck_assert_int_eq(try_set("analysis", "pipeline", "raw"), 0);
	ck_assert_int_eq(try_set("analysis", "pipeline", "quijoux"), -1);
	ck_assert_int_eq(try_set("analysis", "out_units", "cm"), 0);
	ck_assert_int_eq(try_set("analysis", "out_units", "in"), -1);
	ck_assert_int_eq(try_set("storage", "keep_raw", "off"), 0);
	ck_assert_int_eq(try_set("storage", "keep_raw", "maybe"), -1);
	ck_assert_int_eq(try_set("board", "usb_vid", "0x2341"), 0);
	ck_assert_int_eq(try_set("board", "usb_pid", "10000"), -1);
	ck_assert_int_eq(try_set("board", "baud", "921600"), 0);
	ck_assert_int_eq(try_set("board", "baud", "1000000"), -1);
	ck_assert_int_eq(try_set("board", "channel_order", "TR,TL,BR,BL"), 0);
	ck_assert_int_eq(try_set("board", "channel_order", "TR,TL,BR"), -1);
}
END_TEST

START_TEST(string_keys_lengths_and_paths)
{
	char	s[PATH_MAX + 2];

	memset(s, 'p', sizeof s);
	s[PATH_MAX - 1] = '\0';		/* 4095 bytes: fits */
	ck_assert_int_eq(try_set("board", "port", s), 0);
	s[PATH_MAX - 1] = 'p';
	s[PATH_MAX] = '\0';		/* 4096: does not */
	ck_assert_int_eq(try_set("board", "port", s), -1);
	ck_assert_int_eq(try_set("board", "port", ""), -1);
	ck_assert_int_eq(try_set("board", "port", "sim:sway-eo"), 0);
	ck_assert_int_eq(try_set("board", "port", "replay:/tmp/a b.fsrec"), 0);
	s[CONFIG_DESCRIPTION_MAX - 1] = '\0';
	ck_assert_int_eq(try_set("board", "description", s), 0);
	s[CONFIG_DESCRIPTION_MAX - 1] = 'p';
	s[CONFIG_DESCRIPTION_MAX] = '\0';
	ck_assert_int_eq(try_set("board", "description", s), -1);
	ck_assert_int_eq(try_set("board", "description", ""), 0);
	ck_assert_int_eq(try_set("storage", "database", ""), 0);
	ck_assert_int_eq(try_set("storage", "database", "/var/x.db"), 0);
	ck_assert_int_eq(try_set("storage", "database", "x.db"), -1);
	ck_assert_int_eq(try_set("storage", "database", "~/x.db"), -1);
	/* config_print could not write these back */
	ck_assert_int_eq(try_set("board", "description", "a\\;b"), -1);
	ck_assert_int_eq(try_set("board", "description", "x\"y'z;"), -1);
}
END_TEST

START_TEST(every_key_formats_and_reads_back)
{
	struct fs_config	*cfg, *again;
	char			 a[PATH_MAX + 16], b[PATH_MAX + 16];
	const struct config_key	*k;

	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_ptr_nonnull(again = config_new());
	ck_assert_int_eq(config_key_set(config_schema_key((size_t)
	    config_schema_find("board", "usb_vid")), cfg, "1a86"), 0);
	ck_assert_int_eq(config_key_set(config_schema_key((size_t)
	    config_schema_find("board", "scale_bl")), cfg, "0.1"), 0);
	ck_assert_uint_gt(config_schema_count(), 20);
	ck_assert_uint_le(config_schema_count(), CONFIG_KEY_SLOTS);
	for (size_t i = 0; i < config_schema_count(); i++) {
		k = config_schema_key(i);
		ck_assert_int_eq(config_key_format(k, cfg, a, sizeof a), 0);
		ck_assert_msg(config_key_set(k, again, a) == 0, "%s = '%s'",
		    config_key_name(k), a);
		ck_assert_int_eq(config_key_format(k, again, b, sizeof b), 0);
		ck_assert_str_eq(a, b);
	}
	ck_assert_int_eq(again->board.usb_vid, 0x1a86);
	ck_assert(again->board.scale[CELL_BL] == 0.1);
	ck_assert_ptr_null(config_schema_key(config_schema_count()));
	config_free(cfg);
	config_free(again);
}
END_TEST

START_TEST(defaults_are_the_documented_ones)
{
	struct fs_config	*cfg;

	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_str_eq(cfg->board.port, "auto");
	ck_assert_int_eq(cfg->board.baud, 115200);
	ck_assert_int_eq(cfg->board.protocol, CFG_PROTOCOL_NATIVE);
	ck_assert(cfg->board.geometry.width_mm == 433.0);
	ck_assert(cfg->board.geometry.length_mm == 238.0);
	for (int c = 0; c < CELL_COUNT; c++) {
		ck_assert_int_eq(cfg->board.channel_order[c], c);
		ck_assert(cfg->board.scale[c] == 1.0);
		ck_assert(cfg->board.offset[c] == 0.0);
	}
	ck_assert_int_eq(cfg->board.flow_control, CFG_FLOW_NONE);
	ck_assert_int_eq(cfg->board.usb_vid, -1);
	ck_assert_int_eq(cfg->board.usb_pid, -1);
	ck_assert_str_eq(cfg->board.description, "");
	ck_assert(cfg->board.timeout_s == 2.0);
	ck_assert_int_eq(cfg->ui.color, CFG_COLOR_AUTO);
	ck_assert_int_eq(cfg->ui.charset, CFG_CHARSET_AUTO);
	ck_assert_int_eq(cfg->ui.mode, CFG_MODE_HOME);
	ck_assert_str_eq(cfg->storage.database, "");
	ck_assert_int_eq(cfg->storage.keep_raw, 1);
	ck_assert_int_eq(cfg->analysis.pipeline, CFG_PIPELINE_QUIJOUX2021);
	ck_assert_int_eq(cfg->analysis.out_units, CFG_UNITS_MM);
	ck_assert_str_eq(config_source(cfg, "board", "baud"), "default");
	ck_assert_ptr_null(config_source(cfg, "board", "bauds"));
	ck_assert_ptr_null(config_source(cfg, "serial", "baud"));
	config_free(cfg);
}
END_TEST

/* ---- files ---- */

START_TEST(file_sets_values_and_provenance)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX];

	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_int_eq(load_text(cfg,
	    "; footscreen\n"
	    "[Board]\n"
	    "Port = tcp:192.168.1.20:5000   ; the lab board\n"
	    "baud = 9600\n"
	    "channel_order = BR,BL,TR,TL\n"
	    "scale_tl = 0.0215\n"
	    "offset_tl = -8123.5\n"
	    "width_mm = 400\n"
	    "usb_vid = 0x2341\n"
	    "description = \"Arduino ; Uno # R3\"\n"
	    "[ui]\n"
	    "color = NEVER\n"
	    "[storage]\n"
	    "database = '/var/lib/fs/a b.db'\n"
	    "keep_raw = off\n", &err, path, sizeof path), 0);
	ck_assert_str_eq(cfg->board.port, "tcp:192.168.1.20:5000");
	ck_assert_int_eq(cfg->board.baud, 9600);
	ck_assert_int_eq(cfg->board.channel_order[0], CELL_BR);
	ck_assert_int_eq(cfg->board.channel_order[3], CELL_TL);
	ck_assert(cfg->board.scale[CELL_TL] == 0.0215);
	ck_assert(cfg->board.offset[CELL_TL] == -8123.5);
	ck_assert(cfg->board.geometry.width_mm == 400);
	ck_assert(cfg->board.geometry.length_mm == 238);
	ck_assert_int_eq(cfg->board.usb_vid, 0x2341);
	ck_assert_int_eq(cfg->board.usb_pid, -1);
	ck_assert_str_eq(cfg->board.description, "Arduino ; Uno # R3");
	ck_assert_int_eq(cfg->ui.color, CFG_COLOR_NEVER);
	ck_assert_str_eq(cfg->storage.database, "/var/lib/fs/a b.db");
	ck_assert_int_eq(cfg->storage.keep_raw, 0);
	ck_assert_str_eq(config_source(cfg, "board", "baud"), path);
	ck_assert_str_eq(config_source(cfg, "BOARD", "Port"), path);
	ck_assert_str_eq(config_source(cfg, "board", "length_mm"), "default");
	ck_assert_str_eq(config_source(cfg, "ui", "mode"), "default");
	ck_assert_uint_eq(cfg->nlayers, 1);
	config_free(cfg);
}
END_TEST

START_TEST(bad_values_name_file_section_key_value_and_choices)
{
	static const struct { const char *text, *section, *key, *value,
	    *allowed; } c[] = {
		{ "[board]\nbaud = 9601\n", "board", "baud", "9601", BAUDS },
		{ "[board]\nbaud = 0x2580\n", "board", "baud", "0x2580",
		  BAUDS },
		{ "[board]\nbaud = 9600abc\n", "board", "baud", "9600abc",
		  BAUDS },
		{ "[board]\nbaud =\n", "board", "baud", "", BAUDS },
		{ "[board]\nport =\n", "board", "port", "",
		  "not empty, at most 4095 bytes; quote a value with ; or # "
		  "and then put no backslash in it" },
		{ "[board]\nwidth_mm = 20\n", "board", "width_mm", "20",
		  "a number from 50 to 2000" },
		{ "[board]\nscale_br = 0\n", "board", "scale_br", "0",
		  "a number from -1000000 to 1000000, not 0" },
		{ "[board]\ntimeout_s = nan\n", "board", "timeout_s", "nan",
		  "a number from 0.1 to 600" },
		{ "[board]\nprotocol = NMEA\n", "board", "protocol", "NMEA",
		  "native, generic" },
		{ "[board]\nchannel_order = TL,TR,BL,BL\n", "board",
		  "channel_order", "TL,TR,BL,BL", "TL, TR, BL and BR, each "
		  "once, comma-separated, e.g. TL,TR,BL,BR" },
		{ "[board]\nusb_pid = 12345\n", "board", "usb_pid", "12345",
		  "empty (any), or 1 to 4 hex digits, 0000 to ffff, with or "
		  "without 0x" },
		{ "[ui]\ncharset = utf8\n", "ui", "charset", "utf8",
		  "auto, unicode, ascii" },
		{ "[ui]\nmode = clinic\n", "ui", "mode", "clinic",
		  "home, trainer, kiosk" },
		{ "[storage]\nkeep_raw = y\n", "storage", "keep_raw", "y",
		  "yes, no, true, false, on, off, 1, 0" },
		{ "[storage]\ndatabase = db.sqlite\n", "storage", "database",
		  "db.sqlite", "empty, or an absolute path of at most 4095 "
		  "bytes; quote a value with ; or # and then put no backslash "
		  "in it" },
		{ "[analysis]\nout_units = inch\n", "analysis", "out_units",
		  "inch", "mm, cm" },
		{ "[analysis]\npipeline = \"quijoux2021 \"\n", "analysis",
		  "pipeline", "quijoux2021 ", "quijoux2021, raw" },
	};
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX];

	ck_assert_ptr_nonnull(cfg = config_new());
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		ck_assert_int_eq(load_text(cfg, c[i].text, &err, path,
		    sizeof path), -1);
		want_value_error(&err, "%s: [%s] %s = '%s': allowed: %s", path,
		    c[i].section, c[i].key, c[i].value, c[i].allowed);
	}
	/* nothing was applied, not even layers */
	ck_assert_int_eq(cfg->board.baud, 115200);
	ck_assert_uint_eq(cfg->nlayers, 0);
	config_free(cfg);
}
END_TEST

START_TEST(long_bad_value_is_cut_in_the_message)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX], text[300], want[80];

	/* 68 bytes of value; the message shows 64 of them and "..." */
	memset(want, 'q', 64);
	strcpy(want + 64, "...'");
	strcpy(text, "[ui]\nmode = ");
	memset(text + strlen(text), 'q', 68);
	strcpy(text + strlen("[ui]\nmode = ") + 68, "\n");
	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_int_eq(load_text(cfg, text, &err, path, sizeof path), -1);
	ck_assert_msg(strstr(err.msg, want) != NULL, "%s", err.msg);
	config_free(cfg);
}
END_TEST

START_TEST(unknown_key_lists_the_section_keys)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX];

	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_int_eq(load_text(cfg, "[ui]\ncolour = never\n", &err, path,
	    sizeof path), -1);
	want_value_error(&err, "%s: [ui] unknown key 'colour': allowed: "
	    "color, charset, mode", path);
	ck_assert_int_eq(load_text(cfg, "[board]\nport:x = 1\n", &err, path,
	    sizeof path), -1);
	ck_assert_msg(strstr(err.msg, "[board] unknown key 'port:x': allowed: "
	    "port, baud, protocol, channel_order, scale_tl,") != NULL, "%s",
	    err.msg);
	/* a key the wrong section */
	ck_assert_int_eq(load_text(cfg, "[ui]\nbaud = 9600\n", &err, path,
	    sizeof path), -1);
	want_value_error(&err, "%s: [ui] unknown key 'baud': allowed: "
	    "color, charset, mode", path);
	config_free(cfg);
}
END_TEST

START_TEST(structure_errors_name_file_and_line)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX];

	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_int_eq(load_text(cfg, "[storage]\n[Serial]\nbaud=1\n", &err,
	    path, sizeof path), -1);
	want_value_error(&err, "%s: line 2: unknown section [Serial]: "
	    "allowed: board, ui, storage, analysis", path);
	ck_assert_int_eq(load_text(cfg, "baud = 9600\n", &err, path,
	    sizeof path), -1);
	want_value_error(&err, "%s: line 1: 'baud = 9600' comes before any "
	    "[section]", path);
	write_bytes(path, sizeof path, "nul.conf", "[board]\nport = x\0y\n",
	    18);
	ck_assert_int_eq(config_load_file(cfg, path, &err), -1);
	want_value_error(&err, "%s: line 2: NUL byte (is this a binary file?)",
	    path);
	ck_assert_str_eq(cfg->board.port, "auto");
	/* A repeated key or section is a mistake, not "last one wins". */
	ck_assert_int_eq(load_text(cfg, "[board]\nbaud = 9600\nbaud = 57600\n",
	    &err, path, sizeof path), -1);
	want_value_error(&err, "%s: line 3: key 'baud' appears again (first at "
	    "line 2); give each its own name", path);
	ck_assert_int_eq(load_text(cfg, "[ui]\ncolor = never\n[UI]\n"
	    "charset = ascii\n", &err, path, sizeof path), -1);
	want_value_error(&err, "%s: line 3: [UI] appears again (first at "
	    "line 1); give each its own name", path);
	ck_assert_int_eq(cfg->board.baud, 115200);
	config_free(cfg);
}
END_TEST

START_TEST(syntax_errors_give_iniparsers_line)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX], want[PATH_MAX + 64];

	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_int_eq(load_text(cfg, "[board]\nbaud = 9600\nnoequals\n",
	    &err, path, sizeof path), -1);
	snprintf(want, sizeof want, "%s: ", path);
	ck_assert_msg(strncmp(err.msg, want, strlen(want)) == 0, "%s",
	    err.msg);
	ck_assert_msg(strstr(err.msg, "syntax error") != NULL, "%s", err.msg);
	ck_assert_msg(strstr(err.msg, "line 3") != NULL, "%s", err.msg);
	ck_assert_msg(strstr(err.msg, "noequals") != NULL, "%s", err.msg);
	ck_assert_ptr_null(strchr(err.msg, '\n'));
	ck_assert_int_eq(cfg->board.baud, 115200);
	/* two errors: the first is told, the other counted */
	ck_assert_int_eq(load_text(cfg, "[ui]\nbad one\nbad two\n", &err,
	    path, sizeof path), -1);
	ck_assert_msg(strstr(err.msg, "line 2") != NULL, "%s", err.msg);
	ck_assert_msg(strstr(err.msg, "(and 1 more error)") != NULL, "%s",
	    err.msg);
	config_free(cfg);
}
END_TEST

START_TEST(long_line_is_refused_with_its_number)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX], text[1200];

	memset(text, 0, sizeof text);
	strcpy(text, "[board]\n# ");
	memset(text + strlen(text), 'c', 1021);	/* "# " + 1021 = 1023 */
	strcat(text, "\nbaud = 9600\n");
	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_int_eq(load_text(cfg, text, &err, path, sizeof path), -1);
	want_value_error(&err, "%s: line 2: 1023 bytes long; iniparser reads "
	    "lines of at most 1022", path);
	/* one byte shorter is fine */
	memset(text, 0, sizeof text);
	strcpy(text, "[board]\n# ");
	memset(text + strlen(text), 'c', 1020);
	strcat(text, "\nbaud = 9600\n");
	ck_assert_int_eq(load_text(cfg, text, &err, path, sizeof path), 0);
	ck_assert_int_eq(cfg->board.baud, 9600);
	config_free(cfg);
}
END_TEST

START_TEST(missing_directory_unreadable_and_special_files)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX], want[PATH_MAX + 64];

	ck_assert_ptr_nonnull(cfg = config_new());
	tmp_path(path, sizeof path, "absent.conf");
	ck_assert_int_eq(config_load_file(cfg, path, &err), -1);
	want_value_error(&err, "%s: %s", path, strerror(ENOENT));

	ck_assert_int_eq(config_load_file(cfg, tmpdir, &err), -1);
	want_value_error(&err, "%s: is a directory, not a file", tmpdir);

	tmp_path(path, sizeof path, "fifo");
	ck_assert_int_eq(mkfifo(path, 0600), 0);
	ck_assert_int_eq(config_load_file(cfg, path, &err), -1);
	want_value_error(&err, "%s: not a regular file", path);

	ck_assert_int_eq(config_load_file(cfg, "", &err), -1);
	ck_assert_str_eq(err.msg, "empty configuration file name");

	write_text(path, sizeof path, "locked.conf", "[ui]\nmode = kiosk\n");
	ck_assert_int_eq(chmod(path, 0), 0);
	if (geteuid() == 0) {
		fprintf(stderr, "# running as root: the unreadable-file case "
		    "cannot be made, skipped\n");
	} else {
		ck_assert_int_eq(config_load_file(cfg, path, &err), -1);
		snprintf(want, sizeof want, "%s: %s", path, strerror(EACCES));
		ck_assert_str_eq(err.msg, want);
	}
	config_free(cfg);
}
END_TEST

START_TEST(a_bad_layer_changes_nothing)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX];

	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_int_eq(load_text(cfg, "[ui]\nmode = trainer\n", &err, path,
	    sizeof path), 0);
	ck_assert_int_eq(load_text(cfg, "[board]\nbaud = 9600\n[ui]\n"
	    "mode = kiosk\ncolor = purple\n", &err, path, sizeof path), -1);
	ck_assert_int_eq(cfg->board.baud, 115200);
	ck_assert_int_eq(cfg->ui.mode, CFG_MODE_TRAINER);
	ck_assert_str_eq(config_source(cfg, "board", "baud"), "default");
	ck_assert_uint_eq(cfg->nlayers, 1);
	config_free(cfg);
}
END_TEST

START_TEST(empty_and_comment_only_files_are_fine)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX];

	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_int_eq(load_text(cfg, "", &err, path, sizeof path), 0);
	ck_assert_int_eq(load_text(cfg, "# nothing\n\n[ui]\n", &err, path,
	    sizeof path), 0);
	ck_assert_int_eq(load_text(cfg, "[board]\r\nbaud = 4800\r\n", &err,
	    path, sizeof path), 0);
	ck_assert_int_eq(cfg->board.baud, 4800);
	ck_assert_uint_eq(cfg->nlayers, 3);
	config_free(cfg);
}
END_TEST

/* A tiny deterministic generator (xorshift32) for the junk files. */
static uint32_t
next_random(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

START_TEST(binary_junk_fails_cleanly)
{
	static const char	 good[] = "[board]\nport = sim\nbaud = 9600\n"
	    "channel_order = TL,TR,BL,BR\nscale_tl = 1.5\n[ui]\ncolor = auto\n"
	    "[storage]\ndatabase = \"/x;y\"\n";
	static const char	 alphabet[] =
	    "[]=;#\"'\\ \t\n\r:,.0aZ\0\x80\xc3";
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX], buf[600], *printed;
	uint32_t		 seed = 12345;
	size_t			 n;
	int			 ok = 0, bad = 0;

	ck_assert_ptr_nonnull(cfg = config_new());
	for (int round = 0; round < 400; round++) {
		if (round % 2 == 0) {
			/* pure noise */
			n = next_random(&seed) % sizeof buf;
			for (size_t i = 0; i < n; i++)
				buf[i] = (char)next_random(&seed);
		} else {
			/* a good file with a few bytes changed */
			n = sizeof good - 1;
			memcpy(buf, good, n);
			for (int m = 0; m < 3; m++)
				buf[next_random(&seed) % n] = alphabet[
				    next_random(&seed) % (sizeof alphabet - 1)];
		}
		write_bytes(path, sizeof path, "junk.conf", buf, n);
		err.msg[0] = '\0';
		if (config_load_file(cfg, path, &err) == 0) {
			ok++;
			continue;
		}
		bad++;
		ck_assert_msg(strncmp(err.msg, path, strlen(path)) == 0,
		    "round %d: '%s'", round, err.msg);
		ck_assert_ptr_null(strchr(err.msg, '\n'));
	}
	/* both outcomes happen, so both paths ran */
	ck_assert_int_gt(ok, 0);
	ck_assert_int_gt(bad, 0);
	/* whatever got through still prints as a loadable file */
	printed = print_to_string(cfg);
	write_text(path, sizeof path, "printed.conf", printed);
	ck_assert_msg(config_load_file(cfg, path, &err) == 0, "%s", err.msg);
	free(printed);
	config_free(cfg);
}
END_TEST

/* ---- layers ---- */

START_TEST(layers_apply_in_order_with_provenance)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 sys[PATH_MAX], user[PATH_MAX], expl[PATH_MAX];
	char			 sysdir[PATH_MAX], xdg[PATH_MAX];

	tmp_path(sysdir, sizeof sysdir, "etc");
	tmp_path(xdg, sizeof xdg, "xdg");
	setenv("FOOTSCREEN_SYSCONFDIR", sysdir, 1);
	setenv("XDG_CONFIG_HOME", xdg, 1);
	write_text(sys, sizeof sys, "etc/footscreen/footscreen.conf",
	    "[board]\nbaud = 9600\nwidth_mm = 500\n[ui]\nmode = trainer\n");
	write_text(user, sizeof user, "xdg/footscreen/footscreen.conf",
	    "[board]\nbaud = 19200\n[ui]\ncolor = never\n");
	write_text(expl, sizeof expl, "mine.conf", "[ui]\nmode = kiosk\n");

	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_msg(config_load_layers(cfg, expl, &err) == 0, "%s",
	    err.msg);
	ck_assert_int_eq(cfg->board.baud, 19200);
	ck_assert_str_eq(config_source(cfg, "board", "baud"), user);
	ck_assert(cfg->board.geometry.width_mm == 500);
	ck_assert_str_eq(config_source(cfg, "board", "width_mm"), sys);
	ck_assert_int_eq(cfg->ui.mode, CFG_MODE_KIOSK);
	ck_assert_str_eq(config_source(cfg, "ui", "mode"), expl);
	ck_assert_int_eq(cfg->ui.color, CFG_COLOR_NEVER);
	ck_assert_str_eq(config_source(cfg, "ui", "color"), user);
	ck_assert_str_eq(config_source(cfg, "ui", "charset"), "default");
	ck_assert_uint_eq(cfg->nlayers, 3);
	ck_assert_str_eq(cfg->layer[0], sys);
	ck_assert_str_eq(cfg->layer[2], expl);
	config_free(cfg);
}
END_TEST

START_TEST(absent_layers_are_skipped_but_explicit_must_exist)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 path[PATH_MAX];

	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_int_eq(config_load_layers(cfg, NULL, &err), 0);
	ck_assert_uint_eq(cfg->nlayers, 0);
	tmp_path(path, sizeof path, "nope.conf");
	ck_assert_int_eq(config_load_layers(cfg, path, &err), -1);
	want_value_error(&err, "%s: %s", path, strerror(ENOENT));
	config_free(cfg);
}
END_TEST

START_TEST(user_layer_falls_back_to_home_config)
{
	static const char *const xdg_values[] = { NULL, "", "relative/dir" };
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 home[PATH_MAX], user[PATH_MAX];

	tmp_path(home, sizeof home, "home");
	write_text(user, sizeof user, "home/.config/footscreen/footscreen.conf",
	    "[analysis]\nout_units = cm\n");
	setenv("HOME", home, 1);
	for (size_t i = 0; i < 3; i++) {
		if (xdg_values[i] == NULL)
			unsetenv("XDG_CONFIG_HOME");
		else
			setenv("XDG_CONFIG_HOME", xdg_values[i], 1);
		ck_assert_ptr_nonnull(cfg = config_new());
		ck_assert_msg(config_load_layers(cfg, NULL, &err) == 0, "%s",
		    err.msg);
		ck_assert_int_eq(cfg->analysis.out_units, CFG_UNITS_CM);
		ck_assert_str_eq(config_source(cfg, "analysis", "out_units"),
		    user);
		config_free(cfg);
	}
}
END_TEST

START_TEST(bad_system_layer_is_an_error)
{
	struct fs_config	*cfg;
	struct config_error	 err;
	char			 sys[PATH_MAX], dir[PATH_MAX];

	write_text(sys, sizeof sys, "footscreen/footscreen.conf",
	    "[board]\nflow_control = dtrdsr\n");
	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_int_eq(config_load_layers(cfg, NULL, &err), -1);
	want_value_error(&err, "%s: [board] flow_control = 'dtrdsr': allowed: "
	    "none, xonxoff, rtscts", sys);
	/* a directory where the user file should be is no "absent" */
	unlink(sys);
	tmp_path(dir, sizeof dir, "u/footscreen/footscreen.conf");
	write_text(sys, sizeof sys, "u/footscreen/footscreen.conf/x", "");
	tmp_path(sys, sizeof sys, "u");
	setenv("XDG_CONFIG_HOME", sys, 1);
	ck_assert_int_eq(config_load_layers(cfg, NULL, &err), -1);
	want_value_error(&err, "%s: is a directory, not a file", dir);
	config_free(cfg);
}
END_TEST

/* ---- printing ---- */

START_TEST(print_is_valid_ini_with_sources)
{
	struct fs_config	*cfg, *again;
	struct config_error	 err;
	char			 path[PATH_MAX], line[PATH_MAX + 64], *out, *out2;

	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_int_eq(load_text(cfg, "[board]\nbaud = 230400\n"
	    "description = \"CH340 ; serial\"\nusb_pid = 7523\n"
	    "port = ' odd'\n[storage]\ndatabase = /x;y\n", &err, path,
	    sizeof path), 0);
	/* the unquoted ; started a comment */
	ck_assert_str_eq(cfg->storage.database, "/x");
	out = print_to_string(cfg);
	snprintf(line, sizeof line, "\nbaud = 230400  # %s\n", path);
	ck_assert_msg(strstr(out, line) != NULL, "%s", out);
	snprintf(line, sizeof line, "\ndescription = \"CH340 ; serial\"  # %s\n",
	    path);
	ck_assert_msg(strstr(out, line) != NULL, "%s", out);
	snprintf(line, sizeof line, "\nport = \" odd\"  # %s\n", path);
	ck_assert_msg(strstr(out, line) != NULL, "%s", out);
	snprintf(line, sizeof line, "\nusb_pid = 7523  # %s\n", path);
	ck_assert_msg(strstr(out, line) != NULL, "%s", out);
	ck_assert(strstr(out, "\nusb_vid = \"\"  # default\n") != NULL);
	ck_assert(strstr(out, "\nmode = home  # default\n") != NULL);
	ck_assert(strstr(out, "\nwidth_mm = 433  # default\n") != NULL);
	ck_assert(strstr(out, "\nchannel_order = TL,TR,BL,BR  # default\n"));
	ck_assert(strstr(out, "\nkeep_raw = yes  # default\n") != NULL);
	ck_assert(strstr(out, "\n[board]\n") && strstr(out, "\n[ui]\n") &&
	    strstr(out, "\n[storage]\n") && strstr(out, "\n[analysis]\n"));

	/* Read back, it gives the same values. */
	write_text(path, sizeof path, "printed.conf", out);
	ck_assert_ptr_nonnull(again = config_new());
	ck_assert_msg(config_load_file(again, path, &err) == 0, "%s",
	    err.msg);
	out2 = print_to_string(again);
	strip_comments(out);
	strip_comments(out2);
	ck_assert_str_eq(out, out2);
	free(out);
	free(out2);
	config_free(cfg);
	config_free(again);
}
END_TEST

START_TEST(print_keeps_long_lines_loadable)
{
	struct fs_config	*cfg, *again;
	struct config_error	 err;
	char			 path[PATH_MAX], text[1100], *out;

	/* A port as long as a line allows; its source comment must move. */
	memset(text, 0, sizeof text);
	strcpy(text, "[board]\nport = /");
	memset(text + strlen(text), 'd', 1022 - strlen("port = /"));
	strcat(text, "\n");
	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_msg(load_text(cfg, text, &err, path, sizeof path) == 0, "%s",
	    err.msg);
	ck_assert_uint_eq(strlen(cfg->board.port), 1015);
	out = print_to_string(cfg);
	write_text(path, sizeof path, "printed.conf", out);
	ck_assert_ptr_nonnull(again = config_new());
	ck_assert_msg(config_load_file(again, path, &err) == 0, "%s",
	    err.msg);
	ck_assert_str_eq(again->board.port, cfg->board.port);
	free(out);
	config_free(again);

	/* Without blanks around "=": printing must drop them too. */
	memset(text, 0, sizeof text);
	strcpy(text, "[board]\nport=/");
	memset(text + strlen(text), 'e', 1022 - strlen("port=/"));
	strcat(text, "\n");
	ck_assert_msg(load_text(cfg, text, &err, path, sizeof path) == 0, "%s",
	    err.msg);
	ck_assert_uint_eq(strlen(cfg->board.port), 1017);
	/* and many layers must not make the header too long */
	for (int i = 0; i < 60; i++)
		ck_assert_int_eq(load_text(cfg, "[ui]\n", &err, path,
		    sizeof path), 0);
	out = print_to_string(cfg);
	write_text(path, sizeof path, "printed.conf", out);
	ck_assert_ptr_nonnull(again = config_new());
	ck_assert_msg(config_load_file(again, path, &err) == 0, "%s",
	    err.msg);
	ck_assert_str_eq(again->board.port, cfg->board.port);
	free(out);
	config_free(cfg);
	config_free(again);
}
END_TEST

/*
 * data/footscreen.conf.sample has every key commented out at its default.
 * Loaded as it is, it changes nothing; with the keys uncommented it sets
 * every key, to the same values config_new() has.
 */
START_TEST(sample_file_lists_every_key_at_its_default)
{
	const char		*top = getenv("abs_top_srcdir");
	struct fs_config	*defaults, *cfg;
	struct config_error	 err;
	char			 sample[PATH_MAX], path[PATH_MAX];
	char			*text, *a, *b, *in, *o;
	FILE			*f;
	long			 size;

	if (top == NULL)
		top = getenv("top_srcdir");
	if (top == NULL) {
		fprintf(stderr, "# top_srcdir unknown: sample not checked\n");
		return;
	}
	tu_path(sample, sizeof sample, top, "data/footscreen.conf.sample");
	ck_assert_ptr_nonnull(defaults = config_new());
	ck_assert_msg(config_load_file(defaults, sample, &err) == 0, "%s",
	    err.msg);
	ck_assert_uint_eq(defaults->nlayers, 1);

	ck_assert_ptr_nonnull(f = fopen(sample, "rb"));
	ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
	ck_assert_int_ge(size = ftell(f), 1);
	rewind(f);
	ck_assert_ptr_nonnull(text = calloc(1, (size_t)size + 1));
	ck_assert_uint_eq(fread(text, 1, (size_t)size, f), (size_t)size);
	fclose(f);
	/* "#key = value" and "# key = value" lines lose their "#". */
	for (in = o = text; *in != '\0';) {
		if ((in == text || in[-1] == '\n') && in[0] == '#') {
			const char *p = in + 1 + (in[1] == ' ');
			size_t k = strspn(p, "abcdefghijklmnopqrstuvwxyz_");

			if (k > 0 && strncmp(p + k, " = ", 3) == 0)
				in = (char *)p;
		}
		*o++ = *in++;
	}
	*o = '\0';
	write_text(path, sizeof path, "uncommented.conf", text);
	free(text);
	ck_assert_ptr_nonnull(cfg = config_new());
	ck_assert_msg(config_load_file(cfg, path, &err) == 0, "%s", err.msg);
	for (size_t i = 0; i < config_schema_count(); i++) {
		const struct config_key *k = config_schema_key(i);

		ck_assert_msg(cfg->source[i] != NULL, "sample lacks [%s] %s",
		    config_key_section(k), config_key_name(k));
	}
	a = print_to_string(defaults);
	b = print_to_string(cfg);
	strip_comments(a);
	strip_comments(b);
	ck_assert_str_eq(a, b);
	free(a);
	free(b);
	config_free(defaults);
	config_free(cfg);
}
END_TEST

static Suite *
config_suite(void)
{
	Suite	*s = suite_create("config");
	TCase	*tc;

	tc = tcase_create("parse");
	tcase_add_test(tc, parse_long_is_strict_decimal);
	tcase_add_test(tc, parse_int_in_takes_only_listed_values);
	tcase_add_test(tc, parse_real_accepts_plain_decimals_only);
	tcase_add_test(tc, numbers_ignore_a_comma_locale);
	tcase_add_test(tc, format_real_is_shortest_round_trip);
	tcase_add_test(tc, parse_bool_takes_the_listed_words_only);
	tcase_add_test(tc, parse_word_is_whole_and_caseless);
	tcase_add_test(tc, parse_hex16_bounds);
	tcase_add_test(tc, parse_channel_order_needs_a_permutation);
	tcase_add_test(tc, ini_quoting_round_trips_in_both_versions);
	tcase_add_test(tc, excerpt_cuts_at_a_character);
	suite_add_tcase(s, tc);

	tc = tcase_create("scan");
	tcase_add_test(tc, scan_accepts_ordinary_files);
	tcase_add_test(tc, scan_line_length_limit);
	tcase_add_test(tc, scan_rejects_binary_and_odd_bytes);
	tcase_add_test(tc, scan_rejects_keys_outside_and_unknown_sections);
	suite_add_tcase(s, tc);

	tc = tcase_create("keys");
	tcase_add_test(tc, real_keys_both_sides_of_each_range);
	tcase_add_test(tc, word_and_bool_keys);
	tcase_add_test(tc, string_keys_lengths_and_paths);
	tcase_add_test(tc, every_key_formats_and_reads_back);
	tcase_add_test(tc, defaults_are_the_documented_ones);
	suite_add_tcase(s, tc);

	tc = tcase_create("files");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, file_sets_values_and_provenance);
	tcase_add_test(tc, bad_values_name_file_section_key_value_and_choices);
	tcase_add_test(tc, long_bad_value_is_cut_in_the_message);
	tcase_add_test(tc, unknown_key_lists_the_section_keys);
	tcase_add_test(tc, structure_errors_name_file_and_line);
	tcase_add_test(tc, syntax_errors_give_iniparsers_line);
	tcase_add_test(tc, long_line_is_refused_with_its_number);
	tcase_add_test(tc, missing_directory_unreadable_and_special_files);
	tcase_add_test(tc, a_bad_layer_changes_nothing);
	tcase_add_test(tc, empty_and_comment_only_files_are_fine);
	tcase_add_test(tc, binary_junk_fails_cleanly);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);

	tc = tcase_create("layers");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, layers_apply_in_order_with_provenance);
	tcase_add_test(tc, absent_layers_are_skipped_but_explicit_must_exist);
	tcase_add_test(tc, user_layer_falls_back_to_home_config);
	tcase_add_test(tc, bad_system_layer_is_an_error);
	suite_add_tcase(s, tc);

	tc = tcase_create("print");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, print_is_valid_ini_with_sources);
	tcase_add_test(tc, print_keeps_long_lines_loadable);
	tcase_add_test(tc, sample_file_lists_every_key_at_its_default);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run(config_suite());
}
