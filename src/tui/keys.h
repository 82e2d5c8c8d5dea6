/*
 * keys.h: keys as every screen's key handler sees them, with no ncurses
 * in sight: a Unicode code point for a character, or one of the TK_*
 * values below for a named key.  The terminal layer (term.c) translates
 * wget_wch() results into these; tests send them directly.
 *
 * TK_ITEM(i) is a synthetic key: "choose item i".  Draw functions attach
 * it to the rows of a list (grid_hit()), so a mouse click on row i becomes
 * TK_ITEM(i) through the same key handler as the keyboard.
 */
#ifndef FOOTSCREEN_TUI_KEYS_H
#define FOOTSCREEN_TUI_KEYS_H

/* Above every Unicode code point (the last is 0x10FFFF). */
#define TK_BASE		0x110000

enum tui_key {
	TK_NONE = 0,
	TK_UP = TK_BASE,
	TK_DOWN,
	TK_LEFT,
	TK_RIGHT,
	TK_ENTER,	/* Return, Enter, keypad Enter, '\n', '\r' */
	TK_ESC,
	TK_BACKSPACE,	/* Backspace, ^H, DEL (0x7f) */
	TK_TAB,
	TK_BTAB,	/* Shift-Tab */
	TK_PGUP,
	TK_PGDN,
	TK_HOME,
	TK_END,
	TK_F1,		/* F1..F12 are TK_F1 + 0 .. TK_F1 + 11 */
	TK_F12 = TK_F1 + 11,
	TK_RESIZE,	/* the terminal changed size: layout again */
	TK_LAST
};

#define TK_F(n)		(TK_F1 + (n) - 1)
/* Mouse click on an item: 0x120000 + index, index < TK_ITEM_MAX. */
#define TK_ITEM_BASE	0x120000
#define TK_ITEM_MAX	4096
#define TK_ITEM(i)	(TK_ITEM_BASE + (i))
#define TK_IS_ITEM(k)	((k) >= TK_ITEM_BASE && (k) < TK_ITEM_BASE + TK_ITEM_MAX)
#define TK_ITEM_INDEX(k) ((k) - TK_ITEM_BASE)

/* A printable character key (not a control character, not a TK_*). */
#define TK_IS_CHAR(k)	((k) >= 0x20 && (k) < TK_BASE && (k) != 0x7f)

/*
 * The key's name for the hint bar and the help screen: "Enter", "Esc",
 * "F1", "Up", "Space", "a".  Writes into buf (always terminated) and
 * returns buf.
 */
const char	*tui_key_name(int key, char *buf, unsigned len);

/*
 * One code point as UTF-8 into out (at least 4 bytes, not terminated);
 * returns the bytes written, 0 for what is not a Unicode scalar value
 * (a surrogate, or above U+10FFFF).  The one encoder grid.c and this file
 * share.
 */
unsigned	 tui_utf8_encode(unsigned cp, char *out);

#endif
