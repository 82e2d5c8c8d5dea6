/*
 * scr_symptoms.h: the state of the symptoms screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_SYMPTOMS_H
#define FOOTSCREEN_TUI_SCR_SYMPTOMS_H

struct scr_symptoms {
	int	unused;		/* the screen's owner fills this in */
};

#endif
