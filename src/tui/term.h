/*
 * term.h: the only ncurses code besides loop.c: start and restore the
 * terminal, translate input into keys.h keys, and copy a grid to the
 * screen.
 */
#ifndef FOOTSCREEN_TUI_TERM_H
#define FOOTSCREEN_TUI_TERM_H

#include <stddef.h>

#include "tui/grid.h"

struct term_options {
	int	color;		/* 0: --no-color or NO_COLOR */
	int	utf8;		/* 0: --ascii or a non-UTF-8 locale */
	int	mouse;
};

/*
 * Start ncurses on the controlling terminal (newterm, so a bad TERM is
 * our message, not a silent exit).  Returns 0, or -1 with err.
 */
int	term_start(const struct term_options *, char *err, size_t errlen);
/* Restore the terminal; safe to call twice and from the exit path. */
void	term_stop(void);
/*
 * From a crash signal's handler: put back the terminal settings saved by
 * term_start and send the reset sequences (mouse off, cursor on, leave the
 * alternate screen).  Async-signal-safe: tcsetattr and write only.
 */
void	term_emergency_restore(void);
/* Send every cell again at the next term_draw (after a resize or ^Z). */
void	term_redraw(void);
/* The size now. */
void	term_size(int *ncols, int *nlines);
/*
 * The next key, or TK_NONE when there is none; a mouse click comes back
 * as *mouse_x, *mouse_y >= 0 with the key TK_NONE.
 */
int	term_key(int *mouse_x, int *mouse_y);
/* Show the grid (only the cells that changed reach the terminal). */
void	term_draw(const struct grid *);

#endif
