/*
 * lines.c: a bounded line reader for recording files.
 *
 * Bytes come first from a memory block (the prefix already read for
 * sniffing, or a whole buffer) and then from a stream, so standard input
 * can be sniffed and still be read from its first byte.  A line longer
 * than REC_LINE_MAX is an error rather than a reason to grow without
 * limit, and a NUL byte means the input is not text.  CRLF endings and a
 * UTF-8 byte order mark at the start are accepted; the last line need not
 * end in a newline.
 */
#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recording/reader.h"

static int	rec_vfail(struct rec_error *, const char *, size_t,
		    const char *, va_list) REC_PRINTF(4, 0);

/* Fill err from a format and its arguments. */
static int
rec_vfail(struct rec_error *err, const char *file, size_t line,
    const char *fmt, va_list ap)
{
	if (err == NULL)
		return -1;
	/* A long path is cut rather than lost; the message still says what. */
	snprintf(err->file, sizeof err->file, "%s", file != NULL ? file : "");
	err->line = line;
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	return -1;
}

int
rec_fail(struct rec_error *err, const char *file, size_t line,
    const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	rec_vfail(err, file, line, fmt, ap);
	va_end(ap);
	return -1;
}

int
rec_lines_fail(struct rec_lines *l, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	rec_vfail(l->err, l->name, l->lineno, fmt, ap);
	va_end(ap);
	return -1;
}

/* Set up a reader; the line buffer is allocated here, once. */
int
rec_lines_open(struct rec_lines *l, const char *name, const char *mem,
    size_t memlen, FILE *fp, struct rec_error *err)
{
	memset(l, 0, sizeof *l);
	l->mem = mem;
	l->memlen = memlen;
	l->fp = fp;
	l->name = name;
	l->err = err;
	if ((l->buf = malloc(REC_LINE_MAX + 1)) == NULL)
		return rec_fail(err, name, 0, "out of memory");
	l->buf[0] = '\0';
	return 0;
}

void
rec_lines_close(struct rec_lines *l)
{
	free(l->buf);
	l->buf = NULL;
}

/* One byte from the block, then from the stream; EOF at the end. */
static int
rec_lines_getc(struct rec_lines *l)
{
	if (l->mempos < l->memlen)
		return (unsigned char)l->mem[l->mempos++];
	/*
	 * The reader is single-threaded, and getc()'s lock per byte was a
	 * fifth of the parse time (callgrind, 60 s sample).
	 */
	if (l->fp != NULL)
		return getc_unlocked(l->fp);
	return EOF;
}

/* Whether the stream stopped on an error rather than at its end. */
static int
rec_lines_read_error(struct rec_lines *l)
{
	return l->fp != NULL && ferror(l->fp);
}

int
rec_lines_next(struct rec_lines *l)
{
	int	c;

	if (l->again) {
		l->again = 0;
		return 1;
	}
	l->len = 0;
	l->buf[0] = '\0';
	if ((c = rec_lines_getc(l)) == EOF) {
		if (rec_lines_read_error(l))
			return rec_lines_fail(l, "read error after this line: %s",
			    strerror(errno));
		return 0;
	}
	l->lineno++;
	while (c != EOF && c != '\n') {
		if (c == '\0')
			return rec_lines_fail(l, "NUL byte in column %zu: "
			    "expected a text file", l->len + 1);
		if (l->len == REC_LINE_MAX)
			return rec_lines_fail(l, "line longer than %d bytes: "
			    "expected short lines of text", REC_LINE_MAX);
		l->buf[l->len++] = (char)c;
		c = rec_lines_getc(l);
	}
	if (c == EOF && rec_lines_read_error(l))
		return rec_lines_fail(l, "read error: %s", strerror(errno));
	if (l->len > 0 && l->buf[l->len - 1] == '\r')
		l->len--;
	l->buf[l->len] = '\0';
	if (l->lineno == 1 && l->len >= 3 &&
	    memcmp(l->buf, "\xef\xbb\xbf", 3) == 0) {
		memmove(l->buf, l->buf + 3, l->len - 2);
		l->len -= 3;
	}
	return 1;
}

void
rec_lines_unread(struct rec_lines *l)
{
	l->again = 1;
}

int
rec_line_blank(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t')
			return 0;
	return 1;
}
