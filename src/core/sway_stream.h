/*
 * sway_stream.h: the descriptors the live screen needs, updated one sample
 * at a time in O(1) time and memory.
 *
 * The running means and the co-moments about them use Welford's update
 * (Welford 1962, Technometrics 4:419; the bivariate form as in Pébay 2008,
 * Sandia report SAND2008-6212), which stays accurate where a sum of squares
 * minus a squared sum would not.  Each summary value is defined exactly as
 * its batch counterpart in sway.h on the "raw" pipeline (centring only), so
 * the two agree to rounding: mean velocity divides the path by N/fs, RMS and
 * the ellipse use population moments.
 */
#ifndef FOOTSCREEN_CORE_SWAY_STREAM_H
#define FOOTSCREEN_CORE_SWAY_STREAM_H

#include <stddef.h>

#include "core/cop.h"
#include "core/status.h"

struct sway_stream {
	double	fs;
	size_t	n;
	double	mean_ml, mean_ap;
	double	m2_ml, m2_ap, c_ml_ap;	/* sums of (co)products about the mean */
	double	last_ml, last_ap;
	double	path, path_ml, path_ap;
	double	min_ml, max_ml, min_ap, max_ap;
	size_t	n_loads;		/* samples pushed with cell loads */
	double	load_sum[CELL_COUNT];
};

struct sway_stream_summary {
	size_t	n;
	double	duration_s;		/* n / fs */
	double	mean_ml, mean_ap;	/* current COP mean, for centring a plot */
	double	last_ml, last_ap;	/* the newest COP */
	double	path_length;		/* sway_length_ML_AND_AP */
	double	mean_velocity_ml;	/* mean_velocity_ML: path_ml * fs / n */
	double	mean_velocity_ap;
	double	mean_velocity;		/* mean_velocity_ML_AND_AP */
	double	rms_ml, rms_ap, rms_radius;
	double	range_ml, range_ap;
	double	ellipse_area;		/* confidence_ellipse_area_ML_AND_AP */
	/* Load share over the samples given with loads; NAN when none. */
	double	right_pct, left_pct, front_pct, back_pct;
};

enum core_status sway_stream_init(struct sway_stream *, double fs);
/* Add one COP sample (any length unit; the summary is in the same unit). */
enum core_status sway_stream_push(struct sway_stream *, double ml, double ap);
/*
 * Add count COP samples at once: the same result as count single pushes,
 * faster when a read brings several samples.  Nothing is added when any
 * sample is not finite.
 */
enum core_status sway_stream_push_n(struct sway_stream *, const double *ml,
		    const double *ap, size_t count);
/* Add one sample of four cell loads: its COP and its loads. */
enum core_status sway_stream_push_cells(struct sway_stream *,
		    const struct board_geometry *, const double load[CELL_COUNT]);
/* The summary so far; CORE_ERR_TOO_SHORT before the first sample. */
enum core_status sway_stream_summary(const struct sway_stream *,
		    struct sway_stream_summary *);

#endif
