/*
 * board_clock.h: one strictly increasing timestamp per sample, for a
 * recording, from what the board session knows (board.h).
 *
 * A native board's samples carry the board's own clock: the stamp is
 * that, from the first sample on.  A generic board has no clock, and its
 * arrival times come in bursts (a USB frame, a pty read, share one time),
 * so the stamp counts samples at the nominal rate instead: i / rate.  A
 * gap in the stream (an unplug, a silence) shows in the arrival times;
 * when they run ahead of the count by more than BOARD_CLOCK_GAP_S, the
 * count starts again from the arrival time, so the gap stays in the
 * recording as a jump in time rather than vanishing.
 */
#ifndef FOOTSCREEN_BOARD_BOARD_CLOCK_H
#define FOOTSCREEN_BOARD_BOARD_CLOCK_H

#include <stddef.h>
#include <stdint.h>

#include "board/board.h"

/* Far more than USB or pty jitter (milliseconds), far less than a gap. */
#define BOARD_CLOCK_GAP_S	0.5

struct board_clock {
	double		rate_hz;
	int		started;
	double		first_host;	/* t_host of the first sample */
	double		first_device;	/* its t_device, when it had one */
	double		first_anchor;	/* its device_anchor and device_us */
	uint64_t	first_us;
	double		base;		/* stamp where the count restarted */
	uint64_t	count;		/* samples since base */
	double		last;		/* the last stamp given */
};

/* rate_hz > 0: the rate generic samples are counted at. */
void	board_clock_init(struct board_clock *, double rate_hz);
/* Seconds since the first sample stamped; strictly increasing. */
double	board_clock_stamp(struct board_clock *, const struct board_reading *);

/*
 * The sampling rate shown by n readings: from the device clock when they
 * have one, else from the arrival times.  0 when they cannot tell (fewer
 * than 2 samples, or no time between them).
 */
double	board_rate_estimate(const struct board_reading *, size_t n);

#endif
