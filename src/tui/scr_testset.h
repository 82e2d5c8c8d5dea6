/*
 * scr_testset.h: the state of the choice of test set screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_TESTSET_H
#define FOOTSCREEN_TUI_SCR_TESTSET_H

struct scr_testset {
	int	unused;		/* the screen's owner fills this in */
};

#endif
