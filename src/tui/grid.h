/*
 * grid.h: the screen as plain data.  Every draw function writes into a
 * struct grid of cells (a code point, attributes, a colour); term.c copies
 * the grid to ncurses.  Drawing is therefore pure and testable: a test
 * draws a screen into a grid and reads its rows back as text (the split
 * tmux makes between its grid and tty-draw.c; stack-notes §3.7a).
 *
 * Every character drawn is taken to be one column wide: the program only
 * draws Latin text, box drawing, arrows, blocks and braille.  In ASCII
 * mode (utf8 == 0) grid_text() replaces what is not ASCII by a fallback
 * (grid.c has the table), so draw code can write "✓" or "→" and the ASCII
 * screen still reads; where a drawing needs its own fallback, use
 * grid_sym().
 *
 * Colour never carries meaning alone: whatever is red is also marked by a
 * word or a symbol (htop's convention, issue 5 item 5).
 */
#ifndef FOOTSCREEN_TUI_GRID_H
#define FOOTSCREEN_TUI_GRID_H

#include <stddef.h>
#include <stdint.h>

#define GA_BOLD		0x01
#define GA_REVERSE	0x02
#define GA_UNDERLINE	0x04
#define GA_DIM		0x08

/* Colours by meaning; term.c maps them to terminal colours. */
enum grid_color {
	GC_DEFAULT = 0,
	GC_TITLE,	/* title bar */
	GC_OK,		/* green: fine, within range */
	GC_NOTE,	/* yellow: notable, caution */
	GC_ALERT,	/* red: urgent, emergency, large difference */
	GC_INFO,	/* cyan: plots, highlights */
	GC_MUTED,	/* blue/dim: hints, secondary text */
	GC_COUNT
};

struct grid_cell {
	uint32_t	ch;	/* a code point; ' ' when empty */
	uint8_t		attr;	/* GA_* */
	uint8_t		color;	/* enum grid_color */
};

/* A clickable region: a click inside sends key (keys.h). */
struct grid_hit {
	int	x, y, w;
	int	key;
};

#define GRID_HITS_MAX	256

struct grid {
	int			w, h;
	int			utf8;	/* 0: ASCII only */
	struct grid_cell	*cells;	/* w * h, row-major */
	struct grid_hit		hits[GRID_HITS_MAX];
	int			nhits;
};

/* A rectangle of the grid: where a screen may draw. */
struct rect {
	int	x, y, w, h;
};

/* Allocate w x h cleared cells.  Returns 0, or -1 when out of memory. */
int	grid_init(struct grid *, int w, int h, int utf8);
/* Change the size, clearing everything.  Returns 0 or -1 (grid unchanged). */
int	grid_resize(struct grid *, int w, int h);
void	grid_free(struct grid *);
/* Blank every cell and forget the hit regions. */
void	grid_clear(struct grid *);

/* One cell; outside the grid it is ignored. */
void	grid_put(struct grid *, int x, int y, uint32_t ch, int attr,
	    int color);
const struct grid_cell *grid_at(const struct grid *, int x, int y);

/*
 * UTF-8 text at (x, y), at most maxw columns (clipped, never wrapped;
 * maxw < 0: to the right edge).  Invalid UTF-8 shows as '?'.  Returns the
 * columns written.
 */
int	grid_text(struct grid *, int x, int y, int maxw, const char *s,
	    int attr, int color);
/* The columns grid_text() would take for s in this grid's mode. */
int	grid_text_width(const struct grid *, const char *s);
/* printf-style grid_text. */
int	grid_printf(struct grid *, int x, int y, int maxw, int attr,
	    int color, const char *fmt, ...)
	    __attribute__((format(printf, 7, 8)));
/*
 * Word-wrap text into the box (x, y, w, maxlines); '\n' breaks a line.
 * Words longer than w are cut.  Returns the lines the whole text needs
 * (which may be more than maxlines: the rest is not drawn), so callers
 * can lay out and scroll.  skip lines of the wrapped text are skipped
 * first (scrolling).
 */
int	grid_wrap(struct grid *, int x, int y, int w, int maxlines, int skip,
	    const char *s, int attr, int color);
/* The lines grid_wrap() would need for s at width w; draws nothing. */
int	grid_wrap_lines(int w, const char *s);

/* uni in UTF-8 mode, else ascii. */
const char *grid_sym(const struct grid *, const char *uni, const char *ascii);

/* A frame (box drawing, or +-| in ASCII) with an optional title. */
void	grid_box(struct grid *, struct rect, const char *title, int color);
void	grid_hline(struct grid *, int x, int y, int w, int color);
/* Fill a rectangle with blanks of this attribute (a selection bar). */
void	grid_fill(struct grid *, struct rect, int attr, int color);

/* A clickable region; ignored when GRID_HITS_MAX are taken. */
void	grid_hit(struct grid *, int x, int y, int w, int key);
/* The key of the last region added that contains (x, y), or 0. */
int	grid_hit_at(const struct grid *, int x, int y);

/*
 * Row y as UTF-8 into buf (always terminated), trailing blanks removed.
 * Returns the length.  For tests and golden screens.
 */
size_t	grid_row(const struct grid *, int y, char *buf, size_t len);
/* Whether some row contains needle (UTF-8); for tests. */
int	grid_contains(const struct grid *, const char *needle);

#endif
