/*
 * record.c: `footscreen record --board URI --seconds N -o FILE`: read a
 * board for N seconds and write footscreen-recording(5).
 *
 * The header needs the sampling rate before the first row, so samples are
 * held back until it is known: from --rate, from a native board's hello
 * line, or measured over the first RECORD_RATE_WINDOW_S (board_clock.h).
 * Rows are then written as they come, stamped by board_clock.
 *
 * The file is written as FILE.part and renamed to FILE when the recording
 * ends, after fflush and fsync, so FILE is never half-written.  SIGINT and
 * SIGTERM end the recording early the same way: what was recorded is kept
 * and FILE reads back.  A progress line goes to standard error when it is
 * a terminal; the summary always does.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "board/board.h"
#include "board/board_clock.h"
#include "cli/args.h"
#include "cli/board_cmds.h"
#include "cli/board_wait.h"
#include "recording/recording.h"

#define RECORD_DEFAULT_S	30.0
#define RECORD_MAX_S		86400.0
/* How long to measure a board's rate when nothing states it. */
#define RECORD_RATE_WINDOW_S	1.0
#define RECORD_BATCH		256
#define RECORD_PROGRESS_MS	250
#define RECORD_FLUSH_S		1.0

struct record_opts {
	const char	*port;
	const char	*out;
	const char	*note;
	double		 seconds;
	double		 rate_hz;	/* 0: from the board */
};

struct record {
	struct record_opts	 o;
	const struct cfg_board	*cfg;
	struct board		*b;
	FILE			*fp;
	char			 part[PATH_MAX + 8];
	struct board_reading	*held;		/* before the header */
	size_t			 nheld, capheld;
	struct board_clock	 clock;
	int			 header_done;
	size_t			 written;
	double			 last_t;
	double			 flushed_at;
	char			 started[40];
	int			 full;		/* --seconds reached */
	int			 failed;
	int			 io_error;	/* FILE.part may be damaged */
	int			 tty;
	int			 progress_shown;
	double			 progress_at;	/* next progress line, s */
	struct timespec		 t0;		/* when the board was opened */
};

static void
record_usage(FILE *f)
{
	fputs("usage: footscreen record [--board URI] [--seconds N] "
	    "[--rate HZ] [--note TEXT] -o FILE\n"
	    "Record a balance board into FILE (footscreen-recording(5)).\n\n"
	    "Options:\n"
	    "  --board URI     auto, a device, sim[:PROFILE][?...], "
	    "tcp:HOST:PORT,\n"
	    "                  replay:FILE (default: [board] port)\n"
	    "  --seconds N     how long (default 30)\n"
	    "  --rate HZ       a generic board's sampling rate (default: "
	    "measured)\n"
	    "  --note TEXT     a note kept in the file's header\n"
	    "  -o FILE         where to write; FILE.part until it is done\n"
	    "  -h, --help      this help\n"
	    "Ctrl-C stops early and keeps what was recorded.\n"
	    "See footscreen(1).\n", f);
}

enum { OPT_BOARD = 256, OPT_SECONDS, OPT_RATE, OPT_NOTE };

static const struct option record_longopts[] = {
	{ "board", required_argument, NULL, OPT_BOARD },
	{ "seconds", required_argument, NULL, OPT_SECONDS },
	{ "rate", required_argument, NULL, OPT_RATE },
	{ "note", required_argument, NULL, OPT_NOTE },
	{ "output", required_argument, NULL, 'o' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* Options into o; 1 to go on, 0 after --help, -1 after a usage error. */
static int
record_parse(int argc, char **argv, const struct fs_config *cfg,
    struct record_opts *o)
{
	int	c;

	memset(o, 0, sizeof *o);
	o->port = cfg->board.port;
	o->seconds = RECORD_DEFAULT_S;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "ho:", record_longopts, NULL)) != -1)
		switch (c) {
		case 'h':
			record_usage(stdout);
			return 0;
		case 'o':
			o->out = optarg;
			break;
		case OPT_BOARD:
			o->port = optarg;
			break;
		case OPT_SECONDS:
			if (arg_double("--seconds", optarg, 0.1, RECORD_MAX_S,
			    &o->seconds) != 0)
				return -1;
			break;
		case OPT_RATE:
			if (arg_double("--rate", optarg, 1, 100000,
			    &o->rate_hz) != 0)
				return -1;
			break;
		case OPT_NOTE:
			o->note = optarg;
			break;
		default:
			cli_error("record: unknown option or missing value: '%s'; "
			    "try 'footscreen record --help'", argv[optind - 1]);
			return -1;
		}
	if (optind < argc) {
		cli_error("record: unexpected argument '%s'", argv[optind]);
		return -1;
	}
	if (o->out == NULL) {
		cli_error("record: no output file; give -o FILE");
		return -1;
	}
	return 1;
}

/* Copy text for a header field: printable ASCII kept, the rest '?'. */
static void
record_text(char *dst, size_t len, const char *src)
{
	size_t	i;

	for (i = 0; i + 1 < len && src[i] != '\0'; i++)
		dst[i] = src[i] >= 0x20 && src[i] < 0x7f ? src[i] : '?';
	dst[i] = '\0';
}

/* The header's load unit and whether the loads are calibrated. */
static void
record_units(const struct record *r, struct rec_header *h)
{
	const struct board_hello	*hello = board_hello(r->b);
	const struct board_calibration	*cal = board_calibration(r->b);

	h->load_unit = "raw";
	h->meta.calibrated = 0;
	switch (board_calibration_source(r->b)) {
	case BOARD_CAL_DEVICE:
		if (hello != NULL && (strcmp(hello->unit, "kg") == 0 ||
		    strcmp(hello->unit, "N") == 0)) {
			h->load_unit = strcmp(hello->unit, "kg") == 0 ? "kg" : "N";
			h->meta.calibrated = 1;
		}
		break;
	case BOARD_CAL_STORE:
		if (cal->scaled) {
			h->load_unit = "kg";
			h->meta.calibrated = 1;
		}
		break;
	case BOARD_CAL_CONFIG:
		/* Scales from the configuration: in a unit we are not told. */
		h->meta.calibrated = -1;
		break;
	}
}

/* Write the header for this rate; -1 with a message on failure. */
static int
record_header(struct record *r, double rate)
{
	struct rec_header	h;
	int			fd;

	snprintf(r->part, sizeof r->part, "%s.part", r->o.out);
	/* A recording of a body is personal: 0600 like the state files. */
	if ((fd = open(r->part, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0600)) == -1 || (r->fp = fdopen(fd, "w")) == NULL) {
		cli_error("record: %s: %s", r->part, strerror(errno));
		if (fd != -1)
			close(fd);
		return -1;
	}
	rec_header_init(&h);
	h.rate_hz = rate;
	h.width_mm = board_geometry(r->b)->width_mm;
	h.length_mm = board_geometry(r->b)->length_mm;
	record_units(r, &h);
	record_text(h.meta.board, sizeof h.meta.board, board_identity(r->b));
	snprintf(h.meta.started, sizeof h.meta.started, "%s", r->started);
	if (r->o.note != NULL) {
		if (strlen(r->o.note) >= sizeof h.meta.note) {
			cli_error("record: --note: longer than %zu bytes",
			    sizeof h.meta.note - 1);
			return -1;
		}
		memcpy(h.meta.note, r->o.note, strlen(r->o.note) + 1);
	}
	if (recording_write_header(r->fp, &h) == -1) {
		r->io_error = 1;
		cli_error("record: %s: %s", r->part, errno == EINVAL ?
		    "the header is not valid (is --note one line of UTF-8?)" :
		    strerror(errno));
		return -1;
	}
	board_clock_init(&r->clock, rate);
	r->header_done = 1;
	return 0;
}

/* Stamp and write one sample, unless --seconds is reached. */
static int
record_row(struct record *r, const struct board_reading *rd)
{
	double	t;

	if (r->full)
		return 0;
	t = board_clock_stamp(&r->clock, rd);
	if (t >= r->o.seconds) {
		r->full = 1;
		return 0;
	}
	if (recording_write_sample(r->fp, t, rd->load) == -1) {
		cli_error("record: %s: %s", r->part, strerror(errno));
		r->io_error = 1;
		return -1;
	}
	r->written++;
	r->last_t = t;
	if (t - r->flushed_at >= RECORD_FLUSH_S) {
		r->flushed_at = t;
		if (fflush(r->fp) == EOF) {
			cli_error("record: %s: %s", r->part, strerror(errno));
			r->io_error = 1;
			return -1;
		}
	}
	return 0;
}

/* The rate to write in the header, or 0 while it is not known yet. */
static double
record_rate(const struct record *r, int final)
{
	const struct board_hello	*h = board_hello(r->b);
	const struct board_reading	*first, *last;
	double				 span, est;

	if (r->o.rate_hz > 0)
		return r->o.rate_hz;
	if (h != NULL && h->rate_hz > 0)
		return h->rate_hz;
	if (r->nheld < 2)
		return 0;
	first = &r->held[0];
	last = &r->held[r->nheld - 1];
	span = first->has_device_time ? last->t_device - first->t_device :
	    last->t_host - first->t_host;
	if (span < RECORD_RATE_WINDOW_S && !final)
		return 0;
	est = board_rate_estimate(r->held, r->nheld);
	/* Boards run at whole rates (HX711: 10 or 80 Hz); jitter is not one. */
	return est >= 10 ? round(est) : est;
}

/* Hold a sample back until the header can be written. */
static int
record_hold(struct record *r, const struct board_reading *rd)
{
	struct board_reading	*p;
	size_t			 cap;

	if (r->nheld == r->capheld) {
		cap = r->capheld == 0 ? 1024 : r->capheld * 2;
		if ((p = reallocarray(r->held, cap, sizeof *p)) == NULL) {
			cli_error("record: out of memory");
			return -1;
		}
		r->held = p;
		r->capheld = cap;
	}
	r->held[r->nheld++] = *rd;
	return 0;
}

/* Write the header and the held samples once the rate is known. */
static int
record_release(struct record *r, int final)
{
	double	rate;
	size_t	i;

	if (r->header_done || (rate = record_rate(r, final)) <= 0)
		return 0;
	if (record_header(r, rate) == -1)
		return -1;
	for (i = 0; i < r->nheld; i++)
		if (record_row(r, &r->held[i]) == -1)
			return -1;
	r->nheld = 0;
	return 0;
}

/* Take one batch of samples. */
static int
record_take(struct record *r, const struct board_reading *rd, size_t n)
{
	struct tm	tm;
	time_t		now;
	size_t		i;

	if (n > 0 && r->started[0] == '\0') {
		now = time(NULL);
		if (gmtime_r(&now, &tm) != NULL)
			strftime(r->started, sizeof r->started,
			    "%Y-%m-%dT%H:%M:%SZ", &tm);
	}
	for (i = 0; i < n; i++) {
		if (!r->header_done) {
			if (record_hold(r, &rd[i]) == -1)
				return -1;
			continue;
		}
		if (record_row(r, &rd[i]) == -1)
			return -1;
	}
	return record_release(r, 0);
}

/* Seconds since the recording began, on the monotonic clock. */
static double
record_elapsed(const struct record *r)
{
	struct timespec	now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - r->t0.tv_sec) +
	    (double)(now.tv_nsec - r->t0.tv_nsec) / 1e9;
}

/* The progress line, rewritten in place on a terminal, 4 times a second. */
static void
record_progress(struct record *r)
{
	double	now = record_elapsed(r);

	if (!r->tty || now < r->progress_at)
		return;
	r->progress_at = now + RECORD_PROGRESS_MS / 1000.0;
	r->progress_shown = 1;
	fprintf(stderr, "\rrecording %5.1f / %.1f s  %8zu samples  %-24s",
	    r->last_t, r->o.seconds, r->written,
	    board_status_name(board_status(r->b)));
	fflush(stderr);
}

/* End the progress line before other output. */
static void
record_progress_end(struct record *r)
{
	if (r->progress_shown)
		fputc('\n', stderr);
	r->progress_shown = 0;
}

/* Say what changed about the board. */
static void
record_status(struct record *r, enum board_status *last)
{
	enum board_status	s = board_status(r->b);

	if (s == *last)
		return;
	*last = s;
	record_progress_end(r);
	if (board_message(r->b)[0] != '\0')
		cli_error("board: %s", board_message(r->b));
	else if (s == BOARD_CONNECTED)
		cli_error("board: connected: %s", board_describe(r->b));
}

/* Read until --seconds, the end, a signal or a failure. */
static void
record_loop(struct record *r)
{
	struct board_reading	 rd[RECORD_BATCH];
	enum board_status	 last = board_status(r->b);
	size_t			 n;
	int			 got_any = 0;

	while (!r->full && !r->failed) {
		n = board_read(r->b, rd, RECORD_BATCH);
		got_any |= n > 0;
		if (record_take(r, rd, n) == -1) {
			r->failed = 1;
			break;
		}
		if (n == RECORD_BATCH)
			continue;
		record_status(r, &last);
		if (board_status(r->b) == BOARD_ENDED)
			break;
		/*
		 * A board that never sent anything is not waited for: silent,
		 * or gone and not back within timeout_s.  Once data came, an
		 * unplug is waited out.
		 */
		if (board_status(r->b) == BOARD_FAILED || (!got_any &&
		    (board_status(r->b) == BOARD_SILENT ||
		    (board_status(r->b) == BOARD_RETRYING &&
		    record_elapsed(r) > r->cfg->timeout_s)))) {
			if (board_status(r->b) == BOARD_RETRYING)
				cli_error("record: nothing from %s within "
				    "%.1f s; giving up", board_describe(r->b),
				    r->cfg->timeout_s);
			r->failed = 1;
			break;
		}
		record_progress(r);
		if (wait_board(r->b, 0, r->tty ? RECORD_PROGRESS_MS : -1) &
		    WAIT_SIGNAL)
			break;
	}
	record_progress_end(r);
}

/* Finish the file: header if still owed, flush, fsync, rename. */
static int
record_finish(struct record *r)
{
	if (!r->failed && record_release(r, 1) == -1)
		r->failed = 1;
	if (r->fp == NULL)
		return -1;
	if (fflush(r->fp) == EOF || fsync(fileno(r->fp)) == -1) {
		cli_error("record: %s: %s", r->part, strerror(errno));
		fclose(r->fp);
		return -1;
	}
	if (fclose(r->fp) == EOF) {
		cli_error("record: %s: %s", r->part, strerror(errno));
		return -1;
	}
	r->fp = NULL;
	if (r->written == 0) {
		unlink(r->part);
		return -1;
	}
	if (r->io_error) {
		cli_error("record: kept what was written in %s; it may end "
		    "in a broken line", r->part);
		return -1;
	}
	if (rename(r->part, r->o.out) == -1) {
		cli_error("record: %s: %s", r->o.out, strerror(errno));
		return -1;
	}
	return 0;
}

/* The summary line, always. */
static void
record_summary(const struct record *r)
{
	const struct board_stats	*s = board_stats(r->b);
	const struct board_counters	*c = &s->parser;
	double				 eff;

	eff = r->written > 1 && r->last_t > 0 ?
	    (double)(r->written - 1) / r->last_t : 0;
	fprintf(stderr, "footscreen: %s%zu samples in %.2f s (%.1f Hz "
	    "effective) to %s\n", wait_interrupted() ? "interrupted: " : "",
	    r->written, r->written > 0 ? r->last_t : 0.0, eff, r->o.out);
	fprintf(stderr, "footscreen: board %s (%s protocol): %llu lost in "
	    "%llu sequence gaps, %llu bad lines (%llu checksum, %llu "
	    "malformed, %llu over-long, %llu with NUL), %llu disconnections\n",
	    board_describe(r->b), board_protocol_name(r->b),
	    (unsigned long long)c->samples_lost,
	    (unsigned long long)c->seq_gaps,
	    (unsigned long long)(c->checksum_errors + c->malformed +
	    c->overlong + c->nul_lines),
	    (unsigned long long)c->checksum_errors,
	    (unsigned long long)c->malformed,
	    (unsigned long long)c->overlong,
	    (unsigned long long)c->nul_lines,
	    (unsigned long long)s->disconnects);
}

int
cmd_record(int argc, char **argv, const struct fs_config *cfg)
{
	struct record	r;
	char		err[1024];
	int		rc;

	memset(&r, 0, sizeof r);
	if ((rc = record_parse(argc, argv, cfg, &r.o)) <= 0)
		return rc == 0 ? EXIT_OK : EXIT_USAGE;
	r.cfg = &cfg->board;
	r.tty = isatty(STDERR_FILENO);
	clock_gettime(CLOCK_MONOTONIC, &r.t0);
	if (board_open(r.o.port, &cfg->board, &r.b, err, sizeof err) == -1) {
		cli_error("record: %s", err);
		return EXIT_DATA;
	}
	if (wait_signals_catch() == -1) {
		cli_error("record: cannot catch signals: %s", strerror(errno));
		board_close(r.b);
		return EXIT_DATA;
	}
	record_loop(&r);
	rc = record_finish(&r);
	wait_signals_restore();
	if (r.written == 0 && !r.failed)
		cli_error("record: nothing recorded from %s",
		    board_describe(r.b));
	if (r.written > 0 || !r.failed)
		record_summary(&r);
	board_close(r.b);
	free(r.held);
	return rc == 0 && !r.failed ? EXIT_OK : EXIT_DATA;
}
