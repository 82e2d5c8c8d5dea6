/*
 * pronation.h: one foot's posture from whatever indicators are present
 * (FPI-6, Chippaux-Smirak, navicular drop, shoe wear, heel tilt, footprint
 * picture), weighted by how reliable each is, with a confidence that grows
 * with the agreeing ones and every disagreement named.
 */
#ifndef FOOTSCREEN_CORE_PRONATION_H
#define FOOTSCREEN_CORE_PRONATION_H

#include "core/screening.h"

/* foot is foot_assess()'s result for the same side. */
enum core_status pronation_combine(const struct side_answers *,
		    const struct foot_result *, struct pronation_result *);

#endif
