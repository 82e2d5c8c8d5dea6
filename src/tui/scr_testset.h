/*
 * scr_testset.h: the choice of tests (scr_testset.c): the quick or the
 * full set, and the balance-board and helper tests when they can be done.
 */
#ifndef FOOTSCREEN_TUI_SCR_TESTSET_H
#define FOOTSCREEN_TUI_SCR_TESTSET_H

#include "tui/widget.h"

struct scr_testset {
	struct menu	m;
	int		full;		/* else the quick set */
	int		board;		/* with the balance-board tests */
	int		partner;	/* with the tests that need a helper */
};

#endif
