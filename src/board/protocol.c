/*
 * protocol.c: the board line protocols (see protocol.h and
 * footscreen-board(7)): an incremental, bounded line parser for the native
 * and generic dialects, and the formatters the simulator and the tests use
 * to speak native.
 *
 * Numbers go through the recording layer's strict parser and printer
 * (recording/numbers.c), run under a C LC_NUMERIC for the length of each
 * call; glibc's newlocale() hands back its static C locale object for
 * "C", so this allocates nothing there.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "board/protocol.h"
#include "recording/reader.h"

/* Sequence steps of 2^31 or more are the counter going back, not a gap. */
#define SEQ_HALF_RANGE	0x80000000u

void
board_parser_init(struct board_parser *p, enum board_dialect dialect)
{
	memset(p, 0, sizeof *p);
	p->dialect = dialect;
}

uint8_t
board_checksum(const char *s, size_t n)
{
	uint8_t	x = 0;

	for (size_t i = 0; i < n; i++)
		x ^= (uint8_t)s[i];
	return x;
}

/* Blanks inside a generic line; CR counts since some sketches send "\r\r\n". */
static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static int
line_is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!is_blank(s[i]))
			return 0;
	return 1;
}

static int
hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* A decimal unsigned 32-bit integer, digits only. */
static int
parse_u32(const struct rec_field *f, uint32_t *v)
{
	uint64_t	x = 0;

	if (f->len == 0 || f->len > 10)
		return -1;
	for (size_t i = 0; i < f->len; i++) {
		if (f->p[i] < '0' || f->p[i] > '9')
			return -1;
		x = x * 10 + (uint64_t)(f->p[i] - '0');
	}
	if (x > UINT32_MAX)
		return -1;
	*v = (uint32_t)x;
	return 0;
}

/* An error code: an optional '-' and up to nine digits, so it fits a long. */
static int
parse_code(const char *s, size_t n, long *v)
{
	long	x = 0;
	size_t	i = 0;
	int	neg = 0;

	if (n > 0 && s[0] == '-') {
		neg = 1;
		i = 1;
	}
	if (n == i || n - i > 9)
		return -1;
	for (; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		x = x * 10 + (s[i] - '0');
	}
	*v = neg ? -x : x;
	return 0;
}

static int
parse_number(const char *s, size_t n, double *v)
{
	return rec_number_parse(s, n, v) == REC_NUM_OK ? 0 : -1;
}

/* Copy a field into a fixed buffer; -1 when empty or too long. */
static int
copy_field(char *dst, size_t size, const struct rec_field *f)
{
	if (f->len == 0 || f->len >= size)
		return -1;
	for (size_t i = 0; i < f->len; i++)
		if (f->p[i] == ',' || (unsigned char)f->p[i] < 0x20)
			return -1;
	memcpy(dst, f->p, f->len);
	dst[f->len] = '\0';
	return 0;
}

/* Copy free text (the rest of an I or E line). */
static void
copy_text(char *dst, size_t size, const char *s, size_t n)
{
	if (n >= size)
		n = size - 1;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/* A new stream begins: the next sample starts the sequence afresh. */
static void
forget_sequence(struct board_parser *p)
{
	p->have_seq = 0;
}

/*
 * Count gaps and restarts of the sequence, and unwrap the device clock.
 * The modular differences make the 32-bit wrap of both invisible.
 */
static void
track_sequence(struct board_parser *p, struct board_sample *s)
{
	int	new_epoch = !p->have_seq;

	if (p->have_seq) {
		uint32_t	d = s->seq - p->last_seq;

		if (d == 0 || d >= SEQ_HALF_RANGE) {
			p->count.seq_restarts++;
			new_epoch = 1;
		} else if (d > 1) {
			p->count.seq_gaps++;
			p->count.samples_lost += d - 1;
		}
	}
	if (!p->have_time) {
		p->time_us = s->device_us;
		p->have_time = 1;
	} else if (!new_epoch)
		p->time_us += (uint32_t)(s->device_us - p->last_us);
	s->time_us = p->time_us;
	p->last_seq = s->seq;
	p->last_us = s->device_us;
	p->have_seq = 1;
}

/* S,<seq>,<t_us>,<tl>,<tr>,<bl>,<br> */
static int
parse_native_sample(struct board_parser *p, const struct rec_fields *fl,
    struct board_event *ev)
{
	struct board_sample	*s = &ev->sample;

	if (fl->more || fl->n != 7)
		return -1;
	memset(s, 0, sizeof *s);
	if (parse_u32(&fl->f[1], &s->seq) != 0 ||
	    parse_u32(&fl->f[2], &s->device_us) != 0)
		return -1;
	for (int c = 0; c < 4; c++)
		if (parse_number(fl->f[3 + c].p, fl->f[3 + c].len,
		    &s->ch[c]) != 0)
			return -1;
	s->has_seq = 1;
	ev->kind = BOARD_EV_SAMPLE;
	track_sequence(p, s);
	return 0;
}

/* H,<name>,<firmware>,<rate_hz>,<unit> */
static int
parse_native_hello(struct board_parser *p, const struct rec_fields *fl,
    struct board_event *ev)
{
	struct board_hello	*h = &ev->hello;

	if (fl->more || fl->n != 5)
		return -1;
	memset(h, 0, sizeof *h);	/* no stale bytes after the strings */
	if (copy_field(h->name, sizeof h->name, &fl->f[1]) != 0 ||
	    copy_field(h->firmware, sizeof h->firmware, &fl->f[2]) != 0 ||
	    copy_field(h->unit, sizeof h->unit, &fl->f[4]) != 0)
		return -1;
	if (parse_number(fl->f[3].p, fl->f[3].len, &h->rate_hz) != 0 ||
	    !(h->rate_hz > 0.0))
		return -1;
	ev->kind = BOARD_EV_HELLO;
	/* A board says hello when it starts, and its counter with it. */
	forget_sequence(p);
	return 0;
}

/*
 * One native line (NUL-ended, n bytes, line ending removed): 0 and *ev
 * filled, or -1 with the right counter raised.
 */
static int
parse_native(struct board_parser *p, char *line, size_t n,
    struct board_event *ev)
{
	struct rec_fields	 fl;
	char			*star = NULL;
	int			 hi, lo;
	size_t			 body;

	for (size_t i = n; i > 0; i--)
		if (line[i - 1] == '*') {
			star = line + i - 1;
			break;
		}
	if (star == NULL || line + n - star != 3 ||
	    (hi = hex_value(star[1])) < 0 || (lo = hex_value(star[2])) < 0) {
		p->count.malformed++;
		return -1;
	}
	body = (size_t)(star - line);
	if (board_checksum(line, body) != (uint8_t)(hi << 4 | lo)) {
		p->count.checksum_errors++;
		return -1;
	}
	*star = '\0';
	if (body < 2 || line[1] != ',')
		goto malformed;
	switch (line[0]) {
	case 'S':
		rec_fields_split(line, ',', &fl);
		if (parse_native_sample(p, &fl, ev) != 0)
			goto malformed;
		p->count.samples++;
		return 0;
	case 'H':
		rec_fields_split(line, ',', &fl);
		if (parse_native_hello(p, &fl, ev) != 0)
			goto malformed;
		p->count.hellos++;
		return 0;
	case 'I':
		ev->kind = BOARD_EV_INFO;
		copy_text(ev->text, sizeof ev->text, line + 2, body - 2);
		p->count.status_lines++;
		return 0;
	case 'E': {
		const char	*code = line + 2;
		const char	*comma = memchr(code, ',', body - 2);

		if (comma == NULL ||
		    parse_code(code, (size_t)(comma - code), &ev->code) != 0)
			goto malformed;
		ev->kind = BOARD_EV_ERROR;
		copy_text(ev->text, sizeof ev->text, comma + 1,
		    body - (size_t)(comma + 1 - line));
		p->count.error_lines++;
		return 0;
	}
	default:
		break;
	}
malformed:
	p->count.malformed++;
	return -1;
}

/*
 * A generic line: exactly four numbers.  Between two numbers lies a run of
 * blanks holding at most one ',' or ';' (so "1, 2" and "1 ; 2" are fine,
 * and "1,,2" is a missing value, not a separator); one such separator may
 * also end the line, since many sketches print ',' after every value.
 */
static int
parse_generic(struct board_parser *p, const char *line, size_t n,
    struct board_event *ev)
{
	double	v[4];
	size_t	i = 0, count = 0;

	while (i < n && is_blank(line[i]))
		i++;
	while (i < n) {
		size_t	start = i;

		while (i < n && !is_blank(line[i]) && line[i] != ',' &&
		    line[i] != ';')
			i++;
		if (i == start || count == 4 ||
		    parse_number(line + start, i - start, &v[count]) != 0)
			goto malformed;
		count++;
		while (i < n && is_blank(line[i]))
			i++;
		if (i < n && (line[i] == ',' || line[i] == ';')) {
			i++;
			while (i < n && is_blank(line[i]))
				i++;
		}
	}
	if (count != 4)
		goto malformed;
	memset(&ev->sample, 0, sizeof ev->sample);
	memcpy(ev->sample.ch, v, sizeof v);
	ev->kind = BOARD_EV_SAMPLE;
	p->count.samples++;
	return 0;
malformed:
	p->count.malformed++;
	return -1;
}

/* Start a fresh line. */
static void
line_reset(struct board_parser *p)
{
	p->len = 0;
	p->discarding = 0;
	p->bad_line = 0;
}

/* A line ended: classify it.  1 when it produced an event. */
static int
line_end(struct board_parser *p, struct board_event *ev)
{
	int	got = 0;

	while (p->len > 0 && p->line[p->len - 1] == '\r')
		p->len--;
	if (p->discarding || p->len > BOARD_LINE_MAX) {
		p->count.lines++;
		p->count.overlong++;
	} else if (p->bad_line) {
		p->count.lines++;
		p->count.nul_lines++;
	} else if (!line_is_blank(p->line, p->len)) {
		p->count.lines++;
		p->line[p->len] = '\0';
		if (p->dialect == BOARD_DIALECT_NATIVE)
			got = parse_native(p, p->line, p->len, ev) == 0;
		else
			got = parse_generic(p, p->line, p->len, ev) == 0;
	}
	line_reset(p);
	return got;
}

/* Add bytes without a LF to the current line, within its bound. */
static void
line_append(struct board_parser *p, const uint8_t *b, size_t n)
{
	const uint8_t	*z = b, *end = b + n;

	while ((z = memchr(z, '\0', (size_t)(end - z))) != NULL) {
		p->count.nul_bytes++;
		p->bad_line = 1;
		z++;
	}
	/* A line with a NUL is still measured, so over-long wins. */
	if (p->discarding)
		return;
	if (n > sizeof p->line - 1 - p->len) {
		p->discarding = 1;
		return;
	}
	memcpy(p->line + p->len, b, n);
	p->len += n;
}

size_t
board_parser_feed(struct board_parser *p, const uint8_t *buf, size_t len,
    struct board_event *ev, size_t max, size_t *consumed)
{
	struct rec_c_numeric	cn;
	size_t			i = 0, n = 0;
	int			in_c;

	if (consumed != NULL)
		*consumed = 0;
	if (p == NULL || consumed == NULL || (buf == NULL && len > 0) ||
	    (ev == NULL && max > 0))
		return 0;
	/* Without a C locale the plain decimals still parse (no strtod). */
	in_c = rec_c_numeric_enter(&cn) == 0;
	while (i < len && n < max) {
		const uint8_t	*nl = memchr(buf + i, '\n', len - i);
		size_t		 end = nl != NULL ? (size_t)(nl - buf) : len;

		line_append(p, buf + i, end - i);
		i = end;
		if (nl == NULL)
			break;
		i++;
		if (line_end(p, &ev[n]))
			n++;
	}
	if (in_c)
		rec_c_numeric_leave(&cn);
	*consumed = i;
	return n;
}

void
board_parser_end_stream(struct board_parser *p)
{
	if (p->discarding) {
		p->count.lines++;
		p->count.overlong++;
	} else if (p->bad_line) {
		p->count.lines++;
		p->count.nul_lines++;
	} else if (!line_is_blank(p->line, p->len)) {
		p->count.lines++;
		p->count.malformed++;
	}
	line_reset(p);
	forget_sequence(p);
}

/* ---- formatting ---- */

/* Whether text may go into a line: no control bytes, and no ',' if fields. */
static int
text_ok(const char *s, int field)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f ||
		    (field && *s == ','))
			return 0;
	return 1;
}

/*
 * buf[0..used) holds a record body: append "*XX\n".  Returns the line's
 * length, or 0 when snprintf failed or truncated, the body is longer than
 * a line may be, or buf has no room.
 */
static size_t
format_finish(char *buf, size_t len, int used)
{
	size_t	body;

	if (used < 0 || (size_t)used >= len)
		return 0;
	body = (size_t)used;
	if (body + 3 > BOARD_LINE_MAX || body + 5 > len)
		return 0;
	snprintf(buf + body, len - body, "*%02X\n",
	    (unsigned)board_checksum(buf, body));
	return body + 4;
}

size_t
board_format_sample(char *buf, size_t len, uint32_t seq, uint32_t device_us,
    const double ch[4])
{
	struct rec_c_numeric	cn;
	char			num[4][40];
	int			used;

	if (buf == NULL || ch == NULL)
		return 0;
	for (int c = 0; c < 4; c++)
		if (!isfinite(ch[c]))
			return 0;
	if (rec_c_numeric_enter(&cn) != 0)
		return 0;
	for (int c = 0; c < 4; c++)
		rec_number_format(ch[c], num[c], sizeof num[c]);
	rec_c_numeric_leave(&cn);
	used = snprintf(buf, len, "S,%lu,%lu,%s,%s,%s,%s", (unsigned long)seq,
	    (unsigned long)device_us, num[0], num[1], num[2], num[3]);
	return format_finish(buf, len, used);
}

size_t
board_format_hello(char *buf, size_t len, const struct board_hello *h)
{
	struct rec_c_numeric	cn;
	char			rate[40];
	int			used;

	if (buf == NULL || h == NULL || !isfinite(h->rate_hz) ||
	    !(h->rate_hz > 0.0))
		return 0;
	/* The parser refuses empty or over-long fields; so does this. */
	if (memchr(h->name, '\0', sizeof h->name) == NULL ||
	    memchr(h->firmware, '\0', sizeof h->firmware) == NULL ||
	    memchr(h->unit, '\0', sizeof h->unit) == NULL ||
	    h->name[0] == '\0' || h->firmware[0] == '\0' ||
	    h->unit[0] == '\0' || !text_ok(h->name, 1) ||
	    !text_ok(h->firmware, 1) || !text_ok(h->unit, 1))
		return 0;
	if (rec_c_numeric_enter(&cn) != 0)
		return 0;
	rec_number_format(h->rate_hz, rate, sizeof rate);
	rec_c_numeric_leave(&cn);
	used = snprintf(buf, len, "H,%s,%s,%s,%s", h->name, h->firmware, rate,
	    h->unit);
	return format_finish(buf, len, used);
}

size_t
board_format_info(char *buf, size_t len, const char *text)
{
	if (buf == NULL || text == NULL || !text_ok(text, 0))
		return 0;
	return format_finish(buf, len, snprintf(buf, len, "I,%s", text));
}

size_t
board_format_error(char *buf, size_t len, long code, const char *text)
{
	if (buf == NULL || text == NULL || !text_ok(text, 0) ||
	    code > 999999999L || code < -999999999L)
		return 0;
	return format_finish(buf, len,
	    snprintf(buf, len, "E,%ld,%s", code, text));
}
