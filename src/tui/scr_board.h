/*
 * scr_board.h: the state of the board status and information screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_BOARD_H
#define FOOTSCREEN_TUI_SCR_BOARD_H

struct scr_board {
	int	unused;		/* the screen's owner fills this in */
};

#endif
