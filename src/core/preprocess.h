/*
 * preprocess.h: the two preprocessing pipelines of the sway core.
 *
 *  - SWAY_PIPELINE_QUIJOUX2021: the pipeline of Quijoux et al. 2021 and its
 *    code's default (shared/data/reference/README.md §2): centre, artefact
 *    purge, SWARII resampling to 25 Hz (Audiffren & Contal 2016), 4th-order
 *    10 Hz Butterworth low-pass applied forwards and backwards as
 *    scipy.signal.filtfilt does.
 *  - SWAY_PIPELINE_RAW: centring only, at the original rate.
 */
#ifndef FOOTSCREEN_CORE_PREPROCESS_H
#define FOOTSCREEN_CORE_PREPROCESS_H

#include <stddef.h>

#include "core/status.h"

enum sway_pipeline {
	SWAY_PIPELINE_QUIJOUX2021,
	SWAY_PIPELINE_RAW
};

/*
 * "quijoux2021" / "raw"; name returns NULL for an unknown value, lookup -1
 * for an unknown name.
 */
const char	*sway_pipeline_name(enum sway_pipeline);
int		 sway_pipeline_lookup(const char *name);

struct sway_signal {
	double	*ml;		/* caller-owned, capacity elements each */
	double	*ap;
	size_t	 capacity;
	size_t	 n;		/* out: samples written */
	double	 fs;		/* out: sampling rate after preprocessing */
	double	 mean_ml;	/* out: input means before centring */
	double	 mean_ap;
	/*
	 * In: one centimetre in the signal's length unit (1 for cm, 10 for
	 * mm), because the artefact purge's thresholds are 2 cm and 0.5 cm.
	 * 0 is taken as 1 (a signal in cm).
	 */
	double	 length_per_cm;
};

/* Upper bound of the output length for n input samples at fs Hz. */
size_t	sway_preprocess_capacity(enum sway_pipeline, size_t n, double fs);
/* Scratch doubles sway_preprocess() needs. */
size_t	sway_preprocess_scratch(enum sway_pipeline, size_t n, double fs);

/*
 * Run a pipeline on n uniformly sampled points (ml, ap) at fs Hz, in the
 * length unit out->length_per_cm names.  out's arrays must not overlap the
 * input; scratch holds sway_preprocess_scratch() doubles and may be NULL for
 * SWAY_PIPELINE_RAW.  Returns CORE_ERR_NONFINITE on NaN/Inf input,
 * CORE_ERR_TOO_SHORT when too little is left to filter, CORE_ERR_CAPACITY
 * when out is too small, CORE_ERR_ARG for a NULL pointer or fs <= 0.
 */
enum core_status sway_preprocess(enum sway_pipeline, const double *ml,
		    const double *ap, size_t n, double fs, double *scratch,
		    struct sway_signal *out);

#endif
