/*
 * ellipse.h: the 95 % confidence ellipse of a COP trace.
 *
 * Quijoux et al. 2021 code, as shared/data/reference/README.md §3 writes it:
 * area = 2 pi F(0.95; 2, N-2) sqrt(sxx syy - sxy^2) (N+1)(N-1)/(N(N-2)),
 * with sxx, syy, sxy the population (divide by N) moments about the mean and
 * F(0.95; 2, d) = (d/2)(0.05^(-2/d) - 1), the closed form of the F quantile
 * with 2 numerator degrees of freedom.  Shared by the batch descriptors and
 * the streaming summary so the two cannot drift apart.
 */
#ifndef FOOTSCREEN_CORE_ELLIPSE_H
#define FOOTSCREEN_CORE_ELLIPSE_H

#include <stddef.h>

/* F(0.95; 2, d) for d > 0 degrees of freedom. */
double	f_quantile95_2(double d);

/*
 * Area from population moments of n samples; NAN when n < 3 or the
 * determinant is negative beyond rounding.
 */
double	confidence_ellipse_area(double sxx, double syy, double sxy, size_t n);

#endif
