/*
 * loop.c: tui_run(), the event loop of the full-screen program, after
 * stack-notes §3.1: one ppoll() on the keyboard and the board, with the
 * next timer as its timeout, SIGWINCH and the quitting signals blocked
 * everywhere else so none is lost between a check and the sleep.  It
 * never busy-waits: between a key, a sample and a timer it sleeps.
 *
 * Everything the screens do is in app.c; this file only carries input
 * there and the grid back to the terminal.
 */
#include <config.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
/*
 * <signal.h> may define si_status (a siginfo_t member, and POSIX reserves
 * the si_ prefix to it); core/screening.h names an enum si_status.  This
 * file reads no siginfo_t.
 */
#undef si_status
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "board/board.h"
#include "board/calibration_store.h"
#include "cli/args.h"
#include "screening/advice_load.h"
#include "tui/app.h"
#include "tui/term.h"
#include "tui/tui.h"

/* The demo: the neutral simulated person, standing, at the real pace. */
#define TUI_DEMO_PORT	"sim:neutral?phase=both"
/* Samples taken from the board per read (about 2.5 s at 100 Hz). */
#define TUI_READ_MAX	256

struct tui {
	struct app		 app;
	struct grid		 grid;
	struct exercise_library	 library;
	struct advice_rules	 rules;
	struct board		*board;
	/* Why there is no board (open failed, or port = none). */
	char			 board_error[256];
	/* The last status given to the app, compared byte by byte. */
	struct app_board	 board_last;
	struct board_reading	 readings[TUI_READ_MAX];
};

/* The quitting signal that arrived (0: none); set by the handler. */
static volatile sig_atomic_t	got_signal;

static void
on_quit_signal(int sig)
{
	got_signal = sig;
}

/* A crash: give the terminal back before dying of the same signal. */
static void
on_crash_signal(int sig)
{
	term_emergency_restore();
	signal(sig, SIG_DFL);
	raise(sig);
}

static const int quit_signals[] = { SIGTERM, SIGINT, SIGHUP };
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL,
    SIGABRT };
#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

/*
 * Install the handlers before ncurses starts: ncurses installs its own
 * for SIGINT and SIGTERM only where the default action is still set.
 */
static void
signals_install(void)
{
	struct sigaction	sa;
	size_t			i;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_quit_signal;
	for (i = 0; i < NELEM(quit_signals); i++)
		sigaction(quit_signals[i], &sa, NULL);
	sa.sa_handler = on_crash_signal;
	sa.sa_flags = SA_RESETHAND | SA_NODEFER;
	for (i = 0; i < NELEM(crash_signals); i++)
		sigaction(crash_signals[i], &sa, NULL);
}

static void
signals_restore(void)
{
	size_t	i;

	for (i = 0; i < NELEM(quit_signals); i++)
		signal(quit_signals[i], SIG_DFL);
	for (i = 0; i < NELEM(crash_signals); i++)
		signal(crash_signals[i], SIG_DFL);
}

static double
clock_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
copy_str(char *dst, size_t len, const char *src)
{
	snprintf(dst, len, "%s", src != NULL ? src : "");
}

/* What the board says now, as the app keeps it. */
static void
board_snapshot(const struct tui *t, struct app_board *out)
{
	const struct board	*b = t->board;

	memset(out, 0, sizeof *out);
	if (b == NULL) {
		out->status = BOARD_FAILED;
		copy_str(out->message, sizeof out->message, t->board_error);
		return;
	}
	out->present = 1;
	out->status = board_status(b);
	copy_str(out->message, sizeof out->message, board_message(b));
	copy_str(out->describe, sizeof out->describe, board_describe(b));
	copy_str(out->identity, sizeof out->identity, board_identity(b));
	copy_str(out->protocol, sizeof out->protocol, board_protocol_name(b));
	out->cal_source = board_calibration_source(b);
	out->calibrated = out->cal_source != BOARD_CAL_CONFIG;
	if (board_geometry(b) != NULL)
		out->geometry = *board_geometry(b);
	if (board_calibration(b) != NULL)
		out->calibration = *board_calibration(b);
}

/* ---- struct app_io ---- */

static void
io_demo_phase(void *ctx, enum sim_phase phase)
{
	struct tui	*t = ctx;

	board_sim_phase(t->board, phase);
}

static int
io_set_calibration(void *ctx, const struct board_calibration *cal,
    char *err, size_t errlen)
{
	struct tui		*t = ctx;
	struct cal_store	 st;
	struct cal_error	 ce;

	if (t->board == NULL) {
		snprintf(err, errlen, "no board is connected");
		return -1;
	}
	board_set_calibration(t->board, cal);
	if (calibration_store_load(&st, NULL, &ce) == -1) {
		snprintf(err, errlen, "in use now, but not saved: %s; fix or "
		    "remove that file", ce.msg);
		return -1;
	}
	if (calibration_store_set(&st, board_identity(t->board), cal,
	    &ce) == -1 || calibration_store_save(&st, &ce) == -1) {
		snprintf(err, errlen, "in use now, but not saved: %s", ce.msg);
		calibration_store_free(&st);
		return -1;
	}
	calibration_store_free(&st);
	return 0;
}

/* ---- setting up ---- */

/* Unicode drawing: --ascii and [ui] charset first, else the locale. */
static int
want_utf8(const struct tui_options *o, const struct fs_config *cfg)
{
	if (o->ascii || cfg->ui.charset == CFG_CHARSET_ASCII)
		return 0;
	if (cfg->ui.charset == CFG_CHARSET_UNICODE)
		return 1;
	return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

/* Colour unless --no-color, NO_COLOR (no-color.org) or [ui] color = never. */
static int
want_color(const struct tui_options *o, const struct fs_config *cfg)
{
	const char	*nc = getenv("NO_COLOR");

	if (o->no_color || cfg->ui.color == CFG_COLOR_NEVER)
		return 0;
	return nc == NULL || nc[0] == '\0';
}

/* The built-in or the clinic's advice data; warnings before the screen. */
static int
load_advice(struct tui *t)
{
	struct advice_sources	src;

	if (advice_load(NULL, NULL, &t->library, &t->rules, &src) == -1) {
		cli_error("the built-in advice data is broken: %s%s",
		    src.exercises_error.msg, src.rules_error.msg);
		return -1;
	}
	if (src.exercises_error.msg[0] != '\0')
		cli_error("%s; using the built-in exercises",
		    src.exercises_error.msg);
	if (src.rules_error.msg[0] != '\0')
		cli_error("%s; using the built-in advice rules",
		    src.rules_error.msg);
	return 0;
}

/* Open the board, if any; a failure is shown on the board screen. */
static void
open_board(struct tui *t, const struct tui_options *o,
    const struct fs_config *cfg)
{
	const char	*port = o->port != NULL ? o->port : cfg->board.port;

	if (o->demo)
		port = TUI_DEMO_PORT;
	if (port[0] == '\0' || strcmp(port, "none") == 0) {
		copy_str(t->board_error, sizeof t->board_error, "No board is "
		    "set up ([board] port = none); the tests without a board "
		    "still work.");
		return;
	}
	if (board_open(port, &cfg->board, &t->board, t->board_error,
	    sizeof t->board_error) == -1)
		t->board = NULL;
}

/* home, trainer or kiosk: --mode, else [ui] mode. */
static enum store_mode
tui_mode(const struct tui_options *o, const struct fs_config *cfg)
{
	int	m = o->mode != NULL ? store_mode_lookup(o->mode) : -1;

	if (m == STORE_MODE_HOME || m == STORE_MODE_TRAINER ||
	    m == STORE_MODE_KIOSK)
		return (enum store_mode)m;
	switch (cfg->ui.mode) {
	case CFG_MODE_TRAINER:
		return STORE_MODE_TRAINER;
	case CFG_MODE_KIOSK:
		return STORE_MODE_KIOSK;
	default:
		return STORE_MODE_HOME;
	}
}

/*
 * The history (issue 6), except in a kiosk, which keeps no data and so
 * never opens it, and in the demo unless a database is named.  When it cannot be opened (another program's file, a
 * newer layout, no permission) the app runs without it and the people
 * screen says why; store_open() never writes to a file not ours.
 */
static void
open_store(struct app *app, const struct tui_options *o,
    const struct fs_config *cfg)
{
	struct store_error	err;
	char			path[PATH_MAX];

	app->store = NULL;
	if (app->mode == STORE_MODE_KIOSK)
		return;
	/*
	 * The demo's person and board are simulated: their numbers describe
	 * no one and must not land in a real person's history unless a
	 * database was named on purpose (--db or [storage] database).
	 */
	if (o->demo && o->db == NULL && cfg->storage.database[0] == '\0') {
		app->store_demo = 1;
		copy_str(app->store_error, sizeof app->store_error, "The demo "
		    "keeps no history: its person and board are simulated. "
		    "To try the history with it, name a database with --db "
		    "FILE.");
		return;
	}
	if (store_path(o->db, cfg->storage.database, path, sizeof path,
	    &err) != STORE_OK || store_open(path, STORE_CREATE, &app->store,
	    &err) != STORE_OK) {
		app->store = NULL;
		copy_str(app->store_error, sizeof app->store_error, err.msg);
	}
}

/* ---- the loop ---- */

/* The ppoll timeout for the next timer and the board; NULL: none. */
static struct timespec *
next_timeout(const struct tui *t, struct timespec *ts)
{
	double	wait = t->app.wake_at - clock_now();
	int	bw = t->board != NULL ? board_wait_ms(t->board) : -1;

	if (bw >= 0 && (!isfinite(wait) || bw / 1000.0 < wait))
		wait = bw / 1000.0;
	if (!isfinite(wait))
		return NULL;
	if (wait < 0)
		wait = 0;
	ts->tv_sec = (time_t)wait;
	ts->tv_nsec = (long)((wait - (double)ts->tv_sec) * 1e9);
	return ts;
}

/* The terminal changed size: a new grid, everything sent again. */
static int
resized(struct tui *t)
{
	int	cols, lines;

	term_size(&cols, &lines);
	if (grid_resize(&t->grid, cols, lines) == -1)
		return -1;
	t->app.cols = t->grid.w;
	t->app.lines = t->grid.h;
	term_redraw();
	return 0;
}

/* Every key waiting, clicks turned into the key of what was clicked. */
static int
drain_keys(struct tui *t)
{
	int	key, mx, my;

	while (!t->app.quit) {
		key = term_key(&mx, &my);
		if (key == TK_NONE && mx < 0)
			break;
		if (mx >= 0 && (key = grid_hit_at(&t->grid, mx, my)) == 0)
			continue;
		if (key == TK_RESIZE && resized(t) == -1)
			return -1;
		app_key(&t->app, key);
	}
	return 0;
}

/* Samples while there are any, then the board's status when it changed. */
static void
drain_board(struct tui *t)
{
	struct app_board	snap;
	size_t			n;

	if (t->board == NULL)
		return;
	do {
		n = board_read(t->board, t->readings, TUI_READ_MAX);
		app_board_samples(&t->app, t->readings, n);
	} while (n == TUI_READ_MAX);
	board_snapshot(t, &snap);
	if (memcmp(&snap, &t->board_last, sizeof snap) != 0) {
		memcpy(&t->board_last, &snap, sizeof snap);
		app_board_status(&t->app, &snap);
	}
}

static void
draw(struct tui *t)
{
	app_draw(&t->app, &t->grid);
	term_draw(&t->grid);
	t->app.last_draw = t->app.now;
	t->app.dirty = 0;
}

/* Until the person quits or a signal comes; -1 on an error. */
static int
run(struct tui *t, const sigset_t *sleepmask)
{
	struct timespec	ts;
	struct pollfd	pfd[2];
	int		r;

	draw(t);
	while (!t->app.quit && got_signal == 0) {
		pfd[0].fd = STDIN_FILENO;
		pfd[0].events = POLLIN;
		pfd[1].fd = t->board != NULL ? board_fd(t->board) : -1;
		pfd[1].events = POLLIN;
		pfd[0].revents = pfd[1].revents = 0;
		r = ppoll(pfd, 2, next_timeout(t, &ts), sleepmask);
		if (r == -1 && errno != EINTR)
			return -1;
		if (got_signal != 0)
			break;
		t->app.now = clock_now();
		if (drain_keys(t) == -1)
			return -1;
		/* The terminal went away: stdin would poll readable forever. */
		if (pfd[0].revents & (POLLHUP | POLLERR | POLLNVAL))
			break;
		drain_board(t);
		app_tick(&t->app);
		if (t->app.dirty && !t->app.quit)
			draw(t);
	}
	return 0;
}

int
tui_run(const struct tui_options *o, const struct fs_config *cfg)
{
	struct term_options	 to;
	struct tui		*t;
	sigset_t		 block, sleepmask;
	char			 err[512];
	size_t			 i;
	int			 rc, status = EXIT_OK;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		cli_error("the full-screen program needs a terminal on standard "
		    "input and output; for a screening from a script or a "
		    "file, use 'footscreen assess FILE' (footscreen-answers(5))");
		return EXIT_USAGE;
	}
	if ((t = calloc(1, sizeof *t)) == NULL) {
		cli_error("out of memory");
		return EXIT_DATA;
	}
	if (load_advice(t) == -1) {
		free(t);
		return EXIT_CONFIG;
	}
	setlocale(LC_CTYPE, "");	/* wide characters (§3.3) */
	to.utf8 = want_utf8(o, cfg);
	to.color = want_color(o, cfg);
	to.mouse = 1;
	/* Board messages, like any other, before the screen is taken. */
	open_board(t, o, cfg);

	app_init(&t->app, &t->library, &t->rules, NULL, NULL, clock_now());
	t->app.utf8 = to.utf8;
	t->app.demo = o->demo && t->board != NULL;
	t->app.io.ctx = t;
	t->app.io.demo_phase = io_demo_phase;
	t->app.io.set_calibration = io_set_calibration;
	board_snapshot(t, &t->board_last);
	app_board_status(&t->app, &t->board_last);
	t->app.mode = tui_mode(o, cfg);
	open_store(&t->app, o, cfg);
	profiles_start(&t->app);

	/* Block the signals the loop waits for except inside ppoll (§3.1). */
	sigemptyset(&block);
	sigaddset(&block, SIGWINCH);
	for (i = 0; i < NELEM(quit_signals); i++)
		sigaddset(&block, quit_signals[i]);
	got_signal = 0;
	signals_install();
	sigprocmask(SIG_BLOCK, &block, &sleepmask);
	for (i = 0; i < NELEM(quit_signals); i++)
		sigdelset(&sleepmask, quit_signals[i]);
	sigdelset(&sleepmask, SIGWINCH);

	if (term_start(&to, err, sizeof err) == -1) {
		cli_error("%s", err);
		status = EXIT_USAGE;
		goto out;
	}
	if (grid_init(&t->grid, 1, 1, to.utf8) == -1 || resized(t) == -1) {
		term_stop();
		cli_error("out of memory");
		status = EXIT_DATA;
		goto out;
	}
	rc = run(t, &sleepmask);
	term_stop();
	if (rc == -1) {
		cli_error("the terminal loop failed: %s", strerror(errno));
		status = EXIT_DATA;
	} else if (got_signal != 0)
		status = 128 + got_signal;
out:
	sigprocmask(SIG_UNBLOCK, &block, NULL);
	signals_restore();
	grid_free(&t->grid);
	if (t->board != NULL)
		board_close(t->board);
	store_close(t->app.store);
	free(t);
	return status;
}
