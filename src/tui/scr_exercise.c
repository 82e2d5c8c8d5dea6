/*
 * scr_exercise.c: one exercise of the plan, guided (issue 5 item 4): its
 * steps beside its picture, the dose, and a counter that follows the
 * dose: sets, repetitions (Space counts one, or a finished hold counts
 * itself), a hold timer, rest between sets, and left then right when the
 * dose is per side.  The cautions are always on screen, and single-leg
 * work under balance caution says to stand within reach of support
 * (evidence sheet §4.4).
 *
 * Order (design rule): within a set, the left side, then the right, as
 * the exercises' own steps say ("finish the set, then change sides");
 * rest comes between sets.  An exercise the plan gives for one side only
 * is done on that side.  A timer runs only while it is counting, and asks
 * to be woken at the next whole second it shows (between 0.1 and 1 s).
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tui/app.h"

/* The plan entry and its exercise; NULL when there is none. */
static const struct exercise *
current(const struct app *app, const struct plan_exercise **pe)
{
	const struct scr_exercise	*s = &app->exercise;

	if (s->item < 0 || (size_t)s->item >= app->plan.nexercises)
		return NULL;
	*pe = &app->plan.exercise[s->item];
	if ((*pe)->exercise >= app->library->n)
		return NULL;
	return &app->library->exercise[(*pe)->exercise];
}

/*
 * The sides to do, in order, into side[]: none (-1) when the dose is not
 * per side; only the side the plan named when it named one.
 */
static int
sides(const struct exercise *ex, const struct plan_exercise *pe, int side[2])
{
	unsigned	lr = pe->sides & (FOUND_LEFT | FOUND_RIGHT);

	if (!ex->dosage.per_side) {
		side[0] = -1;
		return 1;
	}
	if (lr == FOUND_LEFT || lr == FOUND_RIGHT) {
		side[0] = lr == FOUND_LEFT ? SIDE_LEFT : SIDE_RIGHT;
		return 1;
	}
	side[0] = SIDE_LEFT;
	side[1] = SIDE_RIGHT;
	return 2;
}

static void
restart(struct app *app)
{
	struct scr_exercise	*s = &app->exercise;

	s->sidx = 0;
	s->set = 0;
	s->rep = 0;
	s->phase = EXP_READY;
	s->running = 0;
	s->remaining = 0;
	s->last = app->now;
}

/* Count down from secs, waking the loop. */
static void
start_timer(struct app *app, enum exercise_phase phase, double secs)
{
	struct scr_exercise	*s = &app->exercise;

	s->phase = phase;
	s->running = 1;
	s->remaining = secs;
	s->last = app->now;
	app_wake(app, app->now + (secs < 1.0 ? secs : 1.0));
}

/*
 * The set on this side is done: the other side, else rest and the next
 * set, else the end.
 */
static void
side_done(struct app *app)
{
	struct scr_exercise		*s = &app->exercise;
	const struct plan_exercise	*pe;
	const struct exercise		*ex = current(app, &pe);
	int				 side[2];

	if (ex == NULL)
		return;
	s->rep = 0;
	s->running = 0;
	if (s->sidx + 1 < sides(ex, pe, side)) {
		s->sidx++;
		s->phase = EXP_READY;
		return;
	}
	s->sidx = 0;
	if (s->set + 1 >= ex->dosage.sets) {
		s->phase = EXP_DONE;
		return;
	}
	s->set++;
	if (ex->dosage.rest_seconds > 0)
		start_timer(app, EXP_REST, ex->dosage.rest_seconds);
	else
		s->phase = EXP_READY;
}

/* One repetition (or, for a hold-only dose, the hold) is done. */
static void
rep_done(struct app *app, const struct exercise *ex)
{
	struct scr_exercise	*s = &app->exercise;

	s->running = 0;
	s->phase = EXP_READY;
	if (ex->dosage.reps > 0 && ++s->rep < ex->dosage.reps)
		return;
	side_done(app);
}

static void
exercise_enter(struct app *app)
{
	restart(app);
}

/* Space: start a hold, count a repetition, or pause and go on. */
static void
space(struct app *app, const struct exercise *ex)
{
	struct scr_exercise	*s = &app->exercise;

	switch (s->phase) {
	case EXP_READY:
		if (ex->dosage.hold_seconds > 0)
			start_timer(app, EXP_HOLD, ex->dosage.hold_seconds);
		else
			rep_done(app, ex);
		break;
	case EXP_HOLD:
	case EXP_REST:
		s->running = !s->running;
		s->last = app->now;
		if (s->running)
			app_wake(app, app->now);
		break;
	case EXP_DONE:
		break;
	}
}

/* n: on to the next side or set (or past the rest); when done, the next
 * exercise of the plan. */
static void
next(struct app *app)
{
	struct scr_exercise	*s = &app->exercise;

	switch (s->phase) {
	case EXP_READY:
	case EXP_HOLD:
		side_done(app);
		break;
	case EXP_REST:
		s->running = 0;
		s->phase = EXP_READY;
		break;
	case EXP_DONE:
		if ((size_t)s->item + 1 < app->plan.nexercises) {
			s->item++;
			restart(app);
		} else
			app_message(app, 0, "That was the last exercise of "
			    "your plan; Esc goes back to it.");
		break;
	}
}

/* Backspace: take back the last repetition counted. */
static void
undo(struct app *app)
{
	struct scr_exercise	*s = &app->exercise;

	if (s->phase == EXP_DONE || s->rep == 0) {
		app_message(app, 0, "No repetition of this set to take back.");
		return;
	}
	s->rep--;
	s->running = 0;
	s->phase = EXP_READY;
}

static int
exercise_key(struct app *app, int key)
{
	const struct plan_exercise	*pe;
	const struct exercise		*ex = current(app, &pe);

	if (ex == NULL)
		return 0;
	switch (key) {
	case ' ':
		space(app, ex);
		return 1;
	case 'n':
		next(app);
		return 1;
	case TK_BACKSPACE:
		undo(app);
		return 1;
	}
	return 0;
}

static void
exercise_tick(struct app *app)
{
	struct scr_exercise		*s = &app->exercise;
	const struct plan_exercise	*pe;
	const struct exercise		*ex = current(app, &pe);
	double				 step;

	if (ex == NULL || !s->running)
		return;
	s->remaining -= app->now - s->last;
	s->last = app->now;
	if (s->remaining <= 0) {
		if (s->phase == EXP_HOLD)
			rep_done(app, ex);
		else {
			s->running = 0;
			s->phase = EXP_READY;
		}
		return;
	}
	/* Wake when the whole seconds shown change: 0.1 to 1 s from now. */
	step = fmod(s->remaining, 1.0);
	if (step < 0.1)
		step = step < 1e-9 ? 1.0 : 0.1;
	app_wake(app, app->now + step);
}

/* ---- drawing ---- */

/* "[#####.....]" for done of total, w wide. */
static void
bar(struct grid *g, int x, int y, int w, double done, double total)
{
	int	n = total > 0 ? (int)lround((w - 2) * done / total) : 0;

	if (n < 0)
		n = 0;
	if (n > w - 2)
		n = w - 2;
	grid_text(g, x, y, 1, "[", 0, GC_DEFAULT);
	for (int i = 0; i < w - 2; i++)
		grid_text(g, x + 1 + i, y, 1, i < n ? grid_sym(g, "█", "#") :
		    grid_sym(g, "·", "."), 0, i < n ? GC_INFO : GC_MUTED);
	grid_text(g, x + w - 1, y, 1, "]", 0, GC_DEFAULT);
}

/* The counter: set, side, repetition, the timer and what Space does. */
static void
draw_counter(const struct app *app, struct grid *g, struct rect r,
    const struct exercise *ex, const struct plan_exercise *pe)
{
	const struct scr_exercise	*s = &app->exercise;
	const struct exercise_dosage	*d = &ex->dosage;
	int				 side[2], ns = sides(ex, pe, side);
	int				 y = r.y;
	const char			*what;

	if (s->phase == EXP_DONE) {
		grid_text(g, r.x, y++, r.w, "Finished: every set is done.",
		    GA_BOLD, GC_OK);
		if ((size_t)s->item + 1 < app->plan.nexercises) {
			const struct exercise *nx = &app->library->exercise[
			    app->plan.exercise[s->item + 1].exercise];

			grid_printf(g, r.x, y++, r.w, 0, GC_DEFAULT,
			    "n: next, %s", nx->name);
		} else
			grid_wrap(g, r.x, y, r.w, 2, 0, "That was the last "
			    "exercise of your plan; Esc goes back to it.", 0,
			    GC_DEFAULT);
		return;
	}
	grid_printf(g, r.x, y++, r.w, GA_BOLD, GC_DEFAULT, "Set %d of %d",
	    s->set + 1, d->sets);
	if (side[s->sidx < ns ? s->sidx : 0] >= 0)
		grid_text(g, r.x, y++, r.w, strings_text(side[s->sidx] ==
		    SIDE_LEFT ? STR_LEFT_LEG_CAP : STR_RIGHT_LEG_CAP), GA_BOLD,
		    GC_INFO);
	if (d->reps > 0)
		grid_printf(g, r.x, y++, r.w, 0, GC_DEFAULT,
		    "Repetitions: %d of %d", s->rep, d->reps);
	if (s->phase == EXP_HOLD || s->phase == EXP_REST) {
		int	secs = (int)ceil(s->remaining);
		double	total = s->phase == EXP_HOLD ? d->hold_seconds :
			    d->rest_seconds;

		grid_printf(g, r.x, y++, r.w, GA_BOLD, s->phase == EXP_HOLD ?
		    GC_INFO : GC_OK, "%s: %d s%s", s->phase == EXP_HOLD ?
		    "Hold" : "Rest", secs, s->running ? "" : " (paused)");
		bar(g, r.x, y++, r.w, total - s->remaining, total);
	} else
		y++;
	y++;
	if (s->phase == EXP_READY)
		what = d->hold_seconds > 0 ? "Space: start the hold" :
		    "Space: count one repetition";
	else if (s->phase == EXP_REST)
		what = s->running ? "Resting. n: skip the rest" :
		    "Paused. Space: go on";
	else
		what = s->running ? "Holding. Space: pause" :
		    "Paused. Space: go on";
	grid_text(g, r.x, y, r.w, what, 0, GC_MUTED);
}

/*
 * The left column: the steps, then what to take care of, which is drawn
 * from the bottom up so that it always shows.
 */
static void
draw_steps(const struct app *app, struct grid *g, struct rect r,
    const struct exercise *ex, const struct plan_exercise *pe)
{
	char	text[ADVICE_PARA_MAX + 64], lead[24];
	int	y = r.y, bottom = r.y + r.h, n;

	(void)app;
	snprintf(text, sizeof text, "%s: %s", strings_text(STR_CAUTIONS),
	    ex->cautions);
	if (ex->cautions[0] != '\0') {
		n = grid_wrap_lines(r.w, text);
		if (n > r.h / 2)
			n = r.h / 2;
		bottom -= n;
		grid_wrap(g, r.x, bottom, r.w, n, 0, text, 0, GC_NOTE);
	}
	if (pe->with_support) {
		n = grid_wrap_lines(r.w, strings_text(STR_WITH_SUPPORT));
		bottom -= n + 1;
		grid_wrap(g, r.x, bottom, r.w, n, 0,
		    strings_text(STR_WITH_SUPPORT), GA_BOLD, GC_NOTE);
	}
	bottom--;
	for (size_t i = 0; i < ex->nsteps && y < bottom; i++) {
		snprintf(lead, sizeof lead, "%zu.", i + 1);
		grid_text(g, r.x, y, 3, lead, GA_BOLD, GC_DEFAULT);
		y += grid_wrap(g, r.x + 3, y, r.w - 3, bottom - y, 0,
		    ex->step[i], 0, GC_DEFAULT);
	}
}

static void
exercise_draw(const struct app *app, struct grid *g, struct rect body)
{
	const struct plan_exercise	*pe;
	const struct exercise		*ex = current(app, &pe);
	char				 dose[160], line[256];
	int				 y = body.y, rx, i;

	if (ex == NULL) {
		grid_text(g, body.x + 1, y, body.w - 2,
		    strings_text(STR_NO_PLAN), 0, GC_DEFAULT);
		return;
	}
	grid_printf(g, body.x + 1, y++, body.w - 2, GA_BOLD, GC_DEFAULT,
	    "%d of %zu. %s", app->exercise.item + 1, app->plan.nexercises,
	    ex->name);
	strings_dosage(dose, sizeof dose, &ex->dosage);
	snprintf(line, sizeof line, "%s: %s.", strings_text(STR_DOSE), dose);
	y += grid_wrap(g, body.x + 1, y, body.w - 2, 2, 0, line, 0,
	    GC_DEFAULT);
	y++;
	/* The picture and the counter on the right, the steps on the left. */
	rx = body.x + body.w - EXERCISE_ART_COLS - 1;
	for (i = 0; i < (int)ex->nart; i++)
		grid_text(g, rx, y + i, EXERCISE_ART_COLS, ex->art[i], 0,
		    GC_INFO);
	draw_counter(app, g, (struct rect){ rx, y + i + 1, EXERCISE_ART_COLS,
	    body.y + body.h - (y + i + 1) }, ex, pe);
	draw_steps(app, g, (struct rect){ body.x + 1, y, rx - body.x - 3,
	    body.y + body.h - y }, ex, pe);
}

static const struct keybind exercise_keys[] = {
	{ ' ', 0, "start/pause", "Start a hold, count a repetition, or pause "
	    "and go on with the timer.", 1 },
	{ 'n', 0, "next", "On to the next side or set (skipping the rest "
	    "between sets); when the exercise is finished, the next one of "
	    "your plan.", 1 },
	{ TK_BACKSPACE, 0, "undo", "Take back the last repetition counted.",
	    1 },
};

const struct screen_ops screen_exercise = {
	.title = "exercise",
	.keys = exercise_keys,
	.nkeys = sizeof exercise_keys / sizeof exercise_keys[0],
	.help = "One exercise of your plan, step by step. The counter follows "
	    "the dose: press Space to start each hold or to count each "
	    "repetition; rest between sets is timed. Stop if it hurts, and "
	    "read the line on taking care. Esc goes back to the plan.",
	.enter = exercise_enter,
	.key = exercise_key,
	.tick = exercise_tick,
	.draw = exercise_draw,
};
