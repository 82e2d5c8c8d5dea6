/*
 * scr_exercise.h: the state of the guided exercise screen: which exercise
 * of the plan, where the person is in its dose (side, set, repetition)
 * and the hold or rest timer.
 */
#ifndef FOOTSCREEN_TUI_SCR_EXERCISE_H
#define FOOTSCREEN_TUI_SCR_EXERCISE_H

enum exercise_phase {
	EXP_READY,	/* waiting for Space: the next hold or repetition */
	EXP_HOLD,	/* a hold is timed */
	EXP_REST,	/* rest between sets is timed */
	EXP_DONE	/* every set on every side is done */
};

struct scr_exercise {
	int			item;	/* in app->plan.exercise[]; set before
					 * going to the screen */
	int			sidx;	/* which of the sides (0 first) */
	int			set;	/* 0-based */
	int			rep;	/* done in this set on this side */
	enum exercise_phase	phase;
	int			running;	/* the timer counts */
	double			remaining;	/* its seconds left */
	double			last;		/* app->now it counted to */
};

#endif
