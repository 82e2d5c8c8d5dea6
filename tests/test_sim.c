/*
 * test_sim.c: the simulated person (src/board/sim_model.c).
 *
 * The statistics go through the core: cell loads -> cop_from_cells() ->
 * means and SDs.  Each tolerance is four standard errors worked out from
 * the model's own sway (sim_sway_get()), not tuned to pass:
 *  - the sway w of one axis is an OU process (tau_s) through a lag
 *    (tau_f); its autocorrelation is rho(t) = (tau_s e^(-t/tau_s) - tau_f
 *    e^(-t/tau_f)) / (tau_s - tau_f), whose integral over all t is
 *    2 (tau_s + tau_f), so a mean over T seconds has the SE
 *    sd sqrt(2 (tau_s + tau_f) / T);
 *  - a sample variance over T seconds has the relative SE
 *    sqrt(4 I / T) with I the integral of rho^2 over t >= 0 (Gaussian
 *    process), so an SD has half that.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <string.h>

#include "board/sim_model.h"
#include "core/asymmetry.h"
#include "core/cop.h"
#include "testutil.h"

#define SETTLE_S	5.0	/* 33 tau_move and 10 tau_slow: stationary */
#define NSE		4.0

struct cop_stats {
	size_t	n;
	double	mean[2];	/* ML, AP */
	double	sd[2];
	double	vel_sd[2];	/* SD of the difference quotient */
	double	mean_total;
};

/* Integral over t >= 0 of rho(t)^2 for the sway, in closed form. */
static double
rho_squared_integral(const struct sim_sway *sw)
{
	const double	a = sw->tau_slow_s, b = sw->tau_fast_s;

	return (a * a * a / 2.0 - 2.0 * a * a * b * b / (a + b) +
	    b * b * b / 2.0) / ((a - b) * (a - b));
}

/* SE of a T-second mean of a sway of this SD. */
static double
mean_se(double sd, const struct sim_sway *sw, double t)
{
	return sd * sqrt(2.0 * (sw->tau_slow_s + sw->tau_fast_s) / t);
}

/* Relative SE of a T-second SD. */
static double
sd_rel_se(const struct sim_sway *sw, double t)
{
	return 0.5 * sqrt(4.0 * rho_squared_integral(sw) / t);
}

/*
 * Put the model in a phase, let it settle, then measure the COP over
 * seconds through cop_from_cells().
 */
static void
measure(struct sim_model *m, enum sim_phase phase, double seconds,
    struct cop_stats *st)
{
	const size_t	settle = (size_t)(SETTLE_S * m->p.rate_hz);
	const size_t	n = (size_t)(seconds * m->p.rate_hz);
	const double	dt = 1.0 / m->p.rate_hz;
	double		sum[2] = { 0 }, ss[2] = { 0 }, vs[2] = { 0 };
	double		prev[2] = { 0 }, tot = 0.0;
	double		load[CELL_COUNT];

	sim_set_phase(m, phase);
	for (size_t i = 0; i < settle; i++)
		sim_next(m, load);
	/* Welford's running mean and variance. */
	for (size_t i = 0; i < n; i++) {
		struct cop_sample	c;
		double			v[2];

		sim_next(m, load);
		ck_assert_int_eq(cop_from_cells(&m->p.geometry, load, &c),
		    CORE_OK);
		v[0] = c.ml_mm;
		v[1] = c.ap_mm;
		tot += c.total;
		for (int k = 0; k < 2; k++) {
			const double	d = v[k] - sum[k];

			sum[k] += d / (double)(i + 1);
			ss[k] += d * (v[k] - sum[k]);
			if (i > 0)
				vs[k] += (v[k] - prev[k]) * (v[k] - prev[k]) /
				    (dt * dt);
			prev[k] = v[k];
		}
	}
	st->n = n;
	for (int k = 0; k < 2; k++) {
		st->mean[k] = sum[k];
		st->sd[k] = sqrt(ss[k] / (double)(n - 1));
		st->vel_sd[k] = sqrt(vs[k] / (double)(n - 1));
	}
	st->mean_total = tot / (double)n;
}

static void
model_with_noise(struct sim_model *m, enum sim_profile profile,
    uint64_t seed, double rate, double noise_kg)
{
	struct sim_params	p;

	sim_params_init(&p);
	p.profile = profile;
	p.seed = seed;
	p.rate_hz = rate;
	p.cell_noise_kg = noise_kg;
	ck_assert_int_eq(sim_init(m, &p), CORE_OK);
}

/* With the default cell noise. */
static void
model_for(struct sim_model *m, enum sim_profile profile, uint64_t seed,
    double rate)
{
	struct sim_params	p;

	sim_params_init(&p);
	model_with_noise(m, profile, seed, rate, p.cell_noise_kg);
}

START_TEST(same_seed_same_stream)
{
	struct sim_model	a, b, c;
	double			la[CELL_COUNT], lb[CELL_COUNT], lc[CELL_COUNT];
	size_t			differ = 0;

	model_for(&a, SIM_UNSTEADY, 12345, 100);
	model_for(&b, SIM_UNSTEADY, 12345, 100);
	model_for(&c, SIM_UNSTEADY, 12346, 100);
	for (int i = 0; i < 20000; i++) {
		const enum sim_phase	ph = sim_script_phase(i / 100.0);

		sim_set_phase(&a, ph);
		sim_set_phase(&b, ph);
		sim_set_phase(&c, ph);
		sim_next(&a, la);
		sim_next(&b, lb);
		sim_next(&c, lc);
		ck_assert_mem_eq(la, lb, sizeof la);
		differ += memcmp(la, lc, sizeof la) != 0;
	}
	ck_assert_uint_eq(differ, 20000);
}
END_TEST

START_TEST(cells_invert_cop_exactly)
{
	for (int prof = 0; prof < SIM_PROFILE_COUNT; prof++) {
		struct sim_params	p;
		struct sim_model	m;
		double			load[CELL_COUNT];

		sim_params_init(&p);
		p.profile = (enum sim_profile)prof;
		p.cell_noise_kg = 0.0;
		p.seed = 7 + (uint64_t)prof;
		ck_assert_int_eq(sim_init(&m, &p), CORE_OK);
		for (int i = 0; i < 6000; i++) {
			struct cop_sample	c;

			sim_set_phase(&m, sim_script_phase(i / 100.0));
			sim_next(&m, load);
			if (m.total_kg < 1e-3)
				continue;	/* not on the board yet */
			for (int k = 0; k < CELL_COUNT; k++)
				ck_assert(load[k] >= 0.0);
			ck_assert_int_eq(cop_from_cells(&p.geometry, load, &c),
			    CORE_OK);
			ck_assert(fabs(c.ml_mm - m.cop_ml_mm) < 1e-9);
			ck_assert(fabs(c.ap_mm - m.cop_ap_mm) < 1e-9);
			ck_assert(fabs(c.total - m.total_kg) < 1e-9);
			/* A rigid plate on equal springs: no twist. */
			ck_assert(fabs(load[CELL_TL] + load[CELL_BR] -
			    load[CELL_TR] - load[CELL_BL]) < 1e-9);
		}
	}
}
END_TEST

START_TEST(neutral_sway_matches_parameters)
{
	const double		t = 2400;
	struct sim_model	m;
	struct sim_sway		sw;
	struct cop_stats	st;
	double			rel;

	model_for(&m, SIM_NEUTRAL, 99, 100);
	sim_sway_get(SIM_NEUTRAL, SIM_PHASE_BOTH, &sw);
	measure(&m, SIM_PHASE_BOTH, t, &st);
	rel = NSE * sd_rel_se(&sw, t);
	ck_assert_msg(fabs(st.sd[0] / sw.sd_ml_mm - 1) < rel, "ML sd %g",
	    st.sd[0]);
	ck_assert_msg(fabs(st.sd[1] / sw.sd_ap_mm - 1) < rel, "AP sd %g",
	    st.sd[1]);
	ck_assert(fabs(st.mean[0]) < NSE * mean_se(sw.sd_ml_mm, &sw, t));
	ck_assert(fabs(st.mean[1]) < NSE * mean_se(sw.sd_ap_mm, &sw, t));
	ck_assert(tu_close(st.mean_total, m.p.mass_kg, 1e-4, 0));
}
END_TEST

START_TEST(velocity_does_not_depend_on_rate)
{
	/*
	 * Var(w') = sd^2 / (tau_s tau_f).  The difference quotient at dt
	 * reads low by dt (tau_s + tau_f) / (3 tau_s tau_f), 1.4 % at 100 Hz;
	 * the SE uses the bound I_v <= 2 tau_s tau_f / (tau_s - tau_f) for
	 * the velocity's rho^2 integral.  Cell noise is off: at 1000 Hz it
	 * would swamp a finite difference, as on a real board.
	 */
	const double	rates[] = { 50, 1000 };
	const double	t = 600;

	for (size_t r = 0; r < 2; r++) {
		struct sim_params	p;
		struct sim_model	m;
		struct sim_sway		sw;
		struct cop_stats	st;
		double			want, bias, rel;

		sim_params_init(&p);
		p.cell_noise_kg = 0.0;
		p.rate_hz = rates[r];
		p.seed = 5;
		ck_assert_int_eq(sim_init(&m, &p), CORE_OK);
		sim_sway_get(SIM_NEUTRAL, SIM_PHASE_BOTH, &sw);
		measure(&m, SIM_PHASE_BOTH, t, &st);
		bias = 1.0 - (1.0 / rates[r]) * (sw.tau_slow_s + sw.tau_fast_s) /
		    (3.0 * sw.tau_slow_s * sw.tau_fast_s);
		rel = NSE * 0.5 * sqrt(4.0 * 2.0 * sw.tau_slow_s *
		    sw.tau_fast_s / (sw.tau_slow_s - sw.tau_fast_s) / t);
		want = sw.sd_ml_mm / sqrt(sw.tau_slow_s * sw.tau_fast_s) *
		    sqrt(bias);
		ck_assert_msg(fabs(st.vel_sd[0] / want - 1) < rel,
		    "%g Hz: ML velocity SD %g, want %g", rates[r], st.vel_sd[0],
		    want);
		want = sw.sd_ap_mm / sqrt(sw.tau_slow_s * sw.tau_fast_s) *
		    sqrt(bias);
		ck_assert_msg(fabs(st.vel_sd[1] / want - 1) < rel,
		    "%g Hz: AP velocity SD %g, want %g", rates[r], st.vel_sd[1],
		    want);
	}
}
END_TEST

START_TEST(pronated_left_single_leg_is_medial)
{
	const double			t = 60;
	struct sim_model		m;
	struct sim_sway			sw;
	struct sim_profile_params	pp;
	struct cop_stats		st;
	double				line;

	model_for(&m, SIM_PRONATED_LEFT, 2024, 100);
	sim_profile_get(SIM_PRONATED_LEFT, &pp);
	sim_sway_get(SIM_PRONATED_LEFT, SIM_PHASE_LEFT, &sw);
	ck_assert(pp.left_shift_mm > 0);	/* medial of the left foot */
	measure(&m, SIM_PHASE_LEFT, t, &st);
	line = -m.p.foot_spacing_mm / 2;
	ck_assert_msg(fabs(st.mean[0] - line - pp.left_shift_mm) <
	    NSE * mean_se(sw.sd_ml_mm, &sw, t), "mean ML %g", st.mean[0]);
	/* The same person on the right leg: no shift there. */
	measure(&m, SIM_PHASE_RIGHT, t, &st);
	ck_assert(fabs(st.mean[0] + line) < NSE * mean_se(sw.sd_ml_mm, &sw, t));
}
END_TEST

START_TEST(pronated_left_double_stance_moves_to_midline)
{
	const double			t = 300;
	struct sim_model		m;
	struct sim_sway			sw;
	struct sim_profile_params	pp;
	struct cop_stats		st;
	double				want;

	model_for(&m, SIM_PRONATED_LEFT, 77, 100);
	sim_profile_get(SIM_PRONATED_LEFT, &pp);
	sim_sway_get(SIM_PRONATED_LEFT, SIM_PHASE_BOTH, &sw);
	measure(&m, SIM_PHASE_BOTH, t, &st);
	want = (1 - pp.right_share) * pp.left_shift_mm;
	ck_assert(want > NSE * mean_se(sw.sd_ml_mm, &sw, t));
	ck_assert_msg(fabs(st.mean[0] - want) <
	    NSE * mean_se(sw.sd_ml_mm, &sw, t), "mean ML %g", st.mean[0]);
}
END_TEST

START_TEST(supinated_right_single_leg_is_lateral)
{
	const double			t = 60;
	struct sim_model		m;
	struct sim_sway			sw;
	struct sim_profile_params	pp;
	struct cop_stats		st;

	model_for(&m, SIM_SUPINATED_RIGHT, 31, 100);
	sim_profile_get(SIM_SUPINATED_RIGHT, &pp);
	sim_sway_get(SIM_SUPINATED_RIGHT, SIM_PHASE_RIGHT, &sw);
	measure(&m, SIM_PHASE_RIGHT, t, &st);
	ck_assert_msg(fabs(st.mean[0] - m.p.foot_spacing_mm / 2 -
	    pp.right_shift_mm) < NSE * mean_se(sw.sd_ml_mm, &sw, t),
	    "mean ML %g", st.mean[0]);
}
END_TEST

START_TEST(asymmetric_right_share)
{
	const double			t = 60;
	struct sim_model		m;
	struct sim_sway			sw;
	struct sim_profile_params	pp;
	struct cop_stats		st;
	struct board_weight_bearing	wb;
	double				tol;

	model_for(&m, SIM_ASYMMETRIC_RIGHT, 58, 100);
	sim_profile_get(SIM_ASYMMETRIC_RIGHT, &pp);
	sim_sway_get(SIM_ASYMMETRIC_RIGHT, SIM_PHASE_BOTH, &sw);
	measure(&m, SIM_PHASE_BOTH, t, &st);
	ck_assert_int_eq(board_weight_bearing(st.mean[0], m.p.foot_spacing_mm,
	    &wb), CORE_OK);
	/* right % = 50 + 100 x / d, so its SE is 100 SE(x) / d. */
	tol = NSE * 100 * mean_se(sw.sd_ml_mm, &sw, t) / m.p.foot_spacing_mm;
	ck_assert_msg(fabs(wb.right_pct - 100 * pp.right_share) < tol,
	    "right %g %%", wb.right_pct);
	ck_assert(100 * pp.right_share - 50 > 2 * tol);
}
END_TEST

START_TEST(unsteady_sways_twice_as_much)
{
	const double		t = 600;
	struct sim_model	a, b;
	struct sim_sway		swa, swb;
	struct cop_stats	sa, sb;
	double			rel;

	/*
	 * No cell noise: at 100 Hz its velocity (sqrt 2 * 0.03 mm / 10 ms)
	 * would hide the sway's.
	 */
	model_with_noise(&a, SIM_NEUTRAL, 1001, 100, 0.0);
	model_with_noise(&b, SIM_UNSTEADY, 1002, 100, 0.0);
	sim_sway_get(SIM_NEUTRAL, SIM_PHASE_BOTH, &swa);
	sim_sway_get(SIM_UNSTEADY, SIM_PHASE_BOTH, &swb);
	ck_assert(tu_close(swb.sd_ml_mm / swa.sd_ml_mm, 2.0, 1e-12, 0));
	measure(&a, SIM_PHASE_BOTH, t, &sa);
	measure(&b, SIM_PHASE_BOTH, t, &sb);
	rel = NSE * hypot(sd_rel_se(&swa, t), sd_rel_se(&swb, t));
	for (int k = 0; k < 2; k++)
		ck_assert_msg(fabs(sb.sd[k] / sa.sd[k] / 2.0 - 1) < rel,
		    "axis %d: %g / %g", k, sb.sd[k], sa.sd[k]);
	/* Faster too: the velocity grows by more than the amplitude. */
	for (int k = 0; k < 2; k++)
		ck_assert(sb.vel_sd[k] / sa.vel_sd[k] > 2.0 * (1 + rel));
}
END_TEST

START_TEST(empty_board_reads_noise)
{
	struct sim_model	m;
	double			load[CELL_COUNT], sum[CELL_COUNT] = { 0 };
	double			ss[CELL_COUNT] = { 0 };
	const int		n = 2000;

	model_for(&m, SIM_NEUTRAL, 3, 100);
	for (int i = 0; i < n; i++) {
		sim_next(&m, load);
		for (int c = 0; c < CELL_COUNT; c++) {
			sum[c] += load[c];
			ss[c] += load[c] * load[c];
		}
	}
	for (int c = 0; c < CELL_COUNT; c++) {
		const double	mean = sum[c] / n;
		const double	sd = sqrt(ss[c] / n - mean * mean);

		/* White noise: SE of the mean sd/sqrt(n), of the SD sd/sqrt(2n). */
		ck_assert(fabs(mean) < NSE * m.p.cell_noise_kg / sqrt(n));
		ck_assert(fabs(sd / m.p.cell_noise_kg - 1) < NSE / sqrt(2.0 * n));
	}
}
END_TEST

START_TEST(stepping_on_and_off)
{
	struct sim_model	m;
	double			load[CELL_COUNT];

	model_for(&m, SIM_NEUTRAL, 4, 100);
	sim_set_phase(&m, SIM_PHASE_BOTH);
	sim_next(&m, load);
	/* One 10 ms step into a 0.15 s glide: 1 - e^(-1/15) of the way. */
	ck_assert(tu_close(m.total_kg, 70 * (1 - exp(-0.01 / 0.15)), 1e-9, 0));
	for (int i = 0; i < 99; i++)
		sim_next(&m, load);
	ck_assert(tu_close(m.total_kg, 70 * (1 - exp(-1.0 / 0.15)), 1e-9, 0));
	sim_set_phase(&m, SIM_PHASE_LEFT);
	for (int i = 0; i < 100; i++)
		sim_next(&m, load);
	/* Shifted onto the left foot, 100 mm left of centre, give or take. */
	ck_assert(m.cop_ml_mm < -60 && m.cop_ml_mm > -140);
	sim_set_phase(&m, SIM_PHASE_EMPTY);
	for (int i = 0; i < 200; i++)
		sim_next(&m, load);
	ck_assert(m.total_kg < 70 * exp(-2.0 / 0.15) * 1.0001);
	ck_assert_uint_eq(m.n, 400);
	ck_assert(tu_close(m.t, 4.0, 1e-12, 0));
}
END_TEST

START_TEST(script_and_names)
{
	static const struct {
		double		t;
		enum sim_phase	phase;
	} want[] = {
		{ 0, SIM_PHASE_EMPTY }, { 0.99, SIM_PHASE_EMPTY },
		{ 1, SIM_PHASE_BOTH }, { 30.9, SIM_PHASE_BOTH },
		{ 31, SIM_PHASE_LEFT }, { 42, SIM_PHASE_BOTH },
		{ 44, SIM_PHASE_RIGHT }, { 55, SIM_PHASE_BOTH },
		{ 57.5, SIM_PHASE_EMPTY }, { 60.5, SIM_PHASE_EMPTY },
		{ 61.5, SIM_PHASE_BOTH }, { -1, SIM_PHASE_EMPTY },
	};

	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		ck_assert_msg(sim_script_phase(want[i].t) == want[i].phase,
		    "t = %g", want[i].t);
	for (int p = 0; p < SIM_PROFILE_COUNT; p++)
		ck_assert_int_eq(sim_profile_lookup(sim_profile_name(
		    (enum sim_profile)p)), p);
	ck_assert_int_eq(sim_profile_lookup("pronated-left"),
	    SIM_PRONATED_LEFT);
	ck_assert_int_eq(sim_profile_lookup("Asymmetric-Right"),
	    SIM_ASYMMETRIC_RIGHT);
	ck_assert_int_eq(sim_profile_lookup("pronated"), -1);
	ck_assert_int_eq(sim_profile_lookup(NULL), -1);
}
END_TEST

START_TEST(bad_parameters_refused)
{
	struct sim_params	p;
	struct sim_model	m;

	sim_params_init(&p);
	ck_assert_int_eq(sim_init(&m, &p), CORE_OK);
	p.rate_hz = 0;
	ck_assert_int_eq(sim_init(&m, &p), CORE_ERR_ARG);
	sim_params_init(&p);
	p.mass_kg = NAN;
	ck_assert_int_eq(sim_init(&m, &p), CORE_ERR_ARG);
	sim_params_init(&p);
	p.foot_spacing_mm = BOARD_WII_WIDTH_MM;	/* feet on the cells' line */
	ck_assert_int_eq(sim_init(&m, &p), CORE_ERR_ARG);
	sim_params_init(&p);
	p.cell_noise_kg = -1;
	ck_assert_int_eq(sim_init(&m, &p), CORE_ERR_ARG);
	sim_params_init(&p);
	p.profile = SIM_PROFILE_COUNT;
	ck_assert_int_eq(sim_init(&m, &p), CORE_ERR_ARG);
	sim_params_init(&p);
	p.seed = 0;	/* allowed: the seed is spread before use */
	ck_assert_int_eq(sim_init(&m, &p), CORE_OK);
	ck_assert(m.rng != 0);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("sim");
	TCase	*tc = tcase_create("sim");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, same_seed_same_stream);
	tcase_add_test(tc, cells_invert_cop_exactly);
	tcase_add_test(tc, neutral_sway_matches_parameters);
	tcase_add_test(tc, velocity_does_not_depend_on_rate);
	tcase_add_test(tc, pronated_left_single_leg_is_medial);
	tcase_add_test(tc, pronated_left_double_stance_moves_to_midline);
	tcase_add_test(tc, supinated_right_single_leg_is_lateral);
	tcase_add_test(tc, asymmetric_right_share);
	tcase_add_test(tc, unsteady_sways_twice_as_much);
	tcase_add_test(tc, empty_board_reads_noise);
	tcase_add_test(tc, stepping_on_and_off);
	tcase_add_test(tc, script_and_names);
	tcase_add_test(tc, bad_parameters_refused);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
