/*
 * results.h: what the results screen (scr_results.c) shows, apart from
 * drawing it: the statements of each section (results_lines.c), the
 * words and numbers they are made of (results_words.c), and the reason
 * behind each (results_reasons.c).  A line is a kind and one or two
 * numbers (a side, a measure, a finding): rs_line_text() says it in one
 * row and rs_line_reason() explains it.  Only for those files.
 */
#ifndef FOOTSCREEN_TUI_RESULTS_H
#define FOOTSCREEN_TUI_RESULTS_H

#include <stddef.h>

#include "tui/app.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* ---- text: results_words.c ---- */

/* A string being built in a fixed buffer; cut short, never overrun. */
struct sbuf {
	char	*s;
	size_t	 len;
	size_t	 o;
};

void	sb_init(struct sbuf *, char *s, size_t len);
void	sb_add(struct sbuf *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* Start a new paragraph: one blank line after the text so far, if any. */
void	sb_para(struct sbuf *);
/* "Source: ... (how sure)." when the statement has a source. */
void	sb_cite(struct sbuf *, enum source, enum evidence_tag, int with_tag);
/*
 * "\n\nCompared with: 5 s. Source: ... (how sure)." for a cut-off that
 * exists; label NULL says "Compared with".
 */
void	sb_threshold(struct sbuf *, const char *label,
	    const struct threshold *, const char *unit);
/* The same for a range "lo to hi", cited by its low end. */
void	sb_range(struct sbuf *, const struct threshold *lo,
	    const struct threshold *hi, const char *unit);

/* Formatted numbers for one sentence: several may be in use at once. */
struct nums {
	char	buf[8][32];
	int	next;
};

/* v with at most `places` decimals, trailing zeros dropped; "?" if missing. */
const char	*rs_num(struct nums *, double v, int places);
/* "left leg", and with a capital. */
const char	*rs_leg_word(int side);
const char	*rs_leg_cap(int side);

/* What an indicator measured on a side, in words. */
void	sb_indicator_value(struct sbuf *, const struct app *, int side,
	    enum pron_indicator);
/* Symptom at a site: where, how long, how strong, what makes it worse. */
void	sb_symptom(struct sbuf *, const struct symptom *, enum symptom_site);
/* The two rows of a left/right measure. */
void	sb_measure(struct sbuf *, const struct bilateral_item *,
	    enum bilateral_measure, int row);
/* One single-leg stance condition, both sides. */
void	sb_sls(struct sbuf *, const struct balance_result *, int ec);
/* The age-group mean for a condition, or that there is none. */
void	sb_sls_norm(struct sbuf *, const struct balance_result *, int ec);
void	sb_heel_raise(struct sbuf *, const struct balance_result *, int side);
void	sb_squat(struct sbuf *, const struct balance_result *, int side);
void	sb_board_sls(struct sbuf *, const struct balance_result *, int side);
void	sb_romberg(struct sbuf *, const struct balance_result *);

/* ---- the statements: results_lines.c ---- */

enum rl_kind {
	RL_HEADING,	/* a = string_id: a title, nothing behind it */
	RL_TEXT,	/* a = string_id: a sentence */
	RL_TIER,
	RL_WHO,
	RL_RULE,	/* the rule that decided */
	RL_ALSO,	/* a = another rule that matched */
	RL_FLAG,	/* a = a red flag answered yes */
	RL_SITE,	/* a = a symptom site */
	RL_FACT,	/* a = a triage fact */
	RL_SAFETY_HEAD,	/* whom to call if a warning sign appears */
	RL_SAFETY,	/* a = a warning sign to watch for */
	RL_FINDING,	/* a = finding, b = its number on the body map */
	RL_FOOT,	/* a = side */
	RL_VOTE,	/* a = side, b = indicator */
	RL_STAHELI,	/* a = side */
	RL_CSI_FLAT,	/* a = side */
	RL_MEASURE,	/* a = bilateral measure, b = 0 values, 1 judgement */
	RL_SLS,		/* a = eyes closed */
	RL_SLS_NORM,	/* a = eyes closed */
	RL_SLS_SIDE,	/* a = side, b = 0 below the mean, 1 under 5 s */
	RL_FALL,
	RL_FALL_WHY,	/* a = FALLRISK_* */
	RL_CAUTION,
	RL_CAUTION_WHY,	/* a = CAUTION_* */
	RL_HEEL_RAISE,	/* a = side */
	RL_SQUAT,	/* a = side */
	RL_LEG_LENGTH,
	RL_PELVIS,
	RL_WEIGHT,
	RL_ROMBERG,
	RL_BOARD_SLS,	/* a = side */
	RL_GO_PLAN,	/* Enter: the plan */
	RL_GO_REFERRAL	/* Enter: the referral */
};

struct rline {
	enum rl_kind	kind;
	int		a, b;
	int		indent;
};

/*
 * The longest section is the triage: a few fixed lines and headings, the
 * rules matched, the flags answered yes and the safety net (each at most
 * every flag), the symptoms and the facts.
 */
#define RLINES_MAX	(12 + RULE_COUNT + 2 * RF_COUNT + SITE_COUNT + TF_COUNT)

struct rlines {
	struct rline	l[RLINES_MAX];
	int		n;
};

/* Why the fall-risk flag and the caution were raised, with their words. */
struct why {
	unsigned	bit;
	enum string_id	id;
};

#define RS_FALL_WHY	2
#define RS_CAUTION_WHY	4
extern const struct why	rs_fall_why[RS_FALL_WHY];
extern const struct why	rs_caution_why[RS_CAUTION_WHY];
/* The words of one of those reasons (a FALLRISK_* or CAUTION_* bit). */
enum string_id	rs_why_string(unsigned bit, int caution);

/* The lines of a section; without a score, only the overview exists. */
void	rs_section_lines(const struct app *, enum results_section,
	    struct rlines *);
/* The colour of a line: meaning is in its words as well (grid.h). */
int	rs_line_color(const struct app *, const struct rline *);
/* The statement as one row (the list clips it; the reason has it all). */
void	rs_line_text(const struct app *, const struct rline *, struct sbuf *,
	    const struct grid *);

/* ---- results_reasons.c ---- */

/* The reason: the finding, the value measured, the cut-off, the source. */
void	rs_line_reason(const struct app *, const struct rline *,
	    struct sbuf *);

#endif
