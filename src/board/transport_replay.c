/*
 * transport_replay.c: a recording played back as a board,
 * replay:FILE[?speed=1|N|max].
 *
 * The file is read whole with the recording readers (any four-cell
 * format), then sent as native sample lines: sequence number = row,
 * device clock = the row's time since the first row.  speed=1 (the
 * default) keeps the recording's own pace, speed=N plays N times faster,
 * speed=max as fast as the reader takes it.  A "?" is answered with a
 * hello line giving the recording's rate and load unit.  After the last
 * row the stream ends (TRANSPORT_END).
 */
#include <config.h>

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board/protocol.h"
#include "board/transport_impl.h"
#include "recording/recording.h"

/* The real pace wakes up every 10 ms, as the simulator does. */
#define REPLAY_TICK_S		0.01
#define REPLAY_MAX_SPEED	1000.0

struct replay_priv {
	struct transport_gen	gen;
	struct recording	rec;
	double			speed;		/* 0: as fast as possible */
	size_t			next;		/* the next row to send */
};

/* Seconds of row i since the first row. */
static double
replay_time(const struct recording *rec, size_t i)
{
	if (rec->t != NULL)
		return rec->t[i] - rec->t[0];
	return (double)i / rec->rate_hz;
}

static int
replay_fill(struct transport *t, double elapsed)
{
	struct replay_priv	*p = t->priv;
	const struct recording	*rec = &p->rec;
	char			 line[BOARD_LINE_MAX + 2];
	double			 load[CELL_COUNT], ts;
	size_t			 n;
	int			 c;

	while (p->next < rec->n) {
		ts = replay_time(rec, p->next);
		if (p->speed > 0 && ts > elapsed * p->speed)
			break;
		for (c = 0; c < CELL_COUNT; c++)
			load[c] = rec->cell[c][p->next];
		n = board_format_sample(line, sizeof line - 1,
		    (uint32_t)(p->next & UINT32_MAX),
		    (uint32_t)(llround(ts * 1e6) & UINT32_MAX), load);
		if (n == 0 || transport_gen_line(&p->gen, line, n) == -1)
			break;
		p->next++;
	}
	return p->next >= rec->n;
}

static ssize_t
replay_read(struct transport *t, void *buf, size_t len,
    struct transport_error *err)
{
	struct replay_priv	*p = t->priv;

	return transport_gen_read(t, &p->gen, buf, len, err);
}

static int
replay_write(struct transport *t, const void *buf, size_t len)
{
	struct replay_priv	*p = t->priv;

	return transport_gen_hello(&p->gen, buf, len, "footscreen-replay",
	    p->rec.rate_hz, p->rec.load_unit);
}

static void
replay_close(struct transport *t)
{
	struct replay_priv	*p = t->priv;

	if (p != NULL) {
		transport_pace_close(&p->gen.pace);
		recording_free(&p->rec);
	}
	free(p);
	t->fd = -1;
}

static const struct transport_ops replay_ops = {
	.read = replay_read,
	.write = replay_write,
	.close = replay_close
};

/* Split "FILE[?speed=S]" into the file and the speed (0 for max). */
static int
replay_parse(const char *spec, char *file, size_t len, double *speed,
    struct transport_error *err)
{
	const char	*q = strrchr(spec, '?');
	char		*end;
	size_t		 n;

	*speed = 1;
	if (q == NULL || strncmp(q, "?speed=", 7) != 0)
		q = spec + strlen(spec);
	else if (strcmp(q + 7, "max") == 0)
		*speed = 0;
	else {
		errno = 0;
		*speed = strtod(q + 7, &end);
		if (end == q + 7 || *end != '\0' || errno != 0 ||
		    !(*speed > 0 && *speed <= REPLAY_MAX_SPEED)) {
			transport_errorf(err, EINVAL, "replay: '%s': expected "
			    "speed=max or a number above 0, at most %g", q + 1,
			    REPLAY_MAX_SPEED);
			return -1;
		}
	}
	n = (size_t)(q - spec);
	if (n == 0 || n >= len) {
		transport_errorf(err, EINVAL, "replay: expected replay:FILE"
		    "[?speed=1|N|max]");
		return -1;
	}
	memcpy(file, spec, n);
	file[n] = '\0';
	return 0;
}

int
transport_replay_open(const char *spec, struct transport **tp,
    struct transport_error *err)
{
	struct transport	*t;
	struct replay_priv	*p;
	struct rec_options	 ro;
	struct rec_error	 re;
	char			 file[PATH_MAX], msg[600];
	double			 speed;

	if (replay_parse(spec, file, sizeof file, &speed, err) == -1)
		return -1;
	if ((t = transport_new(TRANSPORT_REPLAY, &replay_ops)) == NULL ||
	    (p = calloc(1, sizeof *p)) == NULL) {
		free(t);
		transport_errorf(err, ENOMEM, "replay: out of memory");
		return -1;
	}
	t->priv = p;
	p->gen.fill = replay_fill;
	p->speed = speed;
	p->gen.pace.fd = -1;
	rec_options_init(&ro);
	if (recording_read_file(file, &ro, &p->rec, &re) == -1) {
		transport_errorf(err, EINVAL, "replay: %s",
		    rec_error_format(&re, msg, sizeof msg));
		transport_close(t);
		return -1;
	}
	if (p->rec.kind != REC_KIND_FOUR_CELL || p->rec.n == 0) {
		transport_errorf(err, EINVAL, "replay: %s: not a four-cell "
		    "board recording", file);
		transport_close(t);
		return -1;
	}
	if (transport_pace_init(&p->gen.pace, speed > 0 ? REPLAY_TICK_S : 0,
	    err) == -1) {
		transport_close(t);
		return -1;
	}
	t->fd = p->gen.pace.fd;
	t->geometry.width_mm = p->rec.width_mm;
	t->geometry.length_mm = p->rec.length_mm;
	t->flags = TRANSPORT_F_CALIBRATED | TRANSPORT_F_WRITABLE |
	    TRANSPORT_F_NATIVE;
	if (speed > 0)
		snprintf(t->describe, sizeof t->describe, "replay:%s at %gx",
		    file, speed);
	else
		snprintf(t->describe, sizeof t->describe, "replay:%s at full "
		    "speed", file);
	*tp = t;
	return 0;
}
