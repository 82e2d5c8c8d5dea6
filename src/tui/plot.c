/*
 * plot.c: dots into braille cells (plot.h).  A cell holds 2 x 4 dots and
 * shows as U+2800 plus the bits of its dots, numbered as in stack-notes
 * §3.5:
 *
 *	dy\dx	0	1
 *	0	0x01	0x08
 *	1	0x02	0x10
 *	2	0x04	0x20
 *	3	0x40	0x80
 *
 * Without braille a cell is one dot and shows as '*'.
 */
#include <config.h>

#include <math.h>
#include <string.h>

#include "tui/plot.h"

#define BRAILLE_BASE	0x2800

static const uint8_t braille_bit[4][2] = {
	{ 0x01, 0x08 },
	{ 0x02, 0x10 },
	{ 0x04, 0x20 },
	{ 0x40, 0x80 },
};

/* Lines and ellipses are drawn in at most this many steps (design rule). */
#define PLOT_STEPS_MAX	8192

void
plot_init(struct plot *p, int cols, int rows, int braille, double xmin,
    double xmax, double ymin, double ymax)
{
	memset(p, 0, sizeof *p);
	p->cols = cols < 0 ? 0 : cols > PLOT_MAX_COLS ? PLOT_MAX_COLS : cols;
	p->rows = rows < 0 ? 0 : rows > PLOT_MAX_ROWS ? PLOT_MAX_ROWS : rows;
	p->braille = braille != 0;
	p->xmin = xmin;
	p->xmax = xmax;
	p->ymin = ymin;
	p->ymax = ymax;
}

int
plot_dots_x(const struct plot *p)
{
	return p->braille ? p->cols * 2 : p->cols;
}

int
plot_dots_y(const struct plot *p)
{
	return p->braille ? p->rows * 4 : p->rows;
}

/* Plot units to dots: x across from the left, y down from the top. */
static double
to_dx(const struct plot *p, double x)
{
	return (x - p->xmin) / (p->xmax - p->xmin) * plot_dots_x(p);
}

static double
to_dy(const struct plot *p, double y)
{
	return (p->ymax - y) / (p->ymax - p->ymin) * plot_dots_y(p);
}

/* Set the dot at these dot coordinates; outside the plot it is dropped. */
static void
dot(struct plot *p, double fx, double fy)
{
	int	nx = plot_dots_x(p), ny = plot_dots_y(p), dx, dy;

	if (!(fx >= 0 && fx <= nx && fy >= 0 && fy <= ny) || nx == 0 ||
	    ny == 0)
		return;		/* outside, or NaN */
	/* The far edge (x == xmax, y == ymin) belongs to the last dot. */
	dx = fx >= nx ? nx - 1 : (int)fx;
	dy = fy >= ny ? ny - 1 : (int)fy;
	if (p->braille)
		p->bits[dy / 4][dx / 2] |= braille_bit[dy % 4][dx % 2];
	else
		p->bits[dy][dx] = 1;
}

void
plot_point(struct plot *p, double x, double y)
{
	if (!(p->xmax > p->xmin && p->ymax > p->ymin))
		return;
	dot(p, to_dx(p, x), to_dy(p, y));
}

/*
 * Clip the segment to [0, w] x [0, h] (Liang-Barsky), so a line from far
 * outside costs no more than one across the plot.  Returns 0 when nothing
 * of it is inside.
 */
static int
clip(double *x0, double *y0, double *x1, double *y1, double w, double h)
{
	double	t0 = 0, t1 = 1, dx = *x1 - *x0, dy = *y1 - *y0, r;
	double	pp[4] = { -dx, dx, -dy, dy };
	double	qq[4] = { *x0, w - *x0, *y0, h - *y0 };
	int	i;

	for (i = 0; i < 4; i++) {
		if (pp[i] == 0) {
			if (qq[i] < 0)
				return 0;
			continue;
		}
		r = qq[i] / pp[i];
		if (pp[i] < 0) {
			if (r > t1)
				return 0;
			if (r > t0)
				t0 = r;
		} else {
			if (r < t0)
				return 0;
			if (r < t1)
				t1 = r;
		}
	}
	*x1 = *x0 + t1 * dx;
	*y1 = *y0 + t1 * dy;
	*x0 = *x0 + t0 * dx;
	*y0 = *y0 + t0 * dy;
	return 1;
}

/* A line in dot coordinates: one dot a step along the longer axis. */
static void
dot_line(struct plot *p, double x0, double y0, double x1, double y1)
{
	double	n;
	int	i, steps;

	if (!clip(&x0, &y0, &x1, &y1, plot_dots_x(p), plot_dots_y(p)))
		return;
	/* Rounding may leave a clipped end a hair outside: pull it in. */
	x0 = fmin(fmax(x0, 0), plot_dots_x(p));
	x1 = fmin(fmax(x1, 0), plot_dots_x(p));
	y0 = fmin(fmax(y0, 0), plot_dots_y(p));
	y1 = fmin(fmax(y1, 0), plot_dots_y(p));
	n = fmax(fabs(x1 - x0), fabs(y1 - y0));
	steps = n < PLOT_STEPS_MAX ? (int)ceil(n) : PLOT_STEPS_MAX;
	if (steps < 1) {
		dot(p, x0, y0);
		return;
	}
	for (i = 0; i <= steps; i++)
		dot(p, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps);
}

void
plot_line(struct plot *p, double x0, double y0, double x1, double y1)
{
	if (!(p->xmax > p->xmin && p->ymax > p->ymin))
		return;
	if (!isfinite(x0) || !isfinite(y0) || !isfinite(x1) || !isfinite(y1))
		return;
	dot_line(p, to_dx(p, x0), to_dy(p, y0), to_dx(p, x1), to_dy(p, y1));
}

void
plot_rect(struct plot *p, double x0, double y0, double x1, double y1)
{
	plot_line(p, x0, y0, x1, y0);
	plot_line(p, x1, y0, x1, y1);
	plot_line(p, x1, y1, x0, y1);
	plot_line(p, x0, y1, x0, y0);
}

void
plot_ellipse(struct plot *p, double cx, double cy, double a, double b,
    double angle)
{
	double	ad, bd, px = 0, py = 0, c = cos(angle), s = sin(angle);
	int	i, n;

	if (!(p->xmax > p->xmin && p->ymax > p->ymin))
		return;
	if (!isfinite(cx) || !isfinite(cy) || !isfinite(a) || !isfinite(b) ||
	    !isfinite(angle))
		return;
	/* Enough segments for one or two dots each at the plot's scale. */
	ad = fabs(a) * fmax(plot_dots_x(p) / (p->xmax - p->xmin),
	    plot_dots_y(p) / (p->ymax - p->ymin));
	bd = fabs(b) * fmax(plot_dots_x(p) / (p->xmax - p->xmin),
	    plot_dots_y(p) / (p->ymax - p->ymin));
	n = (int)fmin(ceil(2 * M_PI * fmax(ad, bd) / 2), 512);
	if (n < 12)
		n = 12;
	for (i = 0; i <= n; i++) {
		double	t = 2 * M_PI * i / n;
		double	ex = a * cos(t), ey = b * sin(t);
		double	x = cx + ex * c - ey * s, y = cy + ex * s + ey * c;

		if (i > 0)
			plot_line(p, px, py, x, y);
		px = x;
		py = y;
	}
}

void
plot_blit(const struct plot *p, struct grid *g, int x, int y, int attr,
    int color)
{
	int	r, c;

	for (r = 0; r < p->rows; r++)
		for (c = 0; c < p->cols; c++) {
			uint8_t	v = p->bits[r][c];

			if (v == 0)
				continue;
			/* An ASCII grid shows '*' even for a braille plot. */
			grid_put(g, x + c, y + r, p->braille && g->utf8 ?
			    BRAILLE_BASE + v : '*', attr, color);
		}
}
