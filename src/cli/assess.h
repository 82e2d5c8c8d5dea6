/*
 * assess.h: `footscreen assess`: read an answers file, run the screening
 * core and the advice engine, and print the result as text or JSON.
 */
#ifndef FOOTSCREEN_CLI_ASSESS_H
#define FOOTSCREEN_CLI_ASSESS_H

#include "config/config.h"

/*
 * argv[0] is the command name.  Returns an exit status (cli/args.h): 0
 * done, EXIT_DATA for an answers file that cannot be read or is invalid
 * (the message names the key and the allowed values), EXIT_USAGE for a
 * bad option.
 */
int	cmd_assess(int argc, char **argv, const struct fs_config *);

#endif
