/*
 * args.c: strict command-line value parsing (see args.h).
 */
#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/args.h"

void
cli_error(const char *fmt, ...)
{
	va_list	ap;

	fputs("footscreen: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
arg_double(const char *option, const char *s, double min, double max,
    double *out)
{
	char	*end;
	double	 v;

	errno = 0;
	v = strtod(s, &end);
	if (end == s || *end != '\0' || errno != 0 || !isfinite(v) ||
	    v < min || v > max) {
		cli_error("%s '%s': expected a number from %g to %g", option, s,
		    min, max);
		return -1;
	}
	*out = v;
	return 0;
}

/* A whole number with nothing after it; -1 if s is not one. */
static int
parse_size(const char *s, const char **end, size_t *out)
{
	char			*e;
	unsigned long long	 v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &e, 10);
	if (errno != 0 || v > (unsigned long long)SIZE_MAX)
		return -1;
	*out = (size_t)v;
	*end = e;
	return 0;
}

int
arg_rows(const char *option, const char *s, size_t *first, size_t *last)
{
	const char	*p;

	if (parse_size(s, &p, first) != 0 || *p != ':')
		goto bad;
	p++;
	if (*p == '\0') {
		*last = 0;
		return 0;
	}
	if (parse_size(p, &p, last) != 0 || *p != '\0' || *last <= *first)
		goto bad;
	return 0;
bad:
	cli_error("%s '%s': expected FIRST:LAST data rows counted from 0, "
	    "LAST excluded and greater than FIRST (or FIRST: for the rest)",
	    option, s);
	return -1;
}

int
arg_choice(const char *option, const char *s, const char *const *names,
    size_t n)
{
	char	allowed[256] = "";
	size_t	len = 0;

	for (size_t i = 0; i < n; i++)
		if (strcmp(s, names[i]) == 0)
			return (int)i;
	for (size_t i = 0; i < n && len < sizeof allowed; i++) {
		int	w = snprintf(allowed + len, sizeof allowed - len, "%s%s",
		    i ? ", " : "", names[i]);

		if (w < 0)
			break;
		len += (size_t)w;
	}
	cli_error("%s '%s': allowed: %s", option, s, allowed);
	return -1;
}
