/*
 * pronation.c: one foot's posture from the indicators that are present.
 *
 * Each indicator that points somewhere casts a direction from -2 (highly
 * supinated) to +2 (highly pronated) with a weight on one common 0..1
 * scale, "agreement beyond chance":
 *  - FPI-6 by a partner or trainer: 0.72, the category kappa of novice
 *    examiners after 1 h of training (McLaughlin et al. 2016 [V]: 0.72-0.73;
 *    ICC 0.85-0.86).  The lower novice figure rather than the 0.92 of one
 *    experienced rater (Langley et al. 2016 [V]), since our partners are
 *    lay people.  Only FPI-6 has "highly" bands, so only it casts +-2.
 *  - Chippaux-Smirak >= 45 %: 0.46 = 2 AUROC - 1 with AUROC 0.73 against
 *    a radiographic angle (Ann Rehabil Med 2023 [V]), the Gini form of an
 *    AUROC on the same scale as a kappa.  Below 45 % it casts nothing: the
 *    sheet allows only the flat end (§3.2).
 *  - Navicular drop: 0.40, its category kappa (Langley et al. 2016 [V]).
 *    It casts "pronated" only when its whole +-3.5 mm error band
 *    (Vinicombe 2001 [V]) lies above 10 mm, the most-used upper limit
 *    (Mueller 1993 via Nielsen 2009 [V]); there is no agreed low cut-off
 *    (§2.2), so it never casts "supinated" or "neutral".
 *  - Shoe wear, heel tilt seen from behind, footprint picture: 0.10 each.
 *    Unvalidated (articles B-E); a nominal weight below every validated one
 *    so that they tip no balance against a validated indicator.
 *  - FPI-6 or navicular drop done on oneself: 0.10, like any unvalidated
 *    observation (§1.5: self-rated FPI is not the instrument).
 *
 * The category is the weighted mean direction rounded, ties towards
 * neutral.  Confidence is 1 - prod(1 - w) over the agreeing indicators
 * (each one that agrees adds, the more reliable the more), scaled by the
 * agreeing share of the total weight (disagreement takes away).  All of
 * these are this tool's design, not published cut-offs.
 */
#include <config.h>

#include <math.h>

#include "core/pronation.h"

#define W_FPI		0.72
#define W_CSI		0.46
#define W_ND		0.40
#define W_UNVALIDATED	0.10
/* The 10 mm ND limit the error band must clear (see above). */
#define ND_PRONATED_MM	10.0
/* Confidence levels: design choices (FPI-6 alone is moderate). */
#define CONF_MODERATE_AT	0.5
#define CONF_HIGH_AT		0.8

static void
vote_cast(struct pronation_vote *v, int direction, double weight,
    enum source src, enum evidence_tag tag)
{
	v->votes = true;
	v->direction = direction;
	v->weight = weight;
	v->cite = (struct cite){ src, tag };
}

static void
vote_fpi(const struct fpi_result *f, struct pronation_vote *v)
{
	v->present = f->n_scored > 0;
	v->approximate = true;
	v->self_collected = f->self_collected;
	if (!f->complete)
		return;
	if (f->self_collected)
		vote_cast(v, (int)f->category - PRONATION_NEUTRAL,
		    W_UNVALIDATED, SRC_DESIGN_RULE, TAG_DESIGN);
	else
		vote_cast(v, (int)f->category - PRONATION_NEUTRAL, W_FPI,
		    SRC_MCLAUGHLIN_2016, TAG_V);
}

static void
vote_csi(const struct footprint_result *p, struct pronation_vote *v)
{
	v->present = !isnan(p->csi_pct);
	v->approximate = true;
	if (p->csi_flat)
		vote_cast(v, 1, W_CSI, SRC_ANN_REHABIL_MED_2023, TAG_V);
}

static void
vote_navicular(const struct navicular_result *n, struct pronation_vote *v)
{
	v->present = n->present;
	v->approximate = true;
	v->self_collected = n->self_collected;
	if (!n->present || !(n->low_mm > ND_PRONATED_MM))
		return;
	if (n->self_collected)
		vote_cast(v, 1, W_UNVALIDATED, SRC_DESIGN_RULE, TAG_DESIGN);
	else
		vote_cast(v, 1, W_ND, SRC_LANGLEY_2016, TAG_V);
}

/* An unvalidated observation: direction -1, 0 or +1, or none (2). */
static void
vote_observation(int direction, struct pronation_vote *v)
{
	if (direction > 1)
		return;
	v->present = true;
	v->approximate = true;
	vote_cast(v, direction, W_UNVALIDATED, SRC_SOURCE_ARTICLES,
	    TAG_DESIGN);
}

/* Inner-edge wear goes with rolling in, outer with rolling out (B, D). */
static int
shoe_wear_direction(enum shoe_wear w)
{
	switch (w) {
	case WEAR_INNER:
		return 1;
	case WEAR_OUTER:
		return -1;
	case WEAR_EVEN:
		return 0;
	default:
		return 2;
	}
}

/*
 * Heel bone seen from behind (article C), read as FPI-6 item 3 (§1.1):
 * tilted outward (everted) is a pronated feature, inward a supinated one.
 */
static int
heel_tilt_direction(enum heel_tilt t)
{
	switch (t) {
	case TILT_OUTWARD:
		return 1;
	case TILT_INWARD:
		return -1;
	case TILT_UPRIGHT:
		return 0;
	default:
		return 2;
	}
}

/* A flat print is only "pronated": the picture has no "highly". */
static int
picture_direction(enum footprint_picture p)
{
	switch (p) {
	case PRINT_HIGH_ARCH:
		return -1;
	case PRINT_MEDIUM:
		return 0;
	case PRINT_LOW:
	case PRINT_FLAT:
		return 1;
	default:
		return 2;
	}
}

static int
sign_of(double x)
{
	return (x > 0) - (x < 0);
}

/* Weighted mean direction to a category offset, ties to the milder. */
static int
round_direction(double m)
{
	double	a = fabs(m);
	int	k = a <= 0.5 ? 0 : a <= 1.5 ? 1 : 2;

	return m < 0 ? -k : k;
}

enum core_status
pronation_combine(const struct side_answers *s, const struct foot_result *f,
    struct pronation_result *r)
{
	double	wsum = 0, wdsum = 0, wagree = 0, miss = 1;
	int	k;

	if (s == NULL || f == NULL || r == NULL)
		return CORE_ERR_ARG;
	*r = (struct pronation_result){ .score = NAN };
	vote_fpi(&f->fpi, &r->vote[PI_FPI6]);
	vote_csi(&f->print, &r->vote[PI_CSI]);
	vote_navicular(&f->navicular, &r->vote[PI_NAVICULAR_DROP]);
	vote_observation(shoe_wear_direction(s->shoe_wear),
	    &r->vote[PI_SHOE_WEAR]);
	vote_observation(heel_tilt_direction(s->heel_tilt),
	    &r->vote[PI_HEEL_TILT]);
	vote_observation(picture_direction(s->print_picture),
	    &r->vote[PI_PICTURE]);

	for (int i = 0; i < PI_COUNT; i++) {
		const struct pronation_vote *v = &r->vote[i];

		r->n_present += v->present;
		if (!v->votes)
			continue;
		r->n_voting++;
		wsum += v->weight;
		wdsum += v->weight * v->direction;
	}
	if (r->n_voting == 0)
		return CORE_OK;
	r->approximate = true;
	r->score = wdsum / wsum;
	k = round_direction(r->score);
	for (int i = 0; i < PI_COUNT; i++) {
		struct pronation_vote *v = &r->vote[i];

		if (!v->votes)
			continue;
		v->agrees = sign_of(v->direction) == sign_of(k);
		if (v->agrees) {
			r->n_agreeing++;
			wagree += v->weight;
			miss *= 1.0 - v->weight;
		} else {
			r->n_disagreeing++;
			r->disagree |= 1u << i;
		}
	}
	/* Nothing agrees with the mean: the indicators conflict, no category. */
	if (r->n_agreeing == 0)
		return CORE_OK;
	r->category = (enum pronation_category)(PRONATION_NEUTRAL + k);
	r->confidence = (1.0 - miss) * wagree / wsum;
	r->level = r->confidence >= CONF_HIGH_AT ? CONF_HIGH :
	    r->confidence >= CONF_MODERATE_AT ? CONF_MODERATE : CONF_LOW;
	return CORE_OK;
}
