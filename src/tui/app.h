/*
 * app.h: the TUI as a state machine with no terminal in it (stack-notes
 * §3.7a).  The event loop (loop.c) owns ncurses, the clock and the board;
 * it feeds this model keys (app_key), board samples (app_board_samples),
 * board status (app_board_status) and time (app_tick), and asks it to draw
 * into a grid (app_draw).  Tests do the same without a terminal.
 *
 * Screens.  Each screen is one file, scr_NAME.c, exporting a struct
 * screen_ops: its key table (which also makes the hint bar and the help
 * page), an enter hook, a pure key handler, a tick for timers and samples,
 * and a draw function.  Its state is a struct in scr_NAME.h, held in
 * struct app below.  Keys go first to an open overlay (help, quit
 * confirmation), then to the screen, then to the global keys: ? and F1
 * help, Esc and Backspace back, q and F10 quit (confirming when answers
 * would be lost).  A screen that edits text consumes the keys it needs.
 *
 * Time is seconds on a monotonic clock, app->now, set by the caller before
 * every call.  A screen that runs a timer asks to be woken with
 * app_wake(); the loop sleeps in ppoll() until then, a key or a sample,
 * and never busy-waits.
 *
 * What the app must do outside itself (tell the simulated person what to
 * do in the demo, store a calibration) goes through struct app_io, which a
 * test can fill with fakes.
 */
#ifndef FOOTSCREEN_TUI_APP_H
#define FOOTSCREEN_TUI_APP_H

#include <stddef.h>

#include "board/board.h"
#include "board/sim_model.h"
#include "core/advice.h"
#include "core/screening.h"
#include "screening/strings.h"
#include "store/store.h"
#include "tui/catalog.h"
#include "tui/grid.h"
#include "tui/keys.h"
#include "tui/live.h"
#include "tui/scr_board.h"
#include "tui/scr_intro.h"
#include "tui/scr_boardtest.h"
#include "tui/scr_calibrate.h"
#include "tui/scr_exercise.h"
#include "tui/scr_person.h"
#include "tui/scr_plan.h"
#include "tui/scr_profiles.h"
#include "tui/scr_history.h"
#include "tui/scr_redflags.h"
#include "tui/scr_referral.h"
#include "tui/scr_results.h"
#include "tui/scr_symptoms.h"
#include "tui/scr_test.h"
#include "tui/scr_testset.h"

/* Every screen, as X(identifier, name): the name is for tests and logs. */
#define SCREEN_LIST(X) \
	X(WELCOME, "welcome") \
	X(ABOUT, "about") \
	X(REDFLAGS, "redflags") \
	X(REFERRAL, "referral") \
	X(PERSON, "person") \
	X(SYMPTOMS, "symptoms") \
	X(TESTSET, "testset") \
	X(TEST, "test") \
	X(BOARD, "board") \
	X(CALIBRATE, "calibrate") \
	X(BOARDTEST, "boardtest") \
	X(RESULTS, "results") \
	X(PLAN, "plan") \
	X(EXERCISE, "exercise") \
	X(PROFILES, "profiles") \
	X(HISTORY, "history")

enum screen_id {
#define SCREEN_X_ENUM(id, name) SCR_##id,
	SCREEN_LIST(SCREEN_X_ENUM)
#undef SCREEN_X_ENUM
	SCR_COUNT
};

const char	*screen_name(enum screen_id);

struct app;

/* One key of a screen: the hint bar and the help page are made from these. */
struct keybind {
	int		 key;	/* TK_* or a character */
	int		 alias;	/* a second key doing the same (a letter for a
				 * function key, Space for Enter); 0 none */
	const char	*label;	/* hint bar: "next" (short) */
	const char	*help;	/* help page: one sentence */
	int		 hint;	/* shown in the hint bar (else help only) */
};

struct screen_ops {
	const char		*title;		/* title bar */
	const struct keybind	*keys;
	size_t			 nkeys;
	/*
	 * A paragraph for the help page: what the screen is for and how to
	 * use it; NULL for none.
	 */
	const char		*help;
	/* Entering the screen going forward (not on the way back); may be NULL. */
	void	(*enter)(struct app *);
	/*
	 * Coming back to the screen with Esc (app->step restored first); may
	 * be NULL.  Screens whose state depends on app->step (a test) rebuild
	 * it here from the answers given.
	 */
	void	(*resume)(struct app *);
	/* Returns 1 when the key was handled, 0 to pass it to the global keys. */
	int	(*key)(struct app *, int key);
	/* Time passed or samples arrived; may be NULL. */
	void	(*tick)(struct app *);
	/*
	 * Whether a key of the table applies in the screen's present state,
	 * for the hint bar (the help page lists them all); NULL: all do.
	 */
	int	(*key_shown)(const struct app *, int key);
	/* Draw into the body rectangle (the title, message and hint lines are
	 * the app's).  The body is at least 80 x 20. */
	void	(*draw)(const struct app *, struct grid *, struct rect body);
};

/* Indexed by enum screen_id; the screens are in scr_*.c. */
extern const struct screen_ops *const screen_ops_table[SCR_COUNT];
extern const struct screen_ops screen_welcome, screen_about,
    screen_redflags, screen_referral, screen_person, screen_symptoms,
    screen_testset, screen_test, screen_board, screen_calibrate,
    screen_boardtest, screen_results, screen_plan, screen_exercise,
    screen_profiles, screen_history;

/* What the app asks of the world outside it; any member may be NULL. */
struct app_io {
	void	*ctx;
	/* Demo: the simulated person does what the screen asked. */
	void	(*demo_phase)(void *ctx, enum sim_phase);
	/*
	 * Use this calibration for the board from now on and store it for
	 * the board; returns 0, or -1 with err.
	 */
	int	(*set_calibration)(void *ctx, const struct board_calibration *,
		    char *err, size_t errlen);
};

/* Where a screen was: the history the Back key returns through. */
struct app_nav {
	enum screen_id	screen;
	int		step;	/* app->step at the time */
};

#define APP_HISTORY_MAX	64
#define APP_STEPS_MAX	TEST_COUNT
#define APP_MESSAGE_MAX	256
/* Why the history could not be opened: a sentence naming the file. */
#define APP_STORE_ERROR_MAX	(PATH_MAX + 512)	/* store_error.msg */

enum app_overlay { OVERLAY_NONE, OVERLAY_HELP, OVERLAY_QUIT };

/* The smallest terminal the screens are laid out for (issue 5 item 5). */
#define APP_MIN_COLS	80
#define APP_MIN_LINES	24

/* Everything the board layer told us, copied so the app needs no board. */
struct app_board {
	int			present;	/* a board was opened */
	enum board_status	status;
	char			message[256];	/* board_message() */
	char			describe[512];	/* board_describe() */
	char			identity[128];
	char			protocol[16];	/* "native", "generic" */
	int			calibrated;	/* a stored or device calibration */
	enum board_cal_source	cal_source;	/* board_calibration_source() */
	struct board_geometry	geometry;
	struct board_calibration calibration;
};

struct app {
	/* ---- given by the caller (app_init's arguments) ---- */
	const struct exercise_library	*library;
	const struct advice_rules	*rules;
	const struct screening_norms	*norms;		/* NULL: built in */
	const struct emergency_contact	*contact;
	struct app_io			 io;
	int				 demo;		/* --demo */
	int				 utf8;

	/* ---- the clock and the loop ---- */
	double		now;		/* seconds, monotonic */
	double		wake_at;	/* INFINITY: nothing asked */
	double		last_draw;	/* when the loop last drew */
	int		dirty;		/* something changed: draw again */
	int		quit;		/* the loop should end */
	int		cols, lines;	/* the terminal's size */

	/* ---- navigation ---- */
	enum screen_id	screen;
	int		step;		/* index in steps[] on TEST/BOARDTEST */
	struct app_nav	history[APP_HISTORY_MAX];
	int		nhistory;
	enum app_overlay overlay;
	int		help_scroll;
	/* one line above the hint bar: a hint, or what was wrong */
	char		message[APP_MESSAGE_MAX];
	int		message_alert;	/* show it as an error */

	/* ---- the screening ---- */
	struct screening_answers answers;
	int		touched;	/* answers would be lost on quit */
	unsigned	sets;		/* SET_* chosen on the test-set screen */
	enum test_id	steps[APP_STEPS_MAX];
	int		nsteps;
	struct screening_result	result;
	struct advice_plan	plan;
	int		have_result;	/* result and plan are current */

	/* ---- the board ---- */
	struct app_board	board;
	struct live		live;

	/* ---- the history (issue 6; scr_profiles.c, scr_history.c) ---- */
	enum store_mode	 mode;		/* home, trainer or kiosk */
	/* NULL: no history (kiosk, or store_error says why) */
	struct store	*store;
	char		 store_error[APP_STORE_ERROR_MAX];
	int		 store_demo;	/* left closed: the demo saves nothing */
	int64_t		 profile_id;	/* whose screening; 0: not saved */
	char		 profile_name[STORE_NAME_MAX + 1];
	int		 profile_born;	/* year of birth; 0: not given */
	int64_t		 session_id;	/* this screening as saved; 0: not */
	double		 last_key;	/* kiosk: when a key last came */
	int		 kiosk_countdown;	/* kiosk: the reset is shown */

	/* ---- each screen's own state ---- */
	struct scr_intro	intro;		/* welcome and about */
	struct scr_redflags	redflags;
	struct scr_referral	referral;
	struct scr_person	person;
	struct scr_symptoms	symptoms;
	struct scr_testset	testset;
	struct scr_test		test;
	struct scr_board	boardscr;
	struct scr_calibrate	calibrate;
	struct scr_boardtest	boardtest;
	struct scr_results	results;
	struct scr_plan		planscr;
	struct scr_exercise	exercise;
	struct scr_profiles	profiles;
	struct scr_history	history_scr;
};

/*
 * Set up a new screening on the welcome screen.  library and rules must
 * stay valid while the app is used; norms NULL is the built-in table;
 * contact NULL is strings_emergency("").
 */
void	app_init(struct app *, const struct exercise_library *,
	    const struct advice_rules *, const struct screening_norms *,
	    const struct emergency_contact *, double now);

/* Feed one key (keys.h).  Sets dirty when the screen changed. */
void	app_key(struct app *, int key);
/* Time has passed: run the screen's tick when due. */
void	app_tick(struct app *);
/* The board sent samples; they go into app->live, then the screen's tick. */
void	app_board_samples(struct app *, const struct board_reading *, size_t n);
/* The board's status, message and identity, as board.h reports them. */
void	app_board_status(struct app *, const struct app_board *);

/*
 * Draw everything into g (sized cols x lines): the title bar, the screen,
 * the message line and the hint bar; an overlay on top; below
 * APP_MIN_COLS x APP_MIN_LINES one line asking for a bigger window.
 */
void	app_draw(const struct app *, struct grid *);

/* ---- for screens ---- */

/* Go forward to a screen (history kept; its enter hook runs). */
void	app_goto(struct app *, enum screen_id);
/* Back to the previous screen, as Esc does; 0 when there is none. */
int	app_back(struct app *);
/* Replace the current screen without keeping it in the history. */
void	app_replace(struct app *, enum screen_id);
/* Ask to be ticked by time t (the earliest request wins). */
void	app_wake(struct app *, double t);
/* A one-line message above the hint bar; alert for an error.  printf-style. */
void	app_message(struct app *, int alert, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
/* Answers changed: quit must confirm, and results are stale. */
void	app_touch(struct app *);
/*
 * Run the core on the answers so far (screening_run, then advice_plan when
 * a plan is allowed) into app->result and app->plan.  Returns 0, or -1
 * with a message when the answers are out of range.
 */
int	app_compute(struct app *);
/*
 * After the test-set screen: fill steps[] from app->sets.  Then
 * app_next_step() goes to the first test that is not skipped, or to the
 * results when none is left.
 */
void	app_plan_steps(struct app *);
void	app_next_step(struct app *);
/*
 * Start again on the welcome screen with no answers (a kiosk's reset).
 * The mode, the store and the profile stay: a trainer's next screening
 * of the same client starts here.
 */
void	app_reset(struct app *);
/* Quit, asking first when answers would be lost (q, F10, a quit button). */
void	app_quit_ask(struct app *);

/* ---- between app.c and app_draw.c ---- */

/*
 * The rows the help page needs at the terminal's size, and in *visible
 * the rows its box shows at once (for scrolling).
 */
int	app_help_rows(const struct app *, int *visible);

#endif
