/*
 * asymmetry.h: left/right weight bearing and symmetry indices.
 *
 * Sources (screening-evidence.md):
 *  - §5.4 Robinson, Herzog & Nigg 1987 symmetry index; Zifchock et al. 2008
 *    symmetry angle (formula tagged [M] there).
 *  - §5.5 limb symmetry index, as used in return-to-sport practice.
 *  - §5.6 weight-bearing asymmetry (WBA): directly from two plates, or from
 *    one board through the ML COP and the feet's centre lines, never from
 *    the share of the right-hand cells (that is the board's right half, not
 *    the right foot).
 */
#ifndef FOOTSCREEN_CORE_ASYMMETRY_H
#define FOOTSCREEN_CORE_ASYMMETRY_H

#include <stdbool.h>
#include <stddef.h>

#include "core/status.h"

/*
 * Robinson et al. 1987: 100 (xr - xl) / (0.5 (xr + xl)).  0 is perfect
 * symmetry, the sign names the larger side.  Unstable when xr + xl is near
 * zero: CORE_ERR_DEGENERATE when it is zero.
 */
enum core_status symmetry_index_robinson(double right, double left, double *si);

/*
 * Zifchock et al. 2008 symmetry angle: (45 - atan(xl/xr) in degrees) / 90 *
 * 100.  Bounded; meant for positive measures.
 */
enum core_status symmetry_angle_zifchock(double right, double left, double *sa);

/*
 * Limb symmetry index: 100 * involved / uninvolved.  The caller chooses and
 * reports which limb is the denominator (§5.5: results differ).
 */
enum core_status limb_symmetry_index(double numerator_limb,
		    double denominator_limb, double *lsi);

/* §5.6: 100 |F_right - F_left| / (F_right + F_left). */
enum core_status wba_percent(double f_right, double f_left, double *wba);

/*
 * Weight bearing measured with one plate under each foot (dos Santos et al.
 * 2017 set-up).  Side A and side B are whatever the caller calls them
 * (dominant and non-dominant, or right and left).
 */
struct two_plate_asymmetry {
	size_t	n;
	double	mean_force[2];		/* mean vertical force per plate */
	double	share_a_pct;		/* sum A / sum (A + B) * 100 */
	double	asymmetry_index_pct;	/* (sum A - sum B) / sum (A + B) * 100 */
	double	mean_abs_sample_pct;	/* mean_i |A - B| / (A + B) * 100 */
	double	wba_pct;		/* §5.6 on the mean forces */
	double	robinson_si_pct;	/* §5.4 with A as "right" */
	double	mean_cop_ap[2];		/* mean AP COP under each plate */
	double	mean_net_cop_ap;	/* mean of the force-weighted net AP COP */
	double	sd_net_cop_ap;		/* its SD, population (ddof 0) */
};

/* cop_ap may be NULL when the plates give no COP. */
enum core_status two_plate_asymmetry(const double *const force[2],
		    const double *const cop_ap[2], size_t n,
		    struct two_plate_asymmetry *);

/*
 * One board, both feet on it, placed symmetrically about the board centre
 * with their centre lines foot_spacing apart (same unit as cop_ml).  Static
 * moment balance gives the right foot's share as 0.5 + cop_ml / spacing,
 * assuming each foot's own pressure centre lies on its centre line: an
 * approximation (§5.6, derived there, tagged [M]).  outside_feet is set when
 * the mean COP lies beyond a centre line, where the estimate means nothing.
 */
struct board_weight_bearing {
	double	right_pct;
	double	left_pct;
	double	wba_pct;
	bool	outside_feet;
};

enum core_status board_weight_bearing(double mean_cop_ml, double foot_spacing,
		    struct board_weight_bearing *);

/*
 * Single-leg stance on one board: how far the mean ML COP sits from the
 * standing foot's centre line, positive towards the midline (medial), in
 * the unit of cop_ml.  With the feet placed symmetrically foot_spacing
 * apart, the left foot's line is at -spacing/2 and the right's at
 * +spacing/2.  Plantar-pressure systems use the medial/lateral position of
 * the COP under a foot as a loading proxy; it describes, it does not
 * diagnose (evidence sheet §0.1 rule 2).  right_foot is 0 for the left.
 */
enum core_status single_leg_medial_offset(double mean_cop_ml,
		    double foot_spacing, int right_foot, double *medial);

#endif
