/*
 * boardtest.h: what the balance-board test screen's two files share:
 * scr_boardtest.c runs the trial, boardtest_draw.c draws it.  Only for
 * those files.
 */
#ifndef FOOTSCREEN_TUI_BOARDTEST_H
#define FOOTSCREEN_TUI_BOARDTEST_H

#include "tui/app.h"

/* Sample times are sums of 1/fs steps: compare durations with slack. */
#define BT_EPS_S	1e-6

/* Whether the test is single-leg stance (else quiet stance). */
static inline int
bt_sls(const struct scr_boardtest *s)
{
	return s->test == TEST_BOARD_SLS;
}

/* The screen's draw (screen_ops). */
void	bt_draw(const struct app *, struct grid *, struct rect body);

#endif
