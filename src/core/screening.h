/*
 * screening.h: the screening core's plain structs: what a person answered
 * and measured (struct screening_answers) and everything the core concludes
 * (struct screening_result).  Pure data: no I/O here; the answers file
 * reader (src/screening/) fills the input, the core modules
 * (redflags.c, triage.c, foot.c, pronation.c, balance.c, bilateral.c,
 * advice.c, screening.c) fill the result, and the text/JSON writers print it.
 *
 * Every threshold used on these values comes from
 * shared/reference/screening-evidence.md and is cited where it is used.
 * Missing answers are allowed everywhere: NAN for a number, 0 (the
 * *_UNKNOWN value) for an enum, and any subset may be missing.
 */
#ifndef FOOTSCREEN_CORE_SCREENING_H
#define FOOTSCREEN_CORE_SCREENING_H

#include <stdbool.h>
#include <stddef.h>

#include "core/status.h"

enum side { SIDE_LEFT, SIDE_RIGHT, SIDE_COUNT };

/* A yes/no answer that may not have been given. */
enum answer { ANSWER_UNKNOWN = 0, ANSWER_NO, ANSWER_YES };

enum sex { SEX_UNKNOWN = 0, SEX_FEMALE, SEX_MALE };

/*
 * Red-flag questions (evidence sheet §6.4, spine and the hip/knee branch),
 * as X(identifier, key in the answers file).  Which tier each one triggers,
 * alone or in a cluster, is triage.c's business.
 */
#define REDFLAG_LIST(X) \
	X(SADDLE_NUMBNESS, "saddle_numbness") \
	X(BLADDER_CHANGE, "bladder_change") \
	X(URINE_RETENTION_OR_INCONTINENCE, "urine_retention_or_incontinence") \
	X(BOWEL_INCONTINENCE, "bowel_incontinence") \
	X(BOTH_LEGS, "both_legs_symptoms") \
	X(SEXUAL_DYSFUNCTION, "new_sexual_dysfunction") \
	X(PROGRESSIVE_WEAKNESS, "progressive_leg_weakness") \
	X(SPREADING_NUMBNESS, "spreading_numbness") \
	X(CANCER_HISTORY, "cancer_history") \
	X(BAND_LIKE_PAIN, "band_like_pain") \
	X(DIFFICULTY_WALKING, "difficulty_walking") \
	X(FEVER_UNWELL, "fever_or_very_unwell") \
	X(INFECTION_RISK, "infection_risk") \
	X(MAJOR_TRAUMA, "major_trauma") \
	X(SUDDEN_SEVERE_PAIN_FAINT, "sudden_severe_pain_with_faintness") \
	X(SUDDEN_CENTRAL_PAIN_EASED_LYING, "sudden_central_pain_eased_lying") \
	X(OSTEOPOROSIS_OR_STEROIDS, "osteoporosis_or_steroids") \
	X(MINOR_TRAUMA, "minor_fall_or_lift") \
	X(NEW_DEFORMITY, "new_spinal_deformity") \
	X(WEIGHT_LOSS, "unexplained_weight_loss") \
	X(UNREMITTING_PAIN, "unremitting_pain") \
	X(NIGHT_PAIN, "night_pain") \
	X(WORSE_STRAINING, "worse_on_straining") \
	X(THORACIC_PAIN, "thoracic_or_neck_pain") \
	X(ONE_LEG_NUMB_OR_WEAK, "one_leg_numb_or_weak") \
	X(HOT_SWOLLEN_JOINT_FEVER, "hot_swollen_joint_with_fever") \
	X(CANNOT_BEAR_WEIGHT, "cannot_bear_weight_after_injury") \
	X(LOCKED_KNEE, "locked_knee") \
	X(CALF_SWELLING, "calf_swelling_after_immobility") \
	X(AXSPA_ONSET_BEFORE_35, "back_pain_began_before_35") \
	X(AXSPA_WAKES_SECOND_HALF, "wakes_second_half_of_night") \
	X(AXSPA_BUTTOCK_PAIN, "buttock_pain") \
	X(AXSPA_BETTER_MOVING, "better_with_movement") \
	X(AXSPA_NSAID_48H, "better_within_48h_of_nsaid") \
	X(AXSPA_RELATIVE, "relative_with_spondyloarthritis") \
	X(AXSPA_ARTHRITIS, "arthritis") \
	X(AXSPA_ENTHESITIS, "enthesitis") \
	X(AXSPA_PSORIASIS, "psoriasis")

enum redflag {
#define REDFLAG_X_ENUM(id, key) RF_##id,
	REDFLAG_LIST(REDFLAG_X_ENUM)
#undef REDFLAG_X_ENUM
	RF_COUNT
};

const char	*redflag_key(enum redflag);
int		 redflag_lookup(const char *key);	/* -1 when unknown */

/* Where a symptom is felt (issue 3: the symptom instrument). */
#define SYMPTOM_SITE_LIST(X) \
	X(LOW_BACK, "low_back") \
	X(BUTTOCK, "buttock") \
	X(LEG_BELOW_KNEE, "leg_below_knee") \
	X(HIP, "hip") \
	X(GROIN, "groin") \
	X(KNEE, "knee") \
	X(HEEL_FOOT, "heel_foot") \
	X(ANKLE, "ankle")

enum symptom_site {
#define SITE_X_ENUM(id, key) SITE_##id,
	SYMPTOM_SITE_LIST(SITE_X_ENUM)
#undef SITE_X_ENUM
	SITE_COUNT
};

enum symptom_side { SSIDE_UNKNOWN = 0, SSIDE_LEFT, SSIDE_RIGHT, SSIDE_BOTH, SSIDE_CENTRE };

/* What makes a symptom worse: bit flags. */
#define WORSE_SITTING	0x01
#define WORSE_STANDING	0x02
#define WORSE_WALKING	0x04
#define WORSE_RUNNING	0x08
#define WORSE_BENDING	0x10
#define WORSE_STAIRS	0x20
#define WORSE_MORNING	0x40
#define WORSE_NIGHT	0x80

struct symptom {
	int			answered;	/* the person was asked about it */
	int			present;	/* 0: site not painful / not asked */
	enum symptom_side	side;
	double			duration_weeks;	/* NAN unknown */
	double			intensity;	/* 0..10, NAN unknown */
	unsigned		worse_with;	/* WORSE_* */
	enum answer		limits_daily_life;
	enum answer		improving;	/* getting better on its own */
};

enum shoe_wear { WEAR_UNKNOWN = 0, WEAR_INNER, WEAR_OUTER, WEAR_EVEN };
enum foot_angle { ANGLE_UNKNOWN = 0, ANGLE_IN, ANGLE_STRAIGHT, ANGLE_OUT };
enum heel_tilt { TILT_UNKNOWN = 0, TILT_INWARD, TILT_UPRIGHT, TILT_OUTWARD };
enum knee_motion { KNEE_UNKNOWN = 0, KNEE_OVER_FOOT, KNEE_MEDIAL_TO_FOOT };
/* Picture choice for people without a ruler: which print looks like yours. */
enum footprint_picture {
	PRINT_UNKNOWN = 0, PRINT_HIGH_ARCH, PRINT_MEDIUM, PRINT_LOW, PRINT_FLAT
};
/* Who collected a measurement: self-collected ones are "approximate". */
enum collector { BY_UNKNOWN = 0, BY_SELF, BY_PARTNER, BY_TRAINER };

#define FPI_ITEMS 6
#define FPI_ITEM_MISSING (-99)

/* Everything about one foot / leg. */
struct side_answers {
	/* observations (articles B, C, D, E) */
	enum shoe_wear		shoe_wear;
	enum foot_angle		foot_angle;
	enum heel_tilt		heel_tilt;	/* from behind, phone video */
	enum answer		knee_falls_in_walking;	/* from behind, video */
	/* footprint (§3): widths in mm perpendicular to the foot axis */
	double			print_min_midfoot_mm;
	double			print_max_forefoot_mm;
	double			print_max_heel_mm;
	enum footprint_picture	print_picture;
	/* navicular drop (§2), mm */
	double			navicular_neutral_mm;
	double			navicular_relaxed_mm;
	enum collector		navicular_by;
	/* FPI-6 (§1): items -2..+2, FPI_ITEM_MISSING when not scored */
	int			fpi_item[FPI_ITEMS];
	enum collector		fpi_by;
	/* single-leg stance (§4): best of 3, seconds, capped at 45 */
	double			sls_eyes_open_s;
	double			sls_eyes_closed_s;
	/* single-leg heel raises to fatigue (§5.1) */
	double			heel_raise_reps;
	/* single-leg squat (§5.2) */
	enum knee_motion	squat_knee;
	enum answer		squat_pelvic_drop;
	/* board: single-leg stance, ML COP relative to this foot's centre
	 * line, mm, positive = towards the midline (medial) */
	double			board_sls_cop_medial_mm;
	double			board_sls_time_s;
};

enum heel_raise_protocol { HRP_UNKNOWN = 0, HRP_FLAT_FLOOR, HRP_INCLINE_10DEG };
enum leg_length { LEGLEN_UNKNOWN = 0, LEGLEN_EQUAL, LEGLEN_LEFT_SHORTER, LEGLEN_RIGHT_SHORTER };

struct screening_answers {
	/* person */
	int			age_years;	/* 0 unknown */
	enum sex		sex;
	char			country[8];	/* emergency numbers; "" default */
	enum answer		fell_past_year;
	enum answer		dizziness;	/* dizzy spells or unsteady (§4.4) */
	enum answer		tandem_10s;	/* held tandem stance 10 s (STEADI) */
	enum answer		partner_present;

	enum answer		redflag[RF_COUNT];
	struct symptom		symptom[SITE_COUNT];

	struct side_answers	side[SIDE_COUNT];
	enum heel_raise_protocol heel_raise_protocol;
	/* leg length and pelvic tilt screen (articles A and B): approximate */
	enum leg_length		leg_length;
	enum answer		pelvis_level;	/* belt line level in a mirror */

	/* balance board (from the sway core's descriptors) */
	double			board_weight_right_pct;	/* quiet stance */
	double			board_velocity_eo_mm_s;	/* mean_velocity_ML_AND_AP */
	double			board_velocity_ec_mm_s;
	double			board_area_eo_mm2;	/* confidence ellipse */
	double			board_area_ec_mm2;
};

/* Set every field to "not answered". */
void	screening_answers_init(struct screening_answers *);

/* ------------------------------------------------------------------ */
/* Results                                                             */

/* Evidence sheet §6.4: evaluated in this order, the first match wins. */
enum triage_tier {
	TRIAGE_EMERGENCY,	/* stop: emergency number / ED now */
	TRIAGE_URGENT,		/* medical review same day to a few days */
	TRIAGE_ROUTINE,		/* book a clinician within weeks */
	TRIAGE_SELFCARE		/* self-management with safety-netting */
};

enum pronation_category {
	PRONATION_UNKNOWN = 0,	/* no indicator present */
	PRONATION_HIGHLY_SUPINATED,
	PRONATION_SUPINATED,
	PRONATION_NEUTRAL,
	PRONATION_PRONATED,
	PRONATION_HIGHLY_PRONATED
};

/* Bands for a left/right difference (issue 3, "Asymmetry"). */
enum asym_band {
	ASYM_NO_BAND = 0,	/* no evidence-based band exists: value only */
	ASYM_WITHIN_ERROR,	/* within measurement error */
	ASYM_NOTABLE,
	ASYM_LARGE
};

/*
 * Findings: what the advice rules in data/advice.ini match on, as
 * X(identifier, name in advice.ini, per side?).  Per-side findings carry
 * the side(s) they were found on.
 */
#define FINDING_LIST(X) \
	X(PRONATED, "pronated", 1) \
	X(HIGHLY_PRONATED, "highly_pronated", 1) \
	X(SUPINATED, "supinated", 1) \
	X(HIGHLY_SUPINATED, "highly_supinated", 1) \
	X(INDICATORS_DISAGREE, "indicators_disagree", 1) \
	X(SHOE_WEAR_INNER, "shoe_wear_inner", 1) \
	X(SHOE_WEAR_OUTER, "shoe_wear_outer", 1) \
	X(FOOT_POINTS_OUT, "foot_points_out", 1) \
	X(FOOT_POINTS_IN, "foot_points_in", 1) \
	X(KNEE_VALGUS, "knee_valgus", 1) \
	X(PELVIC_DROP, "pelvic_drop", 1) \
	X(HEEL_RAISE_LOW, "heel_raise_low", 1) \
	X(HEEL_RAISE_ASYMMETRY, "heel_raise_asymmetry", 0) \
	X(SLS_BELOW_AGE_MEAN, "single_leg_stance_below_age_mean", 1) \
	X(FALL_RISK, "fall_risk", 0) \
	X(BALANCE_CAUTION, "balance_caution", 0) \
	X(WEIGHT_ASYMMETRY, "weight_bearing_asymmetry", 0) \
	X(VISUAL_RELIANCE, "eyes_closed_sway_increase", 0) \
	X(LEG_LENGTH_DIFFERENCE, "leg_length_difference", 0) \
	X(PELVIS_NOT_LEVEL, "pelvis_not_level", 0) \
	X(PAIN_LOW_BACK, "pain_low_back", 0) \
	X(PAIN_BUTTOCK, "pain_buttock", 0) \
	X(PAIN_LEG, "pain_leg_below_knee", 0) \
	X(PAIN_HIP, "pain_hip", 0) \
	X(PAIN_GROIN, "pain_groin", 0) \
	X(PAIN_KNEE, "pain_knee", 0) \
	X(PAIN_HEEL_FOOT, "pain_heel_foot", 0) \
	X(PAIN_ANKLE, "pain_ankle", 0) \
	X(NO_PAIN, "no_pain", 0)

enum finding_id {
#define FINDING_X_ENUM(id, name, sided) FINDING_##id,
	FINDING_LIST(FINDING_X_ENUM)
#undef FINDING_X_ENUM
	FINDING_COUNT
};

const char	*finding_name(enum finding_id);
int		 finding_lookup(const char *name);	/* -1 when unknown */
int		 finding_is_sided(enum finding_id);

/* Which sides a finding holds on: bit 1 << SIDE_LEFT, 1 << SIDE_RIGHT. */
#define FOUND_LEFT	(1u << SIDE_LEFT)
#define FOUND_RIGHT	(1u << SIDE_RIGHT)
#define FOUND_GLOBAL	0x4u	/* for findings that have no side */

struct findings {
	unsigned	where[FINDING_COUNT];	/* 0: not found */
};

/* ------------------------------------------------------------------ */
/* Where each conclusion comes from                                    */

/*
 * The evidence sheet's confidence tags (§0): V checked against the
 * primary, S secondary only, M unconfirmed (never a user-facing pass/fail
 * threshold), plus DESIGN for this tool's own choices (weights, rounding).
 */
#define EVIDENCE_TAG_LIST(X) \
	X(V, "V") \
	X(S, "S") \
	X(M, "M") \
	X(DESIGN, "design")

enum evidence_tag {
#define TAG_X_ENUM(id, key) TAG_##id,
	EVIDENCE_TAG_LIST(TAG_X_ENUM)
#undef TAG_X_ENUM
	TAG_COUNT
};

/* Citations, as X(identifier, key); §11 of the sheet has the references. */
#define SOURCE_LIST(X) \
	X(NONE, "none") \
	X(REDMOND_2005, "redmond_2005") \
	X(MCLAUGHLIN_2016, "mclaughlin_2016") \
	X(LANGLEY_2016, "langley_2016") \
	X(LAUSCH_2013, "lausch_2013") \
	X(VINICOMBE_2001, "vinicombe_2001") \
	X(NIELSEN_2009, "nielsen_2009") \
	X(FORRIOL_1990, "forriol_1990") \
	X(ANN_REHABIL_MED_2023, "ann_rehabil_med_2023") \
	X(STAHELI_1987, "staheli_1987") \
	X(SPRINGER_2007, "springer_2007") \
	X(VELLAS_1997, "vellas_1997") \
	X(STEADI, "steadi") \
	X(LUNSFORD_1995, "lunsford_1995") \
	X(HEBERT_LOSIER_2017, "hebert_losier_2017") \
	X(AGEBERG_2010, "ageberg_2010") \
	X(CROSSLEY_2011, "crossley_2011") \
	X(ROBINSON_1987, "robinson_1987") \
	X(LSI_CONVENTION, "lsi_convention") \
	X(WBA_CONVENTION, "wba_convention") \
	X(EC_EO_YOUNG_ADULTS, "ec_eo_young_adults") \
	X(SOURCE_ARTICLES, "source_articles") \
	X(DESIGN_RULE, "design_rule") \
	X(UNSOURCED, "unsourced") \
	X(NICE_NG59, "nice_ng59") \
	X(NICE_CKS_SCIATICA, "nice_cks_sciatica") \
	X(NICE_CG75, "nice_cg75") \
	X(NICE_NG65, "nice_ng65") \
	X(NICE_CG88, "nice_cg88") \
	X(IFOMPT_2020, "ifompt_2020") \
	X(NHS_RED_FLAG_PATHWAY, "nhs_red_flag_pathway")

enum source {
#define SOURCE_X_ENUM(id, key) SRC_##id,
	SOURCE_LIST(SOURCE_X_ENUM)
#undef SOURCE_X_ENUM
	SRC_COUNT
};

struct cite {
	enum source		source;
	enum evidence_tag	tag;
};

/* A cut-off as it was used: its value, where it comes from, how sure. */
struct threshold {
	double			value;	/* NAN: no such cut-off exists */
	enum source		source;
	enum evidence_tag	tag;
};

/* A side named by a conclusion. */
enum which_side { WHICH_NONE = 0, WHICH_LEFT, WHICH_RIGHT, WHICH_BOTH, WHICH_MIXED };

/* ------------------------------------------------------------------ */
/* Triage (triage.c, redflags.c; evidence sheet §6.4)                  */

/*
 * Rules as X(identifier, key), in the order they are tried: every
 * emergency rule, then every urgent one (the most urgent first), then the
 * under-18 scope rule, then the routine ones.  Tier, professional, urgency
 * and source of each are in triage.c (triage_rule_info()).
 */
#define TRIAGE_RULE_LIST(X) \
	X(NONE, "no_flags") \
	X(CAUDA_EQUINA, "cauda_equina") \
	X(PROGRESSIVE_DEFICIT, "progressive_neuro_deficit") \
	X(MSCC, "cancer_with_neuro_symptoms") \
	X(INFECTION_SYSTEMIC, "infection_with_systemic_illness") \
	X(MAJOR_TRAUMA, "major_trauma") \
	X(AORTIC, "possible_aortic_aneurysm") \
	X(SEPTIC_JOINT, "possible_septic_joint") \
	X(CANCER_PAIN_24H, "known_cancer_with_spinal_pain_features") \
	X(POSSIBLE_DVT, "possible_dvt") \
	X(FRACTURE, "possible_fracture") \
	X(MALIGNANCY, "possible_malignancy") \
	X(INFECTION, "possible_spinal_infection") \
	X(ROOT_DEFICIT, "single_nerve_root_deficit") \
	X(JOINT_INJURY, "cannot_bear_weight_or_locked_knee") \
	X(UNDER_18, "under_18_out_of_scope") \
	X(AXSPA_REFER, "axspa_4_or_more_features") \
	X(AXSPA_HLA_B27, "axspa_3_features") \
	X(LEG_PAIN_PERSISTENT, "leg_pain_disabling_after_4_weeks")

enum triage_rule {
#define RULE_X_ENUM(id, key) RULE_##id,
	TRIAGE_RULE_LIST(RULE_X_ENUM)
#undef RULE_X_ENUM
	RULE_COUNT
};

#define PROFESSIONAL_LIST(X) \
	X(NONE, "none") \
	X(EMERGENCY_SERVICES, "emergency_services") \
	X(CANCER_TEAM, "cancer_team") \
	X(GP_URGENT, "gp_or_urgent_care") \
	X(GP, "gp") \
	X(RHEUMATOLOGY, "rheumatology") \
	X(GP_OR_PHYSIOTHERAPIST, "gp_or_physiotherapist") \
	X(PHYSIOTHERAPIST, "physiotherapist") \
	X(PODIATRIST, "podiatrist")

enum professional {
#define PRO_X_ENUM(id, key) PRO_##id,
	PROFESSIONAL_LIST(PRO_X_ENUM)
#undef PRO_X_ENUM
	PRO_COUNT
};

#define HOW_SOON_LIST(X) \
	X(NOT_NEEDED, "not_needed") \
	X(NOW, "now") \
	X(WITHIN_24H, "within_24_hours") \
	X(SAME_DAY, "same_day") \
	X(WITHIN_DAYS, "within_days") \
	X(WITHIN_WEEKS, "within_weeks")

enum how_soon {
#define SOON_X_ENUM(id, key) SOON_##id,
	HOW_SOON_LIST(SOON_X_ENUM)
#undef SOON_X_ENUM
	SOON_COUNT
};

/*
 * Facts the triage derived from age and symptoms, for "what to tell them"
 * and for notes that change no tier.
 */
#define TRIAGE_FACT_LIST(X) \
	X(AGE_UNKNOWN, "age_unknown") \
	X(UNDER_18, "under_18") \
	X(AXSPA_GATE_MET, "axspa_gate_met") \
	X(AXSPA_GATE_UNKNOWN, "axspa_gate_unknown") \
	X(AXSPA_WATCH, "axspa_watch_for_new_features") \
	X(ONSET_AFTER_50, "back_pain_began_after_50") \
	X(ONSET_BEFORE_20, "back_pain_began_before_20") \
	X(NOT_IMPROVING_MONTH, "not_improving_after_a_month") \
	X(PERSISTENT_REVIEW, "back_pain_over_6_weeks_review") \
	X(LEG_PAIN_DISABLING, "leg_pain_disabling_after_4_weeks")

enum triage_fact {
#define FACT_X_ENUM(id, key) TF_##id,
	TRIAGE_FACT_LIST(FACT_X_ENUM)
#undef FACT_X_ENUM
	TF_COUNT
};

struct triage_result {
	enum triage_tier	tier;
	enum triage_rule	rule;		/* the rule that decided */
	unsigned long		rules_matched;	/* 1ul << RULE_*, every match */
	enum professional	professional;
	enum how_soon		how_soon;
	struct cite		cite;		/* of the deciding rule */
	bool			out_of_scope;	/* under 18: §0.1 rule 6 */
	int			axspa_features;	/* NG65 count; -1 gate not met */
	unsigned		facts;		/* 1u << TF_* */
	/* what to tell the professional: every flag answered yes ... */
	size_t			n_flags;
	enum redflag		flags[RF_COUNT];
	/* ... and the symptoms (1u << SITE_*; details in the answers) */
	unsigned		sites;
	/* every tier but EMERGENCY: seek help at once if any appears */
	size_t			n_safety_net;
	enum redflag		safety_net[RF_COUNT];
};

/* ------------------------------------------------------------------ */
/* Foot instruments (foot.c; evidence sheet §1-3)                      */

struct fpi_result {
	int			n_scored;
	int			total;		/* sum of scored items */
	bool			complete;	/* all six: only then a category */
	enum pronation_category	category;	/* UNKNOWN when incomplete */
	enum collector		by;
	bool			approximate;	/* always (§0.1 rule 3, §1.5) */
	bool			self_collected;	/* not a valid FPI-6 (§1.5) */
	struct cite		cite;		/* the five bands */
};

struct navicular_result {
	bool			present;
	double			drop_mm;	/* neutral minus relaxed */
	double			low_mm;		/* drop - error band */
	double			high_mm;	/* drop + error band */
	struct threshold	error_band;	/* +-3.5 mm, Vinicombe 2001 */
	struct threshold	healthy_mean_low;  /* context, not a band */
	struct threshold	healthy_mean_high;
	enum collector		by;
	bool			approximate;	/* always: no binary label */
	bool			self_collected;
};

struct footprint_result {
	double			csi_pct;	/* Chippaux-Smirak; NAN missing */
	bool			csi_flat;	/* >= 45 %, approximate (§3.2) */
	struct threshold	csi_flat_at;
	double			staheli;	/* raw; no adult category */
	enum footprint_picture	picture;
	bool			approximate;	/* always */
};

struct foot_result {
	struct fpi_result	fpi;
	struct navicular_result	navicular;
	struct footprint_result	print;
};

/* ------------------------------------------------------------------ */
/* Pronation per foot (pronation.c)                                    */

#define PRON_INDICATOR_LIST(X) \
	X(FPI6, "fpi6") \
	X(CSI, "chippaux_smirak") \
	X(NAVICULAR_DROP, "navicular_drop") \
	X(SHOE_WEAR, "shoe_wear") \
	X(HEEL_TILT, "heel_tilt") \
	X(PICTURE, "footprint_picture")

enum pron_indicator {
#define PI_X_ENUM(id, key) PI_##id,
	PRON_INDICATOR_LIST(PI_X_ENUM)
#undef PI_X_ENUM
	PI_COUNT
};

enum confidence_level { CONF_NONE = 0, CONF_LOW, CONF_MODERATE, CONF_HIGH };

struct pronation_vote {
	bool		present;	/* the indicator was measured */
	bool		votes;		/* it points somewhere */
	int		direction;	/* -2 highly supinated .. +2 highly pronated */
	double		weight;		/* 0..1, see pronation.c */
	bool		agrees;		/* same way as the category */
	bool		approximate;
	bool		self_collected;
	struct cite	cite;		/* what the weight rests on */
};

struct pronation_result {
	enum pronation_category	category;
	double			score;		/* weighted mean direction; NAN */
	double			confidence;	/* 0..1 */
	enum confidence_level	level;
	int			n_present;
	int			n_voting;
	int			n_agreeing;
	int			n_disagreeing;
	unsigned		disagree;	/* 1u << PI_*: pointing elsewhere */
	bool			approximate;
	struct pronation_vote	vote[PI_COUNT];
};

/* ------------------------------------------------------------------ */
/* Balance and function (balance.c; evidence sheet §4, §5, §8.4)       */

/* One age band of Springer et al. 2007 Table 1: best of 3, seconds. */
struct sls_norm {
	int	age_lo;
	int	age_hi;		/* inclusive */
	double	eo_female;
	double	eo_male;
	double	eo_all;		/* sex-neutral default (§4.2) */
	double	ec_female;
	double	ec_male;
};

/* The single-leg stance norms, as data so they can be corrected (§4.2). */
struct screening_norms {
	const struct sls_norm	*sls;
	size_t			 n_sls;
	double			 cap_s;		/* trial maximum */
	struct cite		 eo_cite;
	struct cite		 ec_cite;
};

struct sls_side_result {
	double	eo_s;		/* clamped to the cap; NAN missing */
	double	ec_s;
	double	eo_pct;		/* % of the age-group mean; NAN */
	double	ec_pct;
	bool	eo_below_mean;	/* descriptive only: SDs unread (§4.2) */
	bool	eo_under_5s;	/* Vellas's 5 s, whatever the age */
};

/* Why the fall-risk flag or the balance caution is raised: bit masks. */
#define FALLRISK_SLS_UNDER_5S	0x1u	/* < 5 s eyes open, age > 60 */
#define FALLRISK_TANDEM		0x2u	/* tandem not held 10 s */
#define CAUTION_AGE_70		0x1u
#define CAUTION_FELL		0x2u
#define CAUTION_DIZZY		0x4u
#define CAUTION_TANDEM		0x8u

struct heel_raise_side {
	double	reps;		/* NAN missing */
	bool	compared;	/* flat floor, age 20-59 */
	bool	below_typical;	/* < 25 then; information, not a fail */
};

struct balance_result {
	/* single-leg stance against the age norms */
	int			norm_age_lo;	/* -1: no row for this age */
	int			norm_age_hi;
	double			eo_norm_s;	/* group mean used; NAN */
	double			ec_norm_s;	/* by sex; NAN sex unknown */
	struct cite		eo_cite;
	struct cite		ec_cite;
	struct sls_side_result	sls[SIDE_COUNT];
	bool			fall_risk;
	unsigned		fall_risk_why;	/* FALLRISK_* */
	struct threshold	vellas_s;	/* 5 s */
	struct threshold	vellas_age;	/* older than 60 */
	struct threshold	steadi_tandem_s; /* 10 s */
	bool			caution;	/* skip eyes-closed single leg */
	unsigned		caution_why;	/* CAUTION_* */
	struct threshold	caution_age;	/* 70, design rule §4.4 */
	/* heel raises (§5.1) */
	enum heel_raise_protocol heel_raise_protocol;
	struct heel_raise_side	heel_raise[SIDE_COUNT];
	struct threshold	heel_raise_typical;	/* 25 reps, 20-59 y */
	struct threshold	heel_raise_median;	/* incline: 24 M / 21 F */
	/* single-leg squat (§5.2): a movement quality observation */
	enum knee_motion	squat_knee[SIDE_COUNT];
	enum answer		squat_pelvic_drop[SIDE_COUNT];
	/* leg length and pelvis (articles A, B): approximate, unvalidated */
	enum leg_length		leg_length;
	enum answer		pelvis_level;
	/* balance board */
	double			weight_right_pct;	/* NAN missing */
	double			weight_left_pct;
	bool			weight_outside_convention;
	struct threshold	weight_low;	/* 45 %, [M], information */
	struct threshold	weight_high;	/* 55 % */
	double			romberg_velocity;	/* EC / EO; NAN */
	double			romberg_area;
	bool			romberg_above_typical;
	struct threshold	romberg_typical_low;	/* 1.15 */
	struct threshold	romberg_typical_high;	/* 1.3 */
	double			board_cop_medial_mm[SIDE_COUNT];
	double			board_sls_time_s[SIDE_COUNT];
};

/* ------------------------------------------------------------------ */
/* Left/right (bilateral.c)                                            */

#define BILATERAL_MEASURE_LIST(X) \
	X(FPI, "fpi6_total") \
	X(NAVICULAR_DROP, "navicular_drop") \
	X(CSI, "chippaux_smirak") \
	X(STAHELI, "staheli") \
	X(SLS_EO, "single_leg_stance_eyes_open") \
	X(SLS_EC, "single_leg_stance_eyes_closed") \
	X(HEEL_RAISE, "heel_raise") \
	X(BOARD_WEIGHT, "board_weight_share") \
	X(BOARD_SLS_TIME, "board_single_leg_time") \
	X(BOARD_COP_MEDIAL, "board_single_leg_cop_medial")

enum bilateral_measure {
#define BM_X_ENUM(id, key) BM_##id,
	BILATERAL_MEASURE_LIST(BM_X_ENUM)
#undef BM_X_ENUM
	BM_COUNT
};

/* Why a Robinson index was left out. */
enum si_status { SI_OK = 0, SI_MISSING, SI_SIGNED_MEASURE, SI_ZERO_SUM };

struct bilateral_item {
	bool			present;	/* both sides measured */
	double			left;
	double			right;
	double			diff;		/* right - left */
	double			si;		/* Robinson 1987 %; NAN */
	enum si_status		si_status;
	double			lsi;		/* heel raise: weaker / stronger */
	/* NO_BAND also for heel raises beyond the LoA with LSI >= 90 % */
	enum asym_band		band;
	enum which_side		differs;	/* the side that stands out */
	bool			outside_convention; /* weight share: info */
	struct threshold	notable;	/* band edges used; NAN none */
	struct threshold	large;
	struct threshold	extra;		/* heel raise LSI 90 %, weight 45 % [M] */
	bool			approximate;
};

struct bilateral_result {
	struct bilateral_item	item[BM_COUNT];
	unsigned		flagged;	/* 1u << BM_*: NOTABLE/LARGE */
	enum which_side		side;		/* the side the flagged differ on */
};

/* ------------------------------------------------------------------ */
/* The whole result                                                    */

struct screening_result {
	struct triage_result	triage;
	/*
	 * false on EMERGENCY (§0.1 rule 1) and for under-18s (rule 6):
	 * nothing below the triage was computed, findings are empty and no
	 * exercise plan may be made.
	 */
	bool			scored;
	bool			plan_allowed;
	struct foot_result	foot[SIDE_COUNT];
	struct pronation_result	pronation[SIDE_COUNT];
	struct balance_result	balance;
	struct bilateral_result	bilateral;
	struct findings		findings;
};

/* Springer et al. 2007 as shipped; the app layer may load a corrected one. */
extern const struct screening_norms screening_norms_builtin;

/*
 * Red flags and triage first; on EMERGENCY or out of scope, stop there.
 * Otherwise the foot instruments, pronation, balance, left/right and the
 * findings.  norms NULL means screening_norms_builtin.  CORE_ERR_ARG for an
 * answer out of range, CORE_ERR_NONFINITE for an infinite number.
 */
enum core_status screening_run(const struct screening_answers *,
		    const struct screening_norms *, struct screening_result *);

/* Whether every field of the answers is in range (what screening_run checks). */
enum core_status screening_answers_check(const struct screening_answers *);

/* Stable keys for JSON and the strings file. */
const char	*evidence_tag_key(enum evidence_tag);
const char	*source_key(enum source);
const char	*which_side_key(enum which_side);
const char	*triage_tier_key(enum triage_tier);
const char	*triage_rule_key(enum triage_rule);
const char	*professional_key(enum professional);
const char	*how_soon_key(enum how_soon);
const char	*triage_fact_key(enum triage_fact);
const char	*pronation_category_key(enum pronation_category);
const char	*pron_indicator_key(enum pron_indicator);
const char	*confidence_level_key(enum confidence_level);
const char	*asym_band_key(enum asym_band);
const char	*bilateral_measure_key(enum bilateral_measure);
const char	*si_status_key(enum si_status);

#endif
