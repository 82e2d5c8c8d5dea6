/*
 * store_cmds.c: the history's commands; see store_cmds.h for the list.
 *
 * Each command opens the database (store.h) for as long as it runs.  A
 * read (profile list, show, history, report) never creates a file; the
 * writes (profile add, assess --save) make it, and its directory, when
 * missing.  Messages name the database; personal data written to a file
 * (-o) gets mode 0600, as the database has.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "cli/args.h"
#include "cli/assess.h"
#include "cli/store_cmds.h"
#include "screening/answers.h"
#include "screening/report.h"
#include "screening/strings.h"
#include "store/export.h"
#include "store/store.h"

/* ------------------------------------------------------------------ */
/* Options                                                             */

enum {
	O_SEARCH = 256, O_FORMAT, O_BORN, O_SEX, O_NOTES, O_NAME, O_SESSION,
	O_COUNTRY, O_YES, O_OUT
};
#define OPT_BIT(o)	(1u << ((o) - O_SEARCH))

static const struct option longopts[] = {
	{ "search", required_argument, NULL, O_SEARCH },
	{ "format", required_argument, NULL, O_FORMAT },
	{ "born", required_argument, NULL, O_BORN },
	{ "sex", required_argument, NULL, O_SEX },
	{ "notes", required_argument, NULL, O_NOTES },
	{ "name", required_argument, NULL, O_NAME },
	{ "session", required_argument, NULL, O_SESSION },
	{ "country", required_argument, NULL, O_COUNTRY },
	{ "yes", no_argument, NULL, O_YES },
	{ "output", required_argument, NULL, O_OUT },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* Every option's value; NULL when not given. */
struct opts {
	const char	*v[O_OUT - O_SEARCH + 1];
	int		 yes;
};
#define OPT(o, x)	((o)->v[(x) - O_SEARCH])

/*
 * Parse a command's options: those in allowed (OPT_BIT()s), -o for
 * --output, and exactly npos positional arguments into pos.  Returns 0,
 * 1 after --help (usage printed), or -1 after an error (message printed).
 */
static int
parse(int argc, char **argv, const char *cmd, unsigned allowed,
    struct opts *o, const char **pos, int npos, void (*usage)(FILE *))
{
	int	c, n = 0;

	memset(o, 0, sizeof *o);
	optind = 0;	/* glibc: start afresh, argv[0] is the name */
	opterr = 0;
	while ((c = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
		if (c == 'h') {
			usage(stdout);
			return 1;
		}
		if (c == 'o')
			c = O_OUT;
		if (c >= O_SEARCH && c <= O_OUT && (allowed & OPT_BIT(c))) {
			if (c == O_YES)
				o->yes = 1;
			else
				OPT(o, c) = optarg;
			continue;
		}
		if (c == '?' && optopt != 0 && optopt < O_SEARCH)
			cli_error("%s: option '-%c' is unknown or needs a value",
			    cmd, optopt);
		else
			cli_error("%s: option '%s' is unknown here or needs a "
			    "value; try 'footscreen %s --help'", cmd,
			    argv[optind - 1], cmd);
		return -1;
	}
	for (; optind < argc; optind++) {
		if (n >= npos) {
			cli_error("%s: unexpected argument '%s'", cmd,
			    argv[optind]);
			return -1;
		}
		pos[n++] = argv[optind];
	}
	if (n < npos) {
		cli_error("%s: missing argument; try 'footscreen %s --help'",
		    cmd, cmd);
		return -1;
	}
	return 0;
}

/* --format's value among names (the first is the default). */
static int
format_of(const struct opts *o, const char *const *names, size_t n)
{
	if (OPT(o, O_FORMAT) == NULL)
		return 0;
	return arg_choice("--format", OPT(o, O_FORMAT), names, n);
}

/* --born YEAR or "none" into *year (0 none). */
static int
born_of(const char *s, int *year)
{
	double	v;

	if (strcmp(s, "none") == 0) {
		*year = 0;
		return 0;
	}
	if (arg_double("--born", s, 1900, 9999, &v) != 0 || v != floor(v))
		return -1;
	*year = (int)v;
	return 0;
}

/* --sex female|male|none. */
static int
sex_of(const char *s, enum sex *sex)
{
	static const char *const names[] = { "none", "female", "male" };
	int	i;

	if ((i = arg_choice("--sex", s, names, 3)) < 0)
		return -1;
	*sex = i == 1 ? SEX_FEMALE : i == 2 ? SEX_MALE : SEX_UNKNOWN;
	return 0;
}

/* ------------------------------------------------------------------ */
/* The database                                                        */

/*
 * Open the command's database.  Returns EXIT_OK, or EXIT_DATA with the
 * message printed; *missing (may be NULL) says the file does not exist.
 */
static int
db_open(const struct fs_config *cfg, const char *db, unsigned flags,
    struct store **s, int *missing)
{
	char			path[PATH_MAX];
	struct store_error	err;

	*s = NULL;
	if (missing != NULL)
		*missing = 0;
	if (store_path(db, cfg->storage.database, path, sizeof path, &err) !=
	    STORE_OK || store_open(path, flags, s, &err) != STORE_OK) {
		if (missing != NULL && err.status == STORE_ERR_NOT_FOUND) {
			*missing = 1;
			return EXIT_OK;
		}
		cli_error("%s", err.msg);
		return EXIT_DATA;
	}
	return EXIT_OK;
}

/* A store failure: print it, give the exit status. */
static int
db_fail(const struct store_error *err)
{
	cli_error("%s", err->msg);
	return EXIT_DATA;
}

/* Where -o goes: the file (mode 0600, personal data) or stdout. */
static FILE *
out_open(const char *path)
{
	FILE	*f;
	int	 fd;

	if (path == NULL || strcmp(path, "-") == 0)
		return stdout;
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0600)) == -1 || fchmod(fd, 0600) == -1 ||
	    (f = fdopen(fd, "w")) == NULL) {
		cli_error("cannot write %s: %s", path, strerror(errno));
		if (fd != -1)
			close(fd);
		return NULL;
	}
	return f;
}

/* Finish output: 0, or EXIT_DATA when it could not be written. */
static int
out_close(FILE *f, const char *path)
{
	int	bad = fflush(f) == EOF || ferror(f);

	if (f != stdout && fclose(f) == EOF)
		bad = 1;
	if (bad) {
		cli_error("writing %s failed", f != stdout && path != NULL ?
		    path : "the output");
		return EXIT_DATA;
	}
	return EXIT_OK;
}

/* Columns a UTF-8 string takes (continuation bytes take none). */
static int
width(const char *s)
{
	int	n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

/* The date part of an ISO time, "2026-10-01". */
static const char *
day(char *buf, size_t len, const char *iso)
{
	snprintf(buf, len, "%.10s", iso);
	return buf;
}

static json_t *
jstr_or_null(const char *s)
{
	return s != NULL && s[0] != '\0' ? json_string(s) : json_null();
}

static const char *
sex_word(enum sex s)
{
	return s == SEX_FEMALE ? "female" : s == SEX_MALE ? "male" : "";
}

/* A profile's fields as JSON (the history and list output). */
static json_t *
profile_json(const struct store_profile *p)
{
	json_t	*o = json_object();

	json_object_set_new(o, "id", json_integer(p->id));
	json_object_set_new(o, "name", json_string(p->name));
	json_object_set_new(o, "birth_year", p->birth_year != 0 ?
	    json_integer(p->birth_year) : json_null());
	json_object_set_new(o, "sex", jstr_or_null(sex_word(p->sex)));
	json_object_set_new(o, "notes", json_string(p->notes));
	json_object_set_new(o, "created", json_string(p->created));
	json_object_set_new(o, "sessions", json_integer(p->nsessions));
	json_object_set_new(o, "last_taken", jstr_or_null(p->last_taken));
	return o;
}

/* Print a JSON document and free it; an exit status. */
static int
json_print(json_t *doc, FILE *f, const char *path)
{
	int	rc = doc == NULL || json_dumpf(doc, f, JSON_INDENT(2) |
		    JSON_PRESERVE_ORDER) != 0 || fputc('\n', f) == EOF;

	json_decref(doc);
	if (rc) {
		cli_error("out of memory or writing failed");
		if (f != stdout)
			fclose(f);
		return EXIT_DATA;
	}
	return out_close(f, path);
}

/* ------------------------------------------------------------------ */
/* footscreen profile                                                  */

static void
profile_usage(FILE *f)
{
	fputs("usage: footscreen [--db PATH] profile list [--search TEXT] "
	    "[--format text|json]\n"
	    "       footscreen profile add NAME [--born YEAR] "
	    "[--sex female|male] [--notes TEXT]\n"
	    "       footscreen profile show PROFILE [--format text|json]\n"
	    "       footscreen profile edit PROFILE [--name NAME] "
	    "[--born YEAR|none]\n"
	    "                  [--sex female|male|none] [--notes TEXT]\n"
	    "       footscreen profile delete PROFILE [--yes]\n"
	    "       footscreen profile export PROFILE [-o FILE]\n"
	    "The people in the history database.  PROFILE is a name (in any "
	    "case) or\n"
	    "an id.  delete removes the profile and all its screenings after "
	    "you type\n"
	    "its name (or with --yes); export prints all of a person's data "
	    "as JSON.\n"
	    "See footscreen(1).\n", f);
}

static int
profile_list(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	static const char *const formats[] = { "text", "json" };
	struct store_profile	*list = NULL;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	size_t			 n = 0;
	char			 d[16];
	int			 rc, fmt, missing;

	if ((rc = parse(argc, argv, "profile list", OPT_BIT(O_SEARCH) |
	    OPT_BIT(O_FORMAT), &o, NULL, 0, profile_usage)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if ((fmt = format_of(&o, formats, 2)) < 0)
		return EXIT_USAGE;
	if ((rc = db_open(cfg, db, 0, &s, &missing)) != EXIT_OK)
		return rc;
	/* No database yet is an empty list, not an error. */
	if (!missing && store_profile_list(s, OPT(&o, O_SEARCH), &list, &n,
	    &err) != STORE_OK) {
		store_close(s);
		return db_fail(&err);
	}
	store_close(s);
	if (fmt == 1) {
		json_t	*a = json_array();

		for (size_t i = 0; i < n; i++)
			json_array_append_new(a, profile_json(&list[i]));
		free(list);
		return json_print(a, stdout, NULL);
	}
	if (n > 0)
		printf("%4s  %-24s  %4s  %8s  %s\n", "id", "name", "born",
		    "sessions", "last screened");
	for (size_t i = 0; i < n; i++) {
		char	born[8] = "-";

		if (list[i].birth_year != 0)
			snprintf(born, sizeof born, "%d", list[i].birth_year);
		printf("%4lld  %s%*s  %4s  %8ld  %s\n", (long long)list[i].id,
		    list[i].name, width(list[i].name) < 24 ? 24 -
		    width(list[i].name) : 0, "", born, list[i].nsessions,
		    list[i].last_taken[0] != '\0' ? day(d, sizeof d,
		    list[i].last_taken) : "-");
	}
	free(list);
	return out_close(stdout, NULL);
}

static int
profile_add(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	struct store_profile	*p;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	const char		*name;
	int64_t			 id;
	int			 rc;

	if ((rc = parse(argc, argv, "profile add", OPT_BIT(O_BORN) |
	    OPT_BIT(O_SEX) | OPT_BIT(O_NOTES), &o, &name, 1,
	    profile_usage)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if ((p = calloc(1, sizeof *p)) == NULL) {
		cli_error("out of memory");
		return EXIT_DATA;
	}
	rc = EXIT_USAGE;
	if (strlen(name) > STORE_NAME_MAX) {
		cli_error("profile add: a name has at most %d bytes",
		    STORE_NAME_MAX);
		goto out;
	}
	snprintf(p->name, sizeof p->name, "%s", name);
	if ((OPT(&o, O_BORN) != NULL && born_of(OPT(&o, O_BORN),
	    &p->birth_year) != 0) || (OPT(&o, O_SEX) != NULL &&
	    sex_of(OPT(&o, O_SEX), &p->sex) != 0))
		goto out;
	if (OPT(&o, O_NOTES) != NULL)
		snprintf(p->notes, sizeof p->notes, "%s", OPT(&o, O_NOTES));
	if ((rc = db_open(cfg, db, STORE_CREATE, &s, NULL)) != EXIT_OK)
		goto out;
	if (store_profile_add(s, p, &id, &err) != STORE_OK)
		rc = db_fail(&err);
	else {
		printf("Added profile '%s' (id %lld) to %s.\n", p->name,
		    (long long)id, store_file(s));
		rc = out_close(stdout, NULL);
	}
	store_close(s);
out:
	free(p);
	return rc;
}

/*
 * Open the database and find PROFILE.  Returns EXIT_OK, or an exit
 * status with the message printed (and *s closed).
 */
static int
open_profile(const struct fs_config *cfg, const char *db, const char *key,
    struct store **s, struct store_profile *p)
{
	struct store_error	err;
	int			rc;

	if ((rc = db_open(cfg, db, 0, s, NULL)) != EXIT_OK)
		return rc;
	if (store_profile_find(*s, key, p, &err) != STORE_OK) {
		store_close(*s);
		*s = NULL;
		return db_fail(&err);
	}
	return EXIT_OK;
}

/* A session's result in words: "No warning signs found". */
static const char *
session_tier(const struct report_measure *m, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(m[i].measure, "triage") == 0)
			return report_measure_words(&m[i]);
	return "";
}

static int
profile_show(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	static const char *const formats[] = { "text", "json" };
	struct store_profile	*p;
	struct store_counts	 c;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	const char		*key;
	int			 rc, fmt;

	if ((rc = parse(argc, argv, "profile show", OPT_BIT(O_FORMAT), &o,
	    &key, 1, profile_usage)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if ((fmt = format_of(&o, formats, 2)) < 0)
		return EXIT_USAGE;
	if ((p = calloc(1, sizeof *p)) == NULL) {
		cli_error("out of memory");
		return EXIT_DATA;
	}
	if ((rc = open_profile(cfg, db, key, &s, p)) != EXIT_OK) {
		free(p);
		return rc;
	}
	if (store_profile_counts(s, p->id, &c, &err) != STORE_OK) {
		store_close(s);
		free(p);
		return db_fail(&err);
	}
	store_close(s);
	if (fmt == 1) {
		json_t	*doc = profile_json(p);

		json_object_set_new(doc, "results", json_integer(c.results));
		json_object_set_new(doc, "recordings",
		    json_integer(c.recordings));
		free(p);
		return json_print(doc, stdout, NULL);
	}
	printf("Name:          %s\nId:            %lld\n", p->name,
	    (long long)p->id);
	if (p->birth_year != 0)
		printf("Year of birth: %d\n", p->birth_year);
	if (p->sex != SEX_UNKNOWN)
		printf("Sex:           %s\n", sex_word(p->sex));
	printf("Added:         %s\n", p->created);
	printf("Screenings:    %ld (%ld results, %ld recordings)\n",
	    c.sessions, c.results, c.recordings);
	if (p->last_taken[0] != '\0')
		printf("Last screened: %s\n", p->last_taken);
	if (p->notes[0] != '\0')
		report_wrap(stdout, "Notes:         ", "               ",
		    p->notes);
	free(p);
	return out_close(stdout, NULL);
}

static int
profile_edit(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	struct store_profile	*p;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	const char		*key;
	int			 rc;

	if ((rc = parse(argc, argv, "profile edit", OPT_BIT(O_NAME) |
	    OPT_BIT(O_BORN) | OPT_BIT(O_SEX) | OPT_BIT(O_NOTES), &o, &key, 1,
	    profile_usage)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if ((p = calloc(1, sizeof *p)) == NULL) {
		cli_error("out of memory");
		return EXIT_DATA;
	}
	if ((rc = open_profile(cfg, db, key, &s, p)) != EXIT_OK) {
		free(p);
		return rc;
	}
	rc = EXIT_USAGE;
	if (OPT(&o, O_NAME) != NULL && strlen(OPT(&o, O_NAME)) >
	    STORE_NAME_MAX)
		cli_error("profile edit: a name has at most %d bytes",
		    STORE_NAME_MAX);
	else if ((OPT(&o, O_BORN) == NULL || born_of(OPT(&o, O_BORN),
	    &p->birth_year) == 0) && (OPT(&o, O_SEX) == NULL ||
	    sex_of(OPT(&o, O_SEX), &p->sex) == 0)) {
		if (OPT(&o, O_NAME) != NULL)
			snprintf(p->name, sizeof p->name, "%s",
			    OPT(&o, O_NAME));
		if (OPT(&o, O_NOTES) != NULL)
			snprintf(p->notes, sizeof p->notes, "%s",
			    OPT(&o, O_NOTES));
		if (store_profile_update(s, p, &err) != STORE_OK)
			rc = db_fail(&err);
		else {
			printf("Changed profile '%s' (id %lld).\n", p->name,
			    (long long)p->id);
			rc = out_close(stdout, NULL);
		}
	}
	store_close(s);
	free(p);
	return rc;
}

/* "1 recording" or "2 recordings". */
static const char *
counted(char *buf, size_t len, long n, const char *one, const char *many)
{
	snprintf(buf, len, "%ld %s", n, n == 1 ? one : many);
	return buf;
}

/*
 * Ask on stderr for the name, read a line from stdin; 1 when it matches
 * (ASCII case ignored, as names are compared).
 */
static int
confirmed(const struct store_profile *p, const struct store_counts *c)
{
	char	line[STORE_NAME_MAX + 8], a[32], b[32], r[32], born[24] = "";
	size_t	n;

	if (p->birth_year != 0)
		snprintf(born, sizeof born, " (born %d)", p->birth_year);
	fprintf(stderr, "Delete profile '%s'%s and everything about it: %s, "
	    "%s, %s?\nThis cannot be undone.  Type the name to confirm: ",
	    p->name, born, counted(a, sizeof a, c->sessions, "session",
	    "sessions"), counted(b, sizeof b, c->results, "result",
	    "results"), counted(r, sizeof r, c->recordings, "recording",
	    "recordings"));
	fflush(stderr);
	if (fgets(line, sizeof line, stdin) == NULL)
		return 0;
	n = strlen(line);
	while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
		line[--n] = '\0';
	return strcasecmp(line, p->name) == 0;
}

static int
profile_delete(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	struct store_profile	*p;
	struct store_counts	 c;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	const char		*key;
	char			 a[32], b[32], r[32];
	int			 rc;

	if ((rc = parse(argc, argv, "profile delete", OPT_BIT(O_YES), &o,
	    &key, 1, profile_usage)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if ((p = calloc(1, sizeof *p)) == NULL) {
		cli_error("out of memory");
		return EXIT_DATA;
	}
	if ((rc = open_profile(cfg, db, key, &s, p)) != EXIT_OK) {
		free(p);
		return rc;
	}
	if (store_profile_counts(s, p->id, &c, &err) != STORE_OK)
		rc = db_fail(&err);
	else if (!o.yes && !confirmed(p, &c)) {
		cli_error("the name was not typed: nothing was deleted");
		rc = EXIT_DATA;
	} else if (store_profile_delete(s, p->id, &err) != STORE_OK)
		rc = db_fail(&err);
	else {
		printf("Deleted profile '%s': %s, %s, %s.\n", p->name,
		    counted(a, sizeof a, c.sessions, "session", "sessions"),
		    counted(b, sizeof b, c.results, "result", "results"),
		    counted(r, sizeof r, c.recordings, "recording",
		    "recordings"));
		rc = out_close(stdout, NULL);
	}
	store_close(s);
	free(p);
	return rc;
}

static int
profile_export(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	struct store_profile	*p;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	const char		*key;
	FILE			*f;
	int			 rc;

	if ((rc = parse(argc, argv, "profile export", OPT_BIT(O_OUT), &o,
	    &key, 1, profile_usage)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if ((p = calloc(1, sizeof *p)) == NULL) {
		cli_error("out of memory");
		return EXIT_DATA;
	}
	if ((rc = open_profile(cfg, db, key, &s, p)) != EXIT_OK) {
		free(p);
		return rc;
	}
	if ((f = out_open(OPT(&o, O_OUT))) == NULL)
		rc = EXIT_DATA;
	else if (store_export(s, p->id, f, &err) != STORE_OK) {
		rc = db_fail(&err);
		if (f != stdout)
			fclose(f);
	} else
		rc = out_close(f, OPT(&o, O_OUT));
	store_close(s);
	free(p);
	return rc;
}

int
cmd_profile(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	static const struct {
		const char	*name;
		int		(*fn)(int, char **, const struct fs_config *,
				    const char *);
	} subs[] = {
		{ "list", profile_list }, { "add", profile_add },
		{ "show", profile_show }, { "edit", profile_edit },
		{ "delete", profile_delete }, { "export", profile_export },
	};

	if (argc < 2) {
		profile_usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
		profile_usage(stdout);
		return EXIT_OK;
	}
	for (size_t i = 0; i < sizeof subs / sizeof subs[0]; i++)
		if (strcmp(argv[1], subs[i].name) == 0)
			return subs[i].fn(argc - 1, argv + 1, cfg, db);
	cli_error("profile: unknown command '%s'; allowed: list, add, show, "
	    "edit, delete, export", argv[1]);
	return EXIT_USAGE;
}

/* ------------------------------------------------------------------ */
/* footscreen history                                                  */

static void
history_usage(FILE *f)
{
	fputs("usage: footscreen [--db PATH] history PROFILE "
	    "[--format text|json|csv]\n"
	    "Every saved screening of PROFILE (a name or an id), oldest "
	    "first, with\n"
	    "its measures: text to read, JSON, or CSV with one row per "
	    "measure per\n"
	    "side (date,session,measure,side,value,unit,text).\n"
	    "See footscreen(1).\n", f);
}

/* Whether rows[i] starts a run of the same measure. */
static int
first_of_measure(const struct report_measure *m, size_t i)
{
	return i == 0 || strcmp(m[i].measure, m[i - 1].measure) != 0;
}

/* One session's measures for reading: one line per measure. */
static void
history_text_session(const struct store_session *x,
    const struct report_measure *m, size_t n)
{
	char	line[1024], v[96], d[16];
	size_t	o = 0;

	printf("\n%s  session %lld  %s%s%s\n", day(d, sizeof d, x->taken),
	    (long long)x->id, store_mode_key(x->mode),
	    x->notes[0] != '\0' ? "  notes: " : "", x->notes);
	report_wrap(stdout, "  ", "    ", session_tier(m, n));
	for (size_t i = 0; i < n; i++) {
		if (strcmp(m[i].measure, "triage") == 0 ||
		    strcmp(m[i].measure, "triage_rule") == 0 ||
		    strncmp(m[i].measure, "finding.", 8) == 0)
			continue;
		if (first_of_measure(m, i)) {
			if (o > 0)
				report_wrap(stdout, "  ", "    ", line);
			o = (size_t)snprintf(line, sizeof line, "%s:",
			    report_measure_label(m[i].measure));
		}
		report_measure_value(v, sizeof v, &m[i]);
		if (o < sizeof line)
			o += (size_t)snprintf(line + o, sizeof line - o,
			    "%s %s%s%s", line[o - 1] == ':' ? "" : ",",
			    strcmp(m[i].side, "none") != 0 ? m[i].side : "",
			    strcmp(m[i].side, "none") != 0 ? " " : "", v);
	}
	if (o > 0)
		report_wrap(stdout, "  ", "    ", line);
	o = 0;
	for (size_t i = 0; i < n; i++) {
		if (strncmp(m[i].measure, "finding.", 8) != 0)
			continue;
		if (o < sizeof line)
			o += (size_t)snprintf(line + o, sizeof line - o,
			    "%s%s%s%s%s", o == 0 ? "findings: " :
			    first_of_measure(m, i) ? "; " : "",
			    first_of_measure(m, i) ?
			    report_measure_label(m[i].measure) : "",
			    strcmp(m[i].side, "none") != 0 ? " (" : "",
			    strcmp(m[i].side, "none") != 0 ? m[i].side : "",
			    strcmp(m[i].side, "none") != 0 ? ")" : "");
	}
	if (o > 0)
		report_wrap(stdout, "  ", "    ", line);
}

/* A session's measures as JSON. */
static json_t *
measures_json(const struct report_measure *m, size_t n)
{
	json_t	*a = json_array(), *o;

	for (size_t i = 0; i < n; i++) {
		o = json_object();
		json_object_set_new(o, "measure", json_string(m[i].measure));
		json_object_set_new(o, "side", json_string(m[i].side));
		json_object_set_new(o, "value", isfinite(m[i].value) ?
		    json_real(m[i].value) : json_null());
		json_object_set_new(o, "unit", json_string(m[i].unit));
		json_object_set_new(o, "text", jstr_or_null(m[i].text));
		json_array_append_new(a, o);
	}
	return a;
}

int
cmd_history(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	static const char *const formats[] = { "text", "json", "csv" };
	struct store_profile	*p;
	struct store_session	*x = NULL;
	struct report_measure	*m;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	const char		*key;
	json_t			*doc = NULL, *sessions = NULL;
	size_t			 n = 0, nm;
	int			 rc, fmt;

	if ((rc = parse(argc, argv, "history", OPT_BIT(O_FORMAT), &o, &key,
	    1, history_usage)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if ((fmt = format_of(&o, formats, 3)) < 0)
		return EXIT_USAGE;
	if ((p = calloc(1, sizeof *p)) == NULL) {
		cli_error("out of memory");
		return EXIT_DATA;
	}
	if ((rc = open_profile(cfg, db, key, &s, p)) != EXIT_OK) {
		free(p);
		return rc;
	}
	if (store_session_list(s, p->id, &x, &n, &err) != STORE_OK) {
		rc = db_fail(&err);
		goto out;
	}
	if (fmt == 0)
		printf("Screenings of %s (id %lld): %zu\n", p->name,
		    (long long)p->id, n);
	else if (fmt == 1) {
		doc = json_object();
		json_object_set_new(doc, "profile", profile_json(p));
		sessions = json_array();
		json_object_set_new(doc, "sessions", sessions);
	} else
		report_csv_header(stdout);
	for (size_t i = 0; i < n; i++) {
		if (store_session_results(s, x[i].id, &m, &nm, &err) !=
		    STORE_OK) {
			json_decref(doc);
			rc = db_fail(&err);
			goto out;
		}
		if (fmt == 0)
			history_text_session(&x[i], m, nm);
		else if (fmt == 1) {
			json_t	*js = json_object();

			json_object_set_new(js, "id", json_integer(x[i].id));
			json_object_set_new(js, "taken",
			    json_string(x[i].taken));
			json_object_set_new(js, "mode",
			    json_string(store_mode_key(x[i].mode)));
			json_object_set_new(js, "app_version",
			    json_string(x[i].app_version));
			json_object_set_new(js, "notes",
			    json_string(x[i].notes));
			json_object_set_new(js, "measures",
			    measures_json(m, nm));
			json_array_append_new(sessions, js);
		} else
			for (size_t k = 0; k < nm; k++)
				report_csv_row(stdout, x[i].taken,
				    (long long)x[i].id, &m[k]);
		free(m);
	}
	rc = fmt == 1 ? json_print(doc, stdout, NULL) :
	    out_close(stdout, NULL);
out:
	store_sessions_free(x, n);
	store_close(s);
	free(p);
	return rc;
}

/* ------------------------------------------------------------------ */
/* footscreen report                                                   */

static void
report_usage(FILE *f)
{
	fputs("usage: footscreen [--db PATH] report PROFILE [--session ID]\n"
	    "                  [--format text|markdown|html|json|csv] "
	    "[--country CC]\n"
	    "                  [-o FILE]\n"
	    "A saved screening of PROFILE (the latest, or session ID) for a "
	    "person\n"
	    "to keep or take to a professional: the saved answers are "
	    "screened again\n"
	    "and shown with what changed since the screening before.\n"
	    "  text      the full result, as 'footscreen assess' prints it,\n"
	    "            after who and when\n"
	    "  markdown  a one-page summary\n"
	    "  html      the one-page summary as one file that prints on "
	    "one A4 page\n"
	    "  json      assess's JSON with \"profile\", \"session\" and\n"
	    "            \"previous_session\" added\n"
	    "  csv       the session's measures, one row per measure per side\n"
	    "-o FILE writes to FILE (mode 0600) instead of standard output.\n"
	    "See footscreen(1).\n", f);
}

/*
 * The session to report: --session ID of this profile, or the latest.
 * Returns EXIT_OK with *id, or an exit status with the message printed.
 */
static int
pick_session(struct store *s, const struct store_profile *p,
    const char *want, int64_t *id)
{
	struct store_session	 x, *list;
	struct store_error	 err;
	size_t			 n;
	int64_t			 owner;
	double			 v;

	if (want != NULL) {
		if (arg_double("--session", want, 1, 9e15, &v) != 0 ||
		    v != floor(v))
			return EXIT_USAGE;
		if (store_session_get(s, (int64_t)v, &x, &err) != STORE_OK)
			return db_fail(&err);
		*id = x.id;
		owner = x.profile_id;
		store_session_clear(&x);
		if (owner != p->id) {
			cli_error("session %lld is not one of %s's",
			    (long long)*id, p->name);
			return EXIT_DATA;
		}
		return EXIT_OK;
	}
	if (store_session_list(s, p->id, &list, &n, &err) != STORE_OK)
		return db_fail(&err);
	if (n > 0)
		*id = list[n - 1].id;
	store_sessions_free(list, n);
	if (n == 0) {
		cli_error("%s has no saved screenings yet; save one with "
		    "'footscreen assess --profile NAME --save'", p->name);
		return EXIT_DATA;
	}
	return EXIT_OK;
}

/* What report gathers, so that one function frees it. */
struct report_work {
	struct assess_work	w;
	struct store_profile	profile;
	struct store_report	saved;
};

/* The session and the one before it, and the answers screened again. */
static int
report_gather(struct store *s, struct report_work *r, const char *want)
{
	struct store_error	err;
	enum core_status	st;
	int64_t			id = 0;
	int			rc;

	if ((rc = pick_session(s, &r->profile, want, &id)) != EXIT_OK)
		return rc;
	if (store_report_load(s, id, &r->saved, &err) != STORE_OK)
		return db_fail(&err);
	r->w.answers = r->saved.answers;
	if ((st = screening_run(&r->w.answers, NULL, &r->w.result)) !=
	    CORE_OK) {
		cli_error("session %lld: the saved answers could not be "
		    "screened: %s", (long long)id, core_strerror(st));
		return EXIT_DATA;
	}
	return assess_plan(&r->w) != 0 ? EXIT_DATA : EXIT_OK;
}

int
cmd_report(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	static const char *const formats[] = {
		"text", "markdown", "html", "json", "csv"
	};
	static int (*const writers[])(FILE *, const struct screening_result *,
	    const struct advice_plan *, const struct report_context *) = {
		report_text_person, report_markdown, report_html, report_json,
		report_csv
	};
	struct report_work	*r;
	struct report_context	 ctx;
	struct opts		 o;
	struct store		*s;
	const char		*key, *country;
	FILE			*f;
	int			 rc, fmt;

	if ((rc = parse(argc, argv, "report", OPT_BIT(O_SESSION) |
	    OPT_BIT(O_FORMAT) | OPT_BIT(O_COUNTRY) | OPT_BIT(O_OUT), &o, &key,
	    1, report_usage)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if ((fmt = format_of(&o, formats, 5)) < 0)
		return EXIT_USAGE;
	country = OPT(&o, O_COUNTRY);
	if (country != NULL && (strlen(country) != 2 ||
	    strspn(country, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
	    != 2)) {
		cli_error("--country '%s': expected a two-letter country code "
		    "such as GB, US or FR", country);
		return EXIT_USAGE;
	}
	/* The advice library and plan are large: keep them off the stack. */
	if ((r = calloc(1, sizeof *r)) == NULL) {
		cli_error("out of memory");
		return EXIT_DATA;
	}
	if ((rc = open_profile(cfg, db, key, &s, &r->profile)) != EXIT_OK) {
		free(r);
		return rc;
	}
	rc = report_gather(s, r, OPT(&o, O_SESSION));
	store_close(s);
	if (rc != EXIT_OK) {
		store_report_clear(&r->saved);
		free(r);
		return rc;
	}
	assess_context(&r->w, country, &ctx);
	ctx.person = &r->saved.person;
	if ((f = out_open(OPT(&o, O_OUT))) == NULL)
		rc = EXIT_DATA;
	else if (writers[fmt](f, &r->w.result, &r->w.plan, &ctx) != 0) {
		cli_error("writing the report failed");
		if (f != stdout)
			fclose(f);
		rc = EXIT_DATA;
	} else
		rc = out_close(f, OPT(&o, O_OUT));
	store_report_clear(&r->saved);
	free(r);
	return rc;
}

/* ------------------------------------------------------------------ */
/* footscreen db                                                       */

static void
db_usage(FILE *f)
{
	fputs("usage: footscreen [--db PATH] db check | path\n"
	    "check: run SQLite's integrity and foreign-key checks on the "
	    "history\n"
	    "database and count what it holds; exit 1 when it is damaged.\n"
	    "path: print where the history database is.\n", f);
}

int
cmd_db(int argc, char **argv, const struct fs_config *cfg, const char *db)
{
	struct store_error	 err;
	struct store		*s;
	struct opts		 o;
	const char		*what;
	char			 path[PATH_MAX], problems[4096];
	int			 rc;

	if ((rc = parse(argc, argv, "db", 0, &o, &what, 1, db_usage)) != 0)
		return rc > 0 ? EXIT_OK : EXIT_USAGE;
	if (strcmp(what, "path") == 0) {
		if (store_path(db, cfg->storage.database, path, sizeof path,
		    &err) != STORE_OK)
			return db_fail(&err);
		puts(path);
		return out_close(stdout, NULL);
	}
	if (strcmp(what, "check") != 0) {
		cli_error("db: unknown command '%s'; allowed: check, path",
		    what);
		return EXIT_USAGE;
	}
	if ((rc = db_open(cfg, db, 0, &s, NULL)) != EXIT_OK)
		return rc;
	if (store_check(s, problems, sizeof problems, &err) != STORE_OK) {
		if (problems[0] != '\0')
			fprintf(stderr, "%s\n", problems);
		store_close(s);
		return db_fail(&err);
	}
	{
		struct store_profile	*list;
		size_t			 n;
		long			 sessions = 0;

		if (store_profile_list(s, NULL, &list, &n, &err) != STORE_OK) {
			store_close(s);
			return db_fail(&err);
		}
		for (size_t i = 0; i < n; i++)
			sessions += list[i].nsessions;
		printf("%s: ok, %zu profile%s, %ld session%s\n", store_file(s),
		    n, n == 1 ? "" : "s", sessions, sessions == 1 ? "" : "s");
		free(list);
	}
	store_close(s);
	return out_close(stdout, NULL);
}

/* ------------------------------------------------------------------ */
/* assess --save                                                       */

int
store_cmds_save(const struct fs_config *cfg, const char *db,
    const struct assess_save *save, const struct screening_answers *a,
    const struct screening_result *res)
{
	struct store_profile	*p;
	struct store_new_session in;
	struct store_error	 err;
	struct store		*s;
	int64_t			 sid;
	int			 rc;

	if ((p = calloc(1, sizeof *p)) == NULL) {
		cli_error("out of memory");
		return EXIT_DATA;
	}
	if ((rc = db_open(cfg, db, STORE_CREATE, &s, NULL)) != EXIT_OK) {
		free(p);
		return rc;
	}
	rc = store_profile_find(s, save->profile, p, &err);
	if (rc == STORE_ERR_NOT_FOUND) {
		/* A number names an id: a typo must not make a profile "12". */
		if (strspn(save->profile, "0123456789") ==
		    strlen(save->profile)) {
			cli_error("%s", err.msg);
			rc = EXIT_DATA;
			goto out;
		}
		memset(p, 0, sizeof *p);
		snprintf(p->name, sizeof p->name, "%s", save->profile);
		p->sex = a->sex;
		if (strlen(save->profile) > STORE_NAME_MAX ||
		    (rc = store_profile_add(s, p, &p->id, &err)) != STORE_OK) {
			if (strlen(save->profile) > STORE_NAME_MAX)
				cli_error("--profile: a name has at most %d "
				    "bytes", STORE_NAME_MAX);
			else
				cli_error("%s", err.msg);
			rc = EXIT_DATA;
			goto out;
		}
		fprintf(stderr, "footscreen: new profile '%s' (id %lld)\n",
		    p->name, (long long)p->id);
	} else if (rc != STORE_OK) {
		rc = db_fail(&err);
		goto out;
	}
	memset(&in, 0, sizeof in);
	in.profile_id = p->id;
	in.taken = save->date;
	in.mode = STORE_MODE_SCRIPTED;
	in.answers = a;
	in.result = res;
	in.notes = save->notes;
	if (store_session_save(s, &in, &sid, &err) != STORE_OK) {
		rc = db_fail(&err);
		goto out;
	}
	fprintf(stderr, "footscreen: saved as session %lld of '%s' in %s\n",
	    (long long)sid, p->name, store_file(s));
	rc = EXIT_OK;
out:
	store_close(s);
	free(p);
	return rc;
}
