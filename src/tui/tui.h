/*
 * tui.h: the full-screen program: `footscreen` with no command, and
 * `footscreen --demo` on the simulated board.
 */
#ifndef FOOTSCREEN_TUI_TUI_H
#define FOOTSCREEN_TUI_TUI_H

#include "config/config.h"

struct tui_options {
	const char	*port;		/* board port; NULL: [board] port; "none" */
	int		 demo;		/* the simulated board, acting as told */
	int		 no_color;	/* --no-color (NO_COLOR is read too) */
	int		 ascii;		/* --ascii: no Unicode drawing */
	/* --mode home, trainer or kiosk; NULL: [ui] mode */
	const char	*mode;
	/* --db: the history database; NULL: [storage] database */
	const char	*db;
};

/*
 * Run the TUI until the person quits.  Refuses (with a message on stderr,
 * before touching the terminal) when standard input or output is not a
 * terminal, or the terminal type is unknown.  Returns an exit status
 * (cli/args.h).
 */
int	tui_run(const struct tui_options *, const struct fs_config *);

#endif
