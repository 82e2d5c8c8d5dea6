/*
 * report_csv.c: a result's measures as rows, one per measure per side
 * (report.h), and those rows as CSV.
 *
 * The rows are what the history keeps of a session and what reports
 * compare between sessions, so their keys are stable identifiers: the
 * core's own keys (bilateral_measure_key(), pronation_category_key(),
 * triage_tier_key(), finding_name()) and a few for the board's
 * whole-body measures.  Words for a person come from strings.c.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config/parse.h"
#include "screening/report.h"
#include "screening/strings.h"

#define FINDING_PREFIX	"finding."

/*
 * The balance board's whole-body measures: the answers' sway values and
 * the eyes-closed over eyes-open ratios the core derives (§8.4).  Labels
 * are this file's (design rule: short names for tables).
 */
enum body_measure {
	BODY_VELOCITY_EO, BODY_VELOCITY_EC, BODY_AREA_EO, BODY_AREA_EC,
	BODY_ROMBERG_VELOCITY, BODY_ROMBERG_AREA, BODY_COUNT
};

static const struct {
	const char	*key;
	const char	*label;
	const char	*unit;
} body[BODY_COUNT] = {
	[BODY_VELOCITY_EO] = { "board_velocity_eyes_open",
	    "sway speed on the board, eyes open", "mm/s" },
	[BODY_VELOCITY_EC] = { "board_velocity_eyes_closed",
	    "sway speed on the board, eyes closed", "mm/s" },
	[BODY_AREA_EO] = { "board_area_eyes_open",
	    "sway area on the board, eyes open", "mm2" },
	[BODY_AREA_EC] = { "board_area_eyes_closed",
	    "sway area on the board, eyes closed", "mm2" },
	[BODY_ROMBERG_VELOCITY] = { "romberg_velocity",
	    "sway speed, eyes closed over eyes open", "" },
	[BODY_ROMBERG_AREA] = { "romberg_area",
	    "sway area, eyes closed over eyes open", "" },
};

static const char *const side_key[SIDE_COUNT] = { "left", "right" };

/* Rows being filled: out[0..max), n used. */
struct rows {
	struct report_measure	*out;
	size_t			 max;
	size_t			 n;
};

/* Append a row; silently stops at max (report.h sizes max generously). */
static void
add(struct rows *r, const char *measure, const char *side, double value,
    const char *unit, const char *text)
{
	struct report_measure	*m;

	if (r->n >= r->max)
		return;
	m = &r->out[r->n++];
	snprintf(m->measure, sizeof m->measure, "%s", measure);
	snprintf(m->side, sizeof m->side, "%s", side);
	m->value = isfinite(value) ? value : NAN;
	snprintf(m->unit, sizeof m->unit, "%s", unit != NULL ? unit : "");
	snprintf(m->text, sizeof m->text, "%s", text != NULL ? text : "");
}

/* Both sides of every left/right measure, and their difference. */
static void
add_bilateral(struct rows *r, const struct bilateral_result *bl)
{
	for (int m = 0; m < BM_COUNT; m++) {
		const struct bilateral_item *it = &bl->item[m];
		const char *key = bilateral_measure_key(
		    (enum bilateral_measure)m);
		const char *unit = strings_measure_unit(
		    (enum bilateral_measure)m);

		/* bilateral.c fills each side even when the other is missing. */
		if (isfinite(it->left))
			add(r, key, "left", it->left, unit, NULL);
		if (isfinite(it->right))
			add(r, key, "right", it->right, unit, NULL);
		if (it->present)
			add(r, key, "difference", it->diff, unit,
			    asym_band_key(it->band));
	}
}

static void
add_findings(struct rows *r, const struct findings *fd)
{
	char	key[REPORT_MEASURE_KEY];

	for (int i = 0; i < FINDING_COUNT; i++) {
		unsigned	w = fd->where[i];

		if (w == 0)
			continue;
		snprintf(key, sizeof key, FINDING_PREFIX "%s",
		    finding_name((enum finding_id)i));
		for (int s = 0; s < SIDE_COUNT; s++)
			if (w & (1u << s))
				add(r, key, side_key[s], NAN, NULL, NULL);
		if ((w & (FOUND_LEFT | FOUND_RIGHT)) == 0)
			add(r, key, "none", NAN, NULL, NULL);
	}
}

size_t
report_measures(const struct screening_result *res,
    const struct screening_answers *a, struct report_measure *out,
    size_t max)
{
	struct rows	r = { out, max, 0 };
	const double	bv[BODY_COUNT] = {
		[BODY_VELOCITY_EO] = a != NULL ? a->board_velocity_eo_mm_s : NAN,
		[BODY_VELOCITY_EC] = a != NULL ? a->board_velocity_ec_mm_s : NAN,
		[BODY_AREA_EO] = a != NULL ? a->board_area_eo_mm2 : NAN,
		[BODY_AREA_EC] = a != NULL ? a->board_area_ec_mm2 : NAN,
		[BODY_ROMBERG_VELOCITY] = res->balance.romberg_velocity,
		[BODY_ROMBERG_AREA] = res->balance.romberg_area,
	};

	add(&r, "triage", "none", NAN, NULL,
	    triage_tier_key(res->triage.tier));
	add(&r, "triage_rule", "none", NAN, NULL,
	    triage_rule_key(res->triage.rule));
	if (!res->scored)
		return r.n;
	for (int s = 0; s < SIDE_COUNT; s++) {
		const struct pronation_result *p = &res->pronation[s];

		if (p->category != PRONATION_UNKNOWN)
			add(&r, "pronation", side_key[s], p->score, NULL,
			    pronation_category_key(p->category));
	}
	add_bilateral(&r, &res->bilateral);
	for (int b = 0; b < BODY_COUNT; b++)
		if (isfinite(bv[b]))
			add(&r, body[b].key, "none", bv[b], body[b].unit, NULL);
	add_findings(&r, &res->findings);
	return r.n;
}

/* ------------------------------------------------------------------ */
/* Words                                                               */

/* The value of an enumeration whose key is s, or -1. */
static int
key_index(const char *s, const char *(*key)(int), int n)
{
	for (int i = 0; i < n; i++)
		if (strcmp(key(i), s) == 0)
			return i;
	return -1;
}

/* int-taking adapters of the core's key functions, for key_index(). */
static const char *
bm_key(int i)
{
	return bilateral_measure_key((enum bilateral_measure)i);
}

static const char *
pron_key(int i)
{
	return pronation_category_key((enum pronation_category)i);
}

static const char *
tier_key(int i)
{
	return triage_tier_key((enum triage_tier)i);
}

static const char *
rule_key(int i)
{
	return triage_rule_key((enum triage_rule)i);
}

static const char *
band_key(int i)
{
	return asym_band_key((enum asym_band)i);
}

static const char *
finding_key(int i)
{
	return finding_name((enum finding_id)i);
}

const char *
report_measure_label(const char *measure)
{
	int	i;

	if ((i = key_index(measure, bm_key, BM_COUNT)) >= 0)
		return strings_measure((enum bilateral_measure)i);
	for (i = 0; i < BODY_COUNT; i++)
		if (strcmp(measure, body[i].key) == 0)
			return body[i].label;
	if (strncmp(measure, FINDING_PREFIX, strlen(FINDING_PREFIX)) == 0 &&
	    (i = key_index(measure + strlen(FINDING_PREFIX), finding_key,
	    FINDING_COUNT)) >= 0)
		return strings_finding((enum finding_id)i)->label;
	if (strcmp(measure, "pronation") == 0)
		return "foot posture";
	if (strcmp(measure, "triage") == 0)
		return strings_text(STR_TIER);
	if (strcmp(measure, "triage_rule") == 0)
		return strings_text(STR_WHY);
	return measure;
}

const char *
report_measure_words(const struct report_measure *m)
{
	int	i;

	if (m->text[0] == '\0')
		return "";
	if (strcmp(m->side, "difference") == 0 &&
	    (i = key_index(m->text, band_key, ASYM_LARGE + 1)) >= 0)
		return strings_band((enum asym_band)i);
	if (strcmp(m->measure, "pronation") == 0 &&
	    (i = key_index(m->text, pron_key, PRONATION_HIGHLY_PRONATED + 1))
	    >= 0)
		return strings_pronation((enum pronation_category)i);
	if (strcmp(m->measure, "triage") == 0 &&
	    (i = key_index(m->text, tier_key, TRIAGE_SELFCARE + 1)) >= 0)
		return strings_tier((enum triage_tier)i);
	if (strcmp(m->measure, "triage_rule") == 0 &&
	    (i = key_index(m->text, rule_key, RULE_COUNT)) >= 0)
		return strings_rule((enum triage_rule)i);
	return m->text;
}

const char *
report_measure_value(char *buf, size_t len, const struct report_measure *m)
{
	char	n[32];

	if (isfinite(m->value) && m->text[0] == '\0')
		snprintf(buf, len, "%s%s%s", report_num(n, sizeof n, m->value,
		    2), m->unit[0] != '\0' ? " " : "", m->unit);
	else if (isfinite(m->value) && strcmp(m->side, "difference") == 0)
		snprintf(buf, len, "%s%s%s%s (%s)", m->value > 0 ? "+" : "",
		    report_num(n, sizeof n, m->value, 2),
		    m->unit[0] != '\0' ? " " : "", m->unit,
		    report_measure_words(m));
	else
		snprintf(buf, len, "%s", report_measure_words(m));
	return buf;
}

const struct report_measure *
report_measure_find(const struct report_measure *rows, size_t n,
    const struct report_measure *m)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(rows[i].measure, m->measure) == 0 &&
		    strcmp(rows[i].side, m->side) == 0)
			return &rows[i];
	return NULL;
}

/* ------------------------------------------------------------------ */
/* CSV                                                                 */

void
report_csv_field(FILE *f, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

int
report_csv_header(FILE *f)
{
	fputs("date,session,measure,side,value,unit,text\n", f);
	return ferror(f) ? -1 : 0;
}

int
report_csv_row(FILE *f, const char *taken, long long session,
    const struct report_measure *m)
{
	char	v[40] = "";

	/* The shortest text that reads back as the same double. */
	if (isfinite(m->value) && config_format_real(m->value, v,
	    sizeof v) != 0)
		return -1;
	report_csv_field(f, taken != NULL ? taken : "");
	if (session > 0)
		fprintf(f, ",%lld,", session);
	else
		fputs(",,", f);
	report_csv_field(f, m->measure);
	fputc(',', f);
	report_csv_field(f, m->side);
	fprintf(f, ",%s,", v);
	report_csv_field(f, m->unit);
	fputc(',', f);
	report_csv_field(f, m->text);
	fputc('\n', f);
	return ferror(f) ? -1 : 0;
}

int
report_csv(FILE *f, const struct screening_result *res,
    const struct advice_plan *plan, const struct report_context *ctx)
{
	const struct report_person	*p = ctx->person;
	struct report_measure		*rows;
	size_t				 n;
	int				 rc = 0;

	(void)plan;
	if (report_csv_header(f) != 0)
		return -1;
	/* A saved session prints the rows as saved, else as computed now. */
	if (p != NULL && p->now != NULL) {
		for (size_t i = 0; i < p->nnow; i++)
			if (report_csv_row(f, p->taken, p->session,
			    &p->now[i]) != 0)
				return -1;
		return 0;
	}
	if ((rows = calloc(REPORT_MEASURES_MAX, sizeof *rows)) == NULL)
		return -1;
	n = report_measures(res, ctx->answers, rows, REPORT_MEASURES_MAX);
	for (size_t i = 0; i < n && rc == 0; i++)
		rc = report_csv_row(f, p != NULL ? p->taken : NULL,
		    p != NULL ? p->session : 0, &rows[i]);
	free(rows);
	return rc;
}
