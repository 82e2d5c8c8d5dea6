/*
 * bilateral.h: left against right for every measure taken on both sides:
 * the Robinson symmetry index, a band where the evidence sheet has one,
 * and the side that stands out.
 */
#ifndef FOOTSCREEN_CORE_BILATERAL_H
#define FOOTSCREEN_CORE_BILATERAL_H

#include "core/screening.h"

/* Lausch et al. 2013 band of an FPI-6 right-minus-left difference. */
enum asym_band	fpi_difference_band(int right_minus_left);

/* foot and balance are foot_assess() and balance_assess() results. */
enum core_status bilateral_assess(const struct screening_answers *,
		    const struct foot_result foot[SIDE_COUNT],
		    const struct balance_result *, struct bilateral_result *);

#endif
