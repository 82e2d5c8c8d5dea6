/*
 * scr_referral.h: the referral screen (scr_referral.c): what the triage
 * says to do, who to see and how soon, in words from strings.h.  The
 * question screens call referral_due() after each group of answers and
 * show it at once when it is (evidence sheet §0.1 rules 1 and 6).
 */
#ifndef FOOTSCREEN_TUI_SCR_REFERRAL_H
#define FOOTSCREEN_TUI_SCR_REFERRAL_H

#include "tui/keys.h"

struct app;

struct scr_referral {
	int		scroll;		/* first line shown */
	/*
	 * Where 'c' continues the screening (an enum screen_id); -1 when
	 * the screen was opened from elsewhere (the plan) and 'c' only goes
	 * back.  next_pending is what referral_show() asked for.
	 */
	int		next;
	int		next_pending;
	int		pending;	/* next_pending was set */
	/* 1ul << RULE_*: referrals the person has read and continued past,
	 * so the same one is not shown again at the next group of answers */
	unsigned long	seen;
};

/*
 * Score the answers so far (app_compute) and tell whether the referral
 * screen must be shown now: an emergency, urgent or routine referral the
 * person has not yet continued past, or an age out of scope.  Returns 1
 * or 0, or -1 when the answers could not be scored (the message says so).
 */
int	referral_due(struct app *);
/* Show it; 'c' continues to next where the tier allows (an enum screen_id). */
void	referral_show(struct app *, int next);
/* Whether the screening may go on past this result: never after an
 * emergency (§0.1 rule 1) or below 18 (§0.1 rule 6). */
int	referral_can_continue(const struct app *);

#endif
