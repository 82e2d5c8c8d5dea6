/*
 * profile_cmds.c: `footscreen profile list|add|show|edit|delete|export`,
 * the people in the history database (store_cmds.h).
 *
 * A read (list, show) never creates the database; add makes it, and its
 * directory, when missing.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli/args.h"
#include "cli/store_cmds.h"
#include "cli/store_common.h"
#include "screening/report.h"
#include "store/export.h"

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

static const char *const text_json[] = { "text", "json" };

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

static int
profile_list(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	static const struct cmd	 c = { "profile list", OPT_BIT(O_SEARCH) |
	    OPT_BIT(O_FORMAT), 0, text_json, 2, profile_usage };
	struct store_profile	*list = NULL;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	size_t			 n = 0;
	char			 d[16];
	int			 rc, missing;

	if (cmd_args(&c, argc, argv, &o, NULL, &rc))
		return rc;
	if ((rc = cmd_db_open(cfg, db, 0, &s, &missing)) != EXIT_OK)
		return rc;
	/* No database yet is an empty list, not an error. */
	if (!missing && store_profile_list(s, OPT(&o, O_SEARCH), &list, &n,
	    &err) != STORE_OK) {
		store_close(s);
		return cmd_store_fail(&err);
	}
	store_close(s);
	if (o.fmt == 1) {
		json_t	*a = json_array();

		for (size_t i = 0; i < n; i++)
			json_array_append_new(a, cmd_profile_json(&list[i]));
		free(list);
		return cmd_json_print(a);
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
		    list[i].last_taken[0] != '\0' ? cmd_day(d, sizeof d,
		    list[i].last_taken) : "-");
	}
	free(list);
	return cmd_out_close(stdout, NULL);
}

/*
 * --name, --born, --sex and --notes into p (those given).  Returns 0, or
 * -1 after a message.
 */
static int
profile_fields(const char *cmd, const struct opts *o,
    struct store_profile *p)
{
	const char	*name = OPT(o, O_NAME);

	if (name != NULL && strlen(name) > STORE_NAME_MAX) {
		cli_error("%s: a name has at most %d bytes", cmd,
		    STORE_NAME_MAX);
		return -1;
	}
	if ((OPT(o, O_BORN) != NULL && cmd_born(OPT(o, O_BORN),
	    &p->birth_year) != 0) || (OPT(o, O_SEX) != NULL &&
	    cmd_sex(OPT(o, O_SEX), &p->sex) != 0))
		return -1;
	if (name != NULL)
		snprintf(p->name, sizeof p->name, "%s", name);
	if (OPT(o, O_NOTES) != NULL)
		snprintf(p->notes, sizeof p->notes, "%s", OPT(o, O_NOTES));
	return 0;
}

static int
profile_add(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	static const struct cmd	 c = { "profile add", OPT_BIT(O_BORN) |
	    OPT_BIT(O_SEX) | OPT_BIT(O_NOTES), 1, NULL, 0, profile_usage };
	struct store_profile	*p;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	const char		*name;
	int64_t			 id;
	int			 rc;

	if (cmd_args(&c, argc, argv, &o, &name, &rc))
		return rc;
	/* The name is a word here, --name of edit: checked alike. */
	OPT(&o, O_NAME) = name;
	if ((p = calloc(1, sizeof *p)) == NULL)
		return cmd_nomem();
	rc = EXIT_USAGE;
	if (profile_fields(c.name, &o, p) != 0)
		goto out;
	if ((rc = cmd_db_open(cfg, db, STORE_CREATE, &s, NULL)) != EXIT_OK)
		goto out;
	if (store_profile_add(s, p, &id, &err) != STORE_OK)
		rc = cmd_store_fail(&err);
	else {
		printf("Added profile '%s' (id %lld) to %s.\n", p->name,
		    (long long)id, store_file(s));
		rc = cmd_out_close(stdout, NULL);
	}
	store_close(s);
out:
	free(p);
	return rc;
}

static int
profile_show(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	static const struct cmd	 c = { "profile show", OPT_BIT(O_FORMAT), 1,
	    text_json, 2, profile_usage };
	struct store_profile	*p;
	struct store_counts	 n;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	int			 rc;

	if (cmd_profile_begin(&c, argc, argv, cfg, db, &o, &s, &p, &rc))
		return rc;
	rc = store_profile_counts(s, p->id, &n, &err);
	store_close(s);
	if (rc != STORE_OK) {
		free(p);
		return cmd_store_fail(&err);
	}
	if (o.fmt == 1) {
		json_t	*doc = cmd_profile_json(p);

		json_object_set_new(doc, "results", json_integer(n.results));
		json_object_set_new(doc, "recordings",
		    json_integer(n.recordings));
		free(p);
		return cmd_json_print(doc);
	}
	printf("Name:          %s\nId:            %lld\n", p->name,
	    (long long)p->id);
	if (p->birth_year != 0)
		printf("Year of birth: %d\n", p->birth_year);
	if (p->sex != SEX_UNKNOWN)
		printf("Sex:           %s\n", cmd_sex_word(p->sex));
	printf("Added:         %s\n", p->created);
	printf("Screenings:    %ld (%ld results, %ld recordings)\n",
	    n.sessions, n.results, n.recordings);
	if (p->last_taken[0] != '\0')
		printf("Last screened: %s\n", p->last_taken);
	if (p->notes[0] != '\0')
		report_wrap(stdout, "Notes:         ", "               ",
		    p->notes);
	free(p);
	return cmd_out_close(stdout, NULL);
}

static int
profile_edit(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	static const struct cmd	 c = { "profile edit", OPT_BIT(O_NAME) |
	    OPT_BIT(O_BORN) | OPT_BIT(O_SEX) | OPT_BIT(O_NOTES), 1, NULL, 0,
	    profile_usage };
	struct store_profile	*p;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	int			 rc;

	if (cmd_profile_begin(&c, argc, argv, cfg, db, &o, &s, &p, &rc))
		return rc;
	if (profile_fields(c.name, &o, p) != 0)
		rc = EXIT_USAGE;
	else if (store_profile_update(s, p, &err) != STORE_OK)
		rc = cmd_store_fail(&err);
	else {
		printf("Changed profile '%s' (id %lld).\n", p->name,
		    (long long)p->id);
		rc = cmd_out_close(stdout, NULL);
	}
	cmd_profile_close(s, p);
	return rc;
}

/*
 * Ask on stderr for the name, read a line from stdin; 1 when it matches
 * (ASCII case ignored, as names are compared).
 */
static int
confirmed(const struct store_profile *p, const struct store_counts *c)
{
	char	line[STORE_NAME_MAX + 8], what[128], born[24] = "";
	size_t	n;

	if (p->birth_year != 0)
		snprintf(born, sizeof born, " (born %d)", p->birth_year);
	fprintf(stderr, "Delete profile '%s'%s and everything about it: %s?\n"
	    "This cannot be undone.  Type the name to confirm: ", p->name,
	    born, store_counts_words(what, sizeof what, c));
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
	static const struct cmd	 c = { "profile delete", OPT_BIT(O_YES), 1,
	    NULL, 0, profile_usage };
	struct store_profile	*p;
	struct store_counts	 n;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	char			 what[128];
	int			 rc;

	if (cmd_profile_begin(&c, argc, argv, cfg, db, &o, &s, &p, &rc))
		return rc;
	if (store_profile_counts(s, p->id, &n, &err) != STORE_OK)
		rc = cmd_store_fail(&err);
	else if (!o.yes && !confirmed(p, &n)) {
		cli_error("the name was not typed: nothing was deleted");
		rc = EXIT_DATA;
	} else if (store_profile_delete(s, p->id, &err) != STORE_OK)
		rc = cmd_store_fail(&err);
	else {
		printf("Deleted profile '%s': %s.\n", p->name,
		    store_counts_words(what, sizeof what, &n));
		rc = cmd_out_close(stdout, NULL);
	}
	cmd_profile_close(s, p);
	return rc;
}

static int
profile_export(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	static const struct cmd	 c = { "profile export", OPT_BIT(O_OUT), 1,
	    NULL, 0, profile_usage };
	struct store_profile	*p;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	FILE			*f;
	int			 rc;

	if (cmd_profile_begin(&c, argc, argv, cfg, db, &o, &s, &p, &rc))
		return rc;
	if ((f = cmd_out_open(OPT(&o, O_OUT))) == NULL)
		rc = EXIT_DATA;
	else if (store_export(s, p->id, f, &err) != STORE_OK) {
		rc = cmd_store_fail(&err);
		cmd_out_abort(f);
	} else
		rc = cmd_out_close(f, OPT(&o, O_OUT));
	cmd_profile_close(s, p);
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
