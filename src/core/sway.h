/*
 * sway.h: centre-of-pressure sway descriptors (Quijoux et al. 2021).
 *
 * The descriptor set, names and formulas follow the open-access code of
 * Quijoux, Nicolaï, Chairi et al., "A review of center of pressure (COP)
 * variables to quantify standing balance in elderly people: algorithms and
 * open-access code", Physiol Rep 2021;9:e15067, as the reference README in
 * shared/data/reference/README.md §3 writes them out.  Names are the
 * reference's, so CSV output lines up with its tables.
 *
 * Units: the core works in whatever length unit it is given (cm or mm) and
 * seconds.  Parameters with a length (the sway-density radius) must be given
 * in the same unit as the signal.
 */
#ifndef FOOTSCREEN_CORE_SWAY_H
#define FOOTSCREEN_CORE_SWAY_H

#include <stddef.h>

#include "core/status.h"

/* X-macro: identifier, reference name, physical dimension. */
#define SWAY_DESCRIPTOR_LIST(X) \
	X(MEAN_VALUE_ML, "mean_value_ML", SWAY_DIM_LENGTH) \
	X(MEAN_VALUE_AP, "mean_value_AP", SWAY_DIM_LENGTH) \
	X(MEAN_DISTANCE_ML, "mean_distance_ML", SWAY_DIM_LENGTH) \
	X(MEAN_DISTANCE_AP, "mean_distance_AP", SWAY_DIM_LENGTH) \
	X(MEAN_DISTANCE_RADIUS, "mean_distance_Radius", SWAY_DIM_LENGTH) \
	X(MAXIMAL_DISTANCE_ML, "maximal_distance_ML", SWAY_DIM_LENGTH) \
	X(MAXIMAL_DISTANCE_AP, "maximal_distance_AP", SWAY_DIM_LENGTH) \
	X(MAXIMAL_DISTANCE_RADIUS, "maximal_distance_Radius", SWAY_DIM_LENGTH) \
	X(RMS_ML, "rms_ML", SWAY_DIM_LENGTH) \
	X(RMS_AP, "rms_AP", SWAY_DIM_LENGTH) \
	X(RMS_RADIUS, "rms_Radius", SWAY_DIM_LENGTH) \
	X(RANGE_ML, "range_ML", SWAY_DIM_LENGTH) \
	X(RANGE_AP, "range_AP", SWAY_DIM_LENGTH) \
	X(RANGE_ML_AND_AP, "range_ML_AND_AP", SWAY_DIM_LENGTH) \
	X(RANGE_RATIO, "range_ratio_ML_AND_AP", SWAY_DIM_NONE) \
	X(PLANAR_DEVIATION, "planar_deviation_ML_AND_AP", SWAY_DIM_LENGTH) \
	X(COEFFICIENT_SWAY_DIRECTION, "coefficient_sway_direction_ML_AND_AP", SWAY_DIM_NONE) \
	X(CONFIDENCE_ELLIPSE_AREA, "confidence_ellipse_area_ML_AND_AP", SWAY_DIM_AREA) \
	X(PRINCIPAL_SWAY_DIRECTION, "principal_sway_direction_ML_AND_AP", SWAY_DIM_DEGREE) \
	X(MEAN_VELOCITY_ML, "mean_velocity_ML", SWAY_DIM_VELOCITY) \
	X(MEAN_VELOCITY_AP, "mean_velocity_AP", SWAY_DIM_VELOCITY) \
	X(MEAN_VELOCITY_ML_AND_AP, "mean_velocity_ML_AND_AP", SWAY_DIM_VELOCITY) \
	X(SWAY_AREA_PER_SECOND, "sway_area_per_second_ML_AND_AP", SWAY_DIM_AREA_RATE) \
	X(PHASE_PLANE_ML, "phase_plane_parameter_ML", SWAY_DIM_LENGTH) \
	X(PHASE_PLANE_AP, "phase_plane_parameter_AP", SWAY_DIM_LENGTH) \
	X(LFS, "LFS_ML_AND_AP", SWAY_DIM_INV_LENGTH) \
	X(FRACTAL_DIMENSION, "fractal_dimension_ML_AND_AP", SWAY_DIM_NONE) \
	X(ZERO_CROSSING_ML, "zero_crossing_SPD_ML", SWAY_DIM_COUNT) \
	X(PEAK_VELOCITY_POS_ML, "peak_velocity_pos_SPD_ML", SWAY_DIM_VELOCITY) \
	X(PEAK_VELOCITY_NEG_ML, "peak_velocity_neg_SPD_ML", SWAY_DIM_VELOCITY) \
	X(PEAK_VELOCITY_ALL_ML, "peak_velocity_all_SPD_ML", SWAY_DIM_VELOCITY) \
	X(ZERO_CROSSING_AP, "zero_crossing_SPD_AP", SWAY_DIM_COUNT) \
	X(PEAK_VELOCITY_POS_AP, "peak_velocity_pos_SPD_AP", SWAY_DIM_VELOCITY) \
	X(PEAK_VELOCITY_NEG_AP, "peak_velocity_neg_SPD_AP", SWAY_DIM_VELOCITY) \
	X(PEAK_VELOCITY_ALL_AP, "peak_velocity_all_SPD_AP", SWAY_DIM_VELOCITY) \
	X(MEAN_PEAK_SWAY_DENSITY, "mean_peak_Sway_Density", SWAY_DIM_TIME) \
	X(MEAN_DISTANCE_PEAK_SWAY_DENSITY, "mean_distance_peak_Sway_Density", SWAY_DIM_LENGTH) \
	X(MEAN_FREQUENCY_ML, "mean_frequency_ML", SWAY_DIM_FREQUENCY) \
	X(MEAN_FREQUENCY_AP, "mean_frequency_AP", SWAY_DIM_FREQUENCY) \
	X(MEAN_FREQUENCY_ML_AND_AP, "mean_frequency_ML_AND_AP", SWAY_DIM_FREQUENCY) \
	X(TOTAL_POWER_ML, "total_power_Power_Spectrum_Density_ML", SWAY_DIM_POWER) \
	X(TOTAL_POWER_AP, "total_power_Power_Spectrum_Density_AP", SWAY_DIM_POWER) \
	X(POWER_FREQUENCY_50_ML, "power_frequency_50_Power_Spectrum_Density_ML", SWAY_DIM_FREQUENCY) \
	X(POWER_FREQUENCY_50_AP, "power_frequency_50_Power_Spectrum_Density_AP", SWAY_DIM_FREQUENCY) \
	X(POWER_FREQUENCY_95_ML, "power_frequency_95_Power_Spectrum_Density_ML", SWAY_DIM_FREQUENCY) \
	X(POWER_FREQUENCY_95_AP, "power_frequency_95_Power_Spectrum_Density_AP", SWAY_DIM_FREQUENCY) \
	X(FREQUENCY_MODE_ML, "frequency_mode_Power_Spectrum_Density_ML", SWAY_DIM_FREQUENCY) \
	X(FREQUENCY_MODE_AP, "frequency_mode_Power_Spectrum_Density_AP", SWAY_DIM_FREQUENCY) \
	X(CENTROID_FREQUENCY_ML, "centroid_frequency_Power_Spectrum_Density_ML", SWAY_DIM_FREQUENCY) \
	X(CENTROID_FREQUENCY_AP, "centroid_frequency_Power_Spectrum_Density_AP", SWAY_DIM_FREQUENCY) \
	X(FREQUENCY_DISPERSION_ML, "frequency_dispersion_Power_Spectrum_Density_ML", SWAY_DIM_NONE) \
	X(FREQUENCY_DISPERSION_AP, "frequency_dispersion_Power_Spectrum_Density_AP", SWAY_DIM_NONE) \
	X(ENERGY_BELOW_05_ML, "energy_content_below_05_Power_Spectrum_Density_ML", SWAY_DIM_POWER) \
	X(ENERGY_BELOW_05_AP, "energy_content_below_05_Power_Spectrum_Density_AP", SWAY_DIM_POWER) \
	X(ENERGY_05_2_ML, "energy_content_05_2_Power_Spectrum_Density_ML", SWAY_DIM_POWER) \
	X(ENERGY_05_2_AP, "energy_content_05_2_Power_Spectrum_Density_AP", SWAY_DIM_POWER) \
	X(ENERGY_ABOVE_2_ML, "energy_content_above_2_Power_Spectrum_Density_ML", SWAY_DIM_POWER) \
	X(ENERGY_ABOVE_2_AP, "energy_content_above_2_Power_Spectrum_Density_AP", SWAY_DIM_POWER) \
	X(FREQUENCY_QUOTIENT_ML, "frequency_quotient_Power_Spectrum_Density_ML", SWAY_DIM_NONE) \
	X(FREQUENCY_QUOTIENT_AP, "frequency_quotient_Power_Spectrum_Density_AP", SWAY_DIM_NONE) \
	X(SHORT_TIME_DIFFUSION_ML, "short_time_diffusion_Diffusion_ML", SWAY_DIM_DIFFUSION) \
	X(LONG_TIME_DIFFUSION_ML, "long_time_diffusion_Diffusion_ML", SWAY_DIM_DIFFUSION) \
	X(CRITICAL_TIME_ML, "critical_time_Diffusion_ML", SWAY_DIM_TIME) \
	X(CRITICAL_DISPLACEMENT_ML, "critical_displacement_Diffusion_ML", SWAY_DIM_AREA) \
	X(SHORT_TIME_SCALING_ML, "short_time_scaling_Diffusion_ML", SWAY_DIM_NONE) \
	X(LONG_TIME_SCALING_ML, "long_time_scaling_Diffusion_ML", SWAY_DIM_NONE) \
	X(SHORT_TIME_DIFFUSION_AP, "short_time_diffusion_Diffusion_AP", SWAY_DIM_DIFFUSION) \
	X(LONG_TIME_DIFFUSION_AP, "long_time_diffusion_Diffusion_AP", SWAY_DIM_DIFFUSION) \
	X(CRITICAL_TIME_AP, "critical_time_Diffusion_AP", SWAY_DIM_TIME) \
	X(CRITICAL_DISPLACEMENT_AP, "critical_displacement_Diffusion_AP", SWAY_DIM_AREA) \
	X(SHORT_TIME_SCALING_AP, "short_time_scaling_Diffusion_AP", SWAY_DIM_NONE) \
	X(LONG_TIME_SCALING_AP, "long_time_scaling_Diffusion_AP", SWAY_DIM_NONE) \
	X(BMC_HYPERELLIPSOID_AREA95, "bmc_hyperellipsoid_area95_ML_AND_AP", SWAY_DIM_AREA) \
	X(N_SAMPLES, "n_samples_after_preprocessing", SWAY_DIM_COUNT) \
	X(FREQUENCY_AFTER_PREPROCESSING, "frequency_after_preprocessing", SWAY_DIM_FREQUENCY) \
	X(SWAY_LENGTH, "sway_length_ML_AND_AP", SWAY_DIM_LENGTH)

enum sway_descriptor {
#define SWAY_X_ENUM(id, name, dim) SWAY_##id,
	SWAY_DESCRIPTOR_LIST(SWAY_X_ENUM)
#undef SWAY_X_ENUM
	SWAY_DESCRIPTOR_COUNT
};

/* What a descriptor measures, so a caller can label units and convert. */
enum sway_dimension {
	SWAY_DIM_NONE,		/* ratio, index */
	SWAY_DIM_COUNT,		/* whole number */
	SWAY_DIM_LENGTH,	/* L */
	SWAY_DIM_INV_LENGTH,	/* 1/L (LFS: length over area) */
	SWAY_DIM_AREA,		/* L^2 (critical displacement is an MSD) */
	SWAY_DIM_AREA_RATE,	/* L^2/s */
	SWAY_DIM_VELOCITY,	/* L/s */
	SWAY_DIM_TIME,		/* s */
	SWAY_DIM_FREQUENCY,	/* Hz */
	SWAY_DIM_POWER,		/* L^2/Hz, summed over bins */
	SWAY_DIM_DIFFUSION,	/* L^2 at unit lag: exp(intercept) of log MSD */
	SWAY_DIM_DEGREE		/* angle in degrees */
};

/* The reference's name for a descriptor, or NULL if out of range. */
const char		*sway_descriptor_name(enum sway_descriptor);
enum sway_dimension	 sway_descriptor_dimension(enum sway_descriptor);
/* Look a descriptor up by its reference name; -1 if unknown. */
int			 sway_descriptor_lookup(const char *name);

/* Families a short signal leaves out (NAN), as bits of omitted. */
#define SWAY_OMITTED_SPECTRUM	0x1u	/* Welch: needs more than 5 s */
#define SWAY_OMITTED_DIFFUSION	0x2u	/* needs sway_descriptors_min_samples() */

struct sway_descriptors {
	double		value[SWAY_DESCRIPTOR_COUNT];
	unsigned	omitted;	/* SWAY_OMITTED_* */
};

struct sway_options {
	/*
	 * Radius for sway density, in the signal's length unit.  The
	 * reference uses 0.3 cm (Quijoux 2021 code default, passed as
	 * {"sway_density_radius": 0.3}); give 3.0 for a signal in mm.
	 */
	double	sway_density_radius;
};

/*
 * Fewest samples at fs Hz that every descriptor can work with (the
 * diffusion analysis sets it: 3 (floor(2.5 fs) + 1), 189 at 25 Hz).
 * Fewer leaves the diffusion (and below 5 s the spectrum) descriptors NAN,
 * named in sway_descriptors.omitted.
 */
size_t	sway_descriptors_min_samples(double fs);
/* Fewest samples for anything at all; fewer gives CORE_ERR_TOO_SHORT. */
size_t	sway_descriptors_base_min_samples(void);
/* Fewest samples for the spectrum descriptors at fs Hz. */
size_t	sway_descriptors_spectrum_min_samples(double fs);

/*
 * Scratch space sway_descriptors_compute() needs for n samples, in doubles.
 * The caller allocates it; the core allocates nothing itself (FFTW's plan is
 * the one exception, made and freed inside the call).
 */
size_t	sway_descriptors_scratch(size_t n);

/*
 * Compute every descriptor of an already preprocessed signal x (ML), y (AP)
 * of n samples at fs Hz.  MEAN_VALUE_*, N_SAMPLES and
 * FREQUENCY_AFTER_PREPROCESSING are filled from the arguments: the caller
 * passes the means it got from preprocessing.
 */
enum core_status sway_descriptors_compute(const double *x, const double *y,
		    size_t n, double fs, double mean_ml, double mean_ap,
		    const struct sway_options *, double *scratch,
		    struct sway_descriptors *out);

#endif
