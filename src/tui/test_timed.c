/*
 * test_timed.c: the timed and counted part of a guided self-test
 * (selftest.h): single-leg stance, up to three timed trials a side; the
 * tandem stance's countdown; heel raises counted, with a metronome on the
 * incline protocol.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>

#include "tui/selftest.h"

/* The best stance trial of a side; NAN when none. */
double
tst_best_trial(const struct scr_test *t, int side)
{
	double	best = NAN;

	for (int i = 0; i < t->ntrials[side]; i++)
		if (isnan(best) || t->trial[side][i] > best)
			best = t->trial[side][i];
	return best;
}

/* The stance question's field (sls_eyes_open_s or _closed_s). */
const struct selftest_question *
tst_timed_question(const struct scr_test *t)
{
	for (int i = 0; i < t->st->nq; i++)
		if (t->st->q[i].kind == Q_NUMBER &&
		    (t->st->q[i].flags & Q_SIDE))
			return &t->st->q[i];
	return NULL;
}

/* Seconds since the timer started, cut to the tenth shown. */
double
tst_elapsed_tenths(double now, double t0)
{
	double	e = now - t0;

	if (!(e > 0))
		return 0;
	return floor(e * 10.0 + 1e-9) / 10.0;
}

/* A trial ended at `secs`: keep it; the best of them is the answer. */
static void
stance_record(struct app *app, int side, double secs)
{
	struct scr_test			*t = tst_of(app);
	const struct selftest_question	*q = tst_timed_question(t);

	t->running = 0;
	if (t->ntrials[side] >= TEST_TRIALS)
		return;
	if (secs > STANCE_CAP_S)
		secs = STANCE_CAP_S;
	t->trial[side][t->ntrials[side]++] = secs;
	if (q != NULL)
		tst_store_number(app, q, side, tst_best_trial(t, side));
}

/* No more trials on this side: all three done, or the cap reached. */
int
tst_stance_done(const struct scr_test *t, int side)
{
	return t->ntrials[side] >= TEST_TRIALS ||
	    tst_best_trial(t, side) >= STANCE_CAP_S;
}

static void
wake_next_tenth(struct app *app, double t0)
{
	double	e = app->now - t0;

	app_wake(app, t0 + (floor(e / TIMER_STEP_S + 1e-9) + 1) *
	    TIMER_STEP_S);
}

/* trial_key(): the clock was stopped, the screen keeps the trial. */
#define TRIAL_STOPPED	2

/*
 * The keys of a timed trial.  Space starts the clock; Space or Enter
 * stops it (TRIAL_STOPPED).  Enter while it is not running, or Space
 * once the test is done, goes on to the next page; s skips (a trial under
 * way is dropped, those done are kept); Esc drops a trial under way,
 * saying `dropped` when not NULL.  Returns 1 when the key was used.
 */
static int
trial_key(struct app *app, int key, int done, const char *dropped)
{
	struct scr_test	*t = tst_of(app);

	switch (key) {
	case ' ':
	case TK_ENTER:
		if (t->running)
			return TRIAL_STOPPED;
		if (key == TK_ENTER || done) {
			tst_page_next(app);
			return 1;
		}
		t->running = 1;
		t->t0 = app->now;
		wake_next_tenth(app, t->t0);
		return 1;
	case 's':
	case 'S':
		tst_page_next(app);
		return 1;
	case TK_ESC:
		if (!t->running)
			return 0;
		t->running = 0;
		if (dropped != NULL)
			app_message(app, 0, "%s", dropped);
		return 1;
	}
	return 0;
}

int
tst_stance_key(struct app *app, int side, int key)
{
	struct scr_test	*t = tst_of(app);
	int		 rc;

	rc = trial_key(app, key, tst_stance_done(t, side), "That try was not "
	    "counted.");
	if (rc == TRIAL_STOPPED) {
		stance_record(app, side, tst_elapsed_tenths(app->now, t->t0));
		return 1;
	}
	return rc;
}

void
tst_stance_tick(struct app *app, int side)
{
	struct scr_test	*t = tst_of(app);

	if (!t->running)
		return;
	if (app->now - t->t0 >= STANCE_CAP_S) {
		stance_record(app, side, STANCE_CAP_S);
		app_message(app, 0, "Stopped at %g seconds, the test's limit.",
		    STANCE_CAP_S);
		return;
	}
	wake_next_tenth(app, t->t0);
}

static void
tandem_store(struct app *app, int held)
{
	struct scr_test	*t = tst_of(app);

	t->running = 0;
	t->tandem = held ? ANSWER_YES : ANSWER_NO;
	app->answers.tandem_10s = (enum answer)t->tandem;
	app_touch(app);
}

int
tst_tandem_key(struct app *app, int key)
{
	int	rc = trial_key(app, key, 0, NULL);

	if (rc == TRIAL_STOPPED) {
		tandem_store(app, 0);
		return 1;
	}
	return rc;
}

void
tst_tandem_tick(struct app *app)
{
	struct scr_test	*t = tst_of(app);

	if (!t->running)
		return;
	if (app->now - t->t0 >= TANDEM_S) {
		tandem_store(app, 1);
		app_message(app, 0, "Held for %g seconds.", TANDEM_S);
		return;
	}
	wake_next_tenth(app, t->t0);
}

/* The metronome runs on the incline protocol only (see the top). */
int
tst_metronome_on(const struct app *app)
{
	return app->answers.heel_raise_protocol == HRP_INCLINE_10DEG;
}

static void
reps_store(struct app *app, int side)
{
	struct scr_test			*t = tst_of(app);
	const struct selftest_question	*q = tst_timed_question(t);

	t->counted[side] = 1;
	if (q != NULL)
		tst_store_number(app, q, side, t->reps[side]);
}

int
tst_heel_raise_key(struct app *app, int side, int key)
{
	struct scr_test			*t = tst_of(app);
	const struct selftest_question	*q = tst_timed_question(t);

	switch (key) {
	case ' ':
		/* The answers file's limit holds for the count too. */
		if (q != NULL && !tst_number_allowed(app, q, side,
		    t->reps[side] + 1))
			return 1;
		t->reps[side]++;
		reps_store(app, side);
		if (!t->running && tst_metronome_on(app)) {
			t->running = 1;
			t->t0 = app->now;
			app_wake(app, t->t0 + HEEL_RAISE_BEAT_S);
		}
		return 1;
	case TK_BACKSPACE:
		if (t->reps[side] > 0) {
			t->reps[side]--;
			reps_store(app, side);
		}
		return 1;
	case TK_ENTER:
	case 's':
	case 'S':
		tst_page_next(app);
		return 1;
	}
	return 0;
}

void
tst_heel_raise_tick(struct app *app)
{
	struct scr_test	*t = tst_of(app);
	double		 beats;

	if (!t->running)
		return;
	beats = floor((app->now - t->t0) / HEEL_RAISE_BEAT_S + 1e-9);
	app_wake(app, t->t0 + (beats + 1) * HEEL_RAISE_BEAT_S);
}
