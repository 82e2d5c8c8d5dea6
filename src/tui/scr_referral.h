/*
 * scr_referral.h: the state of the referral (emergency, urgent, routine) screen.
 */
#ifndef FOOTSCREEN_TUI_SCR_REFERRAL_H
#define FOOTSCREEN_TUI_SCR_REFERRAL_H

struct scr_referral {
	int	unused;		/* the screen's owner fills this in */
};

#endif
