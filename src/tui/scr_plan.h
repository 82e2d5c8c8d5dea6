/*
 * scr_plan.h: the state of the the plan screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_PLAN_H
#define FOOTSCREEN_TUI_SCR_PLAN_H

struct scr_plan {
	int	unused;		/* the screen's owner fills this in */
};

#endif
