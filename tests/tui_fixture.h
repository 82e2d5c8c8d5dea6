/*
 * tui_fixture.h: what the TUI's unit tests share: the advice data, one
 * app on the heap with a 100 x 30 UTF-8 grid to draw it into, and reading
 * the grid back (a row as text, has and hasnt, which print the screen
 * when they fail).
 */
#ifndef FOOTSCREEN_TUI_FIXTURE_H
#define FOOTSCREEN_TUI_FIXTURE_H

#include "core/advice.h"
#include "tui/app.h"
#include "tui/grid.h"

extern struct exercise_library	tf_lib;
extern struct advice_rules	tf_rules;
extern struct app		*A;
extern struct grid		 G;

/*
 * advice_load() of the built-in data (or an installed clinic's) into
 * tf_lib and tf_rules; its result, with the reason printed when not 0.
 */
int	tf_load(void);
/* tf_load(), A made by app_init at time now (UTF-8), G 100 x 30. */
void	tf_setup_at(double now);
/* Check fixtures: tf_setup_at(100.0), and freeing A and G. */
void	tf_setup(void);
void	tf_teardown(void);

/* The terminal is cols x lines, UTF-8 or not: the app and G agree. */
void	tf_size(int cols, int lines, int utf8);
/* Draw A into G; TU_DUMP=1 prints every screen drawn on stderr. */
void	tf_draw(void);
/* Row y of G as text (a static buffer). */
const char	*tf_row(int y);
/* G on stderr, a row a line. */
void	tf_dump(void);
/* Fail the test, printing G, when needle is not on it (or is). */
void	tf_has(const char *needle);
void	tf_hasnt(const char *needle);

#endif
