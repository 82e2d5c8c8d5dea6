/*
 * report.h: a screening result written out for a person (text) or for a
 * script (JSON, schema_version 1, documented in footscreen-answers(5)).
 *
 * Both show the whole result: triage with the matched flags, who to see,
 * how soon, what to tell them and the safety net; each foot's posture
 * with its agreeing and disagreeing signs; left/right differences with
 * their index and band; balance against the age norms; the findings; and
 * the plan, each item with the findings that triggered it and the
 * evidence behind it.  Every statement carries its reason.  The words
 * come from strings.h and the clinic-editable advice data, never from
 * here.
 */
#ifndef FOOTSCREEN_SCREENING_REPORT_H
#define FOOTSCREEN_SCREENING_REPORT_H

#include <stdio.h>

#include "core/advice.h"
#include "core/screening.h"
#include "screening/strings.h"

/* The version of the JSON layout; bumped on any incompatible change. */
#define REPORT_SCHEMA_VERSION	1

/* What a report needs besides the result and the plan. */
struct report_context {
	const struct screening_answers	*answers;
	const struct advice_rules	*rules;		/* plan's texts */
	const struct exercise_library	*library;	/* plan's exercises */
	const struct emergency_contact	*contact;	/* numbers to call */
	/* where the advice data came from ("built-in" or a path) */
	const char			*exercises_source;
	const char			*rules_source;
};

/*
 * Write the result for a person to read, wrapped to fit 80 columns.  plan
 * is NULL, or empty, when none may be given (emergency, out of scope).
 * Returns 0, or -1 when writing failed.
 */
int	report_text(FILE *, const struct screening_result *,
	    const struct advice_plan *, const struct report_context *);

/* Write the result as one JSON document.  Returns 0, or -1. */
int	report_json(FILE *, const struct screening_result *,
	    const struct advice_plan *, const struct report_context *);

#endif
