/*
 * store_common.c: the history commands' options, database and output;
 * see store_common.h.
 *
 * Personal data written to a file (-o) gets mode 0600, as the database
 * has.  Messages name the database.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/args.h"
#include "cli/store_common.h"
#include "screening/json_build.h"
#include "store/export.h"

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

/* The options: 1 after --help (usage printed), -1 after an error. */
static int
parse_options(const struct cmd *c, int argc, char **argv, struct opts *o)
{
	int	ch;

	optind = 0;	/* glibc: start afresh, argv[0] is the name */
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
		if (ch == 'h') {
			c->usage(stdout);
			return 1;
		}
		if (ch == 'o')
			ch = O_OUT;
		if (ch >= O_SEARCH && ch <= O_OUT &&
		    (c->allowed & OPT_BIT(ch))) {
			if (ch == O_YES)
				o->yes = 1;
			else
				OPT(o, ch) = optarg;
			continue;
		}
		if (ch == '?' && optopt != 0 && optopt < O_SEARCH)
			cli_error("%s: option '-%c' is unknown or needs a value"
			    , c->name, optopt);
		else
			cli_error("%s: option '%s' is unknown here or needs a "
			    "value; try 'footscreen %s --help'", c->name,
			    argv[optind - 1], c->name);
		return -1;
	}
	return 0;
}

/* Exactly c->npos positional arguments: 0, or -1 after a message. */
static int
parse_positional(const struct cmd *c, int argc, char **argv,
    const char **pos)
{
	int	n = 0;

	for (; optind < argc; optind++) {
		if (n >= c->npos) {
			cli_error("%s: unexpected argument '%s'", c->name,
			    argv[optind]);
			return -1;
		}
		pos[n++] = argv[optind];
	}
	if (n < c->npos) {
		cli_error("%s: missing argument; try 'footscreen %s --help'",
		    c->name, c->name);
		return -1;
	}
	return 0;
}

int
cmd_args(const struct cmd *c, int argc, char **argv, struct opts *o,
    const char **pos, int *rc)
{
	int	r;

	memset(o, 0, sizeof *o);
	if ((r = parse_options(c, argc, argv, o)) != 0) {
		*rc = r > 0 ? EXIT_OK : EXIT_USAGE;
		return 1;
	}
	*rc = EXIT_USAGE;
	if (parse_positional(c, argc, argv, pos) != 0)
		return 1;
	if (c->formats != NULL && OPT(o, O_FORMAT) != NULL &&
	    (o->fmt = arg_choice("--format", OPT(o, O_FORMAT), c->formats,
	    (size_t)c->nformats)) < 0)
		return 1;
	*rc = EXIT_OK;
	return 0;
}

int
cmd_born(const char *s, int *year)
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

int
cmd_sex(const char *s, enum sex *sex)
{
	static const char *const names[] = { "none", "female", "male" };
	int	i;

	if ((i = arg_choice("--sex", s, names, 3)) < 0)
		return -1;
	*sex = i == 1 ? SEX_FEMALE : i == 2 ? SEX_MALE : SEX_UNKNOWN;
	return 0;
}

const char *
cmd_sex_word(enum sex s)
{
	return s == SEX_FEMALE ? "female" : s == SEX_MALE ? "male" : "";
}

int
cmd_nomem(void)
{
	cli_error("out of memory");
	return EXIT_DATA;
}

int
cmd_store_fail(const struct store_error *err)
{
	cli_error("%s", err->msg);
	return EXIT_DATA;
}

int
cmd_db_open(const struct fs_config *cfg, const char *db, unsigned flags,
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
		return cmd_store_fail(&err);
	}
	return EXIT_OK;
}

int
cmd_profile_open(const struct fs_config *cfg, const char *db,
    const char *key, struct store **s, struct store_profile **p)
{
	struct store_error	err;
	int			rc;

	*s = NULL;
	if ((*p = calloc(1, sizeof **p)) == NULL)
		return cmd_nomem();
	if ((rc = cmd_db_open(cfg, db, 0, s, NULL)) == EXIT_OK &&
	    store_profile_find(*s, key, *p, &err) != STORE_OK)
		rc = cmd_store_fail(&err);
	if (rc != EXIT_OK) {
		cmd_profile_close(*s, *p);
		*s = NULL;
		*p = NULL;
	}
	return rc;
}

int
cmd_profile_begin(const struct cmd *c, int argc, char **argv,
    const struct fs_config *cfg, const char *db, struct opts *o,
    struct store **s, struct store_profile **p, int *rc)
{
	const char	*key;

	if (cmd_args(c, argc, argv, o, &key, rc))
		return 1;
	return (*rc = cmd_profile_open(cfg, db, key, s, p)) != EXIT_OK;
}

void
cmd_profile_close(struct store *s, struct store_profile *p)
{
	store_close(s);
	free(p);
}

FILE *
cmd_out_open(const char *path)
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

int
cmd_out_close(FILE *f, const char *path)
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

void
cmd_out_abort(FILE *f)
{
	if (f != NULL && f != stdout)
		fclose(f);
}

int
cmd_json_print(json_t *doc)
{
	int	rc = doc == NULL || json_dumpf(doc, stdout, JSON_INDENT(2) |
		    JSON_PRESERVE_ORDER) != 0 || fputc('\n', stdout) == EOF;

	json_decref(doc);
	if (rc) {
		cli_error("out of memory or writing failed");
		return EXIT_DATA;
	}
	return cmd_out_close(stdout, NULL);
}

json_t *
cmd_profile_json(const struct store_profile *p)
{
	int	 bad = 0;
	json_t	*o = store_profile_json(p, &bad);

	jb_set(o, "sessions", json_integer(p->nsessions), &bad);
	jb_set(o, "last_taken", jb_str(p->last_taken), &bad);
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

const char *
cmd_day(char *buf, size_t len, const char *iso)
{
	snprintf(buf, len, "%.10s", iso);
	return buf;
}
