/*
 * scr_test.h: the guided self-test screen (scr_test.c) and the words of
 * each self-test (catalog.c): what is needed, why, the steps, a picture,
 * and the questions whose answers go into struct screening_answers.
 */
#ifndef FOOTSCREEN_TUI_SCR_TEST_H
#define FOOTSCREEN_TUI_SCR_TEST_H

#include <stddef.h>

#include "tui/catalog.h"
#include "tui/widget.h"

/* How a question is asked and where its answer is kept. */
#define Q_SIDE		0x01	/* once per side: struct side_answers */
#define Q_BOTH		0x02	/* asked once, kept for both sides */
#define Q_BEFORE	0x04	/* asked before the timed or counted part */
#define Q_JOIN		0x08	/* a number on the page of the one before */
#define Q_PRINTS	0x10	/* show the four footprint pictures */

enum question_kind { Q_CHOICE, Q_NUMBER };

struct selftest_question {
	enum question_kind	 kind;
	unsigned		 flags;		/* Q_* */
	/* answers file section for a question without a side ("tests") */
	const char		*section;
	const char		*key;		/* answers file key */
	/* offset in struct side_answers (Q_SIDE, Q_BOTH), else in struct
	 * screening_answers; an int for choices, a double for numbers */
	size_t			 offset;
	const char		*ask;		/* the question */
	const char		*hint;		/* a line under it, or NULL */
	/* Q_CHOICE: labels, NULL-terminated; choice i is kept as base + i,
	 * "not sure" as unknown */
	const char *const	*choices;
	int			 base;
	int			 unknown;
	/* Q_NUMBER */
	const char		*unit;
	int			 decimals;	/* a decimal point may be typed */
};

/* The timed or counted part of a test. */
enum selftest_act {
	ACT_NONE,
	ACT_STANCE,	/* single-leg stance: up to 3 timed trials a side */
	ACT_TANDEM,	/* a 10 s heel-to-toe countdown */
	ACT_HEEL_RAISE	/* a repetition counter a side */
};

#define SELFTEST_LINES	10

struct selftest {
	const char	*needs[SELFTEST_LINES];	/* NULL-terminated */
	const char	*why;
	const char	*steps[SELFTEST_LINES];	/* NULL-terminated */
	const char	*picture[SELFTEST_LINES]; /* plain ASCII, <= 22 wide */
	enum selftest_act act;
	int		 eyes_closed;	/* ACT_STANCE */
	const struct selftest_question *q;
	int		 nq;
};

/* The words and questions of a self-test; NULL for a board test. */
const struct selftest *selftest_get(enum test_id);
/* The four footprint pictures (PRINT_HIGH_ARCH .. PRINT_FLAT) as rows. */
#define PRINT_ROWS	8
const char *const *selftest_print(int picture);

/* ---- the screen's state ---- */

enum test_page_kind { TP_NEEDS, TP_HOWTO, TP_DO, TP_ASK };

struct test_page {
	enum test_page_kind	kind;
	int			q;	/* TP_ASK: the first question */
	int			nq;	/* TP_ASK: questions on the page */
	int			side;	/* SIDE_*, or -1 for none */
};

#define TEST_PAGES_MAX	32
#define TEST_TRIALS	3	/* Springer 2007, evidence sheet §4.1 */
#define TEST_NUMS	3	/* number fields on one page */

struct scr_test {
	enum test_id		 test;
	const struct selftest	*st;
	struct test_page	 pages[TEST_PAGES_MAX];
	int			 npages;
	int			 page;
	/* the timer: stance trials, the tandem countdown, the metronome */
	int			 running;
	double			 t0;
	double			 trial[SIDE_COUNT][TEST_TRIALS];
	int			 ntrials[SIDE_COUNT];
	int			 tandem;	/* 0 not tried, else ANSWER_* */
	int			 reps[SIDE_COUNT];
	int			 counted[SIDE_COUNT];	/* reps were counted */
	/* the question page */
	struct menu		 menu;
	struct numfield		 num[TEST_NUMS];
	int			 focus;
};

#endif
