/*
 * scr_redflags.h: the state of the red-flag questions screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_REDFLAGS_H
#define FOOTSCREEN_TUI_SCR_REDFLAGS_H

struct scr_redflags {
	int	unused;		/* the screen's owner fills this in */
};

#endif
