/*
 * bilateral.c: left against right.  Every measure taken on both sides gets
 * its right-minus-left difference, the Robinson symmetry index (Robinson,
 * Herzog & Nigg 1987, §5.4 [V]; its 10 % convention is arbitrary and not
 * used), a band only where the evidence sheet has one, and the side that
 * stands out.  Signed measures get no Robinson index: it is unstable when
 * the mean is near zero (§5.4 [V]).
 */
#include <config.h>

#include <math.h>
#include <stdlib.h>

#include "core/asymmetry.h"
#include "core/bilateral.h"

/*
 * Lausch et al. 2013 [V]: FPI-6 right minus left within -2..+2 is normal
 * variation, |d| 3-4 an asymmetry, |d| > 4 a large one.
 */
#define FPI_NOTABLE	3
#define FPI_LARGE	5
/* Vinicombe 2001 [V]: one ND measurement's 95 % error is up to +-3.5 mm. */
#define ND_ERROR_MM	3.5
/*
 * Hebert-Losier et al. 2017 [V]: between-day 95 % limits of agreement
 * -6.2..+6.5 (right), -6.1..+6.2 (left) reps: about 6.  The LSI < 90 %
 * half is the return-to-sport convention [M] (§5.5), kept only as the
 * second condition the §5.1 design heuristic asks for.
 */
#define HEEL_RAISE_LOA	6.0
#define HEEL_RAISE_LSI	90.0
/* §5.6 [M]: at least 45 % on each leg, information only. */
#define WEIGHT_LOW_PCT	45.0

/* Which way "standing out" points for a measure. */
enum stands_out { OUT_LOWER, OUT_HIGHER, OUT_FPI };

static const struct threshold no_threshold = { NAN, SRC_NONE, TAG_M };

enum asym_band
fpi_difference_band(int right_minus_left)
{
	int	d = abs(right_minus_left);

	if (d >= FPI_LARGE)
		return ASYM_LARGE;
	if (d >= FPI_NOTABLE)
		return ASYM_NOTABLE;
	return ASYM_WITHIN_ERROR;
}

/* How far an FPI-6 total lies outside the normal 0..+5 band. */
static int
fpi_distance(double total)
{
	return total < 0 ? (int)-total : total > 5 ? (int)total - 5 : 0;
}

/*
 * Equal values name no side; FPI totals equally far outside (or both
 * inside) the normal band name both.
 */
static enum which_side
stands_out(enum stands_out how, double left, double right)
{
	if (left == right)
		return WHICH_NONE;
	if (how == OUT_FPI) {
		left = fpi_distance(left);
		right = fpi_distance(right);
		how = OUT_HIGHER;
	}
	if (left == right)
		return WHICH_BOTH;
	if ((how == OUT_HIGHER) == (left > right))
		return WHICH_LEFT;
	return WHICH_RIGHT;
}

/* Fill the parts every measure shares; NAN on either side: not present. */
static void
item_fill(struct bilateral_item *it, double left, double right,
    bool is_signed, enum stands_out how)
{
	*it = (struct bilateral_item){ .left = left, .right = right,
	    .diff = NAN, .si = NAN, .lsi = NAN, .si_status = SI_MISSING,
	    .notable = no_threshold, .large = no_threshold,
	    .extra = no_threshold };
	if (isnan(left) || isnan(right))
		return;
	it->present = true;
	it->diff = right - left;
	if (is_signed)
		it->si_status = SI_SIGNED_MEASURE;
	else if (symmetry_index_robinson(right, left, &it->si) == CORE_OK)
		it->si_status = SI_OK;
	else
		it->si_status = SI_ZERO_SUM;
	it->differs = stands_out(how, left, right);
}

static void
item_fpi(const struct foot_result foot[SIDE_COUNT], struct bilateral_item *it)
{
	const struct fpi_result	*l = &foot[SIDE_LEFT].fpi;
	const struct fpi_result	*r = &foot[SIDE_RIGHT].fpi;

	item_fill(it, l->complete ? l->total : NAN,
	    r->complete ? r->total : NAN, true, OUT_FPI);
	it->notable = (struct threshold){ FPI_NOTABLE, SRC_LAUSCH_2013, TAG_V };
	it->large = (struct threshold){ FPI_LARGE, SRC_LAUSCH_2013, TAG_V };
	it->approximate = true;
	if (it->present)
		it->band = fpi_difference_band(r->total - l->total);
}

static void
item_navicular(const struct foot_result foot[SIDE_COUNT],
    struct bilateral_item *it)
{
	item_fill(it, foot[SIDE_LEFT].navicular.drop_mm,
	    foot[SIDE_RIGHT].navicular.drop_mm, false, OUT_HIGHER);
	it->notable = (struct threshold){ ND_ERROR_MM, SRC_VINICOMBE_2001,
	    TAG_V };
	it->approximate = true;
	if (it->present)
		it->band = fabs(it->diff) <= ND_ERROR_MM ? ASYM_WITHIN_ERROR :
		    ASYM_NOTABLE;
}

static void
item_heel_raise(const struct screening_answers *a, struct bilateral_item *it)
{
	double	l = a->side[SIDE_LEFT].heel_raise_reps;
	double	r = a->side[SIDE_RIGHT].heel_raise_reps;

	item_fill(it, l, r, false, OUT_LOWER);
	it->notable = (struct threshold){ HEEL_RAISE_LOA,
	    SRC_HEBERT_LOSIER_2017, TAG_V };
	it->extra = (struct threshold){ HEEL_RAISE_LSI, SRC_LSI_CONVENTION,
	    TAG_M };
	if (!it->present)
		return;
	/* Weaker over stronger, so the denominator is always the stronger. */
	if (limb_symmetry_index(fmin(l, r), fmax(l, r), &it->lsi) != CORE_OK)
		it->lsi = NAN;
	if (fabs(it->diff) <= HEEL_RAISE_LOA)
		it->band = ASYM_WITHIN_ERROR;
	else if (it->lsi < HEEL_RAISE_LSI)
		it->band = ASYM_NOTABLE;
	else
		it->band = ASYM_NO_BAND;	/* beyond the LoA, LSI >= 90 */
}

static void
item_weight(const struct balance_result *b, struct bilateral_item *it)
{
	item_fill(it, b->weight_left_pct, b->weight_right_pct, false,
	    OUT_HIGHER);
	it->extra = (struct threshold){ WEIGHT_LOW_PCT, SRC_WBA_CONVENTION,
	    TAG_M };
	it->outside_convention = b->weight_outside_convention;
}

/* The summary: the side every flagged measure stands out on. */
static void
bilateral_summary(struct bilateral_result *r)
{
	unsigned	sides = 0;

	for (int i = 0; i < BM_COUNT; i++) {
		const struct bilateral_item *it = &r->item[i];

		if (it->band != ASYM_NOTABLE && it->band != ASYM_LARGE)
			continue;
		r->flagged |= 1u << i;
		if (it->differs == WHICH_LEFT || it->differs == WHICH_BOTH)
			sides |= 1u;
		if (it->differs == WHICH_RIGHT || it->differs == WHICH_BOTH)
			sides |= 2u;
	}
	r->side = sides == 0 ? WHICH_NONE : sides == 1 ? WHICH_LEFT :
	    sides == 2 ? WHICH_RIGHT : WHICH_MIXED;
}

enum core_status
bilateral_assess(const struct screening_answers *a,
    const struct foot_result foot[SIDE_COUNT], const struct balance_result *b,
    struct bilateral_result *r)
{
	struct bilateral_item	*it;

	if (a == NULL || foot == NULL || b == NULL || r == NULL)
		return CORE_ERR_ARG;
	*r = (struct bilateral_result){ 0 };
	it = r->item;
	item_fpi(foot, &it[BM_FPI]);
	item_navicular(foot, &it[BM_NAVICULAR_DROP]);
	item_fill(&it[BM_CSI], foot[SIDE_LEFT].print.csi_pct,
	    foot[SIDE_RIGHT].print.csi_pct, false, OUT_HIGHER);
	item_fill(&it[BM_STAHELI], foot[SIDE_LEFT].print.staheli,
	    foot[SIDE_RIGHT].print.staheli, false, OUT_HIGHER);
	it[BM_CSI].approximate = it[BM_STAHELI].approximate = true;
	/* Single-leg stance: no validated left/right cut-off (§4.4 [M]). */
	item_fill(&it[BM_SLS_EO], b->sls[SIDE_LEFT].eo_s,
	    b->sls[SIDE_RIGHT].eo_s, false, OUT_LOWER);
	item_fill(&it[BM_SLS_EC], b->sls[SIDE_LEFT].ec_s,
	    b->sls[SIDE_RIGHT].ec_s, false, OUT_LOWER);
	item_heel_raise(a, &it[BM_HEEL_RAISE]);
	item_weight(b, &it[BM_BOARD_WEIGHT]);
	item_fill(&it[BM_BOARD_SLS_TIME], b->board_sls_time_s[SIDE_LEFT],
	    b->board_sls_time_s[SIDE_RIGHT], false, OUT_LOWER);
	/* A medial/lateral loading proxy: signed, no band. */
	item_fill(&it[BM_BOARD_COP_MEDIAL], b->board_cop_medial_mm[SIDE_LEFT],
	    b->board_cop_medial_mm[SIDE_RIGHT], true, OUT_HIGHER);
	/* Within error names no side. */
	for (int i = 0; i < BM_COUNT; i++)
		if (it[i].band == ASYM_WITHIN_ERROR)
			it[i].differs = WHICH_NONE;
	bilateral_summary(r);
	return CORE_OK;
}
