/*
 * calibrate.c: `footscreen calibrate`: tare, scale and per-corner check of
 * a board on the command line, saved per board in the state file
 * (calibration_store.h).  The maths is calibration.h's; this file only
 * collects samples, asks the person, and reports.
 *
 * Without step options it walks through the steps with prompts on the
 * terminal.  --tare and --weight KG do their step at once, for scripts;
 * --corners KG and --check KG ask for the weight to be moved from corner
 * to corner, so they need a terminal.  Every step starts from the
 * calibration the board already has (stored, else [board]).
 *
 * Steadiness of the tare is judged in kg (CALIB_TARE_MAX_SD_KG).  A board
 * not scaled yet reads in raw counts, which say nothing about kg, so its
 * tare is taken as it is and judged again once the scale is known.
 */
#include <config.h>

#include <errno.h>
#include <float.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "board/board.h"
#include "board/calibration.h"
#include "board/calibration_store.h"
#include "cli/args.h"
#include "cli/board_cmds.h"
#include "cli/board_wait.h"

#define CAL_DEFAULT_S	3.0
#define CAL_BATCH	256
#define CAL_MAX_KG	500.0
/* A native board answers "?" within a few lines; 0.5 s is plenty. */
#define CAL_HELLO_WAIT_MS	500

struct cal_opts {
	const char	*port;
	double		 seconds;
	int		 tare;
	double		 weight_kg;	/* --weight; 0 none */
	double		 corners_kg;	/* --corners; 0 none */
	double		 check_kg;	/* --check; < 0 none, 0 compare corners */
	int		 show;
	int		 dry_run;
};

/* A column of raw rows, wire order, as calib_average() takes them. */
struct cal_rows {
	double	(*raw)[CELL_COUNT];
	size_t	  n, cap;
};

static const char *const cal_corner_words[CELL_COUNT] = {
	"front-left (TL)", "front-right (TR)", "back-left (BL)",
	"back-right (BR)"
};

static void
cal_usage(FILE *f)
{
	fputs("usage: footscreen calibrate [--board URI] [--seconds S] "
	    "[--tare] [--weight KG]\n"
	    "                            [--corners KG] [--check KG] "
	    "[--show] [--dry-run]\n"
	    "Calibrate a balance board and keep the result for that board.\n"
	    "With no step given, it asks on the terminal step by step.\n\n"
	    "Options:\n"
	    "  --board URI    the board (default: [board] port)\n"
	    "  --seconds S    how long each step averages (default 3)\n"
	    "  --tare         the board is empty now: take its zero\n"
	    "  --weight KG    KG kg are on the board now: one scale for all\n"
	    "  --corners KG   one scale per cell, moving KG kg to each corner\n"
	    "                 in turn (asks on the terminal)\n"
	    "  --check KG     check each corner reads KG kg (0: that they\n"
	    "                 agree); asks on the terminal\n"
	    "  --show         print the calibration in use and stop\n"
	    "  --dry-run      do the steps, print the result, save nothing\n"
	    "  -h, --help     this help\n", f);
}

enum {
	OPT_BOARD = 256, OPT_SECONDS, OPT_TARE, OPT_WEIGHT, OPT_CORNERS,
	OPT_CHECK, OPT_SHOW, OPT_DRY_RUN
};

static const struct option cal_longopts[] = {
	{ "board", required_argument, NULL, OPT_BOARD },
	{ "seconds", required_argument, NULL, OPT_SECONDS },
	{ "tare", no_argument, NULL, OPT_TARE },
	{ "weight", required_argument, NULL, OPT_WEIGHT },
	{ "corners", required_argument, NULL, OPT_CORNERS },
	{ "check", required_argument, NULL, OPT_CHECK },
	{ "show", no_argument, NULL, OPT_SHOW },
	{ "dry-run", no_argument, NULL, OPT_DRY_RUN },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* 1 to go on, 0 after --help, -1 after a usage error. */
static int
cal_parse(int argc, char **argv, const struct fs_config *cfg,
    struct cal_opts *o)
{
	int	c;

	memset(o, 0, sizeof *o);
	o->port = cfg->board.port;
	o->seconds = CAL_DEFAULT_S;
	o->check_kg = -1;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", cal_longopts, NULL)) != -1)
		switch (c) {
		case 'h':
			cal_usage(stdout);
			return 0;
		case OPT_BOARD:
			o->port = optarg;
			break;
		case OPT_SECONDS:
			if (arg_double("--seconds", optarg, 0.2, 60,
			    &o->seconds) != 0)
				return -1;
			break;
		case OPT_TARE:
			o->tare = 1;
			break;
		case OPT_WEIGHT:
			if (arg_double("--weight", optarg, 0.1, CAL_MAX_KG,
			    &o->weight_kg) != 0)
				return -1;
			break;
		case OPT_CORNERS:
			if (arg_double("--corners", optarg, 0.1, CAL_MAX_KG,
			    &o->corners_kg) != 0)
				return -1;
			break;
		case OPT_CHECK:
			if (arg_double("--check", optarg, 0, CAL_MAX_KG,
			    &o->check_kg) != 0)
				return -1;
			break;
		case OPT_SHOW:
			o->show = 1;
			break;
		case OPT_DRY_RUN:
			o->dry_run = 1;
			break;
		default:
			cli_error("calibrate: unknown option or missing value: "
			    "'%s'; try 'footscreen calibrate --help'",
			    argv[optind - 1]);
			return -1;
		}
	if (optind < argc) {
		cli_error("calibrate: unexpected argument '%s'", argv[optind]);
		return -1;
	}
	return 1;
}

/* Append one row; -1 when out of memory. */
static int
cal_rows_add(struct cal_rows *rows, const double raw[CELL_COUNT])
{
	double	(*p)[CELL_COUNT];
	size_t	  cap;

	if (rows->n == rows->cap) {
		cap = rows->cap == 0 ? 512 : rows->cap * 2;
		if ((p = reallocarray(rows->raw, cap, sizeof *p)) == NULL)
			return -1;
		rows->raw = p;
		rows->cap = cap;
	}
	memcpy(rows->raw[rows->n++], raw, sizeof rows->raw[0]);
	return 0;
}

/* Drop whatever the board sent while we were waiting for the person. */
static void
cal_discard(struct board *b)
{
	struct board_reading	rd[CAL_BATCH];

	while (board_read(b, rd, CAL_BATCH) == CAL_BATCH)
		continue;
}

/*
 * Average the board over o->seconds of its samples (or to the end of a
 * file or replay).  -1 with a message when it stops sending, a signal
 * arrives or there are too few samples.
 */
static int
cal_collect(struct board *b, const struct cal_opts *o,
    struct calib_average *avg)
{
	struct board_reading	 rd[CAL_BATCH];
	struct cal_rows		 rows = { NULL, 0, 0 };
	enum core_status	 st;
	double			 t0 = -1;
	size_t			 n, i;
	int			 done = 0, rc = -1;
	enum board_status	 s;

	while (!done) {
		n = board_read(b, rd, CAL_BATCH);
		for (i = 0; i < n && !done; i++) {
			if (t0 < 0)
				t0 = rd[i].t_host;
			if (cal_rows_add(&rows, rd[i].raw) == -1) {
				cli_error("calibrate: out of memory");
				goto out;
			}
			/* A file or replay arrives at once: count its samples. */
			done = rd[i].t_host - t0 >= o->seconds;
		}
		if (n == CAL_BATCH || done)
			continue;
		s = board_status(b);
		if (s == BOARD_ENDED)
			break;
		if (s == BOARD_SILENT || s == BOARD_RETRYING ||
		    s == BOARD_FAILED) {
			cli_error("calibrate: %s", board_message(b));
			goto out;
		}
		if (wait_board(b, 0, -1) & WAIT_SIGNAL) {
			cli_error("calibrate: interrupted; nothing saved");
			goto out;
		}
	}
	if ((st = calib_average((const double (*)[CELL_COUNT])rows.raw,
	    rows.n, avg)) != CORE_OK) {
		cli_error("calibrate: %zu samples from %s: %s", rows.n,
		    board_describe(b), core_strerror(st));
		goto out;
	}
	rc = 0;
out:
	free(rows.raw);
	return rc;
}

/*
 * Ask on the terminal and wait for a line, draining the board meanwhile
 * so that it never backs up.  The answer goes to buf; -1 on end of input
 * or a signal.
 */
static int
cal_ask(struct board *b, const char *question, char *buf, size_t len)
{
	int	w;

	fputs(question, stdout);
	fflush(stdout);
	for (;;) {
		cal_discard(b);
		w = wait_board(b, 1, -1);
		if (w & WAIT_SIGNAL)
			return -1;
		if (w & WAIT_STDIN)
			break;
	}
	if (fgets(buf, (int)len, stdin) == NULL)
		return -1;
	buf[strcspn(buf, "\r\n")] = '\0';
	cal_discard(b);
	return 0;
}

/* The loads of an average with the calibration as it stands, summed. */
static double
cal_total(const struct board_calibration *cal, const struct calib_average *a)
{
	double	load[CELL_COUNT], sum = 0;
	int	c;

	if (calib_apply(cal, a->mean, load) != CORE_OK)
		return NAN;
	for (c = 0; c < CELL_COUNT; c++)
		sum += load[c];
	return sum;
}

/* Tare; a board already in kg must be steady. */
static int
cal_step_tare(struct board *b, const struct cal_opts *o,
    struct board_calibration *cal, struct calib_average *empty)
{
	struct calib_tare_result	res;
	double				max_sd;

	if (cal_collect(b, o, empty) == -1)
		return -1;
	/* Unscaled counts say nothing about kg: judged after the scale. */
	max_sd = cal->scaled ? CALIB_TARE_MAX_SD_KG : DBL_MAX;
	if (calib_tare(cal, empty, max_sd, &res) != CORE_OK) {
		cli_error("calibrate: cannot tare with these samples");
		return -1;
	}
	if (!res.steady) {
		cli_error("calibrate: the board was not still: cell %s moved "
		    "by %.3f kg (SD; at most %.3f allowed); leave it empty and "
		    "untouched and try again", cell_name(res.worst),
		    res.sd_load[res.worst], CALIB_TARE_MAX_SD_KG);
		return -1;
	}
	printf("tare: %zu samples, offsets %.6g %.6g %.6g %.6g (TL TR BL BR)\n",
	    empty->n, cal->offset[CELL_TL], cal->offset[CELL_TR],
	    cal->offset[CELL_BL], cal->offset[CELL_BR]);
	return 0;
}

/* The tare judged in kg once the scale is known. */
static int
cal_recheck_tare(const struct board_calibration *cal,
    const struct calib_average *empty)
{
	double	sd;
	int	i;

	if (empty->n == 0)
		return 0;
	for (i = 0; i < CELL_COUNT; i++) {
		sd = empty->sd[i] * fabs(cal->scale[cal->channel_order[i]]);
		if (sd > CALIB_TARE_MAX_SD_KG) {
			cli_error("calibrate: the board was not still during "
			    "the tare: cell %s moved by %.3f kg (SD; at most "
			    "%.3f allowed); nothing saved, try again",
			    cell_name(cal->channel_order[i]), sd,
			    CALIB_TARE_MAX_SD_KG);
			return -1;
		}
	}
	return 0;
}

/* One factor from a known weight on the board. */
static int
cal_step_weight(struct board *b, const struct cal_opts *o,
    struct board_calibration *cal, double kg)
{
	struct calib_average	loaded;
	enum core_status	st;

	if (cal_collect(b, o, &loaded) == -1)
		return -1;
	if ((st = calib_scale_total(cal, &loaded, kg)) != CORE_OK) {
		cli_error("calibrate: %s", st == CORE_ERR_DEGENERATE ?
		    "the weight does not stand out of the noise; is it on "
		    "the board, and was the board empty for the tare?" :
		    core_strerror(st));
		return -1;
	}
	printf("scale: %.3f kg reads %.3f kg now\n", kg, cal_total(cal, &loaded));
	return 0;
}

/* Average the weight near each corner in turn, asking the person. */
static int
cal_corners_collect(struct board *b, const struct cal_opts *o, double kg,
    struct calib_average placed[CELL_COUNT])
{
	char	q[160], line[64];
	int	c;

	for (c = 0; c < CELL_COUNT; c++) {
		snprintf(q, sizeof q, "Put the %g kg weight near the %s corner, "
		    "hands off, then press Enter: ", kg, cal_corner_words[c]);
		if (cal_ask(b, q, line, sizeof line) == -1 ||
		    cal_collect(b, o, &placed[c]) == -1)
			return -1;
	}
	return 0;
}

/* Per-cell scales from the weight at each corner. */
static int
cal_step_corners(struct board *b, const struct cal_opts *o,
    struct board_calibration *cal)
{
	struct calib_average	placed[CELL_COUNT];
	enum core_status	st;

	if (cal_corners_collect(b, o, o->corners_kg, placed) == -1)
		return -1;
	if ((st = calib_scale_corners(cal, placed, CELL_COUNT,
	    o->corners_kg)) != CORE_OK) {
		cli_error("calibrate: %s", st == CORE_ERR_DEGENERATE ?
		    "the corners do not tell the cells apart (the weight in "
		    "the same place each time, or a dead cell?)" :
		    core_strerror(st));
		return -1;
	}
	puts("corners: one scale per cell");
	return 0;
}

/* The per-corner check, reported; -1 when a corner is off. */
static int
cal_step_check(struct board *b, const struct cal_opts *o,
    const struct board_calibration *cal)
{
	struct calib_average		placed[CELL_COUNT];
	struct calib_corner_report	rep;
	int				c;

	if (cal_corners_collect(b, o, o->check_kg > 0 ? o->check_kg : 0,
	    placed) == -1)
		return -1;
	if (calib_check_corners(cal, placed, o->check_kg, CALIB_CORNER_TOL_PCT,
	    &rep) != CORE_OK) {
		cli_error("calibrate: cannot check the corners with these "
		    "samples");
		return -1;
	}
	for (c = 0; c < CELL_COUNT; c++)
		printf("check %-16s %8.3f kg  %+6.2f %%\n", cal_corner_words[c],
		    rep.total[c], rep.dev_pct[c]);
	if (rep.ok) {
		printf("check: every corner within %.1f %% of %.3f kg\n",
		    CALIB_CORNER_TOL_PCT, rep.reference);
		return 0;
	}
	cli_error("calibrate: the %s corner is %.2f %% off (at most %.1f %% "
	    "allowed); check that cell and its wiring, then calibrate with "
	    "--corners", cal_corner_words[rep.worst], rep.dev_pct[rep.worst],
	    CALIB_CORNER_TOL_PCT);
	return -1;
}

/* The interactive walk: tare, weight, and a check if wanted. */
static int
cal_interactive(struct board *b, struct cal_opts *o,
    struct board_calibration *cal, struct calib_average *empty)
{
	char	line[64];

	if (!isatty(STDIN_FILENO)) {
		cli_error("calibrate: standard input is not a terminal; give "
		    "--tare and/or --weight KG");
		return -1;
	}
	if (cal_ask(b, "Leave the board empty and still, then press Enter: ",
	    line, sizeof line) == -1 || cal_step_tare(b, o, cal, empty) == -1)
		return -1;
	for (;;) {
		if (cal_ask(b, "A known weight in kg (a weighed bag, or your "
		    "own weight from a bathroom scale), or Enter to skip: ",
		    line, sizeof line) == -1)
			return -1;
		if (line[0] == '\0')
			return 0;
		if (arg_double("weight", line, 0.1, CAL_MAX_KG,
		    &o->weight_kg) == 0)
			break;
	}
	if (cal_ask(b, "Put it on the middle of the board (or stand still on "
	    "it), then press Enter: ", line, sizeof line) == -1 ||
	    cal_step_weight(b, o, cal, o->weight_kg) == -1 ||
	    cal_recheck_tare(cal, empty) == -1)
		return -1;
	if (cal_ask(b, "Check the four corners with that weight? [y/N] ",
	    line, sizeof line) == -1)
		return -1;
	if (line[0] == 'y' || line[0] == 'Y') {
		o->check_kg = o->weight_kg;
		return cal_step_check(b, o, cal);
	}
	return 0;
}

/*
 * A native board says who it is when asked, and the stored calibration
 * follows its name: wait a moment for that before starting from it.
 * Samples meanwhile are dropped, so only a live board should get here.
 */
static void
cal_wait_hello(struct board *b)
{
	struct board_reading	rd[CAL_BATCH];
	struct timespec		start, now;
	int			left;

	if (strcmp(board_protocol_name(b), "native") != 0)
		return;
	clock_gettime(CLOCK_MONOTONIC, &start);
	while (board_hello(b) == NULL && board_status(b) != BOARD_ENDED) {
		if (board_read(b, rd, CAL_BATCH) == CAL_BATCH)
			continue;
		clock_gettime(CLOCK_MONOTONIC, &now);
		left = CAL_HELLO_WAIT_MS -
		    (int)((now.tv_sec - start.tv_sec) * 1000 +
		    (now.tv_nsec - start.tv_nsec) / 1000000);
		if (left <= 0 || board_hello(b) != NULL ||
		    (wait_board(b, 0, left) & WAIT_SIGNAL))
			break;
	}
}

/* Print a calibration and where it came from. */
static void
cal_print(const struct board *b, const struct board_calibration *cal)
{
	static const char *const src[] = {
		"[board] in the configuration", "the state file",
		"the board itself (sim or replay)"
	};
	int	c;

	printf("board %s: %s\n", board_identity(b), board_describe(b));
	printf("calibration from %s; tared %s, scaled %s\n",
	    src[board_calibration_source(b)], cal->tared ? "yes" : "no",
	    cal->scaled ? "yes" : "no");
	printf("channel order %s,%s,%s,%s\n", cell_name(cal->channel_order[0]),
	    cell_name(cal->channel_order[1]), cell_name(cal->channel_order[2]),
	    cell_name(cal->channel_order[3]));
	for (c = 0; c < CELL_COUNT; c++)
		printf("%s offset %.17g scale %.17g\n", cell_name((enum cell)c),
		    cal->offset[c], cal->scale[c]);
}

/* Keep the result for this board. */
static int
cal_save(const struct board *b, const struct board_calibration *cal)
{
	struct cal_store	st;
	struct cal_error	err;

	if (calibration_store_load(&st, NULL, &err) == -1) {
		cli_error("calibrate: %s; nothing saved: fix or remove that "
		    "file", err.msg);
		return -1;
	}
	if (calibration_store_set(&st, board_identity(b), cal, &err) == -1 ||
	    calibration_store_save(&st, &err) == -1) {
		cli_error("calibrate: %s", err.msg);
		calibration_store_free(&st);
		return -1;
	}
	printf("saved for board '%s' in %s\n", board_identity(b), st.path);
	calibration_store_free(&st);
	return 0;
}

/* The steps the options ask for, in order. */
static int
cal_run(struct board *b, struct cal_opts *o, struct board_calibration *cal)
{
	struct calib_average	empty;
	int			steps;

	memset(&empty, 0, sizeof empty);
	steps = o->tare || o->weight_kg > 0 || o->corners_kg > 0 ||
	    o->check_kg >= 0;
	if (!steps)
		return cal_interactive(b, o, cal, &empty);
	if ((o->corners_kg > 0 || o->check_kg >= 0) && !isatty(STDIN_FILENO)) {
		cli_error("calibrate: --corners and --check ask for the weight "
		    "to be moved; they need a terminal");
		return -1;
	}
	if (o->tare && cal_step_tare(b, o, cal, &empty) == -1)
		return -1;
	if (o->weight_kg > 0 && cal_step_weight(b, o, cal, o->weight_kg) == -1)
		return -1;
	if (o->corners_kg > 0 && cal_step_corners(b, o, cal) == -1)
		return -1;
	if (cal->scaled && cal_recheck_tare(cal, &empty) == -1)
		return -1;
	if (o->check_kg >= 0 && cal_step_check(b, o, cal) == -1)
		return -1;
	return 0;
}

int
cmd_calibrate(int argc, char **argv, const struct fs_config *cfg)
{
	struct cal_opts			 o;
	struct board			*b;
	struct board_calibration	 cal;
	char				 err[1024];
	int				 rc;

	if ((rc = cal_parse(argc, argv, cfg, &o)) <= 0)
		return rc == 0 ? EXIT_OK : EXIT_USAGE;
	if (board_open(o.port, &cfg->board, &b, err, sizeof err) == -1) {
		cli_error("calibrate: %s", err);
		return EXIT_DATA;
	}
	if (wait_signals_catch() == -1) {
		cli_error("calibrate: cannot catch signals: %s", strerror(errno));
		board_close(b);
		return EXIT_DATA;
	}
	rc = -1;
	if (board_calibration_source(b) == BOARD_CAL_DEVICE) {
		cli_error("calibrate: %s sends calibrated loads; there is "
		    "nothing to calibrate", board_describe(b));
		goto out;
	}
	if (o.show) {
		cal_print(b, board_calibration(b));
		rc = 0;
		goto out;
	}
	cal_wait_hello(b);
	cal = *board_calibration(b);
	if (cal_run(b, &o, &cal) == -1)
		goto out;
	board_set_calibration(b, &cal);
	cal_print(b, &cal);
	rc = o.dry_run ? 0 : cal_save(b, &cal);
out:
	wait_signals_restore();
	board_close(b);
	return rc == 0 ? EXIT_OK : EXIT_DATA;
}
