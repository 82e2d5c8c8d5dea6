/*
 * report_summary.c: the one-page summary (report.h): its walk, shared by
 * every format through struct report_sink.  report_markdown.c has the
 * Markdown and plain text sinks, report_html.c the HTML one.
 *
 * The summary is what a person takes to a professional: who and when,
 * the disclaimer, the triage, each foot's posture, left against right,
 * balance, the findings, what changed since the previous screening, the
 * plan and the warning signs, each in a line or two.  The full reasons
 * and sources stay in the text report (report_text.c); the sentences are
 * strings.c's, the table headings and the "who and when" labels this
 * file's own.
 */
#include <config.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "screening/report.h"
#include "screening/strings.h"

/* ------------------------------------------------------------------ */
/* Emitting                                                            */

/* The walk's state: where it writes, and whether memory ran out. */
struct walk {
	const struct report_sink	*k;
	void				*arg;
	int				 bad;
};

/*
 * Format a paragraph in style st, or a list item when is_item, and hand
 * it to the sink; w->bad when out of memory.
 */
static void
vemit(struct walk *w, int is_item, enum report_style st, const char *fmt,
    va_list ap)
{
	va_list	 copy;
	char	*s;
	int	 n;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n < 0 || (s = malloc((size_t)n + 1)) == NULL) {
		w->bad = 1;
		return;
	}
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	if (is_item)
		w->k->item(w->arg, s, NULL);
	else
		w->k->para(w->arg, st, s);
	free(s);
}

static void	para(struct walk *, enum report_style, const char *, ...)
		    __attribute__((format(printf, 3, 4)));
static void	item(struct walk *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

static void
para(struct walk *w, enum report_style st, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vemit(w, 0, st, fmt, ap);
	va_end(ap);
}

static void
item(struct walk *w, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vemit(w, 1, REPORT_PLAIN, fmt, ap);
	va_end(ap);
}

/* A list item in two parts: what it is, then what it means. */
static void
item_detail(struct walk *w, const char *text, const char *detail)
{
	w->k->item(w->arg, text, detail);
}

static void
heading(struct walk *w, int level, const char *text)
{
	w->k->heading(w->arg, level, text);
}

/*
 * Parts joined with sep into one paragraph, for lists too long to give
 * a line each on one page.  join_add() ignores a joined that failed to
 * start; join_end() writes "lead" + parts + "tail" when there are any.
 */
struct joined {
	FILE		*m;
	char		*buf;
	size_t		 len;
	int		 n;
	const char	*sep;
};

static void
join_begin(struct walk *w, struct joined *j, const char *sep)
{
	memset(j, 0, sizeof *j);
	j->sep = sep;
	if ((j->m = open_memstream(&j->buf, &j->len)) == NULL)
		w->bad = 1;
}

/* Add a, b and c as one part. */
static void
join_add(struct joined *j, const char *a, const char *b, const char *c)
{
	if (j->m != NULL)
		fprintf(j->m, "%s%s%s%s", j->n++ > 0 ? j->sep : "", a, b, c);
}

static void
join_end(struct walk *w, struct joined *j, enum report_style st,
    const char *lead, const char *tail)
{
	if (j->m == NULL)
		return;
	if (fclose(j->m) != 0 || j->buf == NULL)
		w->bad = 1;
	else if (j->n > 0)
		para(w, st, "%s%s%s", lead, j->buf, tail);
	free(j->buf);
}

/* A row of a two-column table of labels and values. */
static void
pair(struct walk *w, const char *label, const char *value)
{
	const char	*cells[2] = { label, value };

	w->k->row(w->arg, cells);
}

/* ------------------------------------------------------------------ */
/* Who and when                                                        */

/* "2026-10-01 09:30 UTC", or "2026-10-01" for a date given without time. */
static const char *
nice_date(char *buf, size_t len, const char *iso)
{
	if (iso == NULL || strlen(iso) != 20)
		snprintf(buf, len, "%s", iso != NULL ? iso : "");
	else if (strcmp(iso + 10, "T00:00:00Z") == 0)
		snprintf(buf, len, "%.10s", iso);
	else
		snprintf(buf, len, "%.10s %.5s UTC", iso, iso + 11);
	return buf;
}

/*
 * Notes cut to fit the page (design rule: len bytes), at a character
 * boundary, marked with "..." when cut; `footscreen history` and the
 * export have them whole.
 */
static const char *
short_notes(char *buf, size_t len, const char *notes)
{
	size_t	n = strlen(notes);

	if (n < len) {
		memcpy(buf, notes, n + 1);
		return buf;
	}
	n = len - 4;
	while (n > 0 && ((unsigned char)notes[n] & 0xc0) == 0x80)
		n--;
	memcpy(buf, notes, n);
	memcpy(buf + n, "...", 4);
	return buf;
}

/* Today's UTC date, "2026-11-21". */
static const char *
today(char *buf, size_t len)
{
	time_t		t = time(NULL);
	struct tm	tm;

	if (gmtime_r(&t, &tm) == NULL || strftime(buf, len, "%Y-%m-%d",
	    &tm) == 0)
		snprintf(buf, len, "?");
	return buf;
}

static void
who_when(struct walk *w, const struct report_person *p)
{
	char	date[40], buf[204];

	w->k->table(w->arg, 2, NULL);
	pair(w, "Name", p->name);
	if (p->birth_year != 0) {
		snprintf(buf, sizeof buf, "%d", p->birth_year);
		pair(w, "Year of birth", buf);
	}
	if (p->sex != SEX_UNKNOWN)
		pair(w, "Sex", p->sex == SEX_FEMALE ? "female" : "male");
	snprintf(buf, sizeof buf, "%s (session %lld, %s)",
	    nice_date(date, sizeof date, p->taken), p->session,
	    p->mode != NULL ? p->mode : "");
	pair(w, "Screened", buf);
	if (p->previous_taken != NULL) {
		snprintf(buf, sizeof buf, "%s (session %lld)",
		    nice_date(date, sizeof date, p->previous_taken),
		    p->previous_session);
		pair(w, "Previous screening", buf);
	} else
		pair(w, "Previous screening", "none");
	/* The saved answers are screened again by this version. */
	if (p->app_version != NULL && strcmp(p->app_version,
	    PACKAGE_VERSION) != 0) {
		snprintf(buf, sizeof buf, "footscreen %s", p->app_version);
		pair(w, "Saved by", buf);
	}
	snprintf(buf, sizeof buf, "%s, footscreen %s", today(date,
	    sizeof date), PACKAGE_VERSION);
	pair(w, "Report made", buf);
	if (p->notes != NULL && p->notes[0] != '\0')
		pair(w, "Notes", short_notes(buf, sizeof buf, p->notes));
	w->k->table_end(w->arg);
}

/* Whether a saved row belongs in the comparison table. */
static int
comparable(const struct report_measure *m)
{
	/* Differences repeat the sides; findings and rules are not measures. */
	return strcmp(m->side, "difference") != 0 &&
	    strncmp(m->measure, "finding.", 8) != 0 &&
	    strcmp(m->measure, "triage_rule") != 0;
}

/* Whether a saved measure is the same in both sessions. */
static int
unchanged(const struct report_measure *m, const struct report_measure *b)
{
	return strcmp(m->text, b->text) == 0 && (m->value == b->value ||
	    (isnan(m->value) && isnan(b->value)));
}

/*
 * What changed, one row per measure and side; what did not is named in
 * one line after it (design rule: the page is short, and a change is what
 * a person comes back to see).
 */
static void
changes(struct walk *w, const struct report_person *p)
{
	static const char *const head[4] = {
		"Measure", "Before", "Now", "Change"
	};
	const struct report_measure	*b, *m;
	char				 label[160], before[96], now[96],
					 delta[64], n1[32], date[40];
	const char			*cells[4] = { label, before, now, delta };
	struct joined			 same;
	int				 any = 0;

	snprintf(label, sizeof label, "Since the previous screening (%s)",
	    nice_date(date, sizeof date, p->previous_taken));
	heading(w, 2, label);
	join_begin(w, &same, "; ");
	for (size_t i = 0; i < p->nnow; i++) {
		m = &p->now[i];
		if (!comparable(m) || (b = report_measure_find(p->before,
		    p->nbefore, m)) == NULL)
			continue;
		snprintf(label, sizeof label, "%s%s%s",
		    report_measure_label(m->measure),
		    strcmp(m->side, "none") != 0 ? ", " : "",
		    strcmp(m->side, "none") != 0 ? m->side : "");
		if (unchanged(m, b)) {
			join_add(&same, label, "", "");
			continue;
		}
		if (!any)
			w->k->table(w->arg, 4, head);
		any = 1;
		report_measure_value(before, sizeof before, b);
		report_measure_value(now, sizeof now, m);
		/* Words that changed show in Before and Now already. */
		delta[0] = '\0';
		if (m->text[0] == '\0' && isfinite(m->value) &&
		    isfinite(b->value))
			snprintf(delta, sizeof delta, "%s%s%s%s",
			    m->value > b->value ? "+" : "",
			    report_num(n1, sizeof n1, m->value - b->value, 2),
			    m->unit[0] != '\0' ? " " : "", m->unit);
		w->k->row(w->arg, cells);
	}
	if (any) {
		w->k->table_end(w->arg);
		/* §0.1 rule 7: errors are often as large as the cut-offs. */
		para(w, REPORT_NOTE, "A change smaller than a measure's error "
		    "(see the bands in \"%s\") may be day-to-day variation "
		    "rather than real progress.",
		    strings_text(STR_H_ASYMMETRY));
	}
	if (!any && same.n == 0)
		para(w, REPORT_PLAIN, "No measure was taken in both "
		    "screenings.");
	join_end(w, &same, REPORT_NOTE, "No change: ", ".");
}

int
report_summary_person(const struct report_sink *k, void *arg,
    const struct report_context *ctx)
{
	struct walk	w = { k, arg, 0 };

	if (ctx->person == NULL)
		return 0;
	who_when(&w, ctx->person);
	if (ctx->person->previous_taken != NULL)
		changes(&w, ctx->person);
	return w.bad ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* The result                                                          */

static void
triage(struct walk *w, const struct screening_result *r,
    const struct report_context *ctx)
{
	const struct triage_result	*t = &r->triage;
	char				 buf[600];

	heading(w, 2, strings_text(STR_H_RESULT));
	para(w, t->tier <= TRIAGE_URGENT ? REPORT_ALERT : REPORT_PLAIN,
	    "%s: %s.", strings_text(STR_TIER), strings_tier(t->tier));
	para(w, REPORT_PLAIN, "%s", strings_tier_advice(t->tier));
	if (t->tier == TRIAGE_EMERGENCY) {
		strings_call_now(buf, sizeof buf, ctx->contact);
		para(w, REPORT_ALERT, "%s", buf);
	}
	if (t->professional != PRO_NONE)
		para(w, REPORT_PLAIN, "%s: %s. %s: %s.", strings_text(STR_SEE),
		    strings_professional(t->professional),
		    strings_text(STR_WHEN), strings_how_soon(t->how_soon));
	para(w, REPORT_NOTE, "%s: %s", strings_text(STR_WHY),
	    strings_rule(t->rule));
	if (t->n_flags > 0) {
		para(w, REPORT_PLAIN, "%s:", strings_text(STR_YOU_SAID_YES));
		for (size_t i = 0; i < t->n_flags; i++)
			item(w, "%s", strings_redflag(t->flags[i]));
	}
	if (t->sites != 0 && ctx->answers != NULL) {
		para(w, REPORT_PLAIN, "%s:", strings_text(STR_SYMPTOMS));
		for (int s = 0; s < SITE_COUNT; s++) {
			if ((t->sites & (1u << s)) == 0)
				continue;
			report_symptom_words(buf, sizeof buf,
			    &ctx->answers->symptom[s], (enum symptom_site)s);
			item(w, "%s.", buf);
		}
	}
}

static void
feet(struct walk *w, const struct screening_result *r)
{
	heading(w, 2, strings_text(STR_H_FEET));
	for (int s = 0; s < SIDE_COUNT; s++) {
		const struct pronation_result *p = &r->pronation[s];
		const char *foot = strings_text(s == SIDE_LEFT ?
		    STR_LEFT_FOOT : STR_RIGHT_FOOT);

		if (p->category == PRONATION_UNKNOWN)
			item(w, "%s: %s.", foot, strings_text(STR_NO_FOOT_DATA));
		else
			item(w, "%s: %s, %s %s.", foot,
			    strings_pronation(p->category),
			    strings_confidence(p->level),
			    strings_text(STR_CONFIDENCE));
	}
	para(w, REPORT_NOTE, "%s %s", strings_text(STR_POSTURE_NOT_CAUSE),
	    strings_text(STR_APPROXIMATE));
}

/* "40 s" of a side's value, or "" when missing. */
static const char *
with_unit(char *buf, size_t len, double v, const char *unit)
{
	char	n[32];

	if (!isfinite(v))
		buf[0] = '\0';
	else
		snprintf(buf, len, "%s%s%s", report_num(n, sizeof n, v, 2),
		    unit[0] != '\0' ? " " : "", unit);
	return buf;
}

static void
left_right(struct walk *w, const struct bilateral_result *bl)
{
	static const char *const head[5] = {
		"Measure", "Left", "Right", "Right \xe2\x88\x92 left (index)",
		"Judgement"
	};
	char		 l[48], r[48], d[80], band[400], n1[32];
	const char	*cells[5] = { NULL, l, r, d, band };
	int		 any = 0, unbanded = 0;

	heading(w, 2, strings_text(STR_H_ASYMMETRY));
	for (int m = 0; m < BM_COUNT; m++) {
		const struct bilateral_item *it = &bl->item[m];
		const char *unit = strings_measure_unit(
		    (enum bilateral_measure)m);

		if (!it->present)
			continue;
		if (!any)
			w->k->table(w->arg, 5, head);
		any = 1;
		cells[0] = strings_measure((enum bilateral_measure)m);
		with_unit(l, sizeof l, it->left, unit);
		with_unit(r, sizeof r, it->right, unit);
		with_unit(d, sizeof d, it->diff, unit);
		if (it->si_status == SI_OK && isfinite(it->si))
			snprintf(d + strlen(d), sizeof d - strlen(d),
			    " (%s %%)", report_num(n1, sizeof n1, it->si, 1));
		/* The long "no agreed limit" sentence once, under the table. */
		snprintf(band, sizeof band, "%s", it->band == ASYM_NO_BAND ?
		    "" : strings_band(it->band));
		unbanded |= it->band == ASYM_NO_BAND;
		if (it->differs != WHICH_NONE && it->band >= ASYM_NOTABLE)
			snprintf(band + strlen(band), sizeof band -
			    strlen(band), "; %s: %s",
			    strings_text(STR_STANDS_OUT),
			    strings_side(it->differs));
		w->k->row(w->arg, cells);
	}
	if (any)
		w->k->table_end(w->arg);
	else
		para(w, REPORT_PLAIN, "%s", strings_text(STR_NO_ASYMMETRY));
	if (unbanded)
		para(w, REPORT_NOTE, "No judgement: %s.",
		    strings_band(ASYM_NO_BAND));
}

/*
 * Findings explained in the summary; beyond this many only their labels
 * fit the page (design rule).
 */
#define FINDINGS_EXPLAINED	8
/* Exercises given with their dose; beyond, only their names (as above). */
#define EXERCISES_DOSED		8

/* Single-leg stance against the age mean, and the flags balance raises. */
static void
balance(struct walk *w, const struct balance_result *b)
{
	char	n1[32], n2[32], n3[32];
	int	shown = 0;

	for (int ec = 0; ec < 2; ec++) {
		double	lv = ec ? b->sls[SIDE_LEFT].ec_s : b->sls[SIDE_LEFT].eo_s;
		double	rv = ec ? b->sls[SIDE_RIGHT].ec_s :
			    b->sls[SIDE_RIGHT].eo_s;
		double	norm = ec ? b->ec_norm_s : b->eo_norm_s;

		if (!isfinite(lv) && !isfinite(rv))
			continue;
		if (!shown++)
			heading(w, 2, strings_text(STR_H_BALANCE));
		if (isfinite(norm) && b->norm_age_lo >= 0)
			para(w, REPORT_PLAIN, "%s: %s %s s, %s %s s. %s "
			    "(%d-%d): %s s.", strings_text(ec ? STR_SLS_EC :
			    STR_SLS_EO), strings_text(STR_LEFT),
			    report_num(n1, sizeof n1, lv, 1),
			    strings_text(STR_RIGHT),
			    report_num(n2, sizeof n2, rv, 1),
			    strings_text(STR_AGE_MEAN), b->norm_age_lo,
			    b->norm_age_hi, report_num(n3, sizeof n3, norm, 1));
		else
			para(w, REPORT_PLAIN, "%s: %s %s s, %s %s s.",
			    strings_text(ec ? STR_SLS_EC : STR_SLS_EO),
			    strings_text(STR_LEFT),
			    report_num(n1, sizeof n1, lv, 1),
			    strings_text(STR_RIGHT),
			    report_num(n2, sizeof n2, rv, 1));
	}
	if (b->fall_risk) {
		if (!shown++)
			heading(w, 2, strings_text(STR_H_BALANCE));
		para(w, REPORT_ALERT, "%s", strings_text(STR_FALL_RISK));
	}
	if (b->caution) {
		if (!shown++)
			heading(w, 2, strings_text(STR_H_BALANCE));
		para(w, REPORT_PLAIN, "%s.", strings_text(STR_CAUTION));
	}
}

static void
findings(struct walk *w, const struct findings *fd)
{
	struct joined	labels;
	char		head[300];
	int		n = 0;

	for (int i = 0; i < FINDING_COUNT; i++)
		n += fd->where[i] != 0;
	heading(w, 2, strings_text(STR_H_FINDINGS));
	if (n == 0) {
		para(w, REPORT_PLAIN, "%s", strings_text(STR_NO_FINDINGS));
		return;
	}
	/* Many findings: their labels in one paragraph, to fit the page. */
	join_begin(w, &labels, "; ");
	for (int i = 0; i < FINDING_COUNT; i++) {
		const struct finding_text *t =
		    strings_finding((enum finding_id)i);
		const char *sides = report_sides_words(fd->where[i]);

		if (fd->where[i] == 0)
			continue;
		if (n > FINDINGS_EXPLAINED) {
			join_add(&labels, t->label, sides[0] != '\0' ? ", " :
			    "", sides);
			continue;
		}
		snprintf(head, sizeof head, "%s%s%s.", t->label,
		    sides[0] != '\0' ? ", " : "", sides);
		item_detail(w, head, t->explain);
	}
	join_end(w, &labels, REPORT_PLAIN, "", ".");
	if (n > FINDINGS_EXPLAINED)
		para(w, REPORT_NOTE, "The text report (footscreen report "
		    "--format text) explains each of these.");
}

/* Referral lines as a list; wording lines (general notes) as one note. */
static void
plan_lines(struct walk *w, const struct plan_text *pt, size_t n,
    const struct advice_text *texts, size_t ntexts, int as_note)
{
	struct joined	notes;

	if (!as_note) {
		for (size_t i = 0; i < n; i++)
			if (pt[i].text < ntexts)
				item(w, "%s", texts[pt[i].text].text);
		return;
	}
	join_begin(w, &notes, " ");
	for (size_t i = 0; i < n; i++)
		if (pt[i].text < ntexts)
			join_add(&notes, texts[pt[i].text].text, "", "");
	join_end(w, &notes, REPORT_NOTE, "", "");
}

static void
plan(struct walk *w, const struct advice_plan *pl,
    const struct report_context *ctx)
{
	struct joined	names;
	char		dose[200], head[400], how[600];
	int		support = 0, many;

	heading(w, 2, strings_text(STR_H_PLAN));
	if (pl == NULL || ctx->rules == NULL || ctx->library == NULL ||
	    (pl->nexercises == 0 && pl->nwording == 0 &&
	    pl->nreferrals == 0)) {
		para(w, REPORT_PLAIN, "%s", strings_text(STR_NO_PLAN));
		return;
	}
	/* Many exercises: their names in one paragraph, to fit the page. */
	many = pl->nexercises > EXERCISES_DOSED;
	join_begin(w, &names, "; ");
	for (size_t i = 0; i < pl->nexercises; i++) {
		const struct plan_exercise *pe = &pl->exercise[i];
		const struct exercise *ex;
		const char *sides = report_sides_words(pe->sides);

		if (pe->exercise >= ctx->library->n)
			continue;
		ex = &ctx->library->exercise[pe->exercise];
		support |= pe->with_support;
		if (many) {
			join_add(&names, ex->name, sides[0] != '\0' ? ", " :
			    "", sides);
			continue;
		}
		strings_dosage(dose, sizeof dose, &ex->dosage);
		snprintf(head, sizeof head, "%s%s%s.", ex->name,
		    sides[0] != '\0' ? ", " : "", sides);
		snprintf(how, sizeof how, "%s: %s.%s%s", strings_text(STR_DOSE),
		    dose, pe->with_support ? " " : "", pe->with_support ?
		    strings_text(STR_WITH_SUPPORT) : "");
		item_detail(w, head, how);
	}
	join_end(w, &names, REPORT_PLAIN, "", ".");
	if (many)
		para(w, REPORT_NOTE, "The text report (footscreen report "
		    "--format text) gives how much of each, and how.%s%s%s",
		    support ? " " : "", support ? strings_text(STR_CAUTION) :
		    "", support ? "." : "");
	plan_lines(w, pl->referral, pl->nreferrals, ctx->rules->referral,
	    ctx->rules->nreferrals, 0);
	plan_lines(w, pl->wording, pl->nwording, ctx->rules->wording,
	    ctx->rules->nwording, 1);
}

static void
safety_net(struct walk *w, const struct triage_result *t,
    const struct report_context *ctx)
{
	struct joined	signs;
	char		buf[600];

	if (t->n_safety_net == 0)
		return;
	heading(w, 2, strings_text(STR_H_SAFETY_NET));
	strings_call_if(buf, sizeof buf, ctx->contact);
	/* One paragraph rather than a list: the page has room for little. */
	join_begin(w, &signs, "; ");
	for (size_t i = 0; i < t->n_safety_net; i++)
		join_add(&signs, strings_redflag(t->safety_net[i]), "", "");
	strncat(buf, " ", sizeof buf - strlen(buf) - 1);
	join_end(w, &signs, REPORT_PLAIN, buf, ".");
}

int
report_summary(const struct report_sink *k, void *arg,
    const struct screening_result *r, const struct advice_plan *pl,
    const struct report_context *ctx)
{
	struct walk	w = { k, arg, 0 };

	heading(&w, 1, strings_text(STR_TITLE));
	if (ctx->person != NULL)
		who_when(&w, ctx->person);
	para(&w, REPORT_ALERT, "%s", strings_text(STR_DISCLAIMER));
	triage(&w, r, ctx);
	if (!r->scored)
		para(&w, REPORT_PLAIN, "%s", strings_text(
		    r->triage.out_of_scope ? STR_OUT_OF_SCOPE :
		    STR_NOT_SCORED));
	else {
		feet(&w, r);
		left_right(&w, &r->bilateral);
		balance(&w, &r->balance);
		findings(&w, &r->findings);
	}
	if (ctx->person != NULL && ctx->person->previous_taken != NULL)
		changes(&w, ctx->person);
	if (r->scored)
		plan(&w, r->plan_allowed ? pl : NULL, ctx);
	safety_net(&w, &r->triage, ctx);
	return w.bad ? -1 : 0;
}
