/*
 * transport.c: choosing a transport from the port string, and what the
 * transports share: errors with advice, and reading a descriptor with the
 * hangup rules of shared/reference/stack-notes.md §1.6.
 *
 * A path is resolved first (symlinks such as /dev/serial/by-id/... and
 * socat's link= paths), then: a pty, FIFO, plain file or a tty that is not
 * on USB goes to the fd transport, a USB serial device to libserialport.
 * ptys are told by their path under /dev/pts and by the UNIX 98 pty slave
 * majors 136-143 (Linux devices.txt), for a devpts mounted elsewhere.
 */
#include <config.h>

#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "board/transport_impl.h"

/* Linux Documentation/admin-guide/devices.txt: UNIX 98 pty slaves. */
#define PTY_SLAVE_MAJOR_FIRST	136
#define PTY_SLAVE_MAJOR_LAST	143

/* The udev rule shipped in contrib/udev, named in permission advice. */
#define UDEV_RULE_NAME	"99-footscreen-board.rules"

/* Make a transport object for an opener. */
struct transport *
transport_new(enum transport_kind kind, const struct transport_ops *ops)
{
	struct transport	*t;

	if ((t = calloc(1, sizeof *t)) == NULL)
		return NULL;
	t->kind = kind;
	t->ops = ops;
	t->fd = -1;
	return t;
}

/* Fill an error; a message too long for the buffer is cut. */
void
transport_errorf(struct transport_error *err, int errnum, const char *fmt, ...)
{
	va_list	ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	err->errnum = errnum;
}

/* The group owning path, for permission advice; "" when unknown. */
static void
transport_device_group(const char *path, char *buf, size_t len)
{
	struct stat	 st;
	struct group	*gr;

	buf[0] = '\0';
	if (stat(path, &st) == -1)
		return;
	if ((gr = getgrgid(st.st_gid)) != NULL)
		snprintf(buf, len, "%s", gr->gr_name);
	else
		snprintf(buf, len, "%lu", (unsigned long)st.st_gid);
}

void
transport_open_error(struct transport_error *err, const char *path, int errnum)
{
	char	group[64];

	switch (errnum) {
	case ENOENT:
	case ENODEV:
	case ENXIO:
		transport_errorf(err, errnum, "%s: no such device; is the "
		    "board plugged in? ('footscreen ports' lists the serial "
		    "ports)", path);
		break;
	case EACCES:
	case EPERM:
		transport_device_group(path, group, sizeof group);
		if (group[0] != '\0')
			transport_errorf(err, errnum, "%s: permission denied; "
			    "the device belongs to group '%s': add yourself to "
			    "it (sudo usermod -aG %s $USER, then log in again) "
			    "or install footscreen's udev rule %s",
			    path, group, group, UDEV_RULE_NAME);
		else
			transport_errorf(err, errnum, "%s: permission denied",
			    path);
		break;
	case EBUSY:
		transport_errorf(err, errnum, "%s: in use by another program "
		    "(another footscreen, a serial monitor, or ModemManager "
		    "probing it); close it and try again", path);
		break;
	default:
		transport_errorf(err, errnum, "%s: %s", path, strerror(errnum));
		break;
	}
}

ssize_t
transport_fd_read(int fd, void *buf, size_t len, ssize_t at_eof,
    const char *what, struct transport_error *err)
{
	ssize_t	n;

	for (;;) {
		if ((n = read(fd, buf, len)) > 0)
			return n;
		if (n == 0) {
			if (at_eof == TRANSPORT_END)
				transport_errorf(err, 0, "%s: end of file", what);
			else
				transport_errorf(err, 0, "%s: hung up", what);
			return at_eof;
		}
		if (errno == EINTR)
			continue;
		if (errno == EAGAIN || errno == EWOULDBLOCK)
			return 0;
		/* EIO, ENXIO, ENODEV, ECONNRESET...: the device is gone. */
		transport_errorf(err, errno, "%s: %s", what, strerror(errno));
		return TRANSPORT_GONE;
	}
}

int
transport_fd_write(int fd, const void *buf, size_t len)
{
	const char	*p = buf;
	ssize_t		 n;
	struct stat	 st;
	int		 sock;

	sock = fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode);
	while (len > 0) {
		if (sock)
			n = send(fd, p, len, MSG_NOSIGNAL);
		else
			n = write(fd, p, len);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

void
transport_describe_tty(struct transport *t, const char *path,
    const char *device, const struct cfg_board *b)
{
	const char	*flow;
	int		 same = strcmp(path, device) == 0;

	switch (b->flow_control) {
	case CFG_FLOW_XONXOFF:
		flow = "XON/XOFF flow control";
		break;
	case CFG_FLOW_RTSCTS:
		flow = "RTS/CTS flow control";
		break;
	default:
		flow = "no flow control";
		break;
	}
	snprintf(t->describe, sizeof t->describe, "%s%s%s at %d baud 8N1, %s",
	    path, same ? "" : " -> ", same ? "" : device, b->baud, flow);
}

/* Whether a resolved character device is a pty slave. */
static int
transport_is_pty(const char *device, const struct stat *st)
{
	unsigned int	maj = major(st->st_rdev);

	return strncmp(device, "/dev/pts/", 9) == 0 ||
	    (maj >= PTY_SLAVE_MAJOR_FIRST && maj <= PTY_SLAVE_MAJOR_LAST);
}

/* A device path: resolve it, then pick the fd or the serial transport. */
static int
transport_open_path(const char *path, const struct cfg_board *b,
    struct transport **tp, struct transport_error *err)
{
	char		device[PATH_MAX];
	struct stat	st;

	if (realpath(path, device) == NULL || stat(device, &st) == -1) {
		transport_open_error(err, path, errno);
		return -1;
	}
	if (S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode))
		return transport_fd_open(path, device, b, tp, err);
	if (!S_ISCHR(st.st_mode)) {
		transport_errorf(err, EINVAL, "%s: not a serial device, FIFO "
		    "or file", path);
		return -1;
	}
	if (transport_is_pty(device, &st) || !transport_serial_is_usb(device))
		return transport_fd_open(path, device, b, tp, err);
	return transport_serial_open(device, b, tp, err);
}

int
transport_open(const char *port, const struct cfg_board *b,
    struct transport **tp, struct transport_error *err)
{
	char	device[PATH_MAX];

	*tp = NULL;
	if (strcmp(port, "auto") == 0) {
		if (transport_serial_find(b, device, sizeof device, err) == -1)
			return -1;
		return transport_serial_open(device, b, tp, err);
	}
	if (strncmp(port, "sim", 3) == 0 &&
	    (port[3] == '\0' || port[3] == ':' || port[3] == '?'))
		return transport_sim_open(port + 3, b, tp, err);
	if (strncmp(port, "tcp:", 4) == 0)
		return transport_tcp_open(port + 4, tp, err);
	if (strncmp(port, "replay:", 7) == 0)
		return transport_replay_open(port + 7, tp, err);
	if (port[0] == '\0') {
		transport_errorf(err, EINVAL, "no board given");
		return -1;
	}
	return transport_open_path(port, b, tp, err);
}

ssize_t
transport_read(struct transport *t, void *buf, size_t len,
    struct transport_error *err)
{
	return t->ops->read(t, buf, len, err);
}

int
transport_write(struct transport *t, const void *buf, size_t len)
{
	if (!(t->flags & TRANSPORT_F_WRITABLE) || t->ops->write == NULL)
		return -1;
	return t->ops->write(t, buf, len);
}

void
transport_close(struct transport *t)
{
	if (t == NULL)
		return;
	t->ops->close(t);
	free(t);
}

int
transport_fd(const struct transport *t)
{
	return t->fd;
}

enum transport_kind
transport_kind(const struct transport *t)
{
	return t->kind;
}

unsigned
transport_flags(const struct transport *t)
{
	return t->flags;
}

const char *
transport_describe(const struct transport *t)
{
	return t->describe;
}

const char *
transport_identity(const struct transport *t)
{
	return t->identity;
}

int
transport_geometry(const struct transport *t, struct board_geometry *g)
{
	if (!(t->geometry.width_mm > 0))
		return -1;
	*g = t->geometry;
	return 0;
}
