/*
 * grid.c: the cell grid every screen draws into (grid.h).  No terminal
 * here: term.c copies the cells out.  Text is decoded from UTF-8 one code
 * point a column; in ASCII mode the fallback table below stands in for
 * what a plain terminal cannot show.
 */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui/grid.h"
#include "tui/keys.h"

#define GLYPHS_MAX	4	/* the longest ASCII fallback */

/*
 * What a plain ASCII terminal shows instead.  Box drawing and blocks keep
 * one column so frames still line up; a few signs read better as two or
 * three characters (">=" rather than a bare ">", which would say less
 * than the text means) and take more room in ASCII mode.
 */
static const struct fallback {
	uint32_t	 cp;
	const char	*ascii;
} fallbacks[] = {
	{ 0x00a0, " " },	/* no-break space */
	{ 0x00b0, "deg" },	/* ° */
	{ 0x00b1, "+/-" },	/* ± */
	{ 0x00b2, "2" },	/* ² */
	{ 0x00b5, "u" },	/* µ */
	{ 0x00b7, "." },	/* · */
	{ 0x2013, "-" },	/* – */
	{ 0x2014, "-" },	/* — */
	{ 0x2018, "'" },	/* ‘ */
	{ 0x2019, "'" },	/* ’ */
	{ 0x201c, "\"" },	/* “ */
	{ 0x201d, "\"" },	/* ” */
	{ 0x2022, "*" },	/* • */
	{ 0x2026, "..." },	/* … */
	{ 0x2190, "<-" },	/* ← */
	{ 0x2191, "^" },	/* ↑ */
	{ 0x2192, "->" },	/* → */
	{ 0x2193, "v" },	/* ↓ */
	{ 0x2194, "<->" },	/* ↔ */
	{ 0x2248, "~" },	/* ≈ */
	{ 0x2260, "!=" },	/* ≠ */
	{ 0x2264, "<=" },	/* ≤ */
	{ 0x2265, ">=" },	/* ≥ */
	{ 0x2500, "-" },	/* ─ */
	{ 0x2501, "-" },	/* ━ */
	{ 0x2502, "|" },	/* │ */
	{ 0x2503, "|" },	/* ┃ */
	{ 0x2550, "=" },	/* ═ */
	{ 0x2551, "|" },	/* ║ */
	{ 0x2580, "#" },	/* ▀ */
	{ 0x2584, "#" },	/* ▄ */
	{ 0x2588, "#" },	/* █ */
	{ 0x2591, ":" },	/* ░ */
	{ 0x2592, "%" },	/* ▒ */
	{ 0x2593, "#" },	/* ▓ */
	{ 0x25a0, "#" },	/* ■ */
	{ 0x25a1, "o" },	/* □ */
	{ 0x25b2, "^" },	/* ▲ */
	{ 0x25b6, ">" },	/* ▶ */
	{ 0x25bc, "v" },	/* ▼ */
	{ 0x25c0, "<" },	/* ◀ */
	{ 0x25c6, "*" },	/* ◆ */
	{ 0x25cb, "o" },	/* ○ */
	{ 0x25cf, "*" },	/* ● */
	{ 0x2605, "*" },	/* ★ */
	{ 0x26a0, "!" },	/* ⚠ */
	{ 0x2713, "+" },	/* ✓ */
	{ 0x2714, "+" },	/* ✔ */
	{ 0x2717, "x" },	/* ✗ */
	{ 0x2718, "x" },	/* ✘ */
};

/*
 * Latin-1 letters U+00C0..U+00FF without their accents, one each (× and
 * ÷ in their places as x and /).
 */
static const char latin1_letters[] =
    "AAAAAAACEEEEIIII" "DNOOOOOxOUUUUYTs"
    "aaaaaaaceeeeiiii" "dnooooo/ouuuuyty";

/* The rest of the box-drawing and block ranges, and braille. */
static const char *
fallback_range(uint32_t cp)
{
	if (cp >= 0x2500 && cp <= 0x257f) {
		/* Lines are found above; corners, tees and crosses are '+'. */
		return "+";
	}
	if (cp >= 0x2581 && cp <= 0x2587)
		return "_";	/* ▁..▇ lower blocks: a bar */
	if (cp >= 0x2589 && cp <= 0x259f)
		return "#";
	if (cp == 0x2800)
		return " ";	/* the empty braille cell */
	if (cp > 0x2800 && cp <= 0x28ff)
		return "*";	/* a dot plot: one dot a cell (§3.5) */
	return NULL;
}

static const char *
fallback_of(uint32_t cp)
{
	size_t	lo = 0, hi = sizeof fallbacks / sizeof fallbacks[0];

	while (lo < hi) {
		size_t	mid = (lo + hi) / 2;

		if (fallbacks[mid].cp == cp)
			return fallbacks[mid].ascii;
		if (fallbacks[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return fallback_range(cp);
}

/*
 * Decode one code point from *s and advance *s past it.  An invalid or
 * cut-short sequence (a stray continuation byte, an overlong form, a
 * surrogate, past U+10FFFF) is one '?' for the bytes it spans.
 */
static uint32_t
utf8_next(const char **s)
{
	const unsigned char	*p = (const unsigned char *)*s;
	uint32_t		 cp, min;
	int			 need, i;

	if (p[0] < 0x80) {
		*s += 1;
		return p[0];
	}
	if (p[0] >= 0xc2 && p[0] <= 0xdf) {
		cp = p[0] & 0x1f;
		need = 1;
		min = 0x80;
	} else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		cp = p[0] & 0x0f;
		need = 2;
		min = 0x800;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		cp = p[0] & 0x07;
		need = 3;
		min = 0x10000;
	} else {
		*s += 1;
		return '?';
	}
	for (i = 1; i <= need; i++) {
		if ((p[i] & 0xc0) != 0x80) {
			*s += i;
			return '?';
		}
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	*s += need + 1;
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return '?';
	return cp;
}

/*
 * The next character of s as the grid shows it: one code point in UTF-8
 * mode; in ASCII mode the code point or its fallback, which may be a few
 * characters.  Returns how many went into out.
 */
static int
glyphs_next(const char **s, int utf8, uint32_t out[GLYPHS_MAX])
{
	uint32_t	 cp = utf8_next(s);
	const char	*fb;
	int		 n;

	if (utf8 || cp < 0x80) {
		out[0] = cp;
		return 1;
	}
	if (cp >= 0xc0 && cp <= 0xff) {
		out[0] = (unsigned char)latin1_letters[cp - 0xc0];
		return 1;
	}
	if ((fb = fallback_of(cp)) == NULL) {
		out[0] = '?';
		return 1;
	}
	for (n = 0; fb[n] != '\0' && n < GLYPHS_MAX; n++)
		out[n] = (unsigned char)fb[n];
	return n;
}

int
grid_init(struct grid *g, int w, int h, int utf8)
{
	memset(g, 0, sizeof *g);
	g->utf8 = utf8;
	return grid_resize(g, w, h);
}

int
grid_resize(struct grid *g, int w, int h)
{
	struct grid_cell	*cells;

	if (w < 1)
		w = 1;
	if (h < 1)
		h = 1;
	cells = calloc((size_t)w * (size_t)h, sizeof *cells);
	if (cells == NULL)
		return -1;
	free(g->cells);
	g->cells = cells;
	g->w = w;
	g->h = h;
	grid_clear(g);
	return 0;
}

void
grid_free(struct grid *g)
{
	free(g->cells);
	g->cells = NULL;
	g->w = g->h = 0;
	g->nhits = 0;
}

void
grid_clear(struct grid *g)
{
	size_t	i, n = (size_t)g->w * (size_t)g->h;

	for (i = 0; i < n; i++) {
		g->cells[i].ch = ' ';
		g->cells[i].attr = 0;
		g->cells[i].color = GC_DEFAULT;
	}
	g->nhits = 0;
}

void
grid_put(struct grid *g, int x, int y, uint32_t ch, int attr, int color)
{
	struct grid_cell	*c;

	if (x < 0 || y < 0 || x >= g->w || y >= g->h)
		return;
	c = &g->cells[(size_t)y * g->w + x];
	c->ch = ch;
	c->attr = attr;
	c->color = color;
}

const struct grid_cell *
grid_at(const struct grid *g, int x, int y)
{
	if (x < 0 || y < 0 || x >= g->w || y >= g->h)
		return NULL;
	return &g->cells[(size_t)y * g->w + x];
}

/* The right edge for text at x with at most maxw columns. */
static int
text_end(const struct grid *g, int x, int maxw)
{
	if (maxw < 0 || x + maxw > g->w)
		return g->w;
	return x + maxw;
}

int
grid_text(struct grid *g, int x, int y, int maxw, const char *s, int attr,
    int color)
{
	uint32_t	 gl[GLYPHS_MAX];
	int		 end = text_end(g, x, maxw), col = x, n, i;

	while (*s != '\0' && col < end) {
		n = glyphs_next(&s, g->utf8, gl);
		for (i = 0; i < n && col < end; i++)
			grid_put(g, col++, y, gl[i], attr, color);
	}
	return col > x ? col - x : 0;
}

int
grid_text_width(const struct grid *g, const char *s)
{
	uint32_t	gl[GLYPHS_MAX];
	int		n = 0;

	while (*s != '\0')
		n += glyphs_next(&s, g->utf8, gl);
	return n;
}

int
grid_printf(struct grid *g, int x, int y, int maxw, int attr, int color,
    const char *fmt, ...)
{
	char	buf[1024];
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return grid_text(g, x, y, maxw, buf, attr, color);
}

/* Where grid_wrap() draws, or NULL when only counting lines. */
struct wrap {
	struct grid	*g;
	int		 utf8;
	int		 x, y, w, maxlines, skip;
	int		 attr, color;
	int		 line, col;	/* where the next character goes */
};

static void
wrap_put(struct wrap *wr, uint32_t ch)
{
	int	row = wr->line - wr->skip;

	if (wr->g != NULL && row >= 0 && row < wr->maxlines)
		grid_put(wr->g, wr->x + wr->col, wr->y + row, ch, wr->attr,
		    wr->color);
	wr->col++;
}

/* Columns of the word starting at s (up to a space, newline or the end). */
static int
word_width(const char *s, int utf8)
{
	uint32_t	gl[GLYPHS_MAX];
	int		n = 0;

	while (*s != '\0' && *s != ' ' && *s != '\n')
		n += glyphs_next(&s, utf8, gl);
	return n;
}

/*
 * Lay s out in lines of wr->w columns; draws when wr->g is set.  Spaces at
 * the start of the text or after a '\n' are kept (an indent); spaces where
 * a line was wrapped are dropped.  Returns the lines used.
 */
static int
wrap_run(struct wrap *wr, const char *s)
{
	uint32_t	gl[GLYPHS_MAX];
	int		pending = 0, ww, n, i, indent_ok = 1;

	if (wr->w < 1)
		return 0;
	wr->line = wr->col = 0;
	while (*s != '\0') {
		if (*s == '\n') {
			s++;
			wr->line++;
			wr->col = pending = 0;
			indent_ok = 1;
			continue;
		}
		if (*s == ' ') {
			for (; *s == ' '; s++)
				if (wr->col > 0 || indent_ok)
					pending++;
			continue;
		}
		ww = word_width(s, wr->utf8);
		if (wr->col > 0 && wr->col + pending + ww > wr->w) {
			wr->line++;
			wr->col = 0;
		} else {
			/* An indent leaves at least one column for the word. */
			if (wr->col + pending > wr->w - 1)
				pending = wr->w - 1 - wr->col;
			wr->col += pending;
		}
		pending = 0;
		indent_ok = 0;
		/* A word longer than the line continues on the next ones. */
		while (*s != '\0' && *s != ' ' && *s != '\n') {
			n = glyphs_next(&s, wr->utf8, gl);
			for (i = 0; i < n; i++) {
				if (wr->col >= wr->w) {
					wr->line++;
					wr->col = 0;
				}
				wrap_put(wr, gl[i]);
			}
		}
	}
	return wr->col > 0 || pending > 0 ? wr->line + 1 : wr->line;
}

int
grid_wrap(struct grid *g, int x, int y, int w, int maxlines, int skip,
    const char *s, int attr, int color)
{
	struct wrap	wr = {
		.g = g, .utf8 = g->utf8, .x = x, .y = y, .w = w,
		.maxlines = maxlines, .skip = skip < 0 ? 0 : skip,
		.attr = attr, .color = color,
	};

	return wrap_run(&wr, s);
}

int
grid_wrap_lines(int w, const char *s)
{
	struct wrap	wr = { .utf8 = 1, .w = w };

	return wrap_run(&wr, s);
}

const char *
grid_sym(const struct grid *g, const char *uni, const char *ascii)
{
	return g->utf8 ? uni : ascii;
}

void
grid_hline(struct grid *g, int x, int y, int w, int color)
{
	uint32_t	ch = g->utf8 ? 0x2500 : '-';
	int		i;

	for (i = 0; i < w; i++)
		grid_put(g, x + i, y, ch, 0, color);
}

void
grid_box(struct grid *g, struct rect r, const char *title, int color)
{
	uint32_t	h = '-', v = '|', tl = '+', tr = '+', bl = '+',
			br = '+';
	int		i;

	if (r.w < 2 || r.h < 2)
		return;
	if (g->utf8) {
		h = 0x2500;
		v = 0x2502;
		tl = 0x250c;
		tr = 0x2510;
		bl = 0x2514;
		br = 0x2518;
	}
	for (i = 1; i < r.w - 1; i++) {
		grid_put(g, r.x + i, r.y, h, 0, color);
		grid_put(g, r.x + i, r.y + r.h - 1, h, 0, color);
	}
	for (i = 1; i < r.h - 1; i++) {
		grid_put(g, r.x, r.y + i, v, 0, color);
		grid_put(g, r.x + r.w - 1, r.y + i, v, 0, color);
	}
	grid_put(g, r.x, r.y, tl, 0, color);
	grid_put(g, r.x + r.w - 1, r.y, tr, 0, color);
	grid_put(g, r.x, r.y + r.h - 1, bl, 0, color);
	grid_put(g, r.x + r.w - 1, r.y + r.h - 1, br, 0, color);
	if (title != NULL && title[0] != '\0' && r.w > 6) {
		i = grid_text(g, r.x + 2, r.y, r.w - 6, " ", GA_BOLD, color);
		i += grid_text(g, r.x + 2 + i, r.y, r.w - 5 - i, title,
		    GA_BOLD, color);
		grid_text(g, r.x + 2 + i, r.y, 1, " ", GA_BOLD, color);
	}
}

void
grid_fill(struct grid *g, struct rect r, int attr, int color)
{
	int	x, y;

	for (y = r.y; y < r.y + r.h; y++)
		for (x = r.x; x < r.x + r.w; x++)
			grid_put(g, x, y, ' ', attr, color);
}

void
grid_hit(struct grid *g, int x, int y, int w, int key)
{
	struct grid_hit	*h;

	if (g->nhits >= GRID_HITS_MAX || w < 1)
		return;
	h = &g->hits[g->nhits++];
	h->x = x;
	h->y = y;
	h->w = w;
	h->key = key;
}

int
grid_hit_at(const struct grid *g, int x, int y)
{
	int	i;

	/* The last added wins: an overlay's regions lie over the screen's. */
	for (i = g->nhits - 1; i >= 0; i--) {
		const struct grid_hit	*h = &g->hits[i];

		if (y == h->y && x >= h->x && x < h->x + h->w)
			return h->key;
	}
	return 0;
}

size_t
grid_row(const struct grid *g, int y, char *buf, size_t len)
{
	size_t	n = 0, keep = 0;
	char	u[4];
	int	x;

	if (len == 0)
		return 0;
	buf[0] = '\0';
	if (y < 0 || y >= g->h)
		return 0;
	for (x = 0; x < g->w; x++) {
		unsigned	k = tui_utf8_encode(g->cells[(size_t)y * g->w +
			    x].ch, u);

		if (k == 0) {
			u[0] = '?';
			k = 1;
		}
		if (n + k >= len)
			break;
		memcpy(buf + n, u, k);
		n += k;
		if (!(k == 1 && u[0] == ' '))
			keep = n;
	}
	buf[keep] = '\0';
	return keep;
}

int
grid_contains(const struct grid *g, const char *needle)
{
	size_t	 len = (size_t)g->w * 4 + 1;
	char	*buf;
	int	 y, found = 0;

	if ((buf = malloc(len)) == NULL)
		return 0;
	for (y = 0; y < g->h && !found; y++) {
		grid_row(g, y, buf, len);
		found = strstr(buf, needle) != NULL;
	}
	free(buf);
	return found;
}
