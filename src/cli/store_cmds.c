/*
 * store_cmds.c: the history's commands history, report and db, and the
 * --save of assess; see store_cmds.h for the list (the profile commands
 * are in profile_cmds.c, what they share in store_common.c).
 *
 * Each command opens the database (store.h) for as long as it runs.  A
 * read (history, report, db) never creates a file; assess --save makes
 * it, and its directory, when missing.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/args.h"
#include "cli/assess.h"
#include "cli/store_cmds.h"
#include "cli/store_common.h"
#include "screening/json_build.h"
#include "screening/report.h"
#include "store/store.h"

/* A session's result in words: "No warning signs found". */
static const char *
session_tier(const struct report_measure *m, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(m[i].measure, "triage") == 0)
			return report_measure_words(&m[i]);
	return "";
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

	printf("\n%s  session %lld  %s%s%s\n", cmd_day(d, sizeof d, x->taken),
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

/* A session with its measures as JSON, into the array sessions. */
static void
history_json_session(json_t *sessions, const struct store_session *x,
    const struct report_measure *m, size_t n, int *bad)
{
	json_t	*js = json_object();

	jb_set(js, "id", json_integer(x->id), bad);
	jb_set(js, "taken", json_string(x->taken), bad);
	jb_set(js, "mode", json_string(store_mode_key(x->mode)), bad);
	jb_set(js, "app_version", json_string(x->app_version), bad);
	jb_set(js, "notes", json_string(x->notes), bad);
	jb_set(js, "measures", jb_measures(m, n, bad), bad);
	jb_append(sessions, js, bad);
}

int
cmd_history(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	static const char *const formats[] = { "text", "json", "csv" };
	static const struct cmd	 c = { "history", OPT_BIT(O_FORMAT), 1,
	    formats, 3, history_usage };
	struct store_profile	*p;
	struct store_session	*x = NULL;
	struct report_measure	*m;
	struct store_error	 err;
	struct opts		 o;
	struct store		*s;
	json_t			*doc = NULL, *sessions = NULL;
	size_t			 n = 0, nm;
	int			 rc, bad = 0;

	if (cmd_profile_begin(&c, argc, argv, cfg, db, &o, &s, &p, &rc))
		return rc;
	if (store_session_list(s, p->id, &x, &n, &err) != STORE_OK) {
		rc = cmd_store_fail(&err);
		goto out;
	}
	if (o.fmt == 0)
		printf("Screenings of %s (id %lld): %zu\n", p->name,
		    (long long)p->id, n);
	else if (o.fmt == 1) {
		doc = json_object();
		jb_set(doc, "profile", cmd_profile_json(p), &bad);
		sessions = json_array();
		jb_set(doc, "sessions", sessions, &bad);
		if (bad)
			sessions = NULL;	/* maybe freed: add nothing */
	} else
		report_csv_header(stdout);
	for (size_t i = 0; i < n; i++) {
		if (store_session_results(s, x[i].id, &m, &nm, &err) !=
		    STORE_OK) {
			rc = cmd_store_fail(&err);
			goto out;
		}
		if (o.fmt == 0)
			history_text_session(&x[i], m, nm);
		else if (o.fmt == 1)
			history_json_session(sessions, &x[i], m, nm, &bad);
		else
			for (size_t k = 0; k < nm; k++)
				report_csv_row(stdout, x[i].taken,
				    (long long)x[i].id, &m[k]);
		free(m);
	}
	if (o.fmt == 1) {
		if (bad) {
			json_decref(doc);
			doc = NULL;
		}
		rc = cmd_json_print(doc);
		doc = NULL;	/* freed by cmd_json_print */
	} else
		rc = cmd_out_close(stdout, NULL);
out:
	json_decref(doc);
	store_sessions_free(x, n);
	cmd_profile_close(s, p);
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
			return cmd_store_fail(&err);
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
		return cmd_store_fail(&err);
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
	struct store_report	saved;
};

/* The session and the one before it, and the answers screened again. */
static int
report_gather(struct store *s, const struct store_profile *p,
    struct report_work *r, const char *want)
{
	struct store_error	err;
	enum core_status	st;
	int64_t			id = 0;
	int			rc;

	if ((rc = pick_session(s, p, want, &id)) != EXIT_OK)
		return rc;
	if (store_report_load(s, id, &r->saved, &err) != STORE_OK)
		return cmd_store_fail(&err);
	r->w.answers = r->saved.answers;
	if ((st = screening_run(&r->w.answers, NULL, &r->w.result)) !=
	    CORE_OK) {
		cli_error("session %lld: the saved answers could not be "
		    "screened: %s", (long long)id, core_strerror(st));
		return EXIT_DATA;
	}
	return assess_plan(&r->w) != 0 ? EXIT_DATA : EXIT_OK;
}

/* --country CC: two letters, or not given.  0, or -1 after a message. */
static int
country_ok(const char *country)
{
	if (country == NULL || (strlen(country) == 2 && strspn(country,
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == 2))
		return 0;
	cli_error("--country '%s': expected a two-letter country code such "
	    "as GB, US or FR", country);
	return -1;
}

/* Write the report in format fmt to -o's file or stdout; an exit status. */
static int
report_write(int fmt, const char *out, const struct report_work *r,
    const struct report_context *ctx)
{
	static int (*const writers[])(FILE *, const struct screening_result *,
	    const struct advice_plan *, const struct report_context *) = {
		report_text_person, report_markdown, report_html, report_json,
		report_csv
	};
	FILE	*f;

	if ((f = cmd_out_open(out)) == NULL)
		return EXIT_DATA;
	if (writers[fmt](f, &r->w.result, &r->w.plan, ctx) != 0) {
		cli_error("writing the report failed");
		cmd_out_abort(f);
		return EXIT_DATA;
	}
	return cmd_out_close(f, out);
}

int
cmd_report(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	/* In the order of report_write()'s writers. */
	static const char *const formats[] = {
		"text", "markdown", "html", "json", "csv"
	};
	static const struct cmd	 c = { "report", OPT_BIT(O_SESSION) |
	    OPT_BIT(O_FORMAT) | OPT_BIT(O_COUNTRY) | OPT_BIT(O_OUT), 1,
	    formats, 5, report_usage };
	struct store_profile	*p;
	struct report_work	*r;
	struct report_context	 ctx;
	struct opts		 o;
	struct store		*s;
	const char		*key;
	int			 rc;

	if (cmd_args(&c, argc, argv, &o, &key, &rc))
		return rc;
	if (country_ok(OPT(&o, O_COUNTRY)) != 0)
		return EXIT_USAGE;
	/* The advice library and plan are large: keep them off the stack. */
	if ((r = calloc(1, sizeof *r)) == NULL)
		return cmd_nomem();
	if ((rc = cmd_profile_open(cfg, db, key, &s, &p)) == EXIT_OK) {
		rc = report_gather(s, p, r, OPT(&o, O_SESSION));
		cmd_profile_close(s, p);
	}
	if (rc == EXIT_OK) {
		assess_context(&r->w, OPT(&o, O_COUNTRY), &ctx);
		ctx.person = &r->saved.person;
		rc = report_write(o.fmt, OPT(&o, O_OUT), r, &ctx);
	}
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

/* "ok, 2 profiles, 5 sessions": what a sound database holds. */
static int
db_counts(struct store *s)
{
	struct store_profile	*list;
	struct store_error	 err;
	size_t			 n;
	long			 sessions = 0;

	if (store_profile_list(s, NULL, &list, &n, &err) != STORE_OK)
		return cmd_store_fail(&err);
	for (size_t i = 0; i < n; i++)
		sessions += list[i].nsessions;
	printf("%s: ok, %zu profile%s, %ld session%s\n", store_file(s), n,
	    n == 1 ? "" : "s", sessions, sessions == 1 ? "" : "s");
	free(list);
	return cmd_out_close(stdout, NULL);
}

int
cmd_db(int argc, char **argv, const struct fs_config *cfg, const char *db)
{
	static const struct cmd	 c = { "db", 0, 1, NULL, 0, db_usage };
	struct store_error	 err;
	struct store		*s;
	struct opts		 o;
	const char		*what;
	char			 path[PATH_MAX], problems[4096];
	int			 rc;

	if (cmd_args(&c, argc, argv, &o, &what, &rc))
		return rc;
	if (strcmp(what, "path") == 0) {
		if (store_path(db, cfg->storage.database, path, sizeof path,
		    &err) != STORE_OK)
			return cmd_store_fail(&err);
		puts(path);
		return cmd_out_close(stdout, NULL);
	}
	if (strcmp(what, "check") != 0) {
		cli_error("db: unknown command '%s'; allowed: check, path",
		    what);
		return EXIT_USAGE;
	}
	if ((rc = cmd_db_open(cfg, db, 0, &s, NULL)) != EXIT_OK)
		return rc;
	if (store_check(s, problems, sizeof problems, &err) != STORE_OK) {
		if (problems[0] != '\0')
			fprintf(stderr, "%s\n", problems);
		rc = cmd_store_fail(&err);
	} else
		rc = db_counts(s);
	store_close(s);
	return rc;
}

/* ------------------------------------------------------------------ */
/* assess --save                                                       */

/*
 * The profile to save for: found, or made when it does not exist yet
 * (with the answers' sex).  Returns EXIT_OK, or EXIT_DATA after a message.
 */
static int
save_profile(struct store *s, const char *name,
    const struct screening_answers *a, struct store_profile *p)
{
	struct store_error	err;
	int			rc;

	if ((rc = store_profile_find(s, name, p, &err)) == STORE_OK)
		return EXIT_OK;
	if (rc != STORE_ERR_NOT_FOUND)
		return cmd_store_fail(&err);
	/* A number names an id: a typo must not make a profile "12". */
	if (strspn(name, "0123456789") == strlen(name))
		return cmd_store_fail(&err);
	if (strlen(name) > STORE_NAME_MAX) {
		cli_error("--profile: a name has at most %d bytes",
		    STORE_NAME_MAX);
		return EXIT_DATA;
	}
	memset(p, 0, sizeof *p);
	snprintf(p->name, sizeof p->name, "%s", name);
	p->sex = a->sex;
	if (store_profile_add(s, p, &p->id, &err) != STORE_OK)
		return cmd_store_fail(&err);
	fprintf(stderr, "footscreen: new profile '%s' (id %lld)\n", p->name,
	    (long long)p->id);
	return EXIT_OK;
}

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

	if ((p = calloc(1, sizeof *p)) == NULL)
		return cmd_nomem();
	if ((rc = cmd_db_open(cfg, db, STORE_CREATE, &s, NULL)) != EXIT_OK ||
	    (rc = save_profile(s, save->profile, a, p)) != EXIT_OK) {
		cmd_profile_close(s, p);
		return rc;
	}
	memset(&in, 0, sizeof in);
	in.profile_id = p->id;
	in.taken = save->date;
	in.mode = STORE_MODE_SCRIPTED;
	in.answers = a;
	in.result = res;
	in.notes = save->notes;
	if (store_session_save(s, &in, &sid, &err) != STORE_OK)
		rc = cmd_store_fail(&err);
	else
		fprintf(stderr, "footscreen: saved as session %lld of '%s' in "
		    "%s\n", (long long)sid, p->name, store_file(s));
	cmd_profile_close(s, p);
	return rc;
}
