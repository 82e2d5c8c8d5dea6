/*
 * bodymap.h: the results' body map (issue 5 item 3): a small figure from
 * the feet up (feet, lower legs, knees, hips, pelvis, low back), seen from
 * behind so that the person's left is on the left, with each finding
 * marked on its side, so the chain is seen at a glance.  Pure: what is
 * marked where is worked out from the findings (bodymap_marks), then
 * drawn.  Marks are numbers; the legend in words (bodymap_legend gives
 * its order) is drawn beside the figure by the results screen, where each
 * line also opens to its reason.
 */
#ifndef FOOTSCREEN_TUI_BODYMAP_H
#define FOOTSCREEN_TUI_BODYMAP_H

#include <stdint.h>

#include "core/advice.h"	/* FINDING_BIT */
#include "core/screening.h"
#include "tui/grid.h"

/* From the feet up, the order the figure is read in. */
#define BODY_REGION_LIST(X) \
	X(FOOT, "feet") \
	X(LOWER_LEG, "lower legs") \
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

const char	*body_region_name(enum body_region);

/* What is marked on each region and side: sets of FINDING_BIT(f). */
struct body_marks {
	uint64_t	left[BODY_COUNT];
	uint64_t	right[BODY_COUNT];
	uint64_t	centre[BODY_COUNT];	/* no side (pelvis, back) */
	uint64_t	general;	/* not in one place (balance) */
};

/* Where a finding is marked: the sides as in struct findings, or centre. */
#define BODYMAP_LEFT	FOUND_LEFT
#define BODYMAP_RIGHT	FOUND_RIGHT
#define BODYMAP_CENTRE	0x8u

/*
 * "on the left", "on the right", "on both sides" for the left and right
 * bits of a mask (FOUND_* or BODYMAP_*); "" for neither.
 */
const char	*body_side_words(unsigned where);

/*
 * Place the findings.  A finding with a side goes on the side(s) it was
 * found on; pain goes where the person felt it when the answers are given
 * (NULL: in the centre of its region); findings about balance as a whole
 * go to general.
 */
void	bodymap_marks(const struct findings *,
	    const struct screening_answers *, struct body_marks *);

/*
 * The region of finding f on the figure (its sides in *where, 0 when it
 * is not marked), or -1 when it is general or not marked.
 */
int	bodymap_where(const struct body_marks *, enum finding_id f,
	    unsigned *where);

/*
 * The marked findings in legend order, from the feet up and general ones
 * last, into out[0..max-1]; returns how many.  A finding's number on the
 * figure is its index here plus one.
 */
int	bodymap_legend(const struct body_marks *, enum finding_id *out,
	    int max);

/* The figure's size: bodymap_draw needs this much room. */
#define BODYMAP_W	32
#define BODYMAP_H	11

/* Draw the figure with its numbered marks at the top left of r. */
void	bodymap_draw(const struct body_marks *, struct grid *, struct rect r);

#endif
