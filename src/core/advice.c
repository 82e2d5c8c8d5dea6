/*
 * advice.c: match the advice rules against the findings and build the
 * plan; see advice.h.  The rules and texts are data; the two safety rules
 * (emergency, balance caution) and the adults-only gate are here.
 */
#include <config.h>

#include <string.h>
#include <strings.h>

#include "core/advice.h"

#define SIDES_MASK	(FOUND_LEFT | FOUND_RIGHT)

const char *
evidence_level_name(enum evidence_level level)
{
	static const char *const names[EVIDENCE_LEVEL_COUNT] = {
		"untested", "limited", "supported"
	};

	if ((unsigned)level >= EVIDENCE_LEVEL_COUNT)
		return NULL;
	return names[level];
}

const char *
progression_risk_name(enum progression_risk risk)
{
	static const char *const names[RISK_COUNT] = {
		"none", "eyes_closed", "unstable_surface"
	};

	if ((unsigned)risk >= RISK_COUNT)
		return NULL;
	return names[risk];
}

const char *
advice_required_name(enum advice_required which)
{
	static const char *const names[ADVICE_REQUIRED_COUNT] = {
#define ADVICE_X_NAME(id, name) name,
		ADVICE_REQUIRED_LIST(ADVICE_X_NAME)
#undef ADVICE_X_NAME
	};

	if ((unsigned)which >= ADVICE_REQUIRED_COUNT)
		return NULL;
	return names[which];
}

int
exercise_find(const struct exercise_library *lib, const char *id)
{
	/* INI section names are case-blind, so references are too. */
	for (size_t i = 0; i < lib->n; i++)
		if (strcasecmp(lib->exercise[i].id, id) == 0)
			return (int)i;
	return -1;
}

int
advice_text_find(const struct advice_text *texts, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(texts[i].id, id) == 0)
			return (int)i;
	return -1;
}

/* True when every index of the list is below limit. */
static int
indices_below(const size_t *list, size_t n, size_t limit)
{
	if (n > ADVICE_RULE_ITEMS)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (list[i] >= limit)
			return 0;
	return 1;
}

/* Whether the rules and library agree with each other and their bounds. */
static int
rules_consistent(const struct advice_rules *rules,
    const struct exercise_library *lib)
{
	const struct advice_rule	*r;

	if (lib->n > EXERCISE_LIBRARY_MAX || rules->nrules > ADVICE_RULES_MAX ||
	    rules->nwording > ADVICE_TEXTS_MAX ||
	    rules->nreferrals > ADVICE_TEXTS_MAX)
		return 0;
	for (size_t i = 0; i < ADVICE_REQUIRED_COUNT; i++)
		if (rules->required[i] >= rules->nwording)
			return 0;
	for (size_t i = 0; i < lib->n; i++)
		if (lib->exercise[i].nprogressions > EXERCISE_PROGRESSIONS_MAX)
			return 0;
	for (size_t i = 0; i < rules->nrules; i++) {
		r = &rules->rule[i];
		if ((unsigned)r->evidence >= EVIDENCE_LEVEL_COUNT ||
		    !indices_below(r->exercise, r->nexercises, lib->n) ||
		    !indices_below(r->wording, r->nwording, rules->nwording) ||
		    !indices_below(r->referral, r->nreferrals,
		    rules->nreferrals))
			return 0;
	}
	return 1;
}

/*
 * Whether finding id holds: on side (SIDE_LEFT, SIDE_RIGHT) for a per-side
 * finding, or anywhere when side is -1 or the finding has no side.
 */
static int
holds(const struct findings *found, int id, int side)
{
	unsigned	w = found->where[id];

	if (side < 0 || !finding_is_sided((enum finding_id)id))
		return w != 0;
	return (w & (1u << side)) != 0;
}

/* Whether the rule holds for these findings on side (-1: as a whole). */
static int
rule_holds_on(const struct advice_rule *r, const struct findings *found,
    int side)
{
	for (int f = 0; f < FINDING_COUNT; f++) {
		if ((r->all & FINDING_BIT(f)) && !holds(found, f, side))
			return 0;
		if ((r->none & FINDING_BIT(f)) && holds(found, f, side))
			return 0;
	}
	return 1;
}

/* Whether the rule applies at this tier and age (0: unknown). */
static int
rule_applies(const struct advice_rule *r, enum triage_tier tier, int age)
{
	if ((r->tiers & (1u << tier)) == 0)
		return 0;
	/* A bound on age needs a known age. */
	if (r->min_age > 0 && (age <= 0 || age < r->min_age))
		return 0;
	if (r->max_age > 0 && (age <= 0 || age > r->max_age))
		return 0;
	return 1;
}

/*
 * The findings that made rule r hold on side (-1: as a whole), with where
 * they were found, and the sides the rule's advice is for.
 */
static void
rule_triggers(const struct advice_rule *r, const struct findings *found,
    int side, struct findings *why, unsigned *sides)
{
	unsigned	w;

	memset(why, 0, sizeof *why);
	*sides = 0;
	for (int f = 0; f < FINDING_COUNT; f++) {
		if ((r->all & FINDING_BIT(f)) == 0)
			continue;
		if (!finding_is_sided((enum finding_id)f))
			w = FOUND_GLOBAL;
		else if (side >= 0)
			w = 1u << side;
		else
			w = found->where[f] & SIDES_MASK;
		why->where[f] = w;
		*sides |= w & SIDES_MASK;
	}
	if (*sides == 0)
		*sides = FOUND_GLOBAL;
}

/* OR the findings of src into dst. */
static void
findings_merge(struct findings *dst, const struct findings *src)
{
	for (int f = 0; f < FINDING_COUNT; f++)
		dst->where[f] |= src->where[f];
}

/* Add text index t to a plan list (once), merging its triggers. */
static void
plan_text_add(struct plan_text *list, size_t *n, size_t t,
    const struct findings *why)
{
	size_t	i;

	for (i = 0; i < *n; i++)
		if (list[i].text == t)
			break;
	if (i == *n) {
		/* Cannot overflow: the list has room for every text once. */
		memset(&list[i], 0, sizeof list[i]);
		list[i].text = t;
		(*n)++;
	}
	if (why != NULL)
		findings_merge(&list[i].triggers, why);
}

/* Add exercise x to the plan (once) for rule ri of the given level. */
static void
plan_exercise_add(struct advice_plan *plan, const struct exercise *ex,
    size_t x, size_t ri, enum evidence_level level,
    const struct findings *why, unsigned sides)
{
	struct plan_exercise	*pe;
	size_t			 i;

	for (i = 0; i < plan->nexercises; i++)
		if (plan->exercise[i].exercise == x)
			break;
	pe = &plan->exercise[i];
	if (i == plan->nexercises) {
		memset(pe, 0, sizeof *pe);
		pe->exercise = x;
		pe->evidence = level;
		pe->progressions = (1u << ex->nprogressions) - 1;
		plan->nexercises++;
	}
	findings_merge(&pe->triggers, why);
	pe->sides |= sides;
	if (level > pe->evidence)
		pe->evidence = level;
	for (i = 0; i < pe->nrules; i++)
		if (pe->rule[i] == ri)
			return;
	pe->rule[pe->nrules++] = ri;
}

/* Add everything rule ri suggests, triggered by why, for sides. */
static void
plan_apply_rule(struct advice_plan *plan, const struct advice_rules *rules,
    const struct exercise_library *lib, size_t ri, const struct findings *why,
    unsigned sides)
{
	const struct advice_rule	*r = &rules->rule[ri];

	for (size_t i = 0; i < r->nexercises; i++)
		plan_exercise_add(plan, &lib->exercise[r->exercise[i]],
		    r->exercise[i], ri, r->evidence, why, sides);
	for (size_t i = 0; i < r->nwording; i++)
		plan_text_add(plan->wording, &plan->nwording, r->wording[i],
		    why);
	for (size_t i = 0; i < r->nreferrals; i++)
		plan_text_add(plan->referral, &plan->nreferrals,
		    r->referral[i], why);
	if (plan->nfired == 0 || plan->fired[plan->nfired - 1] != ri)
		plan->fired[plan->nfired++] = ri;
}

/*
 * §4.4: under balance caution no eyes-closed or unstable-surface
 * progression is offered, and single-leg exercises are done within reach
 * of support, which the plan then says.
 */
static void
plan_apply_caution(struct advice_plan *plan, const struct advice_rules *rules,
    const struct exercise_library *lib, const struct findings *found)
{
	const struct exercise	*ex;
	struct plan_exercise	*pe;
	struct findings		 why;
	int			 support = 0;

	for (size_t i = 0; i < plan->nexercises; i++) {
		pe = &plan->exercise[i];
		ex = &lib->exercise[pe->exercise];
		for (size_t p = 0; p < ex->nprogressions; p++)
			if (ex->progression[p].risk != RISK_NONE)
				pe->progressions &= ~(1u << p);
		if (ex->single_leg) {
			pe->with_support = 1;
			support = 1;
		}
	}
	if (!support)
		return;
	memset(&why, 0, sizeof why);
	why.where[FINDING_BALANCE_CAUTION] =
	    found->where[FINDING_BALANCE_CAUTION];
	plan_text_add(plan->wording, &plan->nwording,
	    rules->required[ADVICE_TEXT_BALANCE_SUPPORT], &why);
}

enum core_status
advice_plan(const struct advice_rules *rules,
    const struct exercise_library *lib, const struct findings *found,
    enum triage_tier tier, int age_years, struct advice_plan *out)
{
	const struct advice_rule	*r;
	struct findings			 why;
	unsigned			 sides;

	if (out == NULL)
		return CORE_ERR_ARG;
	memset(out, 0, sizeof *out);
	out->tier = tier;
	if (rules == NULL || lib == NULL || found == NULL ||
	    (unsigned)tier > TRIAGE_SELFCARE || !rules_consistent(rules, lib))
		return CORE_ERR_ARG;

	/* §0.1 rule 1, §6.4 tier E: nothing but the emergency instruction. */
	if (tier == TRIAGE_EMERGENCY) {
		plan_text_add(out->wording, &out->nwording,
		    rules->required[ADVICE_TEXT_EMERGENCY], NULL);
		return CORE_OK;
	}
	/* §0.1 rule 6: the exercises and norms are for adults. */
	if (rules->adult_age > 0 && age_years > 0 &&
	    age_years < rules->adult_age) {
		plan_text_add(out->wording, &out->nwording,
		    rules->required[ADVICE_TEXT_ADULTS_ONLY], NULL);
		return CORE_OK;
	}

	for (size_t ri = 0; ri < rules->nrules; ri++) {
		r = &rules->rule[ri];
		if (!rule_applies(r, tier, age_years))
			continue;
		if (!r->per_side) {
			if (rule_holds_on(r, found, -1)) {
				rule_triggers(r, found, -1, &why, &sides);
				plan_apply_rule(out, rules, lib, ri, &why,
				    sides);
			}
			continue;
		}
		for (int s = 0; s < SIDE_COUNT; s++) {
			if (rule_holds_on(r, found, s)) {
				rule_triggers(r, found, s, &why, &sides);
				plan_apply_rule(out, rules, lib, ri, &why,
				    sides);
			}
		}
	}

	out->balance_caution = found->where[FINDING_BALANCE_CAUTION] != 0 ||
	    (rules->caution_age > 0 && age_years >= rules->caution_age);
	if (out->balance_caution)
		plan_apply_caution(out, rules, lib, found);
	return CORE_OK;
}
