/*
 * scr_results.h: the state of the results screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_RESULTS_H
#define FOOTSCREEN_TUI_SCR_RESULTS_H

struct scr_results {
	int	unused;		/* the screen's owner fills this in */
};

#endif
