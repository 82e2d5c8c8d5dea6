/*
 * scr_person.h: the "about you" screen (scr_person.c), a form (form.h).
 */
#ifndef FOOTSCREEN_TUI_SCR_PERSON_H
#define FOOTSCREEN_TUI_SCR_PERSON_H

#include "tui/form.h"

struct scr_person {
	struct form	form;
};

#endif
