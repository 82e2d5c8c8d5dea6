/*
 * sim_model.h: a seeded stochastic model of a person on a balance board,
 * for the simulated board (sim transport), demos and tests.
 *
 * Quiet standing is modelled as the centre of pressure swaying about a set
 * point, in ML and AP independently: an Ornstein-Uhlenbeck process (the
 * mean-reverting random walk that Collins & De Luca 1993, Exp Brain Res
 * 95:308, fit to quiet-stance sway) smoothed by a first-order lag, so that
 * the sway has a finite velocity that does not depend on the sample rate.
 * RMS amplitudes and mean velocity follow the healthy-adult ranges of the
 * evidence sheet §8.4.  Profiles shift the set point and scale the sway;
 * phases say who stands how (empty board, both feet, one leg), and the
 * model glides between them as a person steps on, shifts weight and steps
 * off.  The load is split into the four cells by inverting the COP formula
 * of cop.h for a rigid plate on four equal springs.  sim_model.c states
 * the equations and every parameter with its source.  Everything is
 * reproducible from the seed; the model allocates nothing.
 */
#ifndef FOOTSCREEN_BOARD_SIM_MODEL_H
#define FOOTSCREEN_BOARD_SIM_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "core/cop.h"

enum sim_profile {
	SIM_NEUTRAL,
	SIM_PRONATED_LEFT,	/* left foot loads its medial side */
	SIM_SUPINATED_RIGHT,	/* right foot loads its lateral side */
	SIM_UNSTEADY,		/* twice the sway, faster */
	SIM_ASYMMETRIC_RIGHT,	/* more weight on the right foot */
	SIM_PROFILE_COUNT
};

enum sim_phase {
	SIM_PHASE_EMPTY,	/* nobody on the board */
	SIM_PHASE_BOTH,		/* quiet stance on both feet */
	SIM_PHASE_LEFT,		/* single-leg stance on the left foot */
	SIM_PHASE_RIGHT		/* single-leg stance on the right foot */
};

/* What a profile changes; sim_profile_get() gives the values. */
struct sim_profile_params {
	double	right_share;	/* of the weight, in double stance */
	/*
	 * Where each foot's own pressure centre sits relative to that foot's
	 * centre line, in mm, positive to the right: medial is + for the left
	 * foot, lateral is + for the right foot.
	 */
	double	left_shift_mm;
	double	right_shift_mm;
	double	sway_scale;	/* multiplies the sway SDs */
	double	time_scale;	/* multiplies the sway time constants */
};

/* The sway of one phase and profile, per axis. */
struct sim_sway {
	double	sd_ml_mm;	/* stationary SD of the sway */
	double	sd_ap_mm;
	double	tau_slow_s;	/* mean reversion (OU) time constant */
	double	tau_fast_s;	/* smoothing lag */
};

struct sim_params {
	enum sim_profile	profile;
	uint64_t		seed;
	double			rate_hz;	/* samples per second */
	double			mass_kg;	/* default 70 */
	double			foot_spacing_mm; /* between feet centre lines */
	double			cell_noise_kg;	/* white noise SD per cell */
	struct board_geometry	geometry;
};

struct sim_model {
	struct sim_params	p;
	uint64_t		rng;
	double			spare;		/* Box-Muller's second normal */
	int			has_spare;
	double			slow[2];	/* OU state, ML and AP, mm */
	double			sway[2];	/* smoothed sway, mm */
	double			set[2];		/* current set point, mm */
	double			total;		/* current load on the board, kg */
	enum sim_phase		phase;
	double			t;		/* seconds since start */
	uint64_t		n;		/* samples produced */
	/* The last sample's modelled truth, before cell noise. */
	double			cop_ml_mm;
	double			cop_ap_mm;
	double			total_kg;
};

const char	*sim_profile_name(enum sim_profile);
int		 sim_profile_lookup(const char *);	/* -1 when unknown */
void		 sim_profile_get(enum sim_profile, struct sim_profile_params *);
/*
 * The sway the model uses in a phase.  The empty board gets the
 * double-stance values: the sway runs on unseen there, carrying no load.
 */
void		 sim_sway_get(enum sim_profile, enum sim_phase, struct sim_sway *);
/*
 * Where the COP sits on average in a phase (the set point), mm, for the
 * given parameters; the empty board gives (0, 0).
 */
void		 sim_set_point(const struct sim_params *, enum sim_phase,
		    double *ml_mm, double *ap_mm);

void		 sim_params_init(struct sim_params *);	/* defaults, neutral */
/*
 * Start a model on an empty board.  CORE_ERR_ARG when a parameter is out
 * of range (rate not in (0, 100000], mass not in (0, 500], a spacing that
 * puts the feet outside the board, a negative noise, a bad geometry or
 * profile).
 */
enum core_status sim_init(struct sim_model *, const struct sim_params *);
/* Change phase; the person moves to it over about half a second. */
void		 sim_set_phase(struct sim_model *, enum sim_phase);
/* The next sample's four cell loads in kg (TL, TR, BL, BR). */
void		 sim_next(struct sim_model *, double load[CELL_COUNT]);

/*
 * A scripted session, for a sim board that runs on its own: which phase
 * the person is in t seconds after the board was switched on.  It repeats
 * every SIM_SCRIPT_PERIOD_S:
 *   0-1 s empty; 1-31 s both feet (30 s, above ISPGR's 25 s minimum);
 *   31-41 s left leg; 41-44 s both; 44-54 s right leg; 54-57 s both;
 *   57-60 s empty (stepped off).
 */
enum sim_phase	 sim_script_phase(double t);
#define SIM_SCRIPT_PERIOD_S	60.0

#endif
