/*
 * asymmetry.c: left/right weight bearing and symmetry indices.
 * Formulas and their sources are in asymmetry.h.
 */
#include <config.h>

#include <math.h>

#include "core/asymmetry.h"

static int
both_finite(double a, double b)
{
	return isfinite(a) && isfinite(b);
}

enum core_status
symmetry_index_robinson(double right, double left, double *si)
{
	if (si == NULL)
		return CORE_ERR_ARG;
	if (!both_finite(right, left))
		return CORE_ERR_NONFINITE;
	if (right + left == 0.0)
		return CORE_ERR_DEGENERATE;
	*si = 100.0 * (right - left) / (0.5 * (right + left));
	return CORE_OK;
}

enum core_status
symmetry_angle_zifchock(double right, double left, double *sa)
{
	if (sa == NULL)
		return CORE_ERR_ARG;
	if (!both_finite(right, left))
		return CORE_ERR_NONFINITE;
	/* Defined for positive measures; the angle of (xr, xl) from the diagonal. */
	if (right <= 0.0 || left < 0.0)
		return CORE_ERR_DEGENERATE;
	*sa = (45.0 - atan(left / right) * 180.0 / M_PI) / 90.0 * 100.0;
	return CORE_OK;
}

enum core_status
limb_symmetry_index(double numerator_limb, double denominator_limb, double *lsi)
{
	if (lsi == NULL)
		return CORE_ERR_ARG;
	if (!both_finite(numerator_limb, denominator_limb))
		return CORE_ERR_NONFINITE;
	if (denominator_limb == 0.0)
		return CORE_ERR_DEGENERATE;
	*lsi = 100.0 * numerator_limb / denominator_limb;
	return CORE_OK;
}

enum core_status
wba_percent(double f_right, double f_left, double *wba)
{
	if (wba == NULL)
		return CORE_ERR_ARG;
	if (!both_finite(f_right, f_left))
		return CORE_ERR_NONFINITE;
	if (!(f_right + f_left > 0.0))
		return CORE_ERR_DEGENERATE;
	*wba = 100.0 * fabs(f_right - f_left) / (f_right + f_left);
	return CORE_OK;
}

enum core_status
two_plate_asymmetry(const double *const force[2], const double *const cop_ap[2],
    size_t n, struct two_plate_asymmetry *out)
{
	double	 sum[2] = { 0 }, cop_sum[2] = { 0 }, abs_sum = 0.0;
	double	 net_sum = 0.0, net_sq = 0.0, tot, net_mean;
	int	 have_cop = cop_ap != NULL && cop_ap[0] != NULL && cop_ap[1] != NULL;
	enum core_status st;

	if (force == NULL || force[0] == NULL || force[1] == NULL || out == NULL)
		return CORE_ERR_ARG;
	if (n == 0)
		return CORE_ERR_TOO_SHORT;
	for (size_t i = 0; i < n; i++) {
		double	a = force[0][i], b = force[1][i];

		if (!both_finite(a, b))
			return CORE_ERR_NONFINITE;
		if (!(a + b > 0.0))
			return CORE_ERR_DEGENERATE;
		sum[0] += a;
		sum[1] += b;
		abs_sum += fabs(a - b) / (a + b);
		if (have_cop) {
			double	ca = cop_ap[0][i], cb = cop_ap[1][i], net;

			if (!both_finite(ca, cb))
				return CORE_ERR_NONFINITE;
			cop_sum[0] += ca;
			cop_sum[1] += cb;
			/* The net COP of two plates is their force-weighted mean. */
			net = (a * ca + b * cb) / (a + b);
			net_sum += net;
		}
	}
	tot = sum[0] + sum[1];
	out->n = n;
	out->mean_force[0] = sum[0] / (double)n;
	out->mean_force[1] = sum[1] / (double)n;
	out->share_a_pct = 100.0 * sum[0] / tot;
	out->asymmetry_index_pct = 100.0 * (sum[0] - sum[1]) / tot;
	out->mean_abs_sample_pct = 100.0 * abs_sum / (double)n;
	if ((st = wba_percent(sum[0], sum[1], &out->wba_pct)) != CORE_OK)
		return st;
	if ((st = symmetry_index_robinson(sum[0], sum[1],
	    &out->robinson_si_pct)) != CORE_OK)
		return st;
	out->mean_cop_ap[0] = out->mean_cop_ap[1] = NAN;
	out->mean_net_cop_ap = out->sd_net_cop_ap = NAN;
	if (!have_cop)
		return CORE_OK;
	out->mean_cop_ap[0] = cop_sum[0] / (double)n;
	out->mean_cop_ap[1] = cop_sum[1] / (double)n;
	net_mean = net_sum / (double)n;
	/* Second pass about the mean: a one-pass sum of squares loses digits. */
	for (size_t i = 0; i < n; i++) {
		double	a = force[0][i], b = force[1][i];
		double	d = (a * cop_ap[0][i] + b * cop_ap[1][i]) / (a + b) - net_mean;

		net_sq += d * d;
	}
	out->mean_net_cop_ap = net_mean;
	out->sd_net_cop_ap = sqrt(net_sq / (double)n);
	return CORE_OK;
}

enum core_status
board_weight_bearing(double mean_cop_ml, double foot_spacing,
    struct board_weight_bearing *out)
{
	double	right;

	if (out == NULL)
		return CORE_ERR_ARG;
	if (!both_finite(mean_cop_ml, foot_spacing))
		return CORE_ERR_NONFINITE;
	if (!(foot_spacing > 0.0))
		return CORE_ERR_ARG;
	right = 0.5 + mean_cop_ml / foot_spacing;
	out->right_pct = 100.0 * right;
	out->left_pct = 100.0 - out->right_pct;
	out->wba_pct = fabs(out->right_pct - out->left_pct);
	out->outside_feet = right < 0.0 || right > 1.0;
	return CORE_OK;
}

enum core_status
single_leg_medial_offset(double mean_cop_ml, double foot_spacing,
    int right_foot, double *medial)
{
	if (medial == NULL)
		return CORE_ERR_ARG;
	if (!both_finite(mean_cop_ml, foot_spacing))
		return CORE_ERR_NONFINITE;
	if (!(foot_spacing > 0.0))
		return CORE_ERR_ARG;
	/* The midline is at 0: medial is +x for the left foot, -x for the right. */
	*medial = right_foot ? foot_spacing / 2.0 - mean_cop_ml :
	    mean_cop_ml + foot_spacing / 2.0;
	return CORE_OK;
}
