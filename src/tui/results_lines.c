/*
 * results_lines.c: the statements of each section of the results screen
 * (results.h) and each statement in one row.  The statements are not
 * stored: each section's list is rebuilt from app->result whenever it is
 * needed (a few dozen lines), so the screen can never show a stale copy.
 * The facts shown are those of the text report (report_text.c), in the
 * same order.
 */
#include <config.h>

#include <math.h>

#include "screening/report.h"
#include "tui/bodymap.h"
#include "tui/results.h"

static void
rl_add(struct rlines *ls, int indent, enum rl_kind kind, int a, int b)
{
	if (ls->n < RLINES_MAX)
		ls->l[ls->n++] = (struct rline){ kind, a, b, indent };
}

const struct why rs_fall_why[RS_FALL_WHY] = {
	{ FALLRISK_SLS_UNDER_5S, STR_FALL_SLS },
	{ FALLRISK_TANDEM, STR_FALL_TANDEM },
}, rs_caution_why[RS_CAUTION_WHY] = {
	{ CAUTION_AGE_70, STR_CAUTION_AGE },
	{ CAUTION_FELL, STR_CAUTION_FELL },
	{ CAUTION_DIZZY, STR_CAUTION_DIZZY },
	{ CAUTION_TANDEM, STR_CAUTION_TANDEM },
};

enum string_id
rs_why_string(unsigned bit, int caution)
{
	const struct why	*w = caution ? rs_caution_why : rs_fall_why;
	size_t			 n = caution ? NELEM(rs_caution_why) :
				    NELEM(rs_fall_why);

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

	rl_add(ls, 0, RL_TIER, 0, 0);
	if (!r->scored) {
		rl_add(ls, 0, RL_RULE, 0, 0);
		rl_add(ls, 0, RL_TEXT, r->triage.out_of_scope ?
		    STR_OUT_OF_SCOPE : STR_NOT_SCORED, 0);
		rl_add(ls, 0, RL_GO_REFERRAL, 0, 0);
		return;
	}
	rl_add(ls, 0, RL_HEADING, STR_H_FINDINGS, 0);
	bodymap_marks(&r->findings, &app->answers, &m);
	n = bodymap_legend(&m, leg, FINDING_COUNT);
	for (int i = 0; i < n; i++)
		rl_add(ls, 0, RL_FINDING, leg[i], i + 1);
	if (n == 0)
		rl_add(ls, 0, RL_TEXT, STR_NO_FINDINGS, 0);
	if (r->plan_allowed)
		rl_add(ls, 0, RL_GO_PLAN, 0, 0);
	rl_add(ls, 0, RL_GO_REFERRAL, 0, 0);
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

		rl_add(ls, 0, RL_FOOT, s, 0);
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
					rl_add(ls, 2, RL_HEADING, kinds[k], 0);
				any = 1;
				rl_add(ls, 4, RL_VOTE, s, i);
			}
		}
		if (isfinite(f->print.staheli))
			rl_add(ls, 2, RL_STAHELI, s, 0);
		if (f->print.csi_flat)
			rl_add(ls, 2, RL_CSI_FLAT, s, 0);
	}
}

static void
lines_asymmetry(const struct app *app, struct rlines *ls)
{
	int	any = 0;

	for (int m = 0; m < BM_COUNT; m++) {
		if (!app->result.bilateral.item[m].present)
			continue;
		rl_add(ls, 0, RL_MEASURE, m, 0);
		rl_add(ls, 0, RL_MEASURE, m, 1);
		any = 1;
	}
	if (!any)
		rl_add(ls, 0, RL_TEXT, STR_NO_ASYMMETRY, 0);
}

static void
lines_balance(const struct app *app, struct rlines *ls)
{
	const struct balance_result	*b = &app->result.balance;
	size_t				 i;

	if (!report_balance_present(b)) {
		rl_add(ls, 0, RL_TEXT, STR_NO_BALANCE_DATA, 0);
		return;
	}
	for (int ec = 0; ec <= 1; ec++) {
		if (!isfinite(ec ? b->sls[0].ec_s : b->sls[0].eo_s) &&
		    !isfinite(ec ? b->sls[1].ec_s : b->sls[1].eo_s))
			continue;
		rl_add(ls, 0, RL_SLS, ec, 0);
		rl_add(ls, 2, RL_SLS_NORM, ec, 0);
		for (int s = 0; s < SIDE_COUNT && !ec; s++) {
			if (b->sls[s].eo_below_mean)
				rl_add(ls, 2, RL_SLS_SIDE, s, 0);
			if (b->sls[s].eo_under_5s)
				rl_add(ls, 2, RL_SLS_SIDE, s, 1);
		}
	}
	if (b->fall_risk) {
		rl_add(ls, 0, RL_FALL, 0, 0);
		for (i = 0; i < NELEM(rs_fall_why); i++)
			if (b->fall_risk_why & rs_fall_why[i].bit)
				rl_add(ls, 2, RL_FALL_WHY,
				    (int)rs_fall_why[i].bit, 0);
	}
	if (b->caution) {
		rl_add(ls, 0, RL_CAUTION, 0, 0);
		for (i = 0; i < NELEM(rs_caution_why); i++)
			if (b->caution_why & rs_caution_why[i].bit)
				rl_add(ls, 2, RL_CAUTION_WHY,
				    (int)rs_caution_why[i].bit, 0);
	}
	for (int s = 0; s < SIDE_COUNT; s++)
		if (isfinite(b->heel_raise[s].reps))
			rl_add(ls, 0, RL_HEEL_RAISE, s, 0);
	for (int s = 0; s < SIDE_COUNT; s++)
		if (b->squat_knee[s] != KNEE_UNKNOWN ||
		    b->squat_pelvic_drop[s] != ANSWER_UNKNOWN)
			rl_add(ls, 0, RL_SQUAT, s, 0);
	if (b->leg_length != LEGLEN_UNKNOWN)
		rl_add(ls, 0, RL_LEG_LENGTH, 0, 0);
	if (b->pelvis_level != ANSWER_UNKNOWN)
		rl_add(ls, 0, RL_PELVIS, 0, 0);
	if (isfinite(b->weight_right_pct))
		rl_add(ls, 0, RL_WEIGHT, 0, 0);
	if (isfinite(b->romberg_velocity) || isfinite(b->romberg_area))
		rl_add(ls, 0, RL_ROMBERG, 0, 0);
	for (int s = 0; s < SIDE_COUNT; s++)
		if (isfinite(b->board_sls_time_s[s]) ||
		    isfinite(b->board_cop_medial_mm[s]))
			rl_add(ls, 0, RL_BOARD_SLS, s, 0);
}

static void
lines_triage(const struct app *app, struct rlines *ls)
{
	const struct triage_result	*t = &app->result.triage;

	rl_add(ls, 0, RL_TIER, 0, 0);
	if (t->professional != PRO_NONE)
		rl_add(ls, 0, RL_WHO, 0, 0);
	rl_add(ls, 0, RL_RULE, 0, 0);
	for (int k = 0; k < RULE_COUNT; k++)
		if (k != (int)t->rule && k != RULE_NONE &&
		    (t->rules_matched & (1ul << k)) != 0)
			rl_add(ls, 2, RL_ALSO, k, 0);
	if (t->n_flags > 0 || t->sites != 0 || t->facts != 0)
		rl_add(ls, 0, RL_HEADING, t->tier == TRIAGE_SELFCARE ?
		    STR_H_TOLD : STR_H_TELL, 0);
	if (t->n_flags > 0)
		rl_add(ls, 2, RL_HEADING, STR_YOU_SAID_YES, 0);
	for (size_t i = 0; i < t->n_flags; i++)
		rl_add(ls, 4, RL_FLAG, t->flags[i], 0);
	if (t->sites != 0)
		rl_add(ls, 2, RL_HEADING, STR_SYMPTOMS, 0);
	for (int s = 0; s < SITE_COUNT; s++)
		if (t->sites & (1u << s))
			rl_add(ls, 4, RL_SITE, s, 0);
	if (t->facts != 0)
		rl_add(ls, 2, RL_HEADING, STR_OTHER_POINTS, 0);
	for (int k = 0; k < TF_COUNT; k++)
		if (t->facts & (1u << k))
			rl_add(ls, 4, RL_FACT, k, 0);
	if (t->n_safety_net > 0) {
		rl_add(ls, 0, RL_HEADING, STR_H_SAFETY_NET, 0);
		rl_add(ls, 2, RL_SAFETY_HEAD, 0, 0);
		for (size_t i = 0; i < t->n_safety_net; i++)
			rl_add(ls, 4, RL_SAFETY, t->safety_net[i], 0);
	}
	if (app->result.scored && app->result.plan_allowed)
		rl_add(ls, 0, RL_GO_PLAN, 0, 0);
	rl_add(ls, 0, RL_GO_REFERRAL, 0, 0);
}

/* The lines of a section; without a score, only the overview exists. */
void
rs_section_lines(const struct app *app, enum results_section sec,
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
		rl_add(ls, 0, RL_GO_PLAN, 0, 0);
}

/* The colour of a line: meaning is in its words as well (grid.h). */
int
rs_line_color(const struct app *app, const struct rline *l)
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
void
rs_line_text(const struct app *app, const struct rline *l, struct sbuf *b,
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
		    rs_num(&ns, r->foot[l->a].print.staheli, 2));
		break;
	case RL_CSI_FLAT:
		sb_add(b, "%s: %s %% (%s %s %%)", strings_measure(BM_CSI),
		    rs_num(&ns, r->foot[l->a].print.csi_pct, 1),
		    strings_text(STR_FLAT_PRINT_FROM),
		    rs_num(&ns, r->foot[l->a].print.csi_flat_at.value, 0));
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
		sb_add(b, "! %s: %s", rs_leg_cap(l->a), strings_text(l->b ?
		    STR_UNDER_5S : STR_BELOW_AGE_MEAN));
		break;
	case RL_FALL:
		sb_add(b, "! %s", strings_text(STR_FALL_RISK));
		break;
	case RL_FALL_WHY:
	case RL_CAUTION_WHY:
		sb_add(b, "- %s", strings_text(rs_why_string((unsigned)l->a,
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
		    rs_num(&ns, bl->weight_left_pct, 1),
		    strings_text(STR_RIGHT), rs_num(&ns, bl->weight_right_pct,
		    1));
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
