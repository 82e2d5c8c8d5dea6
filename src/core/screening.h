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

/*
 * The rest of the result (struct screening_result: triage with the matched
 * flags and referral, per-foot pronation with its indicators, confidence
 * and disagreements, left/right asymmetries with index and band, balance
 * against age norms, findings, advice) is declared below by the modules
 * that fill it.
 */

#endif
