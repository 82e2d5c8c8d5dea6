/*
 * report_text.c: a screening result for a person to read; see report.h.
 *
 * It walks the result in the same order as report_json.c: triage, feet,
 * balance, left and right, findings, plan.  Words come from strings.c (and
 * the plan's from the advice data); this file only lays them out, wrapped
 * to 80 columns.
 */
#include <config.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screening/report.h"
#include "screening/strings.h"

/* Text width: fits an 80-column terminal with a margin. */
#define WIDTH	78

/* ------------------------------------------------------------------ */
/* Text helpers                                                        */

/* Columns taken by s[0..n): UTF-8 continuation bytes take none. */
static size_t
columns(const char *s, size_t n)
{
	size_t	c = 0;

	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			c++;
	return c;
}

/*
 * Print text wrapped at WIDTH: first before the first line, rest before
 * the others.  A word longer than a line is printed whole.
 */
static void
wrap(FILE *f, const char *first, const char *rest, const char *text)
{
	const char	*p = text, *lead = first;
	size_t		 col, wlen;
	int		 fresh = 1;

	fputs(lead, f);
	col = columns(lead, strlen(lead));
	while (*p != '\0') {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		wlen = strcspn(p, " ");
		if (!fresh && col + 1 + columns(p, wlen) > WIDTH) {
			fputc('\n', f);
			fputs(rest, f);
			col = columns(rest, strlen(rest));
			fresh = 1;
		}
		if (!fresh) {
			fputc(' ', f);
			col++;
		}
		fwrite(p, 1, wlen, f);
		col += columns(p, wlen);
		p += wlen;
		fresh = 0;
	}
	fputc('\n', f);
}

static void	say(FILE *, const char *, const char *, const char *, ...)
		    __attribute__((format(printf, 4, 5)));

/* wrap() of a formatted paragraph. */
static void
say(FILE *f, const char *first, const char *rest, const char *fmt, ...)
{
	va_list	 ap;
	char	 small[512], *big = NULL;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof small) {
		if ((big = malloc((size_t)n + 1)) == NULL) {
			/* Out of memory: the start is better than nothing. */
			wrap(f, first, rest, small);
			return;
		}
		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	wrap(f, first, rest, big != NULL ? big : small);
	free(big);
}

/* A heading underlined with dashes, after a blank line. */
static void
heading(FILE *f, const char *title, char rule)
{
	size_t	n = columns(title, strlen(title));

	fprintf(f, "\n%s\n", title);
	while (n-- > 0)
		fputc(rule, f);
	fputc('\n', f);
}

/* A number for reading: up to `decimals` places, no trailing zeros. */
static const char *
num(char *buf, size_t len, double v, int decimals)
{
	char	*dot, *end;

	if (!isfinite(v)) {
		snprintf(buf, len, "?");
		return buf;
	}
	snprintf(buf, len, "%.*f", decimals, v);
	if ((dot = strchr(buf, '.')) != NULL) {
		end = buf + strlen(buf) - 1;
		while (end > dot && *end == '0')
			*end-- = '\0';
		if (end == dot)
			*end = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		snprintf(buf, len, "0");
	return buf;
}

/* ", on the left" and so on for a findings side mask; "" without one. */
static const char *
sides_words(unsigned where)
{
	unsigned	lr = where & (FOUND_LEFT | FOUND_RIGHT);

	if (lr == (FOUND_LEFT | FOUND_RIGHT))
		return strings_text(STR_ON_BOTH);
	if (lr == FOUND_LEFT)
		return strings_text(STR_ON_LEFT);
	if (lr == FOUND_RIGHT)
		return strings_text(STR_ON_RIGHT);
	return "";
}

/* "Source (how sure)" of a citation into buf; "" when it has none. */
static const char *
cite_words(char *buf, size_t len, enum source s, enum evidence_tag t)
{
	if (s == SRC_NONE || strings_source(s)[0] == '\0')
		buf[0] = '\0';
	else
		snprintf(buf, len, "%s (%s)", strings_source(s),
		    strings_tag(t));
	return buf;
}

/* ------------------------------------------------------------------ */
/* Text: triage                                                        */

/* One symptom as a sentence fragment. */
static void
symptom_words(char *buf, size_t len, const struct symptom *s,
    enum symptom_site site)
{
	char	n1[32], n2[32];
	size_t	o = 0;

#define ADD(...) do { \
	int w_ = snprintf(buf + o, len - o, __VA_ARGS__); \
	if (w_ > 0) \
		o = (size_t)w_ < len - o ? o + (size_t)w_ : len - 1; \
} while (0)
	ADD("%s", strings_site(site));
	if (s->side != SSIDE_UNKNOWN)
		ADD(" (%s)", strings_symptom_side(s->side));
	if (isfinite(s->duration_weeks))
		ADD(", %s %s %s", strings_text(STR_FOR),
		    num(n1, sizeof n1, s->duration_weeks, 1),
		    strings_text(s->duration_weeks == 1.0 ? STR_WEEK :
		    STR_WEEKS));
	if (isfinite(s->intensity))
		ADD(", %s %s %s", strings_text(STR_INTENSITY),
		    num(n2, sizeof n2, s->intensity, 1),
		    strings_text(STR_OUT_OF_10));
	for (int b = 0; b < 8; b++)
		if (s->worse_with & (1u << b))
			ADD(", %s", strings_worse_with(b));
	if (s->limits_daily_life == ANSWER_YES)
		ADD("; %s", strings_text(STR_LIMITS_LIFE));
	if (s->improving == ANSWER_YES)
		ADD("; %s", strings_text(STR_IMPROVING));
	else if (s->improving == ANSWER_NO)
		ADD("; %s", strings_text(STR_NOT_IMPROVING));
#undef ADD
}

/* The triage: tier, who and when, why, what to tell them, safety net. */
static void
text_triage(FILE *f, const struct screening_result *r,
    const struct report_context *ctx)
{
	const struct triage_result	*t = &r->triage;
	char				 buf[600], src[400];

	heading(f, strings_text(STR_H_RESULT), '-');
	say(f, "", "", "%s: %s.", strings_text(STR_TIER),
	    strings_tier(t->tier));
	wrap(f, "", "", strings_tier_advice(t->tier));
	if (t->tier == TRIAGE_EMERGENCY) {
		strings_call_now(buf, sizeof buf, ctx->contact);
		wrap(f, "", "", buf);
	}
	if (t->professional != PRO_NONE)
		say(f, "", "", "%s: %s. %s: %s.", strings_text(STR_SEE),
		    strings_professional(t->professional),
		    strings_text(STR_WHEN), strings_how_soon(t->how_soon));
	cite_words(src, sizeof src, t->cite.source, t->cite.tag);
	if (src[0] != '\0')
		say(f, "", "  ", "%s: %s %s: %s.", strings_text(STR_WHY),
		    strings_rule(t->rule), strings_text(STR_SOURCE), src);
	else
		say(f, "", "  ", "%s: %s", strings_text(STR_WHY),
		    strings_rule(t->rule));
	for (int k = 0; k < RULE_COUNT; k++)
		if (k != (int)t->rule && k != RULE_NONE &&
		    (t->rules_matched & (1ul << k)) != 0)
			say(f, "  - ", "    ", "%s %s",
			    strings_text(STR_ALSO_MATCHED),
			    strings_rule((enum triage_rule)k));

	if (t->n_flags > 0 || t->sites != 0 || t->facts != 0) {
		heading(f, strings_text(t->tier == TRIAGE_SELFCARE ?
		    STR_H_TOLD : STR_H_TELL), '-');
	}
	if (t->n_flags > 0) {
		say(f, "", "", "%s:", strings_text(STR_YOU_SAID_YES));
		for (size_t i = 0; i < t->n_flags; i++)
			wrap(f, "  - ", "    ", strings_redflag(t->flags[i]));
	}
	if (t->sites != 0 && ctx->answers != NULL) {
		say(f, "", "", "%s:", strings_text(STR_SYMPTOMS));
		for (int s = 0; s < SITE_COUNT; s++) {
			if ((t->sites & (1u << s)) == 0)
				continue;
			symptom_words(buf, sizeof buf,
			    &ctx->answers->symptom[s], (enum symptom_site)s);
			say(f, "  - ", "    ", "%s.", buf);
		}
	}
	if (t->facts != 0)
		say(f, "", "", "%s:", strings_text(STR_OTHER_POINTS));
	for (int k = 0; k < TF_COUNT; k++)
		if ((t->facts & (1u << k)) != 0)
			wrap(f, "  - ", "    ", strings_fact((enum triage_fact)k));

	if (t->n_safety_net > 0) {
		strings_call_if(buf, sizeof buf, ctx->contact);
		heading(f, strings_text(STR_H_SAFETY_NET), '-');
		wrap(f, "", "", buf);
		for (size_t i = 0; i < t->n_safety_net; i++)
			wrap(f, "  - ", "    ", strings_redflag(t->safety_net[i]));
	}
}

/* ------------------------------------------------------------------ */
/* Text: feet                                                          */

/*
 * What an indicator measured on this side, in words, into buf; "" when
 * it is absent.
 */
static const char *
indicator_words(char *buf, size_t len, enum pron_indicator i,
    const struct foot_result *foot, const struct side_answers *sa)
{
	char	n1[32], n2[32], n3[32];

	buf[0] = '\0';
	switch (i) {
	case PI_FPI6:
		if (foot->fpi.n_scored > 0)
			snprintf(buf, len, "%+d (%d %s) %s",
			    foot->fpi.total, foot->fpi.n_scored,
			    strings_text(STR_OF_SIX_ITEMS),
			    strings_collector(foot->fpi.by));
		break;
	case PI_CSI:
		if (isfinite(foot->print.csi_pct))
			snprintf(buf, len, "%s %%", num(n1, sizeof n1,
			    foot->print.csi_pct, 1));
		break;
	case PI_NAVICULAR_DROP:
		if (foot->navicular.present)
			snprintf(buf, len, "%s mm (%s %s %s mm) %s",
			    num(n1, sizeof n1, foot->navicular.drop_mm, 1),
			    num(n2, sizeof n2, foot->navicular.low_mm, 1),
			    strings_text(STR_TO),
			    num(n3, sizeof n3, foot->navicular.high_mm, 1),
			    strings_collector(foot->navicular.by));
		break;
	case PI_SHOE_WEAR:
		if (sa != NULL)
			snprintf(buf, len, "%s", strings_shoe_wear(sa->shoe_wear));
		break;
	case PI_HEEL_TILT:
		if (sa != NULL)
			snprintf(buf, len, "%s", strings_heel_tilt(sa->heel_tilt));
		break;
	case PI_PICTURE:
		if (sa != NULL)
			snprintf(buf, len, "%s",
			    strings_print_picture(sa->print_picture));
		break;
	case PI_COUNT:
		break;
	}
	/* Trim the blank a missing collector leaves. */
	len = strlen(buf);
	while (len > 0 && buf[len - 1] == ' ')
		buf[--len] = '\0';
	return buf;
}

/*
 * The indicators of one foot of a kind: agreeing with the category
 * (STR_AGREE), pointing elsewhere (STR_DISAGREE), or measured without
 * pointing anywhere (STR_NO_VOTE).
 */
static void
text_votes(FILE *f, const struct pronation_result *p,
    const struct foot_result *foot, const struct side_answers *sa,
    enum string_id kind)
{
	const struct pronation_vote	*v;
	char				 val[200], src[400];
	int				 any = 0;

	for (int i = 0; i < PI_COUNT; i++) {
		v = &p->vote[i];
		if (!v->present || (kind == STR_NO_VOTE) != !v->votes ||
		    (v->votes && (v->agrees != 0) != (kind == STR_AGREE)))
			continue;
		if (!any)
			say(f, "  ", "  ", "%s:", strings_text(kind));
		any = 1;
		indicator_words(val, sizeof val, (enum pron_indicator)i, foot,
		    sa);
		cite_words(src, sizeof src, v->cite.source, v->cite.tag);
		say(f, "    - ", "      ", "%s: %s%s%s%s%s.%s%s%s%s%s",
		    strings_indicator((enum pron_indicator)i), val,
		    v->votes ? ", " : "",
		    v->votes ? strings_direction(v->direction) : "",
		    v->self_collected ? "; " : "",
		    v->self_collected ? strings_text(STR_SELF_COLLECTED) : "",
		    src[0] != '\0' ? " " : "",
		    src[0] != '\0' ? strings_text(STR_SOURCE) : "",
		    src[0] != '\0' ? ": " : "", src, src[0] != '\0' ? "." : "");
	}
}

/* Each foot's posture with the signs behind it. */
static void
text_feet(FILE *f, const struct screening_result *r,
    const struct report_context *ctx)
{
	char	n1[32], n2[32], src[400];

	heading(f, strings_text(STR_H_FEET), '-');
	wrap(f, "", "", strings_text(STR_POSTURE_NOT_CAUSE));
	wrap(f, "", "", strings_text(STR_APPROXIMATE));
	for (int s = 0; s < SIDE_COUNT; s++) {
		const struct pronation_result	*p = &r->pronation[s];
		const struct foot_result	*foot = &r->foot[s];
		const struct side_answers	*sa = ctx->answers != NULL ?
		    &ctx->answers->side[s] : NULL;

		fputc('\n', f);
		if (p->category == PRONATION_UNKNOWN) {
			say(f, "", "  ", "%s: %s.", strings_text(s == SIDE_LEFT ?
			    STR_LEFT_FOOT : STR_RIGHT_FOOT),
			    strings_text(STR_NO_FOOT_DATA));
		} else {
			say(f, "", "  ", "%s: %s, %s %s.",
			    strings_text(s == SIDE_LEFT ? STR_LEFT_FOOT :
			    STR_RIGHT_FOOT), strings_pronation(p->category),
			    strings_confidence(p->level),
			    strings_text(STR_CONFIDENCE));
			wrap(f, "  ", "  ",
			    strings_pronation_explain(p->category));
			text_votes(f, p, foot, sa, STR_AGREE);
			text_votes(f, p, foot, sa, STR_DISAGREE);
			text_votes(f, p, foot, sa, STR_NO_VOTE);
		}
		/* The raw footprint ratios have no adult bands (§3). */
		if (isfinite(foot->print.staheli))
			say(f, "  ", "  ", "%s: %s.",
			    strings_measure(BM_STAHELI),
			    num(n1, sizeof n1, foot->print.staheli, 2));
		if (foot->print.csi_flat) {
			cite_words(src, sizeof src,
			    foot->print.csi_flat_at.source,
			    foot->print.csi_flat_at.tag);
			say(f, "  ", "  ", "%s: %s %% (%s %s %%). %s: %s.",
			    strings_measure(BM_CSI),
			    num(n1, sizeof n1, foot->print.csi_pct, 1),
			    strings_text(STR_FLAT_PRINT_FROM),
			    num(n2, sizeof n2, foot->print.csi_flat_at.value,
			    0), strings_text(STR_SOURCE), src);
		}
	}
}

/* ------------------------------------------------------------------ */
/* Text: balance                                                       */

int
report_balance_present(const struct balance_result *b)
{
	for (int s = 0; s < SIDE_COUNT; s++)
		if (isfinite(b->sls[s].eo_s) || isfinite(b->sls[s].ec_s) ||
		    isfinite(b->heel_raise[s].reps) ||
		    b->squat_knee[s] != KNEE_UNKNOWN ||
		    b->squat_pelvic_drop[s] != ANSWER_UNKNOWN ||
		    isfinite(b->board_cop_medial_mm[s]) ||
		    isfinite(b->board_sls_time_s[s]))
			return 1;
	return b->fall_risk || b->caution || b->leg_length != LEGLEN_UNKNOWN ||
	    b->pelvis_level != ANSWER_UNKNOWN ||
	    isfinite(b->weight_right_pct) || isfinite(b->romberg_velocity) ||
	    isfinite(b->romberg_area);
}

/* One single-leg stance condition, both sides and the norm. */
static void
text_sls(FILE *f, const struct balance_result *b, int eyes_closed)
{
	const struct sls_side_result	*l = &b->sls[SIDE_LEFT];
	const struct sls_side_result	*rt = &b->sls[SIDE_RIGHT];
	double	lv = eyes_closed ? l->ec_s : l->eo_s;
	double	rv = eyes_closed ? rt->ec_s : rt->eo_s;
	double	norm = eyes_closed ? b->ec_norm_s : b->eo_norm_s;
	const struct cite *c = eyes_closed ? &b->ec_cite : &b->eo_cite;
	char	n1[32], n2[32], n3[32], src[400];

	if (!isfinite(lv) && !isfinite(rv))
		return;
	say(f, "", "  ", "%s: %s %s s, %s %s s.", strings_text(eyes_closed ?
	    STR_SLS_EC : STR_SLS_EO), strings_text(STR_LEFT),
	    num(n1, sizeof n1, lv, 1), strings_text(STR_RIGHT),
	    num(n2, sizeof n2, rv, 1));
	if (isfinite(norm) && b->norm_age_lo >= 0) {
		cite_words(src, sizeof src, c->source, c->tag);
		say(f, "  ", "  ", "%s (%d-%d): %s s. %s: %s.",
		    strings_text(STR_AGE_MEAN), b->norm_age_lo,
		    b->norm_age_hi, num(n3, sizeof n3, norm, 1),
		    strings_text(STR_SOURCE), src);
	} else
		say(f, "  ", "  ", "%s.", strings_text(STR_NO_NORM));
	if (eyes_closed)
		return;
	for (int s = 0; s < SIDE_COUNT; s++) {
		const struct sls_side_result *x = &b->sls[s];

		if (x->eo_below_mean)
			say(f, "  - ", "    ", "%s: %s.", strings_text(s ==
			    SIDE_LEFT ? STR_LEFT_LEG_CAP : STR_RIGHT_LEG_CAP),
			    strings_text(STR_BELOW_AGE_MEAN));
		if (x->eo_under_5s)
			say(f, "  - ", "    ", "%s: %s.", strings_text(s ==
			    SIDE_LEFT ? STR_LEFT_LEG_CAP : STR_RIGHT_LEG_CAP),
			    strings_text(STR_UNDER_5S));
	}
}

/* Balance and strength against the norms, with the flags they raise. */
static void
text_balance(FILE *f, const struct balance_result *b)
{
	char	n1[32], n2[32], src[400];

	heading(f, strings_text(STR_H_BALANCE), '-');
	if (!report_balance_present(b)) {
		wrap(f, "", "", strings_text(STR_NO_BALANCE_DATA));
		return;
	}
	text_sls(f, b, 0);
	text_sls(f, b, 1);
	if (b->fall_risk) {
		wrap(f, "", "", strings_text(STR_FALL_RISK));
		if (b->fall_risk_why & FALLRISK_SLS_UNDER_5S) {
			cite_words(src, sizeof src, b->vellas_s.source,
			    b->vellas_s.tag);
			say(f, "  - ", "    ", "%s. %s: %s.",
			    strings_text(STR_FALL_SLS),
			    strings_text(STR_SOURCE), src);
		}
		if (b->fall_risk_why & FALLRISK_TANDEM) {
			cite_words(src, sizeof src, b->steadi_tandem_s.source,
			    b->steadi_tandem_s.tag);
			say(f, "  - ", "    ", "%s. %s: %s.",
			    strings_text(STR_FALL_TANDEM),
			    strings_text(STR_SOURCE), src);
		}
	}
	if (b->caution) {
		static const struct {
			unsigned	bit;
			enum string_id	id;
		} why[] = {
			{ CAUTION_AGE_70, STR_CAUTION_AGE },
			{ CAUTION_FELL, STR_CAUTION_FELL },
			{ CAUTION_DIZZY, STR_CAUTION_DIZZY },
			{ CAUTION_TANDEM, STR_CAUTION_TANDEM },
		};

		say(f, "", "", "%s. %s:", strings_text(STR_CAUTION),
		    strings_text(STR_BECAUSE));
		for (size_t i = 0; i < sizeof why / sizeof why[0]; i++)
			if (b->caution_why & why[i].bit)
				wrap(f, "  - ", "    ", strings_text(why[i].id));
	}
	for (int s = 0; s < SIDE_COUNT; s++) {
		const struct heel_raise_side *h = &b->heel_raise[s];

		if (!isfinite(h->reps))
			continue;
		if (h->below_typical)
			cite_words(src, sizeof src,
			    b->heel_raise_typical.source,
			    b->heel_raise_typical.tag);
		say(f, "", "  ", "%s, %s: %s; %s%s%s%s.",
		    strings_text(STR_HEEL_RAISES),
		    strings_text(s == SIDE_LEFT ? STR_LEFT_LEG :
		    STR_RIGHT_LEG), num(n1, sizeof n1, h->reps, 0),
		    !h->compared ? strings_text(STR_HEEL_RAISE_NOT_COMPARED) :
		    h->below_typical ? strings_text(STR_HEEL_RAISE_LOW) :
		    strings_text(STR_HEEL_RAISE_TYPICAL),
		    h->below_typical ? ". " : "",
		    h->below_typical ? strings_text(STR_SOURCE) : "",
		    h->below_typical ? ": " : "");
		if (h->below_typical)
			wrap(f, "  ", "  ", src);
	}
	for (int s = 0; s < SIDE_COUNT; s++) {
		if (b->squat_knee[s] == KNEE_UNKNOWN &&
		    b->squat_pelvic_drop[s] == ANSWER_UNKNOWN)
			continue;
		say(f, "", "  ", "%s, %s: %s%s%s.", strings_text(STR_SQUAT),
		    strings_text(s == SIDE_LEFT ? STR_LEFT_LEG :
		    STR_RIGHT_LEG), b->squat_knee[s] == KNEE_MEDIAL_TO_FOOT ?
		    strings_text(STR_KNEE_MEDIAL) : b->squat_knee[s] ==
		    KNEE_OVER_FOOT ? strings_text(STR_KNEE_OVER_FOOT) : "",
		    b->squat_knee[s] != KNEE_UNKNOWN &&
		    b->squat_pelvic_drop[s] != ANSWER_UNKNOWN ? "; " : "",
		    b->squat_pelvic_drop[s] == ANSWER_YES ?
		    strings_text(STR_PELVIC_DROP) :
		    b->squat_pelvic_drop[s] == ANSWER_NO ?
		    strings_text(STR_NO_PELVIC_DROP) : "");
	}
	if (b->leg_length != LEGLEN_UNKNOWN)
		say(f, "", "  ", "%s: %s.", strings_text(STR_LEG_LENGTH),
		    strings_text(b->leg_length == LEGLEN_EQUAL ? STR_LEGS_EQUAL :
		    b->leg_length == LEGLEN_LEFT_SHORTER ? STR_LEFT_SHORTER :
		    STR_RIGHT_SHORTER));
	if (b->pelvis_level != ANSWER_UNKNOWN)
		say(f, "", "  ", "%s: %s.", strings_text(STR_PELVIS),
		    strings_text(b->pelvis_level == ANSWER_YES ?
		    STR_PELVIS_LEVEL : STR_PELVIS_TILTED));
	if (isfinite(b->weight_right_pct)) {
		say(f, "", "  ", "%s: %s %s %%, %s %s %%%s%s.",
		    strings_text(STR_BOARD_WEIGHT), strings_text(STR_LEFT),
		    num(n1, sizeof n1, b->weight_left_pct, 1),
		    strings_text(STR_RIGHT),
		    num(n2, sizeof n2, b->weight_right_pct, 1),
		    b->weight_outside_convention ? "; " : "",
		    b->weight_outside_convention ?
		    strings_text(STR_WEIGHT_OUTSIDE) : "");
	}
	if (isfinite(b->romberg_velocity) || isfinite(b->romberg_area)) {
		cite_words(src, sizeof src, b->romberg_typical_high.source,
		    b->romberg_typical_high.tag);
		say(f, "", "  ", "%s: %s %s; %s. %s: %s.",
		    strings_text(STR_ROMBERG), num(n1, sizeof n1,
		    isfinite(b->romberg_velocity) ? b->romberg_velocity :
		    b->romberg_area, 2), strings_text(STR_TIMES),
		    strings_text(b->romberg_above_typical ? STR_ROMBERG_HIGH :
		    STR_ROMBERG_TYPICAL), strings_text(STR_SOURCE), src);
	}
	for (int s = 0; s < SIDE_COUNT; s++) {
		if (!isfinite(b->board_sls_time_s[s]) &&
		    !isfinite(b->board_cop_medial_mm[s]))
			continue;
		say(f, "", "  ", "%s, %s: %s s%s%s%s%s.",
		    strings_text(STR_BOARD_SLS), strings_text(s == SIDE_LEFT ?
		    STR_LEFT_LEG : STR_RIGHT_LEG),
		    num(n1, sizeof n1, b->board_sls_time_s[s], 1),
		    isfinite(b->board_cop_medial_mm[s]) ? "; " : "",
		    isfinite(b->board_cop_medial_mm[s]) ?
		    num(n2, sizeof n2, fabs(b->board_cop_medial_mm[s]), 1) :
		    "", isfinite(b->board_cop_medial_mm[s]) ? " mm " : "",
		    !isfinite(b->board_cop_medial_mm[s]) ? "" :
		    b->board_cop_medial_mm[s] >= 0 ?
		    strings_text(STR_COP_MEDIAL) :
		    strings_text(STR_COP_LATERAL));
	}
}

/* ------------------------------------------------------------------ */
/* Text: left and right                                                */

static void
text_asymmetry(FILE *f, const struct bilateral_result *bl)
{
	char	n1[32], n2[32], n3[32], n4[32], n5[32], extra[600], src[400];
	int	any = 0;

	heading(f, strings_text(STR_H_ASYMMETRY), '-');
	for (int m = 0; m < BM_COUNT; m++) {
		const struct bilateral_item *it = &bl->item[m];
		const char *unit = strings_measure_unit((enum bilateral_measure)m);
		size_t o = 0;

		if (!it->present)
			continue;
		any = 1;
		extra[0] = '\0';
		if (it->si_status == SI_OK && isfinite(it->si))
			o += (size_t)snprintf(extra + o, sizeof extra - o,
			    "; %s %s %%", strings_text(STR_SYMMETRY_INDEX),
			    num(n3, sizeof n3, it->si, 1));
		else if (strings_si_status(it->si_status)[0] != '\0')
			o += (size_t)snprintf(extra + o, sizeof extra - o,
			    "; %s", strings_si_status(it->si_status));
		if (o < sizeof extra && isfinite(it->lsi))
			o += (size_t)snprintf(extra + o, sizeof extra - o,
			    "; %s %s %%", strings_text(STR_LIMB_SYMMETRY),
			    num(n4, sizeof n4, it->lsi, 0));
		if (o < sizeof extra && it->differs != WHICH_NONE &&
		    it->band >= ASYM_NOTABLE)
			o += (size_t)snprintf(extra + o, sizeof extra - o,
			    "; %s: %s", strings_text(STR_STANDS_OUT),
			    strings_side(it->differs));
		if (o < sizeof extra && it->outside_convention)
			snprintf(extra + o, sizeof extra - o, "; %s",
			    strings_text(STR_WEIGHT_OUTSIDE));
		say(f, "- ", "  ", "%s: %s %s, %s %s%s%s; %s %s%s; %s.",
		    strings_measure((enum bilateral_measure)m),
		    strings_text(STR_LEFT), num(n1, sizeof n1, it->left, 2),
		    strings_text(STR_RIGHT), num(n2, sizeof n2, it->right, 2),
		    unit[0] != '\0' ? " " : "", unit,
		    strings_text(STR_DIFFERENCE),
		    num(n5, sizeof n5, it->diff, 2), extra,
		    strings_band(it->band));
		if (isfinite(it->notable.value)) {
			cite_words(src, sizeof src, it->notable.source,
			    it->notable.tag);
			say(f, "  ", "  ", "(%s %s%s%s%s%s. %s: %s.)",
			    strings_text(STR_NOTABLE_FROM),
			    num(n1, sizeof n1, it->notable.value, 2),
			    isfinite(it->large.value) ? ", " : "",
			    isfinite(it->large.value) ?
			    strings_text(STR_LARGE_FROM) : "",
			    isfinite(it->large.value) ? " " : "",
			    isfinite(it->large.value) ?
			    num(n2, sizeof n2, it->large.value, 2) : "",
			    strings_text(STR_SOURCE), src);
		}
	}
	if (!any)
		wrap(f, "", "", strings_text(STR_NO_ASYMMETRY));
}

/* ------------------------------------------------------------------ */
/* Text: findings and plan                                             */

static void
text_findings(FILE *f, const struct findings *fd)
{
	int	any = 0;

	heading(f, strings_text(STR_H_FINDINGS), '-');
	for (int i = 0; i < FINDING_COUNT; i++) {
		const struct finding_text *t =
		    strings_finding((enum finding_id)i);
		const char *sides = sides_words(fd->where[i]);

		if (fd->where[i] == 0)
			continue;
		any = 1;
		say(f, "- ", "  ", "%s%s%s. %s %s: %s.%s%s%s%s%s", t->label,
		    sides[0] != '\0' ? ", " : "", sides, t->explain,
		    strings_text(STR_BASED_ON), t->basis,
		    t->source != SRC_NONE ? " " : "",
		    t->source != SRC_NONE ? strings_text(STR_SOURCE) : "",
		    t->source != SRC_NONE ? ": " : "",
		    strings_source(t->source),
		    t->source != SRC_NONE ? "." : "");
	}
	if (!any)
		wrap(f, "", "", strings_text(STR_NO_FINDINGS));
}

void
report_trigger_words(char *buf, size_t len, const struct findings *tr)
{
	size_t	o = 0;
	int	w;

	buf[0] = '\0';
	for (int i = 0; i < FINDING_COUNT && o + 1 < len; i++) {
		const char *sides = sides_words(tr->where[i]);

		if (tr->where[i] == 0)
			continue;
		w = snprintf(buf + o, len - o, "%s%s%s%s", o > 0 ? "; " : "",
		    strings_finding((enum finding_id)i)->label,
		    sides[0] != '\0' ? ", " : "", sides);
		if (w < 0)
			break;
		o = (size_t)w < len - o ? o + (size_t)w : len - 1;
	}
	if (o == 0)
		snprintf(buf, len, "%s", strings_text(STR_GENERAL_ADVICE));
}

/* One exercise of the plan, numbered n, with why it is there. */
static void
text_exercise(FILE *f, size_t n, const struct plan_exercise *pe,
    const struct exercise *ex, const struct advice_rules *rules)
{
	char	dose[200], trig[1200], lead[32];
	size_t	i;

	strings_dosage(dose, sizeof dose, &ex->dosage);
	snprintf(lead, sizeof lead, "%zu. ", n);
	fputc('\n', f);
	say(f, lead, "   ", "%s%s%s", ex->name,
	    sides_words(pe->sides)[0] != '\0' ? ", " : "",
	    sides_words(pe->sides));
	wrap(f, "   ", "   ", ex->aim);
	for (i = 0; i < ex->nart; i++) {
		size_t	w = strlen(ex->art[i]);

		/* The data pads its pictures; the terminal needs no blanks. */
		while (w > 0 && ex->art[i][w - 1] == ' ')
			w--;
		fprintf(f, "       %.*s\n", (int)w, ex->art[i]);
	}
	say(f, "   ", "   ", "%s: %s.", strings_text(STR_DOSE), dose);
	for (i = 0; i < ex->nsteps; i++) {
		snprintf(lead, sizeof lead, "   %zu) ", i + 1);
		wrap(f, lead, "      ", ex->step[i]);
	}
	if (pe->with_support)
		wrap(f, "   ", "   ", strings_text(STR_WITH_SUPPORT));
	for (i = 0; i < ex->nprogressions; i++)
		if (pe->progressions & (1u << i))
			say(f, "   ", "   ", "%s: %s",
			    strings_text(STR_HARDER), ex->progression[i].text);
	if (ex->cautions[0] != '\0')
		say(f, "   ", "   ", "%s: %s", strings_text(STR_CAUTIONS),
		    ex->cautions);
	report_trigger_words(trig, sizeof trig, &pe->triggers);
	say(f, "   ", "   ", "%s: %s.", strings_text(STR_TRIGGERED_BY), trig);
	say(f, "   ", "   ", "%s: %s %s", strings_text(STR_EVIDENCE),
	    rules->evidence_text[pe->evidence], ex->evidence);
}

/* The wording or referral lines of a plan. */
static void
text_lines(FILE *f, enum string_id title, const struct plan_text *pt,
    size_t n, const struct advice_text *texts, size_t ntexts)
{
	char	trig[1200];

	if (n == 0)
		return;
	heading(f, strings_text(title), '~');
	for (size_t i = 0; i < n; i++) {
		if (pt[i].text >= ntexts)
			continue;
		report_trigger_words(trig, sizeof trig, &pt[i].triggers);
		say(f, "- ", "  ", "%s (%s: %s.)", texts[pt[i].text].text,
		    strings_text(STR_TRIGGERED_BY), trig);
	}
}

/* The exercises, wording and referrals of the plan. */
static void
text_plan(FILE *f, const struct advice_plan *plan,
    const struct report_context *ctx)
{
	heading(f, strings_text(STR_H_PLAN), '-');
	if (plan == NULL || ctx->rules == NULL || ctx->library == NULL ||
	    (plan->nexercises == 0 && plan->nwording == 0 &&
	    plan->nreferrals == 0)) {
		wrap(f, "", "", strings_text(STR_NO_PLAN));
		return;
	}
	if (plan->nexercises > 0)
		heading(f, strings_text(STR_H_EXERCISES), '~');
	for (size_t i = 0; i < plan->nexercises; i++) {
		const struct plan_exercise *pe = &plan->exercise[i];

		if (pe->exercise >= ctx->library->n)
			continue;
		text_exercise(f, i + 1, pe,
		    &ctx->library->exercise[pe->exercise], ctx->rules);
	}
	text_lines(f, STR_H_WORDING, plan->wording, plan->nwording,
	    ctx->rules->wording, ctx->rules->nwording);
	text_lines(f, STR_H_REFERRAL, plan->referral, plan->nreferrals,
	    ctx->rules->referral, ctx->rules->nreferrals);
}

int
report_text(FILE *f, const struct screening_result *r,
    const struct advice_plan *plan, const struct report_context *ctx)
{
	const char	*title = strings_text(STR_TITLE);

	fprintf(f, "%s\n", title);
	for (size_t n = columns(title, strlen(title)); n > 0; n--)
		fputc('=', f);
	fputs("\n\n", f);
	wrap(f, "", "", strings_text(STR_DISCLAIMER));
	text_triage(f, r, ctx);
	if (!r->scored) {
		fputc('\n', f);
		wrap(f, "", "", strings_text(r->triage.out_of_scope ?
		    STR_OUT_OF_SCOPE : STR_NOT_SCORED));
	} else {
		text_feet(f, r, ctx);
		text_balance(f, &r->balance);
		text_asymmetry(f, &r->bilateral);
		text_findings(f, &r->findings);
		text_plan(f, r->plan_allowed ? plan : NULL, ctx);
	}
	return ferror(f) ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* Shared with the other formats (report.h)                            */

void
report_wrap(FILE *f, const char *first, const char *rest, const char *text)
{
	wrap(f, first, rest, text);
}

const char *
report_num(char *buf, size_t len, double v, int decimals)
{
	return num(buf, len, v, decimals);
}

const char *
report_sides_words(unsigned where)
{
	return sides_words(where);
}

void
report_symptom_words(char *buf, size_t len, const struct symptom *s,
    enum symptom_site site)
{
	symptom_words(buf, len, s, site);
}
