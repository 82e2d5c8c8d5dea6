/*
 * advice.h: the advice engine: an exercise library and a set of rules that
 * turn screening findings into an exercise plan, wording and referrals.
 *
 * Both are plain data filled by the loader (src/screening/advice_load.c)
 * from data/exercises.ini and data/advice.ini; this module only matches
 * rules.  A rule holds when all of its findings are present and none of its
 * excluded ones are, optionally on one side at a time, within an age range
 * and at the triage tiers it names.  Each suggestion keeps the findings
 * that triggered it and the strength of the evidence behind the rule
 * (screening-evidence.md §7: foot posture is described, never blamed).
 *
 * Two safety rules are code, not data, so that no edited file can undo
 * them:
 *  - an EMERGENCY triage gives an empty plan with only the emergency
 *    instruction (evidence sheet §0.1 rule 1, §6.4 tier E);
 *  - balance caution (the finding, or an age at or over the file's limit,
 *    §4.4) removes the eyes-closed and unstable-surface progressions and
 *    adds the instruction to stand within reach of support.
 */
#ifndef FOOTSCREEN_CORE_ADVICE_H
#define FOOTSCREEN_CORE_ADVICE_H

#include <stddef.h>
#include <stdint.h>

#include "core/screening.h"
#include "core/status.h"

/*
 * Identifiers: letters, digits and '_', 1 to 35 of them: "rule." and 35
 * fit the 40 bytes scan.c allows a section name.
 */
#define ADVICE_ID_MAX		36
/* One line of text (name, aim, step, progression), bytes with the NUL. */
#define ADVICE_LINE_MAX		256
/* A paragraph (cautions, evidence, wording, referral), bytes with NUL. */
#define ADVICE_PARA_MAX		512

#define EXERCISE_STEPS_MAX	8
#define EXERCISE_PROGRESSIONS_MAX 4
#define EXERCISE_ART_LINES_MAX	8
/* Columns of an illustration line: fits beside text on an 80-column screen. */
#define EXERCISE_ART_COLS	30
#define EXERCISE_LIBRARY_MAX	32

#define ADVICE_RULES_MAX	48
#define ADVICE_TEXTS_MAX	48	/* wording lines; referral lines */
#define ADVICE_RULE_ITEMS	8	/* per list of one rule */

/* Findings as a set: bit f is finding f (enum finding_id). */
_Static_assert(FINDING_COUNT <= 64, "findings fit a uint64_t set");
#define FINDING_BIT(f)	((uint64_t)1 << (f))

/*
 * How well a suggestion is supported for the complaint it is offered for,
 * in the evidence sheet's §7 wording.
 */
enum evidence_level {
	EVIDENCE_UNTESTED,	/* no trial for this complaint */
	EVIDENCE_LIMITED,	/* few or small trials, or a small effect */
	EVIDENCE_SUPPORTED,	/* consistent trial evidence */
	EVIDENCE_LEVEL_COUNT
};

/* The level's name in advice.ini ("untested", "limited", "supported"). */
const char	*evidence_level_name(enum evidence_level);

/* What makes a progression unsafe without support (§4.4). */
enum progression_risk {
	RISK_NONE = 0,
	RISK_EYES_CLOSED,
	RISK_UNSTABLE_SURFACE,
	RISK_COUNT
};

/* The risk's name in exercises.ini ("none", "eyes_closed", ...). */
const char	*progression_risk_name(enum progression_risk);

struct exercise_dosage {
	int	sets;		/* >= 1 */
	int	reps;		/* 0: a timed hold only */
	int	hold_seconds;	/* 0: repetitions only; with reps: each rep */
	int	rest_seconds;	/* between sets */
	int	per_side;	/* the dose is for each side */
};

struct exercise_progression {
	char			text[ADVICE_LINE_MAX];
	enum progression_risk	risk;
};

struct exercise {
	char			id[ADVICE_ID_MAX];
	char			name[ADVICE_LINE_MAX];
	char			aim[ADVICE_LINE_MAX];
	char			step[EXERCISE_STEPS_MAX][ADVICE_LINE_MAX];
	size_t			nsteps;
	struct exercise_dosage	dosage;
	/* harder versions, easiest first */
	struct exercise_progression progression[EXERCISE_PROGRESSIONS_MAX];
	size_t			nprogressions;
	int			single_leg;	/* stands on one leg */
	char			cautions[ADVICE_PARA_MAX];
	char			evidence[ADVICE_PARA_MAX];
	char			art[EXERCISE_ART_LINES_MAX]
				    [EXERCISE_ART_COLS + 1];
	size_t			nart;
};

struct exercise_library {
	struct exercise	exercise[EXERCISE_LIBRARY_MAX];
	size_t		n;
};

/* Index of the exercise with this id, or -1. */
int	exercise_find(const struct exercise_library *, const char *id);

/* A wording or referral line: an id the rules use, and what it says. */
struct advice_text {
	char	id[ADVICE_ID_MAX];
	char	text[ADVICE_PARA_MAX];
};

struct advice_rule {
	char			id[ADVICE_ID_MAX];
	uint64_t		all;	/* every one of these must hold */
	uint64_t		none;	/* and none of these */
	/*
	 * Per side: the rule is judged on each side alone, a per-side finding
	 * counting only on that side (findings without a side count on
	 * both).  Otherwise a per-side finding counts on either side.
	 */
	int			per_side;
	int			min_age;	/* 0: no lower bound */
	int			max_age;	/* 0: no upper bound */
	unsigned		tiers;		/* bit t: at triage tier t */
	enum evidence_level	evidence;
	size_t			exercise[ADVICE_RULE_ITEMS];	/* library */
	size_t			nexercises;
	size_t			wording[ADVICE_RULE_ITEMS];	/* wording[] */
	size_t			nwording;
	size_t			referral[ADVICE_RULE_ITEMS];	/* referral[] */
	size_t			nreferrals;
};

/* Wording lines the engine itself adds; advice.ini must define them. */
#define ADVICE_REQUIRED_LIST(X) \
	X(EMERGENCY, "emergency") \
	X(BALANCE_SUPPORT, "balance_support") \
	X(ADULTS_ONLY, "adults_only")

enum advice_required {
#define ADVICE_X_ENUM(id, name) ADVICE_TEXT_##id,
	ADVICE_REQUIRED_LIST(ADVICE_X_ENUM)
#undef ADVICE_X_ENUM
	ADVICE_REQUIRED_COUNT
};

/* The wording id of a required line ("emergency", ...). */
const char	*advice_required_name(enum advice_required);

struct advice_rules {
	struct advice_rule	rule[ADVICE_RULES_MAX];
	size_t			nrules;
	struct advice_text	wording[ADVICE_TEXTS_MAX];
	size_t			nwording;
	struct advice_text	referral[ADVICE_TEXTS_MAX];
	size_t			nreferrals;
	/* wording[] index of each required line */
	size_t			required[ADVICE_REQUIRED_COUNT];
	/* how each enum evidence_level is said to the user */
	char			evidence_text[EVIDENCE_LEVEL_COUNT]
				    [ADVICE_PARA_MAX];
	/* balance caution from this age on (§4.4: 70); 0: not by age */
	int			caution_age;
	/* the plan is for adults only (§0.1 rule 6: 18); 0: any age */
	int			adult_age;
};

/* Index of the wording or referral line with this id, or -1. */
int	advice_text_find(const struct advice_text *, size_t n, const char *id);

/* A wording or referral line in a plan, with what triggered it. */
struct plan_text {
	size_t		text;		/* index in rules' wording/referral */
	struct findings	triggers;	/* all zero: general advice */
};

struct plan_exercise {
	size_t			exercise;	/* index in the library */
	/* every finding that made a rule add it, with its side(s) */
	struct findings		triggers;
	/* FOUND_LEFT / FOUND_RIGHT it is for, FOUND_GLOBAL when not sided */
	unsigned		sides;
	/* the strongest level among the rules that added it */
	enum evidence_level	evidence;
	size_t			rule[ADVICE_RULES_MAX];	/* rules adding it */
	size_t			nrules;
	/* bit i: progression i may be offered */
	unsigned		progressions;
	/* single-leg under balance caution: stand within reach of support */
	int			with_support;
};

struct advice_plan {
	enum triage_tier	tier;
	int			balance_caution;
	struct plan_exercise	exercise[EXERCISE_LIBRARY_MAX];
	size_t			nexercises;
	struct plan_text	wording[ADVICE_TEXTS_MAX];
	size_t			nwording;
	struct plan_text	referral[ADVICE_TEXTS_MAX];
	size_t			nreferrals;
	/* the rules that held, in file order, for explanations and tests */
	size_t			fired[ADVICE_RULES_MAX];
	size_t			nfired;
};

/*
 * Build the plan for these findings at this triage tier; age_years 0 is
 * unknown.  Rules are applied in order; an exercise, wording or referral
 * named by several rules appears once with the triggers of all of them.
 * The plan is cleared first, so on any error it is empty.  CORE_ERR_ARG
 * for a NULL pointer, a tier out of range or rules that name an exercise,
 * wording or referral that is not there.
 */
enum core_status advice_plan(const struct advice_rules *,
		    const struct exercise_library *, const struct findings *,
		    enum triage_tier, int age_years, struct advice_plan *out);

#endif
