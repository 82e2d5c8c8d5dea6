/*
 * scr_exercise.h: the state of the guided exercise screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_EXERCISE_H
#define FOOTSCREEN_TUI_SCR_EXERCISE_H

struct scr_exercise {
	int	unused;		/* the screen's owner fills this in */
};

#endif
