/*
 * results.h: what a command found in one input, as named values, and the
 * three ways of printing them (a table for people, long CSV and JSON for
 * scripts).  One emitter per format serves every command.
 */
#ifndef FOOTSCREEN_CLI_RESULTS_H
#define FOOTSCREEN_CLI_RESULTS_H

#include <stdio.h>
#include <stddef.h>

enum out_format {
	OUT_FORMAT_TABLE,
	OUT_FORMAT_CSV,
	OUT_FORMAT_JSON
};

const char	*out_format_name(enum out_format);
int		 out_format_lookup(const char *);	/* -1 when unknown */

struct result_item {
	const char	*group;		/* "sway", "load", "asymmetry", ... */
	char		 name[64];
	double		 value;		/* NAN prints as nan / null */
	char		 unit[16];
};

/* The results of one input file. */
struct result_set {
	char			 file[512];
	char			 summary[256];	/* one line for the table header */
	const char		*format;	/* input format name */
	const char		*pipeline;	/* NULL when no sway was computed */
	const char		*units;
	size_t			 n;
	size_t			 cap;
	struct result_item	*item;
	char			 error[512];	/* non-empty: this file failed */
	char			 warning[512];	/* non-empty: results are partial */
};

void	result_set_init(struct result_set *, const char *file);
/* Append a value; -1 on allocation failure. */
int	result_set_add(struct result_set *, const char *group, const char *name,
	    double value, const char *unit);
void	result_set_free(struct result_set *);

/*
 * Print results of n files.  JSON is one document for all of them, so every
 * format takes the whole list.  Returns 0, or -1 on a write or encoding
 * error (errno set for write errors).
 */
int	results_emit(FILE *, enum out_format, const struct result_set *, size_t n,
	    const char *command);

#endif
