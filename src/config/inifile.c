/*
 * inifile.c: read, check and parse INI text; see inifile.h.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iniparser.h>

#include "config/inifile.h"
#include "config/scan.h"

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a)	__attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

/*
 * iniparser's error callback takes no user pointer, so the first message
 * of a parse is kept here.
 */
static char	ini_first[512];
static int	ini_count;

static int	ini_capture(const char *, ...) PRINTF_LIKE(1, 2);
static void	set_msg(char *, size_t, const char *, ...) PRINTF_LIKE(3, 4);

/* snprintf into msg when there is one. */
static void
set_msg(char *msg, size_t msglen, const char *fmt, ...)
{
	va_list	ap;

	if (msg == NULL || msglen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, msglen, fmt, ap);
	va_end(ap);
}

/* iniparser's error callback: keep the first message, count them all. */
static int
ini_capture(const char *fmt, ...)
{
	va_list	ap;
	int	n = 0;

	if (ini_count++ == 0) {
		va_start(ap, fmt);
		n = vsnprintf(ini_first, sizeof ini_first, fmt, ap);
		va_end(ap);
	}
	return n;
}

int
inifile_read(const char *path, size_t max, int optional, char **text,
    size_t *len, char *msg, size_t msglen)
{
	struct stat	 st;
	char		*buf = NULL, *grown;
	size_t		 cap = 0, used = 0;
	ssize_t		 n;
	int		 fd;

	/* O_NONBLOCK: a FIFO must not hang the open; fstat rejects it. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd == -1) {
		if (optional && (errno == ENOENT || errno == ENOTDIR))
			return 1;
		set_msg(msg, msglen, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) == -1) {
		set_msg(msg, msglen, "%s: %s", path, strerror(errno));
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		set_msg(msg, msglen, "%s: %s", path, S_ISDIR(st.st_mode) ?
		    "is a directory, not a file" : "not a regular file");
		goto fail;
	}
	for (;;) {
		if (used > max) {
			set_msg(msg, msglen, "%s: larger than %zu bytes", path,
			    max);
			goto fail;
		}
		if (used + 1 >= cap) {
			cap = cap == 0 ? 4096 : cap * 2;
			if ((grown = realloc(buf, cap)) == NULL) {
				set_msg(msg, msglen, "%s: %s", path,
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
			set_msg(msg, msglen, "%s: %s", path, strerror(errno));
			goto fail;
		}
		used += (size_t)n;
	}
	close(fd);
	if (used > max) {
		set_msg(msg, msglen, "%s: larger than %zu bytes", path, max);
		free(buf);
		return -1;
	}
	buf[used] = '\0';
	*text = buf;
	*len = used;
	return 0;
fail:
	free(buf);
	close(fd);
	return -1;
}

/*
 * iniparser's first message made one line for name: its "in FILE (N):" and
 * "-> TEXT" parts (4.1 and 4.2 alike) said as "line N: ... 'TEXT'", the
 * "iniparser: " prefix dropped and newlines made spaces.
 */
static void
tidy_message(const char *raw, char *out, size_t len)
{
	const char	*open, *arrow, *in, *nl;
	long		 line;
	char		*end;

	if (strncmp(raw, "iniparser: ", 11) == 0)
		raw += 11;
	if ((in = strstr(raw, " in ")) != NULL &&
	    (open = strrchr(raw, '(')) != NULL && open > in &&
	    (line = strtol(open + 1, &end, 10)) > 0 && *end == ')') {
		arrow = strstr(end, "-> ");
		nl = arrow != NULL ? strchr(arrow + 3, '\n') : NULL;
		if (arrow == NULL)
			snprintf(out, len, "line %ld: %.*s", line,
			    (int)(in - raw), raw);
		else
			snprintf(out, len, "line %ld: %.*s: '%.*s'", line,
			    (int)(in - raw), raw, (int)(nl != NULL ?
			    (size_t)(nl - (arrow + 3)) : strlen(arrow + 3)),
			    arrow + 3);
	} else
		snprintf(out, len, "%s", raw);
	for (char *p = out; *p != '\0'; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
}

#ifndef HAVE_INIPARSER_LOAD_FILE
/*
 * iniparser 4.1 reads only named files: write text to a private temporary
 * file, so that it parses exactly the bytes that were checked.  Returns an
 * open descriptor with the name in path, or -1 with errno.
 */
static int
temp_copy(const char *text, size_t len, char *path, size_t pathlen)
{
	const char	*dir = getenv("TMPDIR");
	size_t		 done = 0;
	ssize_t		 n;
	int		 fd, saved, w;

	if (dir == NULL || dir[0] != '/')
		dir = "/tmp";
	w = snprintf(path, pathlen, "%s/footscreen-ini.XXXXXX", dir);
	if (w < 0 || (size_t)w >= pathlen) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if ((fd = mkstemp(path)) == -1)
		return -1;
	while (done < len) {
		if ((n = write(fd, text + done, len - done)) == -1) {
			if (errno == EINTR)
				continue;
			saved = errno;
			close(fd);
			unlink(path);
			errno = saved;
			return -1;
		}
		done += (size_t)n;
	}
	return fd;
}
#endif

/* iniparser on text[0..len), already checked; NULL with msg. */
static dictionary *
parse_checked(const char *name, const char *text, size_t len, char *msg,
    size_t msglen)
{
	dictionary	*d;
	char		 tidy[sizeof ini_first];
#ifdef HAVE_INIPARSER_LOAD_FILE
	FILE		*f;

	if ((f = fmemopen((void *)text, len, "r")) == NULL) {
		set_msg(msg, msglen, "%s: %s", name, strerror(errno));
		return NULL;
	}
#else
	char		 path[PATH_MAX];
	int		 fd;

	if ((fd = temp_copy(text, len, path, sizeof path)) == -1) {
		set_msg(msg, msglen, "%s: cannot make a copy for iniparser: "
		    "%s", name, strerror(errno));
		return NULL;
	}
#endif
	ini_first[0] = '\0';
	ini_count = 0;
	iniparser_set_error_callback(ini_capture);
#ifdef HAVE_INIPARSER_LOAD_FILE
	d = iniparser_load_file(f, name);
	fclose(f);
#else
	d = iniparser_load(path);
	unlink(path);
	close(fd);
#endif
	iniparser_set_error_callback(NULL);
	if (d != NULL)
		return d;
	tidy_message(ini_first, tidy, sizeof tidy);
	if (ini_count > 1)
		set_msg(msg, msglen, "%s: %s (and %d more error%s)", name,
		    tidy, ini_count - 1, ini_count > 2 ? "s" : "");
	else
		set_msg(msg, msglen, "%s: %s", name, tidy[0] != '\0' ? tidy :
		    "iniparser could not read it");
	return NULL;
}

/* One [section] header or key of the text, as iniparser will name it. */
struct ini_name {
	const char	*s;		/* in the text */
	size_t		 n;
	size_t		 line;
	size_t		 section;	/* index of its header; (size_t)-1 */
};

/* Narrow s[0..*n) to its part without blanks or a CR at either end. */
static const char *
trim_blanks(const char *s, size_t *n)
{
	while (*n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		(*n)--;
	}
	while (*n > 0 && strchr(" \t\r", s[*n - 1]) != NULL)
		(*n)--;
	return s;
}

/* Whether two names are the same to iniparser, which lowercases them. */
static int
same_name(const struct ini_name *a, const struct ini_name *b)
{
	return a->n == b->n && strncasecmp(a->s, b->s, a->n) == 0;
}

/*
 * iniparser merges a repeated [section] and keeps the last of a repeated
 * key without a word, so a copied block or a doubled line would silently
 * lose text: find the first repeat in text (which iniparser has already
 * accepted).  Returns 0, or -1 with why.
 */
static int
find_repeat(const char *text, size_t len, char *why, size_t whylen)
{
	struct ini_name	 cur, *seen = NULL, *grown;
	const char	*line, *nl, *t, *eq;
	size_t		 pos = 0, lineno = 0, nseen = 0, cap = 0, n;
	size_t		 section = (size_t)-1;
	int		 continued = 0, was_continued, rc = 0;

	while (pos < len && rc == 0) {
		line = text + pos;
		nl = memchr(line, '\n', len - pos);
		n = nl != NULL ? (size_t)(nl - line) : len - pos;
		pos += n + (nl != NULL);
		lineno++;
		t = trim_blanks(line, &n);
		/* As iniparser (and scan.c): a final backslash joins lines. */
		was_continued = continued;
		continued = n > 0 && t[n - 1] == '\\';
		if (was_continued || n == 0 || *t == '#' || *t == ';')
			continue;
		if (*t == '[' && t[n - 1] == ']') {
			cur.s = t + 1;
			cur.n = (size_t)((const char *)memchr(t, ']', n) - cur.s);
			cur.s = trim_blanks(cur.s, &cur.n);
			cur.section = (size_t)-1;
		} else if ((eq = memchr(t, '=', n)) != NULL) {
			cur.s = t;
			cur.n = (size_t)(eq - t);
			cur.s = trim_blanks(cur.s, &cur.n);
			cur.section = section;
		} else
			continue;
		cur.line = lineno;
		for (size_t i = 0; i < nseen; i++) {
			if (seen[i].section != cur.section ||
			    !same_name(&seen[i], &cur))
				continue;
			set_msg(why, whylen, "line %zu: %s%.*s%s appears again "
			    "(first at line %zu); give each its own name",
			    lineno, cur.section == (size_t)-1 ? "[" : "key '",
			    (int)(cur.n > 40 ? 40 : cur.n), cur.s,
			    cur.section == (size_t)-1 ? "]" : "'", seen[i].line);
			rc = -1;
			break;
		}
		if (nseen == cap) {
			cap = cap == 0 ? 64 : cap * 2;
			if ((grown = realloc(seen, cap * sizeof *seen)) == NULL) {
				set_msg(why, whylen, "%s", strerror(ENOMEM));
				rc = -1;
				break;
			}
			seen = grown;
		}
		if (cur.section == (size_t)-1)
			section = nseen;
		seen[nseen++] = cur;
	}
	free(seen);
	return rc;
}

dictionary *
inifile_parse(const char *name, const char *text, size_t len,
    const struct scan_sections *sections, char *msg, size_t msglen)
{
	dictionary	*d;
	char		 why[400];

	if (config_scan_text_sections(text, len, sections, why,
	    sizeof why) != 0) {
		set_msg(msg, msglen, "%s: %s", name, why);
		return NULL;
	}
	if ((d = parse_checked(name, text, len, msg, msglen)) == NULL)
		return NULL;
	if (find_repeat(text, len, why, sizeof why) != 0) {
		set_msg(msg, msglen, "%s: %s", name, why);
		iniparser_freedict(d);
		return NULL;
	}
	return d;
}

int
inifile_each_key(const dictionary *d, const char *sec,
    int (*fn)(void *arg, const char *key, const char *value), void *arg,
    const char *name, char *msg, size_t msglen)
{
	const char	**keys;
	const char	 *value;
	size_t		  skip = strlen(sec) + 1;
	int		  nk, rc = 0;

	if ((nk = iniparser_getsecnkeys(d, sec)) <= 0)
		return 0;
	if ((keys = calloc((size_t)nk, sizeof *keys)) == NULL) {
		set_msg(msg, msglen, "%s: %s", name, strerror(ENOMEM));
		return -1;
	}
	if (iniparser_getseckeys(d, sec, keys) == NULL) {
		set_msg(msg, msglen, "%s: [%s]: iniparser could not list the "
		    "keys", name, sec);
		free(keys);
		return -1;
	}
	for (int j = 0; j < nk && rc == 0; j++) {
		/* Keys come back as "section:key". */
		if ((value = iniparser_getstring(d, keys[j], NULL)) == NULL)
			value = "";
		rc = fn(arg, keys[j] + skip, value);
	}
	free(keys);
	return rc;
}
