/*
 * keys.c: the names of keys, for the hint bar and the help page.
 */
#include <config.h>

#include <stdio.h>

#include "tui/keys.h"

static const char *const named_keys[] = {
	[TK_UP - TK_BASE] = "Up",
	[TK_DOWN - TK_BASE] = "Down",
	[TK_LEFT - TK_BASE] = "Left",
	[TK_RIGHT - TK_BASE] = "Right",
	[TK_ENTER - TK_BASE] = "Enter",
	[TK_ESC - TK_BASE] = "Esc",
	[TK_BACKSPACE - TK_BASE] = "Backspace",
	[TK_TAB - TK_BASE] = "Tab",
	[TK_BTAB - TK_BASE] = "Shift-Tab",
	[TK_PGUP - TK_BASE] = "PgUp",
	[TK_PGDN - TK_BASE] = "PgDn",
	[TK_HOME - TK_BASE] = "Home",
	[TK_END - TK_BASE] = "End",
	[TK_RESIZE - TK_BASE] = "Resize",
};

unsigned
tui_utf8_encode(unsigned cp, char *out)
{
	unsigned char	*p = (unsigned char *)out;

	if (cp < 0x80) {
		p[0] = cp;
		return 1;
	}
	if (cp < 0x800) {
		p[0] = 0xc0 | (cp >> 6);
		p[1] = 0x80 | (cp & 0x3f);
		return 2;
	}
	if (cp >= 0xd800 && cp <= 0xdfff)
		return 0;
	if (cp < 0x10000) {
		p[0] = 0xe0 | (cp >> 12);
		p[1] = 0x80 | ((cp >> 6) & 0x3f);
		p[2] = 0x80 | (cp & 0x3f);
		return 3;
	}
	if (cp > 0x10ffff)
		return 0;
	p[0] = 0xf0 | (cp >> 18);
	p[1] = 0x80 | ((cp >> 12) & 0x3f);
	p[2] = 0x80 | ((cp >> 6) & 0x3f);
	p[3] = 0x80 | (cp & 0x3f);
	return 4;
}

const char *
tui_key_name(int key, char *buf, unsigned len)
{
	char		 u[5];
	const char	*name = NULL;

	if (len == 0)
		return buf;
	if (key >= TK_F1 && key <= TK_F12) {
		snprintf(buf, len, "F%d", key - TK_F1 + 1);
		return buf;
	}
	if (TK_IS_ITEM(key)) {
		snprintf(buf, len, "item %d", TK_ITEM_INDEX(key) + 1);
		return buf;
	}
	if (key >= TK_BASE && key < TK_LAST)
		name = named_keys[key - TK_BASE];
	else if (key == ' ')
		name = "Space";
	else if (key == '\t')
		name = "Tab";
	else if (key == '\n' || key == '\r')
		name = "Enter";
	else if (key == 0x1b)
		name = "Esc";
	else if (key == 0x7f || key == 0x08)
		name = "Backspace";
	else if (key > 0 && key < 0x20) {
		/* Control characters as ^A .. ^_ (the terminal's own spelling). */
		snprintf(buf, len, "^%c", key + '@');
		return buf;
	} else if (key > 0 && key < TK_BASE) {
		unsigned n = tui_utf8_encode((unsigned)key, u);

		u[n] = '\0';
		if (n > 0)
			name = u;
	}
	if (name == NULL)
		name = "?";
	snprintf(buf, len, "%s", name);
	return buf;
}
