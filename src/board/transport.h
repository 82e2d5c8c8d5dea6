/*
 * transport.h: where a board's bytes come from.
 *
 * A transport hands the board session a byte stream and one file
 * descriptor to poll for POLLIN beside the keyboard; every read is
 * non-blocking.  The kinds, chosen from the port string (transport.c):
 *
 *  - serial: a USB serial device through libserialport (transport_serial.c);
 *  - fd: a pty, a non-USB tty, a FIFO or a plain file through termios and
 *    read(2), for what libserialport 0.1.1 refuses (transport_fd.c);
 *  - tcp: tcp:HOST:PORT, a board on the network (transport_tcp.c);
 *  - sim: the simulated board, native lines at the real pace (transport_sim.c);
 *  - replay: a recording played back as native lines (transport_replay.c).
 *
 * Hangup follows shared/reference/stack-notes.md §1.6: read() == 0 on a
 * tty or socket, EIO, ENXIO, ENODEV, ECONNRESET and friends all mean the
 * device went away (TRANSPORT_GONE); the caller closes the transport and
 * opens the same port string again later.  The end of a plain file or of a
 * replay is TRANSPORT_END: nothing will ever come back.
 */
#ifndef FOOTSCREEN_BOARD_TRANSPORT_H
#define FOOTSCREEN_BOARD_TRANSPORT_H

#include <stddef.h>
#include <sys/types.h>

#include "board/sim_model.h"
#include "config/config.h"

struct transport;

enum transport_kind {
	TRANSPORT_SERIAL,
	TRANSPORT_FD,
	TRANSPORT_TCP,
	TRANSPORT_SIM,
	TRANSPORT_REPLAY
};

/* transport_read's results besides a byte count (> 0) and 0 (none now). */
#define TRANSPORT_GONE	(-1)	/* hung up, unplugged, reset: may come back */
#define TRANSPORT_END	(-2)	/* end of a file or replay: it never will */

/* Flags a transport declares. */
#define TRANSPORT_F_CALIBRATED	0x1	/* loads in kg, TL,TR,BL,BR: no mapping */
#define TRANSPORT_F_WRITABLE	0x2	/* the hello request can be sent */
#define TRANSPORT_F_NATIVE	0x4	/* speaks native whatever the config says */

struct transport_error {
	char	msg[512];
	int	errnum;		/* the errno behind it, 0 when none */
};

/*
 * Open the board named by port ("auto", a device path, sim..., tcp:...,
 * replay:...) with the [board] settings.  Returns 0, or -1 with err saying
 * what failed and, where it can, how to fix it.
 */
int	transport_open(const char *port, const struct cfg_board *,
	    struct transport **, struct transport_error *);

/*
 * Read up to len bytes: the count, 0 when nothing is ready, TRANSPORT_GONE
 * or TRANSPORT_END (err says why).  Never blocks.
 */
ssize_t	transport_read(struct transport *, void *buf, size_t len,
	    struct transport_error *);
/* Send bytes, best effort; -1 when they could not all be sent now. */
int	transport_write(struct transport *, const void *buf, size_t len);
void	transport_close(struct transport *);

int			 transport_fd(const struct transport *);
enum transport_kind	 transport_kind(const struct transport *);
unsigned		 transport_flags(const struct transport *);
/* e.g. "/dev/ttyACM0 at 115200 baud 8N1, no flow control". */
const char		*transport_describe(const struct transport *);
/* The USB serial number, else "" (the board then uses the port string). */
const char		*transport_identity(const struct transport *);
/* The cell spacing when the transport knows it (a replay): 0, else -1. */
int			 transport_geometry(const struct transport *,
			    struct board_geometry *);

/*
 * The simulated person takes this phase from now on (a phase=script
 * simulation stops following its script).  Returns 0, or -1 for a
 * transport that is not the simulator.
 */
int			 transport_sim_phase(struct transport *, enum sim_phase);

/* One serial port as libserialport sees it, for `footscreen ports`. */
struct serial_port_info {
	char	name[PATH_MAX];		/* /dev/ttyACM0 */
	char	description[256];
	int	usb;			/* 1 when on USB; the rest is then set */
	int	vid, pid;		/* -1 when unknown */
	char	manufacturer[128];
	char	product[128];
	char	serial[128];
	int	auto_match;		/* "port = auto" would consider it */
};

/*
 * Every serial port the system has, in name order, each marked with
 * whether "port = auto" would consider it under these settings.  *list is
 * allocated (free() it); returns 0, or -1 with err.
 */
int	transport_serial_list(const struct cfg_board *,
	    struct serial_port_info **list, size_t *n,
	    struct transport_error *);
/*
 * Which USB serial port "port = auto" means under these settings: 0 with
 * the path in buf, or -1 with err (none or several match).
 */
int	transport_serial_find(const struct cfg_board *, char *buf, size_t len,
	    struct transport_error *);

#endif
