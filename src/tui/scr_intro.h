/*
 * scr_intro.h: the welcome and about screens (scr_welcome.c,
 * scr_about.c), and the paragraph writer they share with the referral
 * screen: text laid out top to bottom in a rectangle, word-wrapped, with
 * bullets and indents, scrolled by whole lines.
 */
#ifndef FOOTSCREEN_TUI_SCR_INTRO_H
#define FOOTSCREEN_TUI_SCR_INTRO_H

#include "tui/grid.h"

struct app;

struct scr_intro {
	int	scroll;		/* about: first line shown */
};

/*
 * A column of paragraphs being laid out.  With g NULL nothing is drawn
 * and only the lines are counted, so a key handler can measure what a
 * draw function will show.  Lines before skip are not drawn (scrolling);
 * y counts every line laid out so far.
 */
struct doc {
	struct grid	*g;
	struct rect	 r;
	int		 skip;
	int		 y;
};

void	doc_init(struct doc *, struct grid *, struct rect, int skip);
/* Wrapped text indented by indent columns. */
void	doc_text(struct doc *, int indent, const char *, int attr, int color);
/* A bullet point: the mark, then the text wrapped under itself. */
void	doc_item(struct doc *, int indent, const char *mark, const char *,
	    int attr, int color);
/* printf-style doc_text. */
void	doc_printf(struct doc *, int indent, int attr, int color,
	    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void	doc_blank(struct doc *);
/* A heading: bold, with a blank line above it unless it is the first. */
void	doc_heading(struct doc *, const char *);

/*
 * Where the question screens draw in body: a column of margin each side,
 * at most 88 columns wide (design rule: longer lines are hard to read),
 * centred in wide windows.
 */
struct rect	intro_column(struct rect body);

/*
 * Scrolling running text: Up, Down, PgUp, PgDn, Home, End change *scroll
 * for a text of total lines shown in h rows.  Returns 1 when the key was
 * one of those.
 */
int	doc_scroll_key(int *scroll, int total, int h, int key);
/*
 * Draw the lines of a text that fit, with a note on the last row when
 * more follows; measure is the screen's layout function (g NULL in the
 * doc: count only).  Returns the scroll actually used.
 */
typedef void	doc_layout_fn(const struct app *, struct doc *);
int	doc_show(const struct app *, struct grid *, struct rect, int scroll,
	    doc_layout_fn *);
/*
 * The rows of r the text gets (all, or all but the "more" line) and in
 * *total the lines it needs.
 */
int	doc_fit(const struct app *, doc_layout_fn *, struct rect r,
	    int *total);
/* The body rectangle at the terminal's size, as app_draw() gives it. */
struct rect	doc_body(const struct app *);
/* The lines an intro_column() text needs at the terminal's size, and in
 * *rows the rows it gets (for key handlers). */
int	doc_measure(const struct app *, doc_layout_fn *, int *rows);

#endif
