/*
 * report.h: a screening result written out for a person (text) or for a
 * script (JSON, schema_version 1, documented in footscreen-answers(5)).
 *
 * Both show the whole result: triage with the matched flags, who to see,
 * how soon, what to tell them and the safety net; each foot's posture
 * with its agreeing and disagreeing signs; left/right differences with
 * their index and band; balance against the age norms; the findings; and
 * the plan, each item with the findings that triggered it and the
 * evidence behind it.  Every statement carries its reason.  The words
 * come from strings.h and the clinic-editable advice data, never from
 * here.
 */
#ifndef FOOTSCREEN_SCREENING_REPORT_H
#define FOOTSCREEN_SCREENING_REPORT_H

#include <stdio.h>

#include "core/advice.h"
#include "core/screening.h"
#include "screening/strings.h"

/* The version of the JSON layout; bumped on any incompatible change. */
#define REPORT_SCHEMA_VERSION	1

/* What a report needs besides the result and the plan. */
struct report_context {
	const struct screening_answers	*answers;
	const struct advice_rules	*rules;		/* plan's texts */
	const struct exercise_library	*library;	/* plan's exercises */
	const struct emergency_contact	*contact;	/* numbers to call */
	/* where the advice data came from ("built-in" or a path) */
	const char			*exercises_source;
	const char			*rules_source;
	/* who and when, for a report from the history; NULL: none */
	const struct report_person	*person;
};

struct report_person;

/*
 * Write the result for a person to read, wrapped to fit 80 columns.  plan
 * is NULL, or empty, when none may be given (emergency, out of scope).
 * Returns 0, or -1 when writing failed.
 */
int	report_text(FILE *, const struct screening_result *,
	    const struct advice_plan *, const struct report_context *);

/* Write the result as one JSON document.  Returns 0, or -1. */
int	report_json(FILE *, const struct screening_result *,
	    const struct advice_plan *, const struct report_context *);

/* ------------------------------------------------------------------ */
/* Measures as rows (report_csv.c)                                     */

#define REPORT_MEASURE_KEY	48
#define REPORT_MEASURE_TEXT	48
/* More than one result can give: 3 rows per left/right measure, ... */
#define REPORT_MEASURES_MAX	160

/*
 * One measure of a result on one side: the history keeps these
 * (store.h), CSV prints them and reports compare them between sessions.
 * measure is a stable key: a left/right measure's (bilateral_measure_key),
 * "pronation", "triage", "triage_rule", "board_velocity_eyes_open", ...,
 * or "finding.NAME" for a finding (FINDING_LIST).  side is "left",
 * "right", "difference" (right minus left, with the band as text) or
 * "none" (one value for the person).
 */
struct report_measure {
	char	measure[REPORT_MEASURE_KEY];
	char	side[12];
	double	value;				/* NAN: no number */
	char	unit[12];			/* "" none */
	char	text[REPORT_MEASURE_TEXT];	/* a key; "" none */
};

/*
 * The measures of a result into out[0..max), in a fixed order; returns
 * how many (never more than max).  answers may be NULL.
 */
size_t	report_measures(const struct screening_result *,
	    const struct screening_answers *, struct report_measure *out,
	    size_t max);
/* A measure's name for a person ("standing on one leg, eyes open"). */
const char	*report_measure_label(const char *measure);
/* Its text key in words ("rolls inward (pronated)"); "" for none. */
const char	*report_measure_words(const struct report_measure *);
/* A measure's value and unit for a person ("40 s", "rolls inward"). */
const char	*report_measure_value(char *buf, size_t len,
		    const struct report_measure *);

/* The same measure and side as m in rows[0..n), or NULL. */
const struct report_measure	*report_measure_find(
		    const struct report_measure *rows, size_t n,
		    const struct report_measure *m);

/*
 * CSV (RFC 4180 quoting, LF line ends): a header line, then one line per
 * measure: date,session,measure,side,value,unit,text.  Return 0 or -1.
 */
int	report_csv_header(FILE *);
/* One field, quoted (RFC 4180) when it holds a comma, quote or newline. */
void	report_csv_field(FILE *, const char *);
int	report_csv_row(FILE *, const char *taken, long long session,
	    const struct report_measure *);
/* The whole result of one session as CSV rows, with the header. */
int	report_csv(FILE *, const struct screening_result *,
	    const struct advice_plan *, const struct report_context *);

/* ------------------------------------------------------------------ */
/* Who and when: the history's part of a report                        */

struct report_person {
	const char	*name;
	int		 birth_year;		/* 0: not given */
	enum sex	 sex;
	long long	 session;
	const char	*taken;			/* UTC ISO 8601 */
	const char	*mode;			/* "home", ... */
	const char	*app_version;		/* that saved the session */
	const char	*notes;			/* NULL or "": none */
	/* The session before, to compare with; previous_taken NULL: none. */
	long long	 previous_session;
	const char	*previous_taken;
	const struct report_measure *now;	/* this session's, as saved */
	size_t		 nnow;
	const struct report_measure *before;	/* the previous one's */
	size_t		 nbefore;
};

/* ------------------------------------------------------------------ */
/* The one-page summary (report_markdown.c, report_html.c)             */

/* Paragraph styles: a sink may show them differently. */
enum report_style {
	REPORT_PLAIN,
	REPORT_NOTE,		/* secondary: smaller */
	REPORT_ALERT		/* must be seen: the disclaimer, an emergency */
};

/*
 * Where the summary's walk writes: a heading (level 1 title, 2 section),
 * a paragraph, a list item, a table (head NULL: a two-column table of
 * labels and values) and its rows.  Each output format is one sink.
 */
struct report_sink {
	void	(*heading)(void *, int level, const char *);
	void	(*para)(void *, enum report_style, const char *);
	/* detail: NULL, or secondary words that follow text */
	void	(*item)(void *, const char *text, const char *detail);
	void	(*table)(void *, size_t ncols, const char *const *head);
	void	(*row)(void *, const char *const *cells);
	void	(*table_end)(void *);
};

/*
 * Walk the summary a person can take to a professional: who and when,
 * the disclaimer, the triage, feet, left and right, balance, findings,
 * changes since the previous session, the plan and the safety net, each
 * in a few lines.  Returns 0, or -1 when out of memory.
 */
int	report_summary(const struct report_sink *, void *,
	    const struct screening_result *, const struct advice_plan *,
	    const struct report_context *);
/* Only the "who and when" part, with the changes since the last session. */
int	report_summary_person(const struct report_sink *, void *,
	    const struct report_context *);

/* The summary as Markdown (CommonMark with pipe tables). */
int	report_markdown(FILE *, const struct screening_result *,
	    const struct advice_plan *, const struct report_context *);
/*
 * The summary as one self-contained HTML page (no external resources),
 * laid out to print on one A4 page.
 */
int	report_html(FILE *, const struct screening_result *,
	    const struct advice_plan *, const struct report_context *);
/*
 * The text report with the "who and when" part first, when ctx->person
 * is set; report_text() otherwise.
 */
int	report_text_person(FILE *, const struct screening_result *,
	    const struct advice_plan *, const struct report_context *);

/*
 * Helpers of the text report that the other formats share
 * (report_text.c).
 */
/* Print text wrapped at 78 columns: first before line 1, rest before others. */
void	report_wrap(FILE *, const char *first, const char *rest,
	    const char *text);
/* A number for reading: up to `decimals` places, no trailing zeros; "?" NAN. */
const char	*report_num(char *buf, size_t len, double v, int decimals);
/* "on the left", "on the right", "on both sides" or "" of a side mask. */
const char	*report_sides_words(unsigned where);
/*
 * "Label, on the left; Label" for the findings that brought a plan item
 * in (the general advice's words when none did).
 */
void	report_trigger_words(char *buf, size_t len, const struct findings *);
/* Whether any balance or strength result is there to show. */
int	report_balance_present(const struct balance_result *);
/* One symptom as a sentence fragment into buf. */
void	report_symptom_words(char *buf, size_t len, const struct symptom *,
	    enum symptom_site);

#endif
