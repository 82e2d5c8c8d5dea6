/*
 * app_draw.c: what every screen has around its body: the title bar, the
 * message line, the hint bar, and the help and quit overlays (app.h).
 * The hint bar and the help page are made from the same key tables, so
 * a key cannot be on one and missing from the other.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "tui/app.h"

/* The keys every screen has, after the screen's own (app.c handles them). */
static const struct keybind global_keys[] = {
	{ '?', TK_F1, "help", "Show this page; Esc closes it.", 1 },
	{ TK_ESC, TK_BACKSPACE, "back",
	    "Go back to the screen before; what you answered is kept.", 1 },
	{ 'q', TK_F(10), "quit",
	    "Leave footscreen (it asks first when answers would be lost).",
	    1 },
};
#define NGLOBAL_KEYS	(sizeof global_keys / sizeof global_keys[0])

/* The help page's key column ("Esc, Backspace" and a gap: design rule). */
#define HELP_NAME_COLS	17
/* The help box: this wide at most, for lines that read easily. */
#define HELP_BOX_COLS	78

static const struct screen_ops *
ops(const struct app *app)
{
	return screen_ops_table[app->screen];
}

static const char *
screen_title(const struct app *app)
{
	const char	*t = ops(app)->title;

	return t != NULL ? t : screen_name(app->screen);
}

/* The board as the title bar shows it, in words (never colour alone). */
static const char *
board_state(const struct app *app)
{
	if (app->demo)
		return "demo board";
	if (!app->board.present)
		return "no board";
	switch (app->board.status) {
	case BOARD_WAITING:
		return "board: waiting";
	case BOARD_CONNECTED:
		return "board: connected";
	case BOARD_SILENT:
		return "board: silent";
	case BOARD_RETRYING:
		return "board: lost — retrying";
	case BOARD_ENDED:
		return "board: ended";
	case BOARD_FAILED:
		return "board: failed";
	}
	return "board: ?";
}

/* Text centred on row y (clipped at the left edge when too long). */
static void
text_centred(struct grid *g, int y, const char *s, int attr, int color)
{
	int	n = grid_text_width(g, s);

	grid_text(g, n < g->w ? (g->w - n) / 2 : 0, y, -1, s, attr, color);
}

/*
 * Below the smallest size: a clear screen and one line saying so, the
 * longest wording that fits.
 */
static void
draw_too_small(struct grid *g)
{
	char	line[4][160];
	int	i;

	snprintf(line[0], sizeof line[0], "footscreen needs a window of at "
	    "least %d×%d; this one is %d×%d. Please make it bigger.",
	    APP_MIN_COLS, APP_MIN_LINES, g->w, g->h);
	snprintf(line[1], sizeof line[1], "Please make the window at least "
	    "%d×%d (now %d×%d).", APP_MIN_COLS, APP_MIN_LINES, g->w, g->h);
	snprintf(line[2], sizeof line[2], "Need %d×%d, have %d×%d",
	    APP_MIN_COLS, APP_MIN_LINES, g->w, g->h);
	snprintf(line[3], sizeof line[3], "Need %d×%d", APP_MIN_COLS,
	    APP_MIN_LINES);
	for (i = 0; i < 3; i++)
		if (grid_text_width(g, line[i]) <= g->w)
			break;
	grid_clear(g);
	text_centred(g, g->h / 2, line[i], GA_BOLD, GC_DEFAULT);
}

static void
draw_title(const struct app *app, struct grid *g)
{
	char	right[96];
	int	n;

	grid_fill(g, (struct rect){ 0, 0, g->w, 1 }, GA_REVERSE, GC_TITLE);
	if ((app->screen == SCR_TEST || app->screen == SCR_BOARDTEST) &&
	    app->step >= 0 && app->step < app->nsteps)
		snprintf(right, sizeof right, "test %d of %d · %s",
		    app->step + 1, app->nsteps, board_state(app));
	else
		snprintf(right, sizeof right, "%s", board_state(app));
	n = grid_text_width(g, right);
	if (n > g->w / 2)
		n = g->w / 2;
	grid_printf(g, 1, 0, g->w - n - 4, GA_REVERSE | GA_BOLD, GC_TITLE,
	    "footscreen — %s", screen_title(app));
	grid_text(g, g->w - 1 - n, 0, n, right, GA_REVERSE, GC_TITLE);
}

static void
draw_message(const struct app *app, struct grid *g, int y)
{
	if (app->message[0] == '\0')
		return;
	if (app->message_alert)
		grid_printf(g, 1, y, g->w - 2, GA_BOLD, GC_ALERT, "! %s",
		    app->message);
	else
		grid_text(g, 1, y, g->w - 2, app->message, 0, GC_DEFAULT);
}

/* "Enter" and its label as one clickable hint at x; returns its width. */
static int
hint_one(struct grid *g, int x, int y, int maxw, const struct keybind *k)
{
	char	name[32];
	int	n, m;

	tui_key_name(k->key, name, sizeof name);
	n = grid_text_width(g, name) + 1 + grid_text_width(g, k->label);
	if (n > maxw)
		return 0;
	m = grid_text(g, x, y, -1, name, GA_BOLD, GC_DEFAULT);
	grid_text(g, x + m + 1, y, -1, k->label, 0, GC_MUTED);
	grid_hit(g, x, y, n, k->key);
	return n;
}

/* Whether the global key exists at all: a kiosk cannot be quit. */
static int
global_offered(const struct app *app, const struct keybind *k)
{
	return k->key != 'q' || app->mode != STORE_MODE_KIOSK;
}

/* Whether the global key is offered here (no "back" with nowhere to go). */
static int
global_shown(const struct app *app, const struct keybind *k)
{
	return global_offered(app, k) && (k->key != TK_ESC ||
	    app->nhistory > 0);
}

/* A global key already on the bar: not shown twice. */
static int
is_global(const struct app *app, int key)
{
	size_t	i;

	for (i = 0; i < NGLOBAL_KEYS; i++)
		if (global_keys[i].key == key && global_shown(app,
		    &global_keys[i]))
			return 1;
	return 0;
}

/*
 * The screen's hinted keys, then the global ones.  The globals are laid
 * out first from the right so that help and quit are never crowded out.
 */
static void
draw_hints(const struct app *app, struct grid *g, int y)
{
	const struct screen_ops	*o = ops(app);
	char			 name[32];
	int			 x = 1, gx, gw = 0, n;
	size_t			 i;

	for (i = 0; i < NGLOBAL_KEYS; i++)
		if (global_shown(app, &global_keys[i]))
			gw += grid_text_width(g, tui_key_name(global_keys[i].key,
			    name, sizeof name)) + 1 +
			    grid_text_width(g, global_keys[i].label) + 2;
	gx = g->w - gw;
	if (gx < 1)
		gx = 1;
	for (i = 0; i < o->nkeys; i++) {
		if (!o->keys[i].hint || o->keys[i].label == NULL ||
		    is_global(app, o->keys[i].key))
			continue;
		if (o->key_shown != NULL && !o->key_shown(app, o->keys[i].key))
			continue;
		n = hint_one(g, x, y, gx - x - 2, &o->keys[i]);
		if (n == 0)
			break;
		x += n + 2;
	}
	for (i = 0; i < NGLOBAL_KEYS; i++) {
		if (!global_shown(app, &global_keys[i]))
			continue;
		n = hint_one(g, gx, y, g->w - gx, &global_keys[i]);
		gx += n + 2;
	}
}

/* Where the help page's text goes, scrolled. */
struct help_view {
	struct grid	*g;
	struct rect	 r;
	int		 scroll;
	int		 row;	/* the next row of the whole page */
};

/*
 * Text at row of the page, column dx, w wide, drawn where it is in view.
 * Returns the lines it takes.
 */
static int
help_text(struct help_view *v, int row, int dx, int w, const char *s,
    int attr, int color)
{
	int	first = row - v->scroll, skip = 0, lines;

	if (first < 0) {
		skip = -first;
		first = 0;
	}
	lines = v->r.h - first;
	if (lines < 0)
		lines = 0;
	return grid_wrap(v->g, v->r.x + dx, v->r.y + first, w, lines, skip, s,
	    attr, color);
}

/* A paragraph across the page; the page moves on past it. */
static void
help_block(struct help_view *v, const char *s, int attr, int color)
{
	v->row += help_text(v, v->row, 0, v->r.w, s, attr, color);
}

/* "Esc, Backspace" in the key column and the key's help beside it. */
static void
help_key_entry(struct help_view *v, const struct keybind *k)
{
	char	name[32], alias[32], both[72];
	int	a, b;

	tui_key_name(k->key, name, sizeof name);
	if (k->alias != 0)
		snprintf(both, sizeof both, "%s, %s", name,
		    tui_key_name(k->alias, alias, sizeof alias));
	else
		snprintf(both, sizeof both, "%s", name);
	a = help_text(v, v->row, 0, HELP_NAME_COLS - 1, both, GA_BOLD,
	    GC_DEFAULT);
	b = help_text(v, v->row, HELP_NAME_COLS, v->r.w - HELP_NAME_COLS,
	    k->help != NULL ? k->help : k->label, 0, GC_DEFAULT);
	v->row += a > b ? a : b;
}

/*
 * The whole help page: the screen's paragraph, its keys, the global keys.
 * Returns the rows it takes; v->g with no cells counts without drawing.
 */
static int
help_page(const struct app *app, struct help_view *v)
{
	const struct screen_ops	*o = ops(app);
	size_t			 i;

	if (o->help != NULL) {
		help_block(v, o->help, 0, GC_DEFAULT);
		v->row++;
	}
	if (o->nkeys > 0) {
		help_block(v, "Keys on this screen", GA_BOLD,
		    GC_INFO);
		for (i = 0; i < o->nkeys; i++)
			help_key_entry(v, &o->keys[i]);
		v->row++;
	}
	help_block(v, "Keys on every screen", GA_BOLD, GC_INFO);
	for (i = 0; i < NGLOBAL_KEYS; i++)
		if (global_offered(app, &global_keys[i]))
			help_key_entry(v, &global_keys[i]);
	help_block(v, "A mouse click on a key in the bottom line, "
	    "or on a row of a list, works like pressing it.", 0, GC_MUTED);
	return v->row;
}

/* The help box for a terminal of cols x lines; its text area inside. */
static struct rect
help_box(int cols, int lines)
{
	struct rect	r;

	r.w = cols - 4 < HELP_BOX_COLS ? cols - 4 : HELP_BOX_COLS;
	r.h = lines - 2;
	r.x = (cols - r.w) / 2;
	r.y = 1;
	return r;
}

static struct rect
help_text_area(struct rect box)
{
	return (struct rect){ box.x + 2, box.y + 1, box.w - 4, box.h - 3 };
}

int
app_help_rows(const struct app *app, int *visible)
{
	struct grid		none = { .utf8 = app->utf8 };
	struct help_view	v = {
		.g = &none,
		.r = help_text_area(help_box(app->cols, app->lines)),
	};

	*visible = v.r.h;
	v.r.h = 0;
	return help_page(app, &v);
}

static void
draw_help(const struct app *app, struct grid *g)
{
	struct rect		box = help_box(g->w, g->h);
	struct help_view	v = { .g = g, .r = help_text_area(box),
				    .scroll = app->help_scroll };
	char			title[96];
	int			rows;

	snprintf(title, sizeof title, "Help: %s", screen_title(app));
	grid_fill(g, box, 0, GC_DEFAULT);
	grid_box(g, box, title, GC_INFO);
	rows = help_page(app, &v);
	if (rows > v.r.h)
		grid_printf(g, v.r.x, box.y + box.h - 2, v.r.w, 0, GC_MUTED,
		    "lines %d-%d of %d   Up/Down PgUp/PgDn scroll",
		    app->help_scroll + 1, app->help_scroll + v.r.h < rows ?
		    app->help_scroll + v.r.h : rows, rows);
	grid_text(g, box.x + box.w - 13, box.y + box.h - 2, 11, "Esc close",
	    GA_BOLD, GC_DEFAULT);
	grid_hit(g, box.x + box.w - 13, box.y + box.h - 2, 9, TK_ESC);
}

static void
draw_quit(const struct app *app, struct grid *g)
{
	struct rect	box = { (g->w - 50) / 2, g->h / 2 - 3, 50, 6 };

	(void)app;
	grid_fill(g, box, 0, GC_DEFAULT);
	grid_box(g, box, "Quit?", GC_NOTE);
	grid_wrap(g, box.x + 2, box.y + 1, box.w - 4, 2, 0,
	    "Quit footscreen? The answers given so far will be lost.", 0,
	    GC_DEFAULT);
	grid_text(g, box.x + 2, box.y + 4, 6, "y quit", GA_BOLD, GC_DEFAULT);
	grid_hit(g, box.x + 2, box.y + 4, 6, 'y');
	grid_text(g, box.x + 12, box.y + 4, 6, "n stay", GA_BOLD, GC_DEFAULT);
	grid_hit(g, box.x + 12, box.y + 4, 6, 'n');
}

void
app_draw(const struct app *app, struct grid *g)
{
	struct rect	body;

	if (g->w < APP_MIN_COLS || g->h < APP_MIN_LINES) {
		draw_too_small(g);
		return;
	}
	grid_clear(g);
	draw_title(app, g);
	body = (struct rect){ 0, 1, g->w, g->h - 3 };
	if (ops(app)->draw != NULL)
		ops(app)->draw(app, g, body);
	draw_message(app, g, g->h - 2);
	draw_hints(app, g, g->h - 1);
	if (app->overlay == OVERLAY_HELP)
		draw_help(app, g);
	else if (app->overlay == OVERLAY_QUIT)
		draw_quit(app, g);
}
