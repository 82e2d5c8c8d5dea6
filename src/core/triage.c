/*
 * triage.c: the tiers of evidence sheet §6.4.  Rules are tried in the
 * order of TRIAGE_RULE_LIST (emergency, urgent, scope, routine); the first
 * match decides, every match is kept.  The red-flag questions are asked
 * about the person's current back, leg, hip or knee pain, so a "yes" to
 * one of them needs no pain site to count.  Age and symptom answers add
 * the NICE NG65 gate, the routine leg-pain rule and context facts.
 *
 * Single red flags have poor diagnostic accuracy; clusters and clinical
 * reasoning decide (IFOMPT, Finucane et al. 2020 [V]).  This tool cannot
 * reason clinically, so it follows the sheet's trigger lists, errs towards
 * referral, and leaves onset age and duration (which are not questions)
 * as facts to mention rather than triggers.  The urgency mapping is to be
 * reviewed by a clinician (§12 item 9).
 */
#include <config.h>

#include <math.h>

#include "core/triage.h"

/* 365.2425 / 7: durations are given in weeks, ages in years. */
#define WEEKS_PER_YEAR	52.1775
#define WEEKS_PER_MONTH	(WEEKS_PER_YEAR / 12.0)

static const struct triage_rule_info rule_info[RULE_COUNT] = {
	/* Tier S: self-management with the safety net (§6.4 [S]). */
	[RULE_NONE] = { TRIAGE_SELFCARE, PRO_NONE, SOON_NOT_NEEDED,
	    { SRC_IFOMPT_2020, TAG_S } },
	/* Tier E: "emergency department or the emergency number now". */
	[RULE_CAUDA_EQUINA] = { TRIAGE_EMERGENCY, PRO_EMERGENCY_SERVICES,
	    SOON_NOW, { SRC_NICE_CKS_SCIATICA, TAG_S } },
	[RULE_PROGRESSIVE_DEFICIT] = { TRIAGE_EMERGENCY,
	    PRO_EMERGENCY_SERVICES, SOON_NOW,
	    { SRC_NICE_CKS_SCIATICA, TAG_S } },
	/* CG75: an oncological emergency (now NG234, wording unread). */
	[RULE_MSCC] = { TRIAGE_EMERGENCY, PRO_EMERGENCY_SERVICES, SOON_NOW,
	    { SRC_NICE_CG75, TAG_V } },
	/* The sheet tags this row [S]/[M]; the weaker tag is kept. */
	[RULE_INFECTION_SYSTEMIC] = { TRIAGE_EMERGENCY,
	    PRO_EMERGENCY_SERVICES, SOON_NOW,
	    { SRC_NHS_RED_FLAG_PATHWAY, TAG_M } },
	[RULE_MAJOR_TRAUMA] = { TRIAGE_EMERGENCY, PRO_EMERGENCY_SERVICES,
	    SOON_NOW, { SRC_IFOMPT_2020, TAG_S } },
	[RULE_AORTIC] = { TRIAGE_EMERGENCY, PRO_EMERGENCY_SERVICES, SOON_NOW,
	    { SRC_UNSOURCED, TAG_M } },
	[RULE_SEPTIC_JOINT] = { TRIAGE_EMERGENCY, PRO_EMERGENCY_SERVICES,
	    SOON_NOW, { SRC_UNSOURCED, TAG_M } },
	/* Tier U: "same day to within a few days; GP or urgent care". */
	[RULE_CANCER_PAIN_24H] = { TRIAGE_URGENT, PRO_CANCER_TEAM,
	    SOON_WITHIN_24H, { SRC_NICE_CG75, TAG_V } },
	/* Same day, the near end of tier U: a clot cannot wait days. */
	[RULE_POSSIBLE_DVT] = { TRIAGE_URGENT, PRO_GP_URGENT, SOON_SAME_DAY,
	    { SRC_UNSOURCED, TAG_M } },
	[RULE_FRACTURE] = { TRIAGE_URGENT, PRO_GP_URGENT, SOON_WITHIN_DAYS,
	    { SRC_NHS_RED_FLAG_PATHWAY, TAG_S } },
	[RULE_MALIGNANCY] = { TRIAGE_URGENT, PRO_GP_URGENT, SOON_WITHIN_DAYS,
	    { SRC_NHS_RED_FLAG_PATHWAY, TAG_S } },
	[RULE_INFECTION] = { TRIAGE_URGENT, PRO_GP_URGENT, SOON_WITHIN_DAYS,
	    { SRC_NHS_RED_FLAG_PATHWAY, TAG_S } },
	[RULE_ROOT_DEFICIT] = { TRIAGE_URGENT, PRO_GP_URGENT,
	    SOON_WITHIN_DAYS, { SRC_NICE_CKS_SCIATICA, TAG_S } },
	[RULE_JOINT_INJURY] = { TRIAGE_URGENT, PRO_GP_URGENT,
	    SOON_WITHIN_DAYS, { SRC_UNSOURCED, TAG_M } },
	/* §0.1 rule 6: adults only; children are referred. */
	[RULE_UNDER_18] = { TRIAGE_ROUTINE, PRO_GP, SOON_WITHIN_WEEKS,
	    { SRC_DESIGN_RULE, TAG_DESIGN } },
	/* Tier R: "book a clinician within weeks". */
	[RULE_AXSPA_REFER] = { TRIAGE_ROUTINE, PRO_RHEUMATOLOGY,
	    SOON_WITHIN_WEEKS, { SRC_NICE_NG65, TAG_S } },
	[RULE_AXSPA_HLA_B27] = { TRIAGE_ROUTINE, PRO_GP, SOON_WITHIN_WEEKS,
	    { SRC_NICE_NG65, TAG_S } },
	[RULE_LEG_PAIN_PERSISTENT] = { TRIAGE_ROUTINE, PRO_GP_OR_PHYSIOTHERAPIST,
	    SOON_WITHIN_WEEKS, { SRC_NICE_CKS_SCIATICA, TAG_S } },
};

const struct triage_rule_info *
triage_rule_info(enum triage_rule r)
{
	if ((unsigned)r >= RULE_COUNT)
		return NULL;
	return &rule_info[r];
}

static bool
yes(const struct screening_answers *a, enum redflag rf)
{
	return a->redflag[rf] == ANSWER_YES;
}

/* Any of a list of flags answered yes. */
static bool
any_yes(const struct screening_answers *a, const enum redflag *rf, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (yes(a, rf[i]))
			return true;
	return false;
}

#define ANY(a, ...) any_yes((a), (const enum redflag[]){ __VA_ARGS__ }, \
	sizeof((const enum redflag[]){ __VA_ARGS__ }) / sizeof(enum redflag))

/*
 * Age when the low back pain began, in years, or NAN when the age, the
 * duration or the pain itself is not known.
 */
static double
back_pain_onset_age(const struct screening_answers *a)
{
	const struct symptom	*lb = &a->symptom[SITE_LOW_BACK];

	if (!lb->present || a->age_years <= 0 || isnan(lb->duration_weeks))
		return NAN;
	return a->age_years - lb->duration_weeks / WEEKS_PER_YEAR;
}

/*
 * NICE NG65 as the sheet gives it (§6.4 Tier R [S]): the gate is low back
 * pain that began before 45 and has lasted more than 3 months; then nine
 * features are counted.  A feature not answered is taken from the
 * symptoms when they tell it (onset age, a painful buttock).
 */
static int
axspa_count(const struct screening_answers *a, double onset)
{
	static const enum redflag feature[] = {
		RF_AXSPA_ONSET_BEFORE_35, RF_AXSPA_WAKES_SECOND_HALF,
		RF_AXSPA_BUTTOCK_PAIN, RF_AXSPA_BETTER_MOVING,
		RF_AXSPA_NSAID_48H, RF_AXSPA_RELATIVE, RF_AXSPA_ARTHRITIS,
		RF_AXSPA_ENTHESITIS, RF_AXSPA_PSORIASIS
	};
	int	n = 0;

	for (size_t i = 0; i < sizeof(feature) / sizeof(feature[0]); i++) {
		enum redflag	rf = feature[i];

		if (a->redflag[rf] == ANSWER_YES)
			n++;
		else if (a->redflag[rf] != ANSWER_UNKNOWN)
			continue;
		else if (rf == RF_AXSPA_ONSET_BEFORE_35 && onset < 35.0)
			n++;
		else if (rf == RF_AXSPA_BUTTOCK_PAIN &&
		    a->symptom[SITE_BUTTOCK].present)
			n++;
	}
	return n;
}

static bool
any_axspa_answer(const struct screening_answers *a)
{
	return ANY(a, RF_AXSPA_ONSET_BEFORE_35, RF_AXSPA_WAKES_SECOND_HALF,
	    RF_AXSPA_BUTTOCK_PAIN, RF_AXSPA_BETTER_MOVING, RF_AXSPA_NSAID_48H,
	    RF_AXSPA_RELATIVE, RF_AXSPA_ARTHRITIS, RF_AXSPA_ENTHESITIS,
	    RF_AXSPA_PSORIASIS);
}

/* The NG65 rules and facts; returns the rule bits it matched. */
static unsigned long
triage_axspa(const struct screening_answers *a, struct triage_result *t)
{
	const struct symptom	*lb = &a->symptom[SITE_LOW_BACK];
	double			 onset = back_pain_onset_age(a);
	int			 n;

	t->axspa_features = -1;
	if (isnan(onset)) {
		if (lb->present || any_axspa_answer(a))
			t->facts |= 1u << TF_AXSPA_GATE_UNKNOWN;
		return 0;
	}
	/* More than 3 months: 13.04 weeks. */
	if (!(onset < 45.0 && lb->duration_weeks > 3.0 * WEEKS_PER_MONTH))
		return 0;
	t->facts |= 1u << TF_AXSPA_GATE_MET;
	n = axspa_count(a, onset);
	t->axspa_features = n;
	if (n >= 4)
		return 1ul << RULE_AXSPA_REFER;
	if (n == 3)
		return 1ul << RULE_AXSPA_HLA_B27;
	/* Fewer: reassess if new features appear (NG65 as in §6.4). */
	t->facts |= 1u << TF_AXSPA_WATCH;
	return 0;
}

/*
 * Context from age and duration: malignancy features that are not
 * questions (§6.4 Tier U: new pain after 50 or before 20, not improving
 * after about 1 month [S]) and the 6-week review prompt (NICE CG88
 * defined persistent low back pain as lasting more than 6 weeks [V]).
 */
static void
triage_context(const struct screening_answers *a, struct triage_result *t)
{
	const struct symptom	*lb = &a->symptom[SITE_LOW_BACK];
	const struct symptom	*leg = &a->symptom[SITE_LEG_BELOW_KNEE];
	double			 onset = back_pain_onset_age(a);

	if (a->age_years <= 0)
		t->facts |= 1u << TF_AGE_UNKNOWN;
	else if (a->age_years < 18)
		t->facts |= 1u << TF_UNDER_18;
	if (onset > 50.0)
		t->facts |= 1u << TF_ONSET_AFTER_50;
	if (onset < 20.0)
		t->facts |= 1u << TF_ONSET_BEFORE_20;
	if (lb->present && lb->improving == ANSWER_NO) {
		if (lb->duration_weeks >= WEEKS_PER_MONTH)
			t->facts |= 1u << TF_NOT_IMPROVING_MONTH;
		if (lb->duration_weeks > 6.0)
			t->facts |= 1u << TF_PERSISTENT_REVIEW;
	}
	/*
	 * Radiating leg pain still disabling after about 4-6 weeks (§6.4
	 * Tier R [S]): the near end, since a routine review costs little.
	 */
	if (leg->present && leg->duration_weeks >= 4.0 &&
	    leg->limits_daily_life == ANSWER_YES)
		t->facts |= 1u << TF_LEG_PAIN_DISABLING;
}

/* Every rule of tiers E and U, as a bit set of RULE_*. */
static unsigned long
triage_flag_rules(const struct screening_answers *a)
{
	unsigned long	m = 0;
	bool		cancer = yes(a, RF_CANCER_HISTORY);

#define MATCH(rule, cond) do { if (cond) m |= 1ul << (rule); } while (0)
	MATCH(RULE_CAUDA_EQUINA, ANY(a, RF_SADDLE_NUMBNESS, RF_BLADDER_CHANGE,
	    RF_URINE_RETENTION_OR_INCONTINENCE, RF_BOWEL_INCONTINENCE,
	    RF_BOTH_LEGS, RF_SEXUAL_DYSFUNCTION));
	MATCH(RULE_PROGRESSIVE_DEFICIT, ANY(a, RF_PROGRESSIVE_WEAKNESS,
	    RF_SPREADING_NUMBNESS));
	/* CG75: known cancer, spinal pain and any neurological symptom. */
	MATCH(RULE_MSCC, cancer && ANY(a, RF_BAND_LIKE_PAIN,
	    RF_DIFFICULTY_WALKING, RF_ONE_LEG_NUMB_OR_WEAK,
	    RF_PROGRESSIVE_WEAKNESS, RF_SPREADING_NUMBNESS, RF_BLADDER_CHANGE,
	    RF_URINE_RETENTION_OR_INCONTINENCE, RF_BOWEL_INCONTINENCE,
	    RF_SADDLE_NUMBNESS));
	MATCH(RULE_INFECTION_SYSTEMIC, yes(a, RF_FEVER_UNWELL));
	MATCH(RULE_MAJOR_TRAUMA, yes(a, RF_MAJOR_TRAUMA));
	MATCH(RULE_AORTIC, yes(a, RF_SUDDEN_SEVERE_PAIN_FAINT));
	MATCH(RULE_SEPTIC_JOINT, yes(a, RF_HOT_SWOLLEN_JOINT_FEVER));
	/* CG75: known cancer with these pain features: within 24 h [V]. */
	MATCH(RULE_CANCER_PAIN_24H, cancer && ANY(a, RF_UNREMITTING_PAIN,
	    RF_NIGHT_PAIN, RF_WORSE_STRAINING, RF_THORACIC_PAIN));
	MATCH(RULE_POSSIBLE_DVT, yes(a, RF_CALF_SWELLING));
	/* A minor fall or lift counts only with osteoporosis or steroids. */
	MATCH(RULE_FRACTURE, ANY(a, RF_SUDDEN_CENTRAL_PAIN_EASED_LYING,
	    RF_NEW_DEFORMITY) || (yes(a, RF_MINOR_TRAUMA) &&
	    yes(a, RF_OSTEOPOROSIS_OR_STEROIDS)));
	MATCH(RULE_MALIGNANCY, ANY(a, RF_CANCER_HISTORY, RF_WEIGHT_LOSS,
	    RF_UNREMITTING_PAIN, RF_NIGHT_PAIN, RF_WORSE_STRAINING,
	    RF_THORACIC_PAIN));
	MATCH(RULE_INFECTION, yes(a, RF_INFECTION_RISK));
	MATCH(RULE_ROOT_DEFICIT, yes(a, RF_ONE_LEG_NUMB_OR_WEAK));
	MATCH(RULE_JOINT_INJURY, ANY(a, RF_CANNOT_BEAR_WEIGHT,
	    RF_LOCKED_KNEE));
#undef MATCH
	return m;
}

enum core_status
triage_evaluate(const struct screening_answers *a, struct triage_result *t)
{
	unsigned long	m;
	int		first = RULE_NONE;

	if (a == NULL || t == NULL)
		return CORE_ERR_ARG;
	*t = (struct triage_result){ .axspa_features = -1 };
	triage_context(a, t);
	m = triage_flag_rules(a);
	if (t->facts & (1u << TF_UNDER_18))
		m |= 1ul << RULE_UNDER_18;
	m |= triage_axspa(a, t);
	if (t->facts & (1u << TF_LEG_PAIN_DISABLING))
		m |= 1ul << RULE_LEG_PAIN_PERSISTENT;

	for (int r = RULE_NONE + 1; r < RULE_COUNT; r++) {
		if (m & (1ul << r)) {
			first = r;
			break;
		}
	}
	t->rule = (enum triage_rule)first;
	t->rules_matched = m;
	t->tier = rule_info[first].tier;
	t->professional = rule_info[first].professional;
	t->how_soon = rule_info[first].how_soon;
	t->cite = rule_info[first].cite;
	t->out_of_scope = (t->facts & (1u << TF_UNDER_18)) != 0;

	for (int i = 0; i < RF_COUNT; i++)
		if (a->redflag[i] == ANSWER_YES)
			t->flags[t->n_flags++] = (enum redflag)i;
	for (int s = 0; s < SITE_COUNT; s++)
		if (a->symptom[s].present)
			t->sites |= 1u << s;
	if (t->tier != TRIAGE_EMERGENCY)
		t->n_safety_net = redflag_safety_net(yes(a, RF_CANCER_HISTORY),
		    t->safety_net);
	return CORE_OK;
}
