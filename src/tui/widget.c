/*
 * widget.c: the number field and the list every screen shares (widget.h).
 * Both are pure: keys change a small struct, draw writes into a grid.
 */
#include <config.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/keys.h"
#include "tui/widget.h"

/* ---- numfield ---------------------------------------------------- */

void
numfield_init(struct numfield *f, int allow_decimal, int allow_negative)
{
	memset(f, 0, sizeof *f);
	f->allow_decimal = allow_decimal != 0;
	f->allow_negative = allow_negative != 0;
}

/* Drop trailing zeros after a decimal point, then the point itself. */
static void
trim_zeros(char *s)
{
	char	*end;

	if (strchr(s, '.') == NULL)
		return;
	end = s + strlen(s);
	while (end > s && end[-1] == '0')
		*--end = '\0';
	if (end > s && end[-1] == '.')
		*--end = '\0';
}

void
numfield_set(struct numfield *f, double v)
{
	int	n;

	f->buf[0] = '\0';
	f->len = 0;
	if (!isfinite(v))
		return;
	/*
	 * Design rule: three decimals are more than any field here is
	 * measured to (millimetres, tenths of a second), and an integer
	 * field shows the value rounded.
	 */
	if (f->allow_decimal) {
		n = snprintf(f->buf, sizeof f->buf, "%.3f", v);
		if (n > 0 && (size_t)n < sizeof f->buf)
			trim_zeros(f->buf);
	} else
		n = snprintf(f->buf, sizeof f->buf, "%.0f", v);
	if (n < 0 || (size_t)n >= sizeof f->buf) {
		/* Too long to show: %g always fits 16 bytes at 6 digits. */
		snprintf(f->buf, sizeof f->buf, "%g", v);
	}
	if (strcmp(f->buf, "-0") == 0)
		snprintf(f->buf, sizeof f->buf, "0");
	f->len = (int)strlen(f->buf);
}

/* Append one character when there is room; returns 1 when appended. */
static int
numfield_append(struct numfield *f, char c)
{
	if ((size_t)f->len + 1 >= sizeof f->buf)
		return 0;
	f->buf[f->len++] = c;
	f->buf[f->len] = '\0';
	return 1;
}

int
numfield_key(struct numfield *f, int key)
{
	if (key >= '0' && key <= '9')
		return numfield_append(f, (char)key);
	/* A comma is the decimal mark in much of Europe: take it as '.'. */
	if (key == '.' || key == ',') {
		if (!f->allow_decimal || strchr(f->buf, '.') != NULL)
			return 0;
		return numfield_append(f, '.');
	}
	if (key == '-') {
		if (!f->allow_negative || f->len != 0)
			return 0;
		return numfield_append(f, '-');
	}
	if (key == TK_BACKSPACE) {
		if (f->len == 0)
			return 0;
		f->buf[--f->len] = '\0';
		return 1;
	}
	return 0;
}

int
numfield_value(const struct numfield *f, double *v)
{
	char	*end;
	double	 d;

	if (f->len == 0)
		return 1;
	/* strtod alone would take " 1", "inf" or "0x10": only a decimal. */
	if (strspn(f->buf, "-+.0123456789eE") != (size_t)f->len)
		return -1;
	errno = 0;
	d = strtod(f->buf, &end);
	if (end == f->buf || *end != '\0' || errno == ERANGE || !isfinite(d))
		return -1;
	*v = d;
	return 0;
}

void
numfield_draw(const struct numfield *f, struct grid *g, int x, int y,
    int w, int focused)
{
	int		 inner, len, i;
	const char	*s;

	if (w < 3)
		return;
	inner = w - 2;
	s = f->buf;
	len = f->len;
	/* Keep the end of the text (and the cursor) in view. */
	if (len + (focused ? 1 : 0) > inner) {
		s += len + (focused ? 1 : 0) - inner;
		len = (int)strlen(s);
	}
	grid_put(g, x, y, '[', 0, GC_DEFAULT);
	for (i = 0; i < inner; i++)
		grid_put(g, x + 1 + i, y, ' ', focused ? GA_UNDERLINE : 0,
		    GC_DEFAULT);
	grid_text(g, x + 1, y, inner, s, focused ? GA_BOLD : 0, GC_DEFAULT);
	/* The cursor is a character, not only an attribute (NO_COLOR). */
	if (focused && len < inner)
		grid_put(g, x + 1 + len, y, '_', GA_BOLD, GC_INFO);
	grid_put(g, x + w - 1, y, ']', 0, GC_DEFAULT);
}

/* ---- menu -------------------------------------------------------- */

void
menu_init(struct menu *m, int n)
{
	m->n = n > 0 ? n : 0;
	m->sel = 0;
	m->top = 0;
}

/* Put the selection at i, kept inside the list. */
static void
menu_move(struct menu *m, int i)
{
	if (i >= m->n)
		i = m->n - 1;
	if (i < 0)
		i = 0;
	m->sel = i;
}

/*
 * Movement keys return MENU_MOVED even at the ends of the list, so that
 * Up on the first row does not fall through to another meaning; a screen
 * that wants to leave the list there checks m->sel first.
 */
int
menu_key(struct menu *m, int key, int page)
{
	if (m->n <= 0)
		return MENU_IGNORED;
	if (page < 1)
		page = 1;
	if (TK_IS_ITEM(key)) {
		if (TK_ITEM_INDEX(key) >= m->n)
			return MENU_IGNORED;
		m->sel = TK_ITEM_INDEX(key);
		return MENU_CHOSEN;
	}
	switch (key) {
	case TK_UP:
		menu_move(m, m->sel - 1);
		return MENU_MOVED;
	case TK_DOWN:
		menu_move(m, m->sel + 1);
		return MENU_MOVED;
	case TK_PGUP:
		menu_move(m, m->sel - page);
		return MENU_MOVED;
	case TK_PGDN:
		menu_move(m, m->sel + page);
		return MENU_MOVED;
	case TK_HOME:
		menu_move(m, 0);
		return MENU_MOVED;
	case TK_END:
		menu_move(m, m->n - 1);
		return MENU_MOVED;
	case TK_ENTER:
		return MENU_CHOSEN;
	}
	return MENU_IGNORED;
}

void
menu_draw(struct menu *m, struct grid *g, struct rect r,
    menu_label_fn *label, const void *ctx)
{
	char		 buf[256];
	const char	*mark;
	int		 i, y, attr, textw;

	if (r.h <= 0 || r.w <= 2 || m->n <= 0)
		return;
	menu_move(m, m->sel);
	if (m->sel < m->top)
		m->top = m->sel;
	if (m->sel >= m->top + r.h)
		m->top = m->sel - r.h + 1;
	if (m->top > m->n - r.h)
		m->top = m->n - r.h;
	if (m->top < 0)
		m->top = 0;
	/* One column on the right shows that more rows are above or below. */
	textw = r.w - 1;
	for (y = 0; y < r.h && m->top + y < m->n; y++) {
		i = m->top + y;
		attr = i == m->sel ? GA_REVERSE : 0;
		buf[0] = '\0';
		label(ctx, i, buf, sizeof buf);
		if (attr)
			grid_fill(g, (struct rect){ r.x, r.y + y, textw, 1 },
			    attr, GC_DEFAULT);
		/* A marker as well as reverse video: it reads in plain text. */
		mark = i == m->sel ? grid_sym(g, "▸ ", "> ") : "  ";
		grid_text(g, r.x, r.y + y, textw, mark, attr, GC_DEFAULT);
		grid_text(g, r.x + 2, r.y + y, textw - 2, buf, attr,
		    GC_DEFAULT);
		grid_hit(g, r.x, r.y + y, r.w, TK_ITEM(i));
	}
	if (m->top > 0)
		grid_text(g, r.x + r.w - 1, r.y, 1, grid_sym(g, "↑", "^"), 0,
		    GC_MUTED);
	if (m->top + r.h < m->n)
		grid_text(g, r.x + r.w - 1, r.y + r.h - 1, 1,
		    grid_sym(g, "↓", "v"), 0, GC_MUTED);
}

int
scroll_by_key(int *scroll, int key, int page, int most)
{
	switch (key) {
	case TK_UP:
		(*scroll)--;
		break;
	case TK_DOWN:
		(*scroll)++;
		break;
	case TK_PGUP:
		*scroll -= page;
		break;
	case TK_PGDN:
		*scroll += page;
		break;
	case TK_HOME:
		*scroll = 0;
		break;
	case TK_END:
		*scroll = most;
		break;
	default:
		return 0;
	}
	scroll_clamp(scroll, most);
	return 1;
}

void
scroll_clamp(int *scroll, int most)
{
	if (*scroll > most)
		*scroll = most;
	if (*scroll < 0)
		*scroll = 0;
}

/* ------------------------------------------------------------------ */
/* The text field                                                      */

/* The first byte of a UTF-8 character (not a continuation byte). */
static int
char_start(char c)
{
	return ((unsigned char)c & 0xc0) != 0x80;
}

void
textfield_init(struct textfield *t, size_t max)
{
	t->buf[0] = '\0';
	t->len = t->cur = 0;
	t->max = max < TEXTFIELD_MAX ? max : TEXTFIELD_MAX - 1;
}

void
textfield_set(struct textfield *t, const char *s)
{
	size_t	n = s != NULL ? strlen(s) : 0;

	if (n > t->max) {
		n = t->max;
		while (n > 0 && !char_start(s[n]))
			n--;
	}
	if (n > 0)
		memcpy(t->buf, s, n);
	t->buf[n] = '\0';
	t->len = t->cur = n;
}

int
textfield_key(struct textfield *t, int key)
{
	char		u[4];
	unsigned	n;
	size_t		at;

	if (TK_IS_CHAR(key)) {
		n = tui_utf8_encode((unsigned)key, u);
		/* Full, or not a character: the key is used up all the same. */
		if (n == 0 || t->len + n > t->max)
			return 1;
		memmove(t->buf + t->cur + n, t->buf + t->cur,
		    t->len - t->cur + 1);
		memcpy(t->buf + t->cur, u, n);
		t->len += n;
		t->cur += n;
		return 1;
	}
	switch (key) {
	case TK_BACKSPACE:
		if (t->cur == 0)
			return 0;
		at = t->cur;
		do
			at--;
		while (at > 0 && !char_start(t->buf[at]));
		memmove(t->buf + at, t->buf + t->cur, t->len - t->cur + 1);
		t->len -= t->cur - at;
		t->cur = at;
		return 1;
	case TK_LEFT:
		while (t->cur > 0 && !char_start(t->buf[--t->cur]))
			;
		return 1;
	case TK_RIGHT:
		if (t->cur < t->len)
			t->cur++;
		while (t->cur < t->len && !char_start(t->buf[t->cur]))
			t->cur++;
		return 1;
	case TK_HOME:
		t->cur = 0;
		return 1;
	case TK_END:
		t->cur = t->len;
		return 1;
	}
	return 0;
}

void
textfield_draw(const struct textfield *t, struct grid *g, struct rect r,
    int focused)
{
	char	ch[8];
	size_t	i, n;
	int	nch = 0, curch = 0, first = 0, k = 0, pos;

	if (r.w <= 0 || r.h <= 0)
		return;
	for (i = 0; i < t->len; i++)
		if (char_start(t->buf[i])) {
			if (i < t->cur)
				curch++;
			nch++;
		}
	/* Scroll by whole rows (or sideways on one row) to the cursor. */
	if (curch / r.w >= r.h)
		first = (curch / r.w - r.h + 1) * r.w;
	if (r.h == 1 && curch >= r.w)
		first = curch - r.w + 1;
	for (i = 0; i < t->len; i += n, k++) {
		for (n = 1; n < 4 && i + n < t->len &&
		    !char_start(t->buf[i + n]); n++)
			;
		if (k < first)
			continue;
		pos = k - first;
		if (pos / r.w >= r.h)
			break;
		memcpy(ch, t->buf + i, n);
		ch[n] = '\0';
		grid_text(g, r.x + pos % r.w, r.y + pos / r.w, 1, ch,
		    focused && k == curch ? GA_REVERSE : 0, GC_DEFAULT);
	}
	pos = nch - first;
	if (focused && curch == nch && pos / r.w < r.h)
		grid_put(g, r.x + pos % r.w, r.y + pos / r.w, ' ', GA_REVERSE,
		    GC_DEFAULT);
}
