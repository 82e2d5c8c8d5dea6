/*
 * boardtest_draw.c: drawing a balance-board test (boardtest.h): its
 * instructions, the live trial (the board from above with the centre of
 * pressure, each foot's share, the time), a trial stopped with its
 * reason, and the result.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tui/boardtest.h"

static const char *
bt_instructions(const struct scr_boardtest *s)
{
	switch (s->test) {
	case TEST_BOARD_QUIET_EO:
		return "Stand on the board barefoot, one foot on each outline "
		    "(about hip width apart, toes forward), arms relaxed by "
		    "your sides, looking at a point on the wall at eye level.  "
		    "Stay within reach of a wall or a rail.\n"
		    "Press Enter and step on: the trial starts by itself once "
		    "you have stood still for 3 s, and lasts 30 s.  Stepping "
		    "off or leaning on something stops it.";
	case TEST_BOARD_QUIET_EC:
		return "The same stance: barefoot, one foot on each outline, "
		    "arms by your sides, within reach of a wall or a rail.  "
		    "Once you stand still, close your eyes and keep them "
		    "closed: the trial starts after 3 s of standing still and "
		    "lasts 30 s, so count slowly to about 35, or have someone "
		    "tell you when the screen says it is done.\n"
		    "If you feel unsteady, open your eyes and hold on: that "
		    "matters more than the test.";
	case TEST_BOARD_SLS:
		return "Stand on the board barefoot, one foot on each outline, "
		    "arms crossed over your chest, next to a wall or a rail.  "
		    "When the screen asks, lift one foot so that it is near, "
		    "but not touching, the other ankle, and hold as long as "
		    "you can, at most 45 s.\n"
		    "Timing is automatic: it starts when your weight is on one "
		    "foot and stops when the other foot touches down or you "
		    "step off.  Three tries on each leg, left leg first; the "
		    "best counts.  Rest as long as you like between tries.";
	default:
		return "This step is not a balance-board test.";
	}
}

/* How a single-leg trial ended, in words. */
static const char *
bt_end_words(enum bt_end e)
{
	switch (e) {
	case BT_END_TOUCH:
		return "the other foot touched down";
	case BT_END_OFF:
		return "you stepped off";
	case BT_END_CAP:
		return "45 s reached";
	case BT_END_TIME:
		return "time up";
	default:
		return "stopped";
	}
}

/* What the person should do now, in at most two lines. */
static void
bt_draw_doing(const struct app *app, struct grid *g, int x, int y, int w)
{
	const struct scr_boardtest	*s = &app->boardtest;
	const char	*stance = s->side == SIDE_LEFT ? "left" : "right";
	const char	*lift = s->side == SIDE_LEFT ? "right" : "left";
	char		 buf[128];
	double		 left;

	buf[0] = '\0';
	switch (s->page) {
	case BT_SETTLE:
		if (s->still_n == 0)
			snprintf(buf, sizeof buf, "Step on: one foot on each "
			    "outline, and stand still.");
		else
			snprintf(buf, sizeof buf, "Stand still: starting in "
			    "%.0f s", ceil(fmax(0.0, BT_SETTLE_S -
			    (s->t_now - s->still_t0) - BT_EPS_S)));
		break;
	case BT_ARMED:
		if (!s->rearmed)
			snprintf(buf, sizeof buf, "Put both feet down on the "
			    "outlines.");
		else
			snprintf(buf, sizeof buf, "Stand on your %s leg: lift "
			    "your %s foot when ready.", stance, lift);
		break;
	case BT_RUN:
		if (bt_sls(s)) {
			snprintf(buf, sizeof buf, "On the %s leg: %.1f s",
			    stance, s->t_now - s->t_start);
			break;
		}
		left = BT_QUIET_S - (s->t_now - s->t_start);
		snprintf(buf, sizeof buf, "%.0f s left",
		    ceil(fmax(0.0, left - BT_EPS_S)));
		break;
	default:
		break;
	}
	grid_wrap(g, x, y, w, 2, 0, buf, GA_BOLD, s->page == BT_RUN ?
	    GC_INFO : GC_NOTE);
}

/* The right-hand column of the live page. */
static void
bt_draw_side(const struct app *app, struct grid *g, int x, int y, int w)
{
	const struct scr_boardtest	*s = &app->boardtest;
	const struct live		*l = &app->live;
	char				 buf[96];
	double				 frac = NAN;

	bt_draw_doing(app, g, x, y, w);
	if (s->page == BT_SETTLE)
		frac = s->still_n == 0 ? 0.0 : (s->t_now - s->still_t0) /
		    BT_SETTLE_S;
	else if (s->page == BT_RUN)
		frac = (s->t_now - s->t_start) / (bt_sls(s) ? BT_SLS_CAP_S :
		    BT_QUIET_S);
	if (!isnan(frac))
		board_draw_progress(g, x, y + 2, w, frac);
	y += 4;
	if (bt_sls(s)) {
		grid_printf(g, x, y++, w, 0, GC_DEFAULT, "%s leg, try %d of %d",
		    s->side == SIDE_LEFT ? "Left" : "Right",
		    s->ntimes[s->side] + 1, BT_SLS_TRIALS);
		if (s->ntimes[SIDE_LEFT] + s->ntimes[SIDE_RIGHT] > 0) {
			snprintf(buf, sizeof buf, "last try %.1f s: %s",
			    s->t_last_trial, bt_end_words(s->end));
			grid_wrap(g, x, y, w, 2, 0, buf, 0, GC_MUTED);
		}
		y += 2;
		if (s->wrong_foot && s->page == BT_ARMED)
			grid_printf(g, x, y, w, GA_BOLD, GC_NOTE, "That is the "
			    "other foot: stand on the %s leg.",
			    s->side == SIDE_LEFT ? "left" : "right");
		y++;
	} else {
		grid_text(g, x, y++, w, s->test == TEST_BOARD_QUIET_EC ?
		    "Eyes closed, arms by your sides." :
		    "Eyes open, arms by your sides.", 0, GC_DEFAULT);
		y++;
	}
	grid_text(g, x, y++, w, "Feet (estimated):", 0, GC_MUTED);
	board_draw_loadbar(g, x, y++, w, l->foot_right_pct);
	y++;
	grid_printf(g, x, y++, w, 0, GC_DEFAULT, "On the board: %.1f kg",
	    l->total_kg);
	if (s->weight_kg > 0.0 && s->page != BT_SETTLE)
		grid_printf(g, x, y++, w, 0, GC_MUTED, "standing weight "
		    "%.1f kg", s->weight_kg);
}

/* Board status, then the field on the left and the figures on the right. */
static void
bt_draw_live(const struct app *app, struct grid *g, struct rect body, int y)
{
	struct rect	box;
	int		bw = body.w / 2 + 2;

	box = (struct rect){ body.x, y, bw, body.y + body.h - y };
	if (box.h > 16)
		box.h = 16;
	grid_box(g, box, "board from above", GC_MUTED);
	board_draw_field(&app->live, g, (struct rect){ box.x + 1, box.y + 1,
	    box.w - 2, box.h - 2 });
	bt_draw_side(app, g, body.x + bw + 2, y, body.w - bw - 2);
}

static void
bt_draw_instr(const struct app *app, struct grid *g, struct rect body, int y)
{
	const struct scr_boardtest	*s = &app->boardtest;
	int	tw = body.w - body.w * 2 / 5 - 1, rows;
	struct rect	box;

	rows = grid_wrap(g, body.x, y, tw, body.y + body.h - y - 1, 0,
	    bt_instructions(s), 0, GC_DEFAULT);
	box = (struct rect){ body.x + tw + 1, y, body.w - tw - 1, 11 };
	grid_box(g, box, "where to stand", GC_MUTED);
	board_draw_field(&app->live, g, (struct rect){ box.x + 1, box.y + 1,
	    box.w - 2, box.h - 2 });
	y += rows > box.h ? rows : box.h;
	if (y < body.y + body.h)
		grid_text(g, body.x, body.y + body.h - 1, body.w, "Press Enter "
		    "to start, or s to skip this test.", GA_BOLD, GC_DEFAULT);
}

static void
bt_draw_fault(const struct app *app, struct grid *g, struct rect body, int y)
{
	const struct scr_boardtest	*s = &app->boardtest;

	grid_printf(g, body.x, y++, body.w, GA_BOLD, GC_ALERT, "%s Trial "
	    "stopped%s", grid_sym(g, "⚠", "!"), s->end == BT_END_LOST ?
	    ": the board was lost" : "");
	y += grid_wrap(g, body.x + 2, y, body.w - 2, 4, 0, s->reason, GA_BOLD,
	    GC_ALERT);
	y++;
	if (bt_sls(s) && s->ntimes[SIDE_LEFT] + s->ntimes[SIDE_RIGHT] > 0)
		grid_printf(g, body.x, y++, body.w, 0, GC_DEFAULT, "The tries "
		    "already done are kept (left %d, right %d).",
		    s->ntimes[SIDE_LEFT], s->ntimes[SIDE_RIGHT]);
	/* Back means sending again, not merely reopened (BOARD_WAITING). */
	if (s->end == BT_END_LOST && app->board.status != BOARD_CONNECTED)
		grid_text(g, body.x, y++, body.w, "Waiting for the board to "
		    "come back...", 0, GC_NOTE);
	else if (s->end == BT_END_LOST)
		grid_printf(g, body.x, y++, body.w, GA_BOLD, GC_OK, "%s The "
		    "board is back: press r to run the trial again.",
		    grid_sym(g, "✓", "+"));
	else if (s->end != BT_END_SLOW)
		grid_text(g, body.x, y++, body.w, "Press r to try again.", 0,
		    GC_DEFAULT);
	grid_text(g, body.x, y, body.w, "Press s to skip this test.", 0,
	    GC_DEFAULT);
}

static void
bt_draw_quiet_result(const struct app *app, struct grid *g, int x, int y,
    int w)
{
	const struct scr_boardtest	*s = &app->boardtest;
	const struct screening_answers	*a = &app->answers;
	const int	eo = s->test == TEST_BOARD_QUIET_EO;
	double		v = eo ? a->board_velocity_eo_mm_s :
			    a->board_velocity_ec_mm_s;
	double		area = eo ? a->board_area_eo_mm2 : a->board_area_ec_mm2;

	grid_printf(g, x, y++, w, 0, GC_DEFAULT, "Sway speed (mean speed of "
	    "the pressure centre): %.1f mm/s", v);
	grid_printf(g, x, y++, w, 0, GC_DEFAULT, "Sway area (95 %% ellipse): "
	    "%.0f %s", area, grid_sym(g, "mm²", "mm2"));
	if (eo && !isnan(a->board_weight_right_pct))
		grid_printf(g, x, y++, w, 0, GC_DEFAULT, "Weight on each foot "
		    "(estimated): left %.0f %%, right %.0f %%",
		    100.0 - a->board_weight_right_pct,
		    a->board_weight_right_pct);
	else if (eo)
		grid_text(g, x, y++, w, "Weight on each foot: not estimated "
		    "(the pressure centre lay outside the feet).", 0, GC_NOTE);
	if (!eo && a->board_velocity_eo_mm_s > 0.0)
		grid_printf(g, x, y++, w, 0, GC_DEFAULT, "Eyes closed against "
		    "eyes open: %.2f times the sway speed",
		    v / a->board_velocity_eo_mm_s);
	y++;
	if (s->have_summary)
		grid_printf(g, x, y++, w, 0, GC_MUTED, "From %zu samples over "
		    "%.0f s.", s->summary.n, s->summary.duration_s);
	grid_wrap(g, x, y, w, 3, 0, "These figures depend on the board and "
	    "the stance: compare them with your own earlier results on this "
	    "board rather than with published lab values.", 0, GC_MUTED);
}

/* "23.4 s (tries 12.1, 23.4, 18.0 s)", or what is known of it. */
static void
bt_sls_line(const struct scr_boardtest *s, int sd, double best, char *buf,
    size_t len)
{
	size_t	n;
	int	k;

	if (isnan(best)) {
		snprintf(buf, len, "no time");
		return;
	}
	snprintf(buf, len, "best %.1f s", best);
	if (s->ntimes[sd] < 2)
		return;
	for (k = 0; k < s->ntimes[sd]; k++) {
		n = strlen(buf);
		snprintf(buf + n, len - n, "%s%.1f", k ? ", " : " (tries ",
		    s->times[sd][k]);
	}
	n = strlen(buf);
	snprintf(buf + n, len - n, " s)");
}

static void
bt_draw_sls_result(const struct app *app, struct grid *g, int x, int y,
    int w)
{
	const struct scr_boardtest	*s = &app->boardtest;
	const struct side_answers	*sa;
	char				 line[96];

	for (int sd = 0; sd < SIDE_COUNT; sd++) {
		sa = &app->answers.side[sd];
		bt_sls_line(s, sd, sa->board_sls_time_s, line, sizeof line);
		grid_printf(g, x, y++, w, GA_BOLD, GC_DEFAULT, "%s: %s",
		    strings_text(sd == SIDE_LEFT ? STR_LEFT_LEG_CAP :
		    STR_RIGHT_LEG_CAP), line);
		if (!isnan(sa->board_sls_cop_medial_mm))
			grid_printf(g, x + 2, y++, w - 2, 0, GC_DEFAULT,
			    "%s: %.0f mm from the foot's centre line",
			    strings_text(sa->board_sls_cop_medial_mm >= 0 ?
			    STR_COP_MEDIAL : STR_COP_LATERAL),
			    fabs(sa->board_sls_cop_medial_mm));
		y++;
	}
	grid_wrap(g, x, y, w, 3, 0, "The pressure position describes how you "
	    "stood; on its own it says nothing about the cause of any pain.",
	    0, GC_MUTED);
}

static void
bt_draw_result(const struct app *app, struct grid *g, struct rect body,
    int y)
{
	grid_text(g, body.x, y++, body.w, "Done.", GA_BOLD, GC_OK);
	y++;
	if (bt_sls(&app->boardtest))
		bt_draw_sls_result(app, g, body.x, y, body.w);
	else
		bt_draw_quiet_result(app, g, body.x, y, body.w);
	grid_text(g, body.x, body.y + body.h - 1, body.w, "Press Enter to go "
	    "on, r to do this test again.", GA_BOLD, GC_DEFAULT);
}

void
bt_draw(const struct app *app, struct grid *g, struct rect body)
{
	const struct scr_boardtest	*s = &app->boardtest;
	int				 y = body.y;

	if (s->test == TEST_COUNT || !test_is_board(s->test)) {
		grid_text(g, body.x, y, body.w, bt_instructions(s), 0,
		    GC_DEFAULT);
		return;
	}
	grid_text(g, body.x, y++, body.w, test_title(s->test), GA_BOLD,
	    GC_DEFAULT);
	y += board_draw_status(&app->board, g, body.x, y, body.w);
	y++;
	switch (s->page) {
	case BT_INSTR:
		bt_draw_instr(app, g, body, y);
		break;
	case BT_SETTLE:
	case BT_ARMED:
	case BT_RUN:
		bt_draw_live(app, g, body, y);
		break;
	case BT_FAULT:
		bt_draw_fault(app, g, body, y);
		break;
	case BT_RESULT:
		bt_draw_result(app, g, body, y);
		break;
	}
}
