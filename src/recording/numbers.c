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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "recording/reader.h"

/*
 * Plain decimals such as "-16.403", with at most 15 significant digits and
 * 22 after the point, are the bulk of every recording.  Their digits make
 * an integer m < 10^15 < 2^53 and the point a power 10^k with k <= 22, both
 * exact doubles, so one IEEE division m / 10^k is correctly rounded: the
 * same double strtod() gives (Clinger, "How to read floating point numbers
 * accurately", PLDI 1990, the fast path).  strtod() was 40 % of analyze's
 * instructions.  Returns 0 and sets *v, or -1 to hand the field to strtod().
 */
static int
number_fast_path(const char *p, size_t len, double *v)
{
	static const double	pow10[] = {
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
		1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
	};
	const char		*e = p + len;
	uint64_t		 m = 0;
	int			 neg = 0, digits = 0, significant = 0, frac = -1;

	if (p < e && (*p == '-' || *p == '+'))
		neg = *p++ == '-';
	for (; p < e; p++) {
		if (*p == '.' && frac < 0) {
			frac = 0;
			continue;
		}
		if (*p < '0' || *p > '9')
			return -1;	/* an exponent, inf, nan, hex: strtod */
		digits++;
		if (frac >= 0)
			frac++;
		if (m > 0 || *p != '0')
			significant++;
		m = m * 10 + (uint64_t)(*p - '0');
	}
	if (digits == 0 || significant > 15 || frac > 22)
		return -1;
	*v = (double)m / pow10[frac > 0 ? frac : 0];
	if (neg)
		*v = -*v;
	return 0;
}

enum rec_num
rec_number_parse(const char *p, size_t len, double *v)
{
	char	*end;
	double	 d;

	if (len == 0)
		return REC_NUM_EMPTY;
	if (number_fast_path(p, len, v) == 0)
		return REC_NUM_OK;
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
