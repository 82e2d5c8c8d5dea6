/*
 * scr_history.h: a person's history (issue 6 items 2 to 5): the saved
 * screenings, newest first; one screening's summary; a trend per measure
 * with sparklines; two screenings side by side; notes per screening; the
 * one-page report, the JSON export and deleting the person.  Also what
 * the other screens ask of the history: saving the screening when its
 * results are first shown, and "compared with last time" on the results.
 */
#ifndef FOOTSCREEN_TUI_SCR_HISTORY_H
#define FOOTSCREEN_TUI_SCR_HISTORY_H

#include <stddef.h>
#include <stdint.h>

#include "screening/report.h"
#include "store/store.h"
#include "tui/grid.h"
#include "tui/widget.h"

struct app;

/* ---- the history ---------------------------------------------------- */

/* Design rules: what one screen keeps of a long history. */
#define HIST_SESSIONS_MAX	100	/* the newest screenings listed */
#define HIST_PAIRS_MAX		96	/* measures compared */
#define HIST_TREND_MAX		48	/* measures with a trend */
#define HIST_POINTS_MAX		48	/* screenings per trend: the newest */
#define HIST_WORDS		64	/* a value in words: "12 s" */
#define HIST_NOTE_MAX		1024	/* "Not saved: " and why */

/* One saved screening as the list shows it. */
struct hist_session {
	int64_t		id;
	char		taken[STORE_TIME_MAX];
	enum store_mode	mode;
	char		tier[HIST_WORDS];	/* the triage, in words */
	char		figures[96];		/* a few key figures */
	int		has_notes;
};

/* A measure and a side: "single_leg_stance_eyes_open", "left". */
struct hist_key {
	char	measure[REPORT_MEASURE_KEY];
	char	side[12];
};

/* One measure on one side in two screenings; either may lack it. */
struct hist_pair {
	struct hist_key	key;
	int	has_before, has_now;
	int	numeric;	/* a plain number in both: before → now */
	char	before[HIST_WORDS], now[HIST_WORDS];	/* "12 s" */
	char	change[32];	/* "+9.5 s", "no change" or "" */
};

/* Two screenings side by side (before_id 0: none, a summary of one). */
struct hist_compare {
	int			have;
	int64_t			before_id, now_id;
	char			before_taken[STORE_TIME_MAX];
	char			now_taken[STORE_TIME_MAX];
	struct hist_pair	pair[HIST_PAIRS_MAX];
	int			n;
	int			nnumeric;	/* pairs with numeric set */
};

/* One measure and side over time, oldest first, aligned to the list. */
struct hist_trend {
	struct hist_key	key;
	char	unit[12];
	double	v[HIST_POINTS_MAX];	/* NAN: not measured that time */
	int	n;
};

enum hist_view {
	HV_LIST,	/* the screenings */
	HV_SESSION,	/* one screening, and the change since the last */
	HV_TREND,	/* a sparkline per measure */
	HV_COMPARE,	/* two screenings side by side */
	HV_NOTES,	/* typing a screening's notes */
	HV_DELETE	/* typing the name to delete the person */
};

struct scr_history {
	enum hist_view		view;
	struct menu		menu;
	struct hist_session	s[HIST_SESSIONS_MAX];	/* newest first */
	int			n;
	long			total;		/* saved, listed or not */
	int64_t			mark[2];	/* marked to compare; 0 none */
	int			scroll;		/* the session, trend, compare
						 * views */
	struct hist_compare	cmp;		/* HV_SESSION and HV_COMPARE */
	struct hist_trend	trend[HIST_TREND_MAX];
	int			ntrend;
	struct textfield	text;		/* notes, or the name */
	int64_t			editing;	/* the session whose notes */
	struct store_counts	counts;		/* what a deletion removes */
	int			open_compare;	/* enter: show last */

	/* ---- this screening, for the results screen ---- */
	uint64_t		saved_hash;	/* of the answers saved */
	int			save_failed;
	char			save_note[HIST_NOTE_MAX];
	struct hist_compare	last;		/* with the screening before */
};

/*
 * The results are shown for the first time (results screen's enter):
 * save the screening to the person's history in one transaction, and
 * again as a new screening only when the answers changed since (a saved
 * screening is never rewritten).  Says what it did on the message line;
 * a failure shows the store's message and changes nothing else.
 */
void	history_autosave(struct app *);
/*
 * The results overview's bottom rows for "compared with last time" (at
 * least 1) when the list above has h rows, and drawing them in r.
 */
int	history_last_rows(const struct app *, int h);
void	history_last_draw(const struct app *, struct grid *, struct rect);
/* The results screen's c (compare with last time) and h (history). */
int	history_results_key(struct app *, int key);
int	history_results_shown(const struct app *, int key);
/* Whether this screening has a person's history to go to. */
int	history_available(const struct app *);
/* The current person's history (back to it when it is on the way back). */
void	history_open(struct app *);
/* A stored time as a local date for reading, "3 Oct 2026". */
const char	*history_day_words(char *, size_t, const char *iso);
/* A new screening for the person (app_reset, keeping the store). */
void	history_new_screening(struct app *, int64_t profile_id);

#endif
