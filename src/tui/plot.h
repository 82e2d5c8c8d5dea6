/*
 * plot.h: a dot plot in braille cells (2 x 4 dots a cell, U+2800 + bits,
 * stack-notes §3.5), with an ASCII fallback of one dot a cell.  Pure: dots
 * are OR-ed into a byte per cell, then plot_blit() writes the cells into a
 * grid.  Coordinates are the caller's units (mm), mapped onto the cells
 * by the range given; y grows upwards (anterior up on the board).
 */
#ifndef FOOTSCREEN_TUI_PLOT_H
#define FOOTSCREEN_TUI_PLOT_H

#include <stdint.h>

#include "tui/grid.h"

#define PLOT_MAX_COLS	200
#define PLOT_MAX_ROWS	80

struct plot {
	int	cols, rows;		/* cells */
	int	braille;		/* 2 x 4 dots a cell; else 1 x 1 */
	double	xmin, xmax, ymin, ymax;	/* what the plot spans */
	uint8_t	bits[PLOT_MAX_ROWS][PLOT_MAX_COLS];
};

/* An empty plot of cols x rows cells (clamped to the maxima). */
void	plot_init(struct plot *, int cols, int rows, int braille,
	    double xmin, double xmax, double ymin, double ymax);
/* The dots across and down: cols * 2 and rows * 4 in braille. */
int	plot_dots_x(const struct plot *);
int	plot_dots_y(const struct plot *);
/* Set the dot at (x, y) in plot units; points outside are dropped.  */
void	plot_point(struct plot *, double x, double y);
/* A straight line of dots from (x0, y0) to (x1, y1). */
void	plot_line(struct plot *, double x0, double y0, double x1, double y1);
/* An axis-aligned rectangle's outline. */
void	plot_rect(struct plot *, double x0, double y0, double x1, double y1);
/* An ellipse's outline (centre, semi-axes, rotation in radians). */
void	plot_ellipse(struct plot *, double cx, double cy, double a, double b,
	    double angle);
/*
 * Write the non-empty cells into g at (x, y): braille code points in
 * braille mode, else '*'.  Empty cells are left as they are, so a plot
 * can be laid over a drawing.
 */
void	plot_blit(const struct plot *, struct grid *, int x, int y,
	    int attr, int color);

#endif
