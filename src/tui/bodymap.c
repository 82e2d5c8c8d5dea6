/*
 * bodymap.c: where each finding goes on the body map, and the figure; see
 * bodymap.h.
 *
 * The placement follows what each finding describes: foot posture and
 * shoe wear at the foot, calf strength at the lower leg, the knee moving
 * inward at the knee, the hip dropping in the single-leg squat at the hip
 * (evidence sheet §5.2), leg length and the belt line at the pelvis
 * (source articles A and B), and pain where it was felt.  Findings about
 * balance as a whole (fall risk, caution, weight share, sway) have no one
 * place.  The map shows where findings are, side by side; it does not
 * say that one causes another (evidence sheet §0.1 rule 2, §7.6).
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "screening/report.h"
#include "tui/bodymap.h"

static const char *const region_names[BODY_COUNT] = {
#define BODY_X_NAME(id, name) name,
	BODY_REGION_LIST(BODY_X_NAME)
#undef BODY_X_NAME
};

const char *
body_region_name(enum body_region r)
{
	return (unsigned)r < BODY_COUNT ? region_names[r] : "";
}

const char *
body_side_words(unsigned where)
{
	/* BODYMAP_LEFT and _RIGHT are the findings' side bits. */
	return report_sides_words(where);
}

/* How a finding's side is known. */
enum place_kind {
	PLACE_NONE,	/* general: no one place */
	PLACE_SIDED,	/* the sides it was found on */
	PLACE_CENTRE,	/* no side */
	PLACE_PAIN	/* where the person felt it */
};

struct place {
	enum place_kind		kind;
	enum body_region	region;
	enum symptom_site	site;	/* PLACE_PAIN */
};

static const struct place places[FINDING_COUNT] = {
	[FINDING_PRONATED] = { PLACE_SIDED, BODY_FOOT, 0 },
	[FINDING_HIGHLY_PRONATED] = { PLACE_SIDED, BODY_FOOT, 0 },
	[FINDING_SUPINATED] = { PLACE_SIDED, BODY_FOOT, 0 },
	[FINDING_HIGHLY_SUPINATED] = { PLACE_SIDED, BODY_FOOT, 0 },
	[FINDING_INDICATORS_DISAGREE] = { PLACE_SIDED, BODY_FOOT, 0 },
	[FINDING_SHOE_WEAR_INNER] = { PLACE_SIDED, BODY_FOOT, 0 },
	[FINDING_SHOE_WEAR_OUTER] = { PLACE_SIDED, BODY_FOOT, 0 },
	[FINDING_FOOT_POINTS_OUT] = { PLACE_SIDED, BODY_FOOT, 0 },
	[FINDING_FOOT_POINTS_IN] = { PLACE_SIDED, BODY_FOOT, 0 },
	/* one-leg balance is marked on the foot that was stood on */
	[FINDING_SLS_BELOW_AGE_MEAN] = { PLACE_SIDED, BODY_FOOT, 0 },
	/* heel raises test the calf (§5.1) */
	[FINDING_HEEL_RAISE_LOW] = { PLACE_SIDED, BODY_LOWER_LEG, 0 },
	[FINDING_HEEL_RAISE_ASYMMETRY] = { PLACE_CENTRE, BODY_LOWER_LEG, 0 },
	[FINDING_KNEE_VALGUS] = { PLACE_SIDED, BODY_KNEE, 0 },
	/* §5.2: linked with hip muscle function on the standing side */
	[FINDING_PELVIC_DROP] = { PLACE_SIDED, BODY_HIP, 0 },
	[FINDING_LEG_LENGTH_DIFFERENCE] = { PLACE_CENTRE, BODY_PELVIS, 0 },
	[FINDING_PELVIS_NOT_LEVEL] = { PLACE_CENTRE, BODY_PELVIS, 0 },
	[FINDING_FALL_RISK] = { PLACE_NONE, 0, 0 },
	[FINDING_BALANCE_CAUTION] = { PLACE_NONE, 0, 0 },
	[FINDING_WEIGHT_ASYMMETRY] = { PLACE_NONE, 0, 0 },
	[FINDING_VISUAL_RELIANCE] = { PLACE_NONE, 0, 0 },
	[FINDING_NO_PAIN] = { PLACE_NONE, 0, 0 },
	[FINDING_PAIN_LOW_BACK] = { PLACE_PAIN, BODY_LOW_BACK, SITE_LOW_BACK },
	[FINDING_PAIN_BUTTOCK] = { PLACE_PAIN, BODY_PELVIS, SITE_BUTTOCK },
	[FINDING_PAIN_LEG] = { PLACE_PAIN, BODY_LOWER_LEG,
	    SITE_LEG_BELOW_KNEE },
	[FINDING_PAIN_HIP] = { PLACE_PAIN, BODY_HIP, SITE_HIP },
	[FINDING_PAIN_GROIN] = { PLACE_PAIN, BODY_HIP, SITE_GROIN },
	[FINDING_PAIN_KNEE] = { PLACE_PAIN, BODY_KNEE, SITE_KNEE },
	[FINDING_PAIN_HEEL_FOOT] = { PLACE_PAIN, BODY_FOOT, SITE_HEEL_FOOT },
	[FINDING_PAIN_ANKLE] = { PLACE_PAIN, BODY_FOOT, SITE_ANKLE },
};

/* The BODYMAP_* sides of a finding placed by kind. */
static unsigned
place_sides(const struct place *p, unsigned where,
    const struct screening_answers *a)
{
	unsigned	s = 0;

	switch (p->kind) {
	case PLACE_SIDED:
		s = where & (BODYMAP_LEFT | BODYMAP_RIGHT);
		return s != 0 ? s : BODYMAP_CENTRE;
	case PLACE_PAIN:
		switch (a != NULL ? a->symptom[p->site].side : SSIDE_UNKNOWN) {
		case SSIDE_LEFT:
			return BODYMAP_LEFT;
		case SSIDE_RIGHT:
			return BODYMAP_RIGHT;
		case SSIDE_BOTH:
			return BODYMAP_LEFT | BODYMAP_RIGHT;
		default:
			return BODYMAP_CENTRE;
		}
	case PLACE_CENTRE:
		return BODYMAP_CENTRE;
	case PLACE_NONE:
		break;
	}
	return 0;
}

void
bodymap_marks(const struct findings *f, const struct screening_answers *a,
    struct body_marks *m)
{
	memset(m, 0, sizeof *m);
	for (int i = 0; i < FINDING_COUNT; i++) {
		const struct place	*p = &places[i];
		unsigned		 s;

		if (f->where[i] == 0)
			continue;
		if (p->kind == PLACE_NONE) {
			m->general |= FINDING_BIT(i);
			continue;
		}
		s = place_sides(p, f->where[i], a);
		if (s & BODYMAP_LEFT)
			m->left[p->region] |= FINDING_BIT(i);
		if (s & BODYMAP_RIGHT)
			m->right[p->region] |= FINDING_BIT(i);
		if (s & BODYMAP_CENTRE)
			m->centre[p->region] |= FINDING_BIT(i);
	}
}

int
bodymap_where(const struct body_marks *m, enum finding_id f, unsigned *where)
{
	uint64_t	bit;

	*where = 0;
	if ((unsigned)f >= FINDING_COUNT)
		return -1;
	bit = FINDING_BIT(f);
	for (int r = 0; r < BODY_COUNT; r++) {
		if (m->left[r] & bit)
			*where |= BODYMAP_LEFT;
		if (m->right[r] & bit)
			*where |= BODYMAP_RIGHT;
		if (m->centre[r] & bit)
			*where |= BODYMAP_CENTRE;
		if (*where != 0)
			return r;
	}
	return -1;
}

int
bodymap_legend(const struct body_marks *m, enum finding_id *out, int max)
{
	int	n = 0;

	for (int r = 0; r <= BODY_COUNT; r++) {
		uint64_t set = r < BODY_COUNT ?
		    m->left[r] | m->right[r] | m->centre[r] : m->general;

		for (int i = 0; i < FINDING_COUNT && n < max; i++)
			if (set & FINDING_BIT(i))
				out[n++] = (enum finding_id)i;
	}
	return n;
}

/*
 * The figure's columns: the region's name, the left marks (right-aligned
 * against the body), the body ART_W wide, the right marks.
 */
#define NAME_W		11
#define MARK_W		6
#define ART_W		9
#define ART_X		(NAME_W + MARK_W)
#define RIGHT_X		(ART_X + ART_W)
#define JOINT_L		1	/* the left and right side in the art */
#define JOINT_R		7
#define CENTRE_X	2	/* the centre slot, CENTRE_W wide */
#define CENTRE_W	5

/* The body from the low back down, seen from behind; -1: no region. */
static const struct {
	int		 region;
	const char	*art;
} figure[] = {
	{ BODY_LOW_BACK,  " |  :  | " },
	{ BODY_PELVIS,    "(___.___)" },
	{ BODY_HIP,       "(o     o)" },
	{ -1,             " |     | " },
	{ BODY_KNEE,      " o     o " },
	{ BODY_LOWER_LEG, " |     | " },
	{ BODY_FOOT,      "_|     |_" },
};
#define FIGURE_ROWS	(sizeof figure / sizeof figure[0])

/* "1,4" for the findings of set, numbered as in the legend. */
static void
mark_numbers(char *buf, size_t len, uint64_t set, const enum finding_id *leg,
    int nleg)
{
	size_t	o = 0;
	int	w;

	buf[0] = '\0';
	for (int i = 0; i < nleg && o + 1 < len; i++) {
		if ((set & FINDING_BIT(leg[i])) == 0)
			continue;
		w = snprintf(buf + o, len - o, "%s%d", o > 0 ? "," : "", i + 1);
		if (w < 0)
			break;
		o = (size_t)w < len - o ? o + (size_t)w : len - 1;
	}
}

/* Text right-aligned so that it ends before column x + w. */
static void
text_right(struct grid *g, int x, int y, int w, const char *s, int attr,
    int color)
{
	int	n = (int)strlen(s);

	if (n > w) {
		/* Too many marks: the first ones, and "+" for more. */
		grid_text(g, x, y, w - 1, s, attr, color);
		grid_text(g, x + w - 1, y, 1, "+", attr, color);
		return;
	}
	grid_text(g, x + w - n, y, n, s, attr, color);
}

/* Marks centred in the middle of the body, w wide. */
static void
text_centre(struct grid *g, int x, int y, int w, const char *s)
{
	int	n = (int)strlen(s);

	if (n >= w)
		text_right(g, x, y, w, s, GA_BOLD, GC_NOTE);
	else
		grid_text(g, x + (w - n) / 2, y, n, s, GA_BOLD, GC_NOTE);
}

void
bodymap_draw(const struct body_marks *m, struct grid *g, struct rect r)
{
	enum finding_id	 leg[FINDING_COUNT];
	int		 nleg = bodymap_legend(m, leg, FINDING_COUNT);
	const char	*dot = grid_sym(g, "●", "*");
	char		 num[32], line[64];
	int		 y = r.y;

	grid_text(g, r.x, y++, r.w, "Seen from behind", GA_DIM, GC_MUTED);
	text_right(g, r.x + NAME_W, y, MARK_W - 1, "left", 0, GC_MUTED);
	grid_text(g, r.x + RIGHT_X + 1, y++, MARK_W - 1, "right", 0,
	    GC_MUTED);
	for (size_t i = 0; i < FIGURE_ROWS; i++, y++) {
		int		 reg = figure[i].region;
		uint64_t	 lm = reg >= 0 ? m->left[reg] : 0;
		uint64_t	 rm = reg >= 0 ? m->right[reg] : 0;
		uint64_t	 cm = reg >= 0 ? m->centre[reg] : 0;
		int		 marked = (lm | rm | cm) != 0;

		if (y >= r.y + r.h)
			return;
		if (reg >= 0)
			grid_text(g, r.x, y, NAME_W - 1, region_names[reg],
			    marked ? GA_BOLD : GA_DIM,
			    marked ? GC_DEFAULT : GC_MUTED);
		grid_text(g, r.x + ART_X, y, ART_W, figure[i].art, 0,
		    GC_DEFAULT);
		if (lm != 0) {
			grid_text(g, r.x + ART_X + JOINT_L, y, 1, dot,
			    GA_BOLD, GC_NOTE);
			mark_numbers(num, sizeof num, lm, leg, nleg);
			text_right(g, r.x + NAME_W, y, MARK_W - 1, num,
			    GA_BOLD, GC_NOTE);
		}
		if (rm != 0) {
			grid_text(g, r.x + ART_X + JOINT_R, y, 1, dot,
			    GA_BOLD, GC_NOTE);
			mark_numbers(num, sizeof num, rm, leg, nleg);
			grid_text(g, r.x + RIGHT_X + 1, y, MARK_W - 1, num,
			    GA_BOLD, GC_NOTE);
		}
		if (cm != 0) {
			mark_numbers(num, sizeof num, cm, leg, nleg);
			grid_fill(g, (struct rect){ r.x + ART_X + CENTRE_X, y,
			    CENTRE_W, 1 }, 0, GC_DEFAULT);
			text_centre(g, r.x + ART_X + CENTRE_X, y, CENTRE_W,
			    num);
		}
	}
	if (m->general != 0 && y < r.y + r.h) {
		mark_numbers(num, sizeof num, m->general, leg, nleg);
		snprintf(line, sizeof line, "whole body: %s", num);
		grid_text(g, r.x, y, r.w, line, GA_BOLD, GC_NOTE);
	}
	y++;
	if (nleg > 0 && y < r.y + r.h) {
		snprintf(line, sizeof line, "%s and numbers: see the list",
		    dot);
		grid_text(g, r.x, y, r.w, line, GA_DIM, GC_MUTED);
	}
}
