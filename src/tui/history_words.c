/*
 * history_words.c: the history screens' words (history.h): dates in
 * local time, a measure's name and side, a person, counts, and the
 * lines of a table grouped by measure.  The words for a measure and its
 * value are the report's (report_measure_label, report_measure_value):
 * the history says things the way the reports say them.
 */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "screening/report.h"
#include "tui/history.h"

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

/*
 * A stored time for reading: "3 Oct 2026", with " 10:00" after it when
 * with_time; the stored text when it is not a time.
 */
static const char *
local_words(char *buf, size_t len, const char *iso, int with_time)
{
	struct tm	tm;
	int		n;

	if (local_time(iso, &tm) == -1) {
		snprintf(buf, len, "%s", iso != NULL ? iso : "");
		return buf;
	}
	n = snprintf(buf, len, "%d %s %d", tm.tm_mday, month_names[tm.tm_mon],
	    tm.tm_year + 1900);
	if (with_time && n > 0 && (size_t)n < len)
		snprintf(buf + n, len - (size_t)n, " %02d:%02d", tm.tm_hour,
		    tm.tm_min);
	return buf;
}

const char *
history_day_words(char *buf, size_t len, const char *iso)
{
	return local_words(buf, len, iso, 0);
}

const char *
hist_when_words(char *buf, size_t len, const char *iso)
{
	return local_words(buf, len, iso, 1);
}

/* A measure's name with a capital: "Standing on one leg, eyes open". */
const char *
hist_measure_words(char *buf, size_t len, const char *measure)
{
	const char	*label = report_measure_label(measure);

	snprintf(buf, len, "%c%s", label[0] >= 'a' && label[0] <= 'z' ?
	    label[0] - 'a' + 'A' : label[0], label[0] != '\0' ? label + 1 :
	    "");
	return buf;
}

/* The side as a line under its measure: "left", "right - left". */
const char *
hist_side_words(const struct grid *g, const char *side)
{
	if (strcmp(side, "difference") == 0)
		return grid_sym(g, "right − left", "right - left");
	if (strcmp(side, "none") == 0)
		return "";
	return side;
}

/*
 * The lines of n items: each measure's name, then a line per side
 * (design rule: a name long enough to say which test it is leaves no
 * room for the side beside it at 80 columns).
 */
int
hist_group_lines(key_fn *key_of, const void *ctx, int n, struct gline *out)
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

const struct hist_key *
hist_pair_key(const void *ctx, int i)
{
	return &((const struct hist_compare *)ctx)->pair[i].key;
}

/* Only what was a plain number both times: before → now. */
const struct hist_key *
hist_numeric_key(const void *ctx, int i)
{
	const struct hist_compare	*c = ctx;
	const struct hist_pair		*p = &c->pair[i];

	return p->numeric ? &p->key : NULL;
}

const struct hist_key *
hist_trend_key(const void *ctx, int i)
{
	return &((const struct scr_history *)ctx)->trend[i].key;
}

/* "Ann (born 1980)" or "Ann". */
const char *
hist_person_words(char *buf, size_t len, const struct app *app)
{
	if (app->profile_born > 0)
		snprintf(buf, len, "%s (born %d)", app->profile_name,
		    app->profile_born);
	else
		snprintf(buf, len, "%s", app->profile_name);
	return buf;
}

/* "1 session" or "4 sessions". */
const char *
hist_counted(char *buf, size_t len, long n, const char *one, const char *many)
{
	snprintf(buf, len, "%ld %s", n, n == 1 ? one : many);
	return buf;
}

/* The test sets of this screening for its protocol: "quick+board". */
const char *
hist_sets_words(char *buf, size_t len, unsigned sets)
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
