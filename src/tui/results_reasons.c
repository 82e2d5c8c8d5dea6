/*
 * results_reasons.c: the reason behind each statement of the results
 * screen (results.h): the value measured, the threshold it was held
 * against and where that comes from.
 */
#include <config.h>

#include <math.h>

#include "core/triage.h"
#include "tui/results.h"

/* The statement's row, unindented, to open its reason with. */
static void
sb_line(const struct app *app, const struct rline *l, struct sbuf *b)
{
	struct rline	flat = *l;
	struct grid	none = { .utf8 = app->utf8 };

	flat.indent = 0;
	rs_line_text(app, &flat, b, &none);
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
		    rs_num(&ns, p->confidence, 2), strings_text(STR_AGREE),
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
			sb_add(b, " %s: %s %%.", rs_leg_cap(s), rs_num(&ns, pct,
			    0));
	}
	sb_cite(b, c->source, c->tag, 1);
	if (!ec)
		for (int s = 0; s < SIDE_COUNT; s++)
			if (bl->sls[s].eo_below_mean)
				sb_add(b, "\n\n%s: %s.", rs_leg_cap(s),
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
		    rs_num(&ns, bl->sls[SIDE_LEFT].eo_s, 1),
		    strings_text(STR_RIGHT),
		    rs_num(&ns, bl->sls[SIDE_RIGHT].eo_s, 1));
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
	for (size_t i = 0; i < NELEM(rs_caution_why); i++)
		if (bl->caution_why & only & rs_caution_why[i].bit)
			sb_add(b, "- %s\n", strings_text(rs_caution_why[i].id));
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
	    strings_text(STR_LEFT), rs_num(&ns, bl->weight_left_pct, 1),
	    strings_text(STR_RIGHT), rs_num(&ns, bl->weight_right_pct, 1));
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
		sb_add(b, " (%s / %s)", rs_num(&ns, bl->romberg_velocity, 2),
		    rs_num(&ns, bl->romberg_area, 2));
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
_Static_assert(NELEM(rs_caution_why) <= DETAILS_MAX &&
    NELEM(rs_fall_why) <= DETAILS_MAX && SIDE_COUNT <= DETAILS_MAX,
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
		for (size_t i = 0; i < NELEM(rs_fall_why); i++)
			if (bl->fall_risk_why & rs_fall_why[i].bit)
				out[n++] = (struct rline){ RL_FALL_WHY,
				    (int)rs_fall_why[i].bit, 0, 0 };
		break;
	case FINDING_BALANCE_CAUTION:
		for (size_t i = 0; i < NELEM(rs_caution_why); i++)
			if (bl->caution_why & rs_caution_why[i].bit)
				out[n++] = (struct rline){ RL_CAUTION_WHY,
				    (int)rs_caution_why[i].bit, 0, 0 };
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
			rs_line_reason(app, &more[i], b);
			break;
		}
	}
}

/* The reason: the finding, the value measured, the cut-off, the source. */
void
rs_line_reason(const struct app *app, const struct rline *l, struct sbuf *b)
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
