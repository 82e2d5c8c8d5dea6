/*
 * analyze.h: `footscreen analyze` and `footscreen cop`: sway descriptors,
 * load shares and weight-bearing asymmetry of recordings, and the COP trace
 * of a recording.
 */
#ifndef FOOTSCREEN_CLI_ANALYZE_H
#define FOOTSCREEN_CLI_ANALYZE_H

#include "cli/results.h"
#include "cli/units.h"
#include "core/preprocess.h"
#include "recording/recording.h"

struct analyze_options {
	enum sway_pipeline	pipeline;
	enum out_units		units;
	enum out_format		format;
	struct rec_options	rec;
	double			foot_spacing_mm;	/* 0: not given */
	int			stance;		/* 0 both feet, 1 left, 2 right */
};

/* Built-in defaults: quijoux2021, mm, table. */
void	analyze_options_init(struct analyze_options *);

/*
 * Analyse one recording already in memory into r.  Returns 0, or -1 with
 * r->error set (the message names what failed).
 */
int	analyze_recording(const struct recording *, const char *name,
	    const struct analyze_options *, struct result_set *r);

/* argv[0] is the command name.  Returns an exit status (cli/args.h). */
int	cmd_analyze(int argc, char **argv, const struct analyze_options *defaults);
int	cmd_cop(int argc, char **argv, const struct analyze_options *defaults);

#endif
