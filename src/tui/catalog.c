/*
 * catalog.c: the tests a screening can include (catalog.h), when one is
 * left out, and the words of every self-test: what is needed, why it is
 * done, the steps, a picture and the questions (scr_test.h).  Protocols
 * follow shared/reference/screening-evidence.md (cited as §N) and the
 * observations come from the source articles (A-E, source-articles.md),
 * which are opinion: those tests are described as rough clues only.
 */
#include <config.h>

#include <stddef.h>
#include <stdio.h>

#include "core/screening.h"
#include "tui/app.h"
#include "tui/catalog.h"
#include "tui/scr_test.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const struct {
	const char	*key;
	unsigned	 sets;
} tests[TEST_COUNT] = {
#define TEST_X_ROW(id, key, sets) [TEST_##id] = { key, sets },
	TEST_LIST(TEST_X_ROW)
#undef TEST_X_ROW
};

/*
 * Titles, and the minutes each test takes including reading the steps:
 * a design rule, rough figures for the set chooser only.  Single-leg
 * stance counts one capped 45 s trial a side plus reading (§4.1: a trial
 * that reaches the cap needs no second one); more trials take longer.
 */
static const struct {
	const char	*title;
	double		 minutes;
} about[TEST_COUNT] = {
	[TEST_SHOE_WEAR] = { "Shoe wear", 0.5 },
	[TEST_FOOTPRINT_PICTURE] = { "Footprint picture", 1 },
	[TEST_FOOT_ANGLE] = { "Which way your feet point", 0.5 },
	[TEST_FOOTPRINT_MEASURE] = { "Footprint widths", 8 },
	[TEST_NAVICULAR_DROP] = { "Navicular drop", 6 },
	[TEST_FPI6] = { "Foot Posture Index (FPI-6)", 8 },
	[TEST_HEEL_TILT] = { "Heel from behind", 4 },
	[TEST_KNEE_WALKING] = { "Knee when walking", 3 },
	[TEST_LEG_LENGTH] = { "Leg length and belt line", 3 },
	[TEST_TANDEM] = { "Heel-to-toe (tandem) stance", 0.5 },
	[TEST_SLS_EYES_OPEN] = { "Single-leg stance, eyes open", 2.5 },
	[TEST_HEEL_RAISE] = { "Single-leg heel raises", 5 },
	[TEST_SQUAT] = { "Single-leg mini squat", 1 },
	[TEST_SLS_EYES_CLOSED] = { "Single-leg stance, eyes closed", 4 },
	[TEST_BOARD_QUIET_EO] = { "Board: standing still, eyes open", 2 },
	[TEST_BOARD_QUIET_EC] = { "Board: standing still, eyes closed", 2 },
	[TEST_BOARD_SLS] = { "Board: single-leg stance", 3 },
};

const char *
test_key(enum test_id t)
{
	return (unsigned)t < TEST_COUNT ? tests[t].key : "";
}

unsigned
test_sets(enum test_id t)
{
	return (unsigned)t < TEST_COUNT ? tests[t].sets : 0;
}

int
test_is_board(enum test_id t)
{
	return (test_sets(t) & SET_BOARD) != 0;
}

const char *
test_title(enum test_id t)
{
	return (unsigned)t < TEST_COUNT ? about[t].title : "";
}

double
test_minutes(enum test_id t)
{
	return (unsigned)t < TEST_COUNT ? about[t].minutes : 0;
}

int
catalog_select(unsigned sets, enum test_id *out, int max)
{
	int	n = 0;

	for (int t = 0; t < TEST_COUNT && n < max; t++)
		if (tests[t].sets & sets)
			out[n++] = (enum test_id)t;
	return n;
}

/* "skipped for safety: " and why, kept for the caller. */
static const char *
safety_reason(enum string_id why)
{
	static char	buf[STR_COUNT][96];

	snprintf(buf[why], sizeof buf[why], "skipped for safety: %s",
	    strings_text(why));
	return buf[why];
}

/*
 * Why a test with the eyes closed is not safe to do, or NULL.  The balance
 * caution of §4.4 comes from the core, on the answers given so far.
 */
static const char *
eyes_closed_reason(const struct app *app, enum test_id t)
{
	struct screening_result	 r;
	const struct screening_result *res = &app->result;
	unsigned		 why;

	if (!app->have_result) {
		if (screening_run(&app->answers, app->norms, &r) != CORE_OK ||
		    !r.scored)
			/* Design rule: when the caution cannot be worked
			 * out, the riskier test is left out. */
			return "skipped for safety: the answers so far "
			    "could not be checked";
		res = &r;
	}
	if (res->balance.caution) {
		why = res->balance.caution_why;
		if (why & CAUTION_AGE_70)
			return safety_reason(STR_CAUTION_AGE);
		if (why & CAUTION_FELL)
			return safety_reason(STR_CAUTION_FELL);
		if (why & CAUTION_DIZZY)
			return safety_reason(STR_CAUTION_DIZZY);
		return safety_reason(STR_CAUTION_TANDEM);
	}
	/*
	 * Design rule: under 5 s on one leg with the eyes open (the Vellas
	 * 1997 cut-off, §4.3) it is not safe to go on with them closed.
	 */
	if (t == TEST_SLS_EYES_CLOSED &&
	    (res->balance.sls[SIDE_LEFT].eo_under_5s ||
	    res->balance.sls[SIDE_RIGHT].eo_under_5s))
		return "skipped for safety: standing on one leg with the eyes "
		    "open lasted under 5 seconds";
	return NULL;
}

const char *
test_skip_reason(const struct app *app, enum test_id t)
{
	if ((unsigned)t >= TEST_COUNT)
		return "no such test";
	if (test_is_board(t) && !app->demo &&
	    !(app->board.present && app->board.status == BOARD_CONNECTED))
		return "no balance board connected";
	if (test_sets(t) == SET_PARTNER &&
	    app->answers.partner_present != ANSWER_YES)
		return "nobody to help: this test needs a second person";
	if (t == TEST_SLS_EYES_CLOSED || t == TEST_BOARD_QUIET_EC)
		return eyes_closed_reason(app, t);
	return NULL;
}

/* ------------------------------------------------------------------ */
/* The words of each self-test                                         */

#define SIDE(f)		offsetof(struct side_answers, f)
#define ALL(f)		offsetof(struct screening_answers, f)

static const char *const by_words[] = {
	"I did it myself", "A partner or friend", "A trainer or clinician",
	NULL
};

/* Articles B and D: where old shoes wear is a rough clue, not a test. */
static const char *const wear_words[] = {
	"Inner edge (big-toe side)", "Outer edge (little-toe side)",
	"Evenly", NULL
};
static const struct selftest_question q_shoe_wear[] = {
	{ Q_CHOICE, Q_SIDE, NULL, "shoe_wear", SIDE(shoe_wear),
	    "Where is the sole worn most?", "Look at the heel and the ball "
	    "of the foot.", wear_words, 1, WEAR_UNKNOWN, NULL, 0 },
};

static const char *const print_words[] = {
	"1  High arch: no or little middle", "2  Medium: a narrow middle",
	"3  Low: a wide middle", "4  Flat: the middle is full", NULL
};
static const struct selftest_question q_print_picture[] = {
	{ Q_CHOICE, Q_SIDE | Q_PRINTS, NULL, "print_picture",
	    SIDE(print_picture), "Which picture looks most like your print?",
	    NULL, print_words, 1, PRINT_UNKNOWN, NULL, 0 },
};

/* Article E: which way the feet point. */
static const char *const angle_words[] = {
	"Inward (toes towards the other foot)", "Straight ahead",
	"Outward (toes away from the other foot)", NULL
};
static const struct selftest_question q_foot_angle[] = {
	{ Q_CHOICE, Q_SIDE, NULL, "foot_angle", SIDE(foot_angle),
	    "Which way does this foot point?", NULL, angle_words, 1,
	    ANGLE_UNKNOWN, NULL, 0 },
};

/* §3.2 and §3.3: widths across the foot's axis. */
static const struct selftest_question q_print_measure[] = {
	{ Q_NUMBER, Q_SIDE, NULL, "print_max_forefoot_mm",
	    SIDE(print_max_forefoot_mm), "Widest part of the front of the foot",
	    NULL, NULL, 0, 0, "mm", 1 },
	{ Q_NUMBER, Q_SIDE | Q_JOIN, NULL, "print_min_midfoot_mm",
	    SIDE(print_min_midfoot_mm), "Narrowest part of the middle "
	    "(0 if there is a gap)", NULL, NULL, 0, 0, "mm", 1 },
	{ Q_NUMBER, Q_SIDE | Q_JOIN, NULL, "print_max_heel_mm",
	    SIDE(print_max_heel_mm), "Widest part of the heel", NULL, NULL,
	    0, 0, "mm", 1 },
};

/* §2.1 and §2.4: needs a second person; noisy even then. */
static const struct selftest_question q_navicular[] = {
	{ Q_NUMBER, Q_SIDE, NULL, "navicular_neutral_mm",
	    SIDE(navicular_neutral_mm), "Height of the mark, foot held in "
	    "neutral", NULL, NULL, 0, 0, "mm", 1 },
	{ Q_NUMBER, Q_SIDE | Q_JOIN, NULL, "navicular_relaxed_mm",
	    SIDE(navicular_relaxed_mm), "Height of the mark, standing relaxed",
	    NULL, NULL, 0, 0, "mm", 1 },
	{ Q_CHOICE, Q_BOTH, NULL, "navicular_by", SIDE(navicular_by),
	    "Who measured?", "Measuring your own foot is approximate at best.",
	    by_words, 1, BY_UNKNOWN, NULL, 0 },
};

/*
 * §1.1: the six observations, each -2 (supinated feature) to +2
 * (pronated feature); the anchors are our own words, and -1 and +1 are
 * the grades between.
 */
#define FPI_CHOICES(m2, zero, p2) { \
	"-2  " m2, "-1  between -2 and 0", "0   " zero, \
	"+1  between 0 and +2", "+2  " p2, NULL }
static const char *const fpi1_words[] = FPI_CHOICES(
    "the head of the ankle bone is felt only on the outer side",
    "felt about equally on both sides",
    "felt only on the inner side");
static const char *const fpi2_words[] = FPI_CHOICES(
    "curve below the outer ankle bone straight or bulging out",
    "the curves above and below about the same",
    "curve below much deeper than the one above");
static const char *const fpi3_words[] = FPI_CHOICES(
    "heel bone tilted inward, more than about 5 degrees",
    "heel bone upright",
    "heel bone tilted outward, more than about 5 degrees");
static const char *const fpi4_words[] = FPI_CHOICES(
    "the inner midfoot joint area is clearly hollow",
    "flat",
    "clearly bulging");
static const char *const fpi5_words[] = FPI_CHOICES(
    "inner arch high and sharply angled at the heel end",
    "average height, a smooth even curve",
    "very low, flattened, touching the floor in the middle");
static const char *const fpi6_words[] = FPI_CHOICES(
    "from behind, only the inner toes show",
    "inner and outer toes show about equally",
    "from behind, only the outer toes show");
#undef FPI_CHOICES

#define FPI_Q(n, words, ask, hint) \
	{ Q_CHOICE, Q_SIDE, NULL, "fpi" #n, SIDE(fpi_item[(n) - 1]), ask, \
	    hint, words, -2, FPI_ITEM_MISSING, NULL, 0 }
static const struct selftest_question q_fpi6[] = {
	{ Q_CHOICE, Q_BOTH | Q_BEFORE, NULL, "fpi_by", SIDE(fpi_by),
	    "Who is scoring?", "Scoring your own feet is not a valid FPI-6.",
	    by_words, 1, BY_UNKNOWN, NULL, 0 },
	FPI_Q(1, fpi1_words, "1. Feel the head of the ankle bone (talus)",
	    "Thumb and finger either side of the front of the ankle."),
	FPI_Q(2, fpi2_words, "2. Curves above and below the outer ankle bone",
	    "Look from behind."),
	FPI_Q(3, fpi3_words, "3. The heel bone, seen from behind",
	    "Compare it with a vertical line."),
	FPI_Q(4, fpi4_words, "4. Just in front of the inner ankle bone",
	    "Look from the inner side."),
	FPI_Q(5, fpi5_words, "5. The inner arch", "Look from the inner side."),
	FPI_Q(6, fpi6_words, "6. The toes, seen from behind",
	    "Stand behind, in line with the heel."),
};
#undef FPI_Q

/* Article C and §1.1 item 3: answer by the heel bone (the man page). */
static const char *const tilt_words[] = {
	"Inward: its bottom sits further in than its top",
	"Upright", "Outward: its bottom sits further out than its top", NULL
};
static const struct selftest_question q_heel_tilt[] = {
	{ Q_CHOICE, Q_SIDE, NULL, "heel_tilt", SIDE(heel_tilt),
	    "How does the heel bone stand, seen from behind?",
	    "Judge the heel bone, not the ankle above it.", tilt_words, 1,
	    TILT_UNKNOWN, NULL, 0 },
};

/* Article C and §5.2. */
static const char *const knee_walk_words[] = {
	"No, it stays in line over the foot", "Yes, it moves inward", NULL
};
static const struct selftest_question q_knee_walking[] = {
	{ Q_CHOICE, Q_SIDE, NULL, "knee_falls_in_walking",
	    SIDE(knee_falls_in_walking), "Does this knee fall inward as you "
	    "walk?", "Watch the knee as this foot takes the weight.",
	    knee_walk_words, 1, ANSWER_UNKNOWN, NULL, 0 },
};

/* Articles A and B: a rough home check, not a validated test. */
static const char *const leglen_words[] = {
	"They look equal", "The left leg looks shorter",
	"The right leg looks shorter", NULL
};
static const char *const level_words[] = {
	"No, one side is higher", "Yes, it looks level", NULL
};
static const struct selftest_question q_leg_length[] = {
	{ Q_CHOICE, 0, "tests", "leg_length", ALL(leg_length),
	    "Lying down: do the inner ankle bones line up?", NULL,
	    leglen_words, 1, LEGLEN_UNKNOWN, NULL, 0 },
	{ Q_CHOICE, 0, "tests", "pelvis_level", ALL(pelvis_level),
	    "Standing at the mirror: is the belt line level?", NULL,
	    level_words, 1, ANSWER_UNKNOWN, NULL, 0 },
};

/* STEADI, §4.3. */
static const char *const held_words[] = {
	"No, I had to step out or hold on", "Yes, I held it for 10 seconds",
	NULL
};
static const struct selftest_question q_tandem[] = {
	{ Q_CHOICE, 0, "person", "tandem_10s", ALL(tandem_10s),
	    "Did you hold the heel-to-toe stance for 10 seconds?", NULL,
	    held_words, 1, ANSWER_UNKNOWN, NULL, 0 },
};

/* §4.1: best of 3, seconds, stopped at 45. */
static const struct selftest_question q_sls_eo[] = {
	{ Q_NUMBER, Q_SIDE, NULL, "sls_eyes_open_s", SIDE(sls_eyes_open_s),
	    "Best time standing on this leg, eyes open", "Filled in from "
	    "your best try; you can correct it.", NULL, 0, 0, "s", 1 },
};
static const struct selftest_question q_sls_ec[] = {
	{ Q_NUMBER, Q_SIDE, NULL, "sls_eyes_closed_s", SIDE(sls_eyes_closed_s),
	    "Best time standing on this leg, eyes closed", "Filled in from "
	    "your best try; you can correct it.", NULL, 0, 0, "s", 1 },
};

/* §5.1: the protocol is kept with the result (§0.1 rule 4). */
static const char *const hrp_words[] = {
	"On a flat floor", "On a 10-degree incline board", NULL
};
static const struct selftest_question q_heel_raise[] = {
	{ Q_CHOICE, Q_BEFORE, "tests", "heel_raise_protocol",
	    ALL(heel_raise_protocol), "Where will you do the heel raises?",
	    "Only flat-floor counts are compared with a typical figure.",
	    hrp_words, 1, HRP_UNKNOWN, NULL, 0 },
	{ Q_NUMBER, Q_SIDE, NULL, "heel_raise_reps", SIDE(heel_raise_reps),
	    "Heel raises on this leg", "Filled in from your count; you can "
	    "correct it.", NULL, 0, 0, "raises", 0 },
};

/* §5.2: knee over foot or inside it (Ageberg 2010), and the pelvis. */
static const char *const squat_knee_words[] = {
	"It stayed over the foot", "It moved inside the foot", NULL
};
static const char *const drop_words[] = {
	"No, the hips stayed level", "Yes, the hip on the lifted side dropped",
	NULL
};
static const struct selftest_question q_squat[] = {
	{ Q_CHOICE, Q_SIDE, NULL, "squat_knee", SIDE(squat_knee),
	    "Where did the knee go as you bent?", NULL, squat_knee_words, 1,
	    KNEE_UNKNOWN, NULL, 0 },
	{ Q_CHOICE, Q_SIDE, NULL, "squat_pelvic_drop", SIDE(squat_pelvic_drop),
	    "Did the hip on the lifted side drop?", NULL, drop_words, 1,
	    ANSWER_UNKNOWN, NULL, 0 },
};

#undef SIDE
#undef ALL

#define QUESTIONS(a)	(a), (int)NELEM(a)

/*
 * Pictures are plain ASCII, at most 22 columns and 8 rows, so that they
 * look the same on every terminal.
 */
static const struct selftest selftests[TEST_COUNT] = {
	/* Articles B and D. */
	[TEST_SHOE_WEAR] = {
		{ "A pair of shoes you have worn for months (walking or "
		  "running shoes show it best)", NULL },
		"How a sole wears is a rough clue to how the foot meets the "
		"ground. It is not a validated test, only a hint.",
		{ "Turn both shoes over, soles up.",
		  "Find the smoothest, most worn areas at the heel and under "
		    "the ball of the foot.",
		  "Compare the inner (big-toe) edge with the outer "
		    "(little-toe) edge.",
		  "Answer for each shoe.", NULL },
		{ "   ______   ______",
		  "  /  ..  \\ /  ..  \\",
		  " |::    | |    ::|",
		  " |::    | |    ::|",
		  "  \\::  /   \\  ::/",
		  "   |:  |   |  :|",
		  "   \\__/     \\__/",
		  " ::  = worn smooth", NULL },
		ACT_NONE, 0, QUESTIONS(q_shoe_wear)
	},
	/* §3: a wet print on paper, relaxed stance with equal weight. */
	[TEST_FOOTPRINT_PICTURE] = {
		{ "A sheet of dark paper or card",
		  "A shallow tray or a towel with water",
		  "A wall or chair within reach", NULL },
		"The shape of a wet footprint gives a rough picture of how "
		"much of the arch touches the floor.",
		{ "Wet the sole of one foot.",
		  "Step onto the paper and stand relaxed, with your weight "
		    "equal on both feet.",
		  "Step off and look at the print straight away.",
		  "Repeat with the other foot.", NULL },
		{ "     ooooo",
		  "    #######",
		  "    #######",
		  "       ####   paper",
		  "       ####",
		  "     ######",
		  "      ####",
		  "  ~~~~~~~~~~~~~~~~", NULL },
		ACT_NONE, 0, QUESTIONS(q_print_picture)
	},
	/* Article E. */
	[TEST_FOOT_ANGLE] = {
		{ "A little floor space", "A mirror helps", NULL },
		"Some people stand with one or both feet turned in or out. "
		"Noting it helps compare the two sides.",
		{ "Walk a few steps on the spot.",
		  "Stop and stand relaxed, without correcting your feet.",
		  "Look down, or in the mirror: which way does each foot "
		    "point?", NULL },
		{ "   out   straight  in",
		  "    \\       |      /",
		  "   __\\     _|_    /__",
		  "  (   )   (   )  (   )",
		  "  (   )   (   )  (   )",
		  "   \\_/     \\_/    \\_/", NULL },
		ACT_NONE, 0, QUESTIONS(q_foot_angle)
	},
	/* §3.2 and §3.3: the foot axis from the heel centre to toe 2. */
	[TEST_FOOTPRINT_MEASURE] = {
		{ "Paper, a pencil and a ruler in millimetres",
		  "Water or washable ink for the sole",
		  "A wall or chair within reach", NULL },
		"A few widths of a footprint give the Chippaux-Smirak and "
		"Staheli indices: rough measures of the arch, shown as "
		"numbers only.",
		{ "Wet or ink one sole, stand on the paper with your weight "
		    "equal on both feet, and step off.",
		  "Draw a line from the centre of the heel to the tip of the "
		    "second toe: the foot's axis.",
		  "Measure across that line, in millimetres: the widest part "
		    "of the front, the narrowest part of the middle and the "
		    "widest part of the heel.",
		  "Repeat with the other foot.", NULL },
		{ "     ooooo",
		  "  |<#######>|  front",
		  "    ###|###",
		  "       |##",
		  "       |<>|   middle",
		  "     ##|###",
		  "   |<#####>|   heel",
		  "  ruler, mm", NULL },
		ACT_NONE, 0, QUESTIONS(q_print_measure)
	},
	/* §2.1 (Brody 1982); the error band of §2.3. */
	[TEST_NAVICULAR_DROP] = {
		{ "A second person to measure",
		  "A card, a pen and a ruler in millimetres",
		  "A chair", NULL },
		"How far the bump on the inner midfoot drops when you stand "
		"relaxed. It is a noisy measure: results carry a band of "
		"about 3.5 mm either way.",
		{ "Your helper finds the bony bump on the inner side of the "
		    "midfoot, in front of the ankle bone, and marks it.",
		  "Stand with most of your weight on the other leg while the "
		    "helper holds the foot in its neutral position and marks "
		    "the bump's height on a card standing on the floor.",
		  "Stand relaxed on both feet; the helper marks the height "
		    "again.",
		  "Measure both marks from the floor in millimetres, then do "
		    "the other foot.", NULL },
		{ "   card",
		  "   |  |",
		  "   |--|_ neutral",
		  "   |--|_ relaxed",
		  "   |  |   ___",
		  "  _|__|__/ x \\___",
		  " /   foot, inner   \\",
		  "'-----------------'", NULL },
		ACT_NONE, 0, QUESTIONS(q_navicular)
	},
	/* §1.1: relaxed stance, arms by the sides, looking ahead. */
	[TEST_FPI6] = {
		{ "A second person to look and feel",
		  "Bare feet, and room for your helper behind you",
		  "About 2 minutes of standing still", NULL },
		"Six things a helper looks at and feels on each foot, added "
		"into the Foot Posture Index. Done by a partner it is "
		"approximate.",
		{ "Stand barefoot with your arms by your sides.",
		  "March on the spot for a few steps, then stand still and "
		    "look straight ahead.",
		  "Do not turn to watch your helper: turning changes how the "
		    "feet stand.",
		  "Your helper scores six things on each foot, using the "
		    "descriptions on the next pages.", NULL },
		{ "  helper      you",
		  "    O          O",
		  "   /|\\        /|\\",
		  "    |  -->    / \\",
		  "   / \\       |   |",
		  "  crouched   feet",
		  "  behind     bare", NULL },
		ACT_NONE, 0, QUESTIONS(q_fpi6)
	},
	/* Article C; §1.1 item 3. */
	[TEST_HEEL_TILT] = {
		{ "A phone that can film",
		  "A helper, or the phone propped up behind you",
		  "Bare feet", NULL },
		"How the heel bone stands, seen from behind, is one sign of "
		"how the foot rolls (one item of the Foot Posture Index).",
		{ "Film your bare feet from behind, at heel height, while you "
		    "stand still and then walk a few steps away.",
		  "Pause the video while you are standing.",
		  "Compare each heel bone with a vertical line.", NULL },
		{ "     |         |",
		  "    _|_       _|_",
		  "   |   |     |   |",
		  "   |   |     |   |",
		  "    \\_/       \\_/",
		  "     |  upright? |",
		  "  ___|_________|___",
		  "   [phone behind]", NULL },
		ACT_NONE, 0, QUESTIONS(q_heel_tilt)
	},
	/* Article C; §5.2. */
	[TEST_KNEE_WALKING] = {
		{ "A phone that can film",
		  "A helper, or the phone propped up behind you",
		  "Room to walk 10 steps", NULL },
		"Some people's knees move inward as they walk. A video from "
		"behind shows it better than a mirror.",
		{ "Film yourself from behind, at hip height, walking away at "
		    "your usual pace.",
		  "Play it back slowly.",
		  "Watch each knee as that foot lands and takes your weight.",
		  NULL },
		{ "     ___",
		  "    |   |",
		  "    |___|",
		  "    /   \\",
		  "   |     \\  <- knee",
		  "   |      \\    in?",
		  "  _|_     _\\_",
		  "   [phone behind]", NULL },
		ACT_NONE, 0, QUESTIONS(q_knee_walking)
	},
	/* Articles A and B: no protocol is given; a rough look only. */
	[TEST_LEG_LENGTH] = {
		{ "A firm bed or the floor to lie on",
		  "A helper, and a mirror", NULL },
		"A home look at leg length and the level of the hips. It is "
		"rough and has not been tested: treat it as a hint only.",
		{ "Lie on your back with your legs straight and your hips "
		    "settled flat.",
		  "Your helper checks whether the inner ankle bones line up.",
		  "Then stand at a mirror, feet hip-width apart, and look at "
		    "your belt line.", NULL },
		{ "   ____________",
		  "  | belt line  |",
		  "  |=====|======|",
		  "  |    / \\     |",
		  "  |   |   |    |",
		  "  |   |   |    |",
		  "  |__ o   o ___|",
		  "   ankles level?", NULL },
		ACT_NONE, 0, QUESTIONS(q_leg_length)
	},
	/* STEADI's tandem stage, 10 s eyes open (§4.3); support (§4.4). */
	[TEST_TANDEM] = {
		{ "A wall or a steady chair within reach",
		  "Firm floor, shoes off", NULL },
		"Standing heel to toe for 10 seconds is one stage of the CDC "
		"STEADI balance check.",
		{ "Stand beside the wall or chair.",
		  "Put one foot straight in front of the other, the heel "
		    "touching the toes.",
		  "Let go of the support and keep your eyes open.",
		  "Press Space to start the 10 seconds; press Space again if "
		    "you step out or hold on.", NULL },
		{ "    seen from above",
		  "         ___",
		  "        (   )",
		  "        (   )  front",
		  "         \\_/",
		  "         ___",
		  "        (   )  back",
		  "         \\_/", NULL },
		ACT_TANDEM, 0, QUESTIONS(q_tandem)
	},
	/* Springer 2007 as in §4.1; support within reach (§4.4). */
	[TEST_SLS_EYES_OPEN] = {
		{ "A wall or a steady chair within reach",
		  "Firm floor, bare feet",
		  "A spot on the wall at eye level to look at", NULL },
		"How long you can stand on one leg: the best of 3 tries, "
		"stopped at 45 seconds (Springer and others, 2007).",
		{ "Stand barefoot beside the support and cross your arms over "
		    "your chest.",
		  "Look at the spot on the wall.",
		  "Lift one foot so that it is near the other ankle without "
		    "touching it, and press Space.",
		  "Press Space again when the lifted foot touches down or "
		    "touches the other leg, the arms uncross or the standing "
		    "foot moves.",
		  "Up to 3 tries a leg; the clock stops by itself at 45 "
		    "seconds.", NULL },
		{ "      O       _",
		  "     >X<     | |",
		  "      |      | |",
		  "      |\\     |_|__",
		  "      | '    |    |",
		  "      |      |    |",
		  "  ____|______|____|_", NULL },
		ACT_STANCE, 0, QUESTIONS(q_sls_eo)
	},
	/* §5.1: Lunsford 1995 (flat) or Hebert-Losier 2017 (incline). */
	[TEST_HEEL_RAISE] = {
		{ "A wall to rest your fingertips on",
		  "A flat floor, or a 10-degree incline board if you have one",
		  NULL },
		"How many times you can rise onto the ball of one foot until "
		"the calf tires.",
		{ "Stand on one leg with the knee straight and the fingertips "
		    "on the wall, for balance only.",
		  "Rise as high as you can onto the ball of the foot, then "
		    "lower.",
		  "Press Space for every raise; Backspace takes one back.",
		  "Stop when the heel no longer rises, you cannot keep the "
		    "pace or posture, or you need more than your fingertips. "
		    "Then press Enter.", NULL },
		{ "   wall",
		  "    |   O",
		  "    |--/|",
		  "    |   |",
		  "    |   |",
		  "    |   |  ^ up",
		  "    |  _/  | down",
		  "  __|_______", NULL },
		ACT_HEEL_RAISE, 0, QUESTIONS(q_heel_raise)
	},
	/* §5.2: Ageberg 2010's knee over foot or inside it. */
	[TEST_SQUAT] = {
		{ "A mirror in front of you, or a helper",
		  "A wall or chair within reach", NULL },
		"Whether the knee stays over the foot in a small squat on one "
		"leg: a movement observation, not a score.",
		{ "Face the mirror and stand on one leg.",
		  "Bend the knee a little, as if to sit, then straighten; do "
		    "it a few times.",
		  "Watch the knee: does it stay over the foot, or move inside "
		    "it?",
		  "Watch the hips: does the side of the lifted leg drop?",
		  NULL },
		{ "       O",
		  "     --|--",
		  "       |",
		  "   ====+====  hips level?",
		  "      /  \\__",
		  "     /",
		  "     \\    <- knee over",
		  "    __\\__     the foot?", NULL },
		ACT_NONE, 0, QUESTIONS(q_squat)
	},
	/* §4.1 with the eyes closed; a spotter is wise (§4.4). */
	[TEST_SLS_EYES_CLOSED] = {
		{ "A wall or a steady chair within reach",
		  "Firm floor, bare feet",
		  "A helper nearby is a good idea", NULL },
		"The same as before, with the eyes closed: it shows how much "
		"balance relies on sight.",
		{ "Stand right beside the support and cross your arms over "
		    "your chest.",
		  "Lift one foot near the other ankle without touching it, "
		    "close your eyes and press Space.",
		  "Press Space again when the lifted foot touches down, the "
		    "arms uncross, the standing foot moves or you open your "
		    "eyes.",
		  "Up to 3 tries a leg; the clock stops by itself at 45 "
		    "seconds.", NULL },
		{ "      O  (eyes",
		  "     >X<  closed)  _",
		  "      |           | |",
		  "      |\\          |_|_",
		  "      | '         |   |",
		  "      |           |   |",
		  "  ____|___________|___|", NULL },
		ACT_STANCE, 1, QUESTIONS(q_sls_ec)
	},
};

const struct selftest *
selftest_get(enum test_id t)
{
	if ((unsigned)t >= TEST_COUNT || test_is_board(t) ||
	    selftests[t].steps[0] == NULL)
		return NULL;
	return &selftests[t];
}

/* Footprints from below, toes up: only the middle band's width changes. */
static const char *const prints[4][PRINT_ROWS + 1] = {
	{ " ooooo", "#######", "#######", "      #", "      #", "  #####",
	  "  #####", "   ###", NULL },
	{ " ooooo", "#######", "#######", "    ###", "    ###", "  #####",
	  "  #####", "   ###", NULL },
	{ " ooooo", "#######", "#######", "  #####", "  #####", "  #####",
	  "  #####", "   ###", NULL },
	{ " ooooo", "#######", "#######", "#######", "#######", "#######",
	  " #####", "  ###", NULL },
};

const char *const *
selftest_print(int picture)
{
	if (picture < PRINT_HIGH_ARCH || picture > PRINT_FLAT)
		return NULL;
	return prints[picture - PRINT_HIGH_ARCH];
}
