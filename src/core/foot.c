/*
 * foot.c: the foot instruments of evidence sheet §1-3, one foot at a time.
 * FPI-6 gets its five bands only when all six items are scored; navicular
 * drop is a value with its measurement-error band and no label; the
 * footprint indices are raw values, with only the Chippaux-Smirak
 * ">= 45 % flat" end marked, as approximate.
 */
#include <config.h>

#include <math.h>

#include "core/foot.h"

/*
 * Vinicombe, Raspovic & Menz 2001 [V]: the 95 % measurement error of ND is
 * +-1.5 to +-3.5 mm between clinicians; the wider end is used.
 */
#define ND_ERROR_BAND_MM	3.5
/* Nielsen et al. 2009 review [V]: healthy means 3.6-8.1 mm (Brody method). */
#define ND_HEALTHY_MEAN_LOW_MM	3.6
#define ND_HEALTHY_MEAN_HIGH_MM	8.1
/*
 * Forriol & Pascual 1990 as attributed by Sakalauskaite 2018: CSI >= 45 %
 * flat foot.  The band edges are [M]; §3.2 allows only this end, marked
 * approximate, never the other bands.
 */
#define CSI_FLAT_PCT		45.0

enum core_status
fpi6_total(const int item[FPI_ITEMS], int *total, int *n_scored)
{
	int	sum = 0, n = 0;

	if (item == NULL || total == NULL || n_scored == NULL)
		return CORE_ERR_ARG;
	for (int i = 0; i < FPI_ITEMS; i++) {
		if (item[i] == FPI_ITEM_MISSING)
			continue;
		if (item[i] < -2 || item[i] > 2)
			return CORE_ERR_ARG;
		sum += item[i];
		n++;
	}
	*total = sum;
	*n_scored = n;
	return CORE_OK;
}

/*
 * The FPI-6 manual's bands (Redmond 2005, the same in 4+ secondary
 * sources [S]): -12..-5 highly supinated, -4..-1 supinated, 0..+5 normal,
 * +6..+9 pronated, +10..+12 highly pronated.
 */
enum pronation_category
fpi6_category(int total)
{
	if (total < -12 || total > 12)
		return PRONATION_UNKNOWN;
	if (total <= -5)
		return PRONATION_HIGHLY_SUPINATED;
	if (total <= -1)
		return PRONATION_SUPINATED;
	if (total <= 5)
		return PRONATION_NEUTRAL;
	if (total <= 9)
		return PRONATION_PRONATED;
	return PRONATION_HIGHLY_PRONATED;
}

/* Both finite and positive, as widths and heights must be. */
static enum core_status
check_lengths(double a, double b)
{
	if (isinf(a) || isinf(b))
		return CORE_ERR_NONFINITE;
	if (isnan(a) || isnan(b) || a < 0.0 || b < 0.0)
		return CORE_ERR_ARG;
	return CORE_OK;
}

enum core_status
navicular_drop_mm(double neutral_mm, double relaxed_mm, double *drop_mm)
{
	enum core_status	st;

	if (drop_mm == NULL)
		return CORE_ERR_ARG;
	if ((st = check_lengths(neutral_mm, relaxed_mm)) != CORE_OK)
		return st;
	*drop_mm = neutral_mm - relaxed_mm;
	return CORE_OK;
}

enum core_status
chippaux_smirak_pct(double min_midfoot, double max_forefoot, double *csi_pct)
{
	enum core_status	st;

	if (csi_pct == NULL)
		return CORE_ERR_ARG;
	if ((st = check_lengths(min_midfoot, max_forefoot)) != CORE_OK)
		return st;
	if (max_forefoot == 0.0)
		return CORE_ERR_DEGENERATE;
	*csi_pct = 100.0 * min_midfoot / max_forefoot;
	return CORE_OK;
}

enum core_status
staheli_index(double min_arch, double max_heel, double *ratio)
{
	enum core_status	st;

	if (ratio == NULL)
		return CORE_ERR_ARG;
	if ((st = check_lengths(min_arch, max_heel)) != CORE_OK)
		return st;
	if (max_heel == 0.0)
		return CORE_ERR_DEGENERATE;
	*ratio = min_arch / max_heel;
	return CORE_OK;
}

/*
 * FPI-6 needs a second person (§1.5: self-assessment is not feasible or
 * validated); even a partner's score is approximate.  An item left out is
 * allowed by the manual [S], but then no band (§1.2 recommendation).
 */
static enum core_status
foot_fpi(const struct side_answers *s, struct fpi_result *f)
{
	enum core_status	st;

	if ((st = fpi6_total(s->fpi_item, &f->total, &f->n_scored)) != CORE_OK)
		return st;
	f->complete = f->n_scored == FPI_ITEMS;
	f->category = f->complete ? fpi6_category(f->total) : PRONATION_UNKNOWN;
	f->by = s->fpi_by;
	f->approximate = true;
	f->self_collected = s->fpi_by == BY_SELF;
	f->cite = (struct cite){ SRC_REDMOND_2005, TAG_S };
	return CORE_OK;
}

static enum core_status
foot_navicular(const struct side_answers *s, struct navicular_result *n)
{
	enum core_status	st;

	n->drop_mm = n->low_mm = n->high_mm = NAN;
	n->error_band = (struct threshold){ ND_ERROR_BAND_MM,
	    SRC_VINICOMBE_2001, TAG_V };
	n->healthy_mean_low = (struct threshold){ ND_HEALTHY_MEAN_LOW_MM,
	    SRC_NIELSEN_2009, TAG_V };
	n->healthy_mean_high = (struct threshold){ ND_HEALTHY_MEAN_HIGH_MM,
	    SRC_NIELSEN_2009, TAG_V };
	n->by = s->navicular_by;
	n->approximate = true;
	n->self_collected = s->navicular_by == BY_SELF;
	if (isnan(s->navicular_neutral_mm) || isnan(s->navicular_relaxed_mm))
		return CORE_OK;
	if ((st = navicular_drop_mm(s->navicular_neutral_mm,
	    s->navicular_relaxed_mm, &n->drop_mm)) != CORE_OK)
		return st;
	n->present = true;
	n->low_mm = n->drop_mm - ND_ERROR_BAND_MM;
	n->high_mm = n->drop_mm + ND_ERROR_BAND_MM;
	return CORE_OK;
}

static enum core_status
foot_print(const struct side_answers *s, struct footprint_result *p)
{
	enum core_status	st;

	p->csi_pct = p->staheli = NAN;
	p->csi_flat_at = (struct threshold){ CSI_FLAT_PCT, SRC_FORRIOL_1990,
	    TAG_M };
	p->picture = s->print_picture;
	p->approximate = true;
	if (!isnan(s->print_min_midfoot_mm) && !isnan(s->print_max_forefoot_mm)) {
		if ((st = chippaux_smirak_pct(s->print_min_midfoot_mm,
		    s->print_max_forefoot_mm, &p->csi_pct)) != CORE_OK)
			return st;
		p->csi_flat = p->csi_pct >= CSI_FLAT_PCT;
	}
	if (!isnan(s->print_min_midfoot_mm) && !isnan(s->print_max_heel_mm)) {
		if ((st = staheli_index(s->print_min_midfoot_mm,
		    s->print_max_heel_mm, &p->staheli)) != CORE_OK)
			return st;
	}
	return CORE_OK;
}

enum core_status
foot_assess(const struct side_answers *s, struct foot_result *r)
{
	enum core_status	st;

	if (s == NULL || r == NULL)
		return CORE_ERR_ARG;
	*r = (struct foot_result){ 0 };
	if ((st = foot_fpi(s, &r->fpi)) != CORE_OK)
		return st;
	if ((st = foot_navicular(s, &r->navicular)) != CORE_OK)
		return st;
	return foot_print(s, &r->print);
}
