/*
 * store_common.h: what the history's commands (store_cmds.h) share:
 * their options, opening the database and finding a profile in it, and
 * writing their output.  Every function prints its own message
 * (cli_error) and returns an exit status of cli/args.h.
 */
#ifndef FOOTSCREEN_CLI_STORE_COMMON_H
#define FOOTSCREEN_CLI_STORE_COMMON_H

#include <stdio.h>

#include <jansson.h>

#include "config/config.h"
#include "store/store.h"

/* The long options; a command allows some of them (struct cmd). */
enum {
	O_SEARCH = 256, O_FORMAT, O_BORN, O_SEX, O_NOTES, O_NAME, O_SESSION,
	O_COUNTRY, O_YES, O_OUT
};
#define OPT_BIT(o)	(1u << ((o) - O_SEARCH))

/* A command's words: what cmd_args() accepts for it. */
struct cmd {
	const char		*name;		/* "profile show" */
	unsigned		 allowed;	/* OPT_BIT()s; -o is O_OUT */
	int			 npos;		/* positional arguments */
	const char *const	*formats;	/* --format's; NULL: none */
	int			 nformats;	/* the first is the default */
	void			(*usage)(FILE *);
};

/* Every option's value (NULL when not given), --yes and --format. */
struct opts {
	const char	*v[O_OUT - O_SEARCH + 1];
	int		 yes;
	int		 fmt;		/* index in cmd.formats */
};
#define OPT(o, x)	((o)->v[(x) - O_SEARCH])

/*
 * Parse a command's options and exactly c->npos positional arguments
 * into pos.  Returns 0 to go on, or 1 when the command is over with *rc
 * its exit status: EXIT_OK after --help, EXIT_USAGE after an error.
 */
int	cmd_args(const struct cmd *c, int argc, char **argv, struct opts *,
	    const char **pos, int *rc);

/* --born YEAR or "none" (0) into *year; -1 after a message. */
int	cmd_born(const char *, int *year);
/* --sex female|male|none into *sex; -1 after a message. */
int	cmd_sex(const char *, enum sex *sex);
/* The word of a sex for output: "female", "male" or "". */
const char	*cmd_sex_word(enum sex);

/* "out of memory": EXIT_DATA. */
int	cmd_nomem(void);
/* A store failure: its message printed, EXIT_DATA. */
int	cmd_store_fail(const struct store_error *);
/*
 * Open the command's database.  Returns EXIT_OK, or EXIT_DATA with the
 * message printed; *missing (may be NULL) says the file does not exist
 * (EXIT_OK, *s NULL).
 */
int	cmd_db_open(const struct fs_config *, const char *db, unsigned flags,
	    struct store **s, int *missing);
/*
 * Open the database and find PROFILE (a name or an id) in it, into *p
 * (allocated: a profile holds kilobytes of notes).  Returns EXIT_OK, or
 * an exit status with the message printed and nothing left open.
 */
int	cmd_profile_open(const struct fs_config *, const char *db,
	    const char *key, struct store **s, struct store_profile **p);
/*
 * A command about one PROFILE (its one positional argument): cmd_args()
 * then cmd_profile_open().  Returns 0 to go on, or 1 when the command is
 * over with *rc its exit status and nothing left open.
 */
int	cmd_profile_begin(const struct cmd *, int argc, char **argv,
	    const struct fs_config *, const char *db, struct opts *,
	    struct store **s, struct store_profile **p, int *rc);
/* Close what cmd_profile_open() opened. */
void	cmd_profile_close(struct store *, struct store_profile *);

/* Where -o goes: the file (mode 0600, personal data) or stdout. */
FILE	*cmd_out_open(const char *path);
/* Finish output: EXIT_OK, or EXIT_DATA when it could not be written. */
int	cmd_out_close(FILE *, const char *path);
/* Give up on output after a failure (a file is closed, stdout kept). */
void	cmd_out_abort(FILE *);
/* Print a JSON document to stdout and free it; an exit status. */
int	cmd_json_print(json_t *);

/* A profile's fields as JSON, with its sessions and last screening. */
json_t	*cmd_profile_json(const struct store_profile *);
/* The date part of an ISO time, "2026-10-01". */
const char	*cmd_day(char *buf, size_t len, const char *iso);

#endif
