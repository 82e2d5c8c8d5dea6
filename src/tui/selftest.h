/*
 * selftest.h: the guided self-test screen's parts (scr_test.c, its pages,
 * answers and keys) that its other files share: the timed and counted
 * part (test_timed.c) and the drawing (test_draw.c).  Only for those
 * files.
 */
#ifndef FOOTSCREEN_TUI_SELFTEST_H
#define FOOTSCREEN_TUI_SELFTEST_H

#include "tui/app.h"
#include "tui/scr_test.h"

/* Springer 2007 stops a single-leg stance trial at 45 s (§4.1). */
#define STANCE_CAP_S		45.0
/* CDC STEADI: the tandem stance is held for 10 s (§4.3). */
#define TANDEM_S		10.0
/*
 * Hebert-Losier 2017 (§5.1, [S] for the pace): a metronome at 60 beats a
 * minute, one beat up and one down, on the incline protocol.  The flat
 * floor protocol (Lunsford 1995) gives no pace in the sheet.
 */
#define HEEL_RAISE_BEAT_S	1.0
/* The timers show tenths of a second: wake that often (design rule). */
#define TIMER_STEP_S		0.1
/* Rows PgUp and PgDn move in a list (design rule). */
#define MENU_PAGE		5
/* Where the picture goes on the "how to" page: columns from the right. */
#define PICTURE_COLS		24

static inline struct scr_test *
tst_of(struct app *app)
{
	return &app->test;
}

static inline const struct test_page *
tst_cur_page(const struct scr_test *t)
{
	if (t->npages == 0)
		return NULL;
	return &t->pages[t->page];
}

static inline const struct selftest_question *
tst_page_question(const struct scr_test *t, const struct test_page *p, int i)
{
	return &t->st->q[p->q + i];
}

/* ---- scr_test.c ---- */

/* Keep v as q's answer on side (the field of app->answers). */
void	tst_store_number(struct app *, const struct selftest_question *,
	    int side, double v);
/*
 * Whether v may be kept for q: the limits are the answers file's
 * (footscreen-answers(5)), read from answers_key_allowed() so that the
 * screen and the file can never disagree.  On refusal, a message names
 * the value and what is allowed.
 */
int	tst_number_allowed(struct app *, const struct selftest_question *,
	    int side, double v);
/* The number of choices of q, not counting "Not sure". */
int	tst_choice_count(const struct selftest_question *);
/* On to the next page; after the last, the next test. */
void	tst_page_next(struct app *);

/* ---- the timed and counted part: test_timed.c ---- */

/* The best stance trial of a side; NAN when none. */
double	tst_best_trial(const struct scr_test *, int side);
/* The stance question's field (sls_eyes_open_s or _closed_s). */
const struct selftest_question	*tst_timed_question(const struct scr_test *);
/* Seconds since the timer started, cut to the tenth shown. */
double	tst_elapsed_tenths(double now, double t0);
/* No more trials on this side: all three done, or the cap reached. */
int	tst_stance_done(const struct scr_test *, int side);
/* The metronome runs on the incline protocol only (HEEL_RAISE_BEAT_S). */
int	tst_metronome_on(const struct app *);
/* The keys and timers of the TP_DO page of each kind of test. */
int	tst_stance_key(struct app *, int side, int key);
void	tst_stance_tick(struct app *, int side);
int	tst_tandem_key(struct app *, int key);
void	tst_tandem_tick(struct app *);
int	tst_heel_raise_key(struct app *, int side, int key);
void	tst_heel_raise_tick(struct app *);

/* ---- test_draw.c ---- */

/* The screen's draw (screen_ops). */
void	tst_draw(const struct app *, struct grid *, struct rect body);

#endif
