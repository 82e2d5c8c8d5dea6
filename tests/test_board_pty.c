/*
 * test_board_pty.c: the board session (board.h) driven end to end over
 * real descriptors: a pty pair made in-process with openpty(3), the test
 * holding the master as the "board" and the session opening the slave by
 * a symlink, as socat's link= gives; also a FIFO, a plain file, a TCP
 * socket on the loopback, the simulator and a replay.
 *
 * Valid native streams at 100 and 1000 Hz must arrive whole, in order,
 * with their values and device clock; damaged streams must give exactly
 * the counts of what was damaged; closing the master is an unplug, and a
 * new pty behind the same symlink must be picked up again.  Nothing here
 * asserts a duration: waits have generous limits only so that a broken
 * build fails instead of hanging.
 */
#include <config.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netinet/in.h>
#include <poll.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"
#include "board/board.h"
#include "board/board_clock.h"
#include "board/protocol.h"
#include "recording/recording.h"

/* Give up waiting for data after this long: a hang guard, not a check. */
#define GUARD_MS	5000
#define MAXREAD		20000

static char	tmpdir[256];

/* [board] settings as the defaults of footscreen.conf(5). */
static void
test_cfg(struct cfg_board *b, enum cfg_protocol proto)
{
	int	c;

	memset(b, 0, sizeof *b);
	snprintf(b->port, sizeof b->port, "auto");
	b->baud = 115200;
	b->protocol = proto;
	for (c = 0; c < CELL_COUNT; c++) {
		b->channel_order[c] = (enum cell)c;
		b->scale[c] = 1;
		b->offset[c] = 0;
	}
	b->geometry.width_mm = BOARD_WII_WIDTH_MM;
	b->geometry.length_mm = BOARD_WII_LENGTH_MM;
	b->flow_control = CFG_FLOW_NONE;
	b->usb_vid = b->usb_pid = -1;
	b->timeout_s = 2;
}

struct pty {
	int	master;
	int	slave;
	char	link[300];
};

/* A new pty whose slave is reachable as tmpdir/name (a symlink). */
static void
pty_make(struct pty *p, const char *name)
{
	char	tmp[320];

	ck_assert_int_eq(openpty(&p->master, &p->slave, NULL, NULL, NULL), 0);
	ck_assert_int_eq(fcntl(p->master, F_SETFL, O_NONBLOCK), 0);
	snprintf(p->link, sizeof p->link, "%s/%s", tmpdir, name);
	snprintf(tmp, sizeof tmp, "%s.new", p->link);
	unlink(tmp);
	ck_assert_int_eq(symlink(ptsname(p->master), tmp), 0);
	ck_assert_int_eq(rename(tmp, p->link), 0);
}

/* The session has the slave open: drop ours so closing the master hangs up. */
static void
pty_release_slave(struct pty *p)
{
	close(p->slave);
	p->slave = -1;
}

/* Read what the session has now, without waiting. */
static size_t
drain(struct board *b, struct board_reading *out, size_t room)
{
	size_t	n, got = 0;

	while (room - got > 0) {
		n = board_read(b, out + got, room - got);
		got += n;
		if (n == 0)
			break;
	}
	return (got);
}

/* Wait for the board's descriptor or its own deadline, at most ms. */
static void
wait_board_or(struct board *b, int ms)
{
	struct pollfd	pfd = { .fd = board_fd(b), .events = POLLIN };
	int		w = board_wait_ms(b);

	if (w < 0 || w > ms)
		w = ms;
	poll(&pfd, 1, w);
}

/*
 * Write all of buf to fd as fast as it takes it, reading the session
 * meanwhile; then read until `want` samples arrived in all or the guard
 * ran out.  Returns the samples read into out[*got...].
 */
static void
pump(struct board *b, int fd, const char *buf, size_t len,
    struct board_reading *out, size_t *got, size_t want)
{
	size_t	off = 0;
	ssize_t	w;
	int	idle = 0;

	while (off < len) {
		w = write(fd, buf + off, len - off);
		if (w > 0)
			off += (size_t)w;
		else
			ck_assert_msg(errno == EAGAIN, "write: %s",
			    strerror(errno));
		*got += drain(b, out + *got, MAXREAD - *got);
		if (w <= 0)
			wait_board_or(b, 10);
	}
	while (*got < want && idle < GUARD_MS / 10) {
		size_t	before = *got;

		wait_board_or(b, 10);
		*got += drain(b, out + *got, MAXREAD - *got);
		idle = *got == before ? idle + 1 : 0;
	}
}

/* Native sample lines seq first..first+n-1 at rate, values from seq. */
static char *
native_lines(uint32_t first, size_t n, double rate, size_t *len)
{
	char	*buf, line[BOARD_FORMAT_MAX];
	size_t	 i, k, cap = n * BOARD_FORMAT_MAX + 1, off = 0;
	double	 ch[4];

	buf = malloc(cap);
	ck_assert_ptr_nonnull(buf);
	for (i = 0; i < n; i++) {
		uint32_t	seq = first + (uint32_t)i;

		ch[0] = seq;
		ch[1] = seq + 0.5;
		ch[2] = -(double)seq;
		ch[3] = 1000.25 + seq;
		k = board_format_sample(line, sizeof line, seq,
		    (uint32_t)llround(seq * 1e6 / rate), ch);
		ck_assert_uint_gt(k, 0);
		memcpy(buf + off, line, k);
		off += k;
	}
	*len = off;
	return (buf);
}

static struct board_reading	readings[MAXREAD];

/* A valid native stream at rate_hz arrives whole, in order, exact. */
static void
check_stream(double rate_hz, size_t n)
{
	struct cfg_board		 cfg;
	struct board			*b;
	struct pty			 p;
	char				 err[512], *buf;
	size_t				 len, got = 0, i;
	const struct board_stats	*st;

	test_cfg(&cfg, CFG_PROTOCOL_NATIVE);
	pty_make(&p, "stream");
	ck_assert_msg(board_open(p.link, &cfg, &b, err, sizeof err) == 0,
	    "%s", err);
	pty_release_slave(&p);
	ck_assert_int_eq(board_status(b), BOARD_WAITING);
	ck_assert_ptr_nonnull(strstr(board_describe(b), "115200 baud 8N1"));
	buf = native_lines(0, n, rate_hz, &len);
	pump(b, p.master, buf, len, readings, &got, n);
	free(buf);
	ck_assert_uint_eq(got, n);
	for (i = 0; i < n; i++) {
		ck_assert_uint_eq(readings[i].seq, i);
		ck_assert(readings[i].raw[0] == (double)i);
		ck_assert(readings[i].load[CELL_TR] == i + 0.5);
		ck_assert(readings[i].load[CELL_BL] == -(double)i);
		ck_assert(readings[i].load[CELL_BR] == 1000.25 + i);
		ck_assert(readings[i].has_device_time);
		ck_assert_uint_eq(readings[i].device_us - readings[0].device_us,
		    (uint64_t)llround(i * 1e6 / rate_hz));
	}
	st = board_stats(b);
	ck_assert_uint_eq(st->parser.samples, n);
	ck_assert_uint_eq(st->parser.seq_gaps, 0);
	ck_assert_uint_eq(st->parser.checksum_errors, 0);
	ck_assert_uint_eq(st->parser.malformed, 0);
	ck_assert_uint_eq(st->bytes, len);
	ck_assert_int_eq(board_status(b), BOARD_CONNECTED);
	board_close(b);
	close(p.master);
}

START_TEST(stream_100hz)
{
	check_stream(100, 500);		/* 5 s of a 100 Hz board */
}
END_TEST

START_TEST(stream_1000hz)
{
	check_stream(1000, 5000);	/* 5 s of a 1 kHz board */
}
END_TEST

/* The session asks a native board for its hello line. */
START_TEST(hello_request_and_identity)
{
	struct cfg_board	 cfg;
	struct board		*b;
	struct pty		 p;
	struct board_hello	 h = { "board-42", "1.0", 80, "raw" };
	char			 err[512], buf[64], line[BOARD_FORMAT_MAX];
	size_t			 k, got = 0;
	ssize_t			 n = -1;
	int			 i;

	test_cfg(&cfg, CFG_PROTOCOL_NATIVE);
	pty_make(&p, "hello");
	ck_assert_msg(board_open(p.link, &cfg, &b, err, sizeof err) == 0,
	    "%s", err);
	pty_release_slave(&p);
	for (i = 0; i < 100 && n <= 0; i++) {
		struct pollfd	pfd = { .fd = p.master, .events = POLLIN };

		poll(&pfd, 1, 50);
		n = read(p.master, buf, sizeof buf);
	}
	ck_assert_int_eq(n, 2);
	ck_assert(memcmp(buf, "?\n", 2) == 0);
	ck_assert_str_eq(board_identity(b), p.link);
	ck_assert_ptr_null(board_hello(b));
	k = board_format_hello(line, sizeof line, &h);
	ck_assert_uint_gt(k, 0);
	pump(b, p.master, line, k, readings, &got, 0);
	for (i = 0; i < 100 && board_hello(b) == NULL; i++) {
		wait_board_or(b, 20);
		drain(b, readings, MAXREAD);
	}
	ck_assert_ptr_nonnull(board_hello(b));
	ck_assert_str_eq(board_identity(b), "board-42");
	ck_assert(board_hello(b)->rate_hz == 80);
	board_close(b);
	close(p.master);
}
END_TEST

/* Append s to buf at *off. */
static void
put(char *buf, size_t *off, const char *s, size_t n)
{
	memcpy(buf + *off, s, n);
	*off += n;
}

/*
 * Garbage, split and joined lines, checksum errors, a sequence gap, a 1 MB
 * line and NUL bytes, each counted where protocol.h says.
 */
START_TEST(damaged_stream_counts)
{
	struct cfg_board		 cfg;
	struct board			*b;
	struct pty			 p;
	char				 err[512], line[BOARD_FORMAT_MAX], *big;
	char				*ok;
	size_t				 len, off = 0, got = 0, k, half, i;
	const struct board_counters	*c;
	double				 ch[4] = { 1, 2, 3, 4 };
	const size_t			 bigsize = 1024 * 1024;

	test_cfg(&cfg, CFG_PROTOCOL_NATIVE);
	pty_make(&p, "damaged");
	ck_assert_msg(board_open(p.link, &cfg, &b, err, sizeof err) == 0,
	    "%s", err);
	pty_release_slave(&p);
	big = malloc(bigsize + 4096);
	ck_assert_ptr_nonnull(big);

	/* 10 good samples 0..9, joined in one write. */
	ok = native_lines(0, 10, 100, &len);
	put(big, &off, ok, len);
	free(ok);
	/* Garbage: a banner and a menu line: 2 malformed. */
	put(big, &off, "HX711 scale demo v2\n> 1) tare 2) run\n", 37);
	/* Checksum error: sample 10 with a changed digit: 1 checksum error. */
	k = board_format_sample(line, sizeof line, 10, 100000, ch);
	line[2] = line[2] == '1' ? '7' : '1';
	put(big, &off, line, k);
	/* Samples 10 and 11 properly, then a gap: 12..14 missing. */
	ok = native_lines(10, 2, 100, &len);
	put(big, &off, ok, len);
	free(ok);
	ok = native_lines(15, 3, 100, &len);
	put(big, &off, ok, len);
	free(ok);
	/* A line holding 3 NUL bytes: 1 nul line. */
	k = board_format_sample(line, sizeof line, 18, 180000, ch);
	line[3] = line[5] = line[7] = '\0';
	put(big, &off, line, k);
	pump(b, p.master, big, off, readings, &got, 15);
	ck_assert_uint_eq(got, 15);

	/* A 1 MB line with no end until the last byte: 1 over-long. */
	memset(big, 'x', bigsize);
	big[bigsize - 1] = '\n';
	pump(b, p.master, big, bigsize, readings, &got, 15);
	/* Then sample 18, written in three pieces with reads between. */
	k = board_format_sample(line, sizeof line, 18, 180000, ch);
	half = k / 2;
	pump(b, p.master, line, 5, readings, &got, 15);
	pump(b, p.master, line + 5, half - 5, readings, &got, 15);
	pump(b, p.master, line + half, k - half, readings, &got, 16);
	ck_assert_uint_eq(got, 16);
	for (i = 0; i < 12; i++)
		ck_assert_uint_eq(readings[i].seq, i);
	ck_assert_uint_eq(readings[12].seq, 15);
	ck_assert_uint_eq(readings[15].seq, 18);
	ck_assert(readings[15].load[CELL_BR] == 4);

	c = &board_stats(b)->parser;
	ck_assert_uint_eq(c->samples, 16);
	ck_assert_uint_eq(c->malformed, 2);
	ck_assert_uint_eq(c->checksum_errors, 1);
	ck_assert_uint_eq(c->seq_gaps, 1);
	ck_assert_uint_eq(c->samples_lost, 3);
	ck_assert_uint_eq(c->nul_lines, 1);
	ck_assert_uint_eq(c->nul_bytes, 3);
	ck_assert_uint_eq(c->overlong, 1);
	ck_assert_uint_eq(c->lines, 16 + 2 + 1 + 1 + 1);
	ck_assert_int_eq(board_status(b), BOARD_CONNECTED);
	free(big);
	board_close(b);
	close(p.master);
}
END_TEST

/* Generic lines: four numbers, any separator, mapped and calibrated. */
START_TEST(generic_mapping_and_calibration)
{
	struct cfg_board	 cfg;
	struct board		*b;
	struct pty		 p;
	char			 err[512];
	const char		 text[] = "Ready.\r\n10,20,30,40\r\n"
	    "10\t20\t30\t40\n10;20;30;40\n10 20 30 40\n1,2,3\n";
	size_t			 got = 0, i;

	test_cfg(&cfg, CFG_PROTOCOL_GENERIC);
	/* The board sends BR, BL, TR, TL; each cell's load = (raw - 10) * 2. */
	cfg.channel_order[0] = CELL_BR;
	cfg.channel_order[1] = CELL_BL;
	cfg.channel_order[2] = CELL_TR;
	cfg.channel_order[3] = CELL_TL;
	for (i = 0; i < CELL_COUNT; i++) {
		cfg.scale[i] = 2;
		cfg.offset[i] = 10;
	}
	pty_make(&p, "generic");
	ck_assert_msg(board_open(p.link, &cfg, &b, err, sizeof err) == 0,
	    "%s", err);
	pty_release_slave(&p);
	ck_assert_str_eq(board_protocol_name(b), "generic");
	ck_assert_int_eq(board_calibration_source(b), BOARD_CAL_CONFIG);
	pump(b, p.master, text, sizeof text - 1, readings, &got, 4);
	ck_assert_uint_eq(got, 4);
	for (i = 0; i < got; i++) {
		ck_assert(!readings[i].has_device_time);
		ck_assert(readings[i].raw[0] == 10);
		ck_assert(readings[i].load[CELL_BR] == 0);
		ck_assert(readings[i].load[CELL_BL] == 20);
		ck_assert(readings[i].load[CELL_TR] == 40);
		ck_assert(readings[i].load[CELL_TL] == 60);
	}
	ck_assert_uint_eq(board_stats(b)->parser.malformed, 2);
	board_close(b);
	close(p.master);
}
END_TEST

/* Poll until the status is want or the guard runs out. */
static void
await_status(struct board *b, enum board_status want)
{
	int	i;

	for (i = 0; i < GUARD_MS / 10 && board_status(b) != want; i++) {
		wait_board_or(b, 10);
		drain(b, readings, MAXREAD);
	}
	ck_assert_msg(board_status(b) == want, "status %s, wanted %s: %s",
	    board_status_name(board_status(b)), board_status_name(want),
	    board_message(b));
}

/*
 * Closing the master mid-stream is an unplug: a clean RETRYING status,
 * nothing lost before it; a new pty behind the same symlink resumes, the
 * board's restarted sequence is no gap, and the clock never runs back.
 */
START_TEST(unplug_and_reconnect)
{
	struct cfg_board	 cfg;
	struct board		*b;
	struct pty		 p, q;
	char			 err[512], *buf;
	size_t			 len, got = 0;
	double			 last;

	test_cfg(&cfg, CFG_PROTOCOL_NATIVE);
	pty_make(&p, "unplug");
	ck_assert_msg(board_open(p.link, &cfg, &b, err, sizeof err) == 0,
	    "%s", err);
	pty_release_slave(&p);
	buf = native_lines(0, 50, 100, &len);
	pump(b, p.master, buf, len, readings, &got, 50);
	free(buf);
	ck_assert_uint_eq(got, 50);
	last = readings[49].t_device;

	close(p.master);
	await_status(b, BOARD_RETRYING);
	ck_assert_int_eq(board_fd(b), -1);
	ck_assert_uint_eq(board_stats(b)->disconnects, 1);
	ck_assert_ptr_nonnull(strstr(board_message(b), "disconnected"));
	ck_assert_int_ge(board_wait_ms(b), 0);
	/* The device node is gone: retries fail until it comes back. */
	unlink(p.link);
	wait_board_or(b, 300);
	drain(b, readings, MAXREAD);
	ck_assert_int_eq(board_status(b), BOARD_RETRYING);

	pty_make(&q, "unplug");
	await_status(b, BOARD_WAITING);
	pty_release_slave(&q);
	ck_assert_uint_eq(board_stats(b)->reconnects, 1);
	got = 0;
	buf = native_lines(0, 30, 100, &len);
	pump(b, q.master, buf, len, readings, &got, 30);
	free(buf);
	ck_assert_uint_eq(got, 30);
	ck_assert_int_eq(board_status(b), BOARD_CONNECTED);
	ck_assert_uint_eq(board_stats(b)->parser.seq_gaps, 0);
	ck_assert_uint_eq(board_stats(b)->parser.samples, 80);
	ck_assert(readings[0].t_device > last);
	ck_assert(readings[29].t_device > readings[0].t_device);
	board_close(b);
	close(q.master);
}
END_TEST

/* Nothing within timeout_s: a message naming the port and its settings. */
START_TEST(silence_names_the_port)
{
	struct cfg_board	 cfg;
	struct board		*b;
	struct pty		 p;
	char			 err[512];
	size_t			 got = 0;

	test_cfg(&cfg, CFG_PROTOCOL_NATIVE);
	cfg.timeout_s = 0.2;
	cfg.baud = 9600;
	pty_make(&p, "silent");
	ck_assert_msg(board_open(p.link, &cfg, &b, err, sizeof err) == 0,
	    "%s", err);
	pty_release_slave(&p);
	await_status(b, BOARD_SILENT);
	ck_assert_ptr_nonnull(strstr(board_message(b), p.link));
	ck_assert_ptr_nonnull(strstr(board_message(b), "9600 baud"));
	ck_assert_ptr_nonnull(strstr(board_message(b), "no data"));
	/* A silent board costs no wakeups until something arrives. */
	ck_assert_int_eq(board_wait_ms(b), -1);

	/* Bytes that never make a sample say so. */
	pump(b, p.master, "garbage\n", 8, readings, &got, 0);
	ck_assert_uint_eq(got, 0);
	board_close(b);
	close(p.master);

	pty_make(&p, "noise");
	ck_assert_msg(board_open(p.link, &cfg, &b, err, sizeof err) == 0,
	    "%s", err);
	pty_release_slave(&p);
	pump(b, p.master, "\xff\xfe garbage\n", 11, readings, &got, 0);
	await_status(b, BOARD_SILENT);
	ck_assert_ptr_nonnull(strstr(board_message(b), "1 malformed"));
	board_close(b);
	close(p.master);
}
END_TEST

/* A file of lines ends; a missing device is an error that says so. */
START_TEST(file_ends_and_missing_device)
{
	struct cfg_board	 cfg;
	struct board		*b;
	char			 path[300], err[512];
	FILE			*fp;
	size_t			 got = 0;
	int			 i;

	test_cfg(&cfg, CFG_PROTOCOL_GENERIC);
	snprintf(path, sizeof path, "%s/lines.txt", tmpdir);
	fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	for (i = 0; i < 1000; i++)
		fprintf(fp, "%d,%d,%d,%d\n", i, i, i, i);
	ck_assert_int_eq(fclose(fp), 0);
	ck_assert_msg(board_open(path, &cfg, &b, err, sizeof err) == 0,
	    "%s", err);
	ck_assert_ptr_nonnull(strstr(board_describe(b), "(file)"));
	for (i = 0; i < 100 && board_status(b) != BOARD_ENDED; i++)
		got += drain(b, readings + got, MAXREAD - got);
	ck_assert_int_eq(board_status(b), BOARD_ENDED);
	ck_assert_uint_eq(got, 1000);
	ck_assert(readings[999].load[CELL_TL] == 999);
	board_close(b);

	ck_assert_int_eq(board_open("/nonexistent/ttyACM9", &cfg, &b, err,
	    sizeof err), -1);
	ck_assert_ptr_nonnull(strstr(err, "/nonexistent/ttyACM9"));
	ck_assert_ptr_nonnull(strstr(err, "no such device"));
	ck_assert_int_eq(board_open("tcp:nohostport", &cfg, &b, err,
	    sizeof err), -1);
	ck_assert_ptr_nonnull(strstr(err, "tcp:HOST:PORT"));
	ck_assert_int_eq(board_open("sim:bogus", &cfg, &b, err, sizeof err), -1);
	ck_assert_ptr_nonnull(strstr(err, "pronated-left"));
	ck_assert_int_eq(board_open("sim?rate=0", &cfg, &b, err, sizeof err), -1);
	ck_assert_ptr_nonnull(strstr(err, "rate=HZ"));
	ck_assert_int_eq(board_open("replay:/nonexistent.fsrec", &cfg, &b, err,
	    sizeof err), -1);
	ck_assert_ptr_nonnull(strstr(err, "/nonexistent.fsrec"));
}
END_TEST

/* A FIFO: writers may come and go; each one's lines are read. */
START_TEST(fifo_writer_comes_and_goes)
{
	struct cfg_board	 cfg;
	struct board		*b;
	char			 path[300], err[512];
	const char		 text[] = "1 2 3 4\n5 6 7 8\n";
	size_t			 got = 0;
	int			 w;

	test_cfg(&cfg, CFG_PROTOCOL_GENERIC);
	snprintf(path, sizeof path, "%s/fifo", tmpdir);
	ck_assert_int_eq(mkfifo(path, 0600), 0);
	ck_assert_msg(board_open(path, &cfg, &b, err, sizeof err) == 0,
	    "%s", err);
	w = open(path, O_WRONLY);
	ck_assert_int_ge(w, 0);
	pump(b, w, text, sizeof text - 1, readings, &got, 2);
	ck_assert_uint_eq(got, 2);
	close(w);
	wait_board_or(b, 100);
	drain(b, readings, MAXREAD);
	ck_assert_int_eq(board_status(b), BOARD_CONNECTED);
	ck_assert_uint_eq(board_stats(b)->disconnects, 0);
	w = open(path, O_WRONLY);
	ck_assert_int_ge(w, 0);
	got = 0;
	pump(b, w, text, sizeof text - 1, readings, &got, 2);
	ck_assert_uint_eq(got, 2);
	ck_assert(readings[1].load[CELL_BR] == 8);
	close(w);
	board_close(b);
}
END_TEST

/* tcp:127.0.0.1:PORT, with the peer closing and coming back. */
START_TEST(tcp_loopback)
{
	struct cfg_board	 cfg;
	struct board		*b;
	struct sockaddr_in	 sa;
	socklen_t		 sl = sizeof sa;
	char			 port[64], err[512], req[8], *buf;
	size_t			 len, got = 0;
	int			 ls, cs, i;
	ssize_t			 n = -1;

	test_cfg(&cfg, CFG_PROTOCOL_NATIVE);
	ls = socket(AF_INET, SOCK_STREAM, 0);
	ck_assert_int_ge(ls, 0);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ck_assert_int_eq(bind(ls, (struct sockaddr *)&sa, sizeof sa), 0);
	ck_assert_int_eq(listen(ls, 4), 0);
	ck_assert_int_eq(getsockname(ls, (struct sockaddr *)&sa, &sl), 0);
	snprintf(port, sizeof port, "tcp:127.0.0.1:%u", ntohs(sa.sin_port));
	ck_assert_msg(board_open(port, &cfg, &b, err, sizeof err) == 0,
	    "%s", err);
	cs = accept(ls, NULL, NULL);
	ck_assert_int_ge(cs, 0);
	buf = native_lines(0, 100, 100, &len);
	pump(b, cs, buf, len, readings, &got, 100);
	ck_assert_uint_eq(got, 100);
	/* The hello request went out once the connection was up. */
	for (i = 0; i < 100 && n <= 0; i++) {
		struct pollfd	pfd = { .fd = cs, .events = POLLIN };

		if (poll(&pfd, 1, 20) == 1)
			n = read(cs, req, sizeof req);
	}
	ck_assert_int_eq(n, 2);
	close(cs);
	await_status(b, BOARD_RETRYING);
	/* The listening socket's backlog completes the reconnection. */
	await_status(b, BOARD_WAITING);
	cs = accept(ls, NULL, NULL);
	ck_assert_int_ge(cs, 0);
	got = 0;
	pump(b, cs, buf, len, readings, &got, 100);
	ck_assert_uint_eq(got, 100);
	ck_assert_uint_eq(board_stats(b)->reconnects, 1);
	free(buf);
	close(cs);
	close(ls);
	board_close(b);
}
END_TEST

/* The simulator: hello, kg, consecutive samples, the same for one seed. */
START_TEST(sim_board)
{
	struct cfg_board	 cfg;
	struct board		*b;
	char			 err[512];
	size_t			 got = 0, i;
	double			 sum, first[4];

	test_cfg(&cfg, CFG_PROTOCOL_GENERIC);	/* sim speaks native anyway */
	for (int run = 0; run < 2; run++) {
		ck_assert_msg(board_open("sim:unsteady?seed=7&rate=500&"
		    "speed=max", &cfg, &b, err, sizeof err) == 0, "%s", err);
		got = 0;
		while (got < 2000)
			got += drain(b, readings + got, 2000 - got);
		ck_assert_ptr_nonnull(board_hello(b));
		ck_assert_str_eq(board_hello(b)->name, "footscreen-sim");
		ck_assert_str_eq(board_hello(b)->unit, "kg");
		ck_assert(board_hello(b)->rate_hz == 500);
		ck_assert_int_eq(board_calibration_source(b), BOARD_CAL_DEVICE);
		for (i = 0; i < got; i++) {
			ck_assert_uint_eq(readings[i].seq, i);
			sum = readings[i].load[0] + readings[i].load[1] +
			    readings[i].load[2] + readings[i].load[3];
			/* The default 70 kg person, give or take cell noise. */
			ck_assert_msg(fabs(sum - 70) < 1, "total %g kg", sum);
		}
		if (run == 0)
			memcpy(first, readings[1999].load, sizeof first);
		else
			ck_assert(memcmp(first, readings[1999].load,
			    sizeof first) == 0);
		board_close(b);
	}
}
END_TEST

/* A replay gives back the recording's rows and times exactly, then ends. */
START_TEST(replay_exact)
{
	struct cfg_board	 cfg;
	struct board		*b;
	struct rec_header	 h;
	struct board_clock	 clk;
	char			 path[300], port[320], err[512];
	FILE			*fp;
	size_t			 got = 0, i;
	double			 load[4];
	int			 k;

	test_cfg(&cfg, CFG_PROTOCOL_NATIVE);
	snprintf(path, sizeof path, "%s/rec.fsrec", tmpdir);
	fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	rec_header_init(&h);
	h.rate_hz = 50;
	h.width_mm = 400;
	h.length_mm = 200;
	h.load_unit = "kg";
	ck_assert_int_eq(recording_write_header(fp, &h), 0);
	for (i = 0; i < 300; i++) {
		for (k = 0; k < 4; k++)
			load[k] = 10 + k + i * 0.001;
		ck_assert_int_eq(recording_write_sample(fp, i * 0.02, load), 0);
	}
	ck_assert_int_eq(fclose(fp), 0);
	snprintf(port, sizeof port, "replay:%s?speed=max", path);
	ck_assert_msg(board_open(port, &cfg, &b, err, sizeof err) == 0,
	    "%s", err);
	while (board_status(b) != BOARD_ENDED && got < MAXREAD)
		got += drain(b, readings + got, MAXREAD - got);
	ck_assert_uint_eq(got, 300);
	board_clock_init(&clk, 50);
	for (i = 0; i < got; i++) {
		ck_assert(readings[i].load[CELL_BR] == 13 + i * 0.001);
		ck_assert(board_clock_stamp(&clk, &readings[i]) ==
		    (double)(llround(i * 0.02 * 1e6)) / 1e6);
	}
	ck_assert_str_eq(board_hello(b)->name, "footscreen-replay");
	ck_assert_str_eq(board_hello(b)->unit, "kg");
	/* The recording's own cell spacing, not [board]'s. */
	ck_assert(board_geometry(b)->width_mm == 400);
	ck_assert(board_geometry(b)->length_mm == 200);
	board_close(b);
}
END_TEST

/* Generic samples: counted at the rate, a gap kept as a jump. */
START_TEST(clock_generic_counts_and_keeps_gaps)
{
	struct board_clock	c;
	struct board_reading	r;
	int			i;

	memset(&r, 0, sizeof r);
	board_clock_init(&c, 100);
	/* Ten samples arriving together, then ten more 0.1 s later. */
	for (i = 0; i < 20; i++) {
		r.t_host = 5.0 + (i < 10 ? 0 : 0.1);
		ck_assert(fabs(board_clock_stamp(&c, &r) - i * 0.01) < 1e-12);
	}
	/* Three seconds of nothing (an unplug): the stamp jumps with it. */
	r.t_host = 8.2;
	ck_assert(fabs(board_clock_stamp(&c, &r) - 3.2) < 1e-12);
	r.t_host = 8.2;
	ck_assert(fabs(board_clock_stamp(&c, &r) - 3.21) < 1e-12);

	/* The rate of a stream that arrives in bursts of five. */
	for (i = 0; i < 100; i++)
		readings[i].t_host = 1.0 + (i / 5) * 0.05;
	for (i = 0; i < 100; i++)
		readings[i].has_device_time = 0;
	ck_assert(fabs(board_rate_estimate(readings, 100) - 100) < 1e-9);
}
END_TEST

/* Device time: a board repeating a time never makes stamps go back. */
START_TEST(clock_device_strictly_increases)
{
	struct board_clock	c;
	struct board_reading	r;
	double			t0, t1, t2;

	memset(&r, 0, sizeof r);
	r.has_device_time = 1;
	r.device_anchor = 0.25;
	board_clock_init(&c, 100);
	r.device_us = 1000;
	r.t_device = 0.251;
	t0 = board_clock_stamp(&c, &r);
	r.device_us = 11000;
	r.t_device = 0.261;
	t1 = board_clock_stamp(&c, &r);
	t2 = board_clock_stamp(&c, &r);
	ck_assert(t0 == 0);
	ck_assert(t1 == 0.01);
	ck_assert(t2 > t1);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("board_pty");
	TCase	*tc = tcase_create("board");
	int	 rc;

	snprintf(tmpdir, sizeof tmpdir, "%s/footscreen-board-XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(tmpdir) == NULL) {
		perror("mkdtemp");
		return (1);
	}
	/* Never read or write the user's own calibration. */
	setenv("XDG_STATE_HOME", tmpdir, 1);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, stream_100hz);
	tcase_add_test(tc, stream_1000hz);
	tcase_add_test(tc, hello_request_and_identity);
	tcase_add_test(tc, damaged_stream_counts);
	tcase_add_test(tc, generic_mapping_and_calibration);
	tcase_add_test(tc, unplug_and_reconnect);
	tcase_add_test(tc, silence_names_the_port);
	tcase_add_test(tc, file_ends_and_missing_device);
	tcase_add_test(tc, fifo_writer_comes_and_goes);
	tcase_add_test(tc, tcp_loopback);
	tcase_add_test(tc, sim_board);
	tcase_add_test(tc, replay_exact);
	tcase_add_test(tc, clock_generic_counts_and_keeps_gaps);
	tcase_add_test(tc, clock_device_strictly_increases);
	suite_add_tcase(s, tc);
	rc = tu_run(s);
	{
		char	cmd[320];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
		if (system(cmd) != 0)
			rc = 1;
	}
	return (rc);
}
