/*
 * scr_boardtest.h: the state of the one board test with the live plot screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_BOARDTEST_H
#define FOOTSCREEN_TUI_SCR_BOARDTEST_H

struct scr_boardtest {
	int	unused;		/* the screen's owner fills this in */
};

#endif
