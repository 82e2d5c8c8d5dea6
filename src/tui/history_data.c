/*
 * history_data.c: a person's history read from the store into fixed
 * arrays of struct scr_history (history.h), so that drawing never
 * touches the database: the list of screenings with a few figures each,
 * two screenings side by side, and each measure over time.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screening/report.h"
#include "tui/history.h"

/* A plain number: no words with it. */
static int
plain_number(const struct report_measure *m)
{
	return m != NULL && isfinite(m->value) && m->text[0] == '\0';
}

/* A row worth showing: the rule behind the triage repeats the triage. */
static int
comparable(const struct report_measure *m)
{
	return strcmp(m->measure, "triage_rule") != 0;
}

/*
 * A saved value in words for a table: the report's, except that a
 * finding is "found" and a difference with no agreed band is its number
 * alone (the sentence saying so is long; the results screen has it).
 */
static void
value_words(char *buf, size_t len, const struct report_measure *m)
{
	char	num[32];

	if (strncmp(m->measure, "finding.", 8) == 0 && m->text[0] == '\0' &&
	    !isfinite(m->value))
		snprintf(buf, len, "found");
	else if (strcmp(m->side, "difference") == 0 && isfinite(m->value) &&
	    strcmp(m->text, asym_band_key(ASYM_NO_BAND)) == 0)
		snprintf(buf, len, "%s%s%s%s", m->value > 0 ? "+" : "",
		    report_num(num, sizeof num, m->value, 2),
		    m->unit[0] != '\0' ? " " : "", m->unit);
	else
		report_measure_value(buf, len, m);
}

/* One measure in two screenings (b or n NULL: not taken that time). */
static void
pair_fill(struct hist_pair *p, const struct report_measure *b,
    const struct report_measure *n)
{
	const struct report_measure	*m = n != NULL ? n : b;
	char				 num[32];
	double				 d;

	memset(p, 0, sizeof *p);
	snprintf(p->key.measure, sizeof p->key.measure, "%s", m->measure);
	snprintf(p->key.side, sizeof p->key.side, "%s", m->side);
	p->has_before = b != NULL;
	p->has_now = n != NULL;
	if (b != NULL)
		value_words(p->before, sizeof p->before, b);
	if (n != NULL)
		value_words(p->now, sizeof p->now, n);
	if (b == NULL || n == NULL)
		return;
	p->numeric = plain_number(b) && plain_number(n) &&
	    strcmp(b->unit, n->unit) == 0;
	/* A difference between the sides is a number too, with its band. */
	if ((p->numeric || (strcmp(m->side, "difference") == 0 &&
	    isfinite(b->value) && isfinite(n->value) &&
	    strcmp(b->unit, n->unit) == 0)) && n->value != b->value) {
		d = n->value - b->value;
		snprintf(p->change, sizeof p->change, "%s%s%s%s",
		    d > 0 ? "+" : "", report_num(num, sizeof num, d, 2),
		    n->unit[0] != '\0' ? " " : "", n->unit);
	} else if (strcmp(p->before, p->now) == 0)
		snprintf(p->change, sizeof p->change, "no change");
}

static void
pair_add(struct hist_compare *c, const struct report_measure *b,
    const struct report_measure *n)
{
	if (c->n >= HIST_PAIRS_MAX)
		return;
	pair_fill(&c->pair[c->n], b, n);
	if (c->pair[c->n].numeric)
		c->nnumeric++;
	c->n++;
}

/* When a screening was taken. */
static int
session_taken(struct store *st, int64_t id, char taken[STORE_TIME_MAX],
    struct store_error *err)
{
	struct store_session	x;
	int			rc;

	if ((rc = store_session_get(st, id, &x, err)) != STORE_OK)
		return rc;
	snprintf(taken, STORE_TIME_MAX, "%s", x.taken);
	store_session_clear(&x);
	return STORE_OK;
}

/*
 * Screening now_id beside before_id (0: none): every measure of either,
 * in the order the newer one saved them.
 */
int
hist_compare_build(struct store *st, int64_t before_id, int64_t now_id,
    struct hist_compare *c, struct store_error *err)
{
	struct report_measure	*now = NULL, *before = NULL;
	size_t			 nn = 0, nb = 0, i;
	int			 rc;

	c->have = 0;
	c->n = c->nnumeric = 0;
	c->before_id = before_id;
	c->now_id = now_id;
	c->before_taken[0] = c->now_taken[0] = '\0';
	if ((rc = session_taken(st, now_id, c->now_taken, err)) != STORE_OK ||
	    (before_id != 0 && (rc = session_taken(st, before_id,
	    c->before_taken, err)) != STORE_OK))
		return rc;
	if ((rc = store_session_results(st, now_id, &now, &nn, err)) !=
	    STORE_OK || (before_id != 0 && (rc = store_session_results(st,
	    before_id, &before, &nb, err)) != STORE_OK)) {
		free(now);
		return rc;
	}
	for (i = 0; i < nn; i++)
		if (comparable(&now[i]))
			pair_add(c, report_measure_find(before, nb, &now[i]),
			    &now[i]);
	for (i = 0; i < nb; i++)
		if (comparable(&before[i]) && report_measure_find(now, nn,
		    &before[i]) == NULL)
			pair_add(c, &before[i], NULL);
	free(now);
	free(before);
	c->have = 1;
	return STORE_OK;
}

/* The triage and a few figures of one screening, for the list. */
static void
session_figures(struct hist_session *s, const struct report_measure *rows,
    size_t n)
{
	const struct report_measure	*l = NULL, *r = NULL, *one = NULL;
	char				 a[HIST_WORDS], b[HIST_WORDS];
	size_t				 i;

	s->tier[0] = s->figures[0] = '\0';
	for (i = 0; i < n; i++) {
		if (strcmp(rows[i].measure, "triage") == 0)
			snprintf(s->tier, sizeof s->tier, "%s",
			    report_measure_words(&rows[i]));
		if (l == NULL && strcmp(rows[i].side, "left") == 0 &&
		    plain_number(&rows[i])) {
			struct report_measure	want = rows[i];

			snprintf(want.side, sizeof want.side, "right");
			if ((r = report_measure_find(rows, n, &want)) != NULL &&
			    plain_number(r))
				l = &rows[i];
		}
		if (one == NULL && strcmp(rows[i].side, "none") == 0 &&
		    plain_number(&rows[i]))
			one = &rows[i];
	}
	/*
	 * Both sides of the first measure taken on both, else one number;
	 * the numbers first, so that a narrow list cuts only the name.
	 */
	if (l != NULL)
		snprintf(s->figures, sizeof s->figures, "left %s, right %s: %s",
		    report_measure_value(a, sizeof a, l),
		    report_measure_value(b, sizeof b, r),
		    report_measure_label(l->measure));
	else if (one != NULL)
		snprintf(s->figures, sizeof s->figures, "%s: %s",
		    report_measure_value(a, sizeof a, one),
		    report_measure_label(one->measure));
}

/* The person's screenings, newest first, into the list. */
int
hist_load(struct app *app, struct store_error *err)
{
	struct scr_history	*h = &app->history_scr;
	struct store_session	*list = NULL;
	struct report_measure	*rows;
	size_t			 n = 0, nrows, i;
	int			 rc = STORE_OK;

	h->n = 0;
	h->total = 0;
	if (app->store == NULL || app->profile_id == 0)
		return STORE_OK;
	if ((rc = store_session_list(app->store, app->profile_id, &list, &n,
	    err)) != STORE_OK)
		return rc;
	h->total = (long)n;
	for (i = n; i-- > 0 && h->n < HIST_SESSIONS_MAX;) {
		struct hist_session	*s = &h->s[h->n];

		memset(s, 0, sizeof *s);
		s->id = list[i].id;
		snprintf(s->taken, sizeof s->taken, "%s", list[i].taken);
		s->mode = list[i].mode;
		s->has_notes = list[i].notes != NULL &&
		    list[i].notes[0] != '\0';
		if ((rc = store_session_results(app->store, s->id, &rows,
		    &nrows, err)) != STORE_OK)
			break;
		session_figures(s, rows, nrows);
		free(rows);
		h->n++;
	}
	store_sessions_free(list, n);
	return rc;
}

/* A trend row for this measure and side, made when it is new. */
static struct hist_trend *
trend_row(struct scr_history *h, const struct report_measure *m, int np)
{
	struct hist_trend	*t;

	for (int i = 0; i < h->ntrend; i++)
		if (strcmp(h->trend[i].key.measure, m->measure) == 0 &&
		    strcmp(h->trend[i].key.side, m->side) == 0)
			return &h->trend[i];
	if (h->ntrend >= HIST_TREND_MAX)
		return NULL;
	t = &h->trend[h->ntrend++];
	snprintf(t->key.measure, sizeof t->key.measure, "%s", m->measure);
	snprintf(t->key.side, sizeof t->key.side, "%s", m->side);
	snprintf(t->unit, sizeof t->unit, "%s", m->unit);
	t->n = np;
	for (int k = 0; k < HIST_POINTS_MAX; k++)
		t->v[k] = NAN;
	return t;
}

/*
 * Every measure with a number in the newest HIST_POINTS_MAX screenings,
 * in the order the newest saved them, and its values over those
 * screenings (store_measure_series), a gap where it was not taken.
 */
int
hist_trend_build(struct app *app, struct store_error *err)
{
	struct scr_history	*h = &app->history_scr;
	struct report_measure	*rows;
	struct store_point	*pts;
	size_t			 nrows, npts, i;
	int			 np = h->n < HIST_POINTS_MAX ? h->n :
				    HIST_POINTS_MAX;
	int			 rc;

	h->ntrend = 0;
	for (int k = 0; k < np; k++) {
		if ((rc = store_session_results(app->store, h->s[k].id, &rows,
		    &nrows, err)) != STORE_OK)
			return rc;
		for (i = 0; i < nrows; i++)
			if (isfinite(rows[i].value) && strncmp(rows[i].measure,
			    "finding.", 8) != 0)
				trend_row(h, &rows[i], np);
		free(rows);
	}
	for (int r = 0; r < h->ntrend; r++) {
		struct hist_trend	*t = &h->trend[r];

		if ((rc = store_measure_series(app->store, app->profile_id,
		    t->key.measure, t->key.side, &pts, &npts, err)) !=
		    STORE_OK)
			return rc;
		/* h->s is newest first; the trend oldest first. */
		for (i = 0; i < npts; i++)
			for (int k = 0; k < np; k++)
				if (h->s[k].id == pts[i].session_id)
					t->v[np - 1 - k] = pts[i].value;
		free(pts);
	}
	return STORE_OK;
}
