/*
 * calibration_store.c: reading and writing the calibration state file
 * (calibration_store.h describes the format and the rules).
 *
 * The file is footscreen's own, so it is parsed here, strictly, rather
 * than through iniparser, which folds section names to lower case, merges
 * repeated sections and caps lines (stack-notes §2.3).  Numbers are read
 * and written in the C locale whatever LC_NUMERIC says, with 17
 * significant digits so that they read back exactly.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <math.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "board/calibration_store.h"
#include "config/parse.h"

#define CAL_LINE_MAX	512

/* Keys of a section besides id, in the order they are written. */
enum cal_key {
	K_ORDER,
	K_OFFSET,			/* + cell: offset_tl ... offset_br */
	K_SCALE = K_OFFSET + CELL_COUNT,
	K_TARED = K_SCALE + CELL_COUNT,
	K_SCALED,
	K_UPDATED,
	K_COUNT
};

static void __attribute__((format(printf, 2, 3)))
cal_errorf(struct cal_error *err, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
}

int
calibration_store_path(char *buf, size_t len, struct cal_error *err)
{
	const char	*state = getenv("XDG_STATE_HOME");
	const char	*home = getenv("HOME");
	struct passwd	*pw;
	int		 w;

	if (state != NULL && state[0] == '/')
		w = snprintf(buf, len, "%s/footscreen/calibration.ini", state);
	else {
		if ((home == NULL || home[0] == '\0') &&
		    (pw = getpwuid(getuid())) != NULL)
			home = pw->pw_dir;
		if (home == NULL || home[0] == '\0') {
			cal_errorf(err, "no place for the calibration file: "
			    "neither XDG_STATE_HOME nor HOME is set");
			return -1;
		}
		w = snprintf(buf, len, "%s/.local/state/footscreen/"
		    "calibration.ini", home);
	}
	if (w < 0 || (size_t)w >= len) {
		cal_errorf(err, "the calibration file's path is too long");
		return -1;
	}
	return 0;
}

/* The key's name: "channel_order", "offset_tl", ... */
static void
cal_key_name(int k, char *buf, size_t len)
{
	static const char *const lower[CELL_COUNT] = { "tl", "tr", "bl", "br" };

	if (k == K_ORDER)
		snprintf(buf, len, "channel_order");
	else if (k < K_SCALE)
		snprintf(buf, len, "offset_%s", lower[k - K_OFFSET]);
	else if (k < K_TARED)
		snprintf(buf, len, "scale_%s", lower[k - K_SCALE]);
	else if (k == K_TARED)
		snprintf(buf, len, "tared");
	else if (k == K_SCALED)
		snprintf(buf, len, "scaled");
	else
		snprintf(buf, len, "updated");
}

/* Set key k of e from its text; -1 when the value is bad. */
static int
cal_set_key(struct cal_entry *e, int k, const char *v)
{
	int	*flag;

	if (k == K_ORDER)
		return config_parse_channel_order(v, e->cal.channel_order);
	if (k < K_SCALE)
		return config_parse_real(v, &e->cal.offset[k - K_OFFSET]);
	if (k < K_TARED)
		return config_parse_real(v, &e->cal.scale[k - K_SCALE]) == -1 ||
		    e->cal.scale[k - K_SCALE] == 0 ? -1 : 0;
	if (k == K_TARED || k == K_SCALED) {
		flag = k == K_TARED ? &e->cal.tared : &e->cal.scaled;
		if (strcmp(v, "yes") == 0)
			*flag = 1;
		else if (strcmp(v, "no") == 0)
			*flag = 0;
		else
			return -1;
		return 0;
	}
	if (strlen(v) >= sizeof e->updated)
		return -1;
	snprintf(e->updated, sizeof e->updated, "%s", v);
	return 0;
}

/* Strip trailing blanks and the line ending in place. */
static void
cal_rstrip(char *s)
{
	size_t	n = strlen(s);

	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' ||
	    s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
}

/* Grow the entry array by one zeroed entry; NULL when out of memory. */
static struct cal_entry *
cal_append(struct cal_store *st)
{
	struct cal_entry	*e;

	e = reallocarray(st->entry, st->n + 1, sizeof *st->entry);
	if (e == NULL)
		return NULL;
	st->entry = e;
	e = &st->entry[st->n++];
	memset(e, 0, sizeof *e);
	return e;
}

/* A finished section must have every key; -1 with err when not. */
static int
cal_check_section(const struct cal_store *st, const struct cal_entry *e,
    unsigned long seen, size_t line, struct cal_error *err)
{
	char	name[32];
	int	k;

	if (e->id[0] == '\0') {
		cal_errorf(err, "%s:%zu: section without an id", st->path, line);
		return -1;
	}
	for (k = 0; k < K_COUNT; k++)
		if (!(seen & (1UL << k))) {
			cal_key_name(k, name, sizeof name);
			cal_errorf(err, "%s:%zu: board '%s' has no %s", st->path,
			    line, e->id, name);
			return -1;
		}
	return 0;
}

/* One "key = value" line into the current entry. */
static int
cal_parse_line(struct cal_store *st, struct cal_entry *e, char *s,
    unsigned long *seen, size_t lineno, struct cal_error *err)
{
	char	*eq, *key, *v, name[32];
	int	 k;

	if ((eq = strchr(s, '=')) == NULL) {
		cal_errorf(err, "%s:%zu: expected key = value", st->path, lineno);
		return -1;
	}
	*eq = '\0';
	key = s;
	cal_rstrip(key);
	for (v = eq + 1; *v == ' ' || *v == '\t'; v++)
		continue;
	if (strcmp(key, "id") == 0) {
		if (e->id[0] != '\0' || *v == '\0' || strlen(v) >= sizeof e->id)
			goto bad;
		if (calibration_store_find(st, v) != NULL) {
			cal_errorf(err, "%s:%zu: board '%s' appears twice",
			    st->path, lineno, v);
			return -1;
		}
		snprintf(e->id, sizeof e->id, "%s", v);
		return 0;
	}
	for (k = 0; k < K_COUNT; k++) {
		cal_key_name(k, name, sizeof name);
		if (strcmp(key, name) == 0)
			break;
	}
	if (k == K_COUNT) {
		cal_errorf(err, "%s:%zu: unknown key '%s'", st->path, lineno, key);
		return -1;
	}
	if ((*seen & (1UL << k)) || cal_set_key(e, k, v) == -1)
		goto bad;
	*seen |= 1UL << k;
	return 0;
bad:
	cal_errorf(err, "%s:%zu: %s = '%s': bad or repeated value", st->path,
	    lineno, key, v);
	return -1;
}

/* Parse the whole stream; -1 with err on the first problem. */
static int
cal_parse(struct cal_store *st, FILE *fp, struct cal_error *err)
{
	struct cal_entry	*e = NULL;
	char			 line[CAL_LINE_MAX + 2], *s;
	unsigned long		 seen = 0;
	size_t			 lineno = 0;

	while (fgets(line, sizeof line, fp) != NULL) {
		lineno++;
		if (strchr(line, '\n') == NULL && !feof(fp)) {
			cal_errorf(err, "%s:%zu: line too long", st->path, lineno);
			return -1;
		}
		cal_rstrip(line);
		for (s = line; *s == ' ' || *s == '\t'; s++)
			continue;
		if (*s == '\0' || *s == '#' || *s == ';')
			continue;
		if (strcmp(s, "[board]") == 0) {
			if (e != NULL &&
			    cal_check_section(st, e, seen, lineno, err) == -1)
				return -1;
			if ((e = cal_append(st)) == NULL) {
				cal_errorf(err, "%s: out of memory", st->path);
				return -1;
			}
			seen = 0;
			continue;
		}
		if (e == NULL) {
			cal_errorf(err, "%s:%zu: expected [board] first",
			    st->path, lineno);
			return -1;
		}
		if (cal_parse_line(st, e, s, &seen, lineno, err) == -1)
			return -1;
	}
	if (ferror(fp)) {
		cal_errorf(err, "%s: %s", st->path, strerror(errno));
		return -1;
	}
	if (e != NULL && cal_check_section(st, e, seen, lineno, err) == -1)
		return -1;
	return 0;
}

/* Run the numeric part of parsing or writing in the C locale. */
struct cal_locale {
	locale_t	c, saved;
};

static int
cal_locale_enter(struct cal_locale *l)
{
	if ((l->c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0)) ==
	    (locale_t)0)
		return -1;
	l->saved = uselocale(l->c);
	return 0;
}

static void
cal_locale_leave(struct cal_locale *l)
{
	uselocale(l->saved);
	freelocale(l->c);
}

int
calibration_store_load(struct cal_store *st, const char *path,
    struct cal_error *err)
{
	struct cal_locale	 loc;
	FILE			*fp;
	int			 rc;

	memset(st, 0, sizeof *st);
	if (path == NULL) {
		if (calibration_store_path(st->path, sizeof st->path, err) == -1)
			return -1;
	} else
		snprintf(st->path, sizeof st->path, "%s", path);
	if ((fp = fopen(st->path, "r")) == NULL) {
		if (errno == ENOENT) {
			st->loaded = 1;
			return 0;
		}
		cal_errorf(err, "%s: %s", st->path, strerror(errno));
		return -1;
	}
	if (cal_locale_enter(&loc) == -1) {
		fclose(fp);
		cal_errorf(err, "%s: cannot make the C locale", st->path);
		return -1;
	}
	rc = cal_parse(st, fp, err);
	cal_locale_leave(&loc);
	fclose(fp);
	if (rc == -1) {
		free(st->entry);
		st->entry = NULL;
		st->n = 0;
		return -1;
	}
	st->loaded = 1;
	return 0;
}

void
calibration_store_free(struct cal_store *st)
{
	free(st->entry);
	st->entry = NULL;
	st->n = 0;
	st->loaded = 0;
}

const struct cal_entry *
calibration_store_find(const struct cal_store *st, const char *id)
{
	size_t	i;

	for (i = 0; i < st->n; i++)
		if (strcmp(st->entry[i].id, id) == 0)
			return &st->entry[i];
	return NULL;
}

int
calibration_store_set(struct cal_store *st, const char *id,
    const struct board_calibration *cal, struct cal_error *err)
{
	struct cal_entry	*e = NULL;
	time_t			 now = time(NULL);
	struct tm		 tm;
	size_t			 i;

	/* What the reader would not give back the same is refused. */
	if (id[0] == '\0' || strlen(id) >= CAL_ID_MAX ||
	    strpbrk(id, "\r\n") != NULL || id[0] == ' ' || id[0] == '\t' ||
	    id[strlen(id) - 1] == ' ' || id[strlen(id) - 1] == '\t') {
		cal_errorf(err, "board identity '%s' cannot be stored", id);
		return -1;
	}
	if (calib_validate(cal) != CORE_OK) {
		cal_errorf(err, "calibration for '%s' is not valid", id);
		return -1;
	}
	for (i = 0; i < st->n; i++)
		if (strcmp(st->entry[i].id, id) == 0)
			e = &st->entry[i];
	if (e == NULL && (e = cal_append(st)) == NULL) {
		cal_errorf(err, "out of memory");
		return -1;
	}
	snprintf(e->id, sizeof e->id, "%s", id);
	e->cal = *cal;
	if (gmtime_r(&now, &tm) == NULL ||
	    strftime(e->updated, sizeof e->updated, "%Y-%m-%dT%H:%M:%SZ",
	    &tm) == 0)
		snprintf(e->updated, sizeof e->updated, "unknown");
	return 0;
}

/* Write every entry to fp. */
static int
cal_write(const struct cal_store *st, FILE *fp)
{
	const struct board_calibration	*c;
	char				 name[32];
	size_t				 i;
	int				 k;

	if (fputs("# footscreen board calibration, written by "
	    "'footscreen calibrate'.\n# One [board] section per board; "
	    "load = (raw - offset) * scale.\n", fp) == EOF)
		return -1;
	for (i = 0; i < st->n; i++) {
		c = &st->entry[i].cal;
		if (fprintf(fp, "\n[board]\nid = %s\nchannel_order = "
		    "%s,%s,%s,%s\n", st->entry[i].id,
		    cell_name(c->channel_order[0]),
		    cell_name(c->channel_order[1]),
		    cell_name(c->channel_order[2]),
		    cell_name(c->channel_order[3])) < 0)
			return -1;
		for (k = K_OFFSET; k < K_TARED; k++) {
			cal_key_name(k, name, sizeof name);
			if (fprintf(fp, "%s = %.17g\n", name, k < K_SCALE ?
			    c->offset[k - K_OFFSET] : c->scale[k - K_SCALE]) < 0)
				return -1;
		}
		if (fprintf(fp, "tared = %s\nscaled = %s\nupdated = %s\n",
		    c->tared ? "yes" : "no", c->scaled ? "yes" : "no",
		    st->entry[i].updated[0] != '\0' ? st->entry[i].updated :
		    "unknown") < 0)
			return -1;
	}
	return 0;
}

/* mkdir -p of path's directory, mode 0700 for what it makes. */
static int
cal_make_dirs(const char *path)
{
	char	dir[PATH_MAX], *p;

	snprintf(dir, sizeof dir, "%s", path);
	if ((p = strrchr(dir, '/')) == NULL)
		return 0;
	*p = '\0';
	for (p = dir + 1; *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(dir, 0700) == -1 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	if (mkdir(dir, 0700) == -1 && errno != EEXIST)
		return -1;
	return 0;
}

/* fsync the directory holding path, so the rename itself is durable. */
static int
cal_sync_dir(const char *path)
{
	char	dir[PATH_MAX], *p;
	int	fd, rc;

	snprintf(dir, sizeof dir, "%s", path);
	if ((p = strrchr(dir, '/')) == NULL)
		return 0;
	*p = '\0';
	if ((fd = open(dir[0] != '\0' ? dir : "/", O_RDONLY | O_DIRECTORY |
	    O_CLOEXEC)) == -1)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

int
calibration_store_save(const struct cal_store *st, struct cal_error *err)
{
	struct cal_locale	 loc;
	char			 tmp[PATH_MAX + 16];
	FILE			*fp;
	int			 fd, rc, e;

	if (!st->loaded) {
		cal_errorf(err, "%s: not saved: the file could not be read; "
		    "fix or remove it first", st->path);
		return -1;
	}
	if (snprintf(tmp, sizeof tmp, "%s.XXXXXX", st->path) >=
	    (int)sizeof tmp || cal_make_dirs(st->path) == -1) {
		cal_errorf(err, "%s: %s", st->path, strerror(errno));
		return -1;
	}
	/* mkstemp makes the file 0600: calibration is nobody else's. */
	if ((fd = mkstemp(tmp)) == -1) {
		cal_errorf(err, "%s: %s", tmp, strerror(errno));
		return -1;
	}
	if ((fp = fdopen(fd, "w")) == NULL) {
		e = errno;
		close(fd);
		unlink(tmp);
		cal_errorf(err, "%s: %s", tmp, strerror(e));
		return -1;
	}
	if (cal_locale_enter(&loc) == -1) {
		fclose(fp);
		unlink(tmp);
		cal_errorf(err, "%s: cannot make the C locale", st->path);
		return -1;
	}
	rc = cal_write(st, fp);
	cal_locale_leave(&loc);
	if (rc == -1 || fflush(fp) == EOF || fsync(fileno(fp)) == -1) {
		e = errno;
		fclose(fp);
		unlink(tmp);
		cal_errorf(err, "%s: %s", tmp, strerror(e));
		return -1;
	}
	if (fclose(fp) == EOF || rename(tmp, st->path) == -1) {
		e = errno;
		unlink(tmp);
		cal_errorf(err, "%s: %s", st->path, strerror(e));
		return -1;
	}
	if (cal_sync_dir(st->path) == -1) {
		cal_errorf(err, "%s: %s", st->path, strerror(errno));
		return -1;
	}
	return 0;
}
