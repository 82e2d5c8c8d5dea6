/*
 * numbers.c: numbers in recordings, read and written in the C locale.
 *
 * The program may set LC_ALL from the environment (ncursesw needs the
 * character type), and in many locales strtod() would then expect a
 * decimal comma.  Recordings always use '.', so parsing and printing run
 * under a thread-local C LC_NUMERIC (POSIX.1-2008 uselocale()).
 */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "recording/reader.h"

enum rec_num
rec_number_parse(const char *p, size_t len, double *v)
{
	char	*end;
	double	 d;

	if (len == 0)
		return REC_NUM_EMPTY;
	/* strtod() would skip leading white space such as a stray CR. */
	if (isspace((unsigned char)p[0]))
		return REC_NUM_NOT_A_NUMBER;
	errno = 0;
	d = strtod(p, &end);
	/*
	 * The field is followed by a separator or the end of the line, none
	 * of which strtod() accepts, so it cannot read past the field; an end
	 * short of it means trailing text.
	 */
	if (end != p + len)
		return REC_NUM_NOT_A_NUMBER;
	/* Overflow gives HUGE_VAL, so this also catches out-of-range input. */
	if (!isfinite(d))
		return REC_NUM_NOT_FINITE;
	/* Underflow (ERANGE with a tiny result) is as near as a double gets. */
	*v = d;
	return REC_NUM_OK;
}

void
rec_number_format(double v, char *buf, size_t len)
{
	int	prec;

	/* 17 significant digits always read back exactly (IEEE 754 double). */
	for (prec = 15; prec < 17; prec++) {
		snprintf(buf, len, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			return;
	}
	snprintf(buf, len, "%.17g", v);
}

int
rec_c_numeric_enter(struct rec_c_numeric *cn)
{
	cn->c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	if (cn->c == (locale_t)0)
		return -1;
	cn->old = uselocale(cn->c);
	return 0;
}

/* Keeps errno, which may hold the error of the I/O done in between. */
void
rec_c_numeric_leave(struct rec_c_numeric *cn)
{
	int	saved = errno;

	uselocale(cn->old);
	freelocale(cn->c);
	errno = saved;
}
