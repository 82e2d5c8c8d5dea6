/*
 * board_clock.c: sample timestamps for recordings (board_clock.h).
 */
#include <config.h>

#include <string.h>

#include "board/board_clock.h"

void
board_clock_init(struct board_clock *c, double rate_hz)
{
	memset(c, 0, sizeof *c);
	c->rate_hz = rate_hz;
}

double
board_clock_stamp(struct board_clock *c, const struct board_reading *r)
{
	double	t, host;

	if (!c->started) {
		c->started = 1;
		c->first_host = r->t_host;
		c->first_device = r->t_device;
		c->first_anchor = r->device_anchor;
		c->first_us = r->device_us;
		c->base = c->last = 0;
		c->count = 0;
		return 0;
	}
	if (r->has_device_time) {
		/* Same connection: whole microseconds, so 0.01 stays 0.01. */
		if (r->device_anchor == c->first_anchor &&
		    r->device_us >= c->first_us)
			t = (double)(r->device_us - c->first_us) / 1e6;
		else
			t = r->t_device - c->first_device;
		/* A board repeating a time must not make the file unreadable. */
		if (t <= c->last)
			t = c->last + 1e-3 / c->rate_hz;
	} else {
		c->count++;
		t = c->base + (double)c->count / c->rate_hz;
		host = r->t_host - c->first_host;
		if (host - t > BOARD_CLOCK_GAP_S) {
			c->base = t = host;
			c->count = 0;
		}
	}
	c->last = t;
	return t;
}

double
board_rate_estimate(const struct board_reading *r, size_t n)
{
	double	span;
	size_t	first = 1;

	if (n < 2)
		return 0;
	if (r[0].has_device_time && r[n - 1].has_device_time) {
		span = r[n - 1].t_device - r[0].t_device;
		return span > 0 ? (double)(n - 1) / span : 0;
	}
	/*
	 * Samples that arrived with the first were made before it: count
	 * only those that arrived in the span.
	 */
	while (first < n && r[first].t_host == r[0].t_host)
		first++;
	span = r[n - 1].t_host - r[0].t_host;
	return span > 0 ? (double)(n - first) / span : 0;
}
