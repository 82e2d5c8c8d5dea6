/*
 * transport_tcp.c: a board on the network, tcp:HOST:PORT (an ESP32
 * printing lines to a socket, ser2net in raw mode).  HOST may be a name,
 * an IPv4 address or an IPv6 address in brackets.
 *
 * The connect is non-blocking: the socket is handed to the board session
 * at once and polled for input like a tty.  A refused or failed connect
 * shows as POLLERR/POLLHUP, and the read that follows returns the error,
 * which is a hangup like any other (the session retries with backoff).
 * Name lookup itself is getaddrinfo(3) and may block for as long as the
 * resolver takes; a numeric address never does.
 */
#include <config.h>

#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "board/transport_impl.h"

/* The socket's pending error, which the kernel reports only once. */
struct tcp_priv {
	int	soerr;
};

/* Keep a pending socket error for the message of the next read. */
static void
tcp_keep_error(struct transport *t)
{
	struct tcp_priv	*p = t->priv;
	int		 e = 0;
	socklen_t	 sl = sizeof e;

	if (getsockopt(t->fd, SOL_SOCKET, SO_ERROR, &e, &sl) == 0 && e != 0)
		p->soerr = e;
}

static ssize_t
tcp_read(struct transport *t, void *buf, size_t len,
    struct transport_error *err)
{
	struct tcp_priv	*p = t->priv;
	ssize_t		 n;

	n = transport_fd_read(t->fd, buf, len, TRANSPORT_GONE, t->describe,
	    err);
	/* A refused connect reads as end-of-file: say why it failed. */
	if (n == TRANSPORT_GONE) {
		tcp_keep_error(t);
		if (p->soerr != 0)
			transport_errorf(err, p->soerr, "%s: %s", t->describe,
			    strerror(p->soerr));
	}
	return n;
}

static int
tcp_write(struct transport *t, const void *buf, size_t len)
{
	struct tcp_priv	*p = t->priv;

	if (transport_fd_write(t->fd, buf, len) == 0)
		return 0;
	/* A send can be what collects a failed connect's error. */
	if (errno != EAGAIN && errno != EWOULDBLOCK && errno != ENOTCONN)
		p->soerr = errno;
	return -1;
}

static void
tcp_close(struct transport *t)
{
	if (t->fd != -1)
		close(t->fd);
	free(t->priv);
}

static const struct transport_ops tcp_ops = {
	.read = tcp_read,
	.write = tcp_write,
	.close = tcp_close
};

/* Split "HOST:PORT" or "[V6]:PORT"; -1 when malformed. */
static int
tcp_split(const char *spec, char *host, size_t hlen, char *serv, size_t slen)
{
	const char	*colon, *end;
	size_t		 n;

	if (spec[0] == '[') {
		if ((end = strchr(spec, ']')) == NULL || end[1] != ':')
			return -1;
		n = (size_t)(end - spec - 1);
		colon = end + 1;
		spec++;
	} else {
		if ((colon = strrchr(spec, ':')) == NULL)
			return -1;
		n = (size_t)(colon - spec);
	}
	if (n == 0 || n >= hlen || colon[1] == '\0' ||
	    strlen(colon + 1) >= slen ||
	    strspn(colon + 1, "0123456789") != strlen(colon + 1))
		return -1;
	memcpy(host, spec, n);
	host[n] = '\0';
	snprintf(serv, slen, "%s", colon + 1);
	return 0;
}

int
transport_tcp_open(const char *spec, struct transport **tp,
    struct transport_error *err)
{
	struct addrinfo		 hints, *res, *ai;
	struct transport	*t;
	char			 host[256], serv[16];
	int			 rc, fd = -1, e = 0;

	if (tcp_split(spec, host, sizeof host, serv, sizeof serv) == -1) {
		transport_errorf(err, EINVAL, "tcp:%s: expected tcp:HOST:PORT "
		    "(an IPv6 address in brackets)", spec);
		return -1;
	}
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICSERV;
	if ((rc = getaddrinfo(host, serv, &hints, &res)) != 0) {
		transport_errorf(err, ENOENT, "tcp:%s: %s", spec,
		    gai_strerror(rc));
		return -1;
	}
	for (ai = res; ai != NULL; ai = ai->ai_next) {
		fd = socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK |
		    SOCK_CLOEXEC, ai->ai_protocol);
		if (fd == -1) {
			e = errno;
			continue;
		}
		if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0 ||
		    errno == EINPROGRESS)
			break;
		e = errno;
		close(fd);
		fd = -1;
	}
	freeaddrinfo(res);
	if (fd == -1) {
		transport_errorf(err, e, "tcp:%s: %s", spec, strerror(e));
		return -1;
	}
	if ((t = transport_new(TRANSPORT_TCP, &tcp_ops)) == NULL ||
	    (t->priv = calloc(1, sizeof(struct tcp_priv))) == NULL) {
		free(t);
		close(fd);
		transport_errorf(err, ENOMEM, "tcp:%s: out of memory", spec);
		return -1;
	}
	t->fd = fd;
	t->flags = TRANSPORT_F_WRITABLE;
	snprintf(t->describe, sizeof t->describe, "tcp:%s", spec);
	*tp = t;
	return 0;
}
