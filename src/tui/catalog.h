/*
 * catalog.h: the tests a screening can include, and the sets they come in
 * (issue 5 item 1).  A test is one guided screen (or a few pages of one):
 * self-tests are run by scr_test.c, balance-board tests by scr_boardtest.c.
 * The words (what you need, the steps, the picture) live in catalog.c for
 * self-tests and in scr_boardtest.c for board tests; every protocol follows
 * shared/reference/screening-evidence.md, cited where it is described.
 */
#ifndef FOOTSCREEN_TUI_CATALOG_H
#define FOOTSCREEN_TUI_CATALOG_H

#include "core/screening.h"

/* Which sets a test belongs to: bits of a mask. */
#define SET_QUICK	0x1u	/* about 5 minutes, no equipment */
#define SET_FULL	0x2u	/* everything one person can do alone */
#define SET_BOARD	0x4u	/* needs a connected balance board */
#define SET_PARTNER	0x8u	/* needs a second person (partner, trainer) */

/*
 * The quick set is what fits the "about 5 minutes with no
 * equipment": heel raises to fatigue (a few minutes a side) are in the
 * full set only.
 *
 * X(identifier, key, sets), in the order a screening runs them: seated
 * and observational tests first, then standing, then balance with eyes
 * closed last (evidence sheet §4.4: the riskier tests after the others).
 */
#define TEST_LIST(X) \
	X(SHOE_WEAR, "shoe_wear", SET_QUICK | SET_FULL) \
	X(FOOTPRINT_PICTURE, "footprint_picture", SET_QUICK | SET_FULL) \
	X(FOOT_ANGLE, "foot_angle", SET_QUICK | SET_FULL) \
	X(FOOTPRINT_MEASURE, "footprint_measure", SET_FULL) \
	X(NAVICULAR_DROP, "navicular_drop", SET_FULL | SET_PARTNER) \
	X(FPI6, "fpi6", SET_PARTNER) \
	X(HEEL_TILT, "heel_tilt", SET_FULL) \
	X(KNEE_WALKING, "knee_walking", SET_FULL) \
	X(LEG_LENGTH, "leg_length", SET_FULL) \
	X(TANDEM, "tandem_stance", SET_QUICK | SET_FULL) \
	X(SLS_EYES_OPEN, "single_leg_stance", SET_QUICK | SET_FULL) \
	X(HEEL_RAISE, "heel_raise", SET_FULL) \
	X(SQUAT, "single_leg_squat", SET_QUICK | SET_FULL) \
	X(SLS_EYES_CLOSED, "single_leg_stance_eyes_closed", SET_FULL) \
	X(BOARD_QUIET_EO, "board_quiet_eyes_open", SET_BOARD) \
	X(BOARD_QUIET_EC, "board_quiet_eyes_closed", SET_BOARD) \
	X(BOARD_SLS, "board_single_leg", SET_BOARD)

enum test_id {
#define TEST_X_ENUM(id, key, sets) TEST_##id,
	TEST_LIST(TEST_X_ENUM)
#undef TEST_X_ENUM
	TEST_COUNT
};

const char	*test_key(enum test_id);
unsigned	 test_sets(enum test_id);
/* Board tests run on scr_boardtest.c, the others on scr_test.c. */
int		 test_is_board(enum test_id);

struct app;

/* The title shown on the test's screen and in lists ("Single-leg stance"). */
const char	*test_title(enum test_id);
/* Rough minutes the test takes, for the set chooser. */
double		 test_minutes(enum test_id);

/*
 * Why the test is left out of this screening, or NULL to run it: no board
 * connected, balance caution (eyes-closed tests, §4.4), nobody to help.
 * Uses the answers given so far.
 */
const char	*test_skip_reason(const struct app *, enum test_id);

/*
 * The tests of these sets, in TEST_LIST order, into out[0..max-1];
 * returns how many.
 */
int	 catalog_select(unsigned sets, enum test_id *out, int max);

#endif
