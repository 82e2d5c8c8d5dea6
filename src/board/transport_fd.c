/*
 * transport_fd.c: a board behind a plain descriptor: a pty (socat,
 * ser2net, the tests' openpty), a tty libserialport does not handle, a
 * FIFO, or a file of captured lines.
 *
 * libserialport 0.1.1 cannot open ptys at all (its sysfs lookup and
 * TIOCMGET fail, stack-notes §1.1-1.2), so ttys are set up here with
 * termios: raw, 8N1, the configured speed and flow control, VMIN 1 and
 * VTIME 0.  VMIN must not be 0: with VMIN = VTIME = 0 the kernel's n_tty
 * read returns 0 when no byte is waiting, even on a non-blocking
 * descriptor, and 0 is how a hangup shows (§1.6); with VMIN 1 an empty
 * non-blocking read is EAGAIN and 0 means hangup only.  The tty is opened
 * exclusively (TIOCEXCL) so that two programs never split one stream, and
 * bytes queued before we opened it are dropped (§1.8).  A FIFO never
 * hangs up (see transport_fd_open); a plain file ends.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "board/transport_impl.h"

enum fd_class {
	FD_TTY,
	FD_FIFO,
	FD_FILE
};

struct fd_priv {
	enum fd_class	cls;
	char		what[PATH_MAX];	/* the path as given, for messages */
};

/* The termios speed constant for a configured baud rate; B0 if none. */
static speed_t
fd_speed(int baud)
{
	switch (baud) {
	case 1200:	return B1200;
	case 2400:	return B2400;
	case 4800:	return B4800;
	case 9600:	return B9600;
	case 19200:	return B19200;
	case 38400:	return B38400;
	case 57600:	return B57600;
	case 115200:	return B115200;
	case 230400:	return B230400;
	case 460800:	return B460800;
	case 921600:	return B921600;
	default:	return B0;
	}
}

/* Raw 8N1 at the configured speed, reads as described at the top. */
static int
fd_setup_tty(int fd, const struct cfg_board *b)
{
	struct termios	tio;
	speed_t		sp = fd_speed(b->baud);

	if (ioctl(fd, TIOCEXCL) == -1 || tcgetattr(fd, &tio) == -1)
		return -1;
	cfmakeraw(&tio);
	tio.c_cflag |= CLOCAL | CREAD;
	tio.c_cflag &= ~(CSTOPB | PARENB | CRTSCTS);
	tio.c_iflag &= ~(IXON | IXOFF | IXANY);
	if (b->flow_control == CFG_FLOW_RTSCTS)
		tio.c_cflag |= CRTSCTS;
	else if (b->flow_control == CFG_FLOW_XONXOFF)
		tio.c_iflag |= IXON | IXOFF;
	tio.c_cc[VMIN] = 1;
	tio.c_cc[VTIME] = 0;
	if (sp != B0 && (cfsetispeed(&tio, sp) == -1 ||
	    cfsetospeed(&tio, sp) == -1))
		return -1;
	if (tcsetattr(fd, TCSANOW, &tio) == -1)
		return -1;
	return tcflush(fd, TCIFLUSH);
}

static ssize_t
fd_read(struct transport *t, void *buf, size_t len, struct transport_error *err)
{
	const struct fd_priv	*p = t->priv;

	return transport_fd_read(t->fd, buf, len,
	    p->cls == FD_FILE ? TRANSPORT_END : TRANSPORT_GONE, p->what, err);
}

static int
fd_write(struct transport *t, const void *buf, size_t len)
{
	return transport_fd_write(t->fd, buf, len);
}

static void
fd_close(struct transport *t)
{
	if (t->fd != -1)
		close(t->fd);
	free(t->priv);
}

static const struct transport_ops fd_ops = {
	.read = fd_read,
	.write = fd_write,
	.close = fd_close
};

int
transport_fd_open(const char *path, const char *device,
    const struct cfg_board *b, struct transport **tp,
    struct transport_error *err)
{
	struct transport	*t;
	struct fd_priv		*p;
	struct stat		 st;
	int			 flags, e;

	if (stat(device, &st) == -1) {
		transport_open_error(err, path, errno);
		return -1;
	}
	if ((t = transport_new(TRANSPORT_FD, &fd_ops)) == NULL ||
	    (p = calloc(1, sizeof *p)) == NULL) {
		free(t);
		transport_errorf(err, ENOMEM, "%s: out of memory", path);
		return -1;
	}
	t->priv = p;
	snprintf(p->what, sizeof p->what, "%s", path);
	if (S_ISREG(st.st_mode))
		p->cls = FD_FILE;
	else if (S_ISFIFO(st.st_mode))
		p->cls = FD_FIFO;
	else
		p->cls = FD_TTY;
	/*
	 * A FIFO is opened for writing too (Linux allows it): with a writer
	 * of our own, read() never sees end-of-file between two programs
	 * feeding it, and an empty FIFO is EAGAIN, not a hangup.
	 */
	flags = O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
	flags |= p->cls == FD_FILE ? O_RDONLY : O_RDWR;
	if ((t->fd = open(device, flags)) == -1 ||
	    (p->cls == FD_TTY && fd_setup_tty(t->fd, b) == -1)) {
		e = errno;
		transport_open_error(err, path, e);
		transport_close(t);
		return -1;
	}
	switch (p->cls) {
	case FD_TTY:
		t->flags = TRANSPORT_F_WRITABLE;
		transport_describe_tty(t, path, device, b);
		break;
	case FD_FIFO:
		snprintf(t->describe, sizeof t->describe, "%s (FIFO)", path);
		break;
	case FD_FILE:
		snprintf(t->describe, sizeof t->describe, "%s (file)", path);
		break;
	}
	*tp = t;
	return 0;
}
