/*
 * board_cmds.h: the commands that talk to a balance board:
 * `footscreen record` (record.c), `footscreen ports` (ports.c) and
 * `footscreen calibrate` (calibrate.c).
 */
#ifndef FOOTSCREEN_CLI_BOARD_CMDS_H
#define FOOTSCREEN_CLI_BOARD_CMDS_H

#include "config/config.h"

/* argv[0] is the command name.  Each returns an exit status (cli/args.h). */
int	cmd_record(int argc, char **argv, const struct fs_config *);
int	cmd_ports(int argc, char **argv, const struct fs_config *);
int	cmd_calibrate(int argc, char **argv, const struct fs_config *);

#endif
