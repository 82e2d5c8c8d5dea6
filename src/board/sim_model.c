/*
 * sim_model.c: the simulated person on the simulated board.
 *
 * The model.  Per axis (ML x, AP y) the COP is a set point c plus a sway
 * w.  The sway is an Ornstein-Uhlenbeck process s smoothed by a lag:
 *
 *	ds = -s / tau_slow dt + q dW,		dw = (s - w) / tau_fast dt,
 *
 * whose stationary variance is Var(w) = q^2 tau_slow^2 / (2 (tau_slow +
 * tau_fast)) and whose velocity variance is Var(w') = Var(w) / (tau_slow
 * tau_fast).  q is chosen so that Var(w) = sd^2.  A plain OU process has no
 * velocity (its path length grows without bound as the sample rate rises);
 * the lag gives it one.  It is advanced in substeps of at most 1 ms, s
 * exactly (s <- a s + sd_s sqrt(1 - a^2) N(0,1), a = exp(-h / tau_slow),
 * sd_s^2 = sd^2 (tau_slow + tau_fast) / tau_slow) and w by the exact
 * response of the lag to a held s, so the statistics do not depend on the
 * rate asked for.  The set point and the load F on the board glide to
 * their targets as c <- c + (c* - c)(1 - exp(-h / tau_move)), which is how
 * stepping on and off and shifting onto one leg look.
 *
 * Parameters, double stance (SIM_PHASE_BOTH), neutral:
 *  - sd ML 3.0 mm, AP 5.0 mm: the one pinned data point of the evidence
 *    sheet §8.4 (Wuehr et al. 2014, eyes open: ML 3.3, AP 5.0 mm) inside
 *    its ranges (ML 1-4 mm, AP 2-5 mm);
 *  - tau_slow 1.0 s: Collins & De Luca 1993 see sway turn from a diffusing
 *    to a mean-reverting walk after about a second;
 *  - tau_fast 0.3 s: chosen so that the velocity SD, sd / sqrt(0.3 s^2),
 *    is 5.5 mm/s ML and 9.1 mm/s AP, a planar mean velocity of about
 *    9 mm/s, inside the 6-12 mm/s of §8.4; it puts the spectrum's corners
 *    at 0.16 and 0.53 Hz, under the ~2 Hz where quiet-stance power lies
 *    (§8.1).  The 95 % ellipse is pi 5.991 sd_ml sd_ap = 282 mm^2, inside
 *    50-300 mm^2 (§8.4).
 * Single-leg stance (SIM_PHASE_LEFT, _RIGHT): sd ML 5.0, AP 6.0 mm,
 *    tau_slow 0.5 s, tau_fast 0.15 s: larger and faster, a 95 % ellipse of
 *    565 mm^2 and per-axis mean velocities of about 15 (ML) and 17 (AP)
 *    mm/s, below the cut-offs that marked fallers among older adults
 *    (Oliveira et al. 2018, §8.4: 10.3 cm^2, ML 34 and AP 29 mm/s) as a
 *    healthy person should be.  [Modelling choice, no cited norm.]
 * tau_move 0.15 s: a step or a weight shift completes (95 %) in about
 *    0.45 s.  [Modelling choice.]
 * Body mass 70 kg and cell noise 0.005 kg SD per cell, white, are the
 *    defaults of sim_params_init().  The HX711 datasheet gives 90 nV rms
 *    input noise at 80 samples/s and gain 128, about 1 g on a 50 kg cell
 *    of 1 mV/V at 5 V; DIY boards pick up a few times that.
 * Feet centre lines 200 mm apart (about hip width, the kiosk protocol's
 *    stance of §8.1), symmetric about the board's centre, the set point in
 *    AP at the centre.
 *
 * Set points.  A foot's own pressure centre sits shift mm (positive to
 * the right) from its centre line; with right share r of the weight:
 *	both feet	x* = r (d/2 + shift_R) + (1 - r)(-d/2 + shift_L)
 *	left leg	x* = -d/2 + shift_L
 *	right leg	x* = d/2 + shift_R
 * and y* = 0, F* = the body mass (0 for the empty board).
 *
 * Profiles (sim_profile_get()):
 *  - neutral: r = 0.5, no shifts, sway as above;
 *  - pronated-left: the left foot loads its medial side, shift_L = +8 mm
 *    (towards the midline).  A pronated foot rolls in; 8 mm, a little under
 *    a tenth of a forefoot's width, is a clear modelling choice, large
 *    against the standard error of a 60 s single-leg mean (~0.7 mm) yet
 *    small against the stance.  In double stance the whole COP moves
 *    right by (1 - r) 8 = 4 mm, towards the midline from the left foot;
 *  - supinated-right: the right foot loads its lateral side, shift_R = +8
 *    mm (away from the midline);
 *  - unsteady: every sd times 2 and every sway time constant times 0.7,
 *    so velocities grow by 2 / 0.7 = 2.9 (sway "larger and faster");
 *  - asymmetric-right: r = 0.58, 58 % of the weight on the right foot, the
 *    edge of the 45-55 % display band of §5.6 and a bit beyond.
 *
 * The cells.  Four unknown loads, three equations (sum, ML moment, AP
 * moment): the fourth comes from the board being a rigid plate on four
 * equal springs, whose corners stay in one plane, so TL + BR = TR + BL.
 * With a = 2x/W and b = 2y/L that gives
 *	TL = F/4 (1 - a + b)	TR = F/4 (1 + a + b)
 *	BL = F/4 (1 - a - b)	BR = F/4 (1 + a - b)
 * which cop_from_cells() turns back into (x, y) exactly.  The loads stay
 * non-negative while |a| + |b| <= 1; a COP beyond that diamond (a very
 * large excursion) is pulled back onto it.  Then each cell gets its noise.
 *
 * Random numbers: xorshift64* (Vigna, "An experimental exploration of
 * Marsaglia's xorshift generators, scrambled", ACM TOMS 2016) seeded
 * through splitmix64 (Steele, Lea & Flood, OOPSLA 2014) so that nearby
 * seeds give unrelated streams; normals by the Box-Muller transform.
 */
#include <config.h>

#include <math.h>
#include <string.h>
#include <strings.h>

#include "board/sim_model.h"

#define SUBSTEP_MAX_S	0.001
#define TAU_MOVE_S	0.15

static const struct sim_sway sway_both = { 3.0, 5.0, 1.0, 0.3 };
static const struct sim_sway sway_single = { 5.0, 6.0, 0.5, 0.15 };

static const char *const profile_names[SIM_PROFILE_COUNT] = {
	"neutral", "pronated-left", "supinated-right", "unsteady",
	"asymmetric-right"
};

/* The top comment gives the reason for every number here. */
static const struct sim_profile_params profiles[SIM_PROFILE_COUNT] = {
	[SIM_NEUTRAL] =		{ 0.50, 0.0, 0.0, 1.0, 1.0 },
	[SIM_PRONATED_LEFT] =	{ 0.50, 8.0, 0.0, 1.0, 1.0 },
	[SIM_SUPINATED_RIGHT] =	{ 0.50, 0.0, 8.0, 1.0, 1.0 },
	[SIM_UNSTEADY] =	{ 0.50, 0.0, 0.0, 2.0, 0.7 },
	[SIM_ASYMMETRIC_RIGHT] = { 0.58, 0.0, 0.0, 1.0, 1.0 }
};

const char *
sim_profile_name(enum sim_profile p)
{
	return (unsigned)p < SIM_PROFILE_COUNT ? profile_names[p] : "?";
}

int
sim_profile_lookup(const char *name)
{
	if (name == NULL)
		return -1;
	for (int i = 0; i < SIM_PROFILE_COUNT; i++)
		if (strcasecmp(name, profile_names[i]) == 0)
			return i;
	return -1;
}

void
sim_profile_get(enum sim_profile p, struct sim_profile_params *out)
{
	*out = profiles[(unsigned)p < SIM_PROFILE_COUNT ? p : SIM_NEUTRAL];
}

void
sim_sway_get(enum sim_profile p, enum sim_phase phase, struct sim_sway *out)
{
	struct sim_profile_params	pp;

	sim_profile_get(p, &pp);
	*out = (phase == SIM_PHASE_LEFT || phase == SIM_PHASE_RIGHT) ?
	    sway_single : sway_both;
	out->sd_ml_mm *= pp.sway_scale;
	out->sd_ap_mm *= pp.sway_scale;
	out->tau_slow_s *= pp.time_scale;
	out->tau_fast_s *= pp.time_scale;
}

void
sim_set_point(const struct sim_params *sp, enum sim_phase phase, double *ml,
    double *ap)
{
	struct sim_profile_params	pp;
	const double			half = sp->foot_spacing_mm / 2.0;

	sim_profile_get(sp->profile, &pp);
	*ap = 0.0;
	switch (phase) {
	case SIM_PHASE_BOTH:
		*ml = pp.right_share * (half + pp.right_shift_mm) +
		    (1.0 - pp.right_share) * (-half + pp.left_shift_mm);
		break;
	case SIM_PHASE_LEFT:
		*ml = -half + pp.left_shift_mm;
		break;
	case SIM_PHASE_RIGHT:
		*ml = half + pp.right_shift_mm;
		break;
	default:
		*ml = 0.0;
		break;
	}
}

void
sim_params_init(struct sim_params *sp)
{
	memset(sp, 0, sizeof *sp);
	sp->profile = SIM_NEUTRAL;
	sp->seed = 1;
	sp->rate_hz = 100.0;
	sp->mass_kg = 70.0;
	sp->foot_spacing_mm = 200.0;
	sp->cell_noise_kg = 0.005;
	sp->geometry.width_mm = BOARD_WII_WIDTH_MM;
	sp->geometry.length_mm = BOARD_WII_LENGTH_MM;
}

/* splitmix64: one step, used to spread the seed over the state. */
static uint64_t
splitmix64(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

/* xorshift64*: the next 64 random bits. */
static uint64_t
rng_next(struct sim_model *m)
{
	m->rng ^= m->rng >> 12;
	m->rng ^= m->rng << 25;
	m->rng ^= m->rng >> 27;
	return m->rng * 0x2545f4914f6cdd1dULL;
}

/* Uniform in (0, 1): the top 53 bits, centred so 0 never comes out. */
static double
rng_uniform(struct sim_model *m)
{
	return ((double)(rng_next(m) >> 11) + 0.5) * 0x1p-53;
}

/* A standard normal, Box-Muller, the second of each pair kept. */
static double
rng_normal(struct sim_model *m)
{
	double	r, th;

	if (m->has_spare) {
		m->has_spare = 0;
		return m->spare;
	}
	r = sqrt(-2.0 * log(rng_uniform(m)));
	th = 2.0 * M_PI * rng_uniform(m);
	m->spare = r * sin(th);
	m->has_spare = 1;
	return r * cos(th);
}

static int
params_valid(const struct sim_params *sp)
{
	const struct board_geometry	*g = &sp->geometry;

	return (unsigned)sp->profile < SIM_PROFILE_COUNT &&
	    isfinite(sp->rate_hz) && sp->rate_hz > 0.0 &&
	    sp->rate_hz <= 100000.0 &&
	    isfinite(sp->mass_kg) && sp->mass_kg > 0.0 &&
	    sp->mass_kg <= 500.0 &&
	    isfinite(g->width_mm) && g->width_mm > 0.0 &&
	    isfinite(g->length_mm) && g->length_mm > 0.0 &&
	    isfinite(sp->foot_spacing_mm) && sp->foot_spacing_mm > 0.0 &&
	    sp->foot_spacing_mm < g->width_mm &&
	    isfinite(sp->cell_noise_kg) && sp->cell_noise_kg >= 0.0;
}

enum core_status
sim_init(struct sim_model *m, const struct sim_params *sp)
{
	if (m == NULL || sp == NULL || !params_valid(sp))
		return CORE_ERR_ARG;
	memset(m, 0, sizeof *m);
	m->p = *sp;
	m->rng = splitmix64(sp->seed);
	if (m->rng == 0)	/* xorshift's one forbidden state */
		m->rng = 0x9e3779b97f4a7c15ULL;
	m->phase = SIM_PHASE_EMPTY;
	return CORE_OK;
}

void
sim_set_phase(struct sim_model *m, enum sim_phase phase)
{
	if (phase >= SIM_PHASE_EMPTY && phase <= SIM_PHASE_RIGHT)
		m->phase = phase;
}

/* One substep of the sway of one axis, h seconds long. */
struct sway_step {
	double	keep;		/* exp(-h / tau_slow) */
	double	kick;		/* SD of the OU's innovation */
	double	follow;		/* 1 - exp(-h / tau_fast) */
};

static void
sway_step_init(struct sway_step *st, double sd, const struct sim_sway *sw,
    double h)
{
	const double	sd_slow = sd * sqrt((sw->tau_slow_s + sw->tau_fast_s) /
	    sw->tau_slow_s);

	st->keep = exp(-h / sw->tau_slow_s);
	st->kick = sd_slow * sqrt(1.0 - st->keep * st->keep);
	st->follow = 1.0 - exp(-h / sw->tau_fast_s);
}

static void
sway_advance(struct sim_model *m, int axis, const struct sway_step *st)
{
	m->slow[axis] = st->keep * m->slow[axis] + st->kick * rng_normal(m);
	m->sway[axis] += (m->slow[axis] - m->sway[axis]) * st->follow;
}

/* Split load F at COP (x, y) over the cells of a rigid plate on springs. */
static void
split_load(const struct board_geometry *g, double f, double *x, double *y,
    double load[CELL_COUNT])
{
	double	a = 2.0 * *x / g->width_mm, b = 2.0 * *y / g->length_mm;
	double	reach = fabs(a) + fabs(b);

	if (reach > 1.0) {
		a /= reach;
		b /= reach;
		*x = a * g->width_mm / 2.0;
		*y = b * g->length_mm / 2.0;
	}
	load[CELL_TL] = f / 4.0 * (1.0 - a + b);
	load[CELL_TR] = f / 4.0 * (1.0 + a + b);
	load[CELL_BL] = f / 4.0 * (1.0 - a - b);
	load[CELL_BR] = f / 4.0 * (1.0 + a - b);
}

void
sim_next(struct sim_model *m, double load[CELL_COUNT])
{
	const double		dt = 1.0 / m->p.rate_hz;
	const int		steps = (int)ceil(dt / SUBSTEP_MAX_S - 1e-9);
	const double		h = dt / steps;
	const double		glide = 1.0 - exp(-h / TAU_MOVE_S);
	struct sim_sway		sw;
	struct sway_step	step[2];
	double			target[2], f_target, x, y;

	sim_sway_get(m->p.profile, m->phase, &sw);
	sway_step_init(&step[0], sw.sd_ml_mm, &sw, h);
	sway_step_init(&step[1], sw.sd_ap_mm, &sw, h);
	sim_set_point(&m->p, m->phase, &target[0], &target[1]);
	f_target = m->phase == SIM_PHASE_EMPTY ? 0.0 : m->p.mass_kg;
	for (int k = 0; k < steps; k++) {
		for (int axis = 0; axis < 2; axis++) {
			sway_advance(m, axis, &step[axis]);
			m->set[axis] += (target[axis] - m->set[axis]) * glide;
		}
		m->total += (f_target - m->total) * glide;
	}
	x = m->set[0] + m->sway[0];
	y = m->set[1] + m->sway[1];
	split_load(&m->p.geometry, m->total, &x, &y, load);
	m->cop_ml_mm = x;
	m->cop_ap_mm = y;
	m->total_kg = m->total;
	for (int c = 0; c < CELL_COUNT; c++)
		load[c] += m->p.cell_noise_kg * rng_normal(m);
	m->t += dt;
	m->n++;
}

enum sim_phase
sim_script_phase(double t)
{
	/* Start and end of each phase in the header's script, seconds. */
	static const struct {
		double		until;
		enum sim_phase	phase;
	} script[] = {
		{ 1.0, SIM_PHASE_EMPTY }, { 31.0, SIM_PHASE_BOTH },
		{ 41.0, SIM_PHASE_LEFT }, { 44.0, SIM_PHASE_BOTH },
		{ 54.0, SIM_PHASE_RIGHT }, { 57.0, SIM_PHASE_BOTH },
		{ SIM_SCRIPT_PERIOD_S, SIM_PHASE_EMPTY }
	};
	double	u;

	if (!isfinite(t) || t < 0.0)
		return SIM_PHASE_EMPTY;
	u = fmod(t, SIM_SCRIPT_PERIOD_S);
	for (size_t i = 0; i < sizeof script / sizeof script[0]; i++)
		if (u < script[i].until)
			return script[i].phase;
	return SIM_PHASE_EMPTY;
}
