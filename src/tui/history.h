/*
 * history.h: the parts of the history screen (scr_history.c, its keys
 * and actions) that its other files share: the words for dates and
 * measures (history_words.c), reading the store into the screen's arrays
 * (history_data.c), writing the report and the export (history_files.c)
 * and drawing the views (history_draw.c).  history_results.c is what
 * the other screens ask of the history (scr_history.h).  Only for those
 * files.
 */
#ifndef FOOTSCREEN_TUI_HISTORY_H
#define FOOTSCREEN_TUI_HISTORY_H

#include <stddef.h>
#include <stdint.h>

#include "tui/app.h"

/* ---- words: history_words.c ---- */

/* "3 Oct 2026 10:00", local time. */
const char	*hist_when_words(char *buf, size_t len, const char *iso);
/* A measure's name with a capital: "Standing on one leg, eyes open". */
const char	*hist_measure_words(char *buf, size_t len, const char *measure);
/* The side as a line under its measure: "left", "right - left". */
const char	*hist_side_words(const struct grid *, const char *side);
/* "Ann (born 1980)" or "Ann". */
const char	*hist_person_words(char *buf, size_t len, const struct app *);
/* "1 session" or "4 sessions". */
const char	*hist_counted(char *buf, size_t len, long n, const char *one,
		    const char *many);
/* The test sets of this screening for its protocol: "quick+board". */
const char	*hist_sets_words(char *buf, size_t len, unsigned sets);

/* A line of a table grouped by measure: its name, or one of its sides. */
struct gline {
	int	item;
	int	heading;
};
#define GLINES_MAX	(2 * HIST_PAIRS_MAX)

/* The key of item i, or NULL to leave it out. */
typedef const struct hist_key *key_fn(const void *ctx, int i);

/*
 * The lines of n items: each measure's name, then a line per side
 * (design rule: a name long enough to say which test it is leaves no
 * room for the side beside it at 80 columns).
 */
int	hist_group_lines(key_fn *key_of, const void *ctx, int n,
	    struct gline *out);
/* key_fns: every pair of a hist_compare; only its numeric pairs (before
 * → now); every trend of a scr_history. */
const struct hist_key	*hist_pair_key(const void *ctx, int i);
const struct hist_key	*hist_numeric_key(const void *ctx, int i);
const struct hist_key	*hist_trend_key(const void *ctx, int i);

/* ---- the store: history_data.c ---- */

/*
 * Screening now_id beside before_id (0: none): every measure of either,
 * in the order the newer one saved them.
 */
int	hist_compare_build(struct store *, int64_t before_id, int64_t now_id,
	    struct hist_compare *, struct store_error *);
/* The person's screenings, newest first, into the list. */
int	hist_load(struct app *, struct store_error *);
/*
 * Every measure with a number in the newest HIST_POINTS_MAX screenings,
 * in the order the newest saved them, and its values over those
 * screenings (store_measure_series), a gap where it was not taken.
 */
int	hist_trend_build(struct app *, struct store_error *);

/* ---- files: history_files.c ---- */

/* The one-page HTML report of screening id (report_html). */
void	hist_write_report(struct app *, int64_t id);
/* Everything kept about the person as JSON (store_export). */
void	hist_write_export(struct app *);

/* ---- the screen: scr_history.c, history_draw.c ---- */

/* Where screening id is in the list (newest first), or -1. */
int	hist_index_of(const struct scr_history *, int64_t id);
/* The screen's draw (screen_ops). */
void	hist_draw(const struct app *, struct grid *, struct rect body);

#endif
