/*
 * report_json.c: a screening result as one JSON document; see report.h.
 * The layout (schema_version 1) is documented in footscreen-answers(5),
 * "JSON OUTPUT": keep the two in step.
 *
 * Identifiers come from the core's key functions and the answers file's
 * own words (answers_word()), sentences from strings.c and the advice data,
 * so a script and a person read the same result.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "screening/answers.h"
#include "screening/json_build.h"
#include "screening/report.h"
#include "screening/strings.h"

static const char *const side_section[SIDE_COUNT] = { "left", "right" };

/* A yes/no answer as true, false or null. */
static json_t *
janswer(enum answer a)
{
	return a == ANSWER_UNKNOWN ? json_null() : json_boolean(a == ANSWER_YES);
}

/* {"key", "text", "tag", "tag_text"} of a citation; null for none. */
static json_t *
jcite(enum source s, enum evidence_tag t, int *bad)
{
	json_t	*o;

	if (s == SRC_NONE)
		return json_null();
	o = json_object();
	jb_set(o, "key", json_string(source_key(s)), bad);
	jb_set(o, "text", json_string(strings_source(s)), bad);
	jb_set(o, "tag", json_string(evidence_tag_key(t)), bad);
	jb_set(o, "tag_text", json_string(strings_tag(t)), bad);
	return o;
}

/* {"value", "source"} of a threshold. */
static json_t *
jthreshold(const struct threshold *th, int *bad)
{
	json_t	*o = json_object();

	jb_set(o, "value", jb_num(th->value), bad);
	jb_set(o, "source", jcite(th->source, th->tag, bad), bad);
	return o;
}

/* ["left"], ["right"], ["left", "right"] or [] of a side mask. */
static json_t *
jsides(unsigned where, int *bad)
{
	json_t	*a = json_array();

	if (where & FOUND_LEFT)
		jb_append(a, json_string("left"), bad);
	if (where & FOUND_RIGHT)
		jb_append(a, json_string("right"), bad);
	return a;
}

/* [{"key", "text"}] of red flags. */
static json_t *
jflags(const enum redflag *f, size_t n, int *bad)
{
	json_t	*a = json_array(), *o;

	for (size_t i = 0; i < n; i++) {
		o = json_object();
		jb_set(o, "key", json_string(redflag_key(f[i])), bad);
		jb_set(o, "text", json_string(strings_redflag(f[i])), bad);
		jb_append(a, o, bad);
	}
	return a;
}

/* A word of the answers file for an enumeration value, or null. */
static json_t *
jword(const char *section, const char *key, int value)
{
	return jb_str(answers_word(section, key, value));
}

/* One symptom as the answers gave it. */
static json_t *
json_symptom(const struct symptom *s, enum symptom_site site, int *bad)
{
	char	sec[48];
	json_t	*o = json_object(), *w = json_array();

	snprintf(sec, sizeof sec, "symptom.%s", answers_site_key(site));
	jb_set(o, "site", jb_str(answers_site_key(site)), bad);
	jb_set(o, "site_text", json_string(strings_site(site)), bad);
	jb_set(o, "side", jword(sec, "side", (int)s->side), bad);
	jb_set(o, "duration_weeks", jb_num(s->duration_weeks), bad);
	jb_set(o, "intensity", jb_num(s->intensity), bad);
	for (int b = 0; b < 8; b++)
		if (s->worse_with & (1u << b))
			jb_append(w, jword(sec, "worse_with", b), bad);
	jb_set(o, "worse_with", w, bad);
	jb_set(o, "limits_daily_life", janswer(s->limits_daily_life), bad);
	jb_set(o, "improving", janswer(s->improving), bad);
	return o;
}

/* The "triage" object. */
static json_t *
json_triage(const struct screening_result *r, const struct report_context *ctx,
    int *bad)
{
	const struct triage_result	*t = &r->triage;
	json_t				*o = json_object(), *a;
	char				 buf[600];

	jb_set(o, "tier", json_string(triage_tier_key(t->tier)), bad);
	jb_set(o, "headline", json_string(strings_tier(t->tier)), bad);
	jb_set(o, "advice", json_string(strings_tier_advice(t->tier)), bad);
	if (t->tier == TRIAGE_EMERGENCY) {
		strings_call_now(buf, sizeof buf, ctx->contact);
		jb_set(o, "call_now", json_string(buf), bad);
	} else
		jb_set(o, "call_now", json_null(), bad);
	jb_set(o, "rule", json_string(triage_rule_key(t->rule)), bad);
	jb_set(o, "rule_text", json_string(strings_rule(t->rule)), bad);
	jb_set(o, "source", jcite(t->cite.source, t->cite.tag, bad), bad);
	a = json_array();
	for (int k = 0; k < RULE_COUNT; k++)
		if (t->rules_matched & (1ul << k))
			jb_append(a, json_string(triage_rule_key(
			    (enum triage_rule)k)), bad);
	jb_set(o, "rules_matched", a, bad);
	jb_set(o, "professional",
	    json_string(professional_key(t->professional)), bad);
	jb_set(o, "professional_text",
	    json_string(strings_professional(t->professional)), bad);
	jb_set(o, "how_soon", json_string(how_soon_key(t->how_soon)), bad);
	jb_set(o, "how_soon_text", json_string(strings_how_soon(t->how_soon)),
	    bad);
	jb_set(o, "out_of_scope", json_boolean(t->out_of_scope), bad);
	jb_set(o, "axspa_features", t->axspa_features >= 0 ?
	    json_integer(t->axspa_features) : json_null(), bad);
	a = json_array();
	for (int k = 0; k < TF_COUNT; k++) {
		json_t	*fo;

		if ((t->facts & (1u << k)) == 0)
			continue;
		fo = json_object();
		jb_set(fo, "key", json_string(triage_fact_key(
		    (enum triage_fact)k)), bad);
		jb_set(fo, "text", json_string(strings_fact(
		    (enum triage_fact)k)), bad);
		jb_append(a, fo, bad);
	}
	jb_set(o, "facts", a, bad);
	jb_set(o, "flags", jflags(t->flags, t->n_flags, bad), bad);
	a = json_array();
	for (int s = 0; s < SITE_COUNT && ctx->answers != NULL; s++)
		if (t->sites & (1u << s))
			jb_append(a, json_symptom(&ctx->answers->symptom[s],
			    (enum symptom_site)s, bad), bad);
	jb_set(o, "symptoms", a, bad);
	jb_set(o, "safety_net", jflags(t->safety_net, t->n_safety_net, bad),
	    bad);
	strings_call_if(buf, sizeof buf, ctx->contact);
	jb_set(o, "safety_net_action", t->n_safety_net > 0 ? json_string(buf) :
	    json_null(), bad);
	return o;
}

/* An indicator's measured value: a number, a word, or null. */
static json_t *
json_indicator_value(enum pron_indicator i, const struct foot_result *foot,
    const struct side_answers *sa, const char *sec)
{
	switch (i) {
	case PI_FPI6:
		return foot->fpi.n_scored > 0 ? json_integer(foot->fpi.total) :
		    json_null();
	case PI_CSI:
		return jb_num(foot->print.csi_pct);
	case PI_NAVICULAR_DROP:
		return foot->navicular.present ?
		    jb_num(foot->navicular.drop_mm) : json_null();
	case PI_SHOE_WEAR:
		return sa != NULL ? jword(sec, "shoe_wear",
		    (int)sa->shoe_wear) : json_null();
	case PI_HEEL_TILT:
		return sa != NULL ? jword(sec, "heel_tilt",
		    (int)sa->heel_tilt) : json_null();
	case PI_PICTURE:
		return sa != NULL ? jword(sec, "print_picture",
		    (int)sa->print_picture) : json_null();
	case PI_COUNT:
		break;
	}
	return json_null();
}

static const char *const indicator_unit[PI_COUNT] = {
	[PI_FPI6] = "points", [PI_CSI] = "%", [PI_NAVICULAR_DROP] = "mm",
};

/* A foot's "pronation" object with its indicators. */
static json_t *
json_pronation(const struct pronation_result *p,
    const struct foot_result *foot, const struct side_answers *sa,
    const char *sec, int *bad)
{
	json_t	*o = json_object(), *a = json_array(), *v;

	jb_set(o, "category", json_string(pronation_category_key(p->category)),
	    bad);
	jb_set(o, "label", json_string(strings_pronation(p->category)), bad);
	jb_set(o, "explanation",
	    json_string(strings_pronation_explain(p->category)), bad);
	jb_set(o, "score", jb_num(p->score), bad);
	jb_set(o, "confidence", jb_num(p->confidence), bad);
	jb_set(o, "confidence_level",
	    json_string(confidence_level_key(p->level)), bad);
	jb_set(o, "approximate", json_boolean(p->approximate), bad);
	jb_set(o, "indicators_present", json_integer(p->n_present), bad);
	jb_set(o, "indicators_voting", json_integer(p->n_voting), bad);
	jb_set(o, "indicators_agreeing", json_integer(p->n_agreeing), bad);
	jb_set(o, "indicators_disagreeing", json_integer(p->n_disagreeing),
	    bad);
	for (int i = 0; i < PI_COUNT; i++) {
		const struct pronation_vote *pv = &p->vote[i];

		if (!pv->present)
			continue;
		v = json_object();
		jb_set(v, "indicator", json_string(pron_indicator_key(
		    (enum pron_indicator)i)), bad);
		jb_set(v, "label", json_string(strings_indicator(
		    (enum pron_indicator)i)), bad);
		jb_set(v, "value", json_indicator_value((enum pron_indicator)i,
		    foot, sa, sec), bad);
		jb_set(v, "unit", jb_str(indicator_unit[i]), bad);
		jb_set(v, "votes", json_boolean(pv->votes), bad);
		jb_set(v, "direction", pv->votes ? json_integer(pv->direction) :
		    json_null(), bad);
		jb_set(v, "direction_text", pv->votes ?
		    json_string(strings_direction(pv->direction)) :
		    json_null(), bad);
		jb_set(v, "weight", jb_num(pv->weight), bad);
		jb_set(v, "agrees", pv->votes ? json_boolean(pv->agrees) :
		    json_null(), bad);
		jb_set(v, "approximate", json_boolean(pv->approximate), bad);
		jb_set(v, "self_collected", json_boolean(pv->self_collected),
		    bad);
		jb_set(v, "source", jcite(pv->cite.source, pv->cite.tag, bad),
		    bad);
		jb_append(a, v, bad);
	}
	jb_set(o, "indicators", a, bad);
	return o;
}

/* One foot: pronation and its instruments. */
static json_t *
json_foot(const struct screening_result *r, const struct report_context *ctx,
    int s, int *bad)
{
	const struct foot_result	*foot = &r->foot[s];
	const struct side_answers	*sa = ctx->answers != NULL ?
	    &ctx->answers->side[s] : NULL;
	const char			*sec = side_section[s];
	json_t				*o = json_object(), *x;

	jb_set(o, "pronation", json_pronation(&r->pronation[s], foot, sa, sec,
	    bad), bad);
	x = json_object();
	jb_set(x, "total", foot->fpi.n_scored > 0 ?
	    json_integer(foot->fpi.total) : json_null(), bad);
	jb_set(x, "items_scored", json_integer(foot->fpi.n_scored), bad);
	jb_set(x, "complete", json_boolean(foot->fpi.complete), bad);
	jb_set(x, "category", json_string(pronation_category_key(
	    foot->fpi.category)), bad);
	jb_set(x, "collected_by", jword(sec, "fpi_by", (int)foot->fpi.by), bad);
	jb_set(x, "approximate", json_boolean(foot->fpi.approximate), bad);
	jb_set(x, "self_collected", json_boolean(foot->fpi.self_collected),
	    bad);
	jb_set(x, "source", jcite(foot->fpi.cite.source, foot->fpi.cite.tag,
	    bad), bad);
	jb_set(o, "fpi", x, bad);
	x = json_object();
	jb_set(x, "drop_mm", foot->navicular.present ?
	    jb_num(foot->navicular.drop_mm) : json_null(), bad);
	jb_set(x, "low_mm", foot->navicular.present ?
	    jb_num(foot->navicular.low_mm) : json_null(), bad);
	jb_set(x, "high_mm", foot->navicular.present ?
	    jb_num(foot->navicular.high_mm) : json_null(), bad);
	jb_set(x, "error_band_mm", jthreshold(&foot->navicular.error_band, bad),
	    bad);
	jb_set(x, "collected_by", jword(sec, "navicular_by",
	    (int)foot->navicular.by), bad);
	jb_set(x, "approximate", json_boolean(foot->navicular.approximate),
	    bad);
	jb_set(x, "self_collected",
	    json_boolean(foot->navicular.self_collected), bad);
	jb_set(o, "navicular", x, bad);
	x = json_object();
	jb_set(x, "csi_pct", jb_num(foot->print.csi_pct), bad);
	jb_set(x, "csi_flat", json_boolean(foot->print.csi_flat), bad);
	jb_set(x, "csi_flat_at", jthreshold(&foot->print.csi_flat_at, bad),
	    bad);
	jb_set(x, "staheli", jb_num(foot->print.staheli), bad);
	jb_set(x, "picture", jword(sec, "print_picture",
	    (int)foot->print.picture), bad);
	jb_set(x, "approximate", json_boolean(foot->print.approximate), bad);
	jb_set(o, "footprint", x, bad);
	return o;
}

/* The reasons of a bit mask as an array of keys. */
static json_t *
json_reasons(unsigned bits, const unsigned *bit, const char *const *key,
    size_t n, int *bad)
{
	json_t	*a = json_array();

	for (size_t i = 0; i < n; i++)
		if (bits & bit[i])
			jb_append(a, json_string(key[i]), bad);
	return a;
}

/* The "balance" object. */
static json_t *
json_balance(const struct balance_result *b, int *bad)
{
	static const unsigned fall_bit[] = {
		FALLRISK_SLS_UNDER_5S, FALLRISK_TANDEM
	};
	static const char *const fall_key[] = { "sls_under_5s", "tandem" };
	static const unsigned caution_bit[] = {
		CAUTION_AGE_70, CAUTION_FELL, CAUTION_DIZZY, CAUTION_TANDEM
	};
	static const char *const caution_key[] = {
		"age_70", "fell_past_year", "dizziness", "tandem"
	};
	json_t	*o = json_object(), *x, *y, *z;

	x = json_object();
	y = json_object();
	jb_set(y, "age_lo", b->norm_age_lo >= 0 ? json_integer(b->norm_age_lo) :
	    json_null(), bad);
	jb_set(y, "age_hi", b->norm_age_lo >= 0 ? json_integer(b->norm_age_hi) :
	    json_null(), bad);
	jb_set(y, "eyes_open_s", jb_num(b->eo_norm_s), bad);
	jb_set(y, "eyes_closed_s", jb_num(b->ec_norm_s), bad);
	jb_set(y, "eyes_open_source", jcite(b->eo_cite.source, b->eo_cite.tag,
	    bad), bad);
	jb_set(y, "eyes_closed_source", jcite(b->ec_cite.source, b->ec_cite.tag,
	    bad), bad);
	jb_set(x, "norm", y, bad);
	for (int s = 0; s < SIDE_COUNT; s++) {
		const struct sls_side_result *ss = &b->sls[s];

		y = json_object();
		jb_set(y, "eyes_open_s", jb_num(ss->eo_s), bad);
		jb_set(y, "eyes_closed_s", jb_num(ss->ec_s), bad);
		jb_set(y, "eyes_open_pct_of_norm", jb_num(ss->eo_pct), bad);
		jb_set(y, "eyes_closed_pct_of_norm", jb_num(ss->ec_pct), bad);
		jb_set(y, "below_age_mean", json_boolean(ss->eo_below_mean),
		    bad);
		jb_set(y, "under_5s", json_boolean(ss->eo_under_5s), bad);
		jb_set(x, side_section[s], y, bad);
	}
	jb_set(o, "single_leg_stance", x, bad);

	x = json_object();
	jb_set(x, "flag", json_boolean(b->fall_risk), bad);
	jb_set(x, "reasons", json_reasons(b->fall_risk_why, fall_bit, fall_key,
	    2, bad), bad);
	jb_set(x, "sls_under_s", jthreshold(&b->vellas_s, bad), bad);
	jb_set(x, "sls_over_age", jthreshold(&b->vellas_age, bad), bad);
	jb_set(x, "tandem_s", jthreshold(&b->steadi_tandem_s, bad), bad);
	jb_set(o, "fall_risk", x, bad);
	x = json_object();
	jb_set(x, "flag", json_boolean(b->caution), bad);
	jb_set(x, "reasons", json_reasons(b->caution_why, caution_bit,
	    caution_key, 4, bad), bad);
	jb_set(x, "age", jthreshold(&b->caution_age, bad), bad);
	jb_set(o, "caution", x, bad);

	x = json_object();
	jb_set(x, "protocol", jword("tests", "heel_raise_protocol",
	    (int)b->heel_raise_protocol), bad);
	for (int s = 0; s < SIDE_COUNT; s++) {
		y = json_object();
		jb_set(y, "reps", jb_num(b->heel_raise[s].reps), bad);
		jb_set(y, "compared", json_boolean(b->heel_raise[s].compared),
		    bad);
		jb_set(y, "below_typical",
		    json_boolean(b->heel_raise[s].below_typical), bad);
		jb_set(x, side_section[s], y, bad);
	}
	jb_set(x, "typical", jthreshold(&b->heel_raise_typical, bad), bad);
	jb_set(x, "median", jthreshold(&b->heel_raise_median, bad), bad);
	jb_set(o, "heel_raise", x, bad);

	x = json_object();
	for (int s = 0; s < SIDE_COUNT; s++) {
		y = json_object();
		jb_set(y, "knee", jword(side_section[s], "squat_knee",
		    (int)b->squat_knee[s]), bad);
		jb_set(y, "pelvic_drop", janswer(b->squat_pelvic_drop[s]), bad);
		jb_set(x, side_section[s], y, bad);
	}
	jb_set(o, "squat", x, bad);
	jb_set(o, "leg_length", jword("tests", "leg_length",
	    (int)b->leg_length), bad);
	jb_set(o, "pelvis_level", janswer(b->pelvis_level), bad);

	x = json_object();
	jb_set(x, "weight_right_pct", jb_num(b->weight_right_pct), bad);
	jb_set(x, "weight_left_pct", jb_num(b->weight_left_pct), bad);
	jb_set(x, "weight_outside_convention",
	    json_boolean(b->weight_outside_convention), bad);
	jb_set(x, "weight_low", jthreshold(&b->weight_low, bad), bad);
	jb_set(x, "weight_high", jthreshold(&b->weight_high, bad), bad);
	jb_set(x, "romberg_velocity", jb_num(b->romberg_velocity), bad);
	jb_set(x, "romberg_area", jb_num(b->romberg_area), bad);
	jb_set(x, "romberg_above_typical",
	    json_boolean(b->romberg_above_typical), bad);
	jb_set(x, "romberg_typical_low", jthreshold(&b->romberg_typical_low,
	    bad), bad);
	jb_set(x, "romberg_typical_high",
	    jthreshold(&b->romberg_typical_high, bad), bad);
	for (int s = 0; s < SIDE_COUNT; s++) {
		z = json_object();
		jb_set(z, "cop_medial_mm", jb_num(b->board_cop_medial_mm[s]),
		    bad);
		jb_set(z, "sls_time_s", jb_num(b->board_sls_time_s[s]), bad);
		jb_set(x, side_section[s], z, bad);
	}
	jb_set(o, "board", x, bad);
	return o;
}

/* The "asymmetries" array: measures taken on both sides. */
static json_t *
json_asymmetries(const struct bilateral_result *bl, int *bad)
{
	json_t	*a = json_array(), *o;

	for (int m = 0; m < BM_COUNT; m++) {
		const struct bilateral_item *it = &bl->item[m];

		if (!it->present)
			continue;
		o = json_object();
		jb_set(o, "measure", json_string(bilateral_measure_key(
		    (enum bilateral_measure)m)), bad);
		jb_set(o, "label", json_string(strings_measure(
		    (enum bilateral_measure)m)), bad);
		jb_set(o, "unit", jb_str(strings_measure_unit(
		    (enum bilateral_measure)m)), bad);
		jb_set(o, "left", jb_num(it->left), bad);
		jb_set(o, "right", jb_num(it->right), bad);
		jb_set(o, "difference", jb_num(it->diff), bad);
		jb_set(o, "symmetry_index_pct", jb_num(it->si), bad);
		jb_set(o, "si_status",
		    json_string(si_status_key(it->si_status)), bad);
		jb_set(o, "limb_symmetry_pct", jb_num(it->lsi), bad);
		jb_set(o, "band", json_string(asym_band_key(it->band)), bad);
		jb_set(o, "band_text", json_string(strings_band(it->band)),
		    bad);
		jb_set(o, "differs", it->differs == WHICH_NONE ? json_null() :
		    json_string(which_side_key(it->differs)), bad);
		jb_set(o, "outside_convention",
		    json_boolean(it->outside_convention), bad);
		jb_set(o, "notable_at", jthreshold(&it->notable, bad), bad);
		jb_set(o, "large_at", jthreshold(&it->large, bad), bad);
		jb_set(o, "extra", jthreshold(&it->extra, bad), bad);
		jb_set(o, "approximate", json_boolean(it->approximate), bad);
		jb_append(a, o, bad);
	}
	return a;
}

/* The "findings" array. */
static json_t *
json_findings(const struct findings *fd, int *bad)
{
	json_t	*a = json_array(), *o;

	for (int i = 0; i < FINDING_COUNT; i++) {
		const struct finding_text *t =
		    strings_finding((enum finding_id)i);

		if (fd->where[i] == 0)
			continue;
		o = json_object();
		jb_set(o, "finding", json_string(finding_name(
		    (enum finding_id)i)), bad);
		jb_set(o, "label", json_string(t->label), bad);
		jb_set(o, "sides", jsides(fd->where[i], bad), bad);
		jb_set(o, "explanation", json_string(t->explain), bad);
		jb_set(o, "basis", json_string(t->basis), bad);
		jb_set(o, "source", t->source == SRC_NONE ? json_null() :
		    json_string(source_key(t->source)), bad);
		jb_set(o, "source_text", jb_str(strings_source(t->source)),
		    bad);
		jb_append(a, o, bad);
	}
	return a;
}

/* [{"finding", "sides"}] of what triggered a plan item. */
static json_t *
json_triggers(const struct findings *tr, int *bad)
{
	json_t	*a = json_array(), *o;

	for (int i = 0; i < FINDING_COUNT; i++) {
		if (tr->where[i] == 0)
			continue;
		o = json_object();
		jb_set(o, "finding", json_string(finding_name(
		    (enum finding_id)i)), bad);
		jb_set(o, "sides", jsides(tr->where[i], bad), bad);
		jb_append(a, o, bad);
	}
	return a;
}

/* One exercise of the plan. */
static json_t *
json_exercise(const struct plan_exercise *pe, const struct exercise *ex,
    const struct advice_rules *rules, int *bad)
{
	json_t	*o = json_object(), *a, *d;
	char	 dose[200];

	jb_set(o, "id", json_string(ex->id), bad);
	jb_set(o, "name", json_string(ex->name), bad);
	jb_set(o, "aim", json_string(ex->aim), bad);
	a = json_array();
	for (size_t i = 0; i < ex->nsteps; i++)
		jb_append(a, json_string(ex->step[i]), bad);
	jb_set(o, "steps", a, bad);
	d = json_object();
	jb_set(d, "sets", json_integer(ex->dosage.sets), bad);
	jb_set(d, "reps", ex->dosage.reps > 0 ? json_integer(ex->dosage.reps) :
	    json_null(), bad);
	jb_set(d, "hold_seconds", ex->dosage.hold_seconds > 0 ?
	    json_integer(ex->dosage.hold_seconds) : json_null(), bad);
	jb_set(d, "rest_seconds", ex->dosage.rest_seconds > 0 ?
	    json_integer(ex->dosage.rest_seconds) : json_null(), bad);
	jb_set(d, "per_side", json_boolean(ex->dosage.per_side), bad);
	strings_dosage(dose, sizeof dose, &ex->dosage);
	jb_set(d, "text", json_string(dose), bad);
	jb_set(o, "dosage", d, bad);
	jb_set(o, "sides", jsides(pe->sides, bad), bad);
	jb_set(o, "with_support", json_boolean(pe->with_support), bad);
	jb_set(o, "evidence", json_string(evidence_level_name(pe->evidence)),
	    bad);
	jb_set(o, "evidence_text", json_string(
	    rules->evidence_text[pe->evidence]), bad);
	jb_set(o, "evidence_note", jb_str(ex->evidence), bad);
	jb_set(o, "cautions", jb_str(ex->cautions), bad);
	a = json_array();
	for (size_t i = 0; i < ex->nprogressions; i++)
		if (pe->progressions & (1u << i))
			jb_append(a, json_string(ex->progression[i].text), bad);
	jb_set(o, "progressions", a, bad);
	jb_set(o, "triggers", json_triggers(&pe->triggers, bad), bad);
	a = json_array();
	for (size_t i = 0; i < pe->nrules; i++)
		if (pe->rule[i] < rules->nrules)
			jb_append(a, json_string(rules->rule[pe->rule[i]].id), bad);
	jb_set(o, "rules", a, bad);
	return o;
}

/* [{"id", "text", "triggers"}] of wording or referral lines. */
static json_t *
json_lines(const struct plan_text *pt, size_t n, const struct advice_text *t,
    size_t nt, int *bad)
{
	json_t	*a = json_array(), *o;

	for (size_t i = 0; i < n; i++) {
		if (pt[i].text >= nt)
			continue;
		o = json_object();
		jb_set(o, "id", json_string(t[pt[i].text].id), bad);
		jb_set(o, "text", json_string(t[pt[i].text].text), bad);
		jb_set(o, "triggers", json_triggers(&pt[i].triggers, bad), bad);
		jb_append(a, o, bad);
	}
	return a;
}

/* The "plan" object. */
static json_t *
json_plan(const struct advice_plan *plan, const struct report_context *ctx,
    int *bad)
{
	json_t	*o = json_object(), *a;

	jb_set(o, "tier", json_string(triage_tier_key(plan->tier)), bad);
	jb_set(o, "balance_caution", json_boolean(plan->balance_caution), bad);
	a = json_array();
	for (size_t i = 0; i < plan->nexercises; i++) {
		const struct plan_exercise *pe = &plan->exercise[i];

		if (pe->exercise < ctx->library->n)
			jb_append(a, json_exercise(pe,
			    &ctx->library->exercise[pe->exercise], ctx->rules,
			    bad), bad);
	}
	jb_set(o, "exercises", a, bad);
	jb_set(o, "wording", json_lines(plan->wording, plan->nwording,
	    ctx->rules->wording, ctx->rules->nwording, bad), bad);
	jb_set(o, "referrals", json_lines(plan->referral, plan->nreferrals,
	    ctx->rules->referral, ctx->rules->nreferrals, bad), bad);
	a = json_array();
	for (size_t i = 0; i < plan->nfired; i++)
		if (plan->fired[i] < ctx->rules->nrules)
			jb_append(a, json_string(
			    ctx->rules->rule[plan->fired[i]].id), bad);
	jb_set(o, "rules_fired", a, bad);
	return o;
}

/*
 * A report from the history (footscreen report): "profile", "session"
 * and "previous_session", added beside the schema 1 fields.
 */
static void
json_person(json_t *root, const struct report_person *p, int *bad)
{
	json_t	*o = json_object();

	jb_set(o, "name", json_string(p->name), bad);
	jb_set(o, "birth_year", p->birth_year != 0 ?
	    json_integer(p->birth_year) : json_null(), bad);
	jb_set(o, "sex", jb_sex(p->sex), bad);
	jb_set(root, "profile", o, bad);
	o = json_object();
	jb_set(o, "id", json_integer(p->session), bad);
	jb_set(o, "taken", jb_str(p->taken), bad);
	jb_set(o, "mode", jb_str(p->mode), bad);
	jb_set(o, "app_version", jb_str(p->app_version), bad);
	jb_set(o, "notes", json_string(p->notes != NULL ? p->notes : ""), bad);
	jb_set(o, "measures", jb_measures(p->now, p->nnow, bad), bad);
	jb_set(root, "session", o, bad);
	if (p->previous_taken == NULL) {
		jb_set(root, "previous_session", json_null(), bad);
		return;
	}
	o = json_object();
	jb_set(o, "id", json_integer(p->previous_session), bad);
	jb_set(o, "taken", json_string(p->previous_taken), bad);
	jb_set(o, "measures", jb_measures(p->before, p->nbefore, bad), bad);
	jb_set(root, "previous_session", o, bad);
}

int
report_json(FILE *f, const struct screening_result *r,
    const struct advice_plan *plan, const struct report_context *ctx)
{
	json_t	*root = json_object(), *x;
	int	 bad = 0, rc;

	jb_set(root, "schema_version", json_integer(REPORT_SCHEMA_VERSION),
	    &bad);
	jb_set(root, "footscreen", json_string(PACKAGE_VERSION), &bad);
	jb_set(root, "command", json_string("assess"), &bad);
	jb_set(root, "disclaimer", json_string(strings_text(STR_DISCLAIMER)),
	    &bad);
	x = json_object();
	jb_set(x, "country", jb_str(ctx->contact->country), &bad);
	jb_set(x, "number", json_string(ctx->contact->number), &bad);
	jb_set(x, "advice_line", jb_str(ctx->contact->advice_line), &bad);
	jb_set(root, "emergency", x, &bad);
	x = json_object();
	jb_set(x, "exercises", jb_str(ctx->exercises_source), &bad);
	jb_set(x, "rules", jb_str(ctx->rules_source), &bad);
	jb_set(root, "advice_data", x, &bad);
	if (ctx->person != NULL)
		json_person(root, ctx->person, &bad);
	jb_set(root, "triage", json_triage(r, ctx, &bad), &bad);
	jb_set(root, "scored", json_boolean(r->scored), &bad);
	jb_set(root, "plan_allowed", json_boolean(r->plan_allowed), &bad);
	if (r->scored) {
		x = json_object();
		for (int s = 0; s < SIDE_COUNT; s++)
			jb_set(x, side_section[s], json_foot(r, ctx, s, &bad),
			    &bad);
		jb_set(root, "feet", x, &bad);
		jb_set(root, "balance", json_balance(&r->balance, &bad), &bad);
		jb_set(root, "asymmetries", json_asymmetries(&r->bilateral,
		    &bad), &bad);
		jb_set(root, "asymmetry_side", r->bilateral.side == WHICH_NONE ?
		    json_null() : json_string(which_side_key(r->bilateral.side)),
		    &bad);
	} else {
		jb_set(root, "feet", json_null(), &bad);
		jb_set(root, "balance", json_null(), &bad);
		jb_set(root, "asymmetries", json_null(), &bad);
		jb_set(root, "asymmetry_side", json_null(), &bad);
	}
	jb_set(root, "findings", json_findings(&r->findings, &bad), &bad);
	jb_set(root, "plan", plan != NULL &&
	    ctx->rules != NULL && ctx->library != NULL ?
	    json_plan(plan, ctx, &bad) : json_null(), &bad);
	rc = -1;
	if (!bad && json_dumpf(root, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	    JSON_REAL_PRECISION(10)) == 0 && fputc('\n', f) != EOF)
		rc = 0;
	json_decref(root);
	return rc != 0 || ferror(f) ? -1 : 0;
}
