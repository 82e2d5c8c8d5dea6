/*
 * triage.h: red flags and the four triage tiers of the evidence sheet
 * (§6.4): emergency, urgent, routine, self-care.  The rules are tried in
 * the order of TRIAGE_RULE_LIST; the first that matches decides, and every
 * match is recorded.  The result is data only: rule, professional, how
 * soon, the flags to mention and, below emergency, the safety net.
 */
#ifndef FOOTSCREEN_CORE_TRIAGE_H
#define FOOTSCREEN_CORE_TRIAGE_H

#include "core/screening.h"

/* What a rule leads to, and where it comes from. */
struct triage_rule_info {
	enum triage_tier	tier;
	enum professional	professional;
	enum how_soon		how_soon;
	struct cite		cite;
};

/* The table entry of a rule; NULL for a value out of range. */
const struct triage_rule_info *triage_rule_info(enum triage_rule);

/* Evaluate every rule on the answers (which screening_answers_check passed). */
enum core_status triage_evaluate(const struct screening_answers *,
		    struct triage_result *);

/* redflags.c: whether a flag alone is an emergency (tier E, §6.4). */
bool	redflag_is_emergency(enum redflag);

/*
 * The "seek help at once" list for a person: every flag that is an
 * emergency alone, plus the cancer-related neurological signs when they
 * report a cancer history (NICE CG75).  Writes at most RF_COUNT ids.
 */
size_t	redflag_safety_net(bool cancer_history, enum redflag out[RF_COUNT]);

#endif
