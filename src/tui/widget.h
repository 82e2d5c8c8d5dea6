/*
 * widget.h: the input pieces several screens share, so that one function
 * serves them all: a number typed in (age, millimetres, seconds,
 * repetitions), a vertical list to choose from, and a line of text.
 * Pure key handlers and draw functions, like the screens.
 */
#ifndef FOOTSCREEN_TUI_WIDGET_H
#define FOOTSCREEN_TUI_WIDGET_H

#include <stddef.h>

#include "tui/grid.h"

/* A decimal number being typed: digits, at most one '.', a leading '-'
 * only when negative numbers are allowed. */
struct numfield {
	char	buf[16];
	int	len;
	int	allow_negative;
	int	allow_decimal;
};

void	numfield_init(struct numfield *, int allow_decimal, int allow_negative);
/* Show this value (NAN: empty). */
void	numfield_set(struct numfield *, double);
/* Returns 1 when the key was used (a digit, '.', '-', Backspace with text). */
int	numfield_key(struct numfield *, int key);
/* 0 with *v; 1 when empty; -1 when what was typed is not a number. */
int	numfield_value(const struct numfield *, double *v);
/* [12.5_] at (x, y), w columns; the cursor shown when focused. */
void	numfield_draw(const struct numfield *, struct grid *, int x, int y,
	    int w, int focused);

/* A list of n rows, one selected, scrolled to keep it in view. */
struct menu {
	int	n;
	int	sel;
	int	top;	/* first row shown */
};

void	menu_init(struct menu *, int n);
/*
 * Up, Down, PgUp, PgDn, Home, End move the selection; TK_ITEM(i) selects
 * row i.  Returns MENU_MOVED, MENU_CHOSEN (Enter, or a click: TK_ITEM),
 * or MENU_IGNORED.
 */
#define MENU_IGNORED	0
#define MENU_MOVED	1
#define MENU_CHOSEN	2
int	menu_key(struct menu *, int key, int page);
/* The text of row i into buf; returns buf. */
typedef const char *menu_label_fn(const void *ctx, int i, char *buf,
	    size_t len);
/*
 * Draw the rows that fit in r, the selected one reversed, each row
 * clickable (TK_ITEM(i)); m->top is moved to keep the selection shown, so
 * the menu is not const here.  Draw functions take a const app: they call
 * this on a copy.
 */
void	menu_draw(struct menu *, struct grid *, struct rect r,
	    menu_label_fn *, const void *ctx);

/*
 * Up, Down, PgUp, PgDn (by page rows), Home and End move *scroll, kept
 * within 0 .. most (0 when most < 0).  Returns 1 when the key was one of
 * them.
 */
int	scroll_by_key(int *scroll, int key, int page, int most);
/* *scroll kept within 0 .. most (0 when most < 0). */
void	scroll_clamp(int *scroll, int most);

/*
 * A line of text being typed: a name, a search, notes, the name that
 * confirms a deletion.  The longest is a screening's notes
 * (STORE_NOTES_MAX, store.h; checked in scr_history.c).
 */
#define TEXTFIELD_MAX	4001

struct textfield {
	char	buf[TEXTFIELD_MAX];	/* UTF-8, terminated */
	size_t	len;
	size_t	cur;	/* the cursor: a byte offset at a character's start */
	size_t	max;	/* bytes allowed, < TEXTFIELD_MAX */
};

void	textfield_init(struct textfield *, size_t max);
/* Replace the text (cut at max, on a character's start); cursor at the end. */
void	textfield_set(struct textfield *, const char *);
/*
 * A printable character is typed at the cursor; Backspace deletes before
 * it; Left, Right, Home and End move it.  Returns 1 when the key was
 * used (Backspace at the start is not).
 */
int	textfield_key(struct textfield *, int key);
/*
 * The text in r: one row scrolled sideways to keep the cursor in view,
 * or, when r is taller, wrapped at r.w characters.  The cursor is a
 * reversed cell when focused.
 */
void	textfield_draw(const struct textfield *, struct grid *, struct rect,
	    int focused);

#endif
