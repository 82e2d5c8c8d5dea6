/*
 * bodymap.h: the results' body map (issue 5 item 3): a small figure from
 * the feet up (feet, knees, hips, pelvis, low back) with each finding
 * marked on its side, so the chain is seen at a glance.  Pure: what is
 * marked where is worked out from the findings (bodymap_marks), then drawn.
 */
#ifndef FOOTSCREEN_TUI_BODYMAP_H
#define FOOTSCREEN_TUI_BODYMAP_H

#include <stdint.h>

#include "core/screening.h"
#include "tui/grid.h"

#define BODY_REGION_LIST(X) \
	X(FOOT, "feet") \
	X(KNEE, "knees") \
	X(HIP, "hips") \
	X(PELVIS, "pelvis") \
	X(LOW_BACK, "low back")

enum body_region {
#define BODY_X_ENUM(id, name) BODY_##id,
	BODY_REGION_LIST(BODY_X_ENUM)
#undef BODY_X_ENUM
	BODY_COUNT
};

/* What is marked on each region and side: bit masks of findings. */
struct body_marks {
	uint64_t	left[BODY_COUNT];
	uint64_t	right[BODY_COUNT];
	uint64_t	centre[BODY_COUNT];	/* no side (pelvis, back) */
};

void	bodymap_marks(const struct findings *, struct body_marks *);
/* Draw the figure with its marks and a legend in r. */
void	bodymap_draw(const struct body_marks *, struct grid *, struct rect r);

#endif
