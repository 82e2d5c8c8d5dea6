/*
 * scr_calibrate.c: the calibration wizard.  The steps and their maths are
 * board/calibration.h's, the same as footscreen calibrate's: the zero
 * (tare) on the empty board, one scale from a known weight, and, when an
 * object of known weight is at hand, a check that each corner reads it the
 * same.  Each step says what to do, waits CAL_LEADIN_S for the person to
 * step off or put the weight down, averages CAL_COLLECT_S of raw samples
 * from the live history, and refuses unusable samples with the reason the
 * calibration module gives.  The result is stored through
 * app->io.set_calibration.
 *
 * A board that sends kilograms itself (the simulated board) needs none of
 * this; the wizard says so, but lets the person walk through it and then
 * stores nothing.
 */
#include <config.h>

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "board/sim_model.h"
#include "tui/app.h"

/*
 * The weights the wizard takes, kg: footscreen calibrate's range and the
 * simulated person's (sim_model.h: mass in (0, 500]).  Design rule.
 */
#define CAL_MIN_KG	0.1
#define CAL_MAX_KG	500.0

static const char *const corner_words[CELL_COUNT] = {
	"front-left", "front-right", "back-left", "back-right"
};

static const char *const step_names[] = {
	"Zero", "Known weight", "Corner check", "Save"
};

static const struct keybind calibrate_keys[] = {
	{ TK_ENTER, ' ', "go on", "Start the step shown, or go on to the "
	    "next one.", 1 },
	{ 'c', 0, "check corners", "On the corner step: check each corner "
	    "with the same weight.", 0 },
	{ 'r', 0, "try again", "Repeat a step whose samples were not "
	    "accepted.", 0 },
	{ TK_ESC, TK_BACKSPACE, "back", "Stop measuring, or leave the "
	    "wizard (nothing is stored until the last step).", 1 },
};

/* The board sends kilograms itself: nothing to calibrate or store. */
static int
cal_device(const struct app *app)
{
	return app->demo || app->board.cal_source == BOARD_CAL_DEVICE;
}

static void
cal_refuse(struct app *app, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
cal_refuse(struct app *app, const char *fmt, ...)
{
	struct scr_calibrate	*s = &app->calibrate;
	va_list			 ap;

	va_start(ap, fmt);
	vsnprintf(s->reason, sizeof s->reason, fmt, ap);
	va_end(ap);
	s->phase = CAL_REFUSED;
	app->dirty = 1;
}

/* The zero's samples moved: which cell, by how much, and what to do. */
static void
cal_unsteady(struct app *app, const char *when,
    const struct calib_tare_result *res, const char *todo)
{
	cal_refuse(app, "The board was not still%s: the %s cell moved by "
	    "%.3f kg (SD; at most %.3f kg is accepted).  %s", when,
	    corner_words[res->worst], res->sd_load[res->worst],
	    CALIB_TARE_MAX_SD_KG, todo);
}

static void
calibrate_enter(struct app *app)
{
	struct scr_calibrate	*s = &app->calibrate;
	struct sim_params	 sp;

	memset(s, 0, sizeof *s);
	s->step = CAL_TARE;
	s->phase = CAL_READY;
	s->known_kg = NAN;
	s->reads_kg = NAN;
	s->seen = app->live.n;
	s->start = app->board.calibration;
	if (!app->board.present || calib_validate(&s->start) != CORE_OK)
		calib_init(&s->start);
	s->cal = s->start;
	numfield_init(&s->kg, 1, 0);
	/* The simulated person knows what the model weighs. */
	if (app->demo) {
		sim_params_init(&sp);
		numfield_set(&s->kg, sp.mass_kg);
	}
}

/* The samples that came since the last look; returns 1 when any came. */
static int
cal_take(struct app *app)
{
	struct scr_calibrate	*s = &app->calibrate;
	const struct live	*l = &app->live;
	const struct live_sample *h;
	size_t			 i;

	live_catch_up(l, &s->seen);
	if (s->seen == l->n)
		return 0;
	for (i = s->seen; i < l->n; i++) {
		h = live_sample_at(l, i);
		if (s->phase == CAL_COLLECT && s->nrows < CAL_ROWS_MAX &&
		    h != NULL)
			memcpy(s->rows[s->nrows++], h->raw, sizeof h->raw);
	}
	s->seen = l->n;
	return 1;
}

/* Start the lead-in of the current step (or corner). */
static void
cal_start(struct app *app)
{
	struct scr_calibrate	*s = &app->calibrate;

	if (!app->board.present || !board_status_alive(app->board.status)) {
		app_message(app, 1, "The board is not sending; wait for it to "
		    "connect, then press Enter again.");
		return;
	}
	s->phase = CAL_LEADIN;
	s->t0 = app->now;
	s->reason[0] = '\0';
	app->message[0] = '\0';
	app_wake(app, s->t0 + CAL_LEADIN_S);
	/* The demo's person does what each step asks. */
	board_demo(app, s->step == CAL_TARE ? SIM_PHASE_EMPTY :
	    SIM_PHASE_BOTH);
}

/* The loads of an average with a calibration, summed. */
static double
cal_total(const struct board_calibration *cal, const struct calib_average *a)
{
	double	load[CELL_COUNT], sum = 0.0;

	if (calib_apply(cal, a->mean, load) != CORE_OK)
		return NAN;
	for (int c = 0; c < CELL_COUNT; c++)
		sum += load[c];
	return sum;
}

static void
cal_finish_tare(struct app *app, const struct calib_average *avg)
{
	struct scr_calibrate		*s = &app->calibrate;
	struct board_calibration	 c = s->cal;
	struct calib_tare_result	 res;
	double				 max_sd;

	/* Raw counts say nothing about kg: judged again after the scale. */
	max_sd = c.scaled ? CALIB_TARE_MAX_SD_KG : DBL_MAX;
	if (calib_tare(&c, avg, max_sd, &res) != CORE_OK) {
		cal_refuse(app, "These samples cannot give a zero.");
		return;
	}
	if (!res.steady) {
		cal_unsteady(app, "", &res, "Leave it empty, hands off, and "
		    "try again.");
		return;
	}
	s->cal = c;
	s->empty = *avg;
	snprintf(s->note, sizeof s->note, "Zero taken from %zu samples.",
	    avg->n);
	s->step = CAL_WEIGHT;
	s->phase = CAL_READY;
}

static void
cal_finish_weight(struct app *app, const struct calib_average *avg)
{
	struct scr_calibrate		*s = &app->calibrate;
	struct board_calibration	 c = s->cal, again;
	struct calib_tare_result	 res;
	enum core_status		 st;

	if ((st = calib_scale_total(&c, avg, s->known_kg)) != CORE_OK) {
		if (st == CORE_ERR_DEGENERATE)
			cal_refuse(app, "The weight does not stand out of the "
			    "board's noise: is it on the board, and was the "
			    "board empty when it was zeroed?");
		else
			cal_refuse(app, "These samples cannot give a scale "
			    "(%s).", core_strerror(st));
		return;
	}
	/*
	 * The zero of a board that read raw counts is judged now, in kg:
	 * calib_tare() on the zero's samples with the new scale.
	 */
	again = c;
	if ((st = calib_tare(&again, &s->empty, CALIB_TARE_MAX_SD_KG,
	    &res)) != CORE_OK) {
		cal_refuse(app, "The zero cannot be checked (%s).",
		    core_strerror(st));
		return;
	}
	if (!res.steady) {
		s->cal = s->start;
		s->step = CAL_TARE;
		s->note[0] = '\0';
		cal_unsteady(app, " while it was zeroed", &res, "Start again "
		    "from the zero.");
		return;
	}
	s->cal = c;
	s->reads_kg = cal_total(&c, avg);
	snprintf(s->note, sizeof s->note, "%.1f kg now reads %.2f kg.",
	    s->known_kg, s->reads_kg);
	s->step = CAL_CHECK;
	s->phase = CAL_READY;
}

static void
cal_finish_corner(struct app *app, const struct calib_average *avg)
{
	struct scr_calibrate	*s = &app->calibrate;
	struct calib_corner_report *r = &s->report;

	s->placed[s->corner++] = *avg;
	s->phase = CAL_READY;
	if (s->corner < CELL_COUNT)
		return;
	if (calib_check_corners(&s->cal, s->placed, s->known_kg,
	    CALIB_CORNER_TOL_PCT, r) != CORE_OK) {
		s->corner = 0;
		cal_refuse(app, "These samples cannot check the corners.");
		return;
	}
	s->have_report = 1;
	if (!r->ok) {
		s->corner = 0;
		cal_refuse(app, "The %s corner reads %+.2f %% off (at most "
		    "%.1f %% is accepted): check that cell and its wiring, "
		    "then try again.  Nothing is stored with a failed check.",
		    corner_words[r->worst], r->dev_pct[r->worst],
		    CALIB_CORNER_TOL_PCT);
		return;
	}
	snprintf(s->note, sizeof s->note, "Every corner reads within %.1f %% "
	    "of %.2f kg.", CALIB_CORNER_TOL_PCT, r->reference);
	s->step = CAL_SAVE;
}

/* The collection is over: average it and do the step's maths. */
static void
cal_finish(struct app *app)
{
	struct scr_calibrate	*s = &app->calibrate;
	struct calib_average	 avg;
	enum core_status	 st;

	st = calib_average((const double (*)[CELL_COUNT])s->rows, s->nrows,
	    &avg);
	if (st == CORE_ERR_TOO_SHORT) {
		cal_refuse(app, "Only %zu samples came: too few to average.  "
		    "Is the board still connected?", s->nrows);
		return;
	}
	if (st != CORE_OK) {
		cal_refuse(app, "The samples cannot be averaged (%s).",
		    core_strerror(st));
		return;
	}
	switch (s->step) {
	case CAL_TARE:
		cal_finish_tare(app, &avg);
		break;
	case CAL_WEIGHT:
		cal_finish_weight(app, &avg);
		break;
	case CAL_CHECK:
		cal_finish_corner(app, &avg);
		break;
	default:
		break;
	}
}

static void
calibrate_tick(struct app *app)
{
	struct scr_calibrate	*s = &app->calibrate;

	if (cal_take(app))
		s->last_sample = app->now;
	if (s->phase != CAL_LEADIN && s->phase != CAL_COLLECT)
		return;
	if (!board_status_alive(app->board.status)) {
		cal_refuse(app, "The board stopped: %s", app->board.message[0] ?
		    app->board.message : board_status_words(app->board.status));
		return;
	}
	if (s->phase == CAL_LEADIN) {
		if (app->now < s->t0 + CAL_LEADIN_S) {
			app_wake(app, s->t0 + CAL_LEADIN_S);
			return;
		}
		s->phase = CAL_COLLECT;
		s->t0 = app->now;
		s->last_sample = app->now;
		s->nrows = 0;
		s->seen = app->live.n;
	}
	if (app->now - s->last_sample > BOARD_NO_SIGNAL_S) {
		cal_refuse(app, "No samples came for %.0f s: is the board "
		    "still connected?", BOARD_NO_SIGNAL_S);
		return;
	}
	if (app->now >= s->t0 + CAL_COLLECT_S || s->nrows == CAL_ROWS_MAX) {
		cal_finish(app);
		return;
	}
	app_wake(app, fmin(s->t0 + CAL_COLLECT_S,
	    s->last_sample + BOARD_NO_SIGNAL_S + 0.01));
}

/* Enter on the known-weight step: take the number typed. */
static void
cal_weight_start(struct app *app)
{
	struct scr_calibrate	*s = &app->calibrate;
	double			 kg;
	int			 rc;

	rc = numfield_value(&s->kg, &kg);
	if (rc == 1) {
		app_message(app, 1, "Type the weight in kg first.");
		return;
	}
	if (rc == -1 || kg < CAL_MIN_KG || kg > CAL_MAX_KG) {
		app_message(app, 1, "The weight must be a number from %.1f to "
		    "%.0f kg.", CAL_MIN_KG, CAL_MAX_KG);
		return;
	}
	s->known_kg = kg;
	cal_start(app);
}

/* The last step: store it for this board. */
static void
cal_save(struct app *app)
{
	struct scr_calibrate	*s = &app->calibrate;
	char			 err[256] = "";

	if (cal_device(app)) {
		snprintf(s->note, sizeof s->note, "Nothing stored: this board "
		    "sends kilograms itself.");
		s->step = CAL_DONE;
		return;
	}
	if (app->io.set_calibration == NULL) {
		app_message(app, 1, "The calibration cannot be stored here: "
		    "this program has nowhere to keep it.  Use footscreen "
		    "calibrate instead.");
		return;
	}
	if (app->io.set_calibration(app->io.ctx, &s->cal, err,
	    sizeof err) == -1) {
		app_message(app, 1, "Not stored: %s", err[0] ? err :
		    "the calibration store refused it");
		return;
	}
	s->saved = 1;
	app->board.calibration = s->cal;
	app->board.calibrated = 1;
	app->board.cal_source = BOARD_CAL_STORE;
	snprintf(s->note, sizeof s->note, "Stored for board %s and used from "
	    "now on.", app->board.identity[0] ? app->board.identity :
	    "(this board)");
	s->step = CAL_DONE;
}

static int
calibrate_key(struct app *app, int key)
{
	struct scr_calibrate	*s = &app->calibrate;

	if (s->phase == CAL_LEADIN || s->phase == CAL_COLLECT) {
		if (key != TK_ESC && key != TK_BACKSPACE)
			return 0;
		s->phase = CAL_READY;
		app_message(app, 0, "Stopped; nothing taken from that step.");
		return 1;
	}
	if (s->phase == CAL_REFUSED) {
		if (key != 'r' && key != 'R' && key != TK_ENTER && key != ' ')
			return 0;
		s->phase = CAL_READY;
		return 1;
	}
	if (s->step == CAL_WEIGHT && numfield_key(&s->kg, key))
		return 1;
	/* Deleting one digit too many must not leave the wizard. */
	if (s->step == CAL_WEIGHT && key == TK_BACKSPACE)
		return 1;
	if (key == 'c' || key == 'C') {
		if (s->step != CAL_CHECK)
			return 0;
		if (cal_device(app)) {
			app_message(app, 1, "The simulated board cannot have a "
			    "weight put at its corners.");
			return 1;
		}
		s->checking = 1;
		s->corner = 0;
		return 1;
	}
	if (key != TK_ENTER && key != ' ')
		return 0;
	app->message[0] = '\0';
	switch (s->step) {
	case CAL_TARE:
		cal_start(app);
		break;
	case CAL_WEIGHT:
		cal_weight_start(app);
		break;
	case CAL_CHECK:
		if (s->checking)
			cal_start(app);
		else
			s->step = CAL_SAVE;
		break;
	case CAL_SAVE:
		cal_save(app);
		break;
	case CAL_DONE:
		app_back(app);
		break;
	}
	return 1;
}

/* "1 Zero > 2 Known weight > ...", the current step marked. */
static void
cal_draw_steps(const struct app *app, struct grid *g, int x, int y, int w)
{
	const struct scr_calibrate	*s = &app->calibrate;
	int				 i, n = 0, attr, color;
	const char			*mark;

	for (i = 0; i < (int)(sizeof step_names / sizeof step_names[0]); i++) {
		if (i == CAL_CHECK && s->step > CAL_CHECK && !s->have_report) {
			mark = "-";	/* skipped */
			attr = 0;
			color = GC_MUTED;
		} else if (i < (int)s->step) {
			mark = grid_sym(g, "✓", "+");
			attr = 0;
			color = GC_OK;
		} else {
			mark = i == (int)s->step ? grid_sym(g, "▶", ">") : " ";
			attr = i == (int)s->step ? GA_BOLD | GA_REVERSE : 0;
			color = i == (int)s->step ? GC_DEFAULT : GC_MUTED;
		}
		if (i > 0)
			n += grid_text(g, x + n, y, w - n, "  ", 0, GC_MUTED);
		n += grid_printf(g, x + n, y, w - n, attr, color, "%s %d %s",
		    mark, i + 1, step_names[i]);
	}
}

/* What to do in this step, in words. */
static const char *
cal_instructions(const struct app *app, char *buf, size_t len)
{
	const struct scr_calibrate	*s = &app->calibrate;

	switch (s->step) {
	case CAL_TARE:
		return "Step off the board and leave it empty: nothing on it, "
		    "no hands, no feet.  Press Enter, then step away; after "
		    "3 s the board is measured for 3 s.  It must be still.";
	case CAL_WEIGHT:
		return "Type a weight you know in kg: an object weighed on a "
		    "kitchen or parcel scale, or your own weight from a "
		    "bathroom scale.  Press Enter, then within 3 s put the "
		    "object in the middle of the board, or step on and stand "
		    "still.";
	case CAL_CHECK:
		if (cal_device(app))
			return "The corner check puts the same object near "
			    "each corner in turn.  The simulated board cannot "
			    "do that, so the check is skipped: press Enter.";
		if (!s->checking)
			return "Optional: with an object (not a person), check "
			    "that each corner reads the same weight.  Press c "
			    "to check, or Enter to skip to saving.";
		snprintf(buf, len, "Corner %d of 4: put the %.1f kg object "
		    "near the %s corner, hands off, and press Enter.",
		    s->corner + 1, s->known_kg, corner_words[s->corner]);
		return buf;
	case CAL_SAVE:
		if (cal_device(app))
			return "This board sends kilograms itself, so nothing "
			    "will be stored.  Press Enter to finish.";
		return "Press Enter to store this calibration for this board; "
		    "it is used from then on.  Esc leaves without storing.";
	case CAL_DONE:
		return "Done.  Press Enter to go back.";
	}
	return "";
}

/* The numbers of the calibration made so far. */
static void
cal_draw_numbers(const struct app *app, struct grid *g, int x, int y, int w)
{
	const struct board_calibration	*c = &app->calibrate.cal;
	static const char *const	 names[CELL_COUNT] = {
		"TL", "TR", "BL", "BR"
	};

	grid_text(g, x, y, w, "cell     zero (raw)        scale (kg per raw "
	    "unit)", 0, GC_MUTED);
	for (int i = 0; i < CELL_COUNT; i++)
		grid_printf(g, x, y + 1 + i, w, 0, GC_DEFAULT,
		    "%-4s %14.6g %22.8g", names[i], c->offset[i], c->scale[i]);
}

/* Lead-in, measuring, or why the samples were refused. */
static int
cal_draw_phase(const struct app *app, struct grid *g, int x, int y, int w)
{
	const struct scr_calibrate	*s = &app->calibrate;
	double				 left, done;

	switch (s->phase) {
	case CAL_LEADIN:
		left = s->t0 + CAL_LEADIN_S - app->now;
		grid_printf(g, x, y, w, GA_BOLD, GC_NOTE, "Get ready: "
		    "measuring starts in %.0f s", ceil(fmax(0.0, left)));
		board_draw_progress(g, x, y + 1, 32, 1.0 - left / CAL_LEADIN_S);
		return 2;
	case CAL_COLLECT:
		done = fmin(CAL_COLLECT_S, app->now - s->t0);
		grid_text(g, x, y, w, "Measuring: keep still.", GA_BOLD,
		    GC_INFO);
		board_draw_progress(g, x, y + 1, 32, done / CAL_COLLECT_S);
		grid_printf(g, x + 33, y + 1, w - 33, 0, GC_DEFAULT, "%.1f of "
		    "%.0f s, %zu samples", done, CAL_COLLECT_S, s->nrows);
		return 2;
	case CAL_REFUSED:
		grid_printf(g, x, y, w, GA_BOLD, GC_ALERT, "%s Not accepted.",
		    grid_sym(g, "✗", "x"));
		return 1 + grid_wrap(g, x + 2, y + 1, w - 2, 3, 0, s->reason, 0,
		    GC_ALERT);
	case CAL_READY:
		break;
	}
	return 0;
}

static void
calibrate_draw(const struct app *app, struct grid *g, struct rect body)
{
	const struct scr_calibrate	*s = &app->calibrate;
	char				 buf[256];
	const int			 x = body.x, w = body.w;
	const int			 bottom = body.y + body.h - 1;
	int				 y = body.y;

	cal_draw_steps(app, g, x, y, w);
	y += 2;
	y += board_draw_status(&app->board, g, x, y, w);
	if (cal_device(app))
		y += grid_wrap(g, x, y, w, 2, 0, "This board sends kilograms "
		    "itself: it needs no calibration.  You can walk through "
		    "the steps to see them; nothing will be stored.", 0,
		    GC_NOTE);
	y++;
	if (s->note[0] != '\0')
		grid_printf(g, x, y++, w, 0, GC_OK, "%s %s",
		    grid_sym(g, "✓", "+"), s->note);
	y += grid_wrap(g, x, y, w, 4, 0, cal_instructions(app, buf,
	    sizeof buf), 0, GC_DEFAULT);
	y++;
	if (s->step == CAL_WEIGHT && s->phase == CAL_READY) {
		grid_text(g, x, y, 15, "Known weight:", 0, GC_DEFAULT);
		numfield_draw(&s->kg, g, x + 15, y, 10, 1);
		grid_text(g, x + 26, y, w - 26, "kg", 0, GC_DEFAULT);
		y += 2;
	}
	if (y + 4 < bottom)
		y += cal_draw_phase(app, g, x, y, w);
	if (s->phase == CAL_REFUSED && y < bottom)
		grid_text(g, x + 2, y++, w - 2, "Press r to try again.", 0,
		    GC_DEFAULT);
	if (s->step >= CAL_SAVE && y + 6 <= bottom)
		cal_draw_numbers(app, g, x, y + 1, w);
	grid_printf(g, x, bottom, w, 0, GC_MUTED, "On the board now: %.2f %s",
	    app->live.total_kg, app->board.calibration.scaled ||
	    cal_device(app) ? "kg" : "(raw units until scaled)");
}

const struct screen_ops screen_calibrate = {
	.title = "Calibrate the board",
	.keys = calibrate_keys,
	.nkeys = sizeof calibrate_keys / sizeof calibrate_keys[0],
	.help = "Calibration turns the board's raw readings into kilograms.  "
	    "First the empty board gives each load cell its zero; then a "
	    "weight you know gives the scale; then, if you have an object of "
	    "known weight, each corner is checked to read the same.  Each "
	    "step measures for a few seconds and says why when the samples "
	    "cannot be used.  Nothing is stored until the last step.",
	.enter = calibrate_enter,
	.key = calibrate_key,
	.tick = calibrate_tick,
	.draw = calibrate_draw,
};
