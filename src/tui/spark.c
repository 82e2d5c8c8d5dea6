/*
 * spark.c: sparklines (spark.h).  Eight block heights in UTF-8, five
 * characters of rising "height" in ASCII; a missing value is a blank, so
 * a session without the measure shows as a gap rather than as a zero.
 */
#include <config.h>

#include <math.h>

#include "tui/spark.h"

/* Lowest to highest. */
static const char *const ramp_utf8[] = {
	"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"
};
static const char *const ramp_ascii[] = { "_", ".", "-", "=", "#" };

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

int
spark_draw(struct grid *g, int x, int y, int w, const double *values,
    size_t n, int color)
{
	const char *const	*ramp = g->utf8 ? ramp_utf8 : ramp_ascii;
	const int		 levels = g->utf8 ? (int)NELEM(ramp_utf8) :
				    (int)NELEM(ramp_ascii);
	double			 lo = INFINITY, hi = -INFINITY;
	size_t			 first, i;
	int			 level, cells = 0;

	if (w <= 0 || values == NULL || n == 0)
		return 0;
	/* The newest values when there are more than cells. */
	first = n > (size_t)w ? n - (size_t)w : 0;
	for (i = first; i < n; i++)
		if (isfinite(values[i])) {
			if (values[i] < lo)
				lo = values[i];
			if (values[i] > hi)
				hi = values[i];
		}
	for (i = first; i < n; i++, cells++) {
		if (!isfinite(values[i])) {
			grid_put(g, x + cells, y, ' ', 0, color);
			continue;
		}
		/* One value, or all the same: a flat line half way up. */
		if (!(hi > lo))
			level = (levels - 1) / 2;
		else
			level = (int)lround((values[i] - lo) / (hi - lo) *
			    (levels - 1));
		if (level < 0)
			level = 0;
		if (level > levels - 1)
			level = levels - 1;
		grid_text(g, x + cells, y, 1, ramp[level], 0, color);
	}
	return cells;
}
