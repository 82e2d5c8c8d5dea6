/*
 * scr_person.h: the state of the about you screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_PERSON_H
#define FOOTSCREEN_TUI_SCR_PERSON_H

struct scr_person {
	int	unused;		/* the screen's owner fills this in */
};

#endif
