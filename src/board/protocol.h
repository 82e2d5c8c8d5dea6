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
 *    every byte between the first character and the '*', as two hex digits
 *    (the NMEA 0183 checksum).  The host asks for the hello line by sending
 *    "?\n".
 *  - generic: any line holding exactly four numbers separated by commas,
 *    tabs, spaces or semicolons, as most HX711 sketches print.  Anything
 *    else (banners, menus, half lines) is skipped and counted.
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

enum board_dialect {
	BOARD_DIALECT_NATIVE,
	BOARD_DIALECT_GENERIC
};

/* One sample as the board sent it, channels in the wire order. */
struct board_sample {
	double		ch[4];
	uint32_t	seq;		/* native only */
	uint32_t	device_us;	/* native only */
	int		has_seq;	/* 1 when seq and device_us are valid */
};

struct board_hello {
	char	name[48];
	char	firmware[32];
	double	rate_hz;
	char	unit[16];
};

struct board_counters {
	uint64_t	lines;		/* complete lines seen */
	uint64_t	samples;	/* samples delivered */
	uint64_t	checksum_errors;
	uint64_t	seq_gaps;	/* times the sequence jumped */
	uint64_t	samples_lost;	/* samples missing across those jumps */
	uint64_t	malformed;	/* lines that were not a record */
	uint64_t	overlong;	/* lines over BOARD_LINE_MAX, dropped */
	uint64_t	nul_bytes;	/* NUL bytes seen (line dropped) */
	uint64_t	status_lines;	/* I lines */
	uint64_t	error_lines;	/* E lines */
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
	char			text[BOARD_LINE_MAX];	/* INFO / ERROR */
};

struct board_parser {
	enum board_dialect	dialect;
	char			line[BOARD_LINE_MAX + 1];
	size_t			len;
	int			discarding;	/* inside an over-long line */
	int			bad_line;	/* a NUL was seen in this line */
	int			have_seq;
	uint32_t		last_seq;
	struct board_counters	count;
};

void	board_parser_init(struct board_parser *, enum board_dialect);

/*
 * Feed len bytes.  Complete lines are parsed; each event is written to
 * ev[0..max-1] and the number written is returned.  When more than max
 * events are complete in this chunk, the rest of the bytes stay
 * unconsumed: *consumed says how many bytes were used, so the caller feeds
 * the remainder again.  Never fails.
 */
size_t	board_parser_feed(struct board_parser *, const uint8_t *buf, size_t len,
	    struct board_event *ev, size_t max, size_t *consumed);

/* Format a native sample line with its checksum into buf; returns length. */
size_t	board_format_sample(char *buf, size_t len, uint32_t seq,
	    uint32_t device_us, const double ch[4]);
/* The same for the hello line. */
size_t	board_format_hello(char *buf, size_t len, const struct board_hello *);
/* XOR checksum of the bytes of s[0..n-1]. */
uint8_t	board_checksum(const char *s, size_t n);

#endif
