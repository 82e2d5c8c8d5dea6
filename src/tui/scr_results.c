/*
 * scr_results.c: the results screen (issue 5 item 3).  Five sections
 * switched like tabs: an overview with the body map, the triage in one
 * line and the findings; the feet; left against right; balance and
 * strength; the triage in full.  Each section is a list of statements,
 * and every statement opens to its reason: the value measured, the
 * threshold it was held against and where that comes from.
 *
 * The statements are not stored: each section's list is rebuilt from
 * app->result whenever it is needed (a few dozen lines), so the screen
 * can never show a stale copy.  A line is a kind and one or two numbers
 * (a side, a measure, a finding); line_text() says it in one row and
 * line_reason() explains it.  The words are strings.h's; this file adds
 * only numbers, units and the layout.  The facts shown are those of the
 * text report (report_text.c), in the same order.
 */
#include <config.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/triage.h"
#include "tui/app.h"
#include "tui/bodymap.h"
#include "tui/widget.h"

/* ------------------------------------------------------------------ */
/* Text helpers                                                        */

/* A string being built in a fixed buffer; cut short, never overrun. */
struct sbuf {
	char	*s;
	size_t	 len;
	size_t	 o;
};

static void
sb_init(struct sbuf *b, char *s, size_t len)
{
	b->s = s;
	b->len = len;
	b->o = 0;
	s[0] = '\0';
}

static void	sb_add(struct sbuf *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

static void
sb_add(struct sbuf *b, const char *fmt, ...)
{
	va_list	ap;
	int	n;

	if (b->o + 1 >= b->len)
		return;
	va_start(ap, fmt);
	n = vsnprintf(b->s + b->o, b->len - b->o, fmt, ap);
	va_end(ap);
	if (n < 0)
		b->s[b->o] = '\0';
	else
		b->o = (size_t)n < b->len - b->o ? b->o + (size_t)n :
		    b->len - 1;
}

/* Start a new paragraph: one blank line after the text so far, if any. */
static void
sb_para(struct sbuf *b)
{
	if (b->o == 0)
		return;
	if (b->s[b->o - 1] != '\n')
		sb_add(b, "\n\n");
	else if (b->o < 2 || b->s[b->o - 2] != '\n')
		sb_add(b, "\n");
}

/* Formatted numbers for one sentence: several may be in use at once. */
struct nums {
	char	buf[8][32];
	int	next;
};

/* v with at most `places` decimals, trailing zeros dropped; "?" if missing. */
static const char *
num(struct nums *ns, double v, int places)
{
	char	*b = ns->buf[ns->next++ % 8];
	size_t	 n;

	if (!isfinite(v))
		return "?";
	snprintf(b, sizeof ns->buf[0], "%.*f", places, v);
	if (places > 0) {
		for (n = strlen(b); b[n - 1] == '0'; n--)
			b[n - 1] = '\0';
		if (b[n - 1] == '.')
			b[n - 1] = '\0';
	}
	if (strcmp(b, "-0") == 0)
		strcpy(b, "0");
	return b;
}

/* "Source: ... (how sure)." when the statement has a source. */
static void
sb_cite(struct sbuf *b, enum source src, enum evidence_tag tag, int with_tag)
{
	if (src == SRC_NONE || strings_source(src)[0] == '\0')
		return;
	/* After a sentence, a space; at the start of a paragraph, none. */
	if (b->o > 0 && b->s[b->o - 1] != '\n')
		sb_add(b, " ");
	if (with_tag)
		sb_add(b, "%s: %s (%s).", strings_text(STR_SOURCE),
		    strings_source(src), strings_tag(tag));
	else
		sb_add(b, "%s: %s.", strings_text(STR_SOURCE),
		    strings_source(src));
}

/*
 * "\n\nCompared with: 5 s. Source: ... (how sure)." for a cut-off that
 * exists; label NULL says "Compared with".
 */
static void
sb_threshold(struct sbuf *b, const char *label, const struct threshold *t,
    const char *unit)
{
	struct nums	ns = { .next = 0 };

	if (!isfinite(t->value))
		return;
	sb_para(b);
	sb_add(b, "%s: %s%s%s.", label != NULL ? label : "Compared with",
	    num(&ns, t->value, 2), unit[0] != '\0' ? " " : "", unit);
	sb_cite(b, t->source, t->tag, 1);
}

/* The same for a range "lo to hi", cited by its low end. */
static void
sb_range(struct sbuf *b, const struct threshold *lo,
    const struct threshold *hi, const char *unit)
{
	struct nums	ns = { .next = 0 };

	if (!isfinite(lo->value) || !isfinite(hi->value))
		return;
	sb_para(b);
	sb_add(b, "Compared with: %s %s %s%s%s.", num(&ns, lo->value, 2),
	    strings_text(STR_TO), num(&ns, hi->value, 2),
	    unit[0] != '\0' ? " " : "", unit);
	sb_cite(b, lo->source, lo->tag, 1);
}

static const char *
leg_word(int side)
{
	return strings_text(side == SIDE_LEFT ? STR_LEFT_LEG : STR_RIGHT_LEG);
}

static const char *
leg_cap(int side)
{
	return strings_text(side == SIDE_LEFT ? STR_LEFT_LEG_CAP :
	    STR_RIGHT_LEG_CAP);
}

/* ------------------------------------------------------------------ */
/* The statements                                                      */

enum rl_kind {
	RL_HEADING,	/* a = string_id: a title, nothing behind it */
	RL_TEXT,	/* a = string_id: a sentence */
	RL_TIER,
	RL_WHO,
	RL_RULE,	/* the rule that decided */
	RL_ALSO,	/* a = another rule that matched */
	RL_FLAG,	/* a = a red flag answered yes */
	RL_SITE,	/* a = a symptom site */
	RL_FACT,	/* a = a triage fact */
	RL_SAFETY_HEAD,	/* whom to call if a warning sign appears */
	RL_SAFETY,	/* a = a warning sign to watch for */
	RL_FINDING,	/* a = finding, b = its number on the body map */
	RL_FOOT,	/* a = side */
	RL_VOTE,	/* a = side, b = indicator */
	RL_STAHELI,	/* a = side */
	RL_CSI_FLAT,	/* a = side */
	RL_MEASURE,	/* a = bilateral measure, b = 0 values, 1 judgement */
	RL_SLS,		/* a = eyes closed */
	RL_SLS_NORM,	/* a = eyes closed */
	RL_SLS_SIDE,	/* a = side, b = 0 below the mean, 1 under 5 s */
	RL_FALL,
	RL_FALL_WHY,	/* a = FALLRISK_* */
	RL_CAUTION,
	RL_CAUTION_WHY,	/* a = CAUTION_* */
	RL_HEEL_RAISE,	/* a = side */
	RL_SQUAT,	/* a = side */
	RL_LEG_LENGTH,
	RL_PELVIS,
	RL_WEIGHT,
	RL_ROMBERG,
	RL_BOARD_SLS,	/* a = side */
	RL_GO_PLAN,	/* Enter: the plan */
	RL_GO_REFERRAL	/* Enter: the referral */
};

struct rline {
	enum rl_kind	kind;
	int		a, b;
	int		indent;
};

/*
 * The longest section is the triage: a few fixed lines and headings, the
 * rules matched, the flags answered yes and the safety net (each at most
 * every flag), the symptoms and the facts.
 */
#define RLINES_MAX	(12 + RULE_COUNT + 2 * RF_COUNT + SITE_COUNT + TF_COUNT)

struct rlines {
	struct rline	l[RLINES_MAX];
	int		n;
};

static void
add(struct rlines *ls, int indent, enum rl_kind kind, int a, int b)
{
	if (ls->n < RLINES_MAX)
		ls->l[ls->n++] = (struct rline){ kind, a, b, indent };
}

/* Why the fall-risk flag and the caution were raised, with their words. */
struct why {
	unsigned	bit;
	enum string_id	id;
};

static const struct why fall_why[] = {
	{ FALLRISK_SLS_UNDER_5S, STR_FALL_SLS },
	{ FALLRISK_TANDEM, STR_FALL_TANDEM },
}, caution_why[] = {
	{ CAUTION_AGE_70, STR_CAUTION_AGE },
	{ CAUTION_FELL, STR_CAUTION_FELL },
	{ CAUTION_DIZZY, STR_CAUTION_DIZZY },
	{ CAUTION_TANDEM, STR_CAUTION_TANDEM },
};
#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static enum string_id
why_string(unsigned bit, int caution)
{
	const struct why	*w = caution ? caution_why : fall_why;
	size_t			 n = caution ? NELEM(caution_why) :
				    NELEM(fall_why);

	for (size_t i = 0; i < n; i++)
		if (w[i].bit == bit)
			return w[i].id;
	return STR_NONE;
}

/* ---- building each section's list ---- */

static void
lines_overview(const struct app *app, struct rlines *ls)
{
	const struct screening_result	*r = &app->result;
	struct body_marks		 m;
	enum finding_id			 leg[FINDING_COUNT];
	int				 n;

	add(ls, 0, RL_TIER, 0, 0);
	if (!r->scored) {
		add(ls, 0, RL_RULE, 0, 0);
		add(ls, 0, RL_TEXT, r->triage.out_of_scope ? STR_OUT_OF_SCOPE :
		    STR_NOT_SCORED, 0);
		add(ls, 0, RL_GO_REFERRAL, 0, 0);
		return;
	}
	add(ls, 0, RL_HEADING, STR_H_FINDINGS, 0);
	bodymap_marks(&r->findings, &app->answers, &m);
	n = bodymap_legend(&m, leg, FINDING_COUNT);
	for (int i = 0; i < n; i++)
		add(ls, 0, RL_FINDING, leg[i], i + 1);
	if (n == 0)
		add(ls, 0, RL_TEXT, STR_NO_FINDINGS, 0);
	if (r->plan_allowed)
		add(ls, 0, RL_GO_PLAN, 0, 0);
	add(ls, 0, RL_GO_REFERRAL, 0, 0);
}

static void
lines_feet(const struct app *app, struct rlines *ls)
{
	static const enum string_id kinds[] = {
		STR_AGREE, STR_DISAGREE, STR_NO_VOTE
	};

	for (int s = 0; s < SIDE_COUNT; s++) {
		const struct pronation_result	*p = &app->result.pronation[s];
		const struct foot_result	*f = &app->result.foot[s];

		add(ls, 0, RL_FOOT, s, 0);
		for (size_t k = 0; k < NELEM(kinds); k++) {
			int	any = 0;

			for (int i = 0; i < PI_COUNT; i++) {
				const struct pronation_vote *v = &p->vote[i];

				if (!v->present)
					continue;
				if (kinds[k] == STR_NO_VOTE ? v->votes :
				    !v->votes || (v->agrees != 0) !=
				    (kinds[k] == STR_AGREE))
					continue;
				if (!any)
					add(ls, 2, RL_HEADING, kinds[k], 0);
				any = 1;
				add(ls, 4, RL_VOTE, s, i);
			}
		}
		if (isfinite(f->print.staheli))
			add(ls, 2, RL_STAHELI, s, 0);
		if (f->print.csi_flat)
			add(ls, 2, RL_CSI_FLAT, s, 0);
	}
}

static void
lines_asymmetry(const struct app *app, struct rlines *ls)
{
	int	any = 0;

	for (int m = 0; m < BM_COUNT; m++) {
		if (!app->result.bilateral.item[m].present)
			continue;
		add(ls, 0, RL_MEASURE, m, 0);
		add(ls, 0, RL_MEASURE, m, 1);
		any = 1;
	}
	if (!any)
		add(ls, 0, RL_TEXT, STR_NO_ASYMMETRY, 0);
}

/* Whether the balance section has anything to show. */
static int
balance_any(const struct balance_result *b)
{
	if (b->fall_risk || b->caution || b->leg_length != LEGLEN_UNKNOWN ||
	    b->pelvis_level != ANSWER_UNKNOWN ||
	    isfinite(b->weight_right_pct) || isfinite(b->romberg_velocity) ||
	    isfinite(b->romberg_area))
		return 1;
	for (int s = 0; s < SIDE_COUNT; s++)
		if (isfinite(b->sls[s].eo_s) || isfinite(b->sls[s].ec_s) ||
		    isfinite(b->heel_raise[s].reps) ||
		    b->squat_knee[s] != KNEE_UNKNOWN ||
		    b->squat_pelvic_drop[s] != ANSWER_UNKNOWN ||
		    isfinite(b->board_sls_time_s[s]) ||
		    isfinite(b->board_cop_medial_mm[s]))
			return 1;
	return 0;
}

static void
lines_balance(const struct app *app, struct rlines *ls)
{
	const struct balance_result	*b = &app->result.balance;
	size_t				 i;

	if (!balance_any(b)) {
		add(ls, 0, RL_TEXT, STR_NO_BALANCE_DATA, 0);
		return;
	}
	for (int ec = 0; ec <= 1; ec++) {
		if (!isfinite(ec ? b->sls[0].ec_s : b->sls[0].eo_s) &&
		    !isfinite(ec ? b->sls[1].ec_s : b->sls[1].eo_s))
			continue;
		add(ls, 0, RL_SLS, ec, 0);
		add(ls, 2, RL_SLS_NORM, ec, 0);
		for (int s = 0; s < SIDE_COUNT && !ec; s++) {
			if (b->sls[s].eo_below_mean)
				add(ls, 2, RL_SLS_SIDE, s, 0);
			if (b->sls[s].eo_under_5s)
				add(ls, 2, RL_SLS_SIDE, s, 1);
		}
	}
	if (b->fall_risk) {
		add(ls, 0, RL_FALL, 0, 0);
		for (i = 0; i < NELEM(fall_why); i++)
			if (b->fall_risk_why & fall_why[i].bit)
				add(ls, 2, RL_FALL_WHY, (int)fall_why[i].bit,
				    0);
	}
	if (b->caution) {
		add(ls, 0, RL_CAUTION, 0, 0);
		for (i = 0; i < NELEM(caution_why); i++)
			if (b->caution_why & caution_why[i].bit)
				add(ls, 2, RL_CAUTION_WHY,
				    (int)caution_why[i].bit, 0);
	}
	for (int s = 0; s < SIDE_COUNT; s++)
		if (isfinite(b->heel_raise[s].reps))
			add(ls, 0, RL_HEEL_RAISE, s, 0);
	for (int s = 0; s < SIDE_COUNT; s++)
		if (b->squat_knee[s] != KNEE_UNKNOWN ||
		    b->squat_pelvic_drop[s] != ANSWER_UNKNOWN)
			add(ls, 0, RL_SQUAT, s, 0);
	if (b->leg_length != LEGLEN_UNKNOWN)
		add(ls, 0, RL_LEG_LENGTH, 0, 0);
	if (b->pelvis_level != ANSWER_UNKNOWN)
		add(ls, 0, RL_PELVIS, 0, 0);
	if (isfinite(b->weight_right_pct))
		add(ls, 0, RL_WEIGHT, 0, 0);
	if (isfinite(b->romberg_velocity) || isfinite(b->romberg_area))
		add(ls, 0, RL_ROMBERG, 0, 0);
	for (int s = 0; s < SIDE_COUNT; s++)
		if (isfinite(b->board_sls_time_s[s]) ||
		    isfinite(b->board_cop_medial_mm[s]))
			add(ls, 0, RL_BOARD_SLS, s, 0);
}

static void
lines_triage(const struct app *app, struct rlines *ls)
{
	const struct triage_result	*t = &app->result.triage;

	add(ls, 0, RL_TIER, 0, 0);
	if (t->professional != PRO_NONE)
		add(ls, 0, RL_WHO, 0, 0);
	add(ls, 0, RL_RULE, 0, 0);
	for (int k = 0; k < RULE_COUNT; k++)
		if (k != (int)t->rule && k != RULE_NONE &&
		    (t->rules_matched & (1ul << k)) != 0)
			add(ls, 2, RL_ALSO, k, 0);
	if (t->n_flags > 0 || t->sites != 0 || t->facts != 0)
		add(ls, 0, RL_HEADING, t->tier == TRIAGE_SELFCARE ?
		    STR_H_TOLD : STR_H_TELL, 0);
	if (t->n_flags > 0)
		add(ls, 2, RL_HEADING, STR_YOU_SAID_YES, 0);
	for (size_t i = 0; i < t->n_flags; i++)
		add(ls, 4, RL_FLAG, t->flags[i], 0);
	if (t->sites != 0)
		add(ls, 2, RL_HEADING, STR_SYMPTOMS, 0);
	for (int s = 0; s < SITE_COUNT; s++)
		if (t->sites & (1u << s))
			add(ls, 4, RL_SITE, s, 0);
	if (t->facts != 0)
		add(ls, 2, RL_HEADING, STR_OTHER_POINTS, 0);
	for (int k = 0; k < TF_COUNT; k++)
		if (t->facts & (1u << k))
			add(ls, 4, RL_FACT, k, 0);
	if (t->n_safety_net > 0) {
		add(ls, 0, RL_HEADING, STR_H_SAFETY_NET, 0);
		add(ls, 2, RL_SAFETY_HEAD, 0, 0);
		for (size_t i = 0; i < t->n_safety_net; i++)
			add(ls, 4, RL_SAFETY, t->safety_net[i], 0);
	}
	if (app->result.scored && app->result.plan_allowed)
		add(ls, 0, RL_GO_PLAN, 0, 0);
	add(ls, 0, RL_GO_REFERRAL, 0, 0);
}

/* The lines of a section; without a score, only the overview exists. */
static void
section_lines(const struct app *app, enum results_section sec,
    struct rlines *ls)
{
	ls->n = 0;
	if (!app->have_result)
		return;
	if (!app->result.scored)
		sec = RS_OVERVIEW;
	switch (sec) {
	case RS_OVERVIEW:
		lines_overview(app, ls);
		break;
	case RS_FEET:
		lines_feet(app, ls);
		break;
	case RS_ASYMMETRY:
		lines_asymmetry(app, ls);
		break;
	case RS_BALANCE:
		lines_balance(app, ls);
		break;
	case RS_TRIAGE:
	case RS_COUNT:
		lines_triage(app, ls);
		break;
	}
	/* Every section ends on the way to the plan (the overview and the
	 * triage have it above their referral line). */
	if ((sec == RS_FEET || sec == RS_ASYMMETRY || sec == RS_BALANCE) &&
	    app->result.plan_allowed)
		add(ls, 0, RL_GO_PLAN, 0, 0);
}

/* ---- one statement in one row ---- */

/* What an indicator measured on a side, in words. */
static void
sb_indicator_value(struct sbuf *b, const struct app *app, int side,
    enum pron_indicator i)
{
	const struct foot_result	*f = &app->result.foot[side];
	const struct side_answers	*sa = &app->answers.side[side];
	struct nums			 ns = { .next = 0 };

	switch (i) {
	case PI_FPI6:
		sb_add(b, "%+d (%d %s)", f->fpi.total, f->fpi.n_scored,
		    strings_text(STR_OF_SIX_ITEMS));
		if (f->fpi.by != BY_UNKNOWN)
			sb_add(b, " %s", strings_collector(f->fpi.by));
		break;
	case PI_CSI:
		sb_add(b, "%s %%", num(&ns, f->print.csi_pct, 1));
		break;
	case PI_NAVICULAR_DROP:
		sb_add(b, "%s mm (%s %s %s mm)",
		    num(&ns, f->navicular.drop_mm, 1),
		    num(&ns, f->navicular.low_mm, 1), strings_text(STR_TO),
		    num(&ns, f->navicular.high_mm, 1));
		if (f->navicular.by != BY_UNKNOWN)
			sb_add(b, " %s", strings_collector(f->navicular.by));
		break;
	case PI_SHOE_WEAR:
		sb_add(b, "%s", strings_shoe_wear(sa->shoe_wear));
		break;
	case PI_HEEL_TILT:
		sb_add(b, "%s", strings_heel_tilt(sa->heel_tilt));
		break;
	case PI_PICTURE:
		sb_add(b, "%s", strings_print_picture(sa->print_picture));
		break;
	case PI_COUNT:
		break;
	}
}

/* Symptom at a site: where, how long, how strong, what makes it worse. */
static void
sb_symptom(struct sbuf *b, const struct symptom *s, enum symptom_site site)
{
	struct nums	ns = { .next = 0 };

	sb_add(b, "%s", strings_site(site));
	if (s->side != SSIDE_UNKNOWN)
		sb_add(b, " (%s)", strings_symptom_side(s->side));
	if (isfinite(s->duration_weeks))
		sb_add(b, ", %s %s %s", strings_text(STR_FOR),
		    num(&ns, s->duration_weeks, 1),
		    strings_text(s->duration_weeks == 1.0 ? STR_WEEK :
		    STR_WEEKS));
	if (isfinite(s->intensity))
		sb_add(b, ", %s %s %s", strings_text(STR_INTENSITY),
		    num(&ns, s->intensity, 1), strings_text(STR_OUT_OF_10));
	for (int i = 0; i < 8; i++)
		if (s->worse_with & (1u << i))
			sb_add(b, ", %s", strings_worse_with(i));
	if (s->limits_daily_life == ANSWER_YES)
		sb_add(b, "; %s", strings_text(STR_LIMITS_LIFE));
	if (s->improving != ANSWER_UNKNOWN)
		sb_add(b, "; %s", strings_text(s->improving == ANSWER_YES ?
		    STR_IMPROVING : STR_NOT_IMPROVING));
}

/* The two rows of a left/right measure. */
static void
sb_measure(struct sbuf *b, const struct bilateral_item *it,
    enum bilateral_measure m, int row)
{
	struct nums	 ns = { .next = 0 };
	const char	*unit = strings_measure_unit(m);

	if (row == 0) {
		sb_add(b, "%s: %s %s, %s %s%s%s; %s %s",
		    strings_measure(m), strings_text(STR_LEFT),
		    num(&ns, it->left, 2), strings_text(STR_RIGHT),
		    num(&ns, it->right, 2), unit[0] != '\0' ? " " : "", unit,
		    strings_text(STR_DIFFERENCE), num(&ns, it->diff, 2));
		return;
	}
	sb_add(b, "%s", strings_band(it->band));
	if (it->si_status == SI_OK && isfinite(it->si))
		sb_add(b, "; %s %s %%", strings_text(STR_SYMMETRY_INDEX),
		    num(&ns, it->si, 1));
	if (isfinite(it->lsi))
		sb_add(b, "; %s %s %%", strings_text(STR_LIMB_SYMMETRY),
		    num(&ns, it->lsi, 0));
	if (it->band >= ASYM_NOTABLE && it->differs != WHICH_NONE)
		sb_add(b, "; %s: %s", strings_text(STR_STANDS_OUT),
		    strings_side(it->differs));
}

/* One single-leg stance condition, both sides. */
static void
sb_sls(struct sbuf *b, const struct balance_result *bl, int ec)
{
	struct nums	ns = { .next = 0 };

	sb_add(b, "%s: %s %s s, %s %s s", strings_text(ec ? STR_SLS_EC :
	    STR_SLS_EO), strings_text(STR_LEFT),
	    num(&ns, ec ? bl->sls[0].ec_s : bl->sls[0].eo_s, 1),
	    strings_text(STR_RIGHT),
	    num(&ns, ec ? bl->sls[1].ec_s : bl->sls[1].eo_s, 1));
}

/* The age-group mean for a condition, or that there is none. */
static void
sb_sls_norm(struct sbuf *b, const struct balance_result *bl, int ec)
{
	struct nums	ns = { .next = 0 };
	double		norm = ec ? bl->ec_norm_s : bl->eo_norm_s;

	if (isfinite(norm) && bl->norm_age_lo >= 0)
		sb_add(b, "%s (%d-%d): %s s", strings_text(STR_AGE_MEAN),
		    bl->norm_age_lo, bl->norm_age_hi, num(&ns, norm, 1));
	else
		sb_add(b, "%s", strings_text(STR_NO_NORM));
}

static void
sb_heel_raise(struct sbuf *b, const struct balance_result *bl, int side)
{
	const struct heel_raise_side	*h = &bl->heel_raise[side];
	struct nums			 ns = { .next = 0 };

	sb_add(b, "%s, %s: %s; %s", strings_text(STR_HEEL_RAISES),
	    leg_word(side), num(&ns, h->reps, 0), strings_text(!h->compared ?
	    STR_HEEL_RAISE_NOT_COMPARED : h->below_typical ?
	    STR_HEEL_RAISE_LOW : STR_HEEL_RAISE_TYPICAL));
}

static void
sb_squat(struct sbuf *b, const struct balance_result *bl, int side)
{
	sb_add(b, "%s, %s: ", strings_text(STR_SQUAT), leg_word(side));
	if (bl->squat_knee[side] != KNEE_UNKNOWN)
		sb_add(b, "%s", strings_text(bl->squat_knee[side] ==
		    KNEE_MEDIAL_TO_FOOT ? STR_KNEE_MEDIAL :
		    STR_KNEE_OVER_FOOT));
	if (bl->squat_knee[side] != KNEE_UNKNOWN &&
	    bl->squat_pelvic_drop[side] != ANSWER_UNKNOWN)
		sb_add(b, "; ");
	if (bl->squat_pelvic_drop[side] != ANSWER_UNKNOWN)
		sb_add(b, "%s", strings_text(bl->squat_pelvic_drop[side] ==
		    ANSWER_YES ? STR_PELVIC_DROP : STR_NO_PELVIC_DROP));
}

static void
sb_board_sls(struct sbuf *b, const struct balance_result *bl, int side)
{
	struct nums	ns = { .next = 0 };
	double		cop = bl->board_cop_medial_mm[side];

	sb_add(b, "%s, %s: %s s", strings_text(STR_BOARD_SLS),
	    leg_word(side), num(&ns, bl->board_sls_time_s[side], 1));
	if (isfinite(cop))
		sb_add(b, "; %s mm %s", num(&ns, fabs(cop), 1),
		    strings_text(cop >= 0 ? STR_COP_MEDIAL : STR_COP_LATERAL));
}

static void
sb_romberg(struct sbuf *b, const struct balance_result *bl)
{
	struct nums	ns = { .next = 0 };

	sb_add(b, "%s: %s %s; %s", strings_text(STR_ROMBERG),
	    num(&ns, isfinite(bl->romberg_velocity) ? bl->romberg_velocity :
	    bl->romberg_area, 2), strings_text(STR_TIMES),
	    strings_text(bl->romberg_above_typical ? STR_ROMBERG_HIGH :
	    STR_ROMBERG_TYPICAL));
}

/* The colour of a line: meaning is in its words as well (grid.h). */
static int
line_color(const struct app *app, const struct rline *l)
{
	const struct screening_result	*r = &app->result;

	switch (l->kind) {
	case RL_TIER:
		return r->triage.tier <= TRIAGE_URGENT ? GC_ALERT :
		    r->triage.tier == TRIAGE_ROUTINE ? GC_NOTE : GC_OK;
	case RL_VOTE:
		return r->pronation[l->a].vote[l->b].votes &&
		    !r->pronation[l->a].vote[l->b].agrees ? GC_NOTE :
		    GC_DEFAULT;
	case RL_MEASURE:
		switch (r->bilateral.item[l->a].band) {
		case ASYM_LARGE:
			return GC_ALERT;
		case ASYM_NOTABLE:
			return GC_NOTE;
		default:
			return GC_DEFAULT;
		}
	case RL_SLS_SIDE:
	case RL_FALL:
	case RL_FALL_WHY:
	case RL_CAUTION:
	case RL_CAUTION_WHY:
		return GC_NOTE;
	case RL_SAFETY_HEAD:
		return GC_ALERT;
	case RL_GO_PLAN:
	case RL_GO_REFERRAL:
	case RL_HEADING:
		return GC_INFO;
	default:
		return GC_DEFAULT;
	}
}

/* The statement as one row (the list clips it; the reason has it all). */
static void
line_text(const struct app *app, const struct rline *l, struct sbuf *b,
    const struct grid *g)
{
	const struct screening_result	*r = &app->result;
	const struct triage_result	*t = &r->triage;
	const struct balance_result	*bl = &r->balance;
	struct nums			 ns = { .next = 0 };
	char				 call[256];

	sb_add(b, "%*s", l->indent, "");
	switch (l->kind) {
	case RL_HEADING:
		sb_add(b, "%s", strings_text((enum string_id)l->a));
		if (l->a == STR_YOU_SAID_YES)
			sb_add(b, ":");
		break;
	case RL_TEXT:
		sb_add(b, "%s", strings_text((enum string_id)l->a));
		break;
	case RL_TIER:
		sb_add(b, "%s: %s", strings_text(STR_TIER),
		    strings_tier(t->tier));
		break;
	case RL_WHO:
		sb_add(b, "%s: %s. %s: %s.", strings_text(STR_SEE),
		    strings_professional(t->professional),
		    strings_text(STR_WHEN), strings_how_soon(t->how_soon));
		break;
	case RL_RULE:
		sb_add(b, "%s: %s", strings_text(STR_WHY),
		    strings_rule(t->rule));
		break;
	case RL_ALSO:
		sb_add(b, "%s %s", strings_text(STR_ALSO_MATCHED),
		    strings_rule((enum triage_rule)l->a));
		break;
	case RL_FLAG:
	case RL_SAFETY:
		sb_add(b, "- %s", strings_redflag((enum redflag)l->a));
		break;
	case RL_SITE:
		sb_add(b, "- ");
		sb_symptom(b, &app->answers.symptom[l->a],
		    (enum symptom_site)l->a);
		break;
	case RL_FACT:
		sb_add(b, "- %s", strings_fact((enum triage_fact)l->a));
		break;
	case RL_SAFETY_HEAD:
		strings_call_if(call, sizeof call, app->contact);
		sb_add(b, "%s", call);
		break;
	case RL_FINDING: {
		struct body_marks	m;
		unsigned		where;
		const char		*w;

		bodymap_marks(&r->findings, &app->answers, &m);
		bodymap_where(&m, (enum finding_id)l->a, &where);
		w = body_side_words(where);
		sb_add(b, "%d %s%s%s", l->b,
		    strings_finding((enum finding_id)l->a)->label,
		    w[0] != '\0' ? ", " : "", w);
		break;
	}
	case RL_FOOT: {
		const struct pronation_result *p = &r->pronation[l->a];

		sb_add(b, "%s: ", strings_text(l->a == SIDE_LEFT ?
		    STR_LEFT_FOOT : STR_RIGHT_FOOT));
		if (p->category == PRONATION_UNKNOWN)
			sb_add(b, "%s", strings_text(STR_NO_FOOT_DATA));
		else
			sb_add(b, "%s, %s %s", strings_pronation(p->category),
			    strings_confidence(p->level),
			    strings_text(STR_CONFIDENCE));
		break;
	}
	case RL_VOTE: {
		const struct pronation_vote *v = &r->pronation[l->a].vote[l->b];

		sb_add(b, "%s %s: ", !v->votes ? grid_sym(g, "·", "-") :
		    v->agrees ? grid_sym(g, "✓", "+") : grid_sym(g, "✗", "x"),
		    strings_indicator((enum pron_indicator)l->b));
		sb_indicator_value(b, app, l->a, (enum pron_indicator)l->b);
		if (v->votes)
			sb_add(b, ", %s", strings_direction(v->direction));
		break;
	}
	case RL_STAHELI:
		sb_add(b, "%s: %s", strings_measure(BM_STAHELI),
		    num(&ns, r->foot[l->a].print.staheli, 2));
		break;
	case RL_CSI_FLAT:
		sb_add(b, "%s: %s %% (%s %s %%)", strings_measure(BM_CSI),
		    num(&ns, r->foot[l->a].print.csi_pct, 1),
		    strings_text(STR_FLAT_PRINT_FROM),
		    num(&ns, r->foot[l->a].print.csi_flat_at.value, 0));
		break;
	case RL_MEASURE: {
		const struct bilateral_item *it = &r->bilateral.item[l->a];

		/* The flag in symbols too: "!!" large, "!" notable. */
		sb_add(b, "%s ", l->b != 0 ? "  " : it->band == ASYM_LARGE ?
		    "!!" : it->band == ASYM_NOTABLE ? "! " : "  ");
		sb_measure(b, it, (enum bilateral_measure)l->a, l->b);
		break;
	}
	case RL_SLS:
		sb_sls(b, bl, l->a);
		break;
	case RL_SLS_NORM:
		sb_sls_norm(b, bl, l->a);
		break;
	case RL_SLS_SIDE:
		sb_add(b, "! %s: %s", leg_cap(l->a), strings_text(l->b ?
		    STR_UNDER_5S : STR_BELOW_AGE_MEAN));
		break;
	case RL_FALL:
		sb_add(b, "! %s", strings_text(STR_FALL_RISK));
		break;
	case RL_FALL_WHY:
	case RL_CAUTION_WHY:
		sb_add(b, "- %s", strings_text(why_string((unsigned)l->a,
		    l->kind == RL_CAUTION_WHY)));
		break;
	case RL_CAUTION:
		sb_add(b, "! %s. %s:", strings_text(STR_CAUTION),
		    strings_text(STR_BECAUSE));
		break;
	case RL_HEEL_RAISE:
		sb_heel_raise(b, bl, l->a);
		break;
	case RL_SQUAT:
		sb_squat(b, bl, l->a);
		break;
	case RL_LEG_LENGTH:
		sb_add(b, "%s: %s", strings_text(STR_LEG_LENGTH),
		    strings_text(bl->leg_length == LEGLEN_EQUAL ?
		    STR_LEGS_EQUAL : bl->leg_length == LEGLEN_LEFT_SHORTER ?
		    STR_LEFT_SHORTER : STR_RIGHT_SHORTER));
		break;
	case RL_PELVIS:
		sb_add(b, "%s: %s", strings_text(STR_PELVIS),
		    strings_text(bl->pelvis_level == ANSWER_YES ?
		    STR_PELVIS_LEVEL : STR_PELVIS_TILTED));
		break;
	case RL_WEIGHT:
		sb_add(b, "%s%s: %s %s %%, %s %s %%",
		    bl->weight_outside_convention ? "! " : "",
		    strings_text(STR_BOARD_WEIGHT), strings_text(STR_LEFT),
		    num(&ns, bl->weight_left_pct, 1), strings_text(STR_RIGHT),
		    num(&ns, bl->weight_right_pct, 1));
		break;
	case RL_ROMBERG:
		sb_romberg(b, bl);
		break;
	case RL_BOARD_SLS:
		sb_board_sls(b, bl, l->a);
		break;
	case RL_GO_PLAN:
		sb_add(b, "%s %s (p)", grid_sym(g, "→", "->"),
		    strings_text(STR_H_PLAN));
		break;
	case RL_GO_REFERRAL:
		sb_add(b, "%s %s (r)", grid_sym(g, "→", "->"),
		    strings_text(STR_SEE));
		break;
	}
}

/* ---- the reason behind a statement ---- */

static void	line_reason(const struct app *, const struct rline *,
		    struct sbuf *);

/* The statement's row, unindented, to open its reason with. */
static void
sb_line(const struct app *app, const struct rline *l, struct sbuf *b)
{
	struct rline	flat = *l;
	struct grid	none = { .utf8 = app->utf8 };

	flat.indent = 0;
	line_text(app, &flat, b, &none);
}

/* The deciding rule: what it may mean, where it comes from. */
static void
sb_rule(struct sbuf *b, const struct triage_result *t)
{
	sb_add(b, "%s: %s", strings_text(STR_WHY), strings_rule(t->rule));
	sb_cite(b, t->cite.source, t->cite.tag, 1);
}

static void
reason_tier(const struct app *app, struct sbuf *b)
{
	const struct triage_result	*t = &app->result.triage;
	char				 call[256];

	sb_add(b, "%s", strings_tier_advice(t->tier));
	if (t->tier == TRIAGE_EMERGENCY) {
		strings_call_now(call, sizeof call, app->contact);
		sb_add(b, "\n\n%s", call);
	}
	if (t->professional != PRO_NONE)
		sb_add(b, "\n\n%s: %s. %s: %s.", strings_text(STR_SEE),
		    strings_professional(t->professional),
		    strings_text(STR_WHEN), strings_how_soon(t->how_soon));
	sb_add(b, "\n\n");
	sb_rule(b, t);
}

static void
reason_foot(const struct app *app, int side, struct sbuf *b)
{
	const struct pronation_result	*p = &app->result.pronation[side];
	const struct fpi_result		*fpi = &app->result.foot[side].fpi;
	struct nums			 ns = { .next = 0 };

	sb_add(b, "%s", strings_pronation_explain(p->category));
	if (p->category != PRONATION_UNKNOWN)
		sb_add(b, "\n\n%s %s (%s). %s: %d. %s: %d. %s: %d.",
		    strings_confidence(p->level), strings_text(STR_CONFIDENCE),
		    num(&ns, p->confidence, 2), strings_text(STR_AGREE),
		    p->n_agreeing, strings_text(STR_DISAGREE),
		    p->n_disagreeing, strings_text(STR_NO_VOTE),
		    p->n_present - p->n_voting);
	if (p->vote[PI_FPI6].present) {
		sb_add(b, "\n\n%s: ", strings_indicator(PI_FPI6));
		sb_indicator_value(b, app, side, PI_FPI6);
		sb_add(b, ".");
		sb_cite(b, fpi->cite.source, fpi->cite.tag, 1);
	}
	sb_add(b, "\n\n%s %s", strings_text(STR_APPROXIMATE),
	    strings_text(STR_POSTURE_NOT_CAUSE));
}

static void
reason_vote(const struct app *app, int side, enum pron_indicator i,
    struct sbuf *b)
{
	const struct pronation_result	*p = &app->result.pronation[side];
	const struct pronation_vote	*v = &p->vote[i];
	const struct foot_result	*f = &app->result.foot[side];

	sb_add(b, "%s: ", strings_indicator(i));
	sb_indicator_value(b, app, side, i);
	if (v->votes)
		sb_add(b, ".\n\n%s: %s.", strings_text(v->agrees ? STR_AGREE :
		    STR_DISAGREE), strings_direction(v->direction));
	else
		sb_add(b, ".\n\n%s.", strings_text(STR_NO_VOTE));
	if (v->self_collected)
		sb_add(b, "\n\n%s: %s.", strings_indicator(i),
		    strings_text(STR_SELF_COLLECTED));
	if (i == PI_NAVICULAR_DROP) {
		sb_threshold(b, strings_band(ASYM_WITHIN_ERROR),
		    &f->navicular.error_band, "mm");
		sb_range(b, &f->navicular.healthy_mean_low,
		    &f->navicular.healthy_mean_high, "mm");
	}
	if (i == PI_CSI)
		sb_threshold(b, strings_text(STR_FLAT_PRINT_FROM),
		    &f->print.csi_flat_at, "%");
	if (v->cite.source != SRC_NONE) {
		sb_add(b, "\n\n");
		sb_cite(b, v->cite.source, v->cite.tag, 1);
	}
	if (v->approximate)
		sb_add(b, "\n\n%s", strings_text(STR_APPROXIMATE));
}

static void
reason_measure(const struct app *app, enum bilateral_measure m,
    struct sbuf *b)
{
	const struct bilateral_item	*it = &app->result.bilateral.item[m];

	sb_measure(b, it, m, 0);
	sb_add(b, ".\n\n");
	sb_measure(b, it, m, 1);
	sb_add(b, ".");
	if (it->si_status != SI_OK)
		sb_add(b, " (%s)", strings_si_status(it->si_status));
	if (it->outside_convention)
		sb_add(b, "\n\n%s.", strings_text(STR_WEIGHT_OUTSIDE));
	sb_threshold(b, strings_text(STR_NOTABLE_FROM), &it->notable,
	    strings_measure_unit(m));
	sb_threshold(b, strings_text(STR_LARGE_FROM), &it->large,
	    strings_measure_unit(m));
	sb_threshold(b, m == BM_HEEL_RAISE ? strings_text(STR_LIMB_SYMMETRY) :
	    strings_measure(m), &it->extra, "%");
	if (it->approximate)
		sb_add(b, "\n\n%s", strings_text(STR_APPROXIMATE));
}

static void
reason_sls(const struct app *app, int ec, struct sbuf *b)
{
	const struct balance_result	*bl = &app->result.balance;
	const struct cite		*c = ec ? &bl->ec_cite : &bl->eo_cite;
	struct nums			 ns = { .next = 0 };

	sb_sls(b, bl, ec);
	sb_add(b, ".\n\n");
	sb_sls_norm(b, bl, ec);
	sb_add(b, ".");
	if (!isfinite(ec ? bl->ec_norm_s : bl->eo_norm_s))
		return;
	for (int s = 0; s < SIDE_COUNT; s++) {
		double	pct = ec ? bl->sls[s].ec_pct : bl->sls[s].eo_pct;

		if (isfinite(pct))
			sb_add(b, " %s: %s %%.", leg_cap(s), num(&ns, pct, 0));
	}
	sb_cite(b, c->source, c->tag, 1);
	if (!ec)
		for (int s = 0; s < SIDE_COUNT; s++)
			if (bl->sls[s].eo_below_mean)
				sb_add(b, "\n\n%s: %s.", leg_cap(s),
				    strings_text(STR_BELOW_AGE_MEAN));
}

/* Why the fall-risk flag is up (the bits of only), with the cut-offs;
 * intro: the flag's own sentence first. */
static void
reason_fall(const struct balance_result *bl, unsigned only, int intro,
    struct sbuf *b)
{
	struct nums	ns = { .next = 0 };

	if (intro)
		sb_add(b, "%s", strings_text(STR_FALL_RISK));
	if ((bl->fall_risk_why & only & FALLRISK_SLS_UNDER_5S) != 0) {
		sb_para(b);
		sb_add(b, "- %s. %s: %s s; %s: %s s.",
		    strings_text(STR_FALL_SLS), strings_text(STR_LEFT),
		    num(&ns, bl->sls[SIDE_LEFT].eo_s, 1),
		    strings_text(STR_RIGHT),
		    num(&ns, bl->sls[SIDE_RIGHT].eo_s, 1));
		sb_threshold(b, NULL, &bl->vellas_s, "s");
		sb_threshold(b, NULL, &bl->vellas_age, "years");
	}
	if ((bl->fall_risk_why & only & FALLRISK_TANDEM) != 0) {
		sb_para(b);
		sb_add(b, "- %s.", strings_text(STR_FALL_TANDEM));
		sb_threshold(b, NULL, &bl->steadi_tandem_s, "s");
	}
}

/* Why the balance caution is on (the bits of only); intro: the caution
 * itself first, and what it means after. */
static void
reason_caution(const struct balance_result *bl, unsigned only, int intro,
    struct sbuf *b)
{
	if (intro)
		sb_add(b, "%s. %s:\n", strings_text(STR_CAUTION),
		    strings_text(STR_BECAUSE));
	for (size_t i = 0; i < NELEM(caution_why); i++)
		if (bl->caution_why & only & caution_why[i].bit)
			sb_add(b, "- %s\n", strings_text(caution_why[i].id));
	if (bl->caution_why & only & CAUTION_AGE_70)
		sb_threshold(b, NULL, &bl->caution_age, "years");
	else
		sb_cite(b, SRC_DESIGN_RULE, TAG_DESIGN, 1);
	if (intro)
		sb_add(b, "\n\n%s",
		    strings_finding(FINDING_BALANCE_CAUTION)->explain);
}

static void
reason_heel_raise(const struct balance_result *bl, int side, struct sbuf *b)
{
	sb_heel_raise(b, bl, side);
	sb_add(b, ".");
	sb_threshold(b, NULL, &bl->heel_raise_typical,
	    strings_measure_unit(BM_HEEL_RAISE));
	if (bl->heel_raise_protocol == HRP_INCLINE_10DEG)
		sb_threshold(b, NULL, &bl->heel_raise_median,
		    strings_measure_unit(BM_HEEL_RAISE));
	if (bl->heel_raise[side].below_typical)
		sb_add(b, "\n\n%s",
		    strings_finding(FINDING_HEEL_RAISE_LOW)->explain);
}

/* A finding's explanation, what it rests on and its source. */
static void
sb_finding(struct sbuf *b, enum finding_id f)
{
	const struct finding_text	*ft = strings_finding(f);

	sb_add(b, "%s %s: %s.", ft->explain, strings_text(STR_BASED_ON),
	    ft->basis);
	sb_cite(b, ft->source, TAG_V, 0);
}

static void
reason_squat(const struct balance_result *bl, int side, struct sbuf *b)
{
	sb_squat(b, bl, side);
	sb_add(b, ".");
	/* What an inward knee or a dropping hip is linked with, if seen. */
	if (bl->squat_knee[side] == KNEE_MEDIAL_TO_FOOT) {
		sb_add(b, "\n\n");
		sb_finding(b, FINDING_KNEE_VALGUS);
	} else if (bl->squat_knee[side] == KNEE_OVER_FOOT)
		sb_cite(b, strings_finding(FINDING_KNEE_VALGUS)->source, TAG_V,
		    0);
	if (bl->squat_pelvic_drop[side] == ANSWER_YES) {
		sb_add(b, "\n\n");
		sb_finding(b, FINDING_PELVIC_DROP);
	} else if (bl->squat_pelvic_drop[side] == ANSWER_NO)
		sb_cite(b, strings_finding(FINDING_PELVIC_DROP)->source, TAG_V,
		    0);
}

static void
reason_weight(const struct balance_result *bl, struct sbuf *b)
{
	struct nums	ns = { .next = 0 };

	sb_add(b, "%s: %s %s %%, %s %s %%.", strings_text(STR_BOARD_WEIGHT),
	    strings_text(STR_LEFT), num(&ns, bl->weight_left_pct, 1),
	    strings_text(STR_RIGHT), num(&ns, bl->weight_right_pct, 1));
	if (bl->weight_outside_convention)
		sb_add(b, "\n\n%s.", strings_text(STR_WEIGHT_OUTSIDE));
	sb_range(b, &bl->weight_low, &bl->weight_high, "%");
}

static void
reason_romberg(const struct balance_result *bl, struct sbuf *b)
{
	struct nums	ns = { .next = 0 };

	sb_romberg(b, bl);
	sb_add(b, ".");
	if (isfinite(bl->romberg_velocity) && isfinite(bl->romberg_area))
		sb_add(b, " (%s / %s)", num(&ns, bl->romberg_velocity, 2),
		    num(&ns, bl->romberg_area, 2));
	sb_range(b, &bl->romberg_typical_low, &bl->romberg_typical_high,
	    strings_text(STR_TIMES));
}

/* The symptom each pain finding comes from. */
static const struct {
	enum finding_id		finding;
	enum symptom_site	site;
} pain_sites[] = {
	{ FINDING_PAIN_LOW_BACK, SITE_LOW_BACK },
	{ FINDING_PAIN_BUTTOCK, SITE_BUTTOCK },
	{ FINDING_PAIN_LEG, SITE_LEG_BELOW_KNEE },
	{ FINDING_PAIN_HIP, SITE_HIP },
	{ FINDING_PAIN_GROIN, SITE_GROIN },
	{ FINDING_PAIN_KNEE, SITE_KNEE },
	{ FINDING_PAIN_HEEL_FOOT, SITE_HEEL_FOOT },
	{ FINDING_PAIN_ANKLE, SITE_ANKLE },
};

/* The most statements a finding rests on: the four reasons for caution. */
#define DETAILS_MAX	4
_Static_assert(NELEM(caution_why) <= DETAILS_MAX &&
    NELEM(fall_why) <= DETAILS_MAX && SIDE_COUNT <= DETAILS_MAX,
    "a finding's details fit");

/*
 * The statements a finding rests on, whose reasons follow the finding's
 * own: the foot, the squat, the test it came from.
 */
static int
finding_details(const struct app *app, enum finding_id f, unsigned where,
    struct rline *out)
{
	const struct balance_result	*bl = &app->result.balance;
	int				 n = 0;

	switch (f) {
	case FINDING_PRONATED:
	case FINDING_HIGHLY_PRONATED:
	case FINDING_SUPINATED:
	case FINDING_HIGHLY_SUPINATED:
	case FINDING_INDICATORS_DISAGREE:
		for (int s = 0; s < SIDE_COUNT; s++)
			if (where & (1u << s))
				out[n++] = (struct rline){ RL_FOOT, s, 0, 0 };
		break;
	case FINDING_SHOE_WEAR_INNER:
	case FINDING_SHOE_WEAR_OUTER:
		for (int s = 0; s < SIDE_COUNT; s++)
			if ((where & (1u << s)) &&
			    app->result.pronation[s].vote[PI_SHOE_WEAR].present)
				out[n++] = (struct rline){ RL_VOTE, s,
				    PI_SHOE_WEAR, 0 };
		break;
	case FINDING_KNEE_VALGUS:
	case FINDING_PELVIC_DROP:
		for (int s = 0; s < SIDE_COUNT; s++)
			if ((where & (1u << s)) &&
			    (bl->squat_knee[s] != KNEE_UNKNOWN ||
			    bl->squat_pelvic_drop[s] != ANSWER_UNKNOWN))
				out[n++] = (struct rline){ RL_SQUAT, s, 0, 0 };
		break;
	case FINDING_HEEL_RAISE_LOW:
		for (int s = 0; s < SIDE_COUNT; s++)
			if (where & (1u << s))
				out[n++] = (struct rline){ RL_HEEL_RAISE, s, 0,
				    0 };
		break;
	case FINDING_HEEL_RAISE_ASYMMETRY:
		out[n++] = (struct rline){ RL_MEASURE, BM_HEEL_RAISE, 0, 0 };
		break;
	case FINDING_SLS_BELOW_AGE_MEAN:
		out[n++] = (struct rline){ RL_SLS, 0, 0, 0 };
		break;
	case FINDING_FALL_RISK:
		for (size_t i = 0; i < NELEM(fall_why); i++)
			if (bl->fall_risk_why & fall_why[i].bit)
				out[n++] = (struct rline){ RL_FALL_WHY,
				    (int)fall_why[i].bit, 0, 0 };
		break;
	case FINDING_BALANCE_CAUTION:
		for (size_t i = 0; i < NELEM(caution_why); i++)
			if (bl->caution_why & caution_why[i].bit)
				out[n++] = (struct rline){ RL_CAUTION_WHY,
				    (int)caution_why[i].bit, 0, 0 };
		break;
	case FINDING_WEIGHT_ASYMMETRY:
		out[n++] = (struct rline){ RL_WEIGHT, 0, 0, 0 };
		break;
	case FINDING_VISUAL_RELIANCE:
		out[n++] = (struct rline){ RL_ROMBERG, 0, 0, 0 };
		break;
	case FINDING_LEG_LENGTH_DIFFERENCE:
		out[n++] = (struct rline){ RL_LEG_LENGTH, 0, 0, 0 };
		break;
	case FINDING_PELVIS_NOT_LEVEL:
		out[n++] = (struct rline){ RL_PELVIS, 0, 0, 0 };
		break;
	default:
		for (size_t i = 0; i < NELEM(pain_sites); i++)
			if (pain_sites[i].finding == f)
				out[n++] = (struct rline){ RL_SITE,
				    pain_sites[i].site, 0, 0 };
		break;
	}
	return n;
}

static void
reason_finding(const struct app *app, enum finding_id f, struct sbuf *b)
{
	struct rline	more[DETAILS_MAX];
	int		n;

	sb_finding(b, f);
	n = finding_details(app, f, app->result.findings.where[f], more);
	for (int i = 0; i < n; i++) {
		sb_add(b, "\n\n");
		switch (more[i].kind) {
		case RL_SITE:
		case RL_SQUAT:
		case RL_LEG_LENGTH:
		case RL_PELVIS:
			/* What was observed; the finding explained it. */
			sb_line(app, &more[i], b);
			sb_add(b, ".");
			break;
		default:
			line_reason(app, &more[i], b);
			break;
		}
	}
}

/* The reason: the finding, the value measured, the cut-off, the source. */
static void
line_reason(const struct app *app, const struct rline *l, struct sbuf *b)
{
	const struct screening_result	*r = &app->result;
	const struct triage_result	*t = &r->triage;
	const struct balance_result	*bl = &r->balance;
	const struct triage_rule_info	*ri;
	char				 call[256];

	switch (l->kind) {
	case RL_HEADING:
	case RL_GO_PLAN:
	case RL_GO_REFERRAL:
		break;
	case RL_TEXT:
		sb_add(b, "%s", strings_text((enum string_id)l->a));
		if (l->a == STR_NOT_SCORED || l->a == STR_OUT_OF_SCOPE)
			sb_cite(b, SRC_DESIGN_RULE, TAG_DESIGN, 1);
		break;
	case RL_TIER:
		reason_tier(app, b);
		break;
	case RL_WHO:
	case RL_RULE:
		sb_rule(b, t);
		break;
	case RL_ALSO:
		sb_add(b, "%s", strings_rule((enum triage_rule)l->a));
		if ((ri = triage_rule_info((enum triage_rule)l->a)) != NULL) {
			sb_add(b, "\n\n%s: %s. %s: %s. %s: %s.",
			    strings_text(STR_TIER), strings_tier(ri->tier),
			    strings_text(STR_SEE),
			    strings_professional(ri->professional),
			    strings_text(STR_WHEN),
			    strings_how_soon(ri->how_soon));
			sb_cite(b, ri->cite.source, ri->cite.tag, 1);
		}
		break;
	case RL_FLAG:
		sb_add(b, "%s: %s.\n\n", strings_text(STR_YOU_SAID_YES),
		    strings_redflag((enum redflag)l->a));
		sb_rule(b, t);
		break;
	case RL_SITE:
		sb_symptom(b, &app->answers.symptom[l->a],
		    (enum symptom_site)l->a);
		sb_add(b, ".");
		break;
	case RL_FACT:
		sb_add(b, "%s", strings_fact((enum triage_fact)l->a));
		break;
	case RL_SAFETY_HEAD:
	case RL_SAFETY:
		strings_call_if(call, sizeof call, app->contact);
		sb_add(b, "%s", call);
		if (l->kind == RL_SAFETY)
			sb_add(b, "\n- %s",
			    strings_redflag((enum redflag)l->a));
		else
			for (size_t i = 0; i < t->n_safety_net; i++)
				sb_add(b, "\n- %s",
				    strings_redflag(t->safety_net[i]));
		break;
	case RL_FINDING:
		reason_finding(app, (enum finding_id)l->a, b);
		break;
	case RL_FOOT:
		reason_foot(app, l->a, b);
		break;
	case RL_VOTE:
		reason_vote(app, l->a, (enum pron_indicator)l->b, b);
		break;
	case RL_STAHELI:
		sb_line(app, l, b);
		sb_add(b, ".");
		sb_cite(b, SRC_STAHELI_1987, TAG_V, 0);
		break;
	case RL_CSI_FLAT:
		sb_line(app, l, b);
		sb_add(b, ".");
		sb_cite(b, r->foot[l->a].print.csi_flat_at.source,
		    r->foot[l->a].print.csi_flat_at.tag, 1);
		sb_add(b, "\n\n%s", strings_text(STR_APPROXIMATE));
		break;
	case RL_MEASURE:
		reason_measure(app, (enum bilateral_measure)l->a, b);
		break;
	case RL_SLS:
	case RL_SLS_NORM:
		reason_sls(app, l->a, b);
		break;
	case RL_SLS_SIDE:
		if (l->b)
			reason_fall(bl, FALLRISK_SLS_UNDER_5S, 0, b);
		else
			reason_sls(app, 0, b);
		break;
	case RL_FALL:
	case RL_FALL_WHY:
		reason_fall(bl, l->kind == RL_FALL ? ~0u : (unsigned)l->a,
		    l->kind == RL_FALL, b);
		break;
	case RL_CAUTION:
	case RL_CAUTION_WHY:
		reason_caution(bl, l->kind == RL_CAUTION ? ~0u :
		    (unsigned)l->a, l->kind == RL_CAUTION, b);
		break;
	case RL_HEEL_RAISE:
		reason_heel_raise(bl, l->a, b);
		break;
	case RL_SQUAT:
		reason_squat(bl, l->a, b);
		break;
	case RL_LEG_LENGTH:
	case RL_PELVIS:
		sb_line(app, l, b);
		sb_add(b, ".\n\n");
		sb_finding(b, l->kind == RL_LEG_LENGTH ?
		    FINDING_LEG_LENGTH_DIFFERENCE : FINDING_PELVIS_NOT_LEVEL);
		sb_add(b, "\n\n%s", strings_text(STR_APPROXIMATE));
		break;
	case RL_WEIGHT:
		reason_weight(bl, b);
		break;
	case RL_ROMBERG:
		reason_romberg(bl, b);
		break;
	case RL_BOARD_SLS:
		sb_board_sls(b, bl, l->a);
		sb_add(b, ".");
		break;
	}
}

/* ------------------------------------------------------------------ */
/* The screen                                                          */

static const char *const tab_names[RS_COUNT] = {
	[RS_OVERVIEW] = "Overview",
	[RS_FEET] = "Feet",
	[RS_ASYMMETRY] = "Left/right",
	[RS_BALANCE] = "Balance",
	[RS_TRIAGE] = "Triage",
};

/* Each section's title, above its list. */
static const enum string_id section_title[RS_COUNT] = {
	[RS_OVERVIEW] = STR_H_FINDINGS,
	[RS_FEET] = STR_H_FEET,
	[RS_ASYMMETRY] = STR_H_ASYMMETRY,
	[RS_BALANCE] = STR_H_BALANCE,
	[RS_TRIAGE] = STR_H_RESULT,
};

/* The overview's columns: the body map, a gap, the list. */
#define LIST_X		(BODYMAP_W + 2)
/* The reason's text is built here: the longest is a finding with two feet. */
#define REASON_MAX	6144

/* The body as app_draw() lays it out, for key handlers that need it. */
static struct rect
body_of(const struct app *app)
{
	return (struct rect){ 0, 1, app->cols, app->lines - 3 };
}

/* The reason panel over the body, and the text area inside it. */
static struct rect
panel_box(struct rect body)
{
	return (struct rect){ body.x + 1, body.y, body.w - 2, body.h };
}

static struct rect
panel_text(struct rect box)
{
	return (struct rect){ box.x + 2, box.y + 1, box.w - 4, box.h - 3 };
}

static int
section_count(const struct app *app)
{
	return app->have_result && app->result.scored ? RS_COUNT : 1;
}

/* The section's lines with its menu brought up to date. */
static struct menu *
current_lines(struct app *app, struct rlines *ls)
{
	struct scr_results	*s = &app->results;
	struct menu		*m = &s->menu[s->section];

	section_lines(app, s->section, ls);
	m->n = ls->n;
	if (m->sel >= m->n)
		m->sel = m->n > 0 ? m->n - 1 : 0;
	return m;
}

static void
results_enter(struct app *app)
{
	struct scr_results	*s = &app->results;

	if (!app->have_result)
		app_compute(app);
	s->section = RS_OVERVIEW;
	for (int i = 0; i < RS_COUNT; i++)
		menu_init(&s->menu[i], 0);
	s->panel = 0;
	s->panel_scroll = 0;
	/* Shown for the first time: into the person's history (issue 6). */
	history_autosave(app);
}

static void
results_resume(struct app *app)
{
	app->results.panel = 0;
	if ((int)app->results.section >= section_count(app))
		app->results.section = RS_OVERVIEW;
}

static void
go_plan(struct app *app)
{
	const struct screening_result	*r = &app->result;

	if (!r->scored || !r->plan_allowed)
		app_message(app, 0, "%s", strings_text(!r->scored ?
		    (r->triage.out_of_scope ? STR_OUT_OF_SCOPE :
		    STR_NOT_SCORED) : STR_NO_PLAN));
	else
		app_goto(app, SCR_PLAN);
}

/* The reason of the selected line, as the panel shows it. */
static void
selected_reason(const struct app *app, const struct rlines *ls,
    const struct menu *m, struct sbuf *b)
{
	if (m->sel >= 0 && m->sel < ls->n)
		line_reason(app, &ls->l[m->sel], b);
}

/* Keys while a reason is open: scroll it or close it. */
static int
panel_key(struct app *app, int key)
{
	struct scr_results	*s = &app->results;
	struct rlines		 ls;
	const struct menu	*m = current_lines(app, &ls);
	char			 text[REASON_MAX];
	struct sbuf		 b;
	struct rect		 area = panel_text(panel_box(body_of(app)));
	int			 most;

	sb_init(&b, text, sizeof text);
	selected_reason(app, &ls, m, &b);
	most = grid_wrap_lines(area.w, text) - area.h;
	switch (key) {
	case TK_ESC:
	case TK_BACKSPACE:
	case TK_ENTER:
		s->panel = 0;
		return 1;
	case TK_UP:
		s->panel_scroll--;
		break;
	case TK_DOWN:
		s->panel_scroll++;
		break;
	case TK_PGUP:
		s->panel_scroll -= area.h;
		break;
	case TK_PGDN:
		s->panel_scroll += area.h;
		break;
	case TK_HOME:
		s->panel_scroll = 0;
		break;
	case TK_END:
		s->panel_scroll = most;
		break;
	default:
		return 0;
	}
	if (s->panel_scroll > most)
		s->panel_scroll = most;
	if (s->panel_scroll < 0)
		s->panel_scroll = 0;
	return 1;
}

/* Enter on a line: follow it, or open its reason. */
static void
choose(struct app *app, const struct rline *l)
{
	switch (l->kind) {
	case RL_GO_PLAN:
		go_plan(app);
		break;
	case RL_GO_REFERRAL:
		referral_show(app, -1);
		break;
	case RL_HEADING:
		break;
	default:
		app->results.panel = 1;
		app->results.panel_scroll = 0;
		break;
	}
}

static int
results_key(struct app *app, int key)
{
	struct scr_results	*s = &app->results;
	struct rlines		 ls;
	struct menu		*m;
	int			 n = section_count(app);

	if (!app->have_result)
		return 0;
	if (s->panel) {
		if (panel_key(app, key))
			return 1;
		/* Any other key closes the reason and does what it does. */
		s->panel = 0;
	}
	if (history_results_key(app, key))
		return 1;
	switch (key) {
	case TK_TAB:
	case TK_RIGHT:
		s->section = (s->section + 1) % n;
		return 1;
	case TK_BTAB:
	case TK_LEFT:
		s->section = (s->section + n - 1) % n;
		return 1;
	case 'p':
		go_plan(app);
		return 1;
	case 'r':
		referral_show(app, -1);
		return 1;
	}
	if (key >= '1' && key < '1' + n) {
		s->section = (enum results_section)(key - '1');
		return 1;
	}
	m = current_lines(app, &ls);
	switch (menu_key(m, key, body_of(app).h - 3)) {
	case MENU_MOVED:
		/* Up and Down step over the headings: no reason behind them. */
		for (int i = 0; i < ls.n && (key == TK_UP || key == TK_DOWN) &&
		    ls.l[m->sel].kind == RL_HEADING; i++)
			menu_key(m, key, 1);
		return 1;
	case MENU_CHOSEN:
		choose(app, &ls.l[m->sel]);
		return 1;
	}
	return 0;
}

/* ---- drawing ---- */

struct list_ctx {
	const struct app	*app;
	const struct rlines	*ls;
	const struct grid	*g;
};

static const char *
list_label(const void *ctx, int i, char *buf, size_t len)
{
	const struct list_ctx	*c = ctx;
	struct sbuf		 b;

	sb_init(&b, buf, len);
	line_text(c->app, &c->ls->l[i], &b, c->g);
	return buf;
}

/* Colour and weight over what is drawn (the words carry the meaning). */
static void
tint(struct grid *g, struct rect r, int attr, int color)
{
	for (int y = r.y; y < r.y + r.h && y < g->h; y++)
		for (int x = r.x; x < r.x + r.w && x < g->w; x++) {
			struct grid_cell *c;

			if (x < 0 || y < 0)
				continue;
			c = &g->cells[y * g->w + x];
			c->attr |= attr;
			c->color = color;
		}
}

/* The section's list in r, the selected line shown. */
static void
draw_list(const struct app *app, struct grid *g, struct rect r,
    const struct rlines *ls)
{
	struct menu		m = app->results.menu[app->results.section];
	struct list_ctx		ctx = { app, ls, g };

	m.n = ls->n;
	menu_draw(&m, g, r, list_label, &ctx);
	for (int y = 0; y < r.h && m.top + y < ls->n; y++) {
		const struct rline *l = &ls->l[m.top + y];
		int color = line_color(app, l);

		if (color != GC_DEFAULT || l->kind == RL_HEADING)
			tint(g, (struct rect){ r.x + 2, r.y + y, r.w - 3, 1 },
			    l->kind == RL_HEADING ? GA_BOLD : 0, color);
	}
}

/* The tab row: the current one in brackets as well as reversed. */
static void
draw_tabs(const struct app *app, struct grid *g, struct rect body)
{
	char	label[32];
	int	x = body.x + 1, w;

	for (int i = 0; i < RS_COUNT; i++) {
		int	cur = i == (int)app->results.section;

		snprintf(label, sizeof label, "%c%d %s%c", cur ? '[' : ' ',
		    i + 1, tab_names[i], cur ? ']' : ' ');
		w = grid_text(g, x, body.y, body.x + body.w - x, label,
		    cur ? GA_REVERSE | GA_BOLD : 0,
		    cur ? GC_INFO : GC_DEFAULT);
		grid_hit(g, x, body.y, w, '1' + i);
		x += w + 1;
	}
}

/* The reason of the selected line in a box over the body. */
static void
draw_panel(const struct app *app, struct grid *g, struct rect body,
    const struct rlines *ls)
{
	const struct menu	*m = &app->results.menu[app->results.section];
	struct rect		 box = panel_box(body), area = panel_text(box);
	char			 title[256], text[REASON_MAX];
	struct sbuf		 b;
	struct rline		 l;
	int			 rows;

	if (m->sel < 0 || m->sel >= ls->n)
		return;
	l = ls->l[m->sel];
	l.indent = 0;
	sb_init(&b, title, sizeof title);
	line_text(app, &l, &b, g);
	sb_init(&b, text, sizeof text);
	line_reason(app, &l, &b);
	/* Over the whole body: half-covered lines beside it would confuse. */
	grid_fill(g, body, 0, GC_DEFAULT);
	grid_box(g, box, strings_text(STR_WHY), GC_INFO);
	/* A click on the reason is not a click on the line under it. */
	for (int y = box.y; y < box.y + box.h; y++)
		grid_hit(g, box.x, y, box.w, TK_NONE);
	grid_text(g, area.x, area.y, area.w, title, GA_BOLD, GC_DEFAULT);
	area.y += 2;
	area.h -= 2;
	rows = grid_wrap(g, area.x, area.y, area.w, area.h,
	    app->results.panel_scroll, text, 0, GC_DEFAULT);
	if (rows > area.h)
		grid_printf(g, area.x, box.y + box.h - 2, area.w - 12, 0,
		    GC_MUTED, "lines %d-%d of %d: Up/Down scroll",
		    app->results.panel_scroll + 1,
		    app->results.panel_scroll + area.h < rows ?
		    app->results.panel_scroll + area.h : rows, rows);
	grid_text(g, box.x + box.w - 12, box.y + box.h - 2, 9, "Esc close",
	    GA_BOLD, GC_DEFAULT);
	grid_hit(g, box.x + box.w - 12, box.y + box.h - 2, 9, TK_ESC);
}

/* Without a score: what happened, what to do, and the way on. */
static void
draw_not_scored(const struct app *app, struct grid *g, struct rect body,
    const struct rlines *ls)
{
	const struct triage_result	*t = &app->result.triage;
	char				 text[1024], call[256];
	struct sbuf			 b;
	int				 y = body.y;

	sb_init(&b, text, sizeof text);
	sb_add(&b, "%s", strings_tier_advice(t->tier));
	if (t->tier == TRIAGE_EMERGENCY) {
		strings_call_now(call, sizeof call, app->contact);
		sb_add(&b, " %s", call);
	}
	grid_text(g, body.x + 1, y++, body.w - 2, strings_tier(t->tier),
	    GA_BOLD, t->tier == TRIAGE_EMERGENCY ? GC_ALERT : GC_NOTE);
	y += grid_wrap(g, body.x + 1, y, body.w - 2, body.h / 2, 0, text, 0,
	    GC_DEFAULT) + 1;
	draw_list(app, g, (struct rect){ body.x, y, body.w,
	    body.y + body.h - y }, ls);
}

static void
draw_overview(const struct app *app, struct grid *g, struct rect r,
    const struct rlines *ls)
{
	struct body_marks	m;
	int			dy = BODYMAP_H;
	int			keep = history_last_rows(app, r.h);

	bodymap_marks(&app->result.findings, &app->answers, &m);
	bodymap_draw(&m, g, (struct rect){ r.x + 1, r.y, BODYMAP_W,
	    BODYMAP_H });
	/* §7.6: the disclaimer stays in view beside the findings. */
	grid_wrap(g, r.x + 1, r.y + dy, BODYMAP_W, r.h - dy, 0,
	    strings_text(STR_DISCLAIMER), 0, GC_MUTED);
	/* The last rows: "compared with last time" (scr_history.c). */
	draw_list(app, g, (struct rect){ r.x + LIST_X, r.y, r.w - LIST_X,
	    r.h - keep }, ls);
	history_last_draw(app, g, (struct rect){ r.x + LIST_X,
	    r.y + r.h - keep, r.w - LIST_X - 1, keep });
}

static void
results_draw(const struct app *app, struct grid *g, struct rect body)
{
	const struct scr_results	*s = &app->results;
	struct rlines			 ls;
	struct rect			 r;
	int				 used;

	/* app_compute() failed: the message line says why. */
	if (!app->have_result) {
		grid_text(g, body.x + 1, body.y + 1, body.w - 2,
		    "No result: the answers could not be scored.", 0,
		    GC_DEFAULT);
		return;
	}
	section_lines(app, s->section, &ls);
	if (!app->result.scored) {
		draw_not_scored(app, g, body, &ls);
		if (s->panel)
			draw_panel(app, g, body, &ls);
		return;
	}
	draw_tabs(app, g, body);
	r = (struct rect){ body.x, body.y + 2, body.w, body.h - 2 };
	if (s->section == RS_OVERVIEW)
		draw_overview(app, g, (struct rect){ body.x, body.y + 1,
		    body.w, body.h - 1 }, &ls);
	else {
		grid_text(g, body.x + 1, body.y + 1, body.w - 2,
		    strings_text(section_title[s->section]), GA_BOLD,
		    GC_DEFAULT);
		if (s->section == RS_FEET) {
			char		pre[1024];
			struct sbuf	b;

			sb_init(&b, pre, sizeof pre);
			sb_add(&b, "%s %s", strings_text(STR_POSTURE_NOT_CAUSE),
			    strings_text(STR_APPROXIMATE));
			used = grid_wrap(g, r.x + 1, r.y, r.w - 2, r.h / 3, 0,
			    pre, 0, GC_MUTED);
			if (used > r.h / 3)
				used = r.h / 3;
			r.y += used + 1;
			r.h -= used + 1;
		}
		draw_list(app, g, r, &ls);
	}
	if (s->panel)
		draw_panel(app, g, body, &ls);
}

static const struct keybind results_keys[] = {
	{ TK_TAB, TK_RIGHT, "section", "The next section. The keys 1 to 5, "
	    "or a click on a section's name, go straight to it.", 1 },
	{ TK_BTAB, TK_LEFT, "previous", "The previous section.", 0 },
	{ TK_ENTER, 0, "why", "Open the selected line's reason: what was "
	    "measured, what it was compared with and where that comes "
	    "from. Esc closes it.", 1 },
	{ 'p', 0, "plan", "Your plan: the exercises and advice that follow "
	    "from these results.", 1 },
	{ 'r', 0, "referral", "Who to see, how soon, and what to tell "
	    "them.", 1 },
	{ 'h', 0, "history", "This person's saved screenings.", 1 },
	{ 'c', 0, "last time", "This screening beside the one saved "
	    "before it, every measure with its change.", 1 },
	{ TK_UP, TK_DOWN, "select", "Move between the lines; in an open "
	    "reason, scroll it.", 0 },
};

/* 'p' only when a plan may be given (not on an emergency, §0.1 rule 1). */
static int
results_key_shown(const struct app *app, int key)
{
	if (key == 'p')
		return app->have_result && app->result.plan_allowed;
	if (key == 'c' || key == 'h')
		return history_results_shown(app, key);
	return 1;
}

const struct screen_ops screen_results = {
	.title = "results",
	.keys = results_keys,
	.nkeys = sizeof results_keys / sizeof results_keys[0],
	.key_shown = results_key_shown,
	.help = "Your results, in five sections: an overview with a body "
	    "map, your feet, left and right compared, balance and strength, "
	    "and the triage. Every line opens to its reason. The screen "
	    "describes how you stand and move; it is not a diagnosis.",
	.enter = results_enter,
	.resume = results_resume,
	.key = results_key,
	.draw = results_draw,
};
