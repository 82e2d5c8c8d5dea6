/*
 * transport_pace.c: the clock and the output queue of the transports that
 * make their bytes up (sim and replay).
 *
 * They must look like a device to the event loop: one descriptor that
 * turns readable when there is something to read.  A timerfd ticking
 * every few milliseconds does that at the real pace: each read works out
 * from the monotonic clock how many samples are due, so a late wakeup
 * costs nothing but latency.  As fast as possible is an eventfd holding a
 * non-zero count, which poll always reports readable.
 */
#include <config.h>

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "board/protocol.h"
#include "board/transport_impl.h"

int
transport_pace_init(struct transport_pace *p, double tick_s,
    struct transport_error *err)
{
	struct itimerspec	its;
	double			ns;

	memset(p, 0, sizeof *p);
	clock_gettime(CLOCK_MONOTONIC, &p->start);
	if (tick_s <= 0) {
		p->unpaced = 1;
		if ((p->fd = eventfd(1, EFD_NONBLOCK | EFD_CLOEXEC)) == -1)
			goto fail;
		return 0;
	}
	if ((p->fd = timerfd_create(CLOCK_MONOTONIC,
	    TFD_NONBLOCK | TFD_CLOEXEC)) == -1)
		goto fail;
	ns = round(tick_s * 1e9);
	its.it_interval.tv_sec = (time_t)(ns / 1e9);
	its.it_interval.tv_nsec = (long)fmod(ns, 1e9);
	its.it_value = its.it_interval;
	if (timerfd_settime(p->fd, 0, &its, NULL) == -1) {
		close(p->fd);
		goto fail;
	}
	return 0;
fail:
	p->fd = -1;
	transport_errorf(err, errno, "cannot make a clock: %s",
	    strerror(errno));
	return -1;
}

double
transport_pace_elapsed(struct transport_pace *p)
{
	struct timespec	now;
	uint64_t	ticks;

	/* Clear the ticks so poll sleeps until the next one. */
	if (!p->unpaced)
		while (read(p->fd, &ticks, sizeof ticks) == (ssize_t)sizeof ticks)
			continue;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - p->start.tv_sec) +
	    (double)(now.tv_nsec - p->start.tv_nsec) / 1e9;
}

void
transport_pace_close(struct transport_pace *p)
{
	if (p->fd != -1)
		close(p->fd);
	p->fd = -1;
}

size_t
transport_queue_room(struct transport_queue *q)
{
	if (q->off > 0) {
		memmove(q->buf, q->buf + q->off, q->len - q->off);
		q->len -= q->off;
		q->off = 0;
	}
	return sizeof q->buf - q->len;
}

void
transport_queue_put(struct transport_queue *q, const char *s, size_t n)
{
	memcpy(q->buf + q->len, s, n);
	q->len += n;
}

size_t
transport_queue_take(struct transport_queue *q, void *buf, size_t len)
{
	size_t	n = q->len - q->off;

	if (n > len)
		n = len;
	memcpy(buf, q->buf + q->off, n);
	q->off += n;
	return n;
}

ssize_t
transport_gen_read(struct transport *t, struct transport_gen *g, void *buf,
    size_t len, struct transport_error *err)
{
	if (g->q.off == g->q.len && !g->over)
		g->over = g->fill(t, transport_pace_elapsed(&g->pace));
	if (g->q.off == g->q.len) {
		if (!g->over)
			return 0;
		transport_errorf(err, 0, "%s: end of the stream", t->describe);
		return TRANSPORT_END;
	}
	return (ssize_t)transport_queue_take(&g->q, buf, len);
}

int
transport_gen_line(struct transport_gen *g, const char *line, size_t n)
{
	int	nl = n == 0 || line[n - 1] != '\n';

	if (transport_queue_room(&g->q) < n + (size_t)nl)
		return -1;
	transport_queue_put(&g->q, line, n);
	if (nl)
		transport_queue_put(&g->q, "\n", 1);
	return 0;
}

int
transport_gen_hello(struct transport_gen *g, const void *buf, size_t len,
    const char *name, double rate_hz, const char *unit)
{
	struct board_hello	h;
	char			line[BOARD_LINE_MAX + 2];
	size_t			n;

	if (memchr(buf, '?', len) == NULL)
		return 0;
	memset(&h, 0, sizeof h);
	snprintf(h.name, sizeof h.name, "%s", name);
	snprintf(h.firmware, sizeof h.firmware, "%s", PACKAGE_VERSION);
	h.rate_hz = rate_hz;
	snprintf(h.unit, sizeof h.unit, "%s", unit);
	n = board_format_hello(line, sizeof line - 1, &h);
	return n == 0 ? -1 : transport_gen_line(g, line, n);
}
