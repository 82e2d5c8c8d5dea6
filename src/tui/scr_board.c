/*
 * scr_board.c: the balance board: whether it is there and sending, what
 * it is, how its loads are calibrated, and what it measures right now
 * (total load, each foot's share, the centre of pressure on a plot of the
 * board).  Also the pieces the other board screens share (scr_board.h).
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tui/app.h"
#include "tui/plot.h"

/*
 * The feet drawn on the board: about 90 mm wide and 240 mm long, a
 * grown-up's foot roughly.  Design rule: the outline shows where to
 * stand; nothing is measured from it.
 */
#define FOOT_HALF_WIDTH_MM	45.0
#define FOOT_HALF_LENGTH_MM	120.0
/* Room around the board in the plot, as a fraction (design rule). */
#define FIELD_MARGIN		1.06

/* ---- shared with the other board screens ------------------------- */

void
board_demo(struct app *app, enum sim_phase phase)
{
	if (app->demo && app->io.demo_phase != NULL)
		app->io.demo_phase(app->io.ctx, phase);
}

const char *
board_status_words(enum board_status s)
{
	switch (s) {
	case BOARD_WAITING:
		return "waiting for the first sample";
	case BOARD_CONNECTED:
		return "connected";
	case BOARD_SILENT:
		return "silent: no samples";
	case BOARD_RETRYING:
		return "lost, retrying";
	case BOARD_ENDED:
		return "ended";
	case BOARD_FAILED:
		return "failed";
	}
	return "unknown";
}

int
board_status_color(enum board_status s)
{
	switch (s) {
	case BOARD_CONNECTED:
		return GC_OK;
	case BOARD_WAITING:
		return GC_NOTE;
	default:
		return GC_ALERT;
	}
}

int
board_status_alive(enum board_status s)
{
	return s == BOARD_WAITING || s == BOARD_CONNECTED;
}

int
board_draw_status(const struct app_board *b, struct grid *g, int x, int y,
    int w)
{
	int	color, rows = 1, n;

	if (!b->present) {
		grid_text(g, x, y, w, "Board: none connected", GA_BOLD,
		    GC_NOTE);
		return 1;
	}
	color = board_status_color(b->status);
	n = 0;
	if (!board_status_alive(b->status))
		n = grid_printf(g, x, y, w, GA_BOLD, GC_ALERT, "%s ",
		    grid_sym(g, "⚠", "!"));
	grid_printf(g, x + n, y, w - n, GA_BOLD, color, "Board: %s",
	    board_status_words(b->status));
	if (b->message[0] != '\0')
		rows += grid_wrap(g, x + 2, y + 1, w - 2, 2, 0, b->message, 0,
		    board_status_alive(b->status) ? GC_DEFAULT : GC_ALERT) > 1 ?
		    2 : 1;
	return rows;
}

void
board_draw_loadbar(struct grid *g, int x, int y, int w, double right_pct)
{
	char	 left[8], right[8];
	int	 barw = w - 14, split, i;

	if (barw < 4)
		return;
	if (isnan(right_pct)) {
		grid_text(g, x, y, w, "L  --%", 0, GC_MUTED);
		grid_text(g, x + 7, y, barw, "(nobody on the board)", 0,
		    GC_MUTED);
		grid_text(g, x + w - 6, y, 6, " --% R", 0, GC_MUTED);
		return;
	}
	/* The estimate may fall outside 0..100 (§5.6): the bar stops there. */
	right_pct = fmin(100.0, fmax(0.0, right_pct));
	snprintf(left, sizeof left, "%3.0f%%", 100.0 - right_pct);
	snprintf(right, sizeof right, "%3.0f%%", right_pct);
	grid_printf(g, x, y, 6, GA_BOLD, GC_DEFAULT, "L %s", left);
	split = (int)lround((100.0 - right_pct) / 100.0 * (barw - 1));
	for (i = 0; i < barw; i++) {
		if (i == split)
			grid_text(g, x + 7 + i, y, 1, "|", GA_BOLD, GC_DEFAULT);
		else if (i < split)
			grid_text(g, x + 7 + i, y, 1, grid_sym(g, "█", "#"), 0,
			    GC_INFO);
		else
			grid_text(g, x + 7 + i, y, 1, grid_sym(g, "▒", "="), 0,
			    GC_INFO);
	}
	grid_printf(g, x + w - 6, y, 6, GA_BOLD, GC_DEFAULT, "%s R", right);
}

void
board_draw_progress(struct grid *g, int x, int y, int w, double frac)
{
	int	fill, i;

	if (w < 3)
		return;
	frac = isnan(frac) ? 0.0 : fmin(1.0, fmax(0.0, frac));
	fill = (int)floor(frac * (w - 2) + 0.5);
	grid_text(g, x, y, 1, "[", 0, GC_DEFAULT);
	for (i = 0; i < w - 2; i++)
		grid_text(g, x + 1 + i, y, 1, i < fill ? grid_sym(g, "█", "#") :
		    grid_sym(g, "·", "."), 0, i < fill ? GC_INFO : GC_MUTED);
	grid_text(g, x + w - 1, y, 1, "]", 0, GC_DEFAULT);
}

/*
 * The plot's half ranges, in mm: the same millimetres per dot across and
 * down, the board and the feet inside.
 */
static void
field_range(const struct live *l, const struct plot *p, double *hx,
    double *hy)
{
	double	need_x, need_y, per_cell;

	need_x = FIELD_MARGIN * fmax(l->geometry.width_mm / 2.0,
	    l->foot_spacing_mm / 2.0 + FOOT_HALF_WIDTH_MM);
	need_y = FIELD_MARGIN * fmax(l->geometry.length_mm / 2.0,
	    FOOT_HALF_LENGTH_MM);
	/*
	 * A terminal cell is about twice as tall as it is wide (a braille
	 * cell's 2 x 4 dots are square), so a row spans two cell widths.
	 * per_cell is the millimetres one cell width must span.
	 */
	per_cell = fmax(2.0 * need_x / p->cols, 2.0 * need_y / (2.0 *
	    p->rows));
	*hx = per_cell * p->cols / 2.0;
	*hy = per_cell * 2.0 * p->rows / 2.0;
}

void
board_draw_field(const struct live *l, struct grid *g, struct rect r)
{
	struct plot	outline, trail;
	double		hx, hy, half = l->foot_spacing_mm / 2.0;
	int		braille = g->utf8, cx, cy;
	size_t		i, k;

	if (r.w < 4 || r.h < 2)
		return;
	if (!(l->geometry.width_mm > 0.0)) {
		grid_wrap(g, r.x, r.y + r.h / 2, r.w, 2, 0,
		    "The board's size is not known yet.", 0, GC_MUTED);
		return;
	}
	plot_init(&outline, r.w, r.h, braille, 0, 1, 0, 1);
	field_range(l, &outline, &hx, &hy);
	plot_init(&outline, r.w, r.h, braille, -hx, hx, -hy, hy);
	plot_init(&trail, r.w, r.h, braille, -hx, hx, -hy, hy);
	plot_rect(&outline, -l->geometry.width_mm / 2.0,
	    -l->geometry.length_mm / 2.0, l->geometry.width_mm / 2.0,
	    l->geometry.length_mm / 2.0);
	plot_ellipse(&outline, -half, 0.0, FOOT_HALF_WIDTH_MM,
	    FOOT_HALF_LENGTH_MM, 0.0);
	plot_ellipse(&outline, half, 0.0, FOOT_HALF_WIDTH_MM,
	    FOOT_HALF_LENGTH_MM, 0.0);
	for (k = 0; k < l->trail_n; k++) {
		i = (l->trail_head + LIVE_TRAIL - l->trail_n + k) % LIVE_TRAIL;
		plot_point(&trail, l->trail_ml[i], l->trail_ap[i]);
	}
	plot_blit(&outline, g, r.x, r.y, GA_DIM, GC_MUTED);
	plot_blit(&trail, g, r.x, r.y, 0, GC_INFO);
	if (isnan(l->cop_ml_mm))
		return;
	cx = (int)floor((l->cop_ml_mm + hx) / (2.0 * hx) * r.w);
	cy = (int)floor((hy - l->cop_ap_mm) / (2.0 * hy) * r.h);
	if (cx >= 0 && cx < r.w && cy >= 0 && cy < r.h)
		grid_text(g, r.x + cx, r.y + cy, 1, grid_sym(g, "●", "@"),
		    GA_BOLD, GC_ALERT);
}

/* ---- the screen -------------------------------------------------- */

static const struct keybind board_keys[] = {
	{ 'c', 0, "calibrate", "Calibrate the board: zero it, then weigh a "
	    "known weight.", 1 },
	{ TK_ESC, TK_BACKSPACE, "back", "Back to where you came from.", 1 },
};

static const char *
cal_source_words(const struct app_board *b)
{
	switch (b->cal_source) {
	case BOARD_CAL_DEVICE:
		return "the board sends kilograms itself; no calibration "
		    "needed";
	case BOARD_CAL_STORE:
		return "stored for this board (footscreen calibrate or this "
		    "program)";
	case BOARD_CAL_CONFIG:
		break;
	}
	return b->calibrated ? "from the configuration file" :
	    "not calibrated: the loads are raw numbers; press c";
}

static int
board_key(struct app *app, int key)
{
	if (key == 'c' || key == 'C') {
		app_goto(app, SCR_CALIBRATE);
		return 1;
	}
	return 0;
}

/* What the board is: port, identity, protocol, calibration, geometry. */
static int
board_draw_about(const struct app *app, struct grid *g, int x, int y, int w)
{
	const struct app_board	*b = &app->board;
	const int		 lw = 13;
	char			 rate[48];
	int			 row = y;

	grid_text(g, x, row, lw, "Port", 0, GC_MUTED);
	row += grid_wrap(g, x + lw, row, w - lw, 2, 0,
	    b->describe[0] != '\0' ? b->describe : "-", 0, GC_DEFAULT) > 1 ?
	    2 : 1;
	grid_text(g, x, row, lw, "Board", 0, GC_MUTED);
	grid_printf(g, x + lw, row++, w - lw, 0, GC_DEFAULT, "%s, %s protocol",
	    b->identity[0] != '\0' ? b->identity : "not known yet",
	    b->protocol[0] != '\0' ? b->protocol : "unknown");
	grid_text(g, x, row, lw, "Calibration", 0, GC_MUTED);
	grid_text(g, x + lw, row++, w - lw, cal_source_words(b), 0,
	    b->calibrated || b->cal_source == BOARD_CAL_DEVICE ? GC_DEFAULT :
	    GC_NOTE);
	grid_text(g, x, row, lw, "Cells", 0, GC_MUTED);
	if (app->live.fs > 0.0)
		snprintf(rate, sizeof rate, "%.0f samples a second",
		    app->live.fs);
	else
		snprintf(rate, sizeof rate, "sample rate not known yet");
	if (app->live.geometry.width_mm > 0.0)
		grid_printf(g, x + lw, row++, w - lw, 0, GC_DEFAULT,
		    "%.0f x %.0f mm apart; %s", app->live.geometry.width_mm,
		    app->live.geometry.length_mm, rate);
	else
		grid_printf(g, x + lw, row++, w - lw, 0, GC_MUTED,
		    "size not known yet; %s", rate);
	return row - y;
}

/* "6 mm forward" along one axis, "centred" when it rounds to 0. */
static void
axis_words(char *buf, size_t len, double mm, const char *neg,
    const char *pos)
{
	if (fabs(mm) < 0.5)
		snprintf(buf, len, "centred");
	else
		snprintf(buf, len, "%.0f mm %s", fabs(mm), mm < 0 ? neg : pos);
}

/* The newest figures, in words and numbers. */
static void
board_draw_now(const struct app *app, struct grid *g, int x, int y, int w)
{
	const struct live	*l = &app->live;
	const int		 lw = 13;
	char			 ml[32], ap[32];

	grid_text(g, x, y, w, "Now", GA_BOLD, GC_DEFAULT);
	grid_text(g, x, y + 1, lw, "Total load", 0, GC_MUTED);
	if (l->n == 0)
		grid_text(g, x + lw, y + 1, w - lw, "no samples yet", 0,
		    GC_MUTED);
	else
		grid_printf(g, x + lw, y + 1, w - lw, 0, GC_DEFAULT,
		    "%.1f kg%s", l->total_kg, isnan(l->cop_ml_mm) ?
		    " (nobody on it)" : "");
	/* Each foot's share, estimated from the COP (§5.6); see the help. */
	grid_text(g, x, y + 2, lw, "Feet (est.)", 0, GC_MUTED);
	board_draw_loadbar(g, x + lw, y + 2, w - lw, l->foot_right_pct);
	grid_text(g, x, y + 3, lw, "Right cells", 0, GC_MUTED);
	if (isnan(l->right_pct))
		grid_text(g, x + lw, y + 3, w - lw, "-", 0, GC_MUTED);
	else
		grid_printf(g, x + lw, y + 3, w - lw, 0, GC_DEFAULT,
		    "%.0f %% of the load", l->right_pct);
	grid_text(g, x, y + 4, lw, "Pressure", 0, GC_MUTED);
	if (isnan(l->cop_ml_mm)) {
		grid_text(g, x + lw, y + 4, w - lw, "-", 0, GC_MUTED);
		return;
	}
	axis_words(ml, sizeof ml, l->cop_ml_mm, "left", "right");
	axis_words(ap, sizeof ap, l->cop_ap_mm, "back", "forward");
	grid_printf(g, x + lw, y + 4, w - lw, 0, GC_DEFAULT, "%s, %s", ml, ap);
}

static void
board_draw(const struct app *app, struct grid *g, struct rect body)
{
	int		y = body.y, plot_w, text_w;
	struct rect	field;

	y += board_draw_status(&app->board, g, body.x, y, body.w);
	y++;
	if (!app->board.present) {
		grid_wrap(g, body.x, y, body.w, 4, 0, "No balance board is "
		    "open.  Start the program with --board PORT (or --demo for "
		    "the simulated board), or set port in the [board] section "
		    "of footscreen.conf.", 0, GC_DEFAULT);
		return;
	}
	y += board_draw_about(app, g, body.x, y, body.w);
	y++;
	text_w = body.w / 2 + 4;
	plot_w = body.w - text_w - 1;
	board_draw_now(app, g, body.x, y, text_w - 1);
	field = (struct rect){ body.x + text_w + 1, y, plot_w,
	    body.y + body.h - y };
	if (field.h > 12)
		field.h = 12;
	grid_box(g, field, "from above", GC_MUTED);
	field.x++;
	field.y++;
	field.w -= 2;
	field.h -= 2;
	board_draw_field(&app->live, g, field);
}

const struct screen_ops screen_board = {
	.title = "Balance board",
	.keys = board_keys,
	.nkeys = sizeof board_keys / sizeof board_keys[0],
	.help = "What the balance board is doing: whether it is connected "
	    "and sending, which board it is, how its readings are turned into "
	    "kilograms, and what it measures right now.  The feet bar is an "
	    "estimate of how your weight is shared between your feet, made "
	    "from where the pressure centre sits between the two outlines; "
	    "the right cells' share is the load on the board's right half, "
	    "which is not the same thing.  Press c to calibrate the board.",
	.key = board_key,
	.draw = board_draw,
};
