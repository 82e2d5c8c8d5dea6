/*
 * term.c: ncurses on one side, keys.h keys and grid.h cells on the other
 * (stack-notes §3.1-3.6).  The rest of the TUI never sees ncurses.
 */
#include <config.h>

#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>	/* setupterm; its macros name capabilities */
#include <termios.h>
#include <unistd.h>
#include <wchar.h>

#include "tui/keys.h"
#include "tui/term.h"

/* How long a lone Esc waits for the rest of a sequence (§3.1). */
#define TERM_ESCDELAY_MS	25

static SCREEN		*screen;
static int		 started;
static int		 use_color;
/* The terminal as it was before ncurses, for the crash path. */
static struct termios	 saved_tio;
static int		 saved_tio_ok;
/* What was last sent to ncurses, so only changed cells are sent again. */
static struct grid_cell	*shown;
static int		 shown_w, shown_h;

/* Terminal colours by meaning; -1 is the terminal's own (§3.4). */
static const short pair_fg[GC_COUNT] = {
	[GC_DEFAULT] = -1,
	[GC_TITLE] = -1,		/* reversed: the terminal's own colours */
	[GC_OK] = COLOR_GREEN,
	[GC_NOTE] = COLOR_YELLOW,
	[GC_ALERT] = COLOR_RED,
	[GC_INFO] = COLOR_CYAN,
	[GC_MUTED] = -1,		/* dim instead: blue is unreadable on
					 * many dark backgrounds */
};

static void
colors_start(void)
{
	int	i;

	if (start_color() == ERR)
		return;
	use_default_colors();
	for (i = 1; i < GC_COUNT; i++)
		init_pair(i, pair_fg[i], -1);
	use_color = 1;
}

/* Whether terminfo describes $TERM. */
static int
terminal_known(void)
{
	int	err = 0;

	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return 0;
	del_curterm(cur_term);
	return 1;
}

int
term_start(const struct term_options *o, char *err, size_t errlen)
{
	const char	*term = getenv("TERM");

	saved_tio_ok = tcgetattr(STDIN_FILENO, &saved_tio) == 0;
	/* Exported sizes would freeze the window's size (§3.6). */
	unsetenv("LINES");
	unsetenv("COLUMNS");
	/*
	 * newterm, not initscr: a bad TERM must not exit behind our back
	 * (§3.6).  setupterm first: it fails cleanly where a failing newterm
	 * leaves memory behind that the leak checker reports.
	 */
	if (term == NULL || term[0] == '\0' ||
	    !terminal_known() ||
	    (screen = newterm(NULL, stdout, stdin)) == NULL) {
		snprintf(err, errlen, "cannot use the terminal type '%s' "
		    "(TERM); try TERM=xterm-256color, or 'footscreen assess' "
		    "for a screening without a full-screen terminal",
		    term != NULL ? term : "");
		return -1;
	}
	set_term(screen);
	started = 1;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	nodelay(stdscr, TRUE);	/* block in ppoll, never in getch (§3.1) */
	set_escdelay(TERM_ESCDELAY_MS);
	curs_set(0);
	use_color = 0;
	if (o->color && has_colors())
		colors_start();
	if (o->mouse) {
		/*
		 * No click resolution: ncurses would hold a press back for
		 * mouseinterval() to see whether a release follows, which a
		 * loop that sleeps in ppoll would only see at the next key.
		 * A press is the click.
		 */
		mouseinterval(0);
		mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED, NULL);
	}
	free(shown);
	shown = NULL;
	shown_w = shown_h = 0;
	return 0;
}

void
term_stop(void)
{
	if (!started)
		return;
	started = 0;
	mousemask(0, NULL);
	endwin();
	delscreen(screen);
	screen = NULL;
	free(shown);
	shown = NULL;
	shown_w = shown_h = 0;
}

void
term_emergency_restore(void)
{
	/* Mouse off, attributes off, cursor on, keypad off, main screen. */
	static const char	reset[] = "\033[?1000l\033[?1002l\033[?1006l"
	    "\033[0m\033[?25h\033[?1l\033>\033[?1049l\r\n";
	ssize_t			r;

	if (saved_tio_ok)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_tio);
	r = write(STDOUT_FILENO, reset, sizeof reset - 1);
	(void)r;
}

void
term_size(int *ncols, int *nlines)
{
	int	y, x;

	getmaxyx(stdscr, y, x);
	*ncols = x;
	*nlines = y;
}

/* A character from wget_wch as a keys.h key; TK_NONE to skip it. */
static int
key_from_char(wint_t ch)
{
	switch (ch) {
	case '\n':
	case '\r':
		return TK_ENTER;
	case 0x1b:
		return TK_ESC;
	case 0x7f:
	case 0x08:
		return TK_BACKSPACE;
	case '\t':
		return TK_TAB;
	}
	if (ch >= 0x110000 || (ch >= 0xd800 && ch <= 0xdfff))
		return TK_NONE;
	return (int)ch;
}

/* A KEY_* code as a keys.h key; TK_NONE for those the screens do not use. */
static int
key_from_code(wint_t code, int *mx, int *my)
{
	MEVENT	ev;

	if (code >= (wint_t)KEY_F(1) && code <= (wint_t)KEY_F(12))
		return TK_F(code - KEY_F(1) + 1);
	switch (code) {
	case KEY_UP:
		return TK_UP;
	case KEY_DOWN:
		return TK_DOWN;
	case KEY_LEFT:
		return TK_LEFT;
	case KEY_RIGHT:
		return TK_RIGHT;
	case KEY_ENTER:
		return TK_ENTER;
	case KEY_BACKSPACE:
		return TK_BACKSPACE;
	case KEY_BTAB:
		return TK_BTAB;
	case KEY_PPAGE:
		return TK_PGUP;
	case KEY_NPAGE:
		return TK_PGDN;
	case KEY_HOME:
		return TK_HOME;
	case KEY_END:
		return TK_END;
	case KEY_RESIZE:
		return TK_RESIZE;
	case KEY_MOUSE:
		if (getmouse(&ev) == OK &&
		    (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))) {
			*mx = ev.x;
			*my = ev.y;
		}
		return TK_NONE;
	}
	return TK_NONE;
}

int
term_key(int *mx, int *my)
{
	wint_t	ch;
	int	r, key;

	*mx = *my = -1;
	/* Skip what the screens have no use for; stop when none is left. */
	for (;;) {
		r = wget_wch(stdscr, &ch);
		if (r == ERR)
			return TK_NONE;
		if (r == KEY_CODE_YES)
			key = key_from_code(ch, mx, my);
		else
			key = key_from_char(ch);
		if (key != TK_NONE || *mx >= 0)
			return key;
	}
}

static attr_t
attr_of(const struct grid_cell *c)
{
	attr_t	a = A_NORMAL;

	if (c->attr & GA_BOLD)
		a |= A_BOLD;
	if (c->attr & GA_REVERSE)
		a |= A_REVERSE;
	if (c->attr & GA_UNDERLINE)
		a |= A_UNDERLINE;
	if ((c->attr & GA_DIM) || c->color == GC_MUTED)
		a |= A_DIM;
	return a;
}

static int
cell_same(const struct grid_cell *a, const struct grid_cell *b)
{
	return a->ch == b->ch && a->attr == b->attr && a->color == b->color;
}

void
term_draw(const struct grid *g)
{
	const struct grid_cell	*c;
	cchar_t			 cc;
	wchar_t			 wc[2];
	size_t			 n = (size_t)g->w * (size_t)g->h;
	int			 x, y, all = 0;

	if (shown == NULL || shown_w != g->w || shown_h != g->h) {
		free(shown);
		shown_w = shown_h = 0;
		if ((shown = calloc(n, sizeof *shown)) != NULL) {
			shown_w = g->w;
			shown_h = g->h;
		}
		all = 1;
		erase();
	}
	for (y = 0; y < g->h; y++)
		for (x = 0; x < g->w; x++) {
			c = &g->cells[(size_t)y * g->w + x];
			if (!all && shown != NULL &&
			    cell_same(c, &shown[(size_t)y * g->w + x]))
				continue;
			wc[0] = (wchar_t)c->ch;
			wc[1] = L'\0';
			setcchar(&cc, wc, attr_of(c), use_color &&
			    c->color < GC_COUNT ? c->color : 0, NULL);
			/* The last cell may report ERR (no room to move on). */
			mvadd_wch(y, x, &cc);
			if (shown != NULL)
				shown[(size_t)y * g->w + x] = *c;
		}
	wnoutrefresh(stdscr);
	doupdate();
}

void
term_redraw(void)
{
	/* After a resize or a return from ^Z: everything is sent again. */
	free(shown);
	shown = NULL;
	shown_w = shown_h = 0;
	clearok(curscr, TRUE);
}
