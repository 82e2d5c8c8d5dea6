/*
 * results_words.c: the words and numbers the results screen's
 * statements are made of (results.h): a string built in a fixed buffer,
 * numbers for reading, citations and cut-offs, and each measure's values
 * in words.  The sentences are strings.h's; this file adds only numbers,
 * units and how they are joined.
 */
#include <config.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>

#include "screening/report.h"
#include "tui/results.h"

void
sb_init(struct sbuf *b, char *s, size_t len)
{
	b->s = s;
	b->len = len;
	b->o = 0;
	s[0] = '\0';
}

void
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
void
sb_para(struct sbuf *b)
{
	if (b->o == 0)
		return;
	if (b->s[b->o - 1] != '\n')
		sb_add(b, "\n\n");
	else if (b->o < 2 || b->s[b->o - 2] != '\n')
		sb_add(b, "\n");
}

const char *
rs_num(struct nums *ns, double v, int places)
{
	return report_num(ns->buf[ns->next++ % 8], sizeof ns->buf[0], v,
	    places);
}

/* "Source: ... (how sure)." when the statement has a source. */
void
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
void
sb_threshold(struct sbuf *b, const char *label, const struct threshold *t,
    const char *unit)
{
	struct nums	ns = { .next = 0 };

	if (!isfinite(t->value))
		return;
	sb_para(b);
	sb_add(b, "%s: %s%s%s.", label != NULL ? label : "Compared with",
	    rs_num(&ns, t->value, 2), unit[0] != '\0' ? " " : "", unit);
	sb_cite(b, t->source, t->tag, 1);
}

/* The same for a range "lo to hi", cited by its low end. */
void
sb_range(struct sbuf *b, const struct threshold *lo,
    const struct threshold *hi, const char *unit)
{
	struct nums	ns = { .next = 0 };

	if (!isfinite(lo->value) || !isfinite(hi->value))
		return;
	sb_para(b);
	sb_add(b, "Compared with: %s %s %s%s%s.", rs_num(&ns, lo->value, 2),
	    strings_text(STR_TO), rs_num(&ns, hi->value, 2),
	    unit[0] != '\0' ? " " : "", unit);
	sb_cite(b, lo->source, lo->tag, 1);
}

const char *
rs_leg_word(int side)
{
	return strings_text(side == SIDE_LEFT ? STR_LEFT_LEG : STR_RIGHT_LEG);
}

const char *
rs_leg_cap(int side)
{
	return strings_text(side == SIDE_LEFT ? STR_LEFT_LEG_CAP :
	    STR_RIGHT_LEG_CAP);
}

/* What an indicator measured on a side, in words. */
void
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
		sb_add(b, "%s %%", rs_num(&ns, f->print.csi_pct, 1));
		break;
	case PI_NAVICULAR_DROP:
		sb_add(b, "%s mm (%s %s %s mm)",
		    rs_num(&ns, f->navicular.drop_mm, 1),
		    rs_num(&ns, f->navicular.low_mm, 1), strings_text(STR_TO),
		    rs_num(&ns, f->navicular.high_mm, 1));
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
void
sb_symptom(struct sbuf *b, const struct symptom *s, enum symptom_site site)
{
	struct nums	ns = { .next = 0 };

	sb_add(b, "%s", strings_site(site));
	if (s->side != SSIDE_UNKNOWN)
		sb_add(b, " (%s)", strings_symptom_side(s->side));
	if (isfinite(s->duration_weeks))
		sb_add(b, ", %s %s %s", strings_text(STR_FOR),
		    rs_num(&ns, s->duration_weeks, 1),
		    strings_text(s->duration_weeks == 1.0 ? STR_WEEK :
		    STR_WEEKS));
	if (isfinite(s->intensity))
		sb_add(b, ", %s %s %s", strings_text(STR_INTENSITY),
		    rs_num(&ns, s->intensity, 1), strings_text(STR_OUT_OF_10));
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
void
sb_measure(struct sbuf *b, const struct bilateral_item *it,
    enum bilateral_measure m, int row)
{
	struct nums	 ns = { .next = 0 };
	const char	*unit = strings_measure_unit(m);

	if (row == 0) {
		sb_add(b, "%s: %s %s, %s %s%s%s; %s %s%s%s",
		    strings_measure(m), strings_text(STR_LEFT),
		    rs_num(&ns, it->left, 2), strings_text(STR_RIGHT),
		    rs_num(&ns, it->right, 2), unit[0] != '\0' ? " " : "", unit,
		    strings_text(STR_DIFFERENCE), rs_num(&ns, it->diff, 2),
		    unit[0] != '\0' ? " " : "", unit);
		return;
	}
	/*
	 * The indices first: the band's sentence can be long, and a row that
	 * is cut at the screen's edge must not lose a number.
	 */
	if (it->si_status == SI_OK && isfinite(it->si))
		sb_add(b, "%s %s %%; ", strings_text(STR_SYMMETRY_INDEX),
		    rs_num(&ns, it->si, 1));
	if (isfinite(it->lsi))
		sb_add(b, "%s %s %%; ", strings_text(STR_LIMB_SYMMETRY),
		    rs_num(&ns, it->lsi, 0));
	sb_add(b, "%s", strings_band(it->band));
	if (it->band >= ASYM_NOTABLE && it->differs != WHICH_NONE)
		sb_add(b, "; %s: %s", strings_text(STR_STANDS_OUT),
		    strings_side(it->differs));
}

/* One single-leg stance condition, both sides. */
void
sb_sls(struct sbuf *b, const struct balance_result *bl, int ec)
{
	struct nums	ns = { .next = 0 };

	sb_add(b, "%s: %s %s s, %s %s s", strings_text(ec ? STR_SLS_EC :
	    STR_SLS_EO), strings_text(STR_LEFT),
	    rs_num(&ns, ec ? bl->sls[0].ec_s : bl->sls[0].eo_s, 1),
	    strings_text(STR_RIGHT),
	    rs_num(&ns, ec ? bl->sls[1].ec_s : bl->sls[1].eo_s, 1));
}

/* The age-group mean for a condition, or that there is none. */
void
sb_sls_norm(struct sbuf *b, const struct balance_result *bl, int ec)
{
	struct nums	ns = { .next = 0 };
	double		norm = ec ? bl->ec_norm_s : bl->eo_norm_s;

	if (isfinite(norm) && bl->norm_age_lo >= 0)
		sb_add(b, "%s (%d-%d): %s s", strings_text(STR_AGE_MEAN),
		    bl->norm_age_lo, bl->norm_age_hi, rs_num(&ns, norm, 1));
	else
		sb_add(b, "%s", strings_text(STR_NO_NORM));
}

void
sb_heel_raise(struct sbuf *b, const struct balance_result *bl, int side)
{
	const struct heel_raise_side	*h = &bl->heel_raise[side];
	struct nums			 ns = { .next = 0 };

	sb_add(b, "%s, %s: %s; %s", strings_text(STR_HEEL_RAISES),
	    rs_leg_word(side), rs_num(&ns, h->reps, 0),
	    strings_text(!h->compared ? STR_HEEL_RAISE_NOT_COMPARED :
	    h->below_typical ? STR_HEEL_RAISE_LOW : STR_HEEL_RAISE_TYPICAL));
}

void
sb_squat(struct sbuf *b, const struct balance_result *bl, int side)
{
	sb_add(b, "%s, %s: ", strings_text(STR_SQUAT), rs_leg_word(side));
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

void
sb_board_sls(struct sbuf *b, const struct balance_result *bl, int side)
{
	struct nums	ns = { .next = 0 };
	double		cop = bl->board_cop_medial_mm[side];

	sb_add(b, "%s, %s: %s s", strings_text(STR_BOARD_SLS),
	    rs_leg_word(side), rs_num(&ns, bl->board_sls_time_s[side], 1));
	if (isfinite(cop))
		sb_add(b, "; %s mm %s", rs_num(&ns, fabs(cop), 1),
		    strings_text(cop >= 0 ? STR_COP_MEDIAL : STR_COP_LATERAL));
}

void
sb_romberg(struct sbuf *b, const struct balance_result *bl)
{
	struct nums	ns = { .next = 0 };

	sb_add(b, "%s: %s %s; %s", strings_text(STR_ROMBERG),
	    rs_num(&ns, isfinite(bl->romberg_velocity) ? bl->romberg_velocity :
	    bl->romberg_area, 2), strings_text(STR_TIMES),
	    strings_text(bl->romberg_above_typical ? STR_ROMBERG_HIGH :
	    STR_ROMBERG_TYPICAL));
}
