/*
 * board_wait.h: waiting on a board from a command-line command, the way
 * stack-notes §3.1 describes for the TUI: one ppoll(2) on the board's
 * descriptor (and the terminal when a command prompts), with the board's
 * own deadline as the timeout, so an idle wait costs no CPU.
 *
 * SIGINT and SIGTERM only set a flag.  They stay blocked except inside
 * ppoll, which unblocks them atomically, so a signal can never slip in
 * between checking the flag and going to sleep.
 */
#ifndef FOOTSCREEN_CLI_BOARD_WAIT_H
#define FOOTSCREEN_CLI_BOARD_WAIT_H

#include "board/board.h"

/* What woke the wait up. */
#define WAIT_BOARD	0x1	/* the board's descriptor is ready */
#define WAIT_STDIN	0x2	/* standard input is ready */
#define WAIT_SIGNAL	0x4	/* SIGINT or SIGTERM arrived */

/* Catch SIGINT and SIGTERM as described above; -1 on failure. */
int	wait_signals_catch(void);
/* Put the handlers and the signal mask back as they were. */
void	wait_signals_restore(void);
/* The signal that stopped us, or 0. */
int	wait_interrupted(void);

/*
 * Sleep until the board has input or work (board_wait_ms), stdin is
 * readable when watch_stdin, a signal arrives, or max_ms passes (-1: no
 * limit of our own).  Returns the WAIT_* bits, 0 for a timeout.
 */
int	wait_board(const struct board *, int watch_stdin, int max_ms);

#endif
