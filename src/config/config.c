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
#include "config/inifile.h"
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
	char			 why[sizeof err->msg];
	size_t			 len;
	int			 rc;

	if (path == NULL || path[0] == '\0') {
		set_error(err, "empty configuration file name");
		return -1;
	}
	/* The same reading, byte checks and parsing as every INI file. */
	if ((rc = inifile_read(path, CONFIG_FILE_MAX, optional, &text, &len,
	    why, sizeof why)) != 0) {
		if (rc == -1)
			set_error(err, "%s", why);
		return rc;
	}
	rc = -1;
	if (len > 0 && (d = inifile_parse(path, text, len,
	    &config_file_sections, why, sizeof why)) == NULL) {
		set_error(err, "%s", why);
		goto out;
	}
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
