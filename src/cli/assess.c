/*
 * assess.c: `footscreen assess ANSWERS.ini [--format text|json]
 * [--country CC] [--profile NAME --save [--date DATE] [--notes TEXT]]`.
 *
 * The answers file is read and checked (screening/answers.c), the core
 * screens it (core/screening.c: triage first; nothing else after an
 * emergency), the advice engine builds a plan from the findings when one
 * is allowed (core/advice.c, with the shipped or a clinic's data files),
 * and the report is printed (screening/report.c).  Emergency numbers come
 * from --country, else the answers' [person] country, else 112
 * (screening/strings.c has the table).  With --save the screening is
 * also kept in the history for the profile (cli/store_cmds.c).
 */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/args.h"
#include "cli/assess.h"
#include "cli/store_cmds.h"
#include "core/advice.h"
#include "core/screening.h"
#include "screening/advice_load.h"
#include "screening/answers.h"
#include "screening/report.h"
#include "screening/strings.h"

enum assess_format { ASSESS_TEXT, ASSESS_JSON };

static const char *const format_names[] = { "text", "json" };

enum {
	OPT_FORMAT = 256, OPT_COUNTRY, OPT_SAVE, OPT_PROFILE, OPT_DATE,
	OPT_NOTES
};

static const struct option assess_longopts[] = {
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "country", required_argument, NULL, OPT_COUNTRY },
	{ "save", no_argument, NULL, OPT_SAVE },
	{ "profile", required_argument, NULL, OPT_PROFILE },
	{ "date", required_argument, NULL, OPT_DATE },
	{ "notes", required_argument, NULL, OPT_NOTES },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static void
assess_usage(FILE *f)
{
	fputs("usage: footscreen assess [--format text|json] [--country CC] "
	    "ANSWERS.ini\n"
	    "       footscreen [--db PATH] assess --profile NAME --save "
	    "[--date DATE]\n"
	    "                  [--notes TEXT] [options] ANSWERS.ini\n"
	    "Screen the answers and measurements in ANSWERS.ini (- for standard\n"
	    "input): warning signs first, then foot posture, balance, left/right\n"
	    "differences and a plan.  The file's keys are in "
	    "footscreen-answers(5).\n\n"
	    "Options:\n"
	    "  --format text|json  output format (default text)\n"
	    "  --country CC        two-letter country code for the emergency\n"
	    "                      number (default: the file's [person] country,\n"
	    "                      else 112)\n"
	    "  --profile NAME      with --save: whose screening it is (made when\n"
	    "                      new)\n"
	    "  --save              keep the screening in the history database\n"
	    "  --date DATE         with --save: when it was taken, YYYY-MM-DD or\n"
	    "                      YYYY-MM-DDTHH:MM:SSZ (default now)\n"
	    "  --notes TEXT        with --save: notes kept with the screening\n"
	    "  -h, --help          this help\n"
	    "See footscreen(1) and footscreen-answers(5).\n", f);
}

/* Two ASCII letters, or "UK". */
static int
country_ok(const char *s)
{
	for (int i = 0; i < 2; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' &&
		    s[i] <= 'Z')))
			return 0;
	return s[2] == '\0';
}

/*
 * Parse the options.  Returns the index of the answers file, 0 after
 * --help, or -1 after a usage error.
 */
static int
assess_parse(int argc, char **argv, enum assess_format *format,
    const char **country, struct assess_save *save, int *saving)
{
	int	c, v;

	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", assess_longopts, NULL)) !=
	    -1) {
		switch (c) {
		case 'h':
			assess_usage(stdout);
			return 0;
		case OPT_FORMAT:
			if ((v = arg_choice("--format", optarg, format_names,
			    sizeof format_names / sizeof format_names[0])) < 0)
				return -1;
			*format = (enum assess_format)v;
			break;
		case OPT_COUNTRY:
			if (!country_ok(optarg)) {
				cli_error("--country '%s': expected a two-letter "
				    "country code such as GB, US or FR", optarg);
				return -1;
			}
			*country = optarg;
			break;
		case OPT_SAVE:
			*saving = 1;
			break;
		case OPT_PROFILE:
			save->profile = optarg;
			break;
		case OPT_DATE:
			save->date = optarg;
			break;
		case OPT_NOTES:
			save->notes = optarg;
			break;
		default:
			if (optopt != 0)
				cli_error("assess: option '-%c' needs a value or "
				    "is unknown; try 'footscreen assess --help'",
				    optopt);
			else
				cli_error("assess: unknown option '%s'; try "
				    "'footscreen assess --help'",
				    argv[optind - 1]);
			return -1;
		}
	}
	if (optind >= argc) {
		cli_error("assess: no answers file; try 'footscreen assess "
		    "--help'");
		return -1;
	}
	if (optind + 1 < argc) {
		cli_error("assess: one answers file only, got '%s' too",
		    argv[optind + 1]);
		return -1;
	}
	if (*saving != (save->profile != NULL)) {
		cli_error("assess: --save and --profile NAME go together");
		return -1;
	}
	if (!*saving && (save->date != NULL || save->notes != NULL)) {
		cli_error("assess: --date and --notes are for --save");
		return -1;
	}
	return optind;
}

/*
 * The advice data and the plan for w->result: made at every tier, since
 * the engine gives an emergency or an out-of-scope result only its one
 * instruction.  Returns 0, or -1 with a message printed.  A clinic's file with an error is reported and the
 * built-in one is used, as advice_load() does.
 */
int
assess_plan(struct assess_work *w)
{
	enum core_status	st;
	int			rc;

	rc = advice_load(NULL, NULL, &w->library, &w->rules, &w->sources);
	if (rc < 0) {
		cli_error("the built-in advice data is broken: %s%s",
		    w->sources.exercises_error.msg,
		    w->sources.rules_error.msg);
		return -1;
	}
	if (w->sources.exercises_error.msg[0] != '\0')
		cli_error("%s; using the built-in exercises",
		    w->sources.exercises_error.msg);
	if (w->sources.rules_error.msg[0] != '\0')
		cli_error("%s; using the built-in advice rules",
		    w->sources.rules_error.msg);
	/* The engine itself keeps exercises out of an emergency (advice.h). */
	st = advice_plan(&w->rules, &w->library, &w->result.findings,
	    w->result.triage.tier, w->answers.age_years, &w->plan);
	if (st != CORE_OK) {
		cli_error("assess: the advice rules could not be applied: %s",
		    core_strerror(st));
		return -1;
	}
	return 0;
}

void
assess_context(const struct assess_work *w, const char *country,
    struct report_context *ctx)
{
	if (country == NULL && w->answers.country[0] != '\0')
		country = w->answers.country;
	memset(ctx, 0, sizeof *ctx);
	ctx->answers = &w->answers;
	ctx->rules = &w->rules;
	ctx->library = &w->library;
	ctx->contact = strings_emergency(country);
	ctx->exercises_source = w->sources.exercises;
	ctx->rules_source = w->sources.rules;
}

int
cmd_assess(int argc, char **argv, const struct fs_config *cfg,
    const char *db)
{
	enum assess_format	 format = ASSESS_TEXT;
	struct assess_work	*w;
	struct answers_error	 err;
	struct report_context	 ctx;
	struct assess_save	 save = { NULL, NULL, NULL };
	const char		*country = NULL, *path;
	enum core_status	 st;
	int			 first, status = EXIT_DATA, rc, saving = 0;

	if ((first = assess_parse(argc, argv, &format, &country, &save,
	    &saving)) <= 0)
		return first == 0 ? EXIT_OK : EXIT_USAGE;
	path = argv[first];
	/* The library, rules and plan are large: keep them off the stack. */
	if ((w = calloc(1, sizeof *w)) == NULL) {
		cli_error("assess: out of memory");
		return EXIT_DATA;
	}
	if (answers_load(path, &w->answers, &err) != 0) {
		cli_error("%s", err.msg);
		goto out;
	}
	if ((st = screening_run(&w->answers, NULL, &w->result)) != CORE_OK) {
		cli_error("%s: the answers could not be screened: %s",
		    strcmp(path, "-") == 0 ? "<stdin>" : path,
		    core_strerror(st));
		goto out;
	}
	if (assess_plan(w) != 0)
		goto out;
	/* Saved first: a report is no use if the history lost it. */
	if (saving && (status = store_cmds_save(cfg, db, &save, &w->answers,
	    &w->result)) != EXIT_OK)
		goto out;
	status = EXIT_DATA;
	assess_context(w, country, &ctx);
	if (format == ASSESS_JSON)
		rc = report_json(stdout, &w->result, &w->plan, &ctx);
	else
		rc = report_text(stdout, &w->result, &w->plan, &ctx);
	if (rc != 0 || fflush(stdout) == EOF || ferror(stdout)) {
		cli_error("assess: writing the report failed");
		goto out;
	}
	status = EXIT_OK;
out:
	free(w);
	return status;
}
