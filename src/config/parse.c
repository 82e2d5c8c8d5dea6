/*
 * parse.c: strict parsers for configuration values; see parse.h.
 */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "config/parse.h"

/*
 * Switch this thread to the C locale's number syntax; *saved receives what
 * to restore.  Returns the new locale (to free), or (locale_t)0 when it
 * cannot be made, in which case nothing changed.
 */
static locale_t
c_numeric_enter(locale_t *saved)
{
	locale_t	c;

	c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	if (c != (locale_t)0)
		*saved = uselocale(c);
	return c;
}

/* Undo c_numeric_enter(). */
static void
c_numeric_leave(locale_t c, locale_t saved)
{
	if (c == (locale_t)0)
		return;
	uselocale(saved);
	freelocale(c);
}

/* Skip a run of decimal digits; *n gets how many there were. */
static const char *
skip_digits(const char *s, size_t *n)
{
	*n = 0;
	while (*s >= '0' && *s <= '9') {
		s++;
		(*n)++;
	}
	return s;
}

int
config_parse_long(const char *s, long *out)
{
	const char	*p = s;
	char		*end;
	size_t		 nd;
	long		 v;

	if (*p == '+' || *p == '-')
		p++;
	if (*skip_digits(p, &nd) != '\0' || nd == 0)
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0')
		return -1;
	*out = v;
	return 0;
}

int
config_parse_int_in(const char *s, const int *allowed, size_t n, int *out)
{
	long	v;

	if (config_parse_long(s, &v) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (v == allowed[i]) {
			*out = allowed[i];
			return 0;
		}
	}
	return -1;
}

/*
 * True when s is a plain decimal number.  strtod alone would also take hex
 * floats, "inf", "nan" and leading blanks.
 */
static int
real_syntax_ok(const char *s)
{
	size_t	int_digits, frac_digits = 0, exp_digits;

	if (*s == '+' || *s == '-')
		s++;
	s = skip_digits(s, &int_digits);
	if (*s == '.')
		s = skip_digits(s + 1, &frac_digits);
	if (int_digits + frac_digits == 0)
		return 0;
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '+' || *s == '-')
			s++;
		s = skip_digits(s, &exp_digits);
		if (exp_digits == 0)
			return 0;
	}
	return *s == '\0';
}

int
config_parse_real(const char *s, double *out)
{
	locale_t	 c, saved = (locale_t)0;
	char		*end;
	double		 v;
	int		 bad;

	if (!real_syntax_ok(s))
		return -1;
	if ((c = c_numeric_enter(&saved)) == (locale_t)0)
		return -1;
	errno = 0;
	v = strtod(s, &end);
	/* ERANGE: overflow to HUGE_VAL, or underflow below the normal range. */
	bad = errno != 0 || *end != '\0' || !isfinite(v);
	c_numeric_leave(c, saved);
	if (bad)
		return -1;
	*out = v;
	return 0;
}

int
config_parse_bool(const char *s, int *out)
{
	static const char *const truths[] = { "yes", "true", "on", "1", NULL };
	static const char *const lies[] = { "no", "false", "off", "0", NULL };
	int	i;

	if (config_parse_word(s, truths, &i) == 0)
		*out = 1;
	else if (config_parse_word(s, lies, &i) == 0)
		*out = 0;
	else
		return -1;
	return 0;
}

int
config_parse_word(const char *s, const char *const *words, int *out)
{
	for (int i = 0; words[i] != NULL; i++) {
		if (strcasecmp(s, words[i]) == 0) {
			*out = i;
			return 0;
		}
	}
	return -1;
}

/* The value of a hex digit, or -1. */
static int
hex_digit(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

int
config_parse_hex16(const char *s, int *out)
{
	size_t	n;
	int	v = 0, d;

	if (*s == '\0') {
		*out = -1;
		return 0;
	}
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
		s += 2;
	for (n = 0; s[n] != '\0'; n++) {
		if (n == 4 || (d = hex_digit(s[n])) < 0)
			return -1;
		v = v * 16 + d;
	}
	if (n == 0)
		return -1;
	*out = v;
	return 0;
}

/* Skip spaces and tabs. */
static const char *
skip_blanks(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

int
config_parse_channel_order(const char *s, enum cell order[CELL_COUNT])
{
	static const char *const names[] = { "TL", "TR", "BL", "BR" };
	enum cell	got[CELL_COUNT];
	unsigned	seen = 0;
	int		found;

	for (int i = 0; i < CELL_COUNT; i++) {
		s = skip_blanks(s);
		found = -1;
		for (int c = 0; c < CELL_COUNT; c++)
			if (strncasecmp(s, names[c], 2) == 0)
				found = c;
		if (found < 0 || (seen & (1u << found)) != 0)
			return -1;
		seen |= 1u << found;
		got[i] = (enum cell)found;
		s = skip_blanks(s + 2);
		if (i + 1 < CELL_COUNT && *s++ != ',')
			return -1;
	}
	if (*s != '\0')
		return -1;
	memcpy(order, got, sizeof got);
	return 0;
}

int
config_format_real(double v, char *buf, size_t len)
{
	locale_t	 c, saved = (locale_t)0;
	char		*e;
	long		 exp10;
	int		 n = -1;

	/*
	 * 17 significant digits always round-trip a binary64 (IEEE 754-2008
	 * §5.12.2); without a C locale object, print those straight away.
	 */
	c = c_numeric_enter(&saved);
	for (int prec = c == (locale_t)0 ? 17 : 1; prec <= 17; prec++) {
		n = snprintf(buf, len, "%.*g", prec, v);
		if (n < 0 || (size_t)n >= len) {
			n = -1;
			break;
		}
		if (strtod(buf, NULL) == v)
			break;
	}
	/*
	 * %g chose an exponent because the value has more integer digits
	 * than prec (2000 came out as 2e+03): print them all when that
	 * stays within 17.
	 */
	if (n > 0 && (e = strchr(buf, 'e')) != NULL &&
	    (exp10 = strtol(e + 1, NULL, 10)) >= 0 && exp10 < 17) {
		n = snprintf(buf, len, "%.*g", (int)exp10 + 1, v);
		if (n < 0 || (size_t)n >= len)
			n = -1;
	}
	c_numeric_leave(c, saved);
	return n < 0 ? -1 : 0;
}

int
config_ini_quoting(const char *s)
{
	size_t	len = strlen(s);
	int	edge_blank, has_dq, has_sq, has_bs;

	edge_blank = len > 0 && (strchr(" \t", s[0]) != NULL ||
	    strchr(" \t", s[len - 1]) != NULL);
	/*
	 * Bare unless a comment character would cut it, iniparser would take
	 * a leading quote as the start of a quoted value, blanks at the ends
	 * would be stripped, or a final backslash would join the next line.
	 * The empty value is written "" (iniparser's special case for it).
	 */
	if (len > 0 && strpbrk(s, ";#") == NULL && s[0] != '"' &&
	    s[0] != '\'' && !edge_blank && s[len - 1] != '\\')
		return 0;
	has_dq = strchr(s, '"') != NULL;
	has_sq = strchr(s, '\'') != NULL;
	has_bs = strchr(s, '\\') != NULL;
	if (has_bs)
		return -1;
	if (!has_dq)
		return '"';
	if (!has_sq)
		return '\'';
	return -1;
}

void
config_excerpt(const char *s, size_t n, size_t max, char *out, size_t outlen)
{
	size_t	keep = n;

	if (outlen == 0)
		return;
	if (keep > max) {
		keep = max;
		/* Back off continuation bytes (10xxxxxx) to a lead byte. */
		while (keep > 0 && ((unsigned char)s[keep] & 0xc0) == 0x80)
			keep--;
	}
	snprintf(out, outlen, "%.*s%s", (int)keep, s, keep < n ? "..." : "");
}
