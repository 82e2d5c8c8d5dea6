/*
 * spark.h: a sparkline, one measure over time in one row of block
 * characters (▁▂▃▄▅▆▇█; ASCII: _.-=#), for the history's trend view.
 * Pure: values in, a string of cells out.
 */
#ifndef FOOTSCREEN_TUI_SPARK_H
#define FOOTSCREEN_TUI_SPARK_H

#include <stddef.h>

#include "tui/grid.h"

/*
 * Draw values[0..n-1] (oldest first; NAN: a gap) at (x, y), at most w
 * cells (the newest kept when there are more), scaled between the
 * smallest and largest finite value.  Returns the cells drawn.
 */
int	spark_draw(struct grid *, int x, int y, int w, const double *values,
	    size_t n, int color);

#endif
