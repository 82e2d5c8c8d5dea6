/*
 * test_tui_grid.c: the pieces under every screen, with no terminal: the
 * cell grid (src/tui/grid.c: UTF-8 text, invalid input, the ASCII
 * fallback, clipping, word wrap, click regions, rows read back), the
 * braille plot (src/tui/plot.c, checked against the dot table of
 * stack-notes §3.5) and the key names (src/tui/keys.c).
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "testutil.h"
#include "tui/grid.h"
#include "tui/keys.h"
#include "tui/plot.h"

static struct grid	g;

static void
setup_utf8(void)
{
	ck_assert_int_eq(grid_init(&g, 20, 6, 1), 0);
}

static void
setup_ascii(void)
{
	ck_assert_int_eq(grid_init(&g, 20, 6, 0), 0);
}

static void
teardown(void)
{
	grid_free(&g);
}

/* Row y as text. */
static const char *
row(int y)
{
	static char	buf[512];

	grid_row(&g, y, buf, sizeof buf);
	return buf;
}

/* ---- text ---- */

START_TEST(text_reads_back)
{
	ck_assert_int_eq(grid_text(&g, 2, 1, -1, "héllo ✓", GA_BOLD,
	    GC_OK), 7);
	ck_assert_str_eq(row(1), "  héllo ✓");
	ck_assert_str_eq(row(0), "");
	ck_assert_uint_eq(grid_at(&g, 3, 1)->ch, 0xe9);
	ck_assert_uint_eq(grid_at(&g, 8, 1)->ch, 0x2713);
	ck_assert_int_eq(grid_at(&g, 2, 1)->attr, GA_BOLD);
	ck_assert_int_eq(grid_at(&g, 2, 1)->color, GC_OK);
	/* The blank between the words keeps the attributes too. */
	ck_assert_int_eq(grid_at(&g, 7, 1)->attr, GA_BOLD);
	ck_assert_int_eq(grid_at(&g, 9, 1)->attr, 0);
	ck_assert_ptr_null(grid_at(&g, 20, 1));
	ck_assert_ptr_null(grid_at(&g, 0, -1));
	ck_assert(grid_contains(&g, "llo ✓"));
	ck_assert(!grid_contains(&g, "hello"));
}
END_TEST

START_TEST(every_utf8_length_decodes)
{
	/* 1, 2, 3 and 4 bytes: A, é, →, U+1F600. */
	ck_assert_int_eq(grid_text(&g, 0, 0, -1, "A\xc3\xa9\xe2\x86\x92"
	    "\xf0\x9f\x98\x80" "z", 0, 0), 5);
	ck_assert_uint_eq(grid_at(&g, 0, 0)->ch, 'A');
	ck_assert_uint_eq(grid_at(&g, 1, 0)->ch, 0xe9);
	ck_assert_uint_eq(grid_at(&g, 2, 0)->ch, 0x2192);
	ck_assert_uint_eq(grid_at(&g, 3, 0)->ch, 0x1f600);
	ck_assert_uint_eq(grid_at(&g, 4, 0)->ch, 'z');
	ck_assert_str_eq(row(0), "Aé→\xf0\x9f\x98\x80z");
}
END_TEST

/* Each bad sequence is one '?', and the text after it is intact. */
static const struct {
	const char	*in;
	const char	*out;
} bad_utf8[] = {
	{ "a\xff" "b", "a?b" },			/* never valid */
	{ "a\x80" "b", "a?b" },			/* stray continuation */
	{ "a\xc0\xaf" "b", "a??b" },		/* overlong lead: invalid */
	{ "a\xe0\x80\xaf" "b", "a?b" },		/* overlong 3 bytes */
	{ "a\xe2\x86" "b", "a?b" },		/* cut short */
	{ "a\xed\xa0\x80" "b", "a?b" },		/* a surrogate */
	{ "a\xf4\x90\x80\x80" "b", "a?b" },	/* past U+10FFFF */
	{ "a\xf0\x9f\x98", "a?" },		/* cut short at the end */
	{ "\xc3", "?" },
};

START_TEST(invalid_utf8_is_a_question_mark)
{
	grid_text(&g, 0, 0, -1, bad_utf8[_i].in, 0, 0);
	ck_assert_msg(strcmp(row(0), bad_utf8[_i].out) == 0,
	    "case %d: got '%s', want '%s'", _i, row(0), bad_utf8[_i].out);
}
END_TEST

START_TEST(ascii_mode_falls_back)
{
	ck_assert_int_eq(grid_text(&g, 0, 0, -1, "✓ → ≥3 ─│ ⣿⠀x ☃", 0, 0),
	    17);
	ck_assert_str_eq(row(0), "+ -> >=3 -| * x ?");
	ck_assert_int_eq(grid_text_width(&g, "a → b"), 6);
	/* Latin letters lose their accents; × stays a sign. */
	grid_text(&g, 0, 5, -1, "Pérez Müller ÀÿÇ 3×4", 0, 0);
	ck_assert_str_eq(row(5), "Perez Muller AyC 3x4");
	ck_assert_str_eq(grid_sym(&g, "●", "o"), "o");
	grid_box(&g, (struct rect){ 0, 1, 6, 3 }, NULL, 0);
	ck_assert_str_eq(row(1), "+----+");
	ck_assert_str_eq(row(2), "|    |");
	ck_assert_str_eq(row(3), "+----+");
	grid_hline(&g, 0, 4, 3, 0);
	ck_assert_str_eq(row(4), "---");
	/* No cell of an ASCII grid is above 0x7e after text and boxes. */
	for (int y = 0; y < g.h; y++)
		for (int x = 0; x < g.w; x++)
			ck_assert_uint_lt(grid_at(&g, x, y)->ch, 0x7f);
}
END_TEST

START_TEST(utf8_mode_keeps_symbols)
{
	ck_assert_int_eq(grid_text_width(&g, "a → b"), 5);
	ck_assert_str_eq(grid_sym(&g, "●", "o"), "●");
	grid_box(&g, (struct rect){ 0, 0, 8, 3 }, "ab", GC_INFO);
	ck_assert_str_eq(row(0), "┌─ ab ─┐");
	ck_assert_str_eq(row(1), "│      │");
	ck_assert_str_eq(row(2), "└──────┘");
	ck_assert_int_eq(grid_at(&g, 0, 0)->color, GC_INFO);
}
END_TEST

START_TEST(text_is_clipped_never_wrapped)
{
	ck_assert_int_eq(grid_text(&g, 1, 0, 3, "abcdef", 0, 0), 3);
	ck_assert_str_eq(row(0), " abc");
	ck_assert_int_eq(grid_text(&g, 17, 1, -1, "abcdef", 0, 0), 3);
	ck_assert_str_eq(row(1), "                 abc");
	ck_assert_str_eq(row(2), "");
	/* Off the grid: nothing written, nothing broken. */
	ck_assert_int_eq(grid_text(&g, 0, 6, -1, "x", 0, 0), 1);
	ck_assert_int_eq(grid_text(&g, 0, -1, -1, "x", 0, 0), 1);
	ck_assert_int_eq(grid_text(&g, 25, 2, -1, "x", 0, 0), 0);
	grid_put(&g, -1, 0, 'z', 0, 0);
	grid_put(&g, 20, 0, 'z', 0, 0);
	ck_assert(!grid_contains(&g, "z"));
	ck_assert_int_eq(grid_printf(&g, 0, 3, 5, 0, 0, "%d-%s", 42,
	    "abcdef"), 5);
	ck_assert_str_eq(row(3), "42-ab");
	/* A fill larger than the grid stops at its edges. */
	grid_fill(&g, (struct rect){ 15, 4, 30, 10 }, GA_REVERSE, GC_TITLE);
	ck_assert_int_eq(grid_at(&g, 19, 5)->attr, GA_REVERSE);
	ck_assert_int_eq(grid_at(&g, 14, 5)->attr, 0);
}
END_TEST

/* ---- wrap ---- */

START_TEST(wrap_breaks_at_spaces)
{
	const char	*s = "the quick brown fox jumps";

	ck_assert_int_eq(grid_wrap(&g, 0, 0, 10, 6, 0, s, 0, 0), 3);
	ck_assert_str_eq(row(0), "the quick");
	ck_assert_str_eq(row(1), "brown fox");
	ck_assert_str_eq(row(2), "jumps");
	ck_assert_int_eq(grid_wrap_lines(10, s), 3);
	ck_assert_int_eq(grid_wrap_lines(9, s), 3);
	ck_assert_int_eq(grid_wrap_lines(25, s), 1);
	ck_assert_int_eq(grid_wrap_lines(24, s), 2);
}
END_TEST

START_TEST(wrap_clips_and_scrolls)
{
	const char	*s = "one two three four five six";

	/* Two lines shown, the first one skipped: lines 2 and 3. */
	ck_assert_int_eq(grid_wrap(&g, 2, 1, 9, 2, 1, s, 0, 0), 4);
	ck_assert_str_eq(row(0), "");
	ck_assert_str_eq(row(1), "  three");
	ck_assert_str_eq(row(2), "  four five");
	ck_assert_str_eq(row(3), "");
	ck_assert(!grid_contains(&g, "one"));
	ck_assert(!grid_contains(&g, "six"));
	/* maxlines 0 counts without drawing. */
	grid_clear(&g);
	ck_assert_int_eq(grid_wrap(&g, 0, 0, 9, 0, 0, s, 0, 0), 4);
	ck_assert(!grid_contains(&g, "one"));
}
END_TEST

START_TEST(wrap_newlines_indents_and_long_words)
{
	ck_assert_int_eq(grid_wrap(&g, 0, 0, 5, 6, 0, "abcdefghijkl", 0, 0),
	    3);
	ck_assert_str_eq(row(0), "abcde");
	ck_assert_str_eq(row(1), "fghij");
	ck_assert_str_eq(row(2), "kl");
	grid_clear(&g);
	ck_assert_int_eq(grid_wrap(&g, 0, 0, 12, 6, 0,
	    "a\n\n  b c\nd", 0, 0), 4);
	ck_assert_str_eq(row(0), "a");
	ck_assert_str_eq(row(1), "");
	ck_assert_str_eq(row(2), "  b c");
	ck_assert_str_eq(row(3), "d");
	ck_assert_int_eq(grid_wrap_lines(12, ""), 0);
	ck_assert_int_eq(grid_wrap_lines(12, "a\n"), 1);
	ck_assert_int_eq(grid_wrap_lines(12, "a\n\n"), 2);
	ck_assert_int_eq(grid_wrap_lines(0, "a"), 0);
	/* Spaces where a line wraps are dropped, not carried over. */
	grid_clear(&g);
	grid_wrap(&g, 0, 0, 4, 6, 0, "ab    cd", 0, 0);
	ck_assert_str_eq(row(0), "ab");
	ck_assert_str_eq(row(1), "cd");
	/* UTF-8 counts one column a character. */
	ck_assert_int_eq(grid_wrap_lines(5, "→→→ ééé"), 2);
}
END_TEST

START_TEST(wrap_measures_ascii_fallbacks)
{
	/* "≥" is ">=" in ASCII: the line is one column longer. */
	ck_assert_int_eq(grid_wrap(&g, 0, 0, 4, 6, 0, "a ≥b", 0, 0), 2);
	ck_assert_str_eq(row(0), "a");
	ck_assert_str_eq(row(1), ">=b");
	ck_assert_int_eq(grid_wrap_lines(4, "a ≥b"), 1);
}
END_TEST

/* ---- click regions ---- */

START_TEST(hits_find_their_key)
{
	grid_hit(&g, 2, 3, 4, 'a');
	grid_hit(&g, 4, 3, 4, TK_ITEM(7));
	ck_assert_int_eq(grid_hit_at(&g, 2, 3), 'a');
	ck_assert_int_eq(grid_hit_at(&g, 3, 3), 'a');
	/* Where they overlap, the last one added wins (an overlay). */
	ck_assert_int_eq(grid_hit_at(&g, 4, 3), TK_ITEM(7));
	ck_assert_int_eq(grid_hit_at(&g, 7, 3), TK_ITEM(7));
	ck_assert_int_eq(grid_hit_at(&g, 8, 3), 0);
	ck_assert_int_eq(grid_hit_at(&g, 1, 3), 0);
	ck_assert_int_eq(grid_hit_at(&g, 3, 2), 0);
	ck_assert_int_eq(grid_hit_at(&g, 3, 4), 0);
	grid_clear(&g);
	ck_assert_int_eq(grid_hit_at(&g, 3, 3), 0);
	/* Past the limit regions are ignored, never overflowing. */
	for (int i = 0; i < GRID_HITS_MAX + 10; i++)
		grid_hit(&g, 0, 0, 1, i + 1);
	ck_assert_int_eq(g.nhits, GRID_HITS_MAX);
	ck_assert_int_eq(grid_hit_at(&g, 0, 0), GRID_HITS_MAX);
	grid_hit(&g, 0, 1, 0, 'x');
	ck_assert_int_eq(grid_hit_at(&g, 0, 1), 0);
}
END_TEST

/* ---- rows, resize ---- */

START_TEST(rows_read_back_whole_characters)
{
	char	buf[8];

	grid_text(&g, 0, 0, -1, "ab→cd   ", 0, 0);
	ck_assert_uint_eq(grid_row(&g, 0, buf, sizeof buf), 7);
	ck_assert_str_eq(buf, "ab→cd");
	/* Too small a buffer: cut before a character, never inside one. */
	ck_assert_uint_eq(grid_row(&g, 0, buf, 5), 2);
	ck_assert_str_eq(buf, "ab");
	ck_assert_uint_eq(grid_row(&g, 0, buf, 6), 5);
	ck_assert_str_eq(buf, "ab→");
	ck_assert_uint_eq(grid_row(&g, 9, buf, sizeof buf), 0);
	ck_assert_str_eq(buf, "");
	ck_assert_uint_eq(grid_row(&g, -1, buf, sizeof buf), 0);
}
END_TEST

START_TEST(resize_clears)
{
	char	want[128];

	grid_text(&g, 0, 0, -1, "abc", 0, 0);
	grid_hit(&g, 0, 0, 3, 'a');
	ck_assert_int_eq(grid_resize(&g, 90, 30), 0);
	ck_assert_int_eq(g.w, 90);
	ck_assert_int_eq(g.h, 30);
	ck_assert_int_eq(g.nhits, 0);
	ck_assert(!grid_contains(&g, "abc"));
	grid_text(&g, 85, 29, -1, "abcdefg", 0, 0);
	snprintf(want, sizeof want, "%85sabcde", "");
	ck_assert_str_eq(row(29), want);
	/* Degenerate sizes still give a usable grid. */
	ck_assert_int_eq(grid_resize(&g, 0, -3), 0);
	ck_assert_int_eq(g.w, 1);
	ck_assert_int_eq(g.h, 1);
}
END_TEST

/* ---- keys ---- */

START_TEST(key_names)
{
	char	b[32];

	ck_assert_str_eq(tui_key_name(TK_ENTER, b, sizeof b), "Enter");
	ck_assert_str_eq(tui_key_name(TK_ESC, b, sizeof b), "Esc");
	ck_assert_str_eq(tui_key_name(TK_UP, b, sizeof b), "Up");
	ck_assert_str_eq(tui_key_name(TK_PGDN, b, sizeof b), "PgDn");
	ck_assert_str_eq(tui_key_name(TK_BTAB, b, sizeof b), "Shift-Tab");
	ck_assert_str_eq(tui_key_name(TK_F1, b, sizeof b), "F1");
	ck_assert_str_eq(tui_key_name(TK_F(10), b, sizeof b), "F10");
	ck_assert_str_eq(tui_key_name(TK_F12, b, sizeof b), "F12");
	ck_assert_str_eq(tui_key_name(' ', b, sizeof b), "Space");
	ck_assert_str_eq(tui_key_name('a', b, sizeof b), "a");
	ck_assert_str_eq(tui_key_name('?', b, sizeof b), "?");
	ck_assert_str_eq(tui_key_name(0xe9, b, sizeof b), "é");
	ck_assert_str_eq(tui_key_name(1, b, sizeof b), "^A");
	ck_assert_str_eq(tui_key_name(0x7f, b, sizeof b), "Backspace");
	ck_assert_str_eq(tui_key_name(TK_ITEM(0), b, sizeof b), "item 1");
	/* Not a character: a surrogate, or past the named keys. */
	ck_assert_str_eq(tui_key_name(0xd800, b, sizeof b), "?");
	ck_assert_str_eq(tui_key_name(TK_LAST + 5, b, sizeof b), "?");
	/* The buffer's size is respected. */
	ck_assert_str_eq(tui_key_name(TK_BACKSPACE, b, 5), "Back");
}
END_TEST

START_TEST(utf8_encoder)
{
	char	u[4];

	ck_assert_uint_eq(tui_utf8_encode('a', u), 1);
	ck_assert_uint_eq(tui_utf8_encode(0x7ff, u), 2);
	ck_assert(memcmp(u, "\xdf\xbf", 2) == 0);
	ck_assert_uint_eq(tui_utf8_encode(0x2800, u), 3);
	ck_assert(memcmp(u, "\xe2\xa0\x80", 3) == 0);
	ck_assert_uint_eq(tui_utf8_encode(0x10ffff, u), 4);
	ck_assert(memcmp(u, "\xf4\x8f\xbf\xbf", 4) == 0);
	ck_assert_uint_eq(tui_utf8_encode(0xdfff, u), 0);
	ck_assert_uint_eq(tui_utf8_encode(0x110000, u), 0);
}
END_TEST

/* ---- plot ---- */

/* stack-notes §3.5: the bit of dot (dx, dy) in a braille cell. */
static const unsigned notes_bits[4][2] = {
	{ 0x01, 0x08 },
	{ 0x02, 0x10 },
	{ 0x04, 0x20 },
	{ 0x40, 0x80 },
};

START_TEST(braille_bits_follow_the_table)
{
	struct plot	p;
	int		dx = _i % 2, dy = _i / 2;

	/* One cell spanning x 0..2 and y 0..4: one unit a dot. */
	plot_init(&p, 1, 1, 1, 0, 2, 0, 4);
	ck_assert_int_eq(plot_dots_x(&p), 2);
	ck_assert_int_eq(plot_dots_y(&p), 4);
	/* y grows upwards: dot row dy is at y = 4 - dy - 0.5. */
	plot_point(&p, dx + 0.5, 4 - dy - 0.5);
	ck_assert_uint_eq(p.bits[0][0], notes_bits[dy][dx]);
	plot_blit(&p, &g, 3, 2, 0, GC_INFO);
	ck_assert_uint_eq(grid_at(&g, 3, 2)->ch, 0x2800 + notes_bits[dy][dx]);
	ck_assert_int_eq(grid_at(&g, 3, 2)->color, GC_INFO);
}
END_TEST

START_TEST(braille_cells_read_back)
{
	struct plot	p;
	char		want[64];
	int		x, y;

	/* Every dot of the second cell, one dot in the top left of the first. */
	plot_init(&p, 3, 1, 1, 0, 6, 0, 4);
	for (y = 0; y < 4; y++)
		for (x = 2; x < 4; x++)
			plot_point(&p, x + 0.5, y + 0.5);
	plot_point(&p, 0.2, 3.9);
	grid_text(&g, 0, 0, -1, "abcd", 0, 0);
	plot_blit(&p, &g, 0, 0, 0, 0);
	/* The empty third cell leaves the 'c' under it. */
	snprintf(want, sizeof want, "%s%s%s", "⠁", "⣿", "cd");
	ck_assert_str_eq(row(0), want);
}
END_TEST

START_TEST(ascii_plot_is_one_dot_a_cell)
{
	struct plot	p;

	plot_init(&p, 4, 2, 0, 0, 4, 0, 2);
	ck_assert_int_eq(plot_dots_x(&p), 4);
	ck_assert_int_eq(plot_dots_y(&p), 2);
	plot_point(&p, 0.5, 1.5);
	plot_point(&p, 3.5, 0.5);
	plot_blit(&p, &g, 0, 0, 0, 0);
	ck_assert_str_eq(row(0), "*");
	ck_assert_str_eq(row(1), "   *");
}
END_TEST

START_TEST(braille_into_an_ascii_grid_is_a_star)
{
	struct plot	p;

	plot_init(&p, 2, 1, 1, 0, 4, 0, 4);
	plot_point(&p, 3.5, 0.5);
	plot_blit(&p, &g, 0, 0, 0, 0);
	ck_assert_str_eq(row(0), " *");
}
END_TEST

START_TEST(points_outside_are_dropped)
{
	struct plot	p;
	int		r, c, n = 0;

	plot_init(&p, 2, 2, 1, -10, 10, -5, 5);
	plot_point(&p, -10.01, 0);
	plot_point(&p, 10.01, 0);
	plot_point(&p, 0, 5.01);
	plot_point(&p, 0, -5.01);
	plot_point(&p, NAN, 0);
	plot_point(&p, 0, INFINITY);
	for (r = 0; r < 2; r++)
		for (c = 0; c < 2; c++)
			n += p.bits[r][c] != 0;
	ck_assert_int_eq(n, 0);
	/* The far edges belong to the last dot. */
	plot_point(&p, 10, -5);
	ck_assert_uint_eq(p.bits[1][1], 0x80);
	plot_point(&p, -10, 5);
	ck_assert_uint_eq(p.bits[0][0], 0x01);
	/* An empty range draws nothing rather than dividing by zero. */
	plot_init(&p, 2, 2, 1, 1, 1, 0, 1);
	plot_point(&p, 1, 0.5);
	plot_line(&p, 1, 0, 1, 1);
	ck_assert_uint_eq(p.bits[0][0] | p.bits[1][0] | p.bits[0][1] |
	    p.bits[1][1], 0);
	/* Sizes are clamped to what the struct holds. */
	plot_init(&p, 1000, 1000, 1, 0, 1, 0, 1);
	ck_assert_int_eq(p.cols, PLOT_MAX_COLS);
	ck_assert_int_eq(p.rows, PLOT_MAX_ROWS);
}
END_TEST

START_TEST(lines_are_continuous_and_clipped)
{
	struct plot	p;
	int		c, r;

	/* 10 x 5 cells = 20 x 20 dots over 0..20. */
	plot_init(&p, 10, 5, 1, 0, 20, 0, 20);
	plot_line(&p, 0.5, 10.5, 19.5, 10.5);
	for (c = 0; c < 10; c++)
		ck_assert_uint_eq(p.bits[2][c], 0x12);	/* dot row 1: both */
	/* A diagonal from far outside: clipped, one dot every column. */
	plot_init(&p, 10, 5, 1, 0, 20, 0, 20);
	plot_line(&p, -1e12, -1e12, 1e12, 1e12);
	for (c = 0; c < 10; c++) {
		int	set = 0;

		for (r = 0; r < 5; r++)
			set |= p.bits[r][c] != 0;
		ck_assert_msg(set, "column %d empty", c);
	}
	/* Top left and bottom right cells hold the ends of the diagonal. */
	ck_assert_uint_ne(p.bits[4][0] & 0x40, 0);
	ck_assert_uint_ne(p.bits[0][9] & 0x08, 0);
	/* Entirely outside: nothing. */
	plot_init(&p, 10, 5, 1, 0, 20, 0, 20);
	plot_line(&p, -5, -5, -1, 30);
	for (r = 0; r < 5; r++)
		for (c = 0; c < 10; c++)
			ck_assert_uint_eq(p.bits[r][c], 0);
}
END_TEST

START_TEST(rect_and_ellipse_outlines)
{
	struct plot	p;
	int		r, c, n;

	plot_init(&p, 10, 5, 1, 0, 20, 0, 20);
	plot_rect(&p, 0.5, 0.5, 19.5, 19.5);
	/* The outline's cells are set, the inside is empty. */
	/* Top left: the left column (0x47) and the top row's right dot. */
	ck_assert_uint_eq(p.bits[0][0], 0x4f);
	/* Bottom right: the right column (0xb8) and the bottom row (0xc0). */
	ck_assert_uint_eq(p.bits[4][9], 0xf8);
	ck_assert_uint_eq(p.bits[0][5], 0x09);		/* top edge only */
	ck_assert_uint_eq(p.bits[2][5], 0);
	/* An ellipse: its ends are set, its centre is empty. */
	plot_init(&p, 20, 10, 1, -20, 20, -20, 20);
	plot_ellipse(&p, 0, 0, 15, 8, 0);
	n = 0;
	for (r = 0; r < 10; r++)
		for (c = 0; c < 20; c++)
			n += p.bits[r][c] != 0;
	ck_assert_int_gt(n, 20);
	ck_assert_uint_eq(p.bits[5][10] | p.bits[4][10] | p.bits[4][9] |
	    p.bits[5][9], 0);
	/* x = 15 is dot 35 of 40: cell 17; y = 0 is dot row 20: cell 5. */
	ck_assert_uint_ne(p.bits[5][17] | p.bits[4][17], 0);
	ck_assert_uint_ne(p.bits[5][2] | p.bits[4][2], 0);
	/* Rotated a quarter turn, the long axis is vertical. */
	plot_init(&p, 20, 10, 1, -20, 20, -20, 20);
	plot_ellipse(&p, 0, 0, 15, 8, M_PI / 2);
	ck_assert_uint_eq(p.bits[5][17] | p.bits[4][17], 0);
	ck_assert_uint_ne(p.bits[1][10] | p.bits[1][9], 0);
}
END_TEST

static Suite *
grid_suite(void)
{
	Suite	*s = suite_create("tui_grid");
	TCase	*tc;

	tc = tcase_create("utf8");
	tcase_add_checked_fixture(tc, setup_utf8, teardown);
	tcase_add_test(tc, text_reads_back);
	tcase_add_test(tc, every_utf8_length_decodes);
	tcase_add_loop_test(tc, invalid_utf8_is_a_question_mark, 0,
	    (int)(sizeof bad_utf8 / sizeof bad_utf8[0]));
	tcase_add_test(tc, utf8_mode_keeps_symbols);
	tcase_add_test(tc, text_is_clipped_never_wrapped);
	tcase_add_test(tc, wrap_breaks_at_spaces);
	tcase_add_test(tc, wrap_clips_and_scrolls);
	tcase_add_test(tc, wrap_newlines_indents_and_long_words);
	tcase_add_test(tc, hits_find_their_key);
	tcase_add_test(tc, rows_read_back_whole_characters);
	tcase_add_test(tc, resize_clears);
	tcase_add_loop_test(tc, braille_bits_follow_the_table, 0, 8);
	tcase_add_test(tc, braille_cells_read_back);
	tcase_add_test(tc, ascii_plot_is_one_dot_a_cell);
	tcase_add_test(tc, points_outside_are_dropped);
	tcase_add_test(tc, lines_are_continuous_and_clipped);
	tcase_add_test(tc, rect_and_ellipse_outlines);
	suite_add_tcase(s, tc);

	tc = tcase_create("ascii");
	tcase_add_checked_fixture(tc, setup_ascii, teardown);
	tcase_add_test(tc, ascii_mode_falls_back);
	tcase_add_test(tc, wrap_measures_ascii_fallbacks);
	tcase_add_test(tc, braille_into_an_ascii_grid_is_a_star);
	suite_add_tcase(s, tc);

	tc = tcase_create("keys");
	tcase_add_test(tc, key_names);
	tcase_add_test(tc, utf8_encoder);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run(grid_suite());
}
