/*
 * args.h: strict parsing of command-line values, with messages that name
 * the option, the value and what is allowed.
 */
#ifndef FOOTSCREEN_CLI_ARGS_H
#define FOOTSCREEN_CLI_ARGS_H

#include <stddef.h>

/* Exit statuses shared by every command (footscreen(1), EXIT STATUS). */
#define EXIT_OK		0
#define EXIT_DATA	1	/* an input could not be read or analysed */
#define EXIT_USAGE	2	/* bad option or argument */
#define EXIT_CONFIG	3	/* the configuration is invalid */

/* A finite number in [min, max]; -1 and a message on stderr otherwise. */
int	arg_double(const char *option, const char *s, double min, double max,
	    double *out);
/* "FIRST:LAST" data rows, LAST exclusive and > FIRST; "FIRST:" to the end. */
int	arg_rows(const char *option, const char *s, size_t *first, size_t *last);
/* One of names[0..n-1]; returns its index, or -1 with a message listing them. */
int	arg_choice(const char *option, const char *s, const char *const *names,
	    size_t n);

/* "footscreen: " + message on stderr. */
void	cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
