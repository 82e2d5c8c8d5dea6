/*
 * protocol.h: the balance-board line protocols, parsed incrementally.
 *
 * A board speaks text lines over serial, TCP or a pty.  Two dialects
 * (documented in footscreen-board(7)):
 *
 *  - native: footscreen's own.  Every line is one record:
 *      S,<seq>,<t_us>,<tl>,<tr>,<bl>,<br>*<XX>   a sample
 *      H,<name>,<firmware>,<rate_hz>,<unit>*<XX> hello / identification
 *      I,<text>*<XX>                             information (status)
 *      E,<code>,<text>*<XX>                      an error the board reports
 *    <seq> is a 32-bit counter that wraps, <t_us> the device clock in
 *    microseconds (32-bit, wraps), the four channels are signed numbers in
 *    the board's unit (raw ADC counts or calibrated), and XX is the XOR of
 *    every byte before the last '*' (from the record letter on), as two
 *    hex digits, the checksum of NMEA 0183.  The host asks for the hello
 *    line by sending "?\n".
 *  - generic: any line holding exactly four numbers separated by commas,
 *    tabs, spaces or semicolons, as most HX711 sketches print.  Anything
 *    else (banners, menus, half lines) is skipped and counted.
 *
 * Lines end with LF, optionally preceded by CR.  Blank lines are ignored
 * and not counted.  Numbers are read in the C locale whatever LC_NUMERIC
 * says; NaN and infinity are not numbers here.
 *
 * The parser is fed arbitrary chunks of bytes, keeps at most one line
 * (BOARD_LINE_MAX bytes) of state, never allocates, and counts what it
 * rejects; nothing it meets is fatal.
 */
#ifndef FOOTSCREEN_BOARD_PROTOCOL_H
#define FOOTSCREEN_BOARD_PROTOCOL_H

#include <stddef.h>
#include <stdint.h>

#define BOARD_LINE_MAX	256	/* longer lines are dropped and counted */

/* Room a formatted native line needs, line ending and NUL included. */
#define BOARD_FORMAT_MAX	(BOARD_LINE_MAX + 3)

enum board_dialect {
	BOARD_DIALECT_NATIVE,
	BOARD_DIALECT_GENERIC
};

/* One sample as the board sent it, channels in the wire order. */
struct board_sample {
	double		ch[4];
	uint32_t	seq;		/* native only */
	uint32_t	device_us;	/* native only, as sent */
	/*
	 * Native only: the device clock unwrapped to 64 bits, so it keeps
	 * increasing across the 71.6-minute wrap of device_us.  It starts at
	 * the first sample's device_us; after a sequence restart (the board
	 * rebooted), a hello line or board_parser_end_stream() it carries on
	 * from the last value, since the board's clock began again.
	 */
	uint64_t	time_us;
	int		has_seq;	/* 1 when seq, device_us, time_us are valid */
};

struct board_hello {
	char	name[48];
	char	firmware[32];
	double	rate_hz;
	char	unit[16];
};

/*
 * Every complete non-blank line is counted in lines and in exactly one of
 * samples, hellos, status_lines, error_lines, checksum_errors, malformed,
 * overlong and nul_lines.
 */
struct board_counters {
	uint64_t	lines;		/* complete non-blank lines seen */
	uint64_t	samples;	/* samples delivered */
	uint64_t	hellos;		/* H lines delivered */
	uint64_t	status_lines;	/* I lines */
	uint64_t	error_lines;	/* E lines */
	uint64_t	checksum_errors; /* native lines whose XX did not match */
	uint64_t	malformed;	/* lines that were not a record */
	uint64_t	overlong;	/* lines over BOARD_LINE_MAX, dropped */
	uint64_t	nul_lines;	/* lines dropped for holding a NUL */
	uint64_t	nul_bytes;	/* NUL bytes seen, in any line */
	uint64_t	seq_gaps;	/* times the sequence jumped forward */
	uint64_t	samples_lost;	/* samples missing across those jumps */
	uint64_t	seq_restarts;	/* times it went back: board restarted */
};

/* What one parsed line turned out to be. */
enum board_event_kind {
	BOARD_EV_SAMPLE,
	BOARD_EV_HELLO,
	BOARD_EV_INFO,
	BOARD_EV_ERROR
};

struct board_event {
	enum board_event_kind	kind;
	struct board_sample	sample;		/* BOARD_EV_SAMPLE */
	struct board_hello	hello;		/* BOARD_EV_HELLO */
	long			code;		/* BOARD_EV_ERROR */
	/* INFO / ERROR, NUL-ended, as sent: escape it before showing it. */
	char			text[BOARD_LINE_MAX];
};

struct board_parser {
	enum board_dialect	dialect;
	/* The line so far: room for BOARD_LINE_MAX bytes, a CR and a NUL. */
	char			line[BOARD_LINE_MAX + 2];
	size_t			len;
	int			discarding;	/* inside an over-long line */
	int			bad_line;	/* a NUL was seen in this line */
	int			have_seq;	/* last_seq and last_us are valid */
	uint32_t		last_seq;
	uint32_t		last_us;
	int			have_time;	/* time_us holds a sample's time */
	uint64_t		time_us;
	struct board_counters	count;
};

void	board_parser_init(struct board_parser *, enum board_dialect);

/*
 * Feed len bytes.  Complete lines are parsed; each event is written to
 * ev[0..max-1] and the number written is returned.  Once max events have
 * been written the parser stops, leaving the rest of the bytes
 * unconsumed: *consumed (which must not be NULL) says how many bytes were
 * used, so the caller handles the events and feeds buf + *consumed again.
 * *consumed is less than len only when max events were returned.  Never
 * fails.
 */
size_t	board_parser_feed(struct board_parser *, const uint8_t *buf, size_t len,
	    struct board_event *ev, size_t max, size_t *consumed);

/*
 * The byte stream ended or broke (unplug, reconnect, end of a replay).  A
 * partial line is dropped and counted as malformed, so that it cannot join
 * the first bytes of the next stream into a false record, and the sequence
 * is forgotten, so that the board's first sample after a reconnect is not
 * counted as a gap.  The counters are kept.
 */
void	board_parser_end_stream(struct board_parser *);

/*
 * Native lines with their checksum and a final "\n", into buf of len bytes
 * (BOARD_FORMAT_MAX is always enough).  Each returns the line's length, or
 * 0 when it does not fit, a number is not finite, or a text field holds a
 * byte the grammar does not allow there (a comma in a hello field; a
 * control byte anywhere).  Numbers are written in the C locale, in the
 * shortest form that reads back to the same double.
 */
size_t	board_format_sample(char *buf, size_t len, uint32_t seq,
	    uint32_t device_us, const double ch[4]);
size_t	board_format_hello(char *buf, size_t len, const struct board_hello *);
size_t	board_format_info(char *buf, size_t len, const char *text);
size_t	board_format_error(char *buf, size_t len, long code, const char *text);

/* XOR checksum of the bytes of s[0..n-1]. */
uint8_t	board_checksum(const char *s, size_t n);

#endif
