/*
 * board.h: a session with one balance board, as the TUI and the commands
 * use it.
 *
 * board_open() takes a port string and the [board] settings, opens the
 * transport (transport.h) and from then on never blocks: the caller polls
 * board_fd() for POLLIN beside its other descriptors, with a timeout of
 * board_wait_ms(), and calls board_read() whenever either fires.
 * board_read() drains what the transport has through the protocol parser
 * and returns calibrated samples; it also notices silence, hangups and
 * the end of a replay, and reopens a board that went away, with
 * exponential backoff, for as long as the session lasts.  The samples
 * already returned are the caller's to keep.
 *
 * Times are seconds since board_open() on CLOCK_MONOTONIC.  A native board
 * stamps its samples itself: t_device follows its clock (unwrapped by the
 * parser), anchored at the arrival of the first sample of each connection
 * and whenever the board restarts, so it never runs backwards.  A generic
 * board has no clock: only t_host, the arrival time of the bytes, which
 * samples read together share (board_clock.h makes a sample clock of it).
 */
#ifndef FOOTSCREEN_BOARD_BOARD_H
#define FOOTSCREEN_BOARD_BOARD_H

#include <stddef.h>
#include <stdint.h>

#include "board/calibration.h"
#include "board/protocol.h"
#include "board/sim_model.h"
#include "config/config.h"

struct board;

enum board_status {
	BOARD_WAITING,		/* open; no sample yet on this connection */
	BOARD_CONNECTED,	/* samples arriving */
	BOARD_SILENT,		/* open, but no sample for timeout_s */
	BOARD_RETRYING,		/* gone; reopening with backoff */
	BOARD_ENDED,		/* a file or replay came to its end */
	BOARD_FAILED		/* cannot go on; the message says why */
};

/* Where the loads' calibration came from. */
enum board_cal_source {
	BOARD_CAL_CONFIG,	/* [board] scale_* and offset_* */
	BOARD_CAL_STORE,	/* the state file, from footscreen calibrate */
	BOARD_CAL_DEVICE	/* sim and replay send loads in kg already */
};

struct board_reading {
	double		t_host;		/* arrival, s since board_open */
	double		t_device;	/* the board's clock, s; see above */
	int		has_device_time;
	/* t_device = device_anchor + device_us / 1e6, kept apart for exactness */
	double		device_anchor;
	uint64_t	device_us;	/* since the anchor */
	uint32_t	seq;		/* native only */
	double		raw[CELL_COUNT];	/* as sent, wire order */
	double		load[CELL_COUNT];	/* calibrated, TL, TR, BL, BR */
};

/* Counters of the whole session, across reconnections. */
struct board_stats {
	struct board_counters	parser;		/* what the lines were */
	uint64_t		bytes;
	uint64_t		disconnects;	/* hangups seen */
	uint64_t		reconnects;	/* successful reopenings */
};

/* First retry after a hangup, and the longest wait between retries. */
#define BOARD_RETRY_FIRST_S	0.1
#define BOARD_RETRY_MAX_S	2.0

/*
 * Open the board at port ("auto", a device, sim..., tcp:..., replay:...).
 * The loads use the calibration stored for this board by footscreen
 * calibrate when there is one (calibration_store.h), else the [board]
 * section.  Returns 0, or -1 with err saying what failed and how to fix
 * it: the port is missing, not ours to open, busy, or the calibration
 * state file is corrupt.
 */
int	board_open(const char *port, const struct cfg_board *,
	    struct board **, char *err, size_t errlen);
void	board_close(struct board *);

/* The descriptor to poll for POLLIN, or -1 while there is none. */
int	board_fd(const struct board *);
/*
 * Milliseconds until board_read() has something to do without input (a
 * reconnection attempt, the silence check), or -1 for nothing.
 */
int	board_wait_ms(const struct board *);
/*
 * Read what is ready into out[0..max-1] and return how many samples.
 * When it returns max there may be more: call again before polling.
 */
size_t	board_read(struct board *, struct board_reading *out, size_t max);

enum board_status	 board_status(const struct board *);
const char		*board_status_name(enum board_status);
/* What the status means for this board, in a sentence; "" when fine. */
const char		*board_message(const struct board *);
const struct board_stats *board_stats(const struct board *);
/* The board's hello line, or NULL until one arrived. */
const struct board_hello *board_hello(const struct board *);
/*
 * Who the board is, for its stored calibration: the hello name, else the
 * USB serial number, else the port string.
 */
const char		*board_identity(const struct board *);
/* The port and its settings, e.g. "/dev/ttyACM0 at 115200 baud 8N1...". */
const char		*board_describe(const struct board *);
/* "native" or "generic". */
const char		*board_protocol_name(const struct board *);
/* The cell spacing: a replayed recording's own, else [board]'s. */
const struct board_geometry *board_geometry(const struct board *);

const struct board_calibration *board_calibration(const struct board *);
enum board_cal_source	 board_calibration_source(const struct board *);
/* Use this calibration from now on (footscreen calibrate, the TUI). */
void	board_set_calibration(struct board *, const struct board_calibration *);
/*
 * The demo actor: on the simulated board (sim...), the simulated person
 * takes this phase from now on, gliding into it as sim_set_phase() does.
 * Returns 0, or -1 on any other board (nothing is changed).
 */
int	board_sim_phase(struct board *, enum sim_phase);
/* Apply the current calibration to raw channels, as board_read does. */
void	board_loads(const struct board *, const double raw[CELL_COUNT],
	    double load[CELL_COUNT]);

#endif
