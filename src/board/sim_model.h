/*
 * sim_model.h: a seeded stochastic model of a person on a balance board,
 * for the simulated board (sim transport), demos and tests.
 *
 * Quiet standing is modelled as the centre of pressure following two
 * independent Ornstein-Uhlenbeck processes (ML and AP) about a set point,
 * the classic description of quiet-stance sway as a mean-reverting random
 * walk (Collins & De Luca 1993, Exp Brain Res 95:308, for the diffusion
 * picture); RMS amplitudes follow the healthy-adult ranges of the evidence
 * sheet §8.4 (ML about 3 mm, AP about 5 mm).  Profiles shift the set point
 * and scale the sway; phases script stepping on, standing, single-leg
 * stance per side and stepping off.  The person's load is split into the
 * four cells by inverting the COP formula of cop.h.  Everything is
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

struct sim_params {
	enum sim_profile	profile;
	uint64_t		seed;
	double			rate_hz;	/* samples per second */
	double			mass_kg;	/* default 70 */
	double			foot_spacing_mm; /* between feet centre lines */
	struct board_geometry	geometry;
};

struct sim_model {
	struct sim_params	p;
	uint64_t		rng;
	double			x, y;		/* sway about the set point, mm */
	enum sim_phase		phase;
	double			t;		/* seconds since start */
	uint64_t		n;		/* samples produced */
};

const char	*sim_profile_name(enum sim_profile);
int		 sim_profile_lookup(const char *);	/* -1 when unknown */
void		 sim_params_init(struct sim_params *);	/* defaults, neutral */
void		 sim_init(struct sim_model *, const struct sim_params *);
void		 sim_set_phase(struct sim_model *, enum sim_phase);
/* The next sample's four cell loads in kg (TL, TR, BL, BR). */
void		 sim_next(struct sim_model *, double load[CELL_COUNT]);

#endif
