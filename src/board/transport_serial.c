/*
 * transport_serial.c: a USB serial board through libserialport, and the
 * port list behind `footscreen ports` and "port = auto".
 *
 * libserialport 0.1.1 (Debian 12) is used for what it does well: finding
 * ports and their USB ids, opening by name, setting speed, framing and
 * flow control.  What 0.1.2 added is done here by hand (stack-notes §1.3):
 * the caller resolves symlinks first, the port is made exclusive with
 * TIOCEXCL, and stale input is flushed.  Reads go straight to the
 * descriptor (§1.5: the sp_blocking_read calls busy-spin after an unplug),
 * with VMIN 1 so an empty non-blocking read is EAGAIN and 0 is a hangup
 * (transport_fd.c says why).  libserialport explains failures only through
 * its debug handler (§1.4), so a handler keeps the last "returning SP_ERR_"
 * line for the message.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <libserialport.h>

#include "board/transport_impl.h"

/* The last failure libserialport reported; one thread only. */
static char	serial_lasterr[256];

/* libserialport's debug handler: keep the lines that say why it failed. */
static void __attribute__((format(printf, 1, 2)))
serial_capture(const char *fmt, ...)
{
	char	line[256];
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	line[strcspn(line, "\r\n")] = '\0';
	if (strstr(line, "returning SP_ERR_") != NULL)
		snprintf(serial_lasterr, sizeof serial_lasterr, "%s", line);
}

/* Start capturing afresh before a libserialport call that may fail. */
static void
serial_capture_begin(void)
{
	sp_set_debug_handler(serial_capture);
	serial_lasterr[0] = '\0';
}

/* The captured reason, or a fallback. */
static const char *
serial_reason(const char *fallback)
{
	return serial_lasterr[0] != '\0' ? serial_lasterr : fallback;
}

/* Copy a libserialport string that may be NULL. */
static void
serial_copy(char *buf, size_t len, const char *s)
{
	snprintf(buf, len, "%s", s != NULL ? s : "");
}

static ssize_t
serial_read(struct transport *t, void *buf, size_t len,
    struct transport_error *err)
{
	return transport_fd_read(t->fd, buf, len, TRANSPORT_GONE,
	    sp_get_port_name(t->priv), err);
}

static int
serial_write(struct transport *t, const void *buf, size_t len)
{
	return transport_fd_write(t->fd, buf, len);
}

static void
serial_close(struct transport *t)
{
	struct sp_port	*port = t->priv;

	if (port != NULL) {
		sp_close(port);
		sp_free_port(port);
	}
	t->fd = -1;
}

static const struct transport_ops serial_ops = {
	.read = serial_read,
	.write = serial_write,
	.close = serial_close
};

/* Exclusive, non-blocking, VMIN 1, stale input dropped. */
static int
serial_setup_fd(struct sp_port *port, int fd)
{
	struct termios	tio;
	int		fl;

	if (ioctl(fd, TIOCEXCL) == -1 ||
	    (fl = fcntl(fd, F_GETFL)) == -1 ||
	    fcntl(fd, F_SETFL, fl | O_NONBLOCK) == -1 ||
	    fcntl(fd, F_SETFD, FD_CLOEXEC) == -1 ||
	    tcgetattr(fd, &tio) == -1)
		return -1;
	tio.c_cc[VMIN] = 1;
	tio.c_cc[VTIME] = 0;
	if (tcsetattr(fd, TCSANOW, &tio) == -1)
		return -1;
	return sp_flush(port, SP_BUF_INPUT) == SP_OK ? 0 : -1;
}

/* Speed, 8N1 and flow control from the settings. */
static int
serial_configure(struct sp_port *port, const struct cfg_board *b)
{
	enum sp_flowcontrol	fc = SP_FLOWCONTROL_NONE;

	if (b->flow_control == CFG_FLOW_XONXOFF)
		fc = SP_FLOWCONTROL_XONXOFF;
	else if (b->flow_control == CFG_FLOW_RTSCTS)
		fc = SP_FLOWCONTROL_RTSCTS;
	if (sp_set_baudrate(port, b->baud) != SP_OK ||
	    sp_set_bits(port, 8) != SP_OK ||
	    sp_set_parity(port, SP_PARITY_NONE) != SP_OK ||
	    sp_set_stopbits(port, 1) != SP_OK ||
	    sp_set_flowcontrol(port, fc) != SP_OK)
		return -1;
	return 0;
}

int
transport_serial_open(const char *device, const struct cfg_board *b,
    struct transport **tp, struct transport_error *err)
{
	struct transport	*t;
	struct sp_port		*port;
	enum sp_return		 rc;
	int			 fd, e;

	serial_capture_begin();
	if (sp_get_port_by_name(device, &port) != SP_OK) {
		transport_errorf(err, ENODEV, "%s: not a serial port "
		    "(libserialport: %s)", device, serial_reason("not found"));
		return -1;
	}
	if ((rc = sp_open(port, SP_MODE_READ_WRITE)) != SP_OK) {
		/* errno is meaningful only after SP_ERR_FAIL (§1.4). */
		e = rc == SP_ERR_FAIL ? sp_last_error_code() : 0;
		if (e != 0)
			transport_open_error(err, device, e);
		else
			transport_errorf(err, EIO, "%s: cannot open (%s)",
			    device, serial_reason("libserialport failed"));
		sp_free_port(port);
		return -1;
	}
	if ((t = transport_new(TRANSPORT_SERIAL, &serial_ops)) == NULL) {
		sp_close(port);
		sp_free_port(port);
		transport_errorf(err, ENOMEM, "%s: out of memory", device);
		return -1;
	}
	t->priv = port;
	if (serial_configure(port, b) == -1) {
		transport_errorf(err, EINVAL, "%s: cannot set %d baud 8N1 (%s)",
		    device, b->baud, serial_reason("libserialport failed"));
		transport_close(t);
		return -1;
	}
	if (sp_get_port_handle(port, &fd) != SP_OK ||
	    serial_setup_fd(port, fd) == -1) {
		e = errno;
		transport_open_error(err, device, e);
		transport_close(t);
		return -1;
	}
	t->fd = fd;
	t->flags = TRANSPORT_F_WRITABLE;
	serial_copy(t->identity, sizeof t->identity,
	    sp_get_port_usb_serial(port));
	transport_describe_tty(t, device, device, b);
	*tp = t;
	return 0;
}

int
transport_serial_is_usb(const char *device)
{
	struct sp_port	*port;
	int		 usb;

	serial_capture_begin();
	if (sp_get_port_by_name(device, &port) != SP_OK)
		return 0;
	usb = sp_get_port_transport(port) == SP_TRANSPORT_USB;
	sp_free_port(port);
	return usb;
}

/* Whether "port = auto" would consider this port under b. */
static int
serial_auto_match(const struct serial_port_info *pi, const struct cfg_board *b)
{
	if (!pi->usb)
		return 0;
	if (b->usb_vid >= 0 && pi->vid != b->usb_vid)
		return 0;
	if (b->usb_pid >= 0 && pi->pid != b->usb_pid)
		return 0;
	if (b->description[0] != '\0' &&
	    fnmatch(b->description, pi->description, 0) != 0)
		return 0;
	return 1;
}

/* Fill one entry from libserialport. */
static void
serial_info(struct sp_port *port, const struct cfg_board *b,
    struct serial_port_info *pi)
{
	memset(pi, 0, sizeof *pi);
	serial_copy(pi->name, sizeof pi->name, sp_get_port_name(port));
	serial_copy(pi->description, sizeof pi->description,
	    sp_get_port_description(port));
	pi->vid = pi->pid = -1;
	pi->usb = sp_get_port_transport(port) == SP_TRANSPORT_USB;
	if (pi->usb) {
		/* Outputs are left untouched on failure (§1.7). */
		if (sp_get_port_usb_vid_pid(port, &pi->vid, &pi->pid) != SP_OK)
			pi->vid = pi->pid = -1;
		serial_copy(pi->manufacturer, sizeof pi->manufacturer,
		    sp_get_port_usb_manufacturer(port));
		serial_copy(pi->product, sizeof pi->product,
		    sp_get_port_usb_product(port));
		serial_copy(pi->serial, sizeof pi->serial,
		    sp_get_port_usb_serial(port));
	}
	pi->auto_match = serial_auto_match(pi, b);
}

static int
serial_info_cmp(const void *a, const void *b)
{
	const struct serial_port_info	*x = a, *y = b;

	return strcmp(x->name, y->name);
}

int
transport_serial_list(const struct cfg_board *b,
    struct serial_port_info **list, size_t *n, struct transport_error *err)
{
	struct sp_port	**ports;
	size_t		  count, i;

	*list = NULL;
	*n = 0;
	serial_capture_begin();
	if (sp_list_ports(&ports) != SP_OK) {
		transport_errorf(err, EIO, "cannot list serial ports (%s)",
		    serial_reason("libserialport failed"));
		return -1;
	}
	for (count = 0; ports[count] != NULL; count++)
		continue;
	if (count > 0 && (*list = calloc(count, sizeof **list)) == NULL) {
		sp_free_port_list(ports);
		transport_errorf(err, ENOMEM, "out of memory");
		return -1;
	}
	for (i = 0; i < count; i++)
		serial_info(ports[i], b, &(*list)[i]);
	sp_free_port_list(ports);
	if (count > 0)
		qsort(*list, count, sizeof **list, serial_info_cmp);
	*n = count;
	return 0;
}

/* " with usb_vid 2341, usb_pid 0043, description 'x'", or "". */
static void
serial_filter_text(const struct cfg_board *b, char *buf, size_t len)
{
	int	w = 0;

	buf[0] = '\0';
	if (b->usb_vid >= 0)
		w += snprintf(buf + w, len - (size_t)w, "%s usb_vid %04x",
		    w == 0 ? " with" : ",", b->usb_vid);
	if (b->usb_pid >= 0 && (size_t)w < len)
		w += snprintf(buf + w, len - (size_t)w, "%s usb_pid %04x",
		    w == 0 ? " with" : ",", b->usb_pid);
	if (b->description[0] != '\0' && (size_t)w < len)
		snprintf(buf + w, len - (size_t)w, "%s description '%s'",
		    w == 0 ? " with" : ",", b->description);
}

int
transport_serial_find(const struct cfg_board *b, char *buf, size_t len,
    struct transport_error *err)
{
	struct serial_port_info	*list;
	char			 filter[400], names[400];
	size_t			 n, i, matches = 0, w = 0;

	if (transport_serial_list(b, &list, &n, err) == -1)
		return -1;
	names[0] = '\0';
	for (i = 0; i < n; i++) {
		if (!list[i].auto_match)
			continue;
		if (matches++ == 0)
			snprintf(buf, len, "%s", list[i].name);
		if (w < sizeof names)
			w += (size_t)snprintf(names + w, sizeof names - w,
			    "%s%s", w == 0 ? "" : ", ", list[i].name);
	}
	free(list);
	serial_filter_text(b, filter, sizeof filter);
	if (matches == 0) {
		transport_errorf(err, ENOENT, "port = auto: no USB serial port"
		    "%s; plug the board in, or set [board] port "
		    "('footscreen ports' lists the ports)", filter);
		return -1;
	}
	if (matches > 1) {
		transport_errorf(err, EEXIST, "port = auto: %zu USB serial "
		    "ports match%s (%s); set usb_vid, usb_pid or description "
		    "in [board], or give the port", matches, filter, names);
		return -1;
	}
	return 0;
}
