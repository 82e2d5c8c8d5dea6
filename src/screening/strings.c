/*
 * strings.c: the words of a screening result; see strings.h.
 *
 * Sections of shared/reference/screening-evidence.md are given as "§N"
 * beside the sentences that rest on them.  Every sentence is our own
 * paraphrase; the sheet's §7 "plain wording" lines set how certain each
 * may sound.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "screening/strings.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* a[i] when i is in range and set, else "" (never NULL). */
#define PICK(a, i) \
	((size_t)(i) < NELEM(a) && (a)[(size_t)(i)] != NULL ? \
	    (a)[(size_t)(i)] : "")

static const char *const fixed[STR_COUNT] = {
	[STR_TITLE] = "footscreen: your screening result",
	/* §7.6, the suggested global disclaimer, in our words. */
	[STR_DISCLAIMER] = "This screen describes how you stand and move. "
	    "It cannot find the cause of pain and it is not a diagnosis. If "
	    "pain lasts more than a few weeks, stops you doing your normal "
	    "activities, or spreads down a leg, see a physiotherapist or a "
	    "doctor.",
	/* §0.1 rule 2, §7.1. */
	[STR_POSTURE_NOT_CAUSE] = "Foot posture is described here, not "
	    "judged: no foot measurement has been shown to explain or "
	    "predict back pain, and a foot that rolls in or out is common in "
	    "people without any pain.",
	/* §7.2, NICE NG59. */
	[STR_INSOLES_BACK] = "Insoles have not been shown to prevent back "
	    "pain, and UK guidance advises against them as a treatment for "
	    "it. For some foot problems they can help; a podiatrist can "
	    "advise.",
	/* §0.1 rule 3. */
	[STR_APPROXIMATE] = "Measurements taken at home, by yourself or "
	    "with a partner, are approximate.",
	[STR_SELF_COLLECTED] = "done on your own: this check needs a second "
	    "person, so take it as a rough guide",
	[STR_H_RESULT] = "What to do now",
	[STR_H_TELL] = "What to tell them",
	[STR_H_SAFETY_NET] = "Warning signs to watch for",
	[STR_H_FEET] = "Your feet",
	[STR_H_BALANCE] = "Balance and strength",
	[STR_H_ASYMMETRY] = "Left and right compared",
	[STR_H_FINDINGS] = "What the results point to",
	[STR_H_PLAN] = "Your plan",
	[STR_H_EXERCISES] = "Exercises",
	[STR_H_WORDING] = "Good to know",
	[STR_H_REFERRAL] = "Who could help",
	/* §0.1 rule 1: an emergency stops the session. */
	[STR_NOT_SCORED] = "Because of this, nothing else was scored and no "
	    "exercises are suggested. Please act on the advice above first.",
	[STR_OUT_OF_SCOPE] = "This screen is made for adults, so nothing "
	    "else was scored and no exercises are suggested.",
	[STR_NO_PLAN] = "No exercises are suggested from these answers.",
	[STR_NO_FINDINGS] = "Nothing in your answers stood out.",
	[STR_NO_ASYMMETRY] = "There were not enough measurements of both "
	    "sides to compare left and right.",
	[STR_NO_FOOT_DATA] = "not enough information to describe this foot",
	[STR_NO_BALANCE_DATA] = "No balance or strength tests were recorded.",
	[STR_H_TOLD] = "What you told us",
	[STR_WHY] = "Why",
	[STR_ALSO_MATCHED] = "Your answers also match this:",
	[STR_BECAUSE] = "This is because of",
	[STR_DOSE] = "How much",
	[STR_LEFT] = "left",
	[STR_RIGHT] = "right",
	[STR_LEFT_FOOT] = "Left foot",
	[STR_RIGHT_FOOT] = "Right foot",
	[STR_LEFT_LEG] = "left leg",
	[STR_LEFT_LEG_CAP] = "Left leg",
	[STR_RIGHT_LEG_CAP] = "Right leg",
	[STR_RIGHT_LEG] = "right leg",
	[STR_AGREE] = "Signs that agree",
	[STR_DISAGREE] = "Signs that point another way",
	/* §2.4: navicular drop with its error band, no binary label. */
	[STR_NO_VOTE] = "Measured, but too uncertain to point either way",
	[STR_ON_LEFT] = "on the left",
	[STR_ON_RIGHT] = "on the right",
	[STR_ON_BOTH] = "on both sides",
	[STR_CONFIDENCE] = "confidence",
	[STR_SOURCE] = "Source",
	[STR_BASED_ON] = "Based on",
	[STR_TRIGGERED_BY] = "Suggested because of",
	[STR_EVIDENCE] = "Evidence",
	[STR_CAUTIONS] = "Take care",
	/* §4.4: single-leg work within reach of support. */
	[STR_WITH_SUPPORT] = "Stand within reach of a wall, rail or sturdy "
	    "chair for this one.",
	[STR_HARDER] = "When it gets easy",
	[STR_GENERAL_ADVICE] = "general advice",
	[STR_APPROX_TAG] = "approximate",
	[STR_SLS_EO] = "Standing on one leg, eyes open",
	[STR_SLS_EC] = "Standing on one leg, eyes closed",
	[STR_AGE_MEAN] = "Average for your age group",
	[STR_NO_NORM] = "no age average to compare with (age not given, or "
	    "outside the table)",
	/* §4.2: Springer's SDs are unread, so no "below normal" band. */
	[STR_BELOW_AGE_MEAN] = "below the average for your age; how widely "
	    "healthy people vary around that average is not yet known, so "
	    "this is not a fail",
	[STR_UNDER_5S] = "under 5 seconds",
	/* §4.3: Vellas 1997, STEADI. */
	[STR_FALL_RISK] = "Some of your answers are linked with a higher "
	    "chance of falling. A GP, physiotherapist or local falls service "
	    "can do a fuller check and advise on safe exercise.",
	[STR_FALL_SLS] = "under 5 seconds on one leg with eyes open, over "
	    "the age of 60",
	[STR_FALL_TANDEM] = "a heel-to-toe stance not held for 10 seconds",
	/* §4.4, a design recommendation of the sheet. */
	[STR_CAUTION] = "Do balance exercises within reach of support and "
	    "leave out the eyes-closed and wobbly-surface versions",
	[STR_CAUTION_AGE] = "aged 70 or over",
	[STR_CAUTION_FELL] = "a fall in the past year",
	[STR_CAUTION_DIZZY] = "dizziness or unsteadiness",
	[STR_CAUTION_TANDEM] = "a heel-to-toe stance not held for 10 seconds",
	[STR_HEEL_RAISES] = "Single-leg heel raises",
	/* §5.1: 25 only as "typical for 20-59 on a flat floor". */
	[STR_HEEL_RAISE_LOW] = "fewer than healthy adults aged 20 to 59 "
	    "usually manage on a flat floor; information, not a fail",
	[STR_HEEL_RAISE_TYPICAL] = "in the usual range for healthy adults "
	    "aged 20 to 59",
	[STR_HEEL_RAISE_NOT_COMPARED] = "not compared with a norm (the norm "
	    "is for ages 20 to 59 on a flat floor)",
	[STR_SQUAT] = "Single-leg mini squat",
	/* §3.2: only the ">= 45 % flat" end, marked approximate. */
	[STR_FLAT_PRINT_FROM] = "the flat-foot end of the scale, an "
	    "unconfirmed band, starts at",
	[STR_KNEE_OVER_FOOT] = "knee stayed over the foot",
	[STR_KNEE_MEDIAL] = "knee moved inside the line of the foot",
	[STR_PELVIC_DROP] = "hip dropped on the side of the lifted leg",
	[STR_NO_PELVIC_DROP] = "hips stayed level",
	[STR_LEG_LENGTH] = "Leg length (home check, approximate)",
	[STR_LEGS_EQUAL] = "legs looked the same length",
	[STR_LEFT_SHORTER] = "the left leg looked shorter",
	[STR_RIGHT_SHORTER] = "the right leg looked shorter",
	[STR_PELVIS] = "Belt line in a mirror (approximate)",
	[STR_PELVIS_LEVEL] = "level",
	[STR_PELVIS_TILTED] = "not level",
	[STR_BOARD_WEIGHT] = "Weight on each leg on the board",
	/* §5.6: 45-55 % is a convention [M]. */
	[STR_WEIGHT_OUTSIDE] = "outside the usual 45 to 55 % split; that "
	    "range is a convention rather than a tested limit, so measure "
	    "again before reading much into it",
	[STR_ROMBERG] = "Sway with eyes closed compared with eyes open",
	/* §8.4: about 1.15-1.3 times in 96 young adults. */
	[STR_ROMBERG_HIGH] = "a bigger rise than healthy young adults "
	    "typically show",
	[STR_ROMBERG_TYPICAL] = "within what healthy young adults typically "
	    "show",
	[STR_TIMES] = "times",
	[STR_OF_SIX_ITEMS] = "of 6 items",
	[STR_TO] = "to",
	[STR_BOARD_SLS] = "Standing on one leg on the board",
	[STR_COP_MEDIAL] = "pressure towards the inner edge of the foot",
	[STR_COP_LATERAL] = "pressure towards the outer edge of the foot",
	[STR_DIFFERENCE] = "difference",
	[STR_SYMMETRY_INDEX] = "symmetry index",
	[STR_LIMB_SYMMETRY] = "weaker side as a share of the stronger",
	[STR_STANDS_OUT] = "the side that differs",
	[STR_NOTABLE_FROM] = "notable from",
	[STR_LARGE_FROM] = "large from",
	[STR_TIER] = "Result",
	[STR_SEE] = "Who to see",
	[STR_WHEN] = "How soon",
	[STR_YOU_SAID_YES] = "You answered yes to",
	[STR_SYMPTOMS] = "Where you have symptoms",
	[STR_WEEK] = "week",
	[STR_WEEKS] = "weeks",
	[STR_FOR] = "for",
	[STR_OTHER_POINTS] = "Also worth mentioning",
	[STR_INTENSITY] = "intensity",
	[STR_OUT_OF_10] = "out of 10",
	[STR_LIMITS_LIFE] = "limits daily life",
	[STR_IMPROVING] = "getting better",
	[STR_NOT_IMPROVING] = "not getting better",
	[STR_NONE] = "none",
};

const char *
strings_text(enum string_id id)
{
	return PICK(fixed, id);
}

/* §6.4: one headline per tier. */
static const char *const tiers[] = {
	[TRIAGE_EMERGENCY] = "Emergency: get medical help now",
	[TRIAGE_URGENT] = "See a doctor soon",
	[TRIAGE_ROUTINE] = "Book an appointment",
	[TRIAGE_SELFCARE] = "No warning signs found",
};

const char *
strings_tier(enum triage_tier t)
{
	return PICK(tiers, t);
}

static const char *const tier_advice[] = {
	[TRIAGE_EMERGENCY] = "One or more of your answers can be a sign of a "
	    "problem that needs checking in hospital straight away. Do not "
	    "wait to see if it settles.",
	[TRIAGE_URGENT] = "One or more of your answers needs a doctor to "
	    "check it soon. Most of the time the cause turns out not to be "
	    "serious, but it should not wait for weeks.",
	[TRIAGE_ROUTINE] = "Your answers are worth talking over with a "
	    "clinician. It is not urgent; book an appointment in the coming "
	    "weeks.",
	/* §6.4 tier S: self-management with safety-netting. */
	[TRIAGE_SELFCARE] = "Nothing in your answers needs a doctor "
	    "urgently. Staying active and the suggestions below are a "
	    "reasonable start. Watch for the warning signs listed below.",
};

const char *
strings_tier_advice(enum triage_tier t)
{
	return PICK(tier_advice, t);
}

/*
 * What each triage rule may point to (§6.4).  Red flags raise suspicion;
 * they are not diagnoses (CKS), so each says "can be" or "needs checking".
 */
static const char *const rules[] = {
	[RULE_NONE] = "None of the warning signs we ask about.",
	[RULE_CAUDA_EQUINA] = "These signs can mean pressure on the bundle "
	    "of nerves at the base of the spine (cauda equina syndrome). "
	    "It needs a hospital check the same day, because early "
	    "treatment matters.",
	[RULE_PROGRESSIVE_DEFICIT] = "Weakness or numbness that is getting "
	    "worse needs the nerves checked by a doctor today.",
	[RULE_MSCC] = "After cancer, back pain together with nerve symptoms "
	    "needs checking at once in case the spine is involved.",
	[RULE_INFECTION_SYSTEMIC] = "Back pain with a fever or feeling very "
	    "unwell can come from an infection and needs checking at once.",
	[RULE_MAJOR_TRAUMA] = "Back pain after a serious accident needs "
	    "checking for an injury at once.",
	[RULE_AORTIC] = "Sudden severe pain in the back or belly with "
	    "faintness can come from the main blood vessel in the belly and "
	    "needs emergency care.",
	[RULE_SEPTIC_JOINT] = "A hot, swollen joint with a fever can be an "
	    "infected joint and needs emergency care.",
	/* NICE CG75: contact within 24 hours. */
	[RULE_CANCER_PAIN_24H] = "After cancer, back pain of this kind should "
	    "be talked over with your cancer team within 24 hours, even "
	    "without other symptoms.",
	[RULE_POSSIBLE_DVT] = "A painful or swollen calf after a spell of "
	    "being immobile or travelling can be a blood clot and needs a "
	    "doctor today.",
	[RULE_FRACTURE] = "These signs can go with a broken bone in the "
	    "spine, and a doctor should check soon.",
	[RULE_MALIGNANCY] = "Some of these signs need a doctor to rule out a "
	    "more serious cause. Usually it turns out to be something "
	    "simpler, but it should be checked within days.",
	[RULE_INFECTION] = "Together with back pain, these signs need a "
	    "doctor to rule out an infection.",
	[RULE_ROOT_DEFICIT] = "Numbness or mild weakness in one leg usually "
	    "comes from an irritated nerve in the back; a doctor should "
	    "check it within a few days.",
	[RULE_JOINT_INJURY] = "Not being able to take weight after an "
	    "injury, or a knee that locks, needs a check soon for an injury "
	    "inside the joint.",
	/* §0.1 rule 6. */
	[RULE_UNDER_18] = "This screen and its reference values are for "
	    "adults. Children and teenagers with foot, hip, knee or back "
	    "pain should see a doctor or physiotherapist instead.",
	/* NICE NG65: 4 or more features, refer; exactly 3, HLA-B27. */
	[RULE_AXSPA_REFER] = "Your answers fit a pattern that doctors check "
	    "for inflammatory back pain (axial spondyloarthritis). Ask your "
	    "GP about a referral to a rheumatologist.",
	[RULE_AXSPA_HLA_B27] = "Your answers share some features with "
	    "inflammatory back pain (axial spondyloarthritis). Ask your GP "
	    "whether an HLA-B27 blood test would help.",
	[RULE_LEG_PAIN_PERSISTENT] = "Leg pain that still limits you after "
	    "about four weeks is worth a review by a physiotherapist or a "
	    "doctor.",
};

const char *
strings_rule(enum triage_rule r)
{
	return PICK(rules, r);
}

static const char *const professionals[] = {
	[PRO_NONE] = "no one for now",
	[PRO_EMERGENCY_SERVICES] = "emergency services",
	[PRO_CANCER_TEAM] = "your cancer team (or your GP if you cannot "
	    "reach them)",
	[PRO_GP_URGENT] = "your GP (family doctor) or an urgent care service",
	[PRO_GP] = "your GP (family doctor)",
	[PRO_RHEUMATOLOGY] = "your GP, asking about a rheumatologist",
	[PRO_GP_OR_PHYSIOTHERAPIST] = "your GP or a physiotherapist",
	[PRO_PHYSIOTHERAPIST] = "a physiotherapist",
	[PRO_PODIATRIST] = "a podiatrist",
};

const char *
strings_professional(enum professional p)
{
	return PICK(professionals, p);
}

static const char *const soon[] = {
	[SOON_NOT_NEEDED] = "no appointment needed now",
	[SOON_NOW] = "now",
	[SOON_WITHIN_24H] = "within 24 hours",
	[SOON_SAME_DAY] = "today",
	[SOON_WITHIN_DAYS] = "within a few days",
	[SOON_WITHIN_WEEKS] = "within a few weeks",
};

const char *
strings_how_soon(enum how_soon s)
{
	return PICK(soon, s);
}

static const char *const facts[] = {
	[TF_AGE_UNKNOWN] = "Your age was not given, so checks that depend "
	    "on age were left out.",
	[TF_UNDER_18] = "You are under 18.",
	[TF_AXSPA_GATE_MET] = "Back pain that began before the age of 45 "
	    "and has lasted more than 3 months.",
	[TF_AXSPA_GATE_UNKNOWN] = "It is not known whether your back pain "
	    "began before 45 and has lasted more than 3 months.",
	[TF_AXSPA_WATCH] = "If you later get psoriasis, bowel inflammation "
	    "or a red, painful eye, tell your GP: it changes how back pain "
	    "is assessed.",
	[TF_ONSET_AFTER_50] = "Back pain that first began after the age of "
	    "50.",
	[TF_ONSET_BEFORE_20] = "Back pain that first began before the age "
	    "of 20.",
	[TF_NOT_IMPROVING_MONTH] = "Back pain that has not improved after "
	    "about a month.",
	/* NICE CG88's 6 weeks, a review prompt, not a referral rule. */
	[TF_PERSISTENT_REVIEW] = "Back pain for more than 6 weeks: if it is "
	    "not easing, a review with a physiotherapist or GP is "
	    "reasonable.",
	[TF_LEG_PAIN_DISABLING] = "Leg pain that has limited daily life for "
	    "more than 4 weeks.",
};

const char *
strings_fact(enum triage_fact f)
{
	return PICK(facts, f);
}

/* The red-flag questions in plain words (§6.4), for lists. */
static const char *const flags[] = {
	[RF_SADDLE_NUMBNESS] = "numbness or tingling between the legs, "
	    "around the genitals or back passage, or across the buttocks",
	[RF_BLADDER_CHANGE] = "a new change in passing urine: trouble "
	    "starting, a weak stream, or not feeling it pass",
	[RF_URINE_RETENTION_OR_INCONTINENCE] = "not being able to pass "
	    "urine, or leaking urine without warning",
	[RF_BOWEL_INCONTINENCE] = "new loss of bowel control, or not feeling "
	    "when the bowel is full",
	[RF_BOTH_LEGS] = "pain, numbness or weakness in both legs",
	[RF_SEXUAL_DYSFUNCTION] = "a new change in sexual function or in "
	    "feeling around the genitals",
	[RF_PROGRESSIVE_WEAKNESS] = "leg weakness that is getting worse, a "
	    "foot that drags, or legs that give way",
	[RF_SPREADING_NUMBNESS] = "numbness that is spreading",
	[RF_CANCER_HISTORY] = "cancer now or in the past",
	[RF_BAND_LIKE_PAIN] = "pain that wraps around the body like a band",
	[RF_DIFFICULTY_WALKING] = "new difficulty walking",
	[RF_FEVER_UNWELL] = "a fever, shivering fits or feeling very unwell",
	[RF_INFECTION_RISK] = "a higher risk of infection: a weak immune "
	    "system or diabetes, injecting drugs, a recent infection, or a "
	    "recent injection or operation on the spine",
	[RF_MAJOR_TRAUMA] = "a serious accident, such as a fall from a "
	    "height or a road collision",
	[RF_SUDDEN_SEVERE_PAIN_FAINT] = "sudden severe pain in the back or "
	    "belly with feeling faint or collapsing",
	[RF_SUDDEN_CENTRAL_PAIN_EASED_LYING] = "sudden severe pain in the "
	    "middle of the back that eases when lying down",
	[RF_OSTEOPOROSIS_OR_STEROIDS] = "thin bones (osteoporosis) or "
	    "steroid tablets taken for a long time",
	[RF_MINOR_TRAUMA] = "back pain that began after a minor fall or "
	    "lifting something",
	[RF_NEW_DEFORMITY] = "a new change in the shape of the spine",
	[RF_WEIGHT_LOSS] = "weight loss you cannot explain",
	[RF_UNREMITTING_PAIN] = "severe pain that does not ease with rest or "
	    "lying down",
	[RF_NIGHT_PAIN] = "pain at night that stops you sleeping",
	[RF_WORSE_STRAINING] = "pain that gets worse when you cough, sneeze "
	    "or strain",
	[RF_THORACIC_PAIN] = "pain in the upper back or neck",
	[RF_ONE_LEG_NUMB_OR_WEAK] = "numbness or mild weakness in one leg",
	[RF_HOT_SWOLLEN_JOINT_FEVER] = "a hot, swollen joint with a fever",
	[RF_CANNOT_BEAR_WEIGHT] = "not being able to put weight on the leg "
	    "after an injury",
	[RF_LOCKED_KNEE] = "a knee that locks and will not straighten",
	[RF_CALF_SWELLING] = "a painful or swollen calf after being immobile "
	    "or travelling",
	[RF_AXSPA_ONSET_BEFORE_35] = "back pain that began before the age "
	    "of 35",
	[RF_AXSPA_WAKES_SECOND_HALF] = "waking in the second half of the "
	    "night because of back pain",
	[RF_AXSPA_BUTTOCK_PAIN] = "pain in the buttocks",
	[RF_AXSPA_BETTER_MOVING] = "back pain that gets better when you move",
	[RF_AXSPA_NSAID_48H] = "back pain that improves within two days of "
	    "taking an anti-inflammatory painkiller such as ibuprofen",
	[RF_AXSPA_RELATIVE] = "a parent, brother, sister or child with "
	    "spondyloarthritis",
	[RF_AXSPA_ARTHRITIS] = "arthritis now or in the past",
	[RF_AXSPA_ENTHESITIS] = "pain and swelling where a tendon joins a "
	    "bone (enthesitis), now or in the past",
	[RF_AXSPA_PSORIASIS] = "psoriasis now or in the past",
};

const char *
strings_redflag(enum redflag f)
{
	return PICK(flags, f);
}

static const char *const sites[] = {
	[SITE_LOW_BACK] = "low back",
	[SITE_BUTTOCK] = "buttock",
	[SITE_LEG_BELOW_KNEE] = "leg below the knee",
	[SITE_HIP] = "hip",
	[SITE_GROIN] = "groin",
	[SITE_KNEE] = "knee",
	[SITE_HEEL_FOOT] = "heel or foot",
	[SITE_ANKLE] = "ankle",
};

const char *
strings_site(enum symptom_site s)
{
	return PICK(sites, s);
}

static const char *const symptom_sides[] = {
	[SSIDE_UNKNOWN] = "",
	[SSIDE_LEFT] = "left",
	[SSIDE_RIGHT] = "right",
	[SSIDE_BOTH] = "both sides",
	[SSIDE_CENTRE] = "in the middle",
};

const char *
strings_symptom_side(enum symptom_side s)
{
	return PICK(symptom_sides, s);
}

static const char *const worse[] = {
	"worse when sitting", "worse when standing", "worse when walking",
	"worse when running", "worse when bending forward", "worse on stairs",
	"worse in the morning", "worse at night"
};

const char *
strings_worse_with(int bit)
{
	return bit >= 0 ? PICK(worse, bit) : "";
}

static const char *const pronation[] = {
	[PRONATION_UNKNOWN] = "not enough information",
	[PRONATION_HIGHLY_SUPINATED] = "rolls outward a lot (highly "
	    "supinated)",
	[PRONATION_SUPINATED] = "rolls outward (supinated)",
	[PRONATION_NEUTRAL] = "neutral",
	[PRONATION_PRONATED] = "rolls inward (pronated)",
	[PRONATION_HIGHLY_PRONATED] = "rolls inward a lot (highly pronated)",
};

const char *
strings_pronation(enum pronation_category c)
{
	return PICK(pronation, c);
}

/* §1.5 and §7.1: slight pronation is normal; none of it explains pain. */
static const char *const pronation_explain[] = {
	[PRONATION_UNKNOWN] = "There was not enough information to describe "
	    "this foot.",
	[PRONATION_HIGHLY_SUPINATED] = "This foot looks clearly more rolled "
	    "outward, with a higher arch, than most adults' feet. That is a "
	    "description of how you stand. If the foot hurts, a podiatrist "
	    "can look at it.",
	[PRONATION_SUPINATED] = "This foot looks a little more rolled "
	    "outward, with a higher arch, than most adults' feet. That is a "
	    "description of how you stand, not a problem in itself.",
	[PRONATION_NEUTRAL] = "This foot's posture is in the usual range for "
	    "adults; a slight inward roll is the normal way to stand.",
	[PRONATION_PRONATED] = "This foot looks a little more rolled inward "
	    "than most adults' feet. That is common, and on its own it has "
	    "not been shown to cause back, hip or knee pain.",
	[PRONATION_HIGHLY_PRONATED] = "This foot looks clearly more rolled "
	    "inward than most adults' feet. That is a description of how "
	    "you stand, not a diagnosis. If the foot or shin hurts, a "
	    "podiatrist or physiotherapist can look at it.",
};

const char *
strings_pronation_explain(enum pronation_category c)
{
	return PICK(pronation_explain, c);
}

static const char *const directions[] = {
	"points to rolling outward a lot", "points to rolling outward",
	"points to neutral", "points to rolling inward",
	"points to rolling inward a lot"
};

const char *
strings_direction(int direction)
{
	return direction >= -2 && direction <= 2 ?
	    directions[direction + 2] : "";
}

static const char *const indicators[] = {
	[PI_FPI6] = "foot posture score (six observations, after the Foot "
	    "Posture Index)",
	[PI_CSI] = "footprint width ratio (Chippaux-Smirak index)",
	[PI_NAVICULAR_DROP] = "arch drop (navicular drop)",
	[PI_SHOE_WEAR] = "shoe wear",
	[PI_HEEL_TILT] = "heel tilt seen from behind",
	[PI_PICTURE] = "the footprint picture you chose",
};

const char *
strings_indicator(enum pron_indicator i)
{
	return PICK(indicators, i);
}

static const char *const confidences[] = {
	[CONF_NONE] = "no",
	[CONF_LOW] = "low",
	[CONF_MODERATE] = "moderate",
	[CONF_HIGH] = "high",
};

const char *
strings_confidence(enum confidence_level c)
{
	return PICK(confidences, c);
}

static const char *const collectors[] = {
	[BY_UNKNOWN] = "",
	[BY_SELF] = "by yourself",
	[BY_PARTNER] = "by a partner",
	[BY_TRAINER] = "by a trainer",
};

const char *
strings_collector(enum collector c)
{
	return PICK(collectors, c);
}

static const char *const wear[] = {
	[WEAR_UNKNOWN] = "",
	[WEAR_INNER] = "shoes wear on the inner edge",
	[WEAR_OUTER] = "shoes wear on the outer edge",
	[WEAR_EVEN] = "shoes wear evenly",
};

const char *
strings_shoe_wear(enum shoe_wear w)
{
	return PICK(wear, w);
}

static const char *const tilts[] = {
	[TILT_UNKNOWN] = "",
	[TILT_INWARD] = "heel tilts inward",
	[TILT_UPRIGHT] = "heel upright",
	[TILT_OUTWARD] = "heel tilts outward",
};

const char *
strings_heel_tilt(enum heel_tilt t)
{
	return PICK(tilts, t);
}

static const char *const pictures[] = {
	[PRINT_UNKNOWN] = "",
	[PRINT_HIGH_ARCH] = "print of a high arch",
	[PRINT_MEDIUM] = "print of a medium arch",
	[PRINT_LOW] = "print of a low arch",
	[PRINT_FLAT] = "print of a flat foot",
};

const char *
strings_print_picture(enum footprint_picture p)
{
	return PICK(pictures, p);
}

static const char *const measures[] = {
	[BM_FPI] = "foot posture score",
	[BM_NAVICULAR_DROP] = "arch drop (navicular drop)",
	[BM_CSI] = "footprint width ratio (Chippaux-Smirak)",
	[BM_STAHELI] = "footprint arch-to-heel ratio (Staheli)",
	[BM_SLS_EO] = "standing on one leg, eyes open",
	[BM_SLS_EC] = "standing on one leg, eyes closed",
	[BM_HEEL_RAISE] = "single-leg heel raises",
	[BM_BOARD_WEIGHT] = "weight on each leg (board)",
	[BM_BOARD_SLS_TIME] = "standing on one leg (board)",
	[BM_BOARD_COP_MEDIAL] = "pressure towards the inner edge (board)",
};

const char *
strings_measure(enum bilateral_measure m)
{
	return PICK(measures, m);
}

static const char *const units[] = {
	[BM_FPI] = "points",
	[BM_NAVICULAR_DROP] = "mm",
	[BM_CSI] = "%",
	[BM_STAHELI] = "",
	[BM_SLS_EO] = "s",
	[BM_SLS_EC] = "s",
	[BM_HEEL_RAISE] = "raises",
	[BM_BOARD_WEIGHT] = "%",
	[BM_BOARD_SLS_TIME] = "s",
	[BM_BOARD_COP_MEDIAL] = "mm",
};

const char *
strings_measure_unit(enum bilateral_measure m)
{
	return PICK(units, m);
}

static const char *const bands[] = {
	[ASYM_NO_BAND] = "no agreed limit for this measure, so the values "
	    "are shown without a judgement",
	[ASYM_WITHIN_ERROR] = "within measurement error",
	[ASYM_NOTABLE] = "a notable difference",
	[ASYM_LARGE] = "a large difference",
};

const char *
strings_band(enum asym_band b)
{
	return PICK(bands, b);
}

static const char *const which[] = {
	[WHICH_NONE] = "",
	[WHICH_LEFT] = "left",
	[WHICH_RIGHT] = "right",
	[WHICH_BOTH] = "both",
	[WHICH_MIXED] = "different sides for different measures",
};

const char *
strings_side(enum which_side w)
{
	return PICK(which, w);
}

static const char *const si_statuses[] = {
	[SI_OK] = "",
	[SI_MISSING] = "one side was not measured",
	/* §5.4: unstable when values can be negative or near zero. */
	[SI_SIGNED_MEASURE] = "no symmetry index: it is meaningless for a "
	    "measure that can be negative",
	[SI_ZERO_SUM] = "no symmetry index: both sides are zero",
};

const char *
strings_si_status(enum si_status s)
{
	return PICK(si_statuses, s);
}

/* Short citations; §11 of the evidence sheet has the full references. */
static const char *const sources[] = {
	[SRC_NONE] = "",
	[SRC_REDMOND_2005] = "Foot Posture Index category bands (Redmond "
	    "2005 manual; evidence sheet §1.3)",
	[SRC_MCLAUGHLIN_2016] = "Foot Posture Index with inexperienced "
	    "examiners (Manual Therapy 2016; §1.4)",
	[SRC_LANGLEY_2016] = "test-retest of foot posture and navicular "
	    "drop (Langley et al. 2016; §1.4, §2.3)",
	[SRC_LAUSCH_2013] = "left/right differences in 930 healthy adults "
	    "(Lausch et al. 2013; §1.3)",
	[SRC_VINICOMBE_2001] = "measurement error of navicular drop "
	    "(Vinicombe et al. 2001; §2.3)",
	[SRC_NIELSEN_2009] = "navicular drop in healthy adults (Nielsen et "
	    "al. 2009; §2.2)",
	[SRC_FORRIOL_1990] = "footprint bands attributed to Forriol and "
	    "Pascual 1990, not confirmed (§3.2)",
	[SRC_ANN_REHABIL_MED_2023] = "footprint indices against X-rays "
	    "(Ann Rehabil Med 2023; §3.2)",
	[SRC_STAHELI_1987] = "Staheli, Chew and Corbett 1987 (§3.3)",
	[SRC_SPRINGER_2007] = "single-leg stance times by age (Springer et "
	    "al. 2007; §4.2)",
	[SRC_VELLAS_1997] = "one-leg balance and injurious falls over 60 "
	    "(Vellas et al. 1997; §4.3)",
	[SRC_STEADI] = "CDC STEADI four-stage balance test (§4.3)",
	[SRC_LUNSFORD_1995] = "heel raises in healthy adults aged 20 to 59 "
	    "(Lunsford and Perry 1995; §5.1)",
	[SRC_HEBERT_LOSIER_2017] = "heel-raise norms and day-to-day "
	    "variation (Hebert-Losier et al. 2017; §5.1)",
	[SRC_AGEBERG_2010] = "knee position in a single-leg mini squat "
	    "(Ageberg et al. 2010; §5.2)",
	[SRC_CROSSLEY_2011] = "single-leg squat and hip muscle function "
	    "(Crossley et al. 2011; §5.2)",
	[SRC_ROBINSON_1987] = "symmetry index (Robinson, Herzog and Nigg "
	    "1987; §5.4)",
	[SRC_LSI_CONVENTION] = "the 90 % convention from return-to-sport "
	    "practice, not a screening limit (§5.5)",
	[SRC_WBA_CONVENTION] = "the 45 to 55 % weight-share convention, not "
	    "a tested limit (§5.6)",
	[SRC_EC_EO_YOUNG_ADULTS] = "sway with eyes closed in 96 healthy "
	    "young adults (§8.4)",
	[SRC_SOURCE_ARTICLES] = "the popular articles this screen responds "
	    "to; not a tested method",
	[SRC_DESIGN_RULE] = "a safety rule of this tool (evidence sheet "
	    "§0.1, §4.4)",
	[SRC_UNSOURCED] = "no published source",
	[SRC_NICE_NG59] = "NICE guideline NG59, low back pain and sciatica "
	    "(§6.3)",
	[SRC_NICE_CKS_SCIATICA] = "NICE clinical knowledge summary, "
	    "sciatica red flags (§6.3)",
	[SRC_NICE_CG75] = "NICE CG75, since replaced by NG234: spinal cord "
	    "compression in cancer (§6.4)",
	[SRC_NICE_NG65] = "NICE guideline NG65, spondyloarthritis referral "
	    "(§6.4)",
	[SRC_NICE_CG88] = "NICE CG88, persistent low back pain (§6.4)",
	[SRC_IFOMPT_2020] = "international red-flag framework (Finucane et "
	    "al. 2020; §6.4)",
	[SRC_NHS_RED_FLAG_PATHWAY] = "NHS red-flag pathways based on NICE "
	    "guidance (§6.4)",
};

const char *
strings_source(enum source s)
{
	return PICK(sources, s);
}

/* The evidence sheet's §0 tags. */
static const char *const tags[] = {
	[TAG_V] = "checked against the original source",
	[TAG_S] = "from a reliable summary; the original was not read",
	[TAG_M] = "not yet confirmed",
	[TAG_DESIGN] = "a choice made by this tool",
};

const char *
strings_tag(enum evidence_tag t)
{
	return PICK(tags, t);
}

/*
 * The findings (screening.h FINDING_LIST).  label: a few words; explain:
 * what it means for the person; basis: what the core looked at.
 */
static const struct finding_text finding_texts[] = {
	[FINDING_PRONATED] = { "Foot rolls inward (pronated)",
	    "This foot looks more rolled inward than most adults' feet. "
	    "That is common, describes posture only, and has not been shown "
	    "to cause back pain.",
	    "the foot signs you gave, combined; a foot posture score of +6 "
	    "to +9 is in this band", SRC_REDMOND_2005 },
	[FINDING_HIGHLY_PRONATED] = { "Foot rolls inward a lot (highly "
	    "pronated)",
	    "This foot looks clearly more rolled inward than most. It "
	    "describes posture; if the foot or shin hurts, a podiatrist or "
	    "physiotherapist can look at it.",
	    "the foot signs you gave, combined; a foot posture score of +10 "
	    "or more is in this band", SRC_REDMOND_2005 },
	[FINDING_SUPINATED] = { "Foot rolls outward (supinated)",
	    "This foot looks more rolled outward, with a higher arch, than "
	    "most adults' feet. It describes posture, not a problem.",
	    "the foot signs you gave, combined; a foot posture score of -1 "
	    "to -4 is in this band", SRC_REDMOND_2005 },
	[FINDING_HIGHLY_SUPINATED] = { "Foot rolls outward a lot (highly "
	    "supinated)",
	    "This foot looks clearly more rolled outward, with a high arch, "
	    "than most. If the foot hurts, a podiatrist can look at it.",
	    "the foot signs you gave, combined; a foot posture score of -5 "
	    "or less is in this band", SRC_REDMOND_2005 },
	[FINDING_INDICATORS_DISAGREE] = { "Foot signs disagree",
	    "The checks of this foot point in different directions, so its "
	    "posture is uncertain. Repeating them, or having a trainer do "
	    "them, would help.",
	    "signs pointing one way and others the opposite way",
	    SRC_DESIGN_RULE },
	[FINDING_SHOE_WEAR_INNER] = { "Shoes wear on the inner edge",
	    "Wear on the inner edge often goes with a foot that rolls "
	    "inward. It is a rough sign only.",
	    "your answer about shoe wear", SRC_SOURCE_ARTICLES },
	[FINDING_SHOE_WEAR_OUTER] = { "Shoes wear on the outer edge",
	    "Wear on the outer edge often goes with a foot that rolls "
	    "outward. It is a rough sign only.",
	    "your answer about shoe wear", SRC_SOURCE_ARTICLES },
	[FINDING_FOOT_POINTS_OUT] = { "Foot points outward",
	    "This foot points outward when you stand. Many people's feet do; "
	    "it is noted as a description.",
	    "your answer about which way your feet point",
	    SRC_SOURCE_ARTICLES },
	[FINDING_FOOT_POINTS_IN] = { "Foot points inward",
	    "This foot points inward when you stand. It is noted as a "
	    "description.",
	    "your answer about which way your feet point",
	    SRC_SOURCE_ARTICLES },
	[FINDING_KNEE_VALGUS] = { "Knee moves inward",
	    "In the single-leg squat or when walking, the knee moved inside "
	    "the line of the foot. This has been linked with how the hip "
	    "muscles work. Judging it by eye is only moderately reliable.",
	    "the knee seen inside the foot in a mini squat, or falling in "
	    "on a video of you walking", SRC_AGEBERG_2010 },
	[FINDING_PELVIC_DROP] = { "Hip drops in the single-leg squat",
	    "The pelvis dropped on the side of the lifted leg. This has been "
	    "linked with hip muscle function on the standing side. Judging "
	    "it by eye is only moderately reliable.",
	    "your answer about the single-leg squat", SRC_CROSSLEY_2011 },
	[FINDING_HEEL_RAISE_LOW] = { "Fewer heel raises than typical",
	    "You did fewer single-leg heel raises than healthy adults aged "
	    "20 to 59 usually manage. This tells you about calf strength "
	    "and endurance; it is not a test you pass or fail.",
	    "fewer than 25 raises on a flat floor, at ages 20 to 59",
	    SRC_LUNSFORD_1995 },
	[FINDING_HEEL_RAISE_ASYMMETRY] = { "Heel raises differ between sides",
	    "One calf managed clearly fewer heel raises than the other, more "
	    "than the test's usual day-to-day variation.",
	    "a difference of more than about 6 raises", SRC_HEBERT_LOSIER_2017 },
	[FINDING_SLS_BELOW_AGE_MEAN] = { "One-leg balance below the average "
	    "for your age",
	    "Your time standing on one leg was below the average for people "
	    "of your age. Many healthy people are below an average, and how "
	    "widely they vary is not yet known, so this is information, not "
	    "a fail.",
	    "your best time with eyes open against the age-group average",
	    SRC_SPRINGER_2007 },
	[FINDING_FALL_RISK] = { "Higher chance of falling",
	    "Some of your balance results are linked with a higher chance of "
	    "falling. A GP, physiotherapist or local falls service can do a "
	    "fuller check and advise on safe exercise.",
	    "under 5 seconds on one leg over the age of 60, or a heel-to-toe "
	    "stance not held for 10 seconds", SRC_VELLAS_1997 },
	[FINDING_BALANCE_CAUTION] = { "Take care with balance exercises",
	    "Do balance exercises within reach of a wall or rail, and leave "
	    "out the eyes-closed versions.",
	    "age 70 or over, a fall in the past year, dizziness, or a "
	    "heel-to-toe stance not held for 10 seconds", SRC_DESIGN_RULE },
	[FINDING_WEIGHT_ASYMMETRY] = { "More weight on one leg",
	    "On the board you stood with more weight on one leg than the "
	    "usual 45 to 55 % split. Healthy people shift their weight a lot "
	    "from moment to moment, so measure again before reading much "
	    "into it.",
	    "the share of your weight on each leg in quiet standing",
	    SRC_WBA_CONVENTION },
	[FINDING_VISUAL_RELIANCE] = { "More sway with eyes closed",
	    "Your sway went up more when you closed your eyes than it "
	    "typically does in healthy young adults, which suggests you lean "
	    "on your eyes for balance.",
	    "sway with eyes closed more than about 1.3 times sway with eyes "
	    "open", SRC_EC_EO_YOUNG_ADULTS },
	[FINDING_LEG_LENGTH_DIFFERENCE] = { "One leg looked shorter",
	    "A home check suggested one leg may be shorter. Such checks are "
	    "rough; a physiotherapist or podiatrist can measure it properly "
	    "if it matters to you.",
	    "your answer about leg length", SRC_SOURCE_ARTICLES },
	[FINDING_PELVIS_NOT_LEVEL] = { "Belt line not level",
	    "Your belt line did not look level in the mirror. This home "
	    "check is rough, and small differences are common.",
	    "your answer about the mirror check", SRC_SOURCE_ARTICLES },
	[FINDING_PAIN_LOW_BACK] = { "Low back pain",
	    "You told us about pain in your low back.",
	    "your symptom answers", SRC_NONE },
	[FINDING_PAIN_BUTTOCK] = { "Buttock pain",
	    "You told us about pain in your buttock.",
	    "your symptom answers", SRC_NONE },
	[FINDING_PAIN_LEG] = { "Pain below the knee",
	    "You told us about pain in your leg below the knee.",
	    "your symptom answers", SRC_NONE },
	[FINDING_PAIN_HIP] = { "Hip pain",
	    "You told us about pain in your hip.",
	    "your symptom answers", SRC_NONE },
	[FINDING_PAIN_GROIN] = { "Groin pain",
	    "You told us about pain in your groin.",
	    "your symptom answers", SRC_NONE },
	[FINDING_PAIN_KNEE] = { "Knee pain",
	    "You told us about pain in your knee.",
	    "your symptom answers", SRC_NONE },
	[FINDING_PAIN_HEEL_FOOT] = { "Heel or foot pain",
	    "You told us about pain in your heel or foot.",
	    "your symptom answers", SRC_NONE },
	[FINDING_PAIN_ANKLE] = { "Ankle pain",
	    "You told us about pain in your ankle.",
	    "your symptom answers", SRC_NONE },
	[FINDING_NO_PAIN] = { "No pain",
	    "You did not report any pain.",
	    "your symptom answers", SRC_NONE },
};

const struct finding_text *
strings_finding(enum finding_id f)
{
	static const struct finding_text none = { "", "", "", SRC_NONE };

	if ((size_t)f >= NELEM(finding_texts) ||
	    finding_texts[f].label == NULL)
		return &none;
	return &finding_texts[f];
}

/*
 * Emergency and advice numbers (evidence sheet §6.4 names 999, 112, 911
 * and NHS 111; the others are the countries' published numbers).  The
 * last row, with the empty country, is the default.
 */
static const struct emergency_contact contacts[] = {
	{ "GB", "999", "NHS 111" },
	{ "IE", "112", NULL },
	{ "US", "911", NULL },
	{ "CA", "911", NULL },
	{ "AU", "000", NULL },
	{ "NZ", "111", NULL },
	{ "", "112", NULL },
};

const struct emergency_contact *
strings_emergency(const char *country)
{
	size_t	i;

	/* "UK" is not the ISO code, but people write it. */
	if (country != NULL && strcasecmp(country, "UK") == 0)
		country = "GB";
	for (i = 0; i + 1 < NELEM(contacts); i++)
		if (country != NULL &&
		    strcasecmp(country, contacts[i].country) == 0)
			break;
	return &contacts[i];
}

const struct emergency_contact *
strings_emergency_row(size_t i)
{
	return i < NELEM(contacts) ? &contacts[i] : NULL;
}

int
strings_call_now(char *buf, size_t len, const struct emergency_contact *c)
{
	if (c->advice_line != NULL)
		return snprintf(buf, len, "Call %s now, or go to the nearest "
		    "emergency department. If you are not sure whether it is "
		    "an emergency, call %s.", c->number, c->advice_line);
	return snprintf(buf, len, "Call %s now, or go to the nearest "
	    "emergency department.", c->number);
}

int
strings_call_if(char *buf, size_t len, const struct emergency_contact *c)
{
	return snprintf(buf, len, "Call %s or go to an emergency department "
	    "at once if any of these appear:", c->number);
}

int
strings_dosage(char *buf, size_t len, const struct exercise_dosage *d)
{
	char	what[96], rest[48];
	int	n;

	if (d->reps > 0 && d->hold_seconds > 0)
		snprintf(what, sizeof what, "%d set%s of %d, holding each for "
		    "%d seconds", d->sets, d->sets == 1 ? "" : "s", d->reps,
		    d->hold_seconds);
	else if (d->reps > 0)
		snprintf(what, sizeof what, "%d set%s of %d", d->sets,
		    d->sets == 1 ? "" : "s", d->reps);
	else
		snprintf(what, sizeof what, "%d hold%s of %d seconds",
		    d->sets, d->sets == 1 ? "" : "s", d->hold_seconds);
	rest[0] = '\0';
	if (d->rest_seconds > 0 && d->sets > 1)
		snprintf(rest, sizeof rest, ", resting %d seconds between "
		    "sets", d->rest_seconds);
	n = snprintf(buf, len, "%s%s%s", what, d->per_side ? " on each side" :
	    "", rest);
	return n;
}
