/*
 * test_advice.c: the advice engine (src/core/advice.c) and the loader of
 * exercises.ini and advice.ini (src/screening/advice_load.c).
 *
 * The engine's rules are checked on a small rule set written here, where
 * every answer is known, and then on the shipped files: every shipped rule
 * must fire on exactly its condition, an emergency must give an empty plan
 * for any findings, balance caution must strip the risky progressions,
 * and broken files must be reported with file, section and key while the
 * built-in set keeps working.  Files go to a mkdtemp(3) directory.
 */
#include <config.h>

#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/advice.h"
#include "screening/advice_load.h"
#include "testutil.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define SIDES		(FOUND_LEFT | FOUND_RIGHT)

/* The built-in set, loaded once in main() before the tests fork. */
static struct exercise_library	builtin_lib;
static struct advice_rules	builtin_rules;
/* The small set below. */
static struct exercise_library	mini_lib;
static struct advice_rules	mini_rules;
/* Scratch, big enough not to live on the stack. */
static struct advice_plan	plan;
static struct exercise_library	lib2;
static struct advice_rules	rules2;
static struct advice_sources	src;

static const char mini_exercises[] =
	"[alpha]\nname = Alpha\naim = a\nstep1 = s\nsets = 2\nreps = 10\n"
	"cautions = c\nevidence = e\nart1 = | x |\n"
	"[beta]\nname = Beta\naim = b\nstep1 = s\nsets = 1\n"
	"hold_seconds = 30\ncautions = c\nevidence = e\nart1 = |y|\n"
	"[gamma]\nname = Gamma\naim = g\nstep1 = s\nsets = 1\nreps = 5\n"
	"cautions = c\nevidence = e\nart1 = |z|\n"
	"[stand]\nname = Stand\naim = balance\nstep1 = s\nsets = 3\n"
	"hold_seconds = 30\nper_side = yes\nsingle_leg = yes\n"
	"progression1 = arms crossed\nprogression2 = eyes shut\n"
	"progression2_risk = eyes_closed\nprogression3 = cushion\n"
	"progression3_risk = unstable_surface\n"
	"progression4 = arms out\n"
	"cautions = c\nevidence = e\nart1 = |  O  |\nart2 = | /|\\ |\n";

static const char mini_advice[] =
	"[safety]\nbalance_caution_from_age = 70\nadults_from_age = 18\n"
	"[evidence]\nsupported = S\nlimited = L\nuntested = U\n"
	"[wording]\nemergency = E\nbalance_support = B\nadults_only = A\n"
	"w1 = one\nw2 = two\nw3 = three\n"
	"[referral]\nr1 = see someone\n"
	/* 0: both findings on the same side */
	"[rule.same_side]\nall = pronated, knee_valgus\nper_side = yes\n"
	"evidence = limited\nexercises = alpha\nwording = w1\n"
	/* 1: the same findings anywhere */
	"[rule.anywhere]\nall = pronated, knee_valgus\nevidence = supported\n"
	"exercises = alpha, beta\nwording = w1, w2\n"
	/* 2: a finding without a side, an exclusion and a referral */
	"[rule.back]\nall = pain_low_back\nnone = pain_knee\n"
	"referral = r1\n"
	/* 3: an age band */
	"[rule.balance]\nall = single_leg_stance_below_age_mean\n"
	"per_side = yes\nmin_age = 40\nmax_age = 60\nevidence = limited\n"
	"exercises = stand\n"
	/* 4: urgent tier only, no findings */
	"[rule.urgent]\ntiers = urgent\nwording = w3\n"
	/* 5: a per-side exclusion */
	"[rule.mild]\nall = pronated\nnone = highly_pronated\nper_side = yes\n"
	"evidence = untested\nexercises = gamma, alpha\n";

enum { MINI_SAME_SIDE, MINI_ANYWHERE, MINI_BACK, MINI_BALANCE, MINI_URGENT,
	MINI_MILD };

/* The issue's list (issue 3 item 5), by the ids in exercises.ini. */
static const char *const issue_exercises[] = {
	"short_foot", "towel_curls", "single_leg_balance",
	"single_leg_heel_raise", "calf_stretch", "clamshell",
	"side_lying_hip_abduction", "side_plank", "hip_hinge",
	"plantar_ball_release", "kettlebell_offset_balance",
	"kettlebell_circles", "core_stability"
};

/* A scratch directory per test, removed by teardown. */
static char	tmpdir[64];

static void
setup(void)
{
	snprintf(tmpdir, sizeof tmpdir, "%s", "/tmp/fs-advice.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	/* Never read the real system files. */
	ck_assert_int_eq(setenv("FOOTSCREEN_SYSCONFDIR", tmpdir, 1), 0);
}

static void
teardown(void)
{
	char	cmd[3 * sizeof tmpdir];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmpdir);
}

/* Write len bytes of text to tmpdir/name; returns the path (static). */
static const char *
write_file(const char *name, const char *text, size_t len)
{
	static char	 path[2][256];
	static int	 turn;
	char		*p = path[turn++ & 1];
	FILE		*f;

	tu_path(p, sizeof path[0], tmpdir, name);
	ck_assert_ptr_nonnull(f = fopen(p, "wb"));
	ck_assert_uint_eq(fwrite(text, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
	return p;
}

/* The built-in text of a file as a string. */
static const char *
builtin_text(int advice)
{
	return advice ? (const char *)advice_builtin_advice :
	    (const char *)advice_builtin_exercises;
}

/*
 * The built-in text with the first occurrence of from replaced by to, in a
 * new buffer the caller frees.
 */
static char *
builtin_edit(int advice, const char *from, const char *to)
{
	const char	*text = builtin_text(advice), *at;
	char		*out;
	size_t		 len = strlen(text), head;

	ck_assert_ptr_nonnull(at = strstr(text, from));
	head = (size_t)(at - text);
	ck_assert_ptr_nonnull(out = malloc(len - strlen(from) + strlen(to) +
	    1));
	memcpy(out, text, head);
	strcpy(out + head, to);
	strcat(out, at + strlen(from));
	return out;
}

/* Findings with nothing found. */
static struct findings
none_found(void)
{
	struct findings	f;

	memset(&f, 0, sizeof f);
	return f;
}

/* Whether rule index ri fired in plan. */
static int
fired(size_t ri)
{
	for (size_t i = 0; i < plan.nfired; i++)
		if (plan.fired[i] == ri)
			return 1;
	return 0;
}

/* The plan entry of exercise id, or NULL. */
static const struct plan_exercise *
planned(const struct exercise_library *lib, const char *id)
{
	int	x = exercise_find(lib, id);

	for (size_t i = 0; x >= 0 && i < plan.nexercises; i++)
		if (plan.exercise[i].exercise == (size_t)x)
			return &plan.exercise[i];
	return NULL;
}

/* The plan's wording entry with this id, or NULL. */
static const struct plan_text *
worded(const struct advice_rules *rules, const char *id)
{
	int	t = advice_text_find(rules->wording, rules->nwording, id);

	for (size_t i = 0; t >= 0 && i < plan.nwording; i++)
		if (plan.wording[i].text == (size_t)t)
			return &plan.wording[i];
	return NULL;
}

/* The plan's referral entry with this id, or NULL. */
static const struct plan_text *
referred(const struct advice_rules *rules, const char *id)
{
	int	t = advice_text_find(rules->referral, rules->nreferrals, id);

	for (size_t i = 0; t >= 0 && i < plan.nreferrals; i++)
		if (plan.referral[i].text == (size_t)t)
			return &plan.referral[i];
	return NULL;
}

/* Plan with the mini set. */
static void
mini_plan(const struct findings *f, enum triage_tier tier, int age)
{
	ck_assert_int_eq(advice_plan(&mini_rules, &mini_lib, f, tier, age,
	    &plan), CORE_OK);
}

/* Plan with the built-in set. */
static void
builtin_plan(const struct findings *f, enum triage_tier tier, int age)
{
	ck_assert_int_eq(advice_plan(&builtin_rules, &builtin_lib, f, tier,
	    age, &plan), CORE_OK);
}

/* Whether the plan is the emergency plan: one line, nothing else. */
static int
emergency_only(const struct advice_rules *rules)
{
	return plan.nexercises == 0 && plan.nreferrals == 0 &&
	    plan.nfired == 0 && plan.nwording == 1 &&
	    plan.wording[0].text == rules->required[ADVICE_TEXT_EMERGENCY];
}

/* A small xorshift generator: the same sample on every run. */
static uint64_t
next_random(uint64_t *state)
{
	uint64_t	x = *state;

	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return *state = x;
}

/* Random findings: each present with chance 1/density, on random sides. */
static struct findings
random_findings(uint64_t *state, unsigned density)
{
	struct findings	f = none_found();
	uint64_t	r;

	for (int i = 0; i < FINDING_COUNT; i++) {
		r = next_random(state);
		if (r % density != 0)
			continue;
		if (!finding_is_sided((enum finding_id)i))
			f.where[i] = FOUND_GLOBAL;
		else
			f.where[i] = (unsigned)(1 + (r >> 8) % 3);
	}
	return f;
}

/* ------------------------------------------------------------------ */

START_TEST(test_mini_loads)
{
	ck_assert_int_eq(mini_lib.n, 4);
	ck_assert_int_eq(mini_rules.nrules, 6);
	ck_assert_str_eq(mini_lib.exercise[0].art[0], " x ");
	ck_assert_str_eq(mini_lib.exercise[3].art[1], " /|\\ ");
	ck_assert_int_eq(mini_lib.exercise[3].nprogressions, 4);
	ck_assert_int_eq(mini_lib.exercise[3].progression[1].risk,
	    RISK_EYES_CLOSED);
	ck_assert_int_eq(mini_lib.exercise[3].progression[2].risk,
	    RISK_UNSTABLE_SURFACE);
	ck_assert_int_eq(mini_lib.exercise[3].progression[3].risk, RISK_NONE);
	ck_assert_int_eq(mini_lib.exercise[1].dosage.hold_seconds, 30);
	ck_assert_int_eq(mini_lib.exercise[1].dosage.reps, 0);
	/* Default tiers: routine and self-care, never urgent. */
	ck_assert_uint_eq(mini_rules.rule[MINI_BACK].tiers,
	    1u << TRIAGE_ROUTINE | 1u << TRIAGE_SELFCARE);
	ck_assert_uint_eq(mini_rules.rule[MINI_URGENT].tiers,
	    1u << TRIAGE_URGENT);
	ck_assert_int_eq(mini_rules.caution_age, 70);
	ck_assert_int_eq(mini_rules.adult_age, 18);
	ck_assert_str_eq(mini_rules.evidence_text[EVIDENCE_UNTESTED], "U");
}
END_TEST

START_TEST(test_per_side_same_side_only)
{
	struct findings	f = none_found();

	/* Pronated left, knee valgus right: not on one side. */
	f.where[FINDING_PRONATED] = FOUND_LEFT;
	f.where[FINDING_KNEE_VALGUS] = FOUND_RIGHT;
	mini_plan(&f, TRIAGE_SELFCARE, 40);
	ck_assert(!fired(MINI_SAME_SIDE));
	ck_assert(fired(MINI_ANYWHERE));

	/* Both on the left: fires for the left only. */
	f.where[FINDING_KNEE_VALGUS] = FOUND_LEFT;
	mini_plan(&f, TRIAGE_SELFCARE, 40);
	ck_assert(fired(MINI_SAME_SIDE));
	ck_assert_uint_eq(planned(&mini_lib, "alpha")->sides, FOUND_LEFT);

	/* Both on both sides. */
	f.where[FINDING_PRONATED] = SIDES;
	f.where[FINDING_KNEE_VALGUS] = SIDES;
	mini_plan(&f, TRIAGE_SELFCARE, 40);
	ck_assert(fired(MINI_SAME_SIDE));
	ck_assert_uint_eq(planned(&mini_lib, "alpha")->sides, SIDES);

	/* One of the two missing: neither rule. */
	f.where[FINDING_KNEE_VALGUS] = 0;
	mini_plan(&f, TRIAGE_SELFCARE, 40);
	ck_assert(!fired(MINI_SAME_SIDE));
	ck_assert(!fired(MINI_ANYWHERE));
}
END_TEST

START_TEST(test_none_per_side)
{
	struct findings	f = none_found();

	/* Pronated both sides, highly pronated right: the left only. */
	f.where[FINDING_PRONATED] = SIDES;
	f.where[FINDING_HIGHLY_PRONATED] = FOUND_RIGHT;
	mini_plan(&f, TRIAGE_SELFCARE, 40);
	ck_assert(fired(MINI_MILD));
	ck_assert_uint_eq(planned(&mini_lib, "gamma")->sides, FOUND_LEFT);
	ck_assert_uint_eq(planned(&mini_lib, "gamma")->triggers.where[
	    FINDING_PRONATED], FOUND_LEFT);
	/* The excluded finding is no trigger. */
	ck_assert_uint_eq(planned(&mini_lib, "gamma")->triggers.where[
	    FINDING_HIGHLY_PRONATED], 0);

	f.where[FINDING_HIGHLY_PRONATED] = SIDES;
	mini_plan(&f, TRIAGE_SELFCARE, 40);
	ck_assert(!fired(MINI_MILD));

	/* A global exclusion: back pain, but knee pain too. */
	f = none_found();
	f.where[FINDING_PAIN_LOW_BACK] = FOUND_GLOBAL;
	mini_plan(&f, TRIAGE_ROUTINE, 40);
	ck_assert(fired(MINI_BACK));
	ck_assert_ptr_nonnull(referred(&mini_rules, "r1"));
	ck_assert_uint_eq(referred(&mini_rules, "r1")->triggers.where[
	    FINDING_PAIN_LOW_BACK], FOUND_GLOBAL);
	f.where[FINDING_PAIN_KNEE] = FOUND_GLOBAL;
	mini_plan(&f, TRIAGE_ROUTINE, 40);
	ck_assert(!fired(MINI_BACK));
	ck_assert_int_eq(plan.nreferrals, 0);
}
END_TEST

START_TEST(test_dedup_and_triggers)
{
	const struct plan_exercise	*pe;
	struct findings			 f = none_found();

	/*
	 * Pronated left and right, knee valgus left: alpha comes from
	 * same_side (left), anywhere, and mild (both sides): once, with all
	 * three rules, the strongest level and every trigger.
	 */
	f.where[FINDING_PRONATED] = SIDES;
	f.where[FINDING_KNEE_VALGUS] = FOUND_LEFT;
	mini_plan(&f, TRIAGE_SELFCARE, 40);
	ck_assert_int_eq(plan.nexercises, 3);	/* alpha, beta, gamma */
	ck_assert_ptr_nonnull(pe = planned(&mini_lib, "alpha"));
	ck_assert_int_eq(pe->nrules, 3);
	ck_assert_uint_eq(pe->rule[0], MINI_SAME_SIDE);
	ck_assert_uint_eq(pe->rule[1], MINI_ANYWHERE);
	ck_assert_uint_eq(pe->rule[2], MINI_MILD);
	ck_assert_int_eq(pe->evidence, EVIDENCE_SUPPORTED);
	ck_assert_uint_eq(pe->triggers.where[FINDING_PRONATED], SIDES);
	ck_assert_uint_eq(pe->triggers.where[FINDING_KNEE_VALGUS],
	    FOUND_LEFT);
	ck_assert_uint_eq(pe->sides, SIDES);
	/* gamma only from the untested rule. */
	ck_assert_int_eq(planned(&mini_lib, "gamma")->evidence,
	    EVIDENCE_UNTESTED);
	ck_assert_int_eq(planned(&mini_lib, "gamma")->nrules, 1);
	/* w1 named by two rules, once in the plan. */
	ck_assert_int_eq(plan.nwording, 2);
	ck_assert_uint_eq(worded(&mini_rules, "w1")->triggers.where[
	    FINDING_KNEE_VALGUS], FOUND_LEFT);
	/* Plan order: first rule first. */
	ck_assert_uint_eq(plan.exercise[0].exercise,
	    (size_t)exercise_find(&mini_lib, "alpha"));
	ck_assert_uint_eq(plan.nfired, 3);
	ck_assert_uint_eq(plan.fired[0], MINI_SAME_SIDE);
}
END_TEST

START_TEST(test_age_bounds_and_tiers)
{
	struct findings	f = none_found();

	f.where[FINDING_SLS_BELOW_AGE_MEAN] = FOUND_RIGHT;
	mini_plan(&f, TRIAGE_SELFCARE, 39);
	ck_assert(!fired(MINI_BALANCE));
	mini_plan(&f, TRIAGE_SELFCARE, 40);
	ck_assert(fired(MINI_BALANCE));
	ck_assert_uint_eq(planned(&mini_lib, "stand")->sides, FOUND_RIGHT);
	mini_plan(&f, TRIAGE_SELFCARE, 60);
	ck_assert(fired(MINI_BALANCE));
	mini_plan(&f, TRIAGE_SELFCARE, 61);
	ck_assert(!fired(MINI_BALANCE));
	/* An age bound needs a known age. */
	mini_plan(&f, TRIAGE_SELFCARE, 0);
	ck_assert(!fired(MINI_BALANCE));

	/* Tiers: the urgent rule only at urgent, the others not there. */
	mini_plan(&f, TRIAGE_URGENT, 50);
	ck_assert(fired(MINI_URGENT));
	ck_assert(!fired(MINI_BALANCE));
	ck_assert_int_eq(plan.nexercises, 0);
	mini_plan(&f, TRIAGE_ROUTINE, 50);
	ck_assert(!fired(MINI_URGENT));
	ck_assert(fired(MINI_BALANCE));
}
END_TEST

START_TEST(test_balance_caution)
{
	const struct plan_exercise	*pe;
	struct findings			 f = none_found();

	f.where[FINDING_SLS_BELOW_AGE_MEAN] = FOUND_LEFT;
	mini_plan(&f, TRIAGE_SELFCARE, 50);
	ck_assert(!plan.balance_caution);
	ck_assert_ptr_nonnull(pe = planned(&mini_lib, "stand"));
	ck_assert_uint_eq(pe->progressions, 0xfu);
	ck_assert(!pe->with_support);
	ck_assert_ptr_null(worded(&mini_rules, "balance_support"));

	/* The finding: eyes closed and cushion gone, support added. */
	f.where[FINDING_BALANCE_CAUTION] = FOUND_GLOBAL;
	mini_plan(&f, TRIAGE_SELFCARE, 50);
	ck_assert(plan.balance_caution);
	ck_assert_ptr_nonnull(pe = planned(&mini_lib, "stand"));
	ck_assert_uint_eq(pe->progressions, 0x9u);	/* 1 and 4 stay */
	ck_assert(pe->with_support);
	ck_assert_ptr_nonnull(worded(&mini_rules, "balance_support"));
	ck_assert_uint_eq(worded(&mini_rules, "balance_support")->triggers
	    .where[FINDING_BALANCE_CAUTION], FOUND_GLOBAL);

	/* No single-leg exercise: nothing to support. */
	f = none_found();
	f.where[FINDING_BALANCE_CAUTION] = FOUND_GLOBAL;
	f.where[FINDING_PRONATED] = FOUND_LEFT;
	mini_plan(&f, TRIAGE_SELFCARE, 50);
	ck_assert(plan.balance_caution);
	ck_assert_ptr_nonnull(planned(&mini_lib, "gamma"));
	ck_assert_ptr_null(worded(&mini_rules, "balance_support"));
}
END_TEST

START_TEST(test_balance_caution_by_age)
{
	struct findings	f = none_found();

	/* The rule's band ends at 60; widen it through a copy. */
	rules2 = mini_rules;
	rules2.rule[MINI_BALANCE].max_age = 0;
	f.where[FINDING_SLS_BELOW_AGE_MEAN] = SIDES;
	ck_assert_int_eq(advice_plan(&rules2, &mini_lib, &f, TRIAGE_SELFCARE,
	    69, &plan), CORE_OK);
	ck_assert(!plan.balance_caution);
	ck_assert_uint_eq(planned(&mini_lib, "stand")->progressions, 0xfu);
	ck_assert_int_eq(advice_plan(&rules2, &mini_lib, &f, TRIAGE_SELFCARE,
	    70, &plan), CORE_OK);
	ck_assert(plan.balance_caution);
	ck_assert_uint_eq(planned(&mini_lib, "stand")->progressions, 0x9u);
	ck_assert_ptr_nonnull(worded(&mini_rules, "balance_support"));
}
END_TEST

START_TEST(test_adults_only)
{
	struct findings	f = none_found();

	f.where[FINDING_PRONATED] = SIDES;
	mini_plan(&f, TRIAGE_SELFCARE, 17);
	ck_assert_int_eq(plan.nexercises, 0);
	ck_assert_int_eq(plan.nwording, 1);
	ck_assert_ptr_nonnull(worded(&mini_rules, "adults_only"));
	mini_plan(&f, TRIAGE_SELFCARE, 18);
	ck_assert_int_gt(plan.nexercises, 0);
	ck_assert_ptr_null(worded(&mini_rules, "adults_only"));
	/* Unknown age: no gate. */
	mini_plan(&f, TRIAGE_SELFCARE, 0);
	ck_assert_int_gt(plan.nexercises, 0);
}
END_TEST

START_TEST(test_bad_arguments)
{
	struct findings	f = none_found();

	f.where[FINDING_PRONATED] = SIDES;
	ck_assert_int_eq(advice_plan(NULL, &mini_lib, &f, TRIAGE_SELFCARE, 40,
	    &plan), CORE_ERR_ARG);
	ck_assert_int_eq(advice_plan(&mini_rules, &mini_lib, &f,
	    (enum triage_tier)7, 40, &plan), CORE_ERR_ARG);
	ck_assert_int_eq(advice_plan(&mini_rules, &mini_lib, NULL,
	    TRIAGE_SELFCARE, 40, &plan), CORE_ERR_ARG);
	ck_assert_int_eq(advice_plan(&mini_rules, &mini_lib, &f,
	    TRIAGE_SELFCARE, 40, NULL), CORE_ERR_ARG);
	/* Rules that name an exercise the library lacks: empty plan. */
	rules2 = mini_rules;
	rules2.rule[MINI_MILD].exercise[0] = mini_lib.n;
	ck_assert_int_eq(advice_plan(&rules2, &mini_lib, &f, TRIAGE_SELFCARE,
	    40, &plan), CORE_ERR_ARG);
	ck_assert_int_eq(plan.nexercises + plan.nwording + plan.nreferrals,
	    0);
}
END_TEST

/*
 * Emergency: for every finding alone, all of them together, and a seeded
 * sample of 100000 random combinations at several ages, the plan holds the
 * emergency line and nothing else, with both rule sets.
 */
START_TEST(test_emergency_always_empty)
{
	static const int	ages[] = { 0, 12, 17, 18, 45, 69, 70, 95 };
	const struct advice_rules	*rules[] = { &mini_rules,
					    &builtin_rules };
	const struct exercise_library	*libs[] = { &mini_lib, &builtin_lib };
	struct findings		 f;
	uint64_t		 state = 0x2545f4914f6cdd1dULL;

	for (size_t s = 0; s < NELEM(rules); s++) {
		for (int i = 0; i <= FINDING_COUNT; i++) {
			f = none_found();
			for (int j = 0; j < FINDING_COUNT; j++)
				if (j == i || i == FINDING_COUNT)
					f.where[j] = finding_is_sided(
					    (enum finding_id)j) ? SIDES :
					    FOUND_GLOBAL;
			for (size_t a = 0; a < NELEM(ages); a++) {
				ck_assert_int_eq(advice_plan(rules[s], libs[s],
				    &f, TRIAGE_EMERGENCY, ages[a], &plan),
				    CORE_OK);
				ck_assert(emergency_only(rules[s]));
			}
		}
		/* One check at the end: each ck_assert costs a pipe write. */
		for (int n = 0; n < 100000; n++) {
			f = random_findings(&state, 1 + n % 4);
			if (advice_plan(rules[s], libs[s], &f,
			    TRIAGE_EMERGENCY, ages[n % NELEM(ages)], &plan) !=
			    CORE_OK || !emergency_only(rules[s]))
				ck_abort_msg("set %zu, sample %d: not the "
				    "emergency plan", s, n);
		}
	}
}
END_TEST

/* ------------------------------------------------------------------ */
/* The shipped files                                                    */

/* The shipped file data/NAME is the built-in text, byte for byte. */
static void
assert_same_as_shipped(const char *name, const unsigned char *builtin,
    size_t builtin_len)
{
	char	*text, path[512];
	size_t	 len;
	FILE	*f;
	long	 n;

	snprintf(path, sizeof path, "%s/data/%s", getenv("abs_top_srcdir"),
	    name);
	ck_assert_ptr_nonnull(f = fopen(path, "rb"));
	ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
	ck_assert_int_ge(n = ftell(f), 1);
	rewind(f);
	len = (size_t)n;
	ck_assert_ptr_nonnull(text = malloc(len));
	ck_assert_uint_eq(fread(text, 1, len, f), len);
	fclose(f);
	ck_assert_uint_eq(len, builtin_len);
	ck_assert(memcmp(text, builtin, len) == 0);
	free(text);
}

START_TEST(test_builtin_load)
{
	ck_assert_int_eq(advice_load(NULL, NULL, &lib2, &rules2, &src), 0);
	ck_assert_str_eq(src.exercises, "built-in");
	ck_assert_str_eq(src.rules, "built-in");
	ck_assert_str_eq(src.exercises_error.msg, "");
	ck_assert_str_eq(src.rules_error.msg, "");
	ck_assert_uint_eq(lib2.n, builtin_lib.n);
	ck_assert_uint_eq(rules2.nrules, builtin_rules.nrules);
	/* make check says where the sources are; by hand, say it too. */
	ck_assert_msg(getenv("abs_top_srcdir") != NULL,
	    "set abs_top_srcdir to the source tree");
	assert_same_as_shipped("exercises.ini", advice_builtin_exercises,
	    advice_builtin_exercises_len);
	assert_same_as_shipped("advice.ini", advice_builtin_advice,
	    advice_builtin_advice_len);
}
END_TEST

START_TEST(test_issue_exercises)
{
	const struct exercise	*ex;
	int			 x, eyes = 0, surface = 0;

	for (size_t i = 0; i < NELEM(issue_exercises); i++) {
		x = exercise_find(&builtin_lib, issue_exercises[i]);
		ck_assert_msg(x >= 0, "%s missing", issue_exercises[i]);
		ex = &builtin_lib.exercise[x];
		ck_assert_msg(ex->name[0] != '\0' && ex->aim[0] != '\0' &&
		    ex->nsteps >= 1 && ex->cautions[0] != '\0' &&
		    ex->evidence[0] != '\0', "%s incomplete", ex->id);
		ck_assert_int_ge(ex->dosage.sets, 1);
		ck_assert_msg(ex->dosage.reps > 0 || ex->dosage.hold_seconds >
		    0, "%s has no dose", ex->id);
		ck_assert_msg(ex->nart >= 3, "%s: a picture of %zu lines",
		    ex->id, ex->nart);
		for (size_t l = 0; l < ex->nart; l++) {
			ck_assert_uint_le(strlen(ex->art[l]),
			    EXERCISE_ART_COLS);
			for (const char *p = ex->art[l]; *p != '\0'; p++)
				ck_assert(*p >= 0x20 && *p <= 0x7e);
		}
	}
	/* Article D's doses. */
	ex = &builtin_lib.exercise[exercise_find(&builtin_lib, "short_foot")];
	ck_assert_int_eq(ex->dosage.sets, 3);
	ck_assert_int_eq(ex->dosage.reps, 10);
	ex = &builtin_lib.exercise[exercise_find(&builtin_lib,
	    "kettlebell_offset_balance")];
	ck_assert_int_eq(ex->dosage.sets, 3);
	ck_assert_int_eq(ex->dosage.hold_seconds, 10);
	ck_assert(ex->single_leg);
	/* The balance ladder: eyes open, eyes closed, unstable surface. */
	ex = &builtin_lib.exercise[exercise_find(&builtin_lib,
	    "single_leg_balance")];
	ck_assert(ex->single_leg);
	for (size_t p = 0; p < ex->nprogressions; p++) {
		eyes += ex->progression[p].risk == RISK_EYES_CLOSED;
		surface += ex->progression[p].risk == RISK_UNSTABLE_SURFACE;
	}
	ck_assert_int_eq(eyes, 1);
	ck_assert_int_eq(surface, 1);
	ck_assert_int_eq(ex->progression[0].risk, RISK_NONE);
}
END_TEST

/* The rule's own findings on side (or as a whole when not per side). */
static struct findings
rule_minimum(const struct advice_rule *r, unsigned side)
{
	struct findings	f = none_found();

	for (int i = 0; i < FINDING_COUNT; i++)
		if (r->all & FINDING_BIT(i))
			f.where[i] = finding_is_sided((enum finding_id)i) ?
			    side : FOUND_GLOBAL;
	return f;
}

/* An age the rule accepts. */
static int
rule_age(const struct advice_rule *r)
{
	if (r->min_age > 0)
		return r->min_age;
	if (r->max_age > 0)
		return r->max_age;
	return 45;
}

/* A tier the rule applies at. */
static enum triage_tier
rule_tier(const struct advice_rule *r)
{
	for (int t = TRIAGE_SELFCARE; t >= TRIAGE_URGENT; t--)
		if (r->tiers & (1u << t))
			return (enum triage_tier)t;
	ck_abort_msg("rule %s applies at no tier", r->id);
	return TRIAGE_SELFCARE;
}

/* Plan with the built-in set and say whether rule ri fired. */
static int
builtin_fires(size_t ri, const struct findings *f, enum triage_tier tier,
    int age)
{
	builtin_plan(f, tier, age);
	return fired(ri);
}

/*
 * Every shipped rule fires on its findings, on the side they are on, and
 * not without any one of them, with any excluded one, outside its ages or
 * at another tier.
 */
START_TEST(test_builtin_rules_exact)
{
	const struct advice_rule	*r;
	struct findings			 f, g;
	enum triage_tier		 tier;
	int				 age, nsided;

	for (size_t ri = 0; ri < builtin_rules.nrules; ri++) {
		r = &builtin_rules.rule[ri];
		tier = rule_tier(r);
		age = rule_age(r);
		f = rule_minimum(r, FOUND_RIGHT);
		ck_assert_msg(builtin_fires(ri, &f, tier, age),
		    "%s does not fire on its condition", r->id);
		/* Per side: its advice is for the right side only. */
		for (size_t i = 0; r->per_side && i < plan.nexercises; i++)
			for (size_t k = 0; k < plan.exercise[i].nrules; k++)
				if (plan.exercise[i].rule[k] == ri)
					ck_assert_uint_ne(plan.exercise[i]
					    .sides & FOUND_RIGHT, 0);
		for (int i = 0; i < FINDING_COUNT; i++) {
			if ((r->all & FINDING_BIT(i)) == 0)
				continue;
			g = f;
			g.where[i] = 0;
			ck_assert_msg(!builtin_fires(ri, &g, tier, age),
			    "%s fires without %s", r->id,
			    finding_name((enum finding_id)i));
		}
		for (int i = 0; i < FINDING_COUNT; i++) {
			if ((r->none & FINDING_BIT(i)) == 0)
				continue;
			g = f;
			g.where[i] = finding_is_sided((enum finding_id)i) ?
			    FOUND_RIGHT : FOUND_GLOBAL;
			ck_assert_msg(!builtin_fires(ri, &g, tier, age),
			    "%s fires with %s", r->id,
			    finding_name((enum finding_id)i));
			/* A per-side exclusion on the other side only. */
			if (r->per_side &&
			    finding_is_sided((enum finding_id)i)) {
				g.where[i] = FOUND_LEFT;
				ck_assert(builtin_fires(ri, &g, tier, age));
			}
		}
		/* Sided findings split across the sides. */
		nsided = 0;
		g = f;
		for (int i = 0; i < FINDING_COUNT; i++)
			if ((r->all & FINDING_BIT(i)) &&
			    finding_is_sided((enum finding_id)i) &&
			    nsided++ == 0)
				g.where[i] = FOUND_LEFT;
		if (nsided >= 2)
			ck_assert_int_eq(builtin_fires(ri, &g, tier, age),
			    !r->per_side);
		if (r->min_age > 0) {
			ck_assert(!builtin_fires(ri, &f, tier,
			    r->min_age - 1));
			ck_assert(!builtin_fires(ri, &f, tier, 0));
		}
		if (r->max_age > 0)
			ck_assert(!builtin_fires(ri, &f, tier,
			    r->max_age + 1));
		for (int t = TRIAGE_EMERGENCY; t <= TRIAGE_SELFCARE; t++)
			ck_assert_int_eq(builtin_fires(ri, &f,
			    (enum triage_tier)t, age),
			    (r->tiers & (1u << t)) != 0 &&
			    t != TRIAGE_EMERGENCY);
	}
}
END_TEST

/*
 * What breaks the sheet's wording rules in the current plan for f, or
 * NULL: insoles are offered only with foot pain, never for back pain,
 * whose plan always says so (§7.2, NICE NG59); every suggestion's triggers
 * were found; caution strips every risky progression (§4.4).
 */
static const char *
plan_problem(const struct findings *f)
{
	const struct plan_exercise	*pe;
	const struct exercise		*ex;
	int				 back, foot;

	back = f->where[FINDING_PAIN_LOW_BACK] != 0;
	foot = f->where[FINDING_PAIN_HEEL_FOOT] != 0;
	if ((worded(&builtin_rules, "insoles_back") != NULL) != back)
		return "insoles_back is there iff back pain is";
	if (!foot && worded(&builtin_rules, "insoles_foot") != NULL)
		return "insoles_foot without foot pain";
	if (!foot && referred(&builtin_rules, "podiatrist") != NULL)
		return "a podiatrist without foot pain";
	for (size_t i = 0; i < plan.nexercises; i++) {
		pe = &plan.exercise[i];
		ex = &builtin_lib.exercise[pe->exercise];
		for (int k = 0; k < FINDING_COUNT; k++)
			if ((pe->triggers.where[k] & ~f->where[k] & SIDES) != 0)
				return "a trigger that was not found";
		if (!plan.balance_caution)
			continue;
		for (size_t p = 0; p < ex->nprogressions; p++)
			if (ex->progression[p].risk != RISK_NONE &&
			    (pe->progressions & (1u << p)) != 0)
				return "a risky progression under caution";
		if (pe->with_support != ex->single_leg)
			return "support not said for a single-leg exercise";
	}
	return NULL;
}

/* plan_problem() over a seeded sample at the routine and self-care tiers. */
START_TEST(test_builtin_wording_properties)
{
	struct findings	 f;
	const char	*why;
	uint64_t	 state = 0x9e3779b97f4a7c15ULL;
	int		 nback = 0, ncaution = 0;

	for (int n = 0; n < 20000; n++) {
		f = random_findings(&state, 2 + n % 5);
		if (advice_plan(&builtin_rules, &builtin_lib, &f, n % 2 ?
		    TRIAGE_SELFCARE : TRIAGE_ROUTINE, 18 + n % 80, &plan) !=
		    CORE_OK)
			ck_abort_msg("sample %d: advice_plan failed", n);
		if ((why = plan_problem(&f)) != NULL)
			ck_abort_msg("sample %d: %s", n, why);
		nback += f.where[FINDING_PAIN_LOW_BACK] != 0;
		ncaution += plan.balance_caution;
	}
	/* The sample did exercise both sides of each property. */
	ck_assert_int_gt(nback, 1000);
	ck_assert_int_lt(nback, 19000);
	ck_assert_int_gt(ncaution, 1000);
}
END_TEST

/* A few shipped plans spelled out. */
START_TEST(test_builtin_examples)
{
	const struct plan_exercise	*pe;
	struct findings			 f = none_found();

	/* Pronated left foot with knee valgus left, no pain. */
	f.where[FINDING_PRONATED] = FOUND_LEFT;
	f.where[FINDING_KNEE_VALGUS] = FOUND_LEFT;
	f.where[FINDING_NO_PAIN] = FOUND_GLOBAL;
	builtin_plan(&f, TRIAGE_SELFCARE, 35);
	ck_assert_ptr_nonnull(pe = planned(&builtin_lib, "short_foot"));
	ck_assert_uint_eq(pe->sides & SIDES, FOUND_LEFT);
	ck_assert_int_eq(pe->evidence, EVIDENCE_LIMITED);
	ck_assert_uint_eq(pe->triggers.where[FINDING_PRONATED], FOUND_LEFT);
	ck_assert_ptr_nonnull(planned(&builtin_lib, "clamshell"));
	ck_assert_ptr_nonnull(worded(&builtin_rules, "short_foot_note"));
	ck_assert_ptr_null(worded(&builtin_rules, "feet_and_back"));

	/* Low back pain with pronated feet: described, not blamed. */
	f = none_found();
	f.where[FINDING_PRONATED] = SIDES;
	f.where[FINDING_PAIN_LOW_BACK] = FOUND_GLOBAL;
	builtin_plan(&f, TRIAGE_SELFCARE, 50);
	ck_assert_ptr_nonnull(worded(&builtin_rules, "feet_and_back"));
	ck_assert_ptr_nonnull(worded(&builtin_rules, "insoles_back"));
	ck_assert_ptr_nonnull(worded(&builtin_rules, "stay_active"));
	ck_assert_int_eq(planned(&builtin_lib, "core_stability")->evidence,
	    EVIDENCE_SUPPORTED);
	ck_assert_int_eq(planned(&builtin_lib, "clamshell")->evidence,
	    EVIDENCE_LIMITED);
	ck_assert_ptr_null(referred(&builtin_rules, "podiatrist"));

	/* Foot pain with a highly pronated right foot: a podiatrist. */
	f = none_found();
	f.where[FINDING_HIGHLY_PRONATED] = FOUND_RIGHT;
	f.where[FINDING_PAIN_HEEL_FOOT] = FOUND_GLOBAL;
	builtin_plan(&f, TRIAGE_SELFCARE, 50);
	ck_assert_ptr_nonnull(referred(&builtin_rules, "podiatrist"));
	ck_assert_uint_eq(referred(&builtin_rules, "podiatrist")->triggers
	    .where[FINDING_HIGHLY_PRONATED], FOUND_RIGHT);
	ck_assert_ptr_nonnull(worded(&builtin_rules, "insoles_foot"));

	/* An older adult at risk of falls under caution (age 74). */
	f = none_found();
	f.where[FINDING_SLS_BELOW_AGE_MEAN] = SIDES;
	f.where[FINDING_FALL_RISK] = FOUND_GLOBAL;
	f.where[FINDING_BALANCE_CAUTION] = FOUND_GLOBAL;
	f.where[FINDING_NO_PAIN] = FOUND_GLOBAL;
	builtin_plan(&f, TRIAGE_SELFCARE, 74);
	ck_assert_ptr_nonnull(pe = planned(&builtin_lib,
	    "single_leg_balance"));
	ck_assert_int_eq(pe->evidence, EVIDENCE_SUPPORTED);
	ck_assert_uint_eq(pe->progressions, 0x1u);
	ck_assert(pe->with_support);
	ck_assert_ptr_nonnull(worded(&builtin_rules, "balance_support"));
	ck_assert_ptr_nonnull(referred(&builtin_rules, "falls_programme"));
	ck_assert_ptr_null(planned(&builtin_lib,
	    "kettlebell_offset_balance"));

	/* Urgent: no exercises, the wait line. */
	builtin_plan(&f, TRIAGE_URGENT, 74);
	ck_assert_int_eq(plan.nexercises, 0);
	ck_assert_ptr_nonnull(worded(&builtin_rules, "exercises_wait"));
}
END_TEST

/* ------------------------------------------------------------------ */
/* Broken files                                                         */

/* The set in lib2/rules2 is the built-in one. */
static void
assert_builtin_kept(void)
{
	ck_assert_str_eq(src.exercises, "built-in");
	ck_assert_str_eq(src.rules, "built-in");
	ck_assert_uint_eq(lib2.n, builtin_lib.n);
	for (size_t i = 0; i < lib2.n; i++) {
		ck_assert_str_eq(lib2.exercise[i].id,
		    builtin_lib.exercise[i].id);
		ck_assert_str_eq(lib2.exercise[i].name,
		    builtin_lib.exercise[i].name);
	}
	ck_assert_uint_eq(rules2.nrules, builtin_rules.nrules);
	for (size_t i = 0; i < rules2.nrules; i++)
		ck_assert_str_eq(rules2.rule[i].id, builtin_rules.rule[i].id);
}

/*
 * Load text as the clinic's exercises.ini (advice 0) or advice.ini
 * (advice 1): it must fail with a message holding want, and the built-in
 * set must be what is loaded.
 */
static void
assert_broken(int advice, const char *text, size_t len, const char *want)
{
	const char	*path, *msg;

	path = write_file(advice ? "advice.ini" : "exercises.ini", text, len);
	ck_assert_int_eq(advice_load(advice ? NULL : path, advice ? path :
	    NULL, &lib2, &rules2, &src), 1);
	msg = advice ? src.rules_error.msg : src.exercises_error.msg;
	ck_assert_msg(strncmp(msg, path, strlen(path)) == 0,
	    "message does not name the file: %s", msg);
	ck_assert_msg(strstr(msg, want) != NULL, "'%s' not in '%s'", want,
	    msg);
	ck_assert_str_eq(advice ? src.exercises_error.msg :
	    src.rules_error.msg, "");
	assert_builtin_kept();
}

/* The built-in file with one edit, as the clinic's, must fail with want. */
static void
assert_edit_broken(int advice, const char *from, const char *to,
    const char *want)
{
	char	*text = builtin_edit(advice, from, to);

	assert_broken(advice, text, strlen(text), want);
	free(text);
}

START_TEST(test_broken_exercises)
{
	assert_edit_broken(0, "per_side = yes\nprogression1 = Do it standing",
	    "per_side = yes\ncolour = red\nprogression1 = Do it standing",
	    "[short_foot] unknown key 'colour': allowed: name, aim, "
	    "step1..step8, sets, reps, hold_seconds");
	assert_edit_broken(0, "sets = 3\nreps = 10\nhold_seconds = 5",
	    "sets = three\nreps = 10\nhold_seconds = 5",
	    "[short_foot] sets = 'three': allowed: a whole number from 1 "
	    "to 10");
	assert_edit_broken(0, "sets = 3\nreps = 10\nhold_seconds = 5",
	    "sets = 0\nreps = 10\nhold_seconds = 5",
	    "[short_foot] sets = '0': allowed: a whole number from 1 to 10");
	assert_edit_broken(0, "reps = 10\nhold_seconds = 5",
	    "reps = 10x\nhold_seconds = 5",
	    "[short_foot] reps = '10x': allowed: a whole number from 1 "
	    "to 100");
	assert_edit_broken(0, "hold_seconds = 5\nrest_seconds = 30",
	    "hold_seconds = -5\nrest_seconds = 30",
	    "[short_foot] hold_seconds = '-5': allowed: a whole number "
	    "from 1 to 300");
	assert_edit_broken(0, "progression3_risk = unstable_surface",
	    "progression3_risk = wobbly",
	    "[single_leg_balance] progression3_risk = 'wobbly': allowed: "
	    "none, eyes_closed, unstable_surface");
	assert_edit_broken(0, "step3 = Keep the big toe",
	    "step5 = Keep the big toe",
	    "[short_foot] step3 is missing: number them from 1 with no gap");
	assert_edit_broken(0, "art1 = |  toes stay long and relaxed  |",
	    "art1 = |  toes stay long and relaxed   |",
	    "[short_foot] art1 = '|  toes stay long and relaxed   |': "
	    "allowed: up to 30 printable ASCII");
	assert_edit_broken(0, "art1 = |  toes stay long and relaxed  |",
	    "art1 = toes",
	    "[short_foot] art1 = 'toes': allowed:");
	assert_edit_broken(0, "name = Short-foot exercise\n", "",
	    "[short_foot] missing key 'name'");
	assert_edit_broken(0, "sets = 3\nreps = 10\nhold_seconds = 5\n",
	    "sets = 3\n", "[short_foot] missing key 'reps' or "
	    "'hold_seconds'");
	assert_edit_broken(0, "[towel_curls]", "[towel curls!]",
	    "unknown section [towel curls!]: allowed: an exercise id");
	assert_edit_broken(0, "per_side = yes\nprogression1 = Do it standing",
	    "per_side = yes\nthis line has no equals sign\n"
	    "progression1 = Do it standing",
	    "'this line has no equals sign'");
	assert_edit_broken(0, "per_side = yes\nprogression1 = Do it standing",
	    "per_side = maybe\nprogression1 = Do it standing",
	    "[short_foot] per_side = 'maybe': allowed: yes or no");
	/* iniparser would merge these silently. */
	assert_edit_broken(0, "[towel_curls]", "[Short_Foot]",
	    "[Short_Foot] appears again (first at line");
	assert_edit_broken(0, "step4 = Relax the foot fully",
	    "step3 = Relax the foot fully",
	    "key 'step3' appears again (first at line");
}
END_TEST

START_TEST(test_broken_lines)
{
	char	*text;
	size_t	 len, at;

	/* A 2 KB line. */
	len = strlen(builtin_text(0)) + 2100;
	ck_assert_ptr_nonnull(text = malloc(len + 1));
	at = (size_t)(strstr(builtin_text(0), "[towel_curls]") -
	    builtin_text(0));
	memcpy(text, builtin_text(0), at);
	memcpy(text + at, "step9 = ", 8);
	memset(text + at + 8, 'x', 2040);
	text[at + 2048] = '\n';
	strcpy(text + at + 2049, builtin_text(0) + at);
	assert_broken(0, text, strlen(text), "2048 bytes long; iniparser "
	    "reads lines of at most 1022");

	/* A NUL byte in the middle. */
	memcpy(text, builtin_text(1), strlen(builtin_text(1)) + 1);
	text[strstr(text, "[wording]") - text + 3] = '\0';
	assert_broken(1, text, strlen(builtin_text(1)), "NUL byte");
	free(text);

	/* Binary junk and an empty file. */
	assert_broken(0, "\x7f" "ELF\x02\x01", 6, "line 1: control "
	    "character 0x7f");
	assert_broken(0, "", 0, "no exercises");
	assert_broken(1, "", 0, "[safety] missing key "
	    "'balance_caution_from_age'");
}
END_TEST

START_TEST(test_broken_rules)
{
	assert_edit_broken(1, "exercises = short_foot, towel_curls",
	    "exercises = short_foot, moonwalk",
	    "[rule.pronated_foot] exercises = 'short_foot, moonwalk': unknown "
	    "exercise 'moonwalk': allowed: short_foot, towel_curls");
	assert_edit_broken(1, "all = pronated\n", "all = flat_feet\n",
	    "[rule.pronated_foot] all = 'flat_feet': unknown finding "
	    "'flat_feet': allowed: pronated, highly_pronated");
	assert_edit_broken(1, "wording = insoles_back",
	    "wording = insoles_back, orthotics",
	    "[rule.low_back_insoles] wording = 'insoles_back, orthotics': "
	    "unknown wording id 'orthotics'");
	assert_edit_broken(1, "referral = podiatrist",
	    "referral = chiropractor",
	    "unknown referral id 'chiropractor': allowed: podiatrist");
	assert_edit_broken(1, "tiers = urgent", "tiers = emergency",
	    "[rule.urgent_first] tiers = 'emergency': unknown tier "
	    "'emergency' (an emergency plan is always empty): allowed: "
	    "urgent, routine, selfcare");
	assert_edit_broken(1, "evidence = supported\nexercises = core",
	    "evidence = strong\nexercises = core",
	    "[rule.low_back_exercise] evidence = 'strong': allowed: "
	    "untested, limited, supported");
	assert_edit_broken(1, "evidence = supported\nexercises = core",
	    "exercises = core",
	    "[rule.low_back_exercise] missing key 'evidence'");
	assert_edit_broken(1, "min_age = 60", "min_age = sixty",
	    "[rule.balance_older] min_age = 'sixty': allowed: an age from 1 "
	    "to 120");
	assert_edit_broken(1, "min_age = 60", "min_age = 60\nmax_age = 50",
	    "[rule.balance_older] min_age 60 is above max_age 50");
	assert_edit_broken(1, "all = pain_low_back\nwording = insoles_back",
	    "all = pain_low_back\nper_side = yes\nwording = insoles_back",
	    "[rule.low_back_insoles] per_side = yes needs a finding that has "
	    "a side");
	assert_edit_broken(1, "none = no_pain", "none = leg_length_difference",
	    "[rule.leg_length_pain] 'leg_length_difference' is in both all "
	    "and none");
	assert_edit_broken(1, "all = pain_low_back\nwording = insoles_back",
	    "all = pain_low_back,,pronated\nwording = insoles_back",
	    "an empty item in the list");
	assert_edit_broken(1, "all = pain_low_back\nwording = insoles_back",
	    "all = pain_low_back\ncolour = red\nwording = insoles_back",
	    "[rule.low_back_insoles] unknown key 'colour': allowed: all, none, "
	    "per_side");
	assert_edit_broken(1, "[rule.urgent_first]", "[rules.urgent_first]",
	    "unknown section [rules.urgent_first]: allowed: safety, evidence, "
	    "wording, referral, rule.NAME");
	assert_edit_broken(1, "emergency = ", "emergency_line = ",
	    "[wording] missing key 'emergency'");
	assert_edit_broken(1, "balance_caution_from_age = 70",
	    "balance_caution_from_age = 700",
	    "[safety] balance_caution_from_age = '700': allowed: an age "
	    "from 1 to 120");
	assert_edit_broken(1, "untested = This", "unproven = This",
	    "[evidence] unknown key 'unproven': allowed: untested, limited, "
	    "supported");
	assert_edit_broken(1, "tiers = urgent\nwording = exercises_wait",
	    "tiers = urgent", "[rule.urgent_first] suggests nothing");
}
END_TEST

START_TEST(test_clinic_files)
{
	char		*text;
	const char	*path;
	char		 dir[300];
	int		 x;

	/* A good edit is used, from an explicit path. */
	text = builtin_edit(0, "name = Short-foot exercise",
	    "name = Arch lift");
	path = write_file("mine.ini", text, strlen(text));
	ck_assert_int_eq(advice_load(path, NULL, &lib2, &rules2, &src), 0);
	ck_assert_str_eq(src.exercises, path);
	ck_assert_str_eq(src.rules, "built-in");
	x = exercise_find(&lib2, "short_foot");
	ck_assert_str_eq(lib2.exercise[x].name, "Arch lift");
	free(text);

	/* From SYSCONFDIR/footscreen when no path is given. */
	snprintf(dir, sizeof dir, "%s/footscreen", tmpdir);
	ck_assert_int_eq(mkdir(dir, 0700), 0);
	text = builtin_edit(1, "adults_from_age = 18", "adults_from_age = 16");
	path = write_file("footscreen/advice.ini", text, strlen(text));
	ck_assert_int_eq(advice_load(NULL, NULL, &lib2, &rules2, &src), 0);
	ck_assert_str_eq(src.rules, path);
	ck_assert_int_eq(rules2.adult_age, 16);
	free(text);

	/* ...and a broken one there leaves the built-in rules. */
	write_file("footscreen/advice.ini", "[safety]\nfoo = 1\n", 17);
	ck_assert_int_eq(advice_load(NULL, NULL, &lib2, &rules2, &src), 1);
	ck_assert_ptr_nonnull(strstr(src.rules_error.msg,
	    "[safety] unknown key 'foo'"));
	assert_builtin_kept();

	/* A clinic library without an exercise the built-in rules use. */
	text = builtin_edit(0, "[towel_curls]", "[towel_curls_x]");
	path = write_file("lib.ini", text, strlen(text));
	free(text);
	ck_assert_int_eq(unlink(tu_path(dir, sizeof dir, tmpdir,
	    "footscreen/advice.ini")), 0);
	ck_assert_int_eq(advice_load(path, NULL, &lib2, &rules2, &src), 1);
	ck_assert_ptr_nonnull(strstr(src.exercises_error.msg, "not used: "
	    "built-in advice.ini: [rule.pronated_foot] exercises = "
	    "'short_foot, towel_curls': unknown exercise 'towel_curls'"));
	assert_builtin_kept();

	/* An explicit path that is not there is an error. */
	tu_path(dir, sizeof dir, tmpdir, "absent.ini");
	ck_assert_int_eq(advice_load(NULL, dir, &lib2, &rules2, &src), 1);
	ck_assert_ptr_nonnull(strstr(src.rules_error.msg,
	    "No such file or directory"));
	assert_builtin_kept();
}
END_TEST

int
main(void)
{
	struct advice_error	err;
	Suite			*s;
	TCase			*tc;

	/* The built-in set, without any system file. */
	setenv("FOOTSCREEN_SYSCONFDIR", "/nonexistent-footscreen-test", 1);
	if (advice_load(NULL, NULL, &builtin_lib, &builtin_rules, &src) != 0) {
		fprintf(stderr, "built-in set: %s%s\n",
		    src.exercises_error.msg, src.rules_error.msg);
		return 1;
	}
	if (advice_parse_exercises("mini exercises", mini_exercises,
	    strlen(mini_exercises), &mini_lib, &err) != 0 ||
	    advice_parse_rules("mini advice", mini_advice,
	    strlen(mini_advice), &mini_lib, &mini_rules, &err) != 0) {
		fprintf(stderr, "%s\n", err.msg);
		return 1;
	}

	s = suite_create("advice");
	tc = tcase_create("engine");
	tcase_add_test(tc, test_mini_loads);
	tcase_add_test(tc, test_per_side_same_side_only);
	tcase_add_test(tc, test_none_per_side);
	tcase_add_test(tc, test_dedup_and_triggers);
	tcase_add_test(tc, test_age_bounds_and_tiers);
	tcase_add_test(tc, test_balance_caution);
	tcase_add_test(tc, test_balance_caution_by_age);
	tcase_add_test(tc, test_adults_only);
	tcase_add_test(tc, test_bad_arguments);
	suite_add_tcase(s, tc);

	tc = tcase_create("shipped");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_emergency_always_empty);
	tcase_add_test(tc, test_builtin_load);
	tcase_add_test(tc, test_issue_exercises);
	tcase_add_test(tc, test_builtin_rules_exact);
	tcase_add_test(tc, test_builtin_wording_properties);
	tcase_add_test(tc, test_builtin_examples);
	suite_add_tcase(s, tc);

	tc = tcase_create("files");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_broken_exercises);
	tcase_add_test(tc, test_broken_lines);
	tcase_add_test(tc, test_broken_rules);
	tcase_add_test(tc, test_clinic_files);
	suite_add_tcase(s, tc);
	return tu_run(s);
}
