/*
 * foot.h: the foot instruments of the evidence sheet, per foot: FPI-6
 * total and band (§1), navicular drop with its error band (§2), and the
 * Chippaux-Smirak and Staheli footprint indices as raw values (§3).
 * Every one of them is a partner or home measure and so "approximate".
 */
#ifndef FOOTSCREEN_CORE_FOOT_H
#define FOOTSCREEN_CORE_FOOT_H

#include "core/screening.h"

/*
 * Sum of the scored FPI-6 items (each -2..+2, FPI_ITEM_MISSING when not
 * scored).  CORE_ERR_ARG for an item out of range.
 */
enum core_status fpi6_total(const int item[FPI_ITEMS], int *total,
		    int *n_scored);

/* The five bands of a complete total (-12..+12); UNKNOWN out of range. */
enum pronation_category fpi6_category(int total);

/* Height in subtalar neutral minus height relaxed, mm. */
enum core_status navicular_drop_mm(double neutral_mm, double relaxed_mm,
		    double *drop_mm);

/* 100 * narrowest midfoot width / widest forefoot width (§3.2). */
enum core_status chippaux_smirak_pct(double min_midfoot, double max_forefoot,
		    double *csi_pct);

/* Narrowest arch width / widest heel width (§3.3). */
enum core_status staheli_index(double min_arch, double max_heel,
		    double *ratio);

/* All of the above for one foot; missing inputs leave NAN / UNKNOWN. */
enum core_status foot_assess(const struct side_answers *,
		    struct foot_result *);

#endif
