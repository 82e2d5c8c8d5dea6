/*
 * transport_sim.c: the simulated board,
 * sim[:PROFILE][?seed=N][&rate=HZ][&phase=both|left|right|empty|script]
 * [&speed=1|N|max].
 *
 * It speaks the native protocol at the real pace (speed=N: N times faster,
 * max: as fast as the reader takes it): sample lines from the
 * person-on-a-board model (sim_model.h) in kg, TL,TR,BL,BR, numbered and
 * stamped with the sample's own clock, and a hello line when asked ("?").
 * Defaults: profile neutral, seed 1 (so that two runs agree), 100 Hz,
 * standing on both feet.  With a fixed phase the person is already in it
 * when the board starts (the model runs SIM_SETTLE_S unseen first), so a
 * recording holds no stepping on; phase=script follows sim_script_phase()
 * from an empty board.  Like a real board whose reader fell behind, it
 * keeps at most SIM_BACKLOG_S of samples; older ones are skipped and the
 * sequence numbers show the gap.
 */
#include <config.h>

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board/protocol.h"
#include "board/sim_model.h"
#include "board/transport_impl.h"

#define SIM_DEFAULT_RATE_HZ	100.0
#define SIM_DEFAULT_SEED	1
#define SIM_MAX_RATE_HZ		2000.0
#define SIM_BACKLOG_S		1.0
/* Wake up every 10 ms at most: up to 20 samples per wakeup at 2 kHz. */
#define SIM_TICK_S		0.01
/* Long enough for the model's half-second glide into a phase to end. */
#define SIM_SETTLE_S		3.0
#define SIM_MAX_SPEED		1000.0
#define SIM_PHASE_SCRIPT	4	/* after the enum sim_phase names */

struct sim_priv {
	struct transport_gen	gen;
	struct sim_model	model;
	double			rate_hz;
	double			speed;		/* 0: as fast as possible */
	int			script;		/* phases from sim_script_phase */
	uint64_t		seq;		/* the next sample's number */
};

/* Indexed by enum sim_phase, then SIM_PHASE_SCRIPT. */
static const char *const sim_phase_names[] = {
	"empty", "both", "left", "right", "script"
};
#define SIM_PHASE_NAMES	(sizeof sim_phase_names / sizeof sim_phase_names[0])

/* The lines due by elapsed, as many as fit. */
static int
sim_fill(struct transport *t, double elapsed)
{
	struct sim_priv	*p = t->priv;
	char		 line[BOARD_LINE_MAX + 2];
	double		 load[CELL_COUNT];
	uint64_t	 due, backlog;
	uint32_t	 us;
	size_t		 n;

	if (p->speed > 0) {
		due = (uint64_t)floor(elapsed * p->speed * p->rate_hz) + 1;
		backlog = (uint64_t)ceil(p->rate_hz * SIM_BACKLOG_S);
		if (due > p->seq + backlog)
			p->seq = due - backlog;
	} else
		due = UINT64_MAX;
	while (p->seq < due) {
		if (transport_queue_room(&p->gen.q) < sizeof line)
			break;
		if (p->script)
			sim_set_phase(&p->model,
			    sim_script_phase((double)p->seq / p->rate_hz));
		sim_next(&p->model, load);
		us = (uint32_t)(llround((double)p->seq * 1e6 / p->rate_hz) &
		    UINT32_MAX);
		n = board_format_sample(line, sizeof line - 1,
		    (uint32_t)(p->seq & UINT32_MAX), us, load);
		if (n == 0 || transport_gen_line(&p->gen, line, n) == -1)
			break;
		p->seq++;
	}
	return 0;
}

static ssize_t
sim_read(struct transport *t, void *buf, size_t len,
    struct transport_error *err)
{
	struct sim_priv	*p = t->priv;

	return transport_gen_read(t, &p->gen, buf, len, err);
}

/* The host asks for the hello line with "?". */
static int
sim_write(struct transport *t, const void *buf, size_t len)
{
	struct sim_priv	*p = t->priv;

	return transport_gen_hello(&p->gen, buf, len, "footscreen-sim", p->rate_hz, "kg");
}

static void
sim_close(struct transport *t)
{
	struct sim_priv	*p = t->priv;

	if (p != NULL)
		transport_pace_close(&p->gen.pace);
	free(p);
	t->fd = -1;
}

int
transport_sim_phase(struct transport *t, enum sim_phase phase)
{
	struct sim_priv	*p;

	if (t == NULL || t->kind != TRANSPORT_SIM || t->priv == NULL)
		return -1;
	if ((unsigned)phase > SIM_PHASE_RIGHT)
		return -1;
	p = t->priv;
	p->script = 0;
	sim_set_phase(&p->model, phase);
	return 0;
}

static const struct transport_ops sim_ops = {
	.read = sim_read,
	.write = sim_write,
	.close = sim_close
};

/* One "key=value" of the query; -1 with err when bad. */
static int
sim_param(const char *kv, size_t len, struct sim_params *sp, int *phase,
    double *speed, struct transport_error *err)
{
	char		 buf[64], *end;
	const char	*v;
	size_t		 i;

	if (len >= sizeof buf)
		goto bad;
	memcpy(buf, kv, len);
	buf[len] = '\0';
	if ((v = strchr(buf, '=')) == NULL)
		goto bad;
	v++;
	errno = 0;
	if (strncmp(buf, "seed=", 5) == 0) {
		if (*v < '0' || *v > '9')
			goto bad;
		sp->seed = strtoull(v, &end, 10);
		if (*end != '\0' || errno != 0)
			goto bad;
	} else if (strncmp(buf, "rate=", 5) == 0) {
		sp->rate_hz = strtod(v, &end);
		if (end == v || *end != '\0' || errno != 0 ||
		    !(sp->rate_hz >= 1 && sp->rate_hz <= SIM_MAX_RATE_HZ))
			goto bad;
	} else if (strncmp(buf, "speed=", 6) == 0) {
		if (strcmp(v, "max") == 0)
			*speed = 0;
		else {
			*speed = strtod(v, &end);
			if (end == v || *end != '\0' || errno != 0 ||
			    !(*speed > 0 && *speed <= SIM_MAX_SPEED))
				goto bad;
		}
	} else if (strncmp(buf, "phase=", 6) == 0) {
		for (i = 0; i < SIM_PHASE_NAMES; i++)
			if (strcmp(v, sim_phase_names[i]) == 0)
				break;
		if (i == SIM_PHASE_NAMES)
			goto bad;
		*phase = (int)i;
	} else
		goto bad;
	return 0;
bad:
	transport_errorf(err, EINVAL, "sim: '%.*s': expected seed=N, "
	    "rate=HZ (1 to %g), phase=both|left|right|empty|script or "
	    "speed=max|N (up to %g)", (int)len, kv, SIM_MAX_RATE_HZ,
	    SIM_MAX_SPEED);
	return -1;
}

/* "[:PROFILE][?k=v[&k=v]...]" into the model's parameters. */
static int
sim_parse(const char *spec, struct sim_params *sp, int *phase, double *speed,
    struct transport_error *err)
{
	char		 name[64];
	const char	*q, *amp;
	size_t		 n;
	int		 prof, i;

	q = strchr(spec, '?');
	if (spec[0] == ':') {
		n = q != NULL ? (size_t)(q - spec - 1) : strlen(spec + 1);
		if (n >= sizeof name)
			n = sizeof name - 1;
		memcpy(name, spec + 1, n);
		name[n] = '\0';
		if ((prof = sim_profile_lookup(name)) < 0) {
			transport_errorf(err, EINVAL, "sim:%s: unknown profile; "
			    "profiles:", name);
			for (i = 0; i < SIM_PROFILE_COUNT; i++) {
				n = strlen(err->msg);
				snprintf(err->msg + n, sizeof err->msg - n,
				    "%s %s", i > 0 ? "," : "",
				    sim_profile_name((enum sim_profile)i));
			}
			return -1;
		}
		sp->profile = (enum sim_profile)prof;
	}
	while (q != NULL) {
		q++;
		amp = strchr(q, '&');
		n = amp != NULL ? (size_t)(amp - q) : strlen(q);
		if (sim_param(q, n, sp, phase, speed, err) == -1)
			return -1;
		q = amp;
	}
	return 0;
}

int
transport_sim_open(const char *spec, const struct cfg_board *b,
    struct transport **tp, struct transport_error *err)
{
	struct transport	*t;
	struct sim_priv		*p;
	struct sim_params	 sp;
	double			 speed = 1;
	uint64_t		 i, settle;
	double			 load[CELL_COUNT];
	int			 phase = SIM_PHASE_BOTH;

	sim_params_init(&sp);
	sp.seed = SIM_DEFAULT_SEED;
	sp.rate_hz = SIM_DEFAULT_RATE_HZ;
	sp.geometry = b->geometry;
	if (sim_parse(spec, &sp, &phase, &speed, err) == -1)
		return -1;
	if ((t = transport_new(TRANSPORT_SIM, &sim_ops)) == NULL ||
	    (p = calloc(1, sizeof *p)) == NULL) {
		free(t);
		transport_errorf(err, ENOMEM, "sim: out of memory");
		return -1;
	}
	t->priv = p;
	p->gen.fill = sim_fill;
	p->gen.pace.fd = -1;
	p->rate_hz = sp.rate_hz;
	p->speed = speed;
	if (sim_init(&p->model, &sp) != CORE_OK) {
		transport_errorf(err, EINVAL, "sim: these settings do not make "
		    "a board (is [board] width_mm wide enough for the feet?)");
		transport_close(t);
		return -1;
	}
	if (phase == SIM_PHASE_SCRIPT)
		p->script = 1;
	else {
		sim_set_phase(&p->model, (enum sim_phase)phase);
		settle = (uint64_t)ceil(SIM_SETTLE_S * sp.rate_hz);
		for (i = 0; i < settle; i++)
			sim_next(&p->model, load);
	}
	if (transport_pace_init(&p->gen.pace, speed > 0 ? SIM_TICK_S : 0,
	    err) == -1) {
		transport_close(t);
		return -1;
	}
	t->fd = p->gen.pace.fd;
	t->flags = TRANSPORT_F_CALIBRATED | TRANSPORT_F_WRITABLE |
	    TRANSPORT_F_NATIVE;
	snprintf(t->describe, sizeof t->describe, "sim:%s at %g Hz, seed %"
	    PRIu64 ", phase %s, %s", sim_profile_name(sp.profile), sp.rate_hz,
	    sp.seed, sim_phase_names[phase], speed > 0 ? "real pace" :
	    "full speed");
	*tp = t;
	return 0;
}
