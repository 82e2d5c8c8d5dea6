/*
 * test_protocol.c: the board line parser and formatters
 * (src/board/protocol.c).  Checksums in the literal lines below were
 * worked out independently of the code (XOR of the bytes before '*'); the
 * NMEA sentence is the textbook one whose checksum is 76.
 */
#include <config.h>

#include <check.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "board/protocol.h"
#include "testutil.h"

#define EV_CAP	64

/* Every counted line lands in exactly one class (protocol.h). */
static void
assert_counts_consistent(const struct board_counters *c)
{
	ck_assert_uint_eq(c->lines, c->samples + c->hellos + c->status_lines +
	    c->error_lines + c->checksum_errors + c->malformed + c->overlong +
	    c->nul_lines);
	ck_assert_uint_ge(c->samples_lost, c->seq_gaps);
}

/*
 * Feed len bytes in pieces of `chunk` bytes, handing the parser room for
 * `room` events at a time, and collect up to cap events.  Returns the
 * number of events.
 */
static size_t
feed_in_chunks(struct board_parser *p, const void *data, size_t len,
    size_t chunk, size_t room, struct board_event *out, size_t cap)
{
	const uint8_t		*b = data;
	struct board_event	 ev[EV_CAP];
	size_t			 pos = 0, got = 0;

	ck_assert(room > 0 && room <= EV_CAP);
	while (pos < len) {
		size_t	n = len - pos < chunk ? len - pos : chunk, off = 0;

		while (off < n) {
			size_t	used, k;

			k = board_parser_feed(p, b + pos + off, n - off, ev,
			    room, &used);
			ck_assert_uint_le(used, n - off);
			/* Stopping early is allowed only with the array full. */
			if (used < n - off)
				ck_assert_uint_eq(k, room);
			for (size_t i = 0; i < k; i++)
				if (got < cap)
					out[got++] = ev[i];
			off += used;
		}
		pos += n;
	}
	return got;
}

static size_t
feed_string(struct board_parser *p, const char *s, struct board_event *out,
    size_t cap)
{
	return feed_in_chunks(p, s, strlen(s), strlen(s) + 1, EV_CAP, out, cap);
}

START_TEST(checksum_is_nmea)
{
	static const char	s[] = "GPGGA,092750.000,5321.6802,N,00630.3372,"
	    "W,1,8,1.03,61.7,M,55.2,M,,";

	ck_assert_uint_eq(board_checksum(s, strlen(s)), 0x76);
	ck_assert_uint_eq(board_checksum("S,0,0,1,2,3,4", 13), 0x57);
	ck_assert_uint_eq(board_checksum("", 0), 0);
}
END_TEST

START_TEST(native_records_parsed)
{
	struct board_parser	p;
	struct board_event	ev[8];
	const char		*in =
	    "S,42,123456,100.5,-2,3e2,0*33\n"
	    "H,footscreen-board,1.0,80,raw*42\r\n"
	    "I,tare done*47\n"
	    "E,3,cell BR not responding*24\n"
	    "S,7,1000,12.5,-3,0.25,1e3*1d\n";	/* lower-case hex too */
	size_t			n;

	board_parser_init(&p, BOARD_DIALECT_NATIVE);
	n = feed_string(&p, in, ev, 8);
	ck_assert_uint_eq(n, 5);
	ck_assert_int_eq(ev[0].kind, BOARD_EV_SAMPLE);
	ck_assert_int_eq(ev[0].sample.has_seq, 1);
	ck_assert_uint_eq(ev[0].sample.seq, 42);
	ck_assert_uint_eq(ev[0].sample.device_us, 123456);
	ck_assert(ev[0].sample.ch[0] == 100.5 && ev[0].sample.ch[1] == -2 &&
	    ev[0].sample.ch[2] == 300 && ev[0].sample.ch[3] == 0);
	ck_assert_int_eq(ev[1].kind, BOARD_EV_HELLO);
	ck_assert_str_eq(ev[1].hello.name, "footscreen-board");
	ck_assert_str_eq(ev[1].hello.firmware, "1.0");
	ck_assert(ev[1].hello.rate_hz == 80);
	ck_assert_str_eq(ev[1].hello.unit, "raw");
	ck_assert_int_eq(ev[2].kind, BOARD_EV_INFO);
	ck_assert_str_eq(ev[2].text, "tare done");
	ck_assert_int_eq(ev[3].kind, BOARD_EV_ERROR);
	ck_assert_int_eq(ev[3].code, 3);
	ck_assert_str_eq(ev[3].text, "cell BR not responding");
	ck_assert_int_eq(ev[4].kind, BOARD_EV_SAMPLE);
	ck_assert(ev[4].sample.ch[3] == 1000);
	ck_assert_uint_eq(p.count.lines, 5);
	ck_assert_uint_eq(p.count.samples, 2);
	ck_assert_uint_eq(p.count.hellos, 1);
	ck_assert_uint_eq(p.count.status_lines, 1);
	ck_assert_uint_eq(p.count.error_lines, 1);
	/* The hello between the two samples started a new stream: 42 -> 7 is
	 * neither a gap nor a restart. */
	ck_assert_uint_eq(p.count.seq_gaps + p.count.seq_restarts, 0);
	assert_counts_consistent(&p.count);
}
END_TEST

START_TEST(native_rejects)
{
	struct board_parser	p;
	struct board_event	ev[8];
	const char		*in =
	    "S,42,123456,100.5,-2,3e2,1*33\n"	/* a value changed: checksum */
	    "S,0,0,1,2,3,4\n"			/* no checksum */
	    "S,0,0,1,2,3,4*5\n"			/* one hex digit */
	    "S,0,0,1,2,3,4*5G\n"		/* not hex */
	    "S,0,0,1,2,3,4*57 \n"		/* text after it */
	    "X,1,2*5B\n"			/* good checksum, no such record */
	    "S,1,2,3*4F\n"			/* good checksum, three fields */
	    "1,2,3,4\n";			/* a generic line */
	size_t			n;

	board_parser_init(&p, BOARD_DIALECT_NATIVE);
	n = feed_string(&p, in, ev, 8);
	ck_assert_uint_eq(n, 0);
	ck_assert_uint_eq(p.count.lines, 8);
	ck_assert_uint_eq(p.count.checksum_errors, 1);
	ck_assert_uint_eq(p.count.malformed, 7);
	assert_counts_consistent(&p.count);
}
END_TEST

START_TEST(native_bad_fields_are_malformed)
{
	static const char *const bodies[] = {
		"S,4294967296,0,1,2,3,4",	/* seq over 32 bits */
		"S,-1,0,1,2,3,4",
		"S,1,0,1,2,nan,4",
		"S,1,0,1,2,inf,4",
		"S,1,0,1,2,3,4,5",
		"S,1,0,1,,3,4",
		"H,name,fw,0,raw",		/* rate must be positive */
		"H,name,fw,80",
		"H,,fw,80,raw",
		"H,a-name-that-is-far-too-long-for-its-48-byte-field,fw,80,raw",
		"E,x,text",
		"E,3",
		"S",
		"",
	};
	struct board_parser	p;
	struct board_event	ev[2];
	char			line[BOARD_FORMAT_MAX];

	board_parser_init(&p, BOARD_DIALECT_NATIVE);
	for (size_t i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
		snprintf(line, sizeof line, "%s*%02X\n", bodies[i],
		    (unsigned)board_checksum(bodies[i], strlen(bodies[i])));
		ck_assert_msg(feed_string(&p, line, ev, 2) == 0, "%s", line);
	}
	ck_assert_uint_eq(p.count.malformed,
	    sizeof bodies / sizeof bodies[0]);
	assert_counts_consistent(&p.count);
}
END_TEST

/* Several records, all line endings, parsed whole: the reference result. */
static const char split_stream[] =
    "HX711 boot banner\r\n"
    "S,1,100,1,2,3,4*57\n"
    "\n"
    "I,tare done*47\r\n"
    "S,2,200,-1.5,2.25,3e-3,40000*33\n"
    "S,2,200,-1.5,2.25,3e-3,40000*32\n"
    "E,3,cell BR not responding*24\n"
    "S,4,400,5,6,7,8*5F\n";

START_TEST(split_at_every_byte)
{
	struct board_parser	whole, split;
	struct board_event	want[16], got[16];
	const size_t		len = strlen(split_stream);
	size_t			nwant;

	board_parser_init(&whole, BOARD_DIALECT_NATIVE);
	nwant = feed_string(&whole, split_stream, want, 16);
	ck_assert_uint_eq(nwant, 5);
	ck_assert_uint_eq(whole.count.checksum_errors, 1);
	ck_assert_uint_eq(whole.count.malformed, 1);
	ck_assert_uint_eq(whole.count.seq_gaps, 1);	/* 2 -> 4 */
	ck_assert_uint_eq(whole.count.samples_lost, 1);
	for (size_t k = 0; k <= len; k++) {
		size_t	n1, n2, u;

		board_parser_init(&split, BOARD_DIALECT_NATIVE);
		n1 = board_parser_feed(&split, (const uint8_t *)split_stream,
		    k, got, 16, &u);
		ck_assert_uint_eq(u, k);
		n2 = board_parser_feed(&split,
		    (const uint8_t *)split_stream + k, len - k, got + n1,
		    16 - n1, &u);
		ck_assert_uint_eq(u, len - k);
		ck_assert_uint_eq(n1 + n2, nwant);
		ck_assert_mem_eq(&split.count, &whole.count,
		    sizeof whole.count);
		for (size_t i = 0; i < nwant; i++) {
			ck_assert_int_eq(got[i].kind, want[i].kind);
			if (want[i].kind == BOARD_EV_SAMPLE)
				ck_assert_mem_eq(&got[i].sample,
				    &want[i].sample, sizeof want[i].sample);
		}
	}
	/* And one byte at a time. */
	board_parser_init(&split, BOARD_DIALECT_NATIVE);
	ck_assert_uint_eq(feed_in_chunks(&split, split_stream, len, 1, 1, got,
	    16), nwant);
	ck_assert_mem_eq(&split.count, &whole.count, sizeof whole.count);
}
END_TEST

START_TEST(event_array_full_leaves_bytes)
{
	struct board_parser	p;
	struct board_event	ev[4];
	const char		*in = "1,2,3,4\n5,6,7,8\nbanner\n9,10,11,12\n13,";
	const uint8_t		*b = (const uint8_t *)in;
	size_t			len = strlen(in), used, n;

	board_parser_init(&p, BOARD_DIALECT_GENERIC);
	n = board_parser_feed(&p, b, len, ev, 0, &used);
	ck_assert_uint_eq(n, 0);
	ck_assert_uint_eq(used, 0);
	n = board_parser_feed(&p, b, len, ev, 2, &used);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(used, 16);	/* just past "5,6,7,8\n" */
	ck_assert(ev[1].sample.ch[0] == 5);
	b += used;
	len -= used;
	n = board_parser_feed(&p, b, len, ev, 2, &used);
	ck_assert_uint_eq(n, 1);
	ck_assert_uint_eq(used, len);	/* all used: the array was not full */
	ck_assert(ev[0].sample.ch[3] == 12);
	ck_assert_uint_eq(p.count.malformed, 1);
	ck_assert_uint_eq(p.len, 3);	/* "13," waits for its line end */
}
END_TEST

START_TEST(generic_separators)
{
	static const char *const good[] = {
		"1,2,3,4", "1 2 3 4", "1\t2\t3\t4", "1;2;3;4",
		"  1 , 2 ;3\t4  ", "1,2,3,4,", "1;2;3;4; ", "+1,2.,.3e1,4E0",
		"1 ,\t2\t;  3 4",
	};
	static const char *const bad[] = {
		"1,2,3", "1,2,3,4,5", "1,,2,3,4", ",1,2,3,4", "1,2,3,4,,",
		"HX711 calibration sketch", "Reading: 12.3 kg",
		"1,2,nan,4", "1,2,inf,4", "1,2,3,4 kg", "3,4", "1e400,2,3,4",
		"1,2,3;;4", "0.5.1,2,3,4", "-,2,3,4",
		"Press t to tare, + or - to adjust",
	};
	struct board_parser	p;
	struct board_event	ev[2];
	char			line[64];

	board_parser_init(&p, BOARD_DIALECT_GENERIC);
	for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
		snprintf(line, sizeof line, "%s\n", good[i]);
		ck_assert_msg(feed_string(&p, line, ev, 2) == 1, "%s", good[i]);
		ck_assert_int_eq(ev[0].sample.has_seq, 0);
		for (int c = 0; c < 4; c++)
			ck_assert_msg(ev[0].sample.ch[c] == c + 1, "%s", good[i]);
	}
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		snprintf(line, sizeof line, "%s\r\n", bad[i]);
		ck_assert_msg(feed_string(&p, line, ev, 2) == 0, "%s", bad[i]);
	}
	ck_assert_uint_eq(p.count.samples, sizeof good / sizeof good[0]);
	ck_assert_uint_eq(p.count.malformed, sizeof bad / sizeof bad[0]);
	assert_counts_consistent(&p.count);
}
END_TEST

START_TEST(generic_values_exact)
{
	struct board_parser	p;
	struct board_event	ev[2];

	board_parser_init(&p, BOARD_DIALECT_GENERIC);
	ck_assert_uint_eq(feed_string(&p,
	    "-8388608\t8388607\t0.001\t-12.75\n", ev, 2), 1);
	ck_assert(ev[0].sample.ch[0] == -8388608.0);
	ck_assert(ev[0].sample.ch[1] == 8388607.0);
	ck_assert(ev[0].sample.ch[2] == 0.001);
	ck_assert(ev[0].sample.ch[3] == -12.75);
}
END_TEST

START_TEST(blank_lines_not_counted)
{
	struct board_parser	p;
	struct board_event	ev[2];

	board_parser_init(&p, BOARD_DIALECT_GENERIC);
	ck_assert_uint_eq(feed_string(&p, "\n\r\n \t \n\n", ev, 2), 0);
	ck_assert_uint_eq(p.count.lines, 0);
	ck_assert_uint_eq(p.count.malformed, 0);
}
END_TEST

START_TEST(line_length_bound)
{
	struct board_parser	p;
	struct board_event	ev[2];
	char			line[BOARD_LINE_MAX + 8];

	/* Exactly BOARD_LINE_MAX bytes (CR LF not counted) is a line... */
	memset(line, ' ', sizeof line);
	memcpy(line, "1,2,3,4", 7);
	memcpy(line + BOARD_LINE_MAX, "\r\n", 3);
	board_parser_init(&p, BOARD_DIALECT_GENERIC);
	ck_assert_uint_eq(feed_string(&p, line, ev, 2), 1);
	/* ...one more byte is not. */
	memset(line, ' ', sizeof line);
	memcpy(line, "1,2,3,4", 7);
	memcpy(line + BOARD_LINE_MAX + 1, "\n", 2);
	ck_assert_uint_eq(feed_string(&p, line, ev, 2), 0);
	ck_assert_uint_eq(p.count.overlong, 1);
	ck_assert_uint_eq(p.count.samples, 1);
	assert_counts_consistent(&p.count);
}
END_TEST

START_TEST(megabyte_line_counted_once)
{
	const size_t		mb = 1u << 20;
	char			*big = malloc(mb);
	struct board_parser	p;
	struct board_event	ev[4];
	const char		*after = "S,0,0,1,2,3,4*57\n";

	ck_assert_ptr_nonnull(big);
	memset(big, 'x', mb);
	for (size_t chunk = 4096; chunk <= mb; chunk *= 256) {
		board_parser_init(&p, BOARD_DIALECT_NATIVE);
		ck_assert_uint_eq(feed_in_chunks(&p, big, mb, chunk, 4, ev, 4),
		    0);
		ck_assert_uint_eq(p.count.lines, 0);
		ck_assert_uint_eq(feed_string(&p, "\n", ev, 4), 0);
		ck_assert_uint_eq(feed_string(&p, after, ev, 4), 1);
		ck_assert_uint_eq(p.count.overlong, 1);
		ck_assert_uint_eq(p.count.lines, 2);
		ck_assert_uint_eq(p.count.samples, 1);
		assert_counts_consistent(&p.count);
	}
	/* A huge line that the stream's end cuts off is counted too. */
	board_parser_init(&p, BOARD_DIALECT_NATIVE);
	feed_in_chunks(&p, big, mb, mb, 4, ev, 4);
	board_parser_end_stream(&p);
	ck_assert_uint_eq(p.count.overlong, 1);
	ck_assert_uint_eq(feed_string(&p, after, ev, 4), 1);
	assert_counts_consistent(&p.count);
	free(big);
}
END_TEST

START_TEST(nul_bytes_drop_the_line)
{
	static const char	in[] = "1,2\0,3,4\n\0\0\n5,6,7,8\n";
	struct board_parser	p;
	struct board_event	ev[4];

	board_parser_init(&p, BOARD_DIALECT_GENERIC);
	ck_assert_uint_eq(feed_in_chunks(&p, in, sizeof in - 1, 3, 4, ev, 4),
	    1);
	ck_assert(ev[0].sample.ch[0] == 5);
	ck_assert_uint_eq(p.count.nul_bytes, 3);
	ck_assert_uint_eq(p.count.nul_lines, 2);
	ck_assert_uint_eq(p.count.lines, 3);
	assert_counts_consistent(&p.count);
}
END_TEST

START_TEST(overlong_wins_over_nul)
{
	char			line[BOARD_LINE_MAX + 40];
	struct board_parser	p;
	struct board_event	ev[2];

	/* A NUL early in an over-long line: one overlong, no nul_line. */
	memset(line, '7', sizeof line);
	line[3] = '\0';
	line[sizeof line - 1] = '\n';
	board_parser_init(&p, BOARD_DIALECT_GENERIC);
	ck_assert_uint_eq(feed_in_chunks(&p, line, sizeof line, 5, 2, ev, 2),
	    0);
	ck_assert_uint_eq(p.count.overlong, 1);
	ck_assert_uint_eq(p.count.nul_lines, 0);
	ck_assert_uint_eq(p.count.nul_bytes, 1);
	assert_counts_consistent(&p.count);
}
END_TEST

/* A native sample line for seq and t, formatted by the code under test. */
static void
feed_sample(struct board_parser *p, uint32_t seq, uint32_t t,
    struct board_event *ev, size_t *n)
{
	const double	ch[4] = { 1, 2, 3, 4 };
	char		line[BOARD_FORMAT_MAX];

	ck_assert_uint_gt(board_format_sample(line, sizeof line, seq, t, ch),
	    0);
	*n += feed_string(p, line, ev + *n, 1);
}

START_TEST(sequence_gaps_and_wrap)
{
	struct board_parser	p;
	struct board_event	ev[16];
	size_t			n = 0;

	board_parser_init(&p, BOARD_DIALECT_NATIVE);
	feed_sample(&p, 5, 1000, ev, &n);
	feed_sample(&p, 6, 2000, ev, &n);
	feed_sample(&p, 9, 5000, ev, &n);		/* 7, 8 lost */
	ck_assert_uint_eq(p.count.seq_gaps, 1);
	ck_assert_uint_eq(p.count.samples_lost, 2);
	ck_assert_uint_eq(ev[2].sample.time_us, 5000);
	/* The counter and the clock both wrap: neither is a gap or a jump. */
	board_parser_init(&p, BOARD_DIALECT_NATIVE);
	n = 0;
	feed_sample(&p, 0xfffffffeu, 0xfffff000u, ev, &n);
	feed_sample(&p, 0xffffffffu, 0xfffff800u, ev, &n);
	feed_sample(&p, 0, 0x00000400u, ev, &n);
	feed_sample(&p, 1, 0x00000c00u, ev, &n);
	ck_assert_uint_eq(p.count.seq_gaps, 0);
	ck_assert_uint_eq(p.count.seq_restarts, 0);
	/* A gap across the wrap: 0xffffffff, 0 and 1 missing. */
	feed_sample(&p, 0xfffffffeu, 0x00001000u, ev, &n);
	ck_assert_uint_eq(p.count.seq_restarts, 1);	/* that went back */
	feed_sample(&p, 2, 0x00003000u, ev, &n);
	ck_assert_uint_eq(p.count.seq_gaps, 1);
	ck_assert_uint_eq(p.count.samples_lost, 3);
	ck_assert_uint_eq(n, 6);
	/* Unwrapped time: on from the first value by the modular steps. */
	ck_assert_uint_eq(ev[0].sample.time_us, 0xfffff000u);
	ck_assert_uint_eq(ev[1].sample.time_us, 0xfffff800u);
	ck_assert_uint_eq(ev[2].sample.time_us, 0x100000400ULL);
	ck_assert_uint_eq(ev[3].sample.time_us, 0x100000c00ULL);
	ck_assert_uint_eq(ev[4].sample.time_us, 0x100000c00ULL); /* restart */
	ck_assert_uint_eq(ev[5].sample.time_us, 0x100002c00ULL);
	ck_assert_uint_eq(ev[5].sample.device_us, 0x00003000u);
	assert_counts_consistent(&p.count);
}
END_TEST

START_TEST(sequence_restart_is_not_a_gap)
{
	struct board_parser	p;
	struct board_event	ev[16];
	size_t			n = 0;

	board_parser_init(&p, BOARD_DIALECT_NATIVE);
	feed_sample(&p, 1000, 50000, ev, &n);
	feed_sample(&p, 1001, 60000, ev, &n);
	feed_sample(&p, 0, 300, ev, &n);		/* the board rebooted */
	feed_sample(&p, 1, 10300, ev, &n);
	feed_sample(&p, 1, 20300, ev, &n);		/* a repeat */
	ck_assert_uint_eq(p.count.seq_gaps, 0);
	ck_assert_uint_eq(p.count.seq_restarts, 2);
	/* Time carries on from the last value, then follows the new clock. */
	ck_assert_uint_eq(ev[2].sample.time_us, 60000);
	ck_assert_uint_eq(ev[3].sample.time_us, 70000);
	/* After the stream ends, the next board starts clean. */
	board_parser_end_stream(&p);
	feed_sample(&p, 77, 123, ev, &n);
	ck_assert_uint_eq(p.count.seq_restarts, 2);
	ck_assert_uint_eq(p.count.seq_gaps, 0);
	ck_assert_uint_eq(ev[n - 1].sample.time_us, 70000);
}
END_TEST

START_TEST(end_stream_drops_half_line)
{
	struct board_parser	p;
	struct board_event	ev[4];

	/* "12.3,4" + "5.6,7,8" would read as four numbers if joined. */
	board_parser_init(&p, BOARD_DIALECT_GENERIC);
	ck_assert_uint_eq(feed_string(&p, "12.3,4", ev, 4), 0);
	board_parser_end_stream(&p);
	ck_assert_uint_eq(p.count.malformed, 1);
	ck_assert_uint_eq(feed_string(&p, "5.6,7,8\n", ev, 4), 0);
	ck_assert_uint_eq(p.count.samples, 0);
	ck_assert_uint_eq(p.count.malformed, 2);
	/* Nothing pending: nothing counted. */
	board_parser_end_stream(&p);
	ck_assert_uint_eq(p.count.lines, 2);
	assert_counts_consistent(&p.count);
}
END_TEST

/* xorshift64 for the tests' own random input. */
static uint64_t
test_rand(uint64_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

START_TEST(random_bytes_never_break_it)
{
	static const char	alphabet[] = "SHIE,;*\n\r\t 0123456789.-+eEaF";
	const size_t		len = 1u << 20;
	uint8_t			*buf = malloc(len);
	uint64_t		s = 0x5eed5eed5eedULL;

	ck_assert_ptr_nonnull(buf);
	for (int dialect = 0; dialect < 2; dialect++) {
		struct board_parser	p;
		struct board_event	ev[EV_CAP];
		size_t			pos = 0, n = 0;

		for (size_t i = 0; i < len; i++) {
			const uint64_t	r = test_rand(&s);

			/* Mostly protocol bytes, some of anything, NUL too. */
			buf[i] = (r & 7) == 0 ? (uint8_t)(r >> 8) :
			    (uint8_t)alphabet[(r >> 8) % (sizeof alphabet - 1)];
		}
		board_parser_init(&p, (enum board_dialect)dialect);
		while (pos < len) {
			const uint64_t	r = test_rand(&s);
			size_t		chunk = 1 + r % 700, used, k;

			if (chunk > len - pos)
				chunk = len - pos;
			k = board_parser_feed(&p, buf + pos, chunk, ev,
			    1 + (r >> 20) % 4, &used);
			for (size_t i = 0; i < k; i++)
				if (ev[i].kind == BOARD_EV_SAMPLE)
					for (int c = 0; c < 4; c++)
						ck_assert(isfinite(
						    ev[i].sample.ch[c]));
			n += k;
			pos += used;
		}
		board_parser_end_stream(&p);
		assert_counts_consistent(&p.count);
		ck_assert_uint_eq(n, p.count.samples + p.count.hellos +
		    p.count.status_lines + p.count.error_lines);
		ck_assert_uint_gt(p.count.lines, 1000);
		ck_assert_uint_gt(p.count.nul_bytes, 0);
	}
	free(buf);
}
END_TEST

START_TEST(format_parse_round_trip)
{
	struct board_parser	p;
	struct board_event	ev[2];
	char			line[BOARD_FORMAT_MAX];
	uint64_t		s = 42;

	board_parser_init(&p, BOARD_DIALECT_NATIVE);
	for (uint32_t i = 0; i < 2000; i++) {
		double		ch[4];
		const uint32_t	t = (uint32_t)test_rand(&s);
		size_t		n;

		for (int c = 0; c < 4; c++) {
			/* Random bit patterns: every finite double may occur. */
			uint64_t	bits = test_rand(&s);

			memcpy(&ch[c], &bits, sizeof ch[c]);
			if (!isfinite(ch[c]))
				ch[c] = -0.0;
		}
		n = board_format_sample(line, sizeof line, i, t, ch);
		ck_assert_uint_gt(n, 0);
		ck_assert_uint_eq(n, strlen(line));
		ck_assert_int_eq(line[n - 1], '\n');
		ck_assert_uint_eq(feed_string(&p, line, ev, 2), 1);
		ck_assert_uint_eq(ev[0].sample.seq, i);
		ck_assert_uint_eq(ev[0].sample.device_us, t);
		for (int c = 0; c < 4; c++)
			ck_assert_mem_eq(&ev[0].sample.ch[c], &ch[c],
			    sizeof ch[c]);
	}
	ck_assert_uint_eq(p.count.seq_gaps, 0);
	ck_assert_uint_eq(p.count.samples, 2000);
}
END_TEST

START_TEST(format_other_records)
{
	struct board_parser	p;
	struct board_event	ev[4];
	struct board_hello	h = { "footscreen-board", "1.2.0", 80, "raw" };
	char			line[BOARD_FORMAT_MAX];

	board_parser_init(&p, BOARD_DIALECT_NATIVE);
	ck_assert_uint_gt(board_format_hello(line, sizeof line, &h), 0);
	ck_assert_str_eq(line, "H,footscreen-board,1.2.0,80,raw*5E\n");
	ck_assert_uint_eq(feed_string(&p, line, ev, 4), 1);
	ck_assert_mem_eq(&ev[0].hello, &h, sizeof h);
	ck_assert_uint_gt(board_format_info(line, sizeof line, "tare done"), 0);
	ck_assert_str_eq(line, "I,tare done*47\n");
	ck_assert_uint_gt(board_format_error(line, sizeof line, 3,
	    "cell BR not responding"), 0);
	ck_assert_str_eq(line, "E,3,cell BR not responding*24\n");
	ck_assert_uint_gt(board_format_error(line, sizeof line, -7,
	    "a, b, c"), 0);
	ck_assert_uint_eq(feed_string(&p, line, ev, 4), 1);
	ck_assert_int_eq(ev[0].code, -7);
	ck_assert_str_eq(ev[0].text, "a, b, c");
}
END_TEST

START_TEST(format_refuses)
{
	char			line[BOARD_FORMAT_MAX], small[16], text[300];
	const double		nan4[4] = { 1, NAN, 3, 4 };
	const double		ok4[4] = { 1, 2, 3, 4 };
	struct board_hello	h = { "a,b", "1", 80, "raw" };

	ck_assert_uint_eq(board_format_sample(line, sizeof line, 1, 2, nan4),
	    0);
	ck_assert_uint_eq(board_format_sample(small, sizeof small, 1, 2, ok4),
	    0);
	ck_assert_uint_eq(board_format_hello(line, sizeof line, &h), 0);
	h.name[1] = '\t';
	ck_assert_uint_eq(board_format_hello(line, sizeof line, &h), 0);
	h.name[1] = 'x';
	h.rate_hz = 0;
	ck_assert_uint_eq(board_format_hello(line, sizeof line, &h), 0);
	ck_assert_uint_eq(board_format_info(line, sizeof line, "a\nb"), 0);
	/* A line the parser would call over-long is refused. */
	memset(text, 'x', sizeof text);
	text[BOARD_LINE_MAX - 5] = '\0';	/* "I," + 251 + "*XX" = 256 */
	ck_assert_uint_gt(board_format_info(line, sizeof line, text), 0);
	text[BOARD_LINE_MAX - 5] = 'x';
	text[BOARD_LINE_MAX - 4] = '\0';
	ck_assert_uint_eq(board_format_info(line, sizeof line, text), 0);
}
END_TEST

START_TEST(numbers_ignore_a_comma_locale)
{
	static const char *const names[] = {
		"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "fr_FR.utf8",
		"nl_NL.UTF-8", "ru_RU.UTF-8",
	};
	struct board_parser	p;
	struct board_event	ev[2];
	char			line[BOARD_FORMAT_MAX];
	const double		ch[4] = { 1.5, -2.25, 1e-7, 12345.678 };
	size_t			i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (setlocale(LC_NUMERIC, names[i]) != NULL)
			break;
	if (i == sizeof names / sizeof names[0] ||
	    strcmp(localeconv()->decimal_point, ",") != 0) {
		setlocale(LC_NUMERIC, "C");
		printf("# numbers_ignore_a_comma_locale: no decimal-comma "
		    "locale installed, checked nothing\n");
		return;
	}
	board_parser_init(&p, BOARD_DIALECT_GENERIC);
	/* 1.5e1 needs strtod, which would stop at the '.' in this locale. */
	ck_assert_uint_eq(feed_string(&p, "1.5e1;2.5;3;4\n", ev, 2), 1);
	ck_assert(ev[0].sample.ch[0] == 15.0 && ev[0].sample.ch[1] == 2.5);
	ck_assert_uint_gt(board_format_sample(line, sizeof line, 1, 2, ch), 0);
	setlocale(LC_NUMERIC, "C");
	ck_assert_str_eq(line, "S,1,2,1.5,-2.25,1e-07,12345.678*14\n");
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("protocol");
	TCase	*tc = tcase_create("protocol");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, checksum_is_nmea);
	tcase_add_test(tc, native_records_parsed);
	tcase_add_test(tc, native_rejects);
	tcase_add_test(tc, native_bad_fields_are_malformed);
	tcase_add_test(tc, split_at_every_byte);
	tcase_add_test(tc, event_array_full_leaves_bytes);
	tcase_add_test(tc, generic_separators);
	tcase_add_test(tc, generic_values_exact);
	tcase_add_test(tc, blank_lines_not_counted);
	tcase_add_test(tc, line_length_bound);
	tcase_add_test(tc, megabyte_line_counted_once);
	tcase_add_test(tc, nul_bytes_drop_the_line);
	tcase_add_test(tc, overlong_wins_over_nul);
	tcase_add_test(tc, sequence_gaps_and_wrap);
	tcase_add_test(tc, sequence_restart_is_not_a_gap);
	tcase_add_test(tc, end_stream_drops_half_line);
	tcase_add_test(tc, random_bytes_never_break_it);
	tcase_add_test(tc, format_parse_round_trip);
	tcase_add_test(tc, format_other_records);
	tcase_add_test(tc, format_refuses);
	tcase_add_test(tc, numbers_ignore_a_comma_locale);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
