/*
 * scr_welcome.c: the first screen (issue 5 item 1): what footscreen is in
 * a few plain sentences, how long it takes, and how to start.  Someone
 * who has never heard the word pronation should know what to do next.
 */
#include <config.h>

#include <math.h>

#include "tui/app.h"

/* Minutes the quick set of tests takes, rounded to whole minutes. */
static int
quick_minutes(void)
{
	enum test_id	t[TEST_COUNT];
	double		sum = 0;
	int		n = catalog_select(SET_QUICK, t, TEST_COUNT);

	for (int i = 0; i < n; i++)
		sum += test_minutes(t[i]);
	return (int)lround(sum);
}

static void
welcome_layout(const struct app *app, struct doc *d)
{
	char	line[256];
	int	color;

	doc_text(d, 0, "footscreen", GA_BOLD, GC_TITLE);
	doc_text(d, 0, "a self-check of your feet, your balance and the "
	    "warning signs of back pain", 0, GC_MUTED);
	doc_blank(d);
	doc_text(d, 0, "footscreen asks a few questions and then guides you "
	    "through simple tests of how your feet sit and how steady you "
	    "are on each leg. It describes what it finds in plain words and "
	    "suggests exercises where they fit.", 0, GC_DEFAULT);
	doc_blank(d);
	doc_text(d, 0, "It checks first for warning signs that need a doctor. "
	    "It does not diagnose anything.", 0, GC_DEFAULT);
	doc_blank(d);
	doc_printf(d, 0, 0, GC_DEFAULT, "The questions take a few minutes; "
	    "the quick set of tests about %d more, and it needs no "
	    "equipment.", quick_minutes());
	doc_blank(d);
	if (app->board.present)
		doc_printf(d, 0, 0, GC_DEFAULT, "A balance board is set up "
		    "(%s). Press b to look at it before you start.",
		    app->board.status == BOARD_CONNECTED ? "connected" :
		    board_status_name(app->board.status));
	else if (app->demo)
		doc_text(d, 0, "Demo mode: a simulated balance board stands "
		    "in for a real one.", 0, GC_NOTE);
	doc_blank(d);
	/* Whose screening this is, and where the history is (issue 6). */
	if (profiles_welcome_line(app, line, sizeof line, &color)) {
		doc_text(d, 0, line, GA_BOLD, color);
		doc_blank(d);
	}
	doc_text(d, 0, "Press Enter to start.", GA_BOLD, GC_DEFAULT);
	/* A kiosk cannot be quit from the keyboard. */
	doc_text(d, 0, app->mode == STORE_MODE_KIOSK ? "On any screen, ? "
	    "shows help and Esc goes back." : "On any screen, ? shows help, "
	    "Esc goes back and q quits.", 0, GC_MUTED);
}

static void
welcome_enter(struct app *app)
{
	app->intro.scroll = 0;
}

static int
welcome_key(struct app *app, int key)
{
	int	rows, total;

	switch (key) {
	case TK_ENTER:
		profiles_prefill_age(app);
		app_goto(app, SCR_ABOUT);
		return 1;
	case 'b':
	case 'B':
		/* The hint says so only when there is a board to look at. */
		if (!app->board.present)
			return 0;
		app_goto(app, SCR_BOARD);
		return 1;
	}
	if (profiles_welcome_key(app, key))
		return 1;
	total = doc_measure(app, welcome_layout, &rows);
	return doc_scroll_key(&app->intro.scroll, total, rows, key);
}

static void
welcome_draw(const struct app *app, struct grid *g, struct rect body)
{
	struct rect	r = intro_column(body);
	struct doc	d;

	/* Some air above the text when the window is tall enough. */
	doc_init(&d, NULL, r, 0);
	welcome_layout(app, &d);
	if (d.y + 2 <= r.h) {
		r.y += (r.h - d.y) / 3;
		r.h -= (r.h - d.y) / 3;
	}
	doc_show(app, g, r, app->intro.scroll, welcome_layout);
}

static const struct keybind welcome_keys[] = {
	{ TK_ENTER, 0, "start", "Start a screening.", 1 },
	{ 'b', 0, "balance board",
	    "Look at the balance board's live reading (only when a board is "
	    "set up).", 0 },
	{ 'h', 0, "history", "The screenings saved for the person chosen.",
	    1 },
	{ 'p', 0, "person", "Choose who this screening is for, or add a "
	    "person; when the history could not be opened, why.", 1 },
};

static int
welcome_key_shown(const struct app *app, int key)
{
	return key != 'h' && key != 'p' ? 1 : profiles_welcome_shown(app,
	    key);
}

const struct screen_ops screen_welcome = {
	.title = "welcome",
	.keys = welcome_keys,
	.nkeys = sizeof welcome_keys / sizeof welcome_keys[0],
	.help = "footscreen guides you through a self-check: questions about "
	    "warning signs and pain, then simple tests of your feet and "
	    "balance, then what the results show and exercises that may "
	    "help. Press Enter to begin. Your answers are kept when you go "
	    "back with Esc.",
	.enter = welcome_enter,
	.key = welcome_key,
	.key_shown = welcome_key_shown,
	.draw = welcome_draw,
};
