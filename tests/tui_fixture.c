/*
 * tui_fixture.c: the TUI tests' shared app and grid; see tui_fixture.h.
 */
#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "screening/advice_load.h"
#include "tui_fixture.h"

struct exercise_library	 tf_lib;
struct advice_rules	 tf_rules;
struct app		*A;
struct grid		 G;

int
tf_load(void)
{
	struct advice_sources	src;
	int			rc;

	if ((rc = advice_load(NULL, NULL, &tf_lib, &tf_rules, &src)) != 0)
		fprintf(stderr, "advice data: %s %s\n",
		    src.exercises_error.msg, src.rules_error.msg);
	return rc;
}

void
tf_setup_at(double now)
{
	ck_assert_int_ge(tf_load(), 0);
	A = calloc(1, sizeof *A);
	ck_assert_ptr_nonnull(A);
	app_init(A, &tf_lib, &tf_rules, NULL, NULL, now);
	A->utf8 = 1;
	ck_assert_int_eq(grid_init(&G, 100, 30, 1), 0);
}

void
tf_setup(void)
{
	tf_setup_at(100.0);
}

void
tf_teardown(void)
{
	grid_free(&G);
	free(A);
	A = NULL;
}

void
tf_size(int cols, int lines, int utf8)
{
	ck_assert_int_eq(grid_resize(&G, cols, lines), 0);
	G.utf8 = utf8;
	A->utf8 = utf8;
	A->cols = cols;
	A->lines = lines;
}

void
tf_draw(void)
{
	app_draw(A, &G);
	if (getenv("TU_DUMP") != NULL)
		tf_dump();
}

const char *
tf_row(int y)
{
	static char	buf[2048];

	grid_row(&G, y, buf, sizeof buf);
	return buf;
}

void
tf_dump(void)
{
	for (int y = 0; y < G.h; y++)
		fprintf(stderr, "%2d|%s\n", y, tf_row(y));
}

void
tf_has(const char *needle)
{
	if (!grid_contains(&G, needle)) {
		tf_dump();
		ck_abort_msg("not on screen: '%s'", needle);
	}
}

void
tf_hasnt(const char *needle)
{
	if (grid_contains(&G, needle)) {
		tf_dump();
		ck_abort_msg("on screen but should not be: '%s'", needle);
	}
}
