/*
 * balance.h: single-leg stance against the age norms (§4.2), fall-risk
 * flags (§4.3), balance caution (§4.4), heel raises (§5.1), the squat
 * observation (§5.2), the leg-length and pelvis screen, and the balance
 * board's weight share, Romberg quotient and single-leg COP offset (§5.6,
 * §8.4).
 */
#ifndef FOOTSCREEN_CORE_BALANCE_H
#define FOOTSCREEN_CORE_BALANCE_H

#include "core/screening.h"

/* The norm row holding an age, or NULL (no row, or age unknown). */
const struct sls_norm *sls_norm_for_age(const struct screening_norms *,
		    int age_years);

/* CORE_ERR_ARG for a NULL or malformed norm table. */
enum core_status balance_assess(const struct screening_answers *,
		    const struct screening_norms *, struct balance_result *);

#endif
