/*
 * scr_test.h: the state of the one guided self-test screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_TEST_H
#define FOOTSCREEN_TUI_SCR_TEST_H

struct scr_test {
	int	unused;		/* the screen's owner fills this in */
};

#endif
