/*
 * scr_intro.h: the state of the welcome and about screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_INTRO_H
#define FOOTSCREEN_TUI_SCR_INTRO_H

struct scr_intro {
	int	unused;		/* the screen's owner fills this in */
};

#endif
