/*
 * transport_impl.h: what the transports share and nothing outside
 * src/board/transport*.c sees: the transport object, the per-kind openers,
 * the hangup rules for plain descriptors, and the pacing and output queue
 * of the two transports that make their bytes up (sim and replay).
 */
#ifndef FOOTSCREEN_BOARD_TRANSPORT_IMPL_H
#define FOOTSCREEN_BOARD_TRANSPORT_IMPL_H

#include <stddef.h>
#include <sys/types.h>
#include <time.h>

#include "board/transport.h"

struct transport_ops {
	ssize_t	(*read)(struct transport *, void *, size_t,
		    struct transport_error *);
	int	(*write)(struct transport *, const void *, size_t);
	void	(*close)(struct transport *);	/* frees priv, closes fd */
};

struct transport {
	const struct transport_ops	*ops;
	enum transport_kind		 kind;
	int				 fd;
	unsigned			 flags;
	char				 describe[PATH_MAX + 128];
	char				 identity[128];
	struct board_geometry		 geometry;	/* width 0: unknown */
	void				*priv;
};

/* A zeroed transport of this kind with fd -1; NULL when out of memory. */
struct transport	*transport_new(enum transport_kind,
			    const struct transport_ops *);
void	transport_errorf(struct transport_error *, int errnum,
	    const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/*
 * The message for open(2) of path failing with errnum: ENOENT says the
 * board is not there, EACCES names the group owning the device and the
 * udev rule, EBUSY says another program holds it.
 */
void	transport_open_error(struct transport_error *, const char *path,
	    int errnum);

/* describe: "PATH [-> DEVICE] at BAUD baud 8N1, FLOW". */
void	transport_describe_tty(struct transport *, const char *path,
	    const char *device, const struct cfg_board *);

/*
 * read(2) on a non-blocking descriptor with the hangup rules of
 * stack-notes §1.6.  at_eof is what read() == 0 means: TRANSPORT_GONE for
 * a tty, socket or FIFO, TRANSPORT_END for a plain file.
 */
ssize_t	transport_fd_read(int fd, void *, size_t, ssize_t at_eof,
	    const char *what, struct transport_error *);
/* write(2) all of it now or fail; never raises SIGPIPE. */
int	transport_fd_write(int fd, const void *, size_t);

/* The openers; each fills describe, identity and flags. */
int	transport_serial_open(const char *device, const struct cfg_board *,
	    struct transport **, struct transport_error *);
int	transport_fd_open(const char *path, const char *device,
	    const struct cfg_board *, struct transport **,
	    struct transport_error *);
int	transport_tcp_open(const char *hostport, struct transport **,
	    struct transport_error *);
int	transport_sim_open(const char *spec, const struct cfg_board *,
	    struct transport **, struct transport_error *);
int	transport_replay_open(const char *spec, struct transport **,
	    struct transport_error *);
/* Whether libserialport knows device (a resolved path) as a USB port. */
int	transport_serial_is_usb(const char *device);

/*
 * Pacing for made-up streams: a timerfd ticking every tick_s, or for
 * tick_s == 0 an eventfd that is always readable (as fast as the reader
 * takes it).  fd is what the board polls.
 */
struct transport_pace {
	int		fd;
	int		unpaced;
	struct timespec	start;
};
int	transport_pace_init(struct transport_pace *, double tick_s,
	    struct transport_error *);
/* Seconds since init; also clears the ticks so poll sleeps again. */
double	transport_pace_elapsed(struct transport_pace *);
void	transport_pace_close(struct transport_pace *);

/* Bytes made but not yet read. */
#define TRANSPORT_QUEUE_SIZE	16384
struct transport_queue {
	char	buf[TRANSPORT_QUEUE_SIZE];
	size_t	off, len;
};
/* Free space at the end, after moving what is left to the front. */
size_t	transport_queue_room(struct transport_queue *);
/* Append n bytes; they must fit (check the room first). */
void	transport_queue_put(struct transport_queue *, const char *, size_t);
/* Move up to len queued bytes into buf; returns how many. */
size_t	transport_queue_take(struct transport_queue *, void *buf, size_t len);

/*
 * A made-up stream: the clock, the queue, and fill(), which appends the
 * lines due after elapsed seconds while they fit and returns 1 once the
 * stream has nothing more to give (a replay's end), else 0.
 */
struct transport_gen {
	struct transport_pace	 pace;
	struct transport_queue	 q;
	int			(*fill)(struct transport *, double elapsed);
	int			 over;
};
/* The read of a made-up stream: queued bytes, else fill, else 0 or END. */
ssize_t	transport_gen_read(struct transport *, struct transport_gen *,
	    void *, size_t, struct transport_error *);
/* Queue one line, adding the '\n' if missing; 0, or -1 when it does not fit. */
int	transport_gen_line(struct transport_gen *, const char *, size_t);
/*
 * A generated board answers the host's "?" (in buf) with a hello line
 * naming itself, its rate and its unit; anything else is ignored.
 * Returns 0, or -1 when the line does not fit.
 */
int	transport_gen_hello(struct transport_gen *, const void *buf, size_t len,
	    const char *name, double rate_hz, const char *unit);

#endif
