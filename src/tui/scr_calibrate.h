/*
 * scr_calibrate.h: the state of the calibration wizard screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_CALIBRATE_H
#define FOOTSCREEN_TUI_SCR_CALIBRATE_H

struct scr_calibrate {
	int	unused;		/* the screen's owner fills this in */
};

#endif
