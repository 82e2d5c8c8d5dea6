/*
 * assess.h: `footscreen assess`: read an answers file, run the screening
 * core and the advice engine, and print the result as text or JSON.
 */
#ifndef FOOTSCREEN_CLI_ASSESS_H
#define FOOTSCREEN_CLI_ASSESS_H

#include "config/config.h"
#include "core/advice.h"
#include "core/screening.h"
#include "screening/advice_load.h"
#include "screening/report.h"

/*
 * argv[0] is the command name; db is --db (NULL: none), for --save.
 * Returns an exit status (cli/args.h): 0 done, EXIT_DATA for an answers
 * file that cannot be read or is invalid (the message names the key and
 * the allowed values) or a screening that could not be saved,
 * EXIT_USAGE for a bad option.
 */
int	cmd_assess(int argc, char **argv, const struct fs_config *,
	    const char *db);

/* Everything a screening allocates, so that one function frees it. */
struct assess_work {
	struct screening_answers	answers;
	struct screening_result		result;
	struct exercise_library		library;
	struct advice_rules		rules;
	struct advice_plan		plan;
	struct advice_sources		sources;
};

/*
 * The advice data and the plan for w->result (which w->answers gave).
 * Returns 0, or -1 with a message printed.  Shared with `footscreen
 * report`, which screens saved answers again.
 */
int	assess_plan(struct assess_work *);
/* A report context for w, with the emergency numbers of country. */
void	assess_context(const struct assess_work *, const char *country,
	    struct report_context *);

#endif
