/*
 * app.c: the TUI's state machine (app.h): navigation through the screens,
 * the keys every screen shares, timers, board input and the core run.
 * Drawing is in app_draw.c.
 */
#include <config.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/status.h"
#include "tui/app.h"

const struct screen_ops *const screen_ops_table[SCR_COUNT] = {
	[SCR_WELCOME] = &screen_welcome,
	[SCR_ABOUT] = &screen_about,
	[SCR_REDFLAGS] = &screen_redflags,
	[SCR_REFERRAL] = &screen_referral,
	[SCR_PERSON] = &screen_person,
	[SCR_SYMPTOMS] = &screen_symptoms,
	[SCR_TESTSET] = &screen_testset,
	[SCR_TEST] = &screen_test,
	[SCR_BOARD] = &screen_board,
	[SCR_CALIBRATE] = &screen_calibrate,
	[SCR_BOARDTEST] = &screen_boardtest,
	[SCR_RESULTS] = &screen_results,
	[SCR_PLAN] = &screen_plan,
	[SCR_EXERCISE] = &screen_exercise,
	[SCR_PROFILES] = &screen_profiles,
	[SCR_HISTORY] = &screen_history,
};

/*
 * The live plot redraws at most this often: samples arrive at up to
 * 100 Hz and a terminal needs no more than 20 frames a second to look
 * smooth (design rule).
 */
#define APP_DRAW_INTERVAL_S	0.05

static const char *const screen_names[SCR_COUNT] = {
#define SCREEN_X_NAME(id, name) [SCR_##id] = name,
	SCREEN_LIST(SCREEN_X_NAME)
#undef SCREEN_X_NAME
};

const char *
screen_name(enum screen_id id)
{
	if ((unsigned)id >= SCR_COUNT)
		return "?";
	return screen_names[id];
}

static const struct screen_ops *
ops(const struct app *app)
{
	return screen_ops_table[app->screen];
}

/* Everything that belongs to one screening, cleared for a new one. */
static void
app_start(struct app *app)
{
	screening_answers_init(&app->answers);
	app->wake_at = INFINITY;
	app->dirty = 1;
	app->quit = 0;
	app->screen = SCR_WELCOME;
	app->step = 0;
	app->nhistory = 0;
	app->overlay = OVERLAY_NONE;
	app->help_scroll = 0;
	app->message[0] = '\0';
	app->message_alert = 0;
	if (ops(app)->enter != NULL)
		ops(app)->enter(app);
}

void
app_init(struct app *app, const struct exercise_library *library,
    const struct advice_rules *rules, const struct screening_norms *norms,
    const struct emergency_contact *contact, double now)
{
	memset(app, 0, sizeof *app);
	app->library = library;
	app->rules = rules;
	app->norms = norms;
	app->contact = contact != NULL ? contact : strings_emergency("");
	app->now = now;
	app->last_draw = -INFINITY;
	app->cols = 100;
	app->lines = 30;
	live_init(&app->live, NULL);
	app_start(app);
}

void
app_reset(struct app *app)
{
	/* What came from outside (data, io, board, terminal) stays. */
	const struct exercise_library	*library = app->library;
	const struct advice_rules	*rules = app->rules;
	const struct screening_norms	*norms = app->norms;
	const struct emergency_contact	*contact = app->contact;
	const struct app_io		 io = app->io;
	const struct app_board		 board = app->board;
	const int			 demo = app->demo, utf8 = app->utf8;
	const int			 cols = app->cols, lines = app->lines;
	const double			 now = app->now;
	const double			 last_draw = app->last_draw;
	const enum store_mode		 mode = app->mode;
	struct store *const		 store = app->store;
	const int64_t			 profile_id = app->profile_id;
	const int			 store_demo = app->store_demo;
	const int			 profile_born = app->profile_born;
	char				 profile_name[STORE_NAME_MAX + 1];
	char				 store_error[APP_STORE_ERROR_MAX];

	memcpy(profile_name, app->profile_name, sizeof profile_name);
	memcpy(store_error, app->store_error, sizeof store_error);
	memset(app, 0, sizeof *app);
	app->mode = mode;
	app->store = store;
	app->store_demo = store_demo;
	app->profile_id = profile_id;
	app->profile_born = profile_born;
	memcpy(app->profile_name, profile_name, sizeof profile_name);
	memcpy(app->store_error, store_error, sizeof store_error);
	app->last_key = now;
	app->library = library;
	app->rules = rules;
	app->norms = norms;
	app->contact = contact;
	app->io = io;
	app->board = board;
	app->demo = demo;
	app->utf8 = utf8;
	app->cols = cols;
	app->lines = lines;
	app->now = now;
	app->last_draw = last_draw;
	live_init(&app->live, board.present ? &app->board.geometry : NULL);
	app_start(app);
}

/* Keys while the help page is open. */
static void
help_key(struct app *app, int key)
{
	int	page, max;

	max = app_help_rows(app, &page) - page;
	if (page < 1)
		page = 1;
	switch (key) {
	case TK_ESC:
	case TK_ENTER:
	case TK_F1:
	case 'q':
	case '?':
		app->overlay = OVERLAY_NONE;
		break;
	default:
		scroll_by_key(&app->help_scroll, key, page, max);
		break;
	}
	/* The page may have grown or shrunk since the last key. */
	scroll_clamp(&app->help_scroll, max);
}

/* Keys while "quit?" is asked. */
static void
quit_key(struct app *app, int key)
{
	switch (key) {
	case 'y':
	case 'Y':
	case TK_ENTER:
		app->quit = 1;
		app->overlay = OVERLAY_NONE;
		break;
	case 'n':
	case 'N':
	case TK_ESC:
		app->overlay = OVERLAY_NONE;
		break;
	}
}

void
app_quit_ask(struct app *app)
{
	if (app->touched)
		app->overlay = OVERLAY_QUIT;
	else
		app->quit = 1;
	app->dirty = 1;
}

void
app_key(struct app *app, int key)
{
	app->dirty = 1;
	/* A kiosk's countdown to a reset: a key cancels it, and only that. */
	if (kiosk_key(app, key))
		return;
	if (app->overlay == OVERLAY_HELP) {
		help_key(app, key);
		return;
	}
	if (app->overlay == OVERLAY_QUIT) {
		quit_key(app, key);
		return;
	}
	if (key == TK_RESIZE)
		return;		/* the next draw lays everything out again */
	if (ops(app)->key != NULL && ops(app)->key(app, key))
		return;
	switch (key) {
	case '?':
	case TK_F1:
		app->overlay = OVERLAY_HELP;
		app->help_scroll = 0;
		break;
	case TK_ESC:
	case TK_BACKSPACE:
		app_back(app);
		break;
	case 'q':
	case TK_F(10):
		/* A kiosk is left by a signal only (systemd stops it). */
		if (app->mode != STORE_MODE_KIOSK)
			app_quit_ask(app);
		break;
	}
}

void
app_tick(struct app *app)
{
	if (app->now >= app->wake_at) {
		app->wake_at = INFINITY;
		if (ops(app)->tick != NULL)
			ops(app)->tick(app);
		app->dirty = 1;
	}
	/* After the screen's tick, so that its wake-up is not lost. */
	kiosk_tick(app);
}

void
app_board_samples(struct app *app, const struct board_reading *r, size_t n)
{
	if (n == 0)
		return;
	live_push(&app->live, r, n);
	if (ops(app)->tick != NULL)
		ops(app)->tick(app);
	if (app->now - app->last_draw >= APP_DRAW_INTERVAL_S)
		app->dirty = 1;
	else
		app_wake(app, app->last_draw + APP_DRAW_INTERVAL_S);
}

void
app_board_status(struct app *app, const struct app_board *b)
{
	const struct screen_ops	*ops = screen_ops_table[app->screen];
	int			 regeom, restatus;

	restatus = b->status != app->board.status ||
	    b->present != app->board.present;
	regeom = b->geometry.width_mm != app->board.geometry.width_mm ||
	    b->geometry.length_mm != app->board.geometry.length_mm ||
	    b->present != app->board.present;
	if (b != &app->board)
		app->board = *b;
	if (regeom)
		live_init(&app->live, app->board.present ?
		    &app->board.geometry : NULL);
	/* A board test must stop a trial the moment the board goes. */
	if (restatus && ops->tick != NULL)
		ops->tick(app);
	app->dirty = 1;
}

/*
 * Leave the current screen for id at this step: the current one goes on
 * the history (the oldest falls off a full history).
 */
static void
nav_push(struct app *app, enum screen_id id, int step)
{
	if (app->nhistory == APP_HISTORY_MAX) {
		memmove(app->history, app->history + 1,
		    (APP_HISTORY_MAX - 1) * sizeof app->history[0]);
		app->nhistory--;
	}
	app->history[app->nhistory].screen = app->screen;
	app->history[app->nhistory].step = app->step;
	app->nhistory++;
	app->step = step;
	app_replace(app, id);
}

void
app_goto(struct app *app, enum screen_id id)
{
	nav_push(app, id, app->step);
}

int
app_back(struct app *app)
{
	const struct app_nav	*nav;

	if (app->nhistory == 0)
		return 0;
	nav = &app->history[--app->nhistory];
	app->screen = nav->screen;
	app->step = nav->step;
	app->message[0] = '\0';
	app->message_alert = 0;
	app->dirty = 1;
	if (ops(app)->resume != NULL)
		ops(app)->resume(app);
	return 1;
}

void
app_replace(struct app *app, enum screen_id id)
{
	if ((unsigned)id >= SCR_COUNT)
		return;
	app->screen = id;
	app->message[0] = '\0';
	app->message_alert = 0;
	app->dirty = 1;
	if (ops(app)->enter != NULL)
		ops(app)->enter(app);
}

void
app_wake(struct app *app, double t)
{
	if (t < app->wake_at)
		app->wake_at = t;
}

void
app_message(struct app *app, int alert, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(app->message, sizeof app->message, fmt, ap);
	va_end(ap);
	app->message_alert = alert;
	app->dirty = 1;
}

void
app_touch(struct app *app)
{
	app->touched = 1;
	app->have_result = 0;
	app->dirty = 1;
}

int
app_compute(struct app *app)
{
	enum core_status	st;

	app->have_result = 0;
	memset(&app->plan, 0, sizeof app->plan);
	st = screening_run(&app->answers, app->norms, &app->result);
	if (st != CORE_OK) {
		app_message(app, 1, "The answers could not be scored (%s); "
		    "go back and check the numbers given.", core_strerror(st));
		return -1;
	}
	if (app->result.plan_allowed) {
		st = advice_plan(app->rules, app->library,
		    &app->result.findings, app->result.triage.tier,
		    app->answers.age_years, &app->plan);
		if (st != CORE_OK) {
			app_message(app, 1, "No exercise plan could be made "
			    "(%s): the advice data do not fit together.",
			    core_strerror(st));
			return -1;
		}
	}
	app->have_result = 1;
	app->dirty = 1;
	return 0;
}

void
app_plan_steps(struct app *app)
{
	app->nsteps = catalog_select(app->sets, app->steps, APP_STEPS_MAX);
	if (app->nsteps < 0)
		app->nsteps = 0;
	app->step = -1;
}

void
app_next_step(struct app *app)
{
	const char	*why, *skipped = NULL;
	enum test_id	 skipped_id = TEST_COUNT;
	int		 i;

	for (i = app->step + 1; i < app->nsteps; i++) {
		why = test_skip_reason(app, app->steps[i]);
		if (why == NULL)
			break;
		skipped = why;
		skipped_id = app->steps[i];
	}
	if (i < app->nsteps) {
		nav_push(app, test_is_board(app->steps[i]) ? SCR_BOARDTEST :
		    SCR_TEST, i);
		if (skipped != NULL)
			app_message(app, 0, "Left out: %s: %s",
			    test_title(skipped_id), skipped);
		return;
	}
	if (app_compute(app) == -1)
		return;
	nav_push(app, SCR_RESULTS, app->nsteps);
	if (skipped != NULL)
		app_message(app, 0, "Left out: %s: %s", test_title(skipped_id),
		    skipped);
}
