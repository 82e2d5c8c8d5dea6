/*
 * scr_plan.h: the state of the plan screen: the selected row of its list
 * (the exercises, then the advice and referral lines).
 */
#ifndef FOOTSCREEN_TUI_SCR_PLAN_H
#define FOOTSCREEN_TUI_SCR_PLAN_H

#include "tui/widget.h"

struct scr_plan {
	struct menu	menu;
	int		scroll;		/* of the selected row's details */
	int		started;	/* an exercise was opened from here */
};

#endif
