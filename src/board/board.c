/*
 * board.c: a session with one balance board (board.h): transport, parser,
 * calibration, timestamps, silence, hangup and reconnection.
 *
 * The state machine:
 *
 *	WAITING --sample--> CONNECTED --timeout_s without a sample--> SILENT
 *	   ^                    |  ^------------sample------------------'
 *	   |               hangup (any state with a transport)
 *	   |                    v
 *	   '--reopened-- RETRYING --reopen failed: wait x2, up to 2 s--.
 *	                    ^------------------------------------------'
 *	end of a file or replay: ENDED.
 *
 * Hangup is what stack-notes §1.6 lists (read() == 0 on a tty or socket,
 * EIO, ENXIO, ENODEV); the transport is closed at once so the kernel can
 * reuse the device name, and reopened by the same port string, so a udev
 * symlink, a by-id path or port = auto finds the board again even when it
 * comes back under another ttyUSB number.
 */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "board/board.h"
#include "board/calibration_store.h"
#include "board/transport.h"

#define BOARD_READ_CHUNK	4096
#define BOARD_EVENTS		64
/* Device time never repeats: a re-anchored clock starts this much later. */
#define BOARD_MIN_STEP_S	1e-6

struct board {
	char			 port[PATH_MAX];
	struct cfg_board	 cfg;
	struct transport	*t;
	unsigned		 tflags;
	int			 native;
	char			 describe[PATH_MAX + 128];
	char			 usb_serial[128];
	char			 identity[CAL_ID_MAX];
	struct board_geometry	 geometry;

	enum board_status	 status;
	char			 msg[1024];
	struct board_stats	 stats;
	struct board_parser	 parser;
	struct board_hello	 hello;
	int			 has_hello;
	int			 hello_asked;	/* on this connection */

	struct board_calibration cal;
	struct board_calibration cfg_cal;
	enum board_cal_source	 cal_src;
	int			 cal_explicit;	/* set by board_set_calibration */
	struct cal_store	 store;

	struct timespec		 t0;
	double			 since;		/* connected or last sample */
	uint64_t		 bytes_at_since;
	double			 retry_at;
	double			 retry_wait;

	int			 anchored;	/* anchor_* valid */
	double			 anchor_host;
	uint64_t		 anchor_us;
	uint64_t		 restarts_seen;
	double			 last_device;

	uint8_t			 rbuf[BOARD_READ_CHUNK];
	size_t			 roff, rlen;
	double			 rtime;		/* arrival of rbuf's bytes */
	struct board_event	 ev[BOARD_EVENTS];
};

/* Set the status message; a long one is cut. */
static void __attribute__((format(printf, 2, 3)))
board_setmsg(struct board *b, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(b->msg, sizeof b->msg, fmt, ap);
	va_end(ap);
}

/* Copy a string into a fixed buffer, cut to fit. */
static void
board_copy(char *dst, size_t len, const char *src)
{
	size_t	n = strnlen(src, len - 1);

	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* Seconds since the session began. */
static double
board_now(const struct board *b)
{
	struct timespec	now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - b->t0.tv_sec) +
	    (double)(now.tv_nsec - b->t0.tv_nsec) / 1e9;
}

/* Identity for the stored calibration: hello name, USB serial, port. */
static void
board_update_identity(struct board *b)
{
	const char	*id = b->port;

	if (b->has_hello && b->hello.name[0] != '\0')
		id = b->hello.name;
	else if (b->usb_serial[0] != '\0')
		id = b->usb_serial;
	board_copy(b->identity, sizeof b->identity, id);
}

/* The calibration in force: device, stored for this identity, or config. */
static void
board_pick_calibration(struct board *b)
{
	const struct cal_entry	*e;

	if (b->cal_explicit)
		return;
	if (b->tflags & TRANSPORT_F_CALIBRATED) {
		calib_init(&b->cal);
		b->cal_src = BOARD_CAL_DEVICE;
	} else if ((e = calibration_store_find(&b->store, b->identity)) != NULL) {
		b->cal = e->cal;
		b->cal_src = BOARD_CAL_STORE;
	} else {
		b->cal = b->cfg_cal;
		b->cal_src = BOARD_CAL_CONFIG;
	}
}

/* Ask a native board who it is; a board still connecting is asked later. */
static void
board_ask_hello(struct board *b)
{
	static const char	req[] = "?\n";

	if (!b->native || b->hello_asked || b->t == NULL ||
	    !(transport_flags(b->t) & TRANSPORT_F_WRITABLE))
		return;
	if (transport_write(b->t, req, sizeof req - 1) == 0)
		b->hello_asked = 1;
}

/* A transport is open: a fresh connection. */
static void
board_connected(struct board *b, struct transport *t, double now)
{
	b->t = t;
	b->tflags = transport_flags(t);
	board_copy(b->describe, sizeof b->describe, transport_describe(t));
	board_copy(b->usb_serial, sizeof b->usb_serial, transport_identity(t));
	if (transport_geometry(t, &b->geometry) == -1)
		b->geometry = b->cfg.geometry;
	b->status = BOARD_WAITING;
	b->msg[0] = '\0';
	b->since = now;
	b->bytes_at_since = b->stats.bytes;
	b->anchored = 0;
	b->hello_asked = 0;
	b->roff = b->rlen = 0;
	board_update_identity(b);
	board_pick_calibration(b);
	board_ask_hello(b);
}

int
board_open(const char *port, const struct cfg_board *cfg, struct board **bp,
    char *err, size_t errlen)
{
	struct board		*b;
	struct transport	*t;
	struct transport_error	 te;
	struct cal_error	 ce;
	int			 c;

	*bp = NULL;
	if ((b = calloc(1, sizeof *b)) == NULL) {
		snprintf(err, errlen, "out of memory");
		return -1;
	}
	if (strlen(port) >= sizeof b->port) {
		snprintf(err, errlen, "port name too long");
		free(b);
		return -1;
	}
	board_copy(b->port, sizeof b->port, port);
	b->cfg = *cfg;
	b->retry_wait = BOARD_RETRY_FIRST_S;
	clock_gettime(CLOCK_MONOTONIC, &b->t0);
	calib_init(&b->cfg_cal);
	for (c = 0; c < CELL_COUNT; c++) {
		b->cfg_cal.channel_order[c] = cfg->channel_order[c];
		b->cfg_cal.offset[c] = cfg->offset[c];
		b->cfg_cal.scale[c] = cfg->scale[c];
	}
	memset(&te, 0, sizeof te);
	if (transport_open(port, cfg, &t, &te) == -1) {
		snprintf(err, errlen, "%s", te.msg);
		free(b);
		return -1;
	}
	/* Boards that send kg themselves need no stored calibration. */
	if (!(transport_flags(t) & TRANSPORT_F_CALIBRATED) &&
	    calibration_store_load(&b->store, NULL, &ce) == -1) {
		snprintf(err, errlen, "%s; fix or remove that file "
		    "(footscreen calibrate writes it again)", ce.msg);
		transport_close(t);
		free(b);
		return -1;
	}
	b->native = cfg->protocol == CFG_PROTOCOL_NATIVE ||
	    (transport_flags(t) & TRANSPORT_F_NATIVE);
	board_parser_init(&b->parser, b->native ? BOARD_DIALECT_NATIVE :
	    BOARD_DIALECT_GENERIC);
	board_connected(b, t, 0);
	*bp = b;
	return 0;
}

void
board_close(struct board *b)
{
	if (b == NULL)
		return;
	transport_close(b->t);
	calibration_store_free(&b->store);
	free(b);
}

/*
 * Schedule the next attempt and double the wait after it, up to the
 * longest.  The wait starts short again once a connection delivers bytes:
 * a TCP connect "succeeds" at once and fails later, which must not reset it.
 */
static void
board_backoff(struct board *b, double now)
{
	b->retry_at = now + b->retry_wait;
	b->retry_wait *= 2;
	if (b->retry_wait > BOARD_RETRY_MAX_S)
		b->retry_wait = BOARD_RETRY_MAX_S;
}

/* The transport hung up or ended: close it and decide what comes next. */
static void
board_lost(struct board *b, ssize_t why, const struct transport_error *te,
    double now)
{
	transport_close(b->t);
	b->t = NULL;
	b->roff = b->rlen = 0;
	board_parser_end_stream(&b->parser);
	if (why == TRANSPORT_END) {
		b->status = BOARD_ENDED;
		board_setmsg(b, "%s: end of the stream",
		    b->describe);
		return;
	}
	b->stats.disconnects++;
	b->status = BOARD_RETRYING;
	board_backoff(b, now);
	board_setmsg(b, "disconnected (%s); reconnecting", te->msg);
}

/* Time to try the port again. */
static void
board_retry(struct board *b, double now)
{
	struct transport	*t;
	struct transport_error	 te;

	memset(&te, 0, sizeof te);
	if (transport_open(b->port, &b->cfg, &t, &te) == 0) {
		b->stats.reconnects++;
		board_connected(b, t, now);
		return;
	}
	if (te.errnum == EINVAL || te.errnum == ENOMEM) {
		b->status = BOARD_FAILED;
		board_setmsg(b, "%s", te.msg);
		return;
	}
	board_backoff(b, now);
	board_setmsg(b, "disconnected (%s); next try in %.1f s", te.msg,
	    b->retry_at - now);
}

/* No sample for timeout_s: say what is known about why. */
static void
board_check_silence(struct board *b, double now)
{
	const struct board_counters	*c = &b->parser.count;

	if ((b->status != BOARD_WAITING && b->status != BOARD_CONNECTED) ||
	    now - b->since < b->cfg.timeout_s)
		return;
	b->status = BOARD_SILENT;
	if (b->stats.bytes == b->bytes_at_since)
		board_setmsg(b, "no data from %s for %.1f s "
		    "(%s protocol); is the board on, and is it the right port "
		    "and speed?", b->describe, b->cfg.timeout_s,
		    board_protocol_name(b));
	else
		board_setmsg(b, "%s sends bytes but no %s "
		    "sample line for %.1f s (%llu malformed, %llu checksum "
		    "errors, %llu over-long); check the speed and [board] "
		    "protocol", b->describe, board_protocol_name(b),
		    b->cfg.timeout_s, (unsigned long long)c->malformed,
		    (unsigned long long)c->checksum_errors,
		    (unsigned long long)c->overlong);
}

/* Turn one parsed sample into a reading. */
static void
board_sample(struct board *b, const struct board_sample *s,
    struct board_reading *r)
{
	memset(r, 0, sizeof *r);
	r->t_host = b->rtime;
	memcpy(r->raw, s->ch, sizeof r->raw);
	board_loads(b, s->ch, r->load);
	if (s->has_seq) {
		r->seq = s->seq;
		/* Re-anchor on a new connection and when the board restarts. */
		if (!b->anchored ||
		    b->parser.count.seq_restarts != b->restarts_seen) {
			b->anchored = 1;
			b->restarts_seen = b->parser.count.seq_restarts;
			b->anchor_us = s->time_us;
			b->anchor_host = b->rtime;
			if (b->anchor_host < b->last_device + BOARD_MIN_STEP_S)
				b->anchor_host = b->last_device +
				    BOARD_MIN_STEP_S;
		}
		r->device_anchor = b->anchor_host;
		r->device_us = s->time_us - b->anchor_us;
		r->t_device = b->anchor_host + (double)r->device_us / 1e6;
		r->has_device_time = 1;
		b->last_device = r->t_device;
	}
	b->since = b->rtime;
	b->bytes_at_since = b->stats.bytes;
	if (b->status != BOARD_CONNECTED) {
		b->status = BOARD_CONNECTED;
		b->msg[0] = '\0';
	}
}

/* Handle the events of one feed; returns the samples written to out. */
static size_t
board_events(struct board *b, size_t nev, struct board_reading *out)
{
	size_t	i, n = 0;

	for (i = 0; i < nev; i++) {
		switch (b->ev[i].kind) {
		case BOARD_EV_SAMPLE:
			board_sample(b, &b->ev[i].sample, &out[n++]);
			break;
		case BOARD_EV_HELLO:
			b->hello = b->ev[i].hello;
			b->has_hello = 1;
			board_update_identity(b);
			board_pick_calibration(b);
			break;
		case BOARD_EV_INFO:
		case BOARD_EV_ERROR:
			break;
		}
	}
	return n;
}

size_t
board_read(struct board *b, struct board_reading *out, size_t max)
{
	struct transport_error	te;
	size_t			n = 0, nev, used, room;
	ssize_t			r;
	double			now = board_now(b);

	if (b->status == BOARD_RETRYING && b->t == NULL && now >= b->retry_at)
		board_retry(b, now);
	while (b->t != NULL && n < max) {
		if (b->roff == b->rlen) {
			memset(&te, 0, sizeof te);
			r = transport_read(b->t, b->rbuf, sizeof b->rbuf, &te);
			if (r == 0)
				break;
			now = board_now(b);
			if (r < 0) {
				board_lost(b, r, &te, now);
				break;
			}
			b->roff = 0;
			b->rlen = (size_t)r;
			b->rtime = now;
			b->stats.bytes += (uint64_t)r;
			b->retry_wait = BOARD_RETRY_FIRST_S;
			board_ask_hello(b);
		}
		room = max - n < BOARD_EVENTS ? max - n : BOARD_EVENTS;
		nev = board_parser_feed(&b->parser, b->rbuf + b->roff,
		    b->rlen - b->roff, b->ev, room, &used);
		b->roff += used;
		n += board_events(b, nev, out + n);
	}
	board_check_silence(b, board_now(b));
	b->stats.parser = b->parser.count;
	return n;
}

int
board_fd(const struct board *b)
{
	return b->t != NULL ? transport_fd(b->t) : -1;
}

int
board_wait_ms(const struct board *b)
{
	double	due, now = board_now(b);

	switch (b->status) {
	case BOARD_RETRYING:
		due = b->retry_at;
		break;
	case BOARD_WAITING:
	case BOARD_CONNECTED:
		due = b->since + b->cfg.timeout_s;
		break;
	default:
		return -1;
	}
	if (due <= now)
		return 0;
	/* Round up so that the wakeup is never early. */
	return (int)ceil((due - now) * 1000.0);
}

enum board_status
board_status(const struct board *b)
{
	return b->status;
}

const char *
board_status_name(enum board_status s)
{
	switch (s) {
	case BOARD_WAITING:	return "waiting for data";
	case BOARD_CONNECTED:	return "connected";
	case BOARD_SILENT:	return "silent";
	case BOARD_RETRYING:	return "disconnected, retrying";
	case BOARD_ENDED:	return "ended";
	case BOARD_FAILED:	return "failed";
	}
	return "?";
}

const char *
board_message(const struct board *b)
{
	return b->msg;
}

const struct board_stats *
board_stats(const struct board *b)
{
	return &b->stats;
}

const struct board_hello *
board_hello(const struct board *b)
{
	return b->has_hello ? &b->hello : NULL;
}

const char *
board_identity(const struct board *b)
{
	return b->identity;
}

const char *
board_describe(const struct board *b)
{
	return b->describe;
}

const struct board_geometry *
board_geometry(const struct board *b)
{
	return &b->geometry;
}

const char *
board_protocol_name(const struct board *b)
{
	return b->native ? "native" : "generic";
}

const struct board_calibration *
board_calibration(const struct board *b)
{
	return &b->cal;
}

enum board_cal_source
board_calibration_source(const struct board *b)
{
	return b->cal_src;
}

void
board_set_calibration(struct board *b, const struct board_calibration *cal)
{
	b->cal = *cal;
	b->cal_explicit = 1;
}

int
board_sim_phase(struct board *b, enum sim_phase phase)
{
	if (b == NULL || b->t == NULL)
		return -1;
	return transport_sim_phase(b->t, phase);
}

void
board_loads(const struct board *b, const double raw[CELL_COUNT],
    double load[CELL_COUNT])
{
	if (calib_apply(&b->cal, raw, load) != CORE_OK)
		memcpy(load, raw, sizeof(double) * CELL_COUNT);
}
