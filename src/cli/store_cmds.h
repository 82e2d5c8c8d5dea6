/*
 * store_cmds.h: the history's commands (issue 6):
 *
 *	footscreen [--db PATH] profile list [--search TEXT] [--format text|json]
 *	footscreen profile add NAME [--born YEAR] [--sex female|male]
 *	    [--notes TEXT]
 *	footscreen profile show PROFILE [--format text|json]
 *	footscreen profile edit PROFILE [--name NAME] [--born YEAR]
 *	    [--sex female|male|none] [--notes TEXT]
 *	footscreen profile delete PROFILE [--yes]
 *	footscreen profile export PROFILE [-o FILE]
 *	footscreen history PROFILE [--format text|json|csv]
 *	footscreen report PROFILE [--session ID]
 *	    [--format text|markdown|html|json|csv] [--country CC] [-o FILE]
 *	footscreen db check
 *
 * and the --save part of `footscreen assess ANSWERS.ini --profile NAME
 * --save`.  PROFILE is a display name (any case) or a numeric id.  The
 * database is --db, else [storage] database, else the XDG default
 * (store_path()).  Each command takes argv[0] as its name and returns an
 * exit status of cli/args.h: EXIT_DATA for a database that cannot be
 * used (the message names it and says why), EXIT_USAGE for bad options.
 */
#ifndef FOOTSCREEN_CLI_STORE_CMDS_H
#define FOOTSCREEN_CLI_STORE_CMDS_H

#include "config/config.h"
#include "core/screening.h"

int	cmd_profile(int argc, char **argv, const struct fs_config *,
	    const char *db);
int	cmd_history(int argc, char **argv, const struct fs_config *,
	    const char *db);
int	cmd_report(int argc, char **argv, const struct fs_config *,
	    const char *db);
int	cmd_db(int argc, char **argv, const struct fs_config *,
	    const char *db);

/* What `assess --save` stores. */
struct assess_save {
	const char	*profile;	/* created when missing */
	const char	*date;		/* NULL: now */
	const char	*notes;		/* NULL: none */
};

/*
 * Save a scripted screening for the profile (made when it does not exist
 * yet, with the answers' sex).  Prints what it did on stderr.  Returns
 * an exit status.
 */
int	store_cmds_save(const struct fs_config *, const char *db,
	    const struct assess_save *, const struct screening_answers *,
	    const struct screening_result *);

#endif
