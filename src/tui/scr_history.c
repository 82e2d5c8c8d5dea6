/*
 * scr_history.c: a person's history (scr_history.h, issue 6 items 2 to
 * 5).  The screen has one list (the saved screenings, newest first) and
 * views over it: one screening with the change since the one before, two
 * screenings side by side, a sparkline per measure, and two text fields
 * (a screening's notes; the name that confirms deleting the person).
 *
 * What is shown is read from the store when the screen is entered or a
 * view is opened, into fixed arrays in struct scr_history, so that
 * drawing never touches the database.  The words for a measure and its
 * value are the report's (report_measure_label, report_measure_value):
 * the history says things the way the reports say them.
 *
 * Change over time is shown as numbers and signs, never judged: whether
 * more is better depends on the measure, and a change smaller than the
 * measurement error may be day-to-day variation (evidence sheet §0.1
 * rule 7), which the views say.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "screening/answers.h"
#include "screening/report.h"
#include "store/export.h"
#include "tui/app.h"
#include "tui/spark.h"

/* ------------------------------------------------------------------ */
/* The text field                                                      */

/* The first byte of a UTF-8 character (not a continuation byte). */
static int
char_start(char c)
{
	return ((unsigned char)c & 0xc0) != 0x80;
}

void
textfield_init(struct textfield *t, size_t max)
{
	t->buf[0] = '\0';
	t->len = t->cur = 0;
	t->max = max < TEXTFIELD_MAX ? max : TEXTFIELD_MAX - 1;
}

void
textfield_set(struct textfield *t, const char *s)
{
	size_t	n = s != NULL ? strlen(s) : 0;

	if (n > t->max) {
		n = t->max;
		while (n > 0 && !char_start(s[n]))
			n--;
	}
	if (n > 0)
		memcpy(t->buf, s, n);
	t->buf[n] = '\0';
	t->len = t->cur = n;
}

int
textfield_key(struct textfield *t, int key)
{
	char		u[4];
	unsigned	n;
	size_t		at;

	if (TK_IS_CHAR(key)) {
		n = tui_utf8_encode((unsigned)key, u);
		/* Full, or not a character: the key is used up all the same. */
		if (n == 0 || t->len + n > t->max)
			return 1;
		memmove(t->buf + t->cur + n, t->buf + t->cur,
		    t->len - t->cur + 1);
		memcpy(t->buf + t->cur, u, n);
		t->len += n;
		t->cur += n;
		return 1;
	}
	switch (key) {
	case TK_BACKSPACE:
		if (t->cur == 0)
			return 0;
		at = t->cur;
		do
			at--;
		while (at > 0 && !char_start(t->buf[at]));
		memmove(t->buf + at, t->buf + t->cur, t->len - t->cur + 1);
		t->len -= t->cur - at;
		t->cur = at;
		return 1;
	case TK_LEFT:
		while (t->cur > 0 && !char_start(t->buf[--t->cur]))
			;
		return 1;
	case TK_RIGHT:
		if (t->cur < t->len)
			t->cur++;
		while (t->cur < t->len && !char_start(t->buf[t->cur]))
			t->cur++;
		return 1;
	case TK_HOME:
		t->cur = 0;
		return 1;
	case TK_END:
		t->cur = t->len;
		return 1;
	}
	return 0;
}

void
textfield_draw(const struct textfield *t, struct grid *g, struct rect r,
    int focused)
{
	char	ch[8];
	size_t	i, n;
	int	nch = 0, curch = 0, first = 0, k = 0, pos;

	if (r.w <= 0 || r.h <= 0)
		return;
	for (i = 0; i < t->len; i++)
		if (char_start(t->buf[i])) {
			if (i < t->cur)
				curch++;
			nch++;
		}
	/* Scroll by whole rows (or sideways on one row) to the cursor. */
	if (curch / r.w >= r.h)
		first = (curch / r.w - r.h + 1) * r.w;
	if (r.h == 1 && curch >= r.w)
		first = curch - r.w + 1;
	for (i = 0; i < t->len; i += n, k++) {
		for (n = 1; n < 4 && i + n < t->len &&
		    !char_start(t->buf[i + n]); n++)
			;
		if (k < first)
			continue;
		pos = k - first;
		if (pos / r.w >= r.h)
			break;
		memcpy(ch, t->buf + i, n);
		ch[n] = '\0';
		grid_text(g, r.x + pos % r.w, r.y + pos / r.w, 1, ch,
		    focused && k == curch ? GA_REVERSE : 0, GC_DEFAULT);
	}
	pos = nch - first;
	if (focused && curch == nch && pos / r.w < r.h)
		grid_put(g, r.x + pos % r.w, r.y + pos / r.w, ' ', GA_REVERSE,
		    GC_DEFAULT);
}

/* ------------------------------------------------------------------ */
/* Words                                                               */

static const char *const month_names[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
	"Nov", "Dec"
};

/* A stored time (UTC, "2026-10-03T10:00:00Z") in local time; -1 if bad. */
static int
local_time(const char *iso, struct tm *out)
{
	struct tm	tm;
	time_t		t;

	memset(&tm, 0, sizeof tm);
	if (iso == NULL || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year,
	    &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
		return -1;
	tm.tm_year -= 1900;
	tm.tm_mon--;
	if ((t = timegm(&tm)) == (time_t)-1 || localtime_r(&t, out) == NULL ||
	    out->tm_mon < 0 || out->tm_mon > 11)
		return -1;
	return 0;
}

const char *
history_day_words(char *buf, size_t len, const char *iso)
{
	struct tm	tm;

	if (local_time(iso, &tm) == -1)
		snprintf(buf, len, "%s", iso != NULL ? iso : "");
	else
		snprintf(buf, len, "%d %s %d", tm.tm_mday,
		    month_names[tm.tm_mon], tm.tm_year + 1900);
	return buf;
}

/* "3 Oct 2026 10:00". */
static const char *
when_words(char *buf, size_t len, const char *iso)
{
	struct tm	tm;

	if (local_time(iso, &tm) == -1)
		snprintf(buf, len, "%s", iso != NULL ? iso : "");
	else
		snprintf(buf, len, "%d %s %d %02d:%02d", tm.tm_mday,
		    month_names[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour,
		    tm.tm_min);
	return buf;
}

/* A measure's name with a capital: "Standing on one leg, eyes open". */
static const char *
measure_words(char *buf, size_t len, const char *measure)
{
	const char	*label = report_measure_label(measure);

	snprintf(buf, len, "%c%s", label[0] >= 'a' && label[0] <= 'z' ?
	    label[0] - 'a' + 'A' : label[0], label[0] != '\0' ? label + 1 :
	    "");
	return buf;
}

/* The side as a line under its measure: "left", "right - left". */
static const char *
side_words(const struct grid *g, const char *side)
{
	if (strcmp(side, "difference") == 0)
		return grid_sym(g, "right − left", "right - left");
	if (strcmp(side, "none") == 0)
		return "";
	return side;
}

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
static int
group_lines(key_fn *key_of, const void *ctx, int n, struct gline *out)
{
	const struct hist_key	*k, *prev = NULL;
	int			 nl = 0;

	for (int i = 0; i < n && nl + 2 <= GLINES_MAX; i++) {
		if ((k = key_of(ctx, i)) == NULL)
			continue;
		if (prev == NULL || strcmp(prev->measure, k->measure) != 0)
			out[nl++] = (struct gline){ i, 1 };
		out[nl++] = (struct gline){ i, 0 };
		prev = k;
	}
	return nl;
}

static const struct hist_key *
pair_key(const void *ctx, int i)
{
	return &((const struct hist_compare *)ctx)->pair[i].key;
}

/* Only what was a plain number both times: before → now. */
static const struct hist_key *
numeric_key(const void *ctx, int i)
{
	const struct hist_compare	*c = ctx;
	const struct hist_pair		*p = &c->pair[i];

	return p->numeric ? &p->key : NULL;
}

static const struct hist_key *
trend_key(const void *ctx, int i)
{
	return &((const struct scr_history *)ctx)->trend[i].key;
}

/* "Ann (born 1980)" or "Ann". */
static const char *
person_words(char *buf, size_t len, const struct app *app)
{
	if (app->profile_born > 0)
		snprintf(buf, len, "%s (born %d)", app->profile_name,
		    app->profile_born);
	else
		snprintf(buf, len, "%s", app->profile_name);
	return buf;
}

/* "1 session" or "4 sessions". */
static const char *
counted(char *buf, size_t len, long n, const char *one, const char *many)
{
	snprintf(buf, len, "%ld %s", n, n == 1 ? one : many);
	return buf;
}

/* The test sets of this screening for its protocol: "quick+board". */
static const char *
sets_words(char *buf, size_t len, unsigned sets)
{
	static const struct {
		unsigned	 bit;
		const char	*name;
	} names[] = {
		{ SET_QUICK, "quick" }, { SET_FULL, "full" },
		{ SET_BOARD, "board" }, { SET_PARTNER, "partner" },
	};
	size_t	o = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if ((sets & names[i].bit) && o < len)
			o += (size_t)snprintf(buf + o, len - o, "%s%s",
			    o > 0 ? "+" : "", names[i].name);
	if (buf[0] == '\0')
		snprintf(buf, len, "none");
	return buf;
}

/* ------------------------------------------------------------------ */
/* Reading the store                                                   */

/* A plain number: no words with it. */
static int
plain_number(const struct report_measure *m)
{
	return m != NULL && isfinite(m->value) && m->text[0] == '\0';
}

/* The same measure and side in rows[0..n), or NULL. */
static const struct report_measure *
find_row(const struct report_measure *rows, size_t n,
    const struct report_measure *m)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(rows[i].measure, m->measure) == 0 &&
		    strcmp(rows[i].side, m->side) == 0)
			return &rows[i];
	return NULL;
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
static int
compare_build(struct store *st, int64_t before_id, int64_t now_id,
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
			pair_add(c, find_row(before, nb, &now[i]), &now[i]);
	for (i = 0; i < nb; i++)
		if (comparable(&before[i]) && find_row(now, nn, &before[i]) ==
		    NULL)
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
			if ((r = find_row(rows, n, &want)) != NULL &&
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
static int
history_load(struct app *app, struct store_error *err)
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
static int
trend_build(struct app *app, struct store_error *err)
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

/* ------------------------------------------------------------------ */
/* Saving the screening (the results screen)                           */

/* A fingerprint of the answers (FNV-1a of the answers file); 0: none. */
static uint64_t
answers_hash(const struct screening_answers *a)
{
	char		*text = NULL;
	size_t		 len = 0;
	FILE		*m;
	uint64_t	 h = 14695981039346656037ull;

	if ((m = open_memstream(&text, &len)) == NULL)
		return 0;
	if (answers_write(m, a) != 0) {
		fclose(m);
		free(text);
		return 0;
	}
	if (fclose(m) != 0 || text == NULL) {
		free(text);
		return 0;
	}
	for (size_t i = 0; i < len; i++) {
		h ^= (unsigned char)text[i];
		h *= 1099511628211ull;
	}
	free(text);
	return h;
}

int
history_available(const struct app *app)
{
	return app->store != NULL && app->profile_id != 0;
}

/* What the results overview says when there is nothing to compare. */
static void
save_note(struct app *app, int failed, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
save_note(struct app *app, int failed, const char *fmt, ...)
{
	struct scr_history	*h = &app->history_scr;
	va_list			 ap;

	va_start(ap, fmt);
	vsnprintf(h->save_note, sizeof h->save_note, fmt, ap);
	va_end(ap);
	h->save_failed = failed;
}

void
history_autosave(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_new_session ns;
	struct store_session	 x;
	struct store_error	 err;
	char			 protocol[1024], sets[64];
	uint64_t		 hash;
	int64_t			 id, prev;
	int			 again = app->session_id != 0, rc;

	if (!app->have_result || app->mode == STORE_MODE_KIOSK)
		return;
	if (app->store == NULL) {
		if (app->store_error[0] != '\0')
			save_note(app, 0, "Not saved: the history could not be "
			    "opened (p on the welcome screen says why).");
		return;
	}
	if (app->profile_id == 0) {
		save_note(app, 0, "Not saved: this screening is for nobody in "
		    "the history (p on the welcome screen picks a person).");
		return;
	}
	hash = answers_hash(&app->answers);
	if (again && hash == h->saved_hash)
		return;		/* the same answers: saved already */
	if (store_protocol(protocol, sizeof protocol, sets_words(sets,
	    sizeof sets, app->sets), &app->answers, app->norms) != 0) {
		save_note(app, 1, "Not saved: the protocol could not be "
		    "written down.");
		app_message(app, 1, "%s", h->save_note);
		return;
	}
	memset(&ns, 0, sizeof ns);
	ns.profile_id = app->profile_id;
	ns.mode = app->mode;
	ns.protocol = protocol;
	ns.answers = &app->answers;
	ns.result = &app->result;
	if ((rc = store_session_save(app->store, &ns, &id, &err)) != STORE_OK) {
		save_note(app, 1, "Not saved: %s", err.msg);
		app_message(app, 1, "%s", h->save_note);
		return;
	}
	app->session_id = id;
	h->saved_hash = hash;
	if (again)
		app_message(app, 0, "The answers changed, so this was saved "
		    "again to %s's history as a new screening: a saved "
		    "screening is never rewritten.", app->profile_name);
	else
		app_message(app, 0, "Saved to %s's history.%s",
		    app->profile_name, app->mode == STORE_MODE_TRAINER ?
		    " h goes back to it." : "");
	save_note(app, 0, "Saved to %s's history; nothing to compare with "
	    "yet.", app->profile_name);
	/* What changed since the screening before this one. */
	h->last.have = 0;
	if (store_session_get(app->store, id, &x, &err) != STORE_OK)
		return;
	rc = store_session_previous(app->store, &x, &prev, &err);
	store_session_clear(&x);
	if (rc == STORE_OK && compare_build(app->store, prev, id, &h->last,
	    &err) != STORE_OK)
		save_note(app, 1, "Saved, but the screening before could not "
		    "be read: %s", err.msg);
}

/*
 * The lines of "compared with last time" that fit in rows: a measure's
 * name is never left without a number under it.
 */
static int
last_lines(const struct app *app, struct gline *l, int rows)
{
	const struct hist_compare	*c = &app->history_scr.last;
	int				 n;

	if (!c->have || c->before_id == 0)
		return 0;
	n = group_lines(numeric_key, c, c->n, l);
	if (n > rows) {
		n = rows > 0 ? rows : 0;
		if (n > 0 && l[n - 1].heading)
			n--;
	}
	return n;
}

int
history_last_rows(const struct app *app, int h)
{
	struct gline	l[GLINES_MAX];
	/* Design rule: at most a quarter of the list's rows. */
	int		most = h / 4 - 1;

	return 1 + (most >= 2 ? last_lines(app, l, most) : 0);
}

void
history_last_draw(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	const struct hist_compare	*c = &h->last;
	struct gline			 l[GLINES_MAX];
	char				 day[32], label[160], v[200];
	int				 n, vw;

	if (r.h <= 0 || r.w <= 0)
		return;
	if (!c->have || c->before_id == 0) {
		if (h->save_note[0] != '\0')
			grid_printf(g, r.x, r.y, r.w, 0, h->save_failed ?
			    GC_ALERT : GC_MUTED, "%s%s", h->save_failed ?
			    "! " : "", h->save_note);
		return;
	}
	history_day_words(day, sizeof day, c->before_taken);
	grid_hit(g, r.x, r.y, r.w, 'c');
	if (c->nnumeric == 0) {
		grid_printf(g, r.x, r.y, r.w, 0, GC_MUTED, "Compared with last "
		    "time (%s): no number taken both times; c: more", day);
		return;
	}
	grid_printf(g, r.x, r.y, r.w, GA_BOLD, GC_DEFAULT, "Compared with "
	    "last time (%s); c: more", day);
	n = last_lines(app, l, r.h - 1);
	for (int i = 0; i < n; i++) {
		const struct hist_pair	*p = &c->pair[l[i].item];
		int			 y = r.y + 1 + i;

		grid_hit(g, r.x, y, r.w, 'c');
		if (l[i].heading) {
			grid_text(g, r.x + 1, y, r.w - 1, measure_words(label,
			    sizeof label, p->key.measure), 0, GC_DEFAULT);
			continue;
		}
		/* The numbers in full; the side's word gives way. */
		snprintf(v, sizeof v, "%s %s %s (%s)", p->before,
		    grid_sym(g, "→", "->"), p->now, p->change[0] != '\0' ?
		    p->change : "no change");
		vw = grid_text_width(g, v);
		if (vw > r.w - 3)
			vw = r.w - 3;
		grid_text(g, r.x + 3, y, r.w - vw - 4, side_words(g,
		    p->key.side), 0, GC_DEFAULT);
		grid_text(g, r.x + r.w - vw, y, vw, v, 0, GC_DEFAULT);
	}
}

/* ------------------------------------------------------------------ */
/* Going to the history                                                */

void
history_open(struct app *app)
{
	if (!history_available(app)) {
		app_message(app, 1, "%s", app->store == NULL ? "There is no "
		    "history: it could not be opened, or this is a kiosk." :
		    "No person is chosen: p picks one.");
		return;
	}
	nav_return(app, SCR_HISTORY);
}

void
history_new_screening(struct app *app, int64_t id)
{
	app_reset(app);
	if (profiles_use(app, id) != 0)
		return;
	if (app->mode == STORE_MODE_TRAINER) {
		/* Esc on the welcome screen leads back to the client. */
		app->history[0] = (struct app_nav){ SCR_PROFILES, 0 };
		app->history[1] = (struct app_nav){ SCR_HISTORY, 0 };
		app->nhistory = 2;
	}
	app_message(app, 0, "A new screening for %s: Enter starts it.",
	    app->profile_name);
}

int
history_results_shown(const struct app *app, int key)
{
	if (key == 'c')
		return history_available(app) &&
		    app->history_scr.last.have &&
		    app->history_scr.last.before_id != 0;
	return history_available(app);
}

int
history_results_key(struct app *app, int key)
{
	if ((key != 'c' && key != 'h') || !history_results_shown(app, key))
		return 0;
	if (key == 'h') {
		history_open(app);
		return 1;
	}
	app->history_scr.open_compare = 1;
	app_goto(app, SCR_HISTORY);
	return 1;
}

/* ------------------------------------------------------------------ */
/* Files: the report and the export                                    */

/* The name for a file name: letters and digits, the rest '-'. */
static void
file_stem(char *out, size_t len, const char *name)
{
	size_t	o = 0;

	for (; *name != '\0' && o + 1 < len; name++) {
		unsigned char	c = (unsigned char)*name;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9'))
			out[o++] = (char)c;
		else if (o > 0 && out[o - 1] != '-')
			out[o++] = '-';
	}
	while (o > 0 && out[o - 1] == '-')
		o--;
	out[o] = '\0';
	if (o == 0)
		snprintf(out, len, "person");
}

/*
 * A new file footscreen-NAME-DATE.ext in the current directory, else in
 * $HOME; "-2", "-3" ... when the name is taken: another file is never
 * written over.  Mode 0600: it holds health data.  NULL with errno.
 */
static FILE *
out_create(const struct app *app, const char *date, const char *ext,
    char *path, size_t len)
{
	char		 stem[STORE_NAME_MAX + 1], cwd[PATH_MAX];
	const char	*dirs[2];
	int		 ndirs = 0, fd, e = ENOENT;
	FILE		*f;

	file_stem(stem, sizeof stem, app->profile_name);
	if (getcwd(cwd, sizeof cwd) != NULL && access(cwd, W_OK) == 0)
		dirs[ndirs++] = cwd;
	if (getenv("HOME") != NULL && getenv("HOME")[0] == '/')
		dirs[ndirs++] = getenv("HOME");
	for (int d = 0; d < ndirs; d++)
		for (int k = 1; k < 100; k++) {
			if (k == 1)
				snprintf(path, len, "%s/footscreen-%s-%.10s.%s",
				    dirs[d], stem, date, ext);
			else
				snprintf(path, len, "%s/footscreen-%s-%.10s-%d."
				    "%s", dirs[d], stem, date, k, ext);
			fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
			    0600);
			if (fd >= 0) {
				if ((f = fdopen(fd, "w")) != NULL)
					return f;
				e = errno;
				close(fd);
				unlink(path);
				errno = e;
				return NULL;
			}
			if ((e = errno) != EEXIST)
				break;
		}
	errno = e;
	return NULL;
}

/* Flush to the disk and close; a file half written is removed. */
static int
out_finish(FILE *f, const char *path, int failed)
{
	if (fflush(f) != 0 || ferror(f) || fsync(fileno(f)) != 0)
		failed = 1;
	if (fclose(f) != 0)
		failed = 1;
	if (failed)
		unlink(path);
	return failed ? -1 : 0;
}

/* What a report is made from: large, so on the heap. */
struct report_work {
	struct store_session		 now, before;
	struct report_measure		*mnow, *mbefore;
	size_t				 nnow, nbefore;
	struct screening_answers	 answers;
	struct screening_result		 result;
	struct advice_plan		 plan;
};

static void
report_work_free(struct report_work *w)
{
	store_session_clear(&w->now);
	store_session_clear(&w->before);
	free(w->mnow);
	free(w->mbefore);
	free(w);
}

/* The screening, the one before and its result screened again. */
static int
report_gather(struct app *app, int64_t id, struct report_work *w,
    struct store_error *err)
{
	int64_t	prev;
	int	rc;

	if ((rc = store_session_get(app->store, id, &w->now, err)) !=
	    STORE_OK || (rc = store_session_answers(&w->now, &w->answers,
	    err)) != STORE_OK || (rc = store_session_results(app->store, id,
	    &w->mnow, &w->nnow, err)) != STORE_OK)
		return rc;
	rc = store_session_previous(app->store, &w->now, &prev, err);
	if (rc == STORE_OK && ((rc = store_session_get(app->store, prev,
	    &w->before, err)) != STORE_OK || (rc = store_session_results(
	    app->store, prev, &w->mbefore, &w->nbefore, err)) != STORE_OK))
		return rc;
	if (rc != STORE_OK && rc != STORE_ERR_NOT_FOUND)
		return rc;
	if (screening_run(&w->answers, app->norms, &w->result) != CORE_OK) {
		snprintf(err->msg, sizeof err->msg, "the saved answers could "
		    "not be screened again");
		return STORE_ERR_ARG;
	}
	if (w->result.plan_allowed && advice_plan(app->rules, app->library,
	    &w->result.findings, w->result.triage.tier,
	    w->answers.age_years, &w->plan) != CORE_OK) {
		snprintf(err->msg, sizeof err->msg, "no plan could be made "
		    "from the advice data");
		return STORE_ERR_ARG;
	}
	return STORE_OK;
}

/* The one-page HTML report of screening id (report_html). */
static void
write_report(struct app *app, int64_t id)
{
	struct report_work	*w;
	struct report_person	 person;
	struct report_context	 ctx;
	struct store_error	 err;
	char			 path[PATH_MAX + 64];
	FILE			*f;

	if ((w = calloc(1, sizeof *w)) == NULL) {
		app_message(app, 1, "No report: out of memory.");
		return;
	}
	if (report_gather(app, id, w, &err) != STORE_OK) {
		app_message(app, 1, "No report: %s", err.msg);
		report_work_free(w);
		return;
	}
	person = (struct report_person){
		.name = app->profile_name, .birth_year = app->profile_born,
		.sex = w->answers.sex, .session = (long long)w->now.id,
		.taken = w->now.taken, .mode = store_mode_key(w->now.mode),
		.app_version = w->now.app_version, .notes = w->now.notes,
		.previous_session = (long long)w->before.id,
		.previous_taken = w->before.id != 0 ? w->before.taken : NULL,
		.now = w->mnow, .nnow = w->nnow,
		.before = w->mbefore, .nbefore = w->nbefore,
	};
	memset(&ctx, 0, sizeof ctx);
	ctx.answers = &w->answers;
	ctx.rules = app->rules;
	ctx.library = app->library;
	ctx.contact = app->contact;
	ctx.person = &person;
	if ((f = out_create(app, w->now.taken, "html", path,
	    sizeof path)) == NULL)
		app_message(app, 1, "No report: no file could be made here or "
		    "in the home folder: %s.", strerror(errno));
	else if (out_finish(f, path, report_html(f, &w->result,
	    w->result.plan_allowed ? &w->plan : NULL, &ctx) != 0) != 0)
		app_message(app, 1, "No report: writing %s failed.", path);
	else
		app_message(app, 0, "The one-page report is in %s", path);
	report_work_free(w);
}

/* Everything kept about the person as JSON (store_export). */
static void
write_export(struct app *app)
{
	struct store_error	err;
	char			path[PATH_MAX + 64], today[STORE_TIME_MAX];
	FILE			*f;

	store_now(today);
	if ((f = out_create(app, today, "json", path, sizeof path)) == NULL) {
		app_message(app, 1, "No export: no file could be made here or "
		    "in the home folder: %s.", strerror(errno));
		return;
	}
	err.msg[0] = '\0';
	if (out_finish(f, path, store_export(app->store, app->profile_id, f,
	    &err) != STORE_OK) != 0)
		app_message(app, 1, "No export: %s", err.msg[0] != '\0' ?
		    err.msg : "writing the file failed.");
	else
		app_message(app, 0, "Everything kept about %s is in %s",
		    app->profile_name, path);
}

/* ------------------------------------------------------------------ */
/* The screen                                                          */

/*
 * The rows a view's list or table shows at the terminal's size (the
 * body, less the title, the view's heads and the notes under it).
 */
static int
view_rows(const struct app *app)
{
	int	rows = app->lines - 3 - 2;

	switch (app->history_scr.view) {
	case HV_SESSION:
		rows -= 6;
		break;
	case HV_COMPARE:
		rows -= 5;
		break;
	case HV_TREND:
		rows -= 2;
		break;
	default:
		rows -= 3;
		break;
	}
	return rows > 1 ? rows : 1;
}

/* The lines of the session, compare or trend view. */
static int
view_lines(const struct app *app)
{
	const struct scr_history	*h = &app->history_scr;
	struct gline			 l[GLINES_MAX];

	if (h->view == HV_TREND)
		return group_lines(trend_key, h, h->ntrend, l);
	return group_lines(pair_key, &h->cmp, h->cmp.n, l);
}

static struct hist_session *
selected(struct app *app)
{
	struct scr_history	*h = &app->history_scr;

	if (h->view != HV_LIST && h->view != HV_SESSION &&
	    h->view != HV_NOTES)
		return NULL;
	return h->menu.sel >= 0 && h->menu.sel < h->n ? &h->s[h->menu.sel] :
	    NULL;
}

/* A store failure on this screen: the message line says it. */
static void
store_failed(struct app *app, const char *what, const struct store_error *e)
{
	app_message(app, 1, "%s: %s", what, e->msg);
}

static void
reload(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;
	int			 before = h->n;

	if (history_load(app, &err) != STORE_OK)
		store_failed(app, "The history could not be read", &err);
	h->menu.n = h->n;
	if (h->n != before)
		h->menu.sel = 0;	/* a new screening: on top */
	if (h->menu.sel >= h->n)
		h->menu.sel = h->n > 0 ? h->n - 1 : 0;
}

/* Show compare c (made by the caller) with its two screenings marked. */
static void
show_compare(struct app *app)
{
	struct scr_history	*h = &app->history_scr;

	h->mark[0] = h->cmp.before_id;
	h->mark[1] = h->cmp.now_id;
	h->scroll = 0;
	h->view = HV_COMPARE;
}

static void
arrive(struct app *app)
{
	struct scr_history	*h = &app->history_scr;

	h->view = HV_LIST;
	h->scroll = 0;
	reload(app);
	if (h->open_compare) {
		h->open_compare = 0;
		h->cmp = h->last;
		show_compare(app);
	}
}

static void
history_enter(struct app *app)
{
	struct scr_history	*h = &app->history_scr;

	menu_init(&h->menu, 0);
	h->n = 0;
	h->mark[0] = h->mark[1] = 0;
	arrive(app);
}

static void
history_resume(struct app *app)
{
	arrive(app);
}

/* Space: mark or unmark; a third mark drops the oldest. */
static void
toggle_mark(struct app *app, int64_t id)
{
	struct scr_history	*h = &app->history_scr;

	if (h->mark[0] == id) {
		h->mark[0] = h->mark[1];
		h->mark[1] = 0;
	} else if (h->mark[1] == id)
		h->mark[1] = 0;
	else if (h->mark[0] == 0)
		h->mark[0] = id;
	else if (h->mark[1] == 0)
		h->mark[1] = id;
	else {
		h->mark[0] = h->mark[1];
		h->mark[1] = id;
	}
}

/* Where screening id is in the list (newest first), or -1. */
static int
index_of(const struct scr_history *h, int64_t id)
{
	for (int i = 0; i < h->n; i++)
		if (h->s[i].id == id)
			return i;
	return -1;
}

/*
 * c: the two marked side by side, older first; one marked: it and the
 * selected one; none: the selected one and the one before it.
 */
static void
compare_key(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;
	int			 a, b, t;

	if (h->n < 2) {
		app_message(app, 0, "Comparing needs two saved screenings.");
		return;
	}
	a = h->mark[0] != 0 ? index_of(h, h->mark[0]) : -1;
	b = h->mark[1] != 0 ? index_of(h, h->mark[1]) : -1;
	if (a < 0) {
		a = b;
		b = -1;
	}
	if (b < 0)
		b = a >= 0 && a != h->menu.sel ? h->menu.sel : -1;
	if (a < 0) {
		a = h->menu.sel;
		b = a + 1 < h->n ? a + 1 : -1;
	}
	if (b < 0 || a == b) {
		app_message(app, 0, "Mark a second screening with Space to "
		    "compare the two.");
		return;
	}
	/* The list is newest first: the larger index is the older one. */
	if (a < b) {
		t = a;
		a = b;
		b = t;
	}
	if (compare_build(app->store, h->s[a].id, h->s[b].id, &h->cmp,
	    &err) != STORE_OK) {
		store_failed(app, "The two screenings could not be read", &err);
		return;
	}
	show_compare(app);
}

/* Enter: the selected screening beside the one before it. */
static void
open_session(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct hist_session	*s = selected(app);
	struct store_error	 err;
	int			 i;

	if (s == NULL)
		return;
	i = h->menu.sel;
	if (compare_build(app->store, i + 1 < h->n ? h->s[i + 1].id : 0,
	    s->id, &h->cmp, &err) != STORE_OK) {
		store_failed(app, "The screening could not be read", &err);
		return;
	}
	h->scroll = 0;
	h->view = HV_SESSION;
}

static void
open_trend(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;

	if (h->n == 0) {
		app_message(app, 0, "No screening is saved yet.");
		return;
	}
	if (trend_build(app, &err) != STORE_OK) {
		store_failed(app, "The trends could not be read", &err);
		return;
	}
	h->scroll = 0;
	h->view = HV_TREND;
}

static void
open_notes(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct hist_session	*s = selected(app);
	struct store_session	 x;
	struct store_error	 err;

	if (s == NULL)
		return;
	if (store_session_get(app->store, s->id, &x, &err) != STORE_OK) {
		store_failed(app, "The notes could not be read", &err);
		return;
	}
	textfield_init(&h->text, STORE_NOTES_MAX);
	textfield_set(&h->text, x.notes);
	store_session_clear(&x);
	h->editing = s->id;
	h->view = HV_NOTES;
}

static void
save_notes(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;

	if (store_session_set_notes(app->store, h->editing, h->text.buf,
	    &err) != STORE_OK) {
		/* The text stays in the field, to try again or copy. */
		store_failed(app, "The notes were not saved", &err);
		return;
	}
	h->view = HV_LIST;
	reload(app);
	app_message(app, 0, "Notes saved.");
}

static void
open_delete(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;

	if (store_profile_counts(app->store, app->profile_id, &h->counts,
	    &err) != STORE_OK) {
		store_failed(app, "Nothing can be deleted", &err);
		return;
	}
	textfield_init(&h->text, STORE_NAME_MAX);
	h->view = HV_DELETE;
}

/* Enter on the deletion: the name typed must be the person's. */
static void
confirm_delete(struct app *app)
{
	struct scr_history	*h = &app->history_scr;
	struct store_error	 err;
	char			 name[STORE_NAME_MAX + 1];

	h->view = HV_LIST;
	/* Names are the same whatever the case of ASCII letters (store.h). */
	if (strcasecmp(h->text.buf, app->profile_name) != 0) {
		app_message(app, 1, "The name typed is not %s: nothing was "
		    "deleted.", app->profile_name);
		return;
	}
	if (store_profile_delete(app->store, app->profile_id, &err) !=
	    STORE_OK) {
		store_failed(app, "Nothing was deleted", &err);
		return;
	}
	snprintf(name, sizeof name, "%s", app->profile_name);
	app->profile_id = 0;
	app->profile_name[0] = '\0';
	app->profile_born = 0;
	app->session_id = 0;
	h->last.have = 0;
	h->save_note[0] = '\0';
	/* Nothing of the person is left to go back to. */
	app->nhistory = 0;
	app_replace(app, SCR_PROFILES);
	app_message(app, 0, "%s and everything kept about them is deleted.",
	    name);
}

/* Up, Down, PgUp, PgDn, Home, End over a view of n rows. */
static int
scroll_key(struct app *app, int key, int n)
{
	struct scr_history	*h = &app->history_scr;
	int			 page = view_rows(app), most = n - page;

	switch (key) {
	case TK_UP:
		h->scroll--;
		break;
	case TK_DOWN:
		h->scroll++;
		break;
	case TK_PGUP:
		h->scroll -= page;
		break;
	case TK_PGDN:
		h->scroll += page;
		break;
	case TK_HOME:
		h->scroll = 0;
		break;
	case TK_END:
		h->scroll = most;
		break;
	default:
		return 0;
	}
	if (h->scroll > most)
		h->scroll = most;
	if (h->scroll < 0)
		h->scroll = 0;
	return 1;
}

/* Keys of a text field: Enter does it, Esc leaves, the rest types. */
static int
text_key(struct app *app, int key)
{
	struct scr_history	*h = &app->history_scr;

	switch (key) {
	case TK_ENTER:
		if (h->view == HV_NOTES)
			save_notes(app);
		else
			confirm_delete(app);
		return 1;
	case TK_ESC:
		if (h->view == HV_DELETE)
			app_message(app, 0, "Nothing was deleted.");
		h->view = HV_LIST;
		return 1;
	}
	/* Backspace at the start does not leave: it would lose the text. */
	return textfield_key(&h->text, key) || key == TK_BACKSPACE;
}

static int
list_key(struct app *app, int key)
{
	struct scr_history	*h = &app->history_scr;
	struct hist_session	*s = selected(app);

	switch (key) {
	case ' ':
		if (s != NULL)
			toggle_mark(app, s->id);
		return 1;
	case 'c':
		compare_key(app);
		return 1;
	case 't':
		open_trend(app);
		return 1;
	case 'e':
		open_notes(app);
		return 1;
	case 'r':
		if (s != NULL)
			write_report(app, s->id);
		return 1;
	case 'x':
		write_export(app);
		return 1;
	case 'D':
		open_delete(app);
		return 1;
	case 's':
		history_new_screening(app, app->profile_id);
		return 1;
	}
	switch (menu_key(&h->menu, key, view_rows(app))) {
	case MENU_MOVED:
		return 1;
	case MENU_CHOSEN:
		open_session(app);
		return 1;
	}
	return 0;
}

static int
history_key(struct app *app, int key)
{
	struct scr_history	*h = &app->history_scr;

	if (!history_available(app))
		return 0;
	switch (h->view) {
	case HV_LIST:
		return list_key(app, key);
	case HV_NOTES:
	case HV_DELETE:
		return text_key(app, key);
	case HV_SESSION:
		if (key == 'e') {
			open_notes(app);
			return 1;
		}
		if (key == 'r') {
			if (selected(app) != NULL)
				write_report(app, selected(app)->id);
			return 1;
		}
		/* FALLTHROUGH */
	case HV_COMPARE:
	case HV_TREND:
		if (key == TK_ESC || key == TK_BACKSPACE) {
			h->view = HV_LIST;
			return 1;
		}
		return scroll_key(app, key, view_lines(app));
	}
	return 0;
}

/* ---- drawing ---- */

struct list_ctx {
	const struct app	*app;
	const struct grid	*g;
};

static const char *
session_label(const void *ctx, int i, char *buf, size_t len)
{
	const struct list_ctx		*c = ctx;
	const struct scr_history	*h = &c->app->history_scr;
	const struct hist_session	*s = &h->s[i];
	char				 when[40];
	int				 marked = s->id == h->mark[0] ||
					    s->id == h->mark[1];

	snprintf(buf, len, "%s %-17s %-7s %-5s %-22.22s  %s", marked ? "[x]" :
	    "[ ]", when_words(when, sizeof when, s->taken),
	    store_mode_key(s->mode), s->has_notes ? "yes" : "", s->tier,
	    s->figures);
	return buf;
}

static void
draw_list(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	struct menu			 m = h->menu;
	struct list_ctx			 ctx = { app, g };
	char				 a[32], b[32];
	int				 y = r.y;

	if (h->n == 0) {
		grid_wrap(g, r.x + 1, y, r.w - 2, 3, 0, "No screening is "
		    "saved yet. s starts one; it is saved when its results "
		    "are shown.", 0, GC_DEFAULT);
		return;
	}
	grid_printf(g, r.x + 2, y++, r.w - 3, 0, GC_MUTED, "%-3s %-17s %-7s "
	    "%-5s %-22s  %s", "", "Taken", "Mode", "Notes", "Result",
	    "Key figures");
	m.n = h->n;
	menu_draw(&m, g, (struct rect){ r.x, y, r.w, r.h - 3 }, session_label,
	    &ctx);
	y = r.y + r.h - 1;
	if (h->mark[0] != 0 && h->mark[1] != 0 && index_of(h, h->mark[0]) >= 0
	    && index_of(h, h->mark[1]) >= 0)
		grid_printf(g, r.x + 1, y, r.w - 2, 0, GC_MUTED, "Marked: %s "
		    "and %s. c puts them side by side.", history_day_words(a,
		    sizeof a, h->s[index_of(h, h->mark[0])].taken),
		    history_day_words(b, sizeof b,
		    h->s[index_of(h, h->mark[1])].taken));
	else
		grid_text(g, r.x + 1, y, r.w - 2, "Space marks two screenings "
		    "to compare; t shows every measure over time.", 0,
		    GC_MUTED);
}

/* Where a table's side column ends: "  right − left" and a gap. */
#define SIDE_COLS	16

/* The measures of two screenings in columns, from line `scroll`. */
static void
draw_pairs(const struct app *app, struct grid *g, struct rect r,
    const struct hist_compare *c)
{
	struct gline	l[GLINES_MAX];
	char		label[160], a[40], b[40];
	const char	*none = grid_sym(g, "—", "-");
	int		cw = 12, vw = (r.w - 2 - SIDE_COLS - cw - 2) / 2;
	int		x = r.x + 1 + SIDE_COLS, y = r.y, n;
	int		scroll = app->history_scr.scroll;

	if (c->before_id != 0)
		grid_printf(g, r.x + 1, y++, r.w - 2, GA_BOLD, GC_DEFAULT,
		    "%-*s%-*.*s %-*.*s %s", SIDE_COLS, "Measure", vw, vw,
		    history_day_words(a, sizeof a, c->before_taken), vw, vw,
		    history_day_words(b, sizeof b, c->now_taken), "Change");
	else
		grid_printf(g, r.x + 1, y++, r.w - 2, GA_BOLD, GC_DEFAULT,
		    "%-*s%s", SIDE_COLS, "Measure", "Value");
	n = group_lines(pair_key, c, c->n, l);
	if (n == 0)
		grid_text(g, r.x + 1, y, r.w - 2, "No measure was saved.", 0,
		    GC_MUTED);
	for (int i = scroll; i < n && y < r.y + r.h; i++, y++) {
		const struct hist_pair	*p = &c->pair[l[i].item];

		if (l[i].heading) {
			grid_text(g, r.x + 1, y, r.w - 2, measure_words(label,
			    sizeof label, p->key.measure), GA_BOLD,
			    GC_DEFAULT);
			continue;
		}
		grid_text(g, r.x + 3, y, SIDE_COLS - 3, side_words(g,
		    p->key.side), 0, GC_DEFAULT);
		if (c->before_id == 0) {
			grid_text(g, x, y, r.w - SIDE_COLS - 2, p->now, 0,
			    GC_DEFAULT);
			continue;
		}
		grid_text(g, x, y, vw, p->has_before ? p->before : none, 0,
		    GC_DEFAULT);
		grid_text(g, x + vw + 1, y, vw, p->has_now ? p->now : none, 0,
		    GC_DEFAULT);
		grid_text(g, x + 2 * vw + 2, y, cw, p->change, 0, GC_INFO);
	}
	if (n > scroll + r.h - 1)
		grid_text(g, r.x + r.w - 1, r.y + r.h - 1, 1, grid_sym(g, "↓",
		    "v"), 0, GC_MUTED);
}

/* §0.1 rule 7, under every comparison. */
static void
draw_error_note(struct grid *g, struct rect r)
{
	grid_wrap(g, r.x + 1, r.y, r.w - 2, r.h, 0, "A change smaller than a "
	    "measure's error may be day-to-day variation rather than real "
	    "change. Compare like with like: the same tests, done the same "
	    "way.", 0, GC_MUTED);
}

static void
draw_session(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	const struct hist_compare	*c = &h->cmp;
	int				 i = h->menu.sel;
	char				 when[40], day[32];

	if (i < 0 || i >= h->n)
		return;
	grid_printf(g, r.x + 1, r.y, r.w - 2, GA_BOLD, GC_DEFAULT, "The "
	    "screening of %s (%s): %s", when_words(when, sizeof when,
	    h->s[i].taken), store_mode_key(h->s[i].mode), h->s[i].tier);
	if (c->before_id != 0)
		grid_printf(g, r.x + 1, r.y + 1, r.w - 2, 0, GC_MUTED, "Beside "
		    "the screening before it, of %s. e writes notes, r a "
		    "report.", history_day_words(day, sizeof day,
		    c->before_taken));
	else
		grid_text(g, r.x + 1, r.y + 1, r.w - 2, "The first screening "
		    "saved. e writes notes, r a report.", 0, GC_MUTED);
	draw_pairs(app, g, (struct rect){ r.x, r.y + 3, r.w, r.h - 5 }, c);
	if (c->before_id != 0)
		draw_error_note(g, (struct rect){ r.x, r.y + r.h - 2, r.w, 2 });
}

static void
draw_compare(const struct app *app, struct grid *g, struct rect r)
{
	grid_text(g, r.x + 1, r.y, r.w - 2, "Two screenings side by side, "
	    "the older first", GA_BOLD, GC_DEFAULT);
	draw_pairs(app, g, (struct rect){ r.x, r.y + 2, r.w, r.h - 4 },
	    &app->history_scr.cmp);
	draw_error_note(g, (struct rect){ r.x, r.y + r.h - 2, r.w, 2 });
}

/* The first and the last number of a trend, with the unit. */
static void
trend_ends(const struct hist_trend *t, char *buf, size_t len,
    const struct grid *g)
{
	char	a[32], b[32];
	int	first = -1, last = -1, n = 0, signed_;

	for (int i = 0; i < t->n; i++)
		if (isfinite(t->v[i])) {
			if (first < 0)
				first = i;
			last = i;
			n++;
		}
	if (first < 0) {
		snprintf(buf, len, "no numbers");
		return;
	}
	/* A difference between the sides keeps its sign: which side. */
	signed_ = strcmp(t->key.side, "difference") == 0;
	snprintf(buf, len, "%s%s %s %s%s%s%s (%d %s)", signed_ &&
	    t->v[first] > 0 ? "+" : "", report_num(a, sizeof a, t->v[first],
	    2), grid_sym(g, "→", "->"), signed_ && t->v[last] > 0 ? "+" : "",
	    report_num(b, sizeof b, t->v[last], 2), t->unit[0] != '\0' ?
	    " " : "", t->unit, n, n == 1 ? "time" : "times");
}

static void
draw_trend(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	struct gline			 l[GLINES_MAX];
	char				 label[160], ends[96];
	int				 sw = r.w / 3, x = r.x + 1 + SIDE_COLS;
	int				 y = r.y + 2, n;

	if (sw > HIST_POINTS_MAX)
		sw = HIST_POINTS_MAX;
	grid_text(g, r.x + 1, r.y, r.w - 2, "Every measure over time, oldest "
	    "on the left: a mark per screening, a gap where it was not "
	    "measured", GA_BOLD, GC_DEFAULT);
	grid_printf(g, r.x + 1, r.y + 1, r.w - 2, 0, GC_MUTED, "%-*s%-*s %s",
	    SIDE_COLS, "Measure", sw, "Over time", "First and last");
	n = group_lines(trend_key, h, h->ntrend, l);
	if (n == 0)
		grid_text(g, r.x + 1, y, r.w - 2, "No measure with a number "
		    "is saved.", 0, GC_MUTED);
	for (int i = h->scroll; i < n && y < r.y + r.h; i++, y++) {
		const struct hist_trend	*t = &h->trend[l[i].item];

		if (l[i].heading) {
			grid_text(g, r.x + 1, y, r.w - 2, measure_words(label,
			    sizeof label, t->key.measure), GA_BOLD,
			    GC_DEFAULT);
			continue;
		}
		grid_text(g, r.x + 3, y, SIDE_COLS - 3, side_words(g,
		    t->key.side), 0, GC_DEFAULT);
		spark_draw(g, x, y, sw, t->v, (size_t)t->n, GC_INFO);
		trend_ends(t, ends, sizeof ends, g);
		grid_text(g, x + sw + 1, y, r.x + r.w - x - sw - 2, ends, 0,
		    GC_DEFAULT);
	}
}

static void
draw_notes(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	char				 when[40];
	int				 i = index_of(h, h->editing);
	struct rect			 box = { r.x + 1, r.y + 2, r.w - 2, 8 };

	grid_printf(g, r.x + 1, r.y, r.w - 2, GA_BOLD, GC_DEFAULT, "Notes on "
	    "the screening of %s", i >= 0 ? when_words(when, sizeof when,
	    h->s[i].taken) : "?");
	grid_box(g, box, NULL, GC_INFO);
	textfield_draw(&h->text, g, (struct rect){ box.x + 1, box.y + 1,
	    box.w - 2, box.h - 2 }, 1);
	grid_wrap(g, r.x + 1, box.y + box.h + 1, r.w - 2, 3, 0, "Type the "
	    "notes; Enter saves them, Esc leaves them as they were. They are "
	    "kept with the screening and printed on its report.", 0,
	    GC_MUTED);
}

static void
draw_delete(const struct app *app, struct grid *g, struct rect r)
{
	const struct scr_history	*h = &app->history_scr;
	char				 who[160], s[32], res[32], rec[32];
	char				 text[512];
	int				 y = r.y;

	snprintf(text, sizeof text, "Delete %s: %s, %s, %s. This cannot be "
	    "undone. Type the name to confirm:", person_words(who,
	    sizeof who, app), counted(s, sizeof s, h->counts.sessions,
	    "session", "sessions"), counted(res, sizeof res,
	    h->counts.results, "result", "results"), counted(rec, sizeof rec,
	    h->counts.recordings, "recording", "recordings"));
	grid_text(g, r.x + 1, y++, r.w - 2, "Delete this person", GA_BOLD,
	    GC_ALERT);
	y++;
	y += grid_wrap(g, r.x + 1, y, r.w - 2, 4, 0, text, 0, GC_DEFAULT) + 1;
	grid_box(g, (struct rect){ r.x + 1, y, r.w - 2, 3 }, NULL, GC_ALERT);
	textfield_draw(&h->text, g, (struct rect){ r.x + 2, y + 1, r.w - 4,
	    1 }, 1);
	y += 4;
	grid_wrap(g, r.x + 1, y, r.w - 2, 3, 0, "Enter deletes the person, "
	    "every screening, result, note and recording, with no copy left "
	    "in the file. Esc keeps everything.", 0, GC_MUTED);
}

static void
history_draw(const struct app *app, struct grid *g, struct rect body)
{
	const struct scr_history	*h = &app->history_scr;
	char				 who[160], n[32];
	struct rect			 r = { body.x, body.y + 2, body.w,
					    body.h - 2 };

	if (!history_available(app)) {
		grid_wrap(g, body.x + 1, body.y + 1, body.w - 2, 3, 0, "No "
		    "person's history is open.", 0, GC_DEFAULT);
		return;
	}
	grid_printf(g, body.x + 1, body.y, body.w - 2, GA_BOLD, GC_TITLE,
	    "%s %s %s saved%s", person_words(who, sizeof who, app),
	    grid_sym(g, "·", "-"), counted(n, sizeof n, h->total, "screening",
	    "screenings"), h->total > h->n ? " (the newest shown)" : "");
	switch (h->view) {
	case HV_LIST:
		draw_list(app, g, r);
		break;
	case HV_SESSION:
		draw_session(app, g, r);
		break;
	case HV_COMPARE:
		draw_compare(app, g, r);
		break;
	case HV_TREND:
		draw_trend(app, g, r);
		break;
	case HV_NOTES:
		draw_notes(app, g, r);
		break;
	case HV_DELETE:
		draw_delete(app, g, r);
		break;
	}
}

static const struct keybind history_keys[] = {
	{ TK_ENTER, 0, "open", "Open the selected screening: every measure "
	    "saved, beside the screening before it.", 1 },
	{ 'c', 0, "compare", "Two screenings side by side: the two marked "
	    "with Space, or the selected one and the one before it.", 1 },
	{ 't', 0, "trends", "Every measure over time, one line each, with a "
	    "sparkline and its first and last value.", 1 },
	{ 'e', 0, "notes", "Write notes on the selected screening; they go "
	    "into its report.", 1 },
	{ 'r', 0, "report", "Write the selected screening as a one-page "
	    "report (HTML, to print or take to a professional) in this "
	    "folder, or the home folder when this one cannot be written.", 1 },
	{ 's', 0, "new screening", "Start a new screening for this person.",
	    1 },
	{ ' ', 0, "mark", "Mark or unmark the selected screening, to "
	    "compare two.", 1 },
	{ 'x', 0, "export", "Write everything kept about this person to a "
	    "JSON file, beside the reports.", 1 },
	{ 'D', 0, "delete", "Delete this person and everything kept about "
	    "them, after you type the name to confirm.", 1 },
	{ TK_UP, TK_DOWN, "move", "Move in the list, or scroll a view.", 0 },
};

static int
history_key_shown(const struct app *app, int key)
{
	const struct scr_history	*h = &app->history_scr;

	switch (h->view) {
	case HV_LIST:
		if (key == 'c')
			return h->n >= 2;
		if (key == 's' || key == 'x' || key == 'D')
			return 1;
		return h->n > 0;
	case HV_SESSION:
		return key == 'e' || key == 'r';
	default:
		return 0;
	}
}

const struct screen_ops screen_history = {
	.title = "history",
	.keys = history_keys,
	.nkeys = sizeof history_keys / sizeof history_keys[0],
	.key_shown = history_key_shown,
	.help = "The screenings saved for this person, newest first. Open "
	    "one to see every measure beside the screening before it, put "
	    "two side by side, or see each measure over time. Changes are "
	    "shown as numbers: whether more is better depends on the "
	    "measure, and small changes may be day-to-day variation. Times "
	    "are local.",
	.enter = history_enter,
	.resume = history_resume,
	.key = history_key,
	.draw = history_draw,
};
