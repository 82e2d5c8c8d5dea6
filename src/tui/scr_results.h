/*
 * scr_results.h: the state of the results screen: which section is shown,
 * the selected line of each, and whether the selected line's reason is
 * open.
 */
#ifndef FOOTSCREEN_TUI_SCR_RESULTS_H
#define FOOTSCREEN_TUI_SCR_RESULTS_H

#include "tui/widget.h"

/* The sections, in tab order (keys 1 to 5). */
enum results_section {
	RS_OVERVIEW,	/* body map, triage in one line, the findings */
	RS_FEET,
	RS_ASYMMETRY,
	RS_BALANCE,
	RS_TRIAGE,
	RS_COUNT
};

struct scr_results {
	enum results_section	section;
	struct menu		menu[RS_COUNT];	/* selected line */
	int			panel;		/* the reason is open */
	int			panel_scroll;	/* its first line shown */
};

#endif
