/*
 * config.c: loading configuration layers and printing the result; see
 * config.h.  What each key means and accepts is in schema.c.
 *
 * A layer is read into memory, checked byte by byte (scan.c), parsed by
 * iniparser, and applied to a copy of the configuration that replaces the
 * original only when every key in the file was good.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iniparser.h>

#include "config/config.h"
#include "config/parse.h"
#include "config/scan.h"
#include "config/schema.h"

#ifndef SYSCONFDIR
#define SYSCONFDIR	"/etc"
#endif

/* Where a layer lives below its base directory. */
#define CONFIG_SUBPATH	"/footscreen/footscreen.conf"
/* Larger than any sensible configuration; stops us reading a disk image. */
#define CONFIG_FILE_MAX	(1024 * 1024)
/* Longest value excerpt quoted in an error message. */
#define EXCERPT_MAX	64

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a)	__attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

/*
 * iniparser's error callback takes no user pointer, so its first message of
 * a load is kept here; parse_text() clears it and counts the others.
 */
static char	ini_first_message[512];
static int	ini_messages;

static int	ini_capture(const char *, ...) PRINTF_LIKE(1, 2);
static void	set_error(struct config_error *, const char *, ...)
		    PRINTF_LIKE(2, 3);

/* Fill err (when not NULL) with a formatted message. */
static void
set_error(struct config_error *err, const char *fmt, ...)
{
	va_list	ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
}

/* iniparser's error callback: keep the first message, count the rest. */
static int
ini_capture(const char *fmt, ...)
{
	va_list	ap;
	int	n = 0;

	if (ini_messages++ == 0) {
		va_start(ap, fmt);
		n = vsnprintf(ini_first_message, sizeof ini_first_message,
		    fmt, ap);
		va_end(ap);
	}
	return n;
}

struct fs_config *
config_new(void)
{
	struct fs_config	*cfg;

	if ((cfg = calloc(1, sizeof *cfg)) == NULL)
		return NULL;
	/* Most people have one board on USB: find it rather than ask. */
	snprintf(cfg->board.port, sizeof cfg->board.port, "auto");
	/*
	 * Four channels at the HX711's fastest 80 Hz, as text lines of about
	 * 40 bytes, need ~32 kbit/s; 115200 leaves room and is the rate
	 * microcontroller serial examples use most.
	 */
	cfg->board.baud = 115200;
	cfg->board.protocol = CFG_PROTOCOL_NATIVE;
	for (int c = 0; c < CELL_COUNT; c++) {
		cfg->board.channel_order[c] = (enum cell)c;
		/* Equal gains leave the COP right even in raw counts. */
		cfg->board.scale[c] = 1.0;
		cfg->board.offset[c] = 0.0;
	}
	/* The Wii Balance Board, screening-evidence.md §8.2. */
	cfg->board.geometry.width_mm = BOARD_WII_WIDTH_MM;
	cfg->board.geometry.length_mm = BOARD_WII_LENGTH_MM;
	/* Hobby USB-serial boards seldom wire handshake lines. */
	cfg->board.flow_control = CFG_FLOW_NONE;
	cfg->board.usb_vid = -1;
	cfg->board.usb_pid = -1;
	/* Rides out a USB hiccup; still shows a dead board within seconds. */
	cfg->board.timeout_s = 2.0;
	cfg->ui.color = CFG_COLOR_AUTO;
	cfg->ui.charset = CFG_CHARSET_AUTO;
	cfg->ui.mode = CFG_MODE_HOME;
	/* Raw samples are small (~50 kB a trial) and allow re-analysis. */
	cfg->storage.keep_raw = 1;
	/* Reproduces the published reference values (Quijoux et al. 2021). */
	cfg->analysis.pipeline = CFG_PIPELINE_QUIJOUX2021;
	/* The unit of the board geometry and of most cited sway norms. */
	cfg->analysis.out_units = CFG_UNITS_MM;
	return cfg;
}

void
config_free(struct fs_config *cfg)
{
	if (cfg == NULL)
		return;
	for (size_t i = 0; i < cfg->nlayers; i++)
		free(cfg->layer[i]);
	free(cfg->layer);
	free(cfg);
}

/*
 * Read a whole file into *text (NUL-terminated, length *len).  Returns 0,
 * 1 when it does not exist and optional is set, or -1 with err.
 */
static int
read_file(const char *path, int optional, char **text, size_t *len,
    struct config_error *err)
{
	struct stat	 st;
	char		*buf = NULL, *grown;
	size_t		 cap = 0, used = 0;
	ssize_t		 n;
	int		 fd, saved;

	/* O_NONBLOCK: a FIFO must not hang the open; fstat rejects it. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd == -1) {
		if (optional && (errno == ENOENT || errno == ENOTDIR))
			return 1;
		set_error(err, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1) {
		set_error(err, "%s: %s", path, strerror(errno));
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		set_error(err, "%s: is a directory, not a file", path);
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		set_error(err, "%s: not a regular file", path);
		goto fail;
	}
	for (;;) {
		if (used + 1 >= cap) {
			cap = cap == 0 ? 4096 : cap * 2;
			if (cap > CONFIG_FILE_MAX + 1) {
				set_error(err, "%s: larger than %d bytes",
				    path, CONFIG_FILE_MAX);
				goto fail;
			}
			if ((grown = realloc(buf, cap)) == NULL) {
				set_error(err, "%s: %s", path,
				    strerror(ENOMEM));
				goto fail;
			}
			buf = grown;
		}
		n = read(fd, buf + used, cap - used - 1);
		if (n == 0)
			break;
		if (n == -1) {
			if (errno == EINTR)
				continue;
			set_error(err, "%s: %s", path, strerror(errno));
			goto fail;
		}
		used += (size_t)n;
	}
	close(fd);
	buf[used] = '\0';
	*text = buf;
	*len = used;
	return 0;

fail:
	saved = errno;
	free(buf);
	close(fd);
	errno = saved;
	return -1;
}

/*
 * iniparser's message, made one line: "iniparser: " prefixes dropped,
 * "in PATH (N)" said as "at line N" (the file is named already), the
 * offending line quoted, and runs of blanks and newlines squeezed to one
 * space.
 */
static void
tidy_ini_message(const char *raw, const char *path, char *out, size_t len)
{
	const char	*p = raw, *q;
	size_t		 o = 0, plen = strlen(path);

	while (*p != '\0' && o + 1 < len) {
		if (strncmp(p, "iniparser: ", 11) == 0) {
			p += 11;
			continue;
		}
		if (strncmp(p, " in ", 4) == 0 &&
		    strncmp(p + 4, path, plen) == 0 &&
		    strncmp(p + 4 + plen, " (", 2) == 0) {
			q = p + 4 + plen + 2;
			while (*q >= '0' && *q <= '9')
				q++;
			if (*q == ')' && q > p + 4 + plen + 2) {
				o += (size_t)snprintf(out + o, len - o,
				    " at line %.*s", (int)(q - (p + plen + 6)),
				    p + plen + 6);
				if (o >= len)
					o = len - 1;
				p = q + 1;
				continue;
			}
		}
		/* 4.1 shows the bad line as "\n-> LINE": quote it instead. */
		if (strncmp(p, "\n-> ", 4) == 0 && (q = strchr(p + 4, '\n'))
		    != NULL) {
			o += (size_t)snprintf(out + o, len - o, " '%.*s'",
			    (int)(q - (p + 4)), p + 4);
			if (o >= len)
				o = len - 1;
			p = q;
			continue;
		}
		if (strchr(" \t\r\n", *p) != NULL) {
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
			p++;
			continue;
		}
		out[o++] = *p++;
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
}

/*
 * Parse text (the contents of path, already scanned) with iniparser.
 * Returns the dictionary, or NULL with err.
 */
static dictionary *
parse_text(const char *path, const char *text, size_t len,
    struct config_error *err)
{
	dictionary	*d;
	char		 tidy[sizeof ini_first_message];
#ifdef HAVE_INIPARSER_LOAD_FILE
	FILE		*f;
#endif

	ini_first_message[0] = '\0';
	ini_messages = 0;
	iniparser_set_error_callback(ini_capture);
#ifdef HAVE_INIPARSER_LOAD_FILE
	/* 4.2 can parse the very bytes scan.c checked. */
	if ((f = fmemopen((void *)text, len, "r")) == NULL)
		d = NULL;
	else {
		d = iniparser_load_file(f, path);
		fclose(f);
	}
#else
	(void)text;
	(void)len;
	d = iniparser_load(path);
#endif
	iniparser_set_error_callback(NULL);
	if (d != NULL)
		return d;
	tidy_ini_message(ini_first_message, path, tidy, sizeof tidy);
	if (ini_messages > 1)
		set_error(err, "%s: %s (and %d more error%s)", path, tidy,
		    ini_messages - 1, ini_messages > 2 ? "s" : "");
	else if (tidy[0] != '\0')
		set_error(err, "%s: %s", path, tidy);
	else
		set_error(err, "%s: iniparser could not read it", path);
	return NULL;
}

/* Apply one section of d to cfg, each key's source being src. */
static int
apply_section(struct fs_config *cfg, const dictionary *d, const char *sec,
    const char *src, const char *path, struct config_error *err)
{
	const struct config_key	 *k;
	const char		**names;
	const char		 *name, *value;
	char			  allowed[400], shown[EXCERPT_MAX + 8];
	int			  nk, idx, rc = -1;

	if ((nk = iniparser_getsecnkeys(d, sec)) <= 0)
		return 0;
	if ((names = calloc((size_t)nk, sizeof *names)) == NULL) {
		set_error(err, "%s: %s", path, strerror(ENOMEM));
		return -1;
	}
	if (iniparser_getseckeys(d, sec, names) == NULL) {
		set_error(err, "%s: [%s]: iniparser could not list the keys",
		    path, sec);
		goto out;
	}
	for (int j = 0; j < nk; j++) {
		/* Keys come back as "section:key". */
		name = names[j] + strlen(sec) + 1;
		if ((idx = config_schema_find(sec, name)) < 0) {
			config_section_keys(config_schema_section(sec),
			    allowed, sizeof allowed);
			set_error(err, "%s: [%s] unknown key '%s': allowed: %s",
			    path, sec, name, allowed);
			goto out;
		}
		k = config_schema_key((size_t)idx);
		if ((value = iniparser_getstring(d, names[j], NULL)) == NULL)
			value = "";
		if (config_key_set(k, cfg, value) != 0) {
			config_excerpt(value, strlen(value), EXCERPT_MAX,
			    shown, sizeof shown);
			config_key_allowed(k, allowed, sizeof allowed);
			set_error(err, "%s: [%s] %s = '%s': allowed: %s",
			    path, sec, name, shown, allowed);
			goto out;
		}
		cfg->source[idx] = src;
	}
	rc = 0;
out:
	free(names);
	return rc;
}

/* Apply every section of d to cfg. */
static int
apply_dictionary(struct fs_config *cfg, const dictionary *d, const char *src,
    const char *path, struct config_error *err)
{
	const char	*sec;
	char		 allowed[64];
	int		 nsec;

	if ((nsec = iniparser_getnsec(d)) < 0) {
		set_error(err, "%s: iniparser could not list the sections",
		    path);
		return -1;
	}
	for (int i = 0; i < nsec; i++) {
		if ((sec = iniparser_getsecname(d, i)) == NULL)
			continue;
		/* scan.c stopped unknown sections already; stay safe. */
		if (config_schema_section(sec) == NULL) {
			config_section_names(allowed, sizeof allowed);
			set_error(err, "%s: unknown section [%s]: allowed: %s",
			    path, sec, allowed);
			return -1;
		}
		if (apply_section(cfg, d, sec, src, path, err) != 0)
			return -1;
	}
	return 0;
}

/*
 * Apply the file at path as a layer.  Returns 0, 1 when it is absent and
 * optional is set, or -1 with err and cfg unchanged.
 */
static int
load_layer(struct fs_config *cfg, const char *path, int optional,
    struct config_error *err)
{
	struct fs_config	*work = NULL;
	dictionary		*d = NULL;
	char			*text = NULL, *src = NULL, **grown;
	char			 why[256];
	size_t			 len;
	int			 rc;

	if (path == NULL || path[0] == '\0') {
		set_error(err, "empty configuration file name");
		return -1;
	}
	if ((rc = read_file(path, optional, &text, &len, err)) != 0)
		return rc;
	rc = -1;
	if (config_scan_text(text, len, why, sizeof why) != 0) {
		set_error(err, "%s: %s", path, why);
		goto out;
	}
	if (len > 0 && (d = parse_text(path, text, len, err)) == NULL)
		goto out;
	grown = realloc(cfg->layer, (cfg->nlayers + 1) * sizeof *cfg->layer);
	if (grown == NULL || (src = strdup(path)) == NULL ||
	    (work = malloc(sizeof *work)) == NULL) {
		if (grown != NULL)
			cfg->layer = grown;
		set_error(err, "%s: %s", path, strerror(ENOMEM));
		goto out;
	}
	cfg->layer = grown;
	*work = *cfg;
	if (d != NULL && apply_dictionary(work, d, src, path, err) != 0)
		goto out;
	work->layer[work->nlayers++] = src;
	src = NULL;
	*cfg = *work;
	rc = 0;
out:
	free(work);
	free(src);
	if (d != NULL)
		iniparser_freedict(d);
	free(text);
	return rc;
}

int
config_load_file(struct fs_config *cfg, const char *path,
    struct config_error *err)
{
	return load_layer(cfg, path, 0, err) == 0 ? 0 : -1;
}

/* dir + CONFIG_SUBPATH into buf; -1 with err when it does not fit. */
static int
layer_path(char *buf, size_t len, const char *dir, const char *what,
    struct config_error *err)
{
	int	n = snprintf(buf, len, "%s%s", dir, CONFIG_SUBPATH);

	if (n < 0 || (size_t)n >= len) {
		set_error(err, "%s: path too long", what);
		return -1;
	}
	return 0;
}

int
config_load_layers(struct fs_config *cfg, const char *explicit_path,
    struct config_error *err)
{
	char		 path[PATH_MAX], base[PATH_MAX];
	const char	*dir, *home;
	int		 n;

	/* FOOTSCREEN_SYSCONFDIR lets tests use a system layer without root. */
	dir = getenv("FOOTSCREEN_SYSCONFDIR");
	if (dir == NULL || dir[0] == '\0')
		dir = SYSCONFDIR;
	if (layer_path(path, sizeof path, dir, "system configuration",
	    err) != 0 || load_layer(cfg, path, 1, err) < 0)
		return -1;

	/* XDG Base Directory spec: unset, empty or relative means ~/.config. */
	dir = getenv("XDG_CONFIG_HOME");
	if (dir == NULL || dir[0] != '/') {
		dir = NULL;
		home = getenv("HOME");
		if (home != NULL && home[0] != '\0') {
			n = snprintf(base, sizeof base, "%s/.config", home);
			if (n < 0 || (size_t)n >= sizeof base) {
				set_error(err, "$HOME: path too long");
				return -1;
			}
			dir = base;
		}
	}
	if (dir != NULL && (layer_path(path, sizeof path, dir,
	    "user configuration", err) != 0 ||
	    load_layer(cfg, path, 1, err) < 0))
		return -1;

	if (explicit_path != NULL &&
	    config_load_file(cfg, explicit_path, err) != 0)
		return -1;
	return 0;
}

/*
 * Write "# " lead text as one comment line, control characters shown as
 * '?' and cut to CONFIG_LINE_MAX bytes so the output stays loadable.
 */
static void
print_comment(FILE *f, const char *lead, const char *text)
{
	size_t	room = CONFIG_LINE_MAX - 2 - strlen(lead);

	fprintf(f, "# %s", lead);
	for (; *text != '\0' && room > 0; text++, room--)
		fputc((unsigned char)*text < 0x20 || *text == 0x7f ? '?' :
		    *text, f);
	fputc('\n', f);
}

/*
 * Print one key as "name = value  # source".  A line that would pass
 * iniparser's limit drops the blanks around "=" (the input line had fit
 * without them) and has its source on a comment line above it.
 */
static void
print_key(const struct fs_config *cfg, size_t i, FILE *f)
{
	const struct config_key	*k = config_schema_key(i);
	const char		*src = cfg->source[i];
	const char		*name = config_key_name(k);
	const char		*sep = " = ";
	char			 value[PATH_MAX + 16];
	size_t			 width;
	int			 q, trailing;

	if (config_key_format(k, cfg, value, sizeof value) != 0) {
		fprintf(f, "# %s: value too long to print\n", name);
		return;
	}
	if ((q = config_ini_quoting(value)) < 0)
		q = '"';	/* schema.c refuses such values */
	if (src == NULL)
		src = "default";
	width = strlen(name) + strlen(value) + (q != 0 ? 2 : 0);
	if (width + strlen(sep) > CONFIG_LINE_MAX)
		sep = "=";
	width += strlen(sep);
	trailing = width + 4 + strlen(src) <= CONFIG_LINE_MAX;
	if (!trailing)
		print_comment(f, "", src);
	if (q != 0)
		fprintf(f, "%s%s%c%s%c", name, sep, q, value, q);
	else
		fprintf(f, "%s%s%s", name, sep, value);
	if (trailing) {
		fputs("  ", f);
		print_comment(f, "", src);
	} else
		fputc('\n', f);
}

void
config_print(const struct fs_config *cfg, FILE *f)
{
	size_t	nkeys = config_schema_count();

	fputs("# footscreen configuration, merged from:\n", f);
	print_comment(f, "  ", "defaults");
	for (size_t i = 0; i < cfg->nlayers; i++)
		print_comment(f, "  ", cfg->layer[i]);
	for (size_t s = 0; config_sections[s] != NULL; s++) {
		fprintf(f, "\n[%s]\n", config_sections[s]);
		for (size_t i = 0; i < nkeys; i++)
			if (strcmp(config_key_section(config_schema_key(i)),
			    config_sections[s]) == 0)
				print_key(cfg, i, f);
	}
}

const char *
config_source(const struct fs_config *cfg, const char *section,
    const char *key)
{
	int	idx = config_schema_find(section, key);

	if (idx < 0)
		return NULL;
	return cfg->source[idx] != NULL ? cfg->source[idx] : "default";
}
