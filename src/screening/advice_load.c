/*
 * advice_load.c: exercises.ini and advice.ini into the advice engine's
 * structs; see advice_load.h, and the comments at the top of each data file
 * for what every key means.
 *
 * Each file is parsed into a scratch copy that replaces the caller's only
 * when the whole file was good, so a broken file never leaves a half-read
 * set behind.
 */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <iniparser.h>

#include "config/inifile.h"
#include "config/parse.h"
#include "config/scan.h"
#include "core/advice.h"
#include "screening/advice_load.h"

#ifndef SYSCONFDIR
#define SYSCONFDIR	"/etc"
#endif

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a)	__attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

/* Longest value quoted back in a message. */
#define EXCERPT_MAX	64
/* Ages: the answers file's range (footscreen-answers(5)). */
#define AGE_MIN		1
#define AGE_MAX		120
#define BUILTIN		"built-in"

static void	fail(struct advice_error *, const char *, ...)
		    PRINTF_LIKE(2, 3);
static void	say(char *, size_t, const char *, ...) PRINTF_LIKE(3, 4);

/* Set err's message (when err is not NULL). */
static void
fail(struct advice_error *err, const char *fmt, ...)
{
	va_list	ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
}

/* snprintf for messages, where a cut is acceptable and expected. */
static void
say(char *buf, size_t len, const char *fmt, ...)
{
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(buf, len, fmt, ap);
	va_end(ap);
}

/* Append s to the ", "-separated list in buf. */
static void
append_item(char *buf, size_t len, const char *s)
{
	size_t	used = strlen(buf);

	if (used + 1 < len)
		say(buf + used, len - used, "%s%s", used > 0 ? ", " : "",
		    s);
}

/* Whether s[0..n) is an id: letters, digits and '_', 1 to 35 of them. */
static int
id_ok(const char *s, size_t n)
{
	if (n == 0 || n >= ADVICE_ID_MAX)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '_')
			return 0;
	return 1;
}

#define ID_RULE	"letters, digits and _, at most 35"
_Static_assert(ADVICE_ID_MAX == 36, "ID_RULE says 35");

/* Copy a line of text: 1 to size - 1 bytes.  -1 when it does not fit. */
static int
copy_text(char *dst, size_t size, const char *value)
{
	size_t	n = strlen(value);

	if (n == 0 || n >= size)
		return -1;
	memcpy(dst, value, n + 1);
	return 0;
}

/* A whole number in [min, max] into *out. */
static int
parse_int_range(const char *value, long min, long max, int *out)
{
	long	v;

	if (config_parse_long(value, &v) != 0 || v < min || v > max)
		return -1;
	*out = (int)v;
	return 0;
}

/* ------------------------------------------------------------------ */
/* exercises.ini                                                        */

enum ex_field {
	EF_NAME, EF_AIM, EF_STEP, EF_SETS, EF_REPS, EF_HOLD, EF_REST,
	EF_PER_SIDE, EF_SINGLE_LEG, EF_PROGRESSION, EF_RISK, EF_CAUTIONS,
	EF_EVIDENCE, EF_ART, EF_COUNT
};

enum ex_type { ET_LINE, ET_PARA, ET_NUMBER, ET_BOOL, ET_RISK, ET_ART };

struct ex_key {
	const char	*name;		/* the key, or its part before the N */
	const char	*suffix;	/* NULL: not numbered; else after it */
	int		 count;		/* numbered: 1..count */
	enum ex_type	 type;
	long		 min, max;	/* ET_NUMBER */
};

/*
 * The number ranges only keep out typing slips: no exercise in the
 * library asks for more than 10 sets of 100 or a 5-minute hold.
 */
static const struct ex_key ex_keys[EF_COUNT] = {
	[EF_NAME] = { "name", NULL, 0, ET_LINE, 0, 0 },
	[EF_AIM] = { "aim", NULL, 0, ET_LINE, 0, 0 },
	[EF_STEP] = { "step", "", EXERCISE_STEPS_MAX, ET_LINE, 0, 0 },
	[EF_SETS] = { "sets", NULL, 0, ET_NUMBER, 1, 10 },
	[EF_REPS] = { "reps", NULL, 0, ET_NUMBER, 1, 100 },
	[EF_HOLD] = { "hold_seconds", NULL, 0, ET_NUMBER, 1, 300 },
	[EF_REST] = { "rest_seconds", NULL, 0, ET_NUMBER, 0, 600 },
	[EF_PER_SIDE] = { "per_side", NULL, 0, ET_BOOL, 0, 0 },
	[EF_SINGLE_LEG] = { "single_leg", NULL, 0, ET_BOOL, 0, 0 },
	[EF_PROGRESSION] = { "progression", "", EXERCISE_PROGRESSIONS_MAX,
	    ET_LINE, 0, 0 },
	[EF_RISK] = { "progression", "_risk", EXERCISE_PROGRESSIONS_MAX,
	    ET_RISK, 0, 0 },
	[EF_CAUTIONS] = { "cautions", NULL, 0, ET_PARA, 0, 0 },
	[EF_EVIDENCE] = { "evidence", NULL, 0, ET_PARA, 0, 0 },
	[EF_ART] = { "art", "", EXERCISE_ART_LINES_MAX, ET_ART, 0, 0 },
};

static const char *const risk_words[] = {
	"none", "eyes_closed", "unstable_surface", NULL
};
_Static_assert(RISK_NONE == 0 && RISK_EYES_CLOSED == 1 &&
    RISK_UNSTABLE_SURFACE == 2 && RISK_COUNT == 3, "risk_words order");

/* Every key of an exercise section, for the unknown-key message. */
static void
ex_key_list(char *buf, size_t len)
{
	const struct ex_key	*k;
	char			 one[64];

	buf[0] = '\0';
	for (int f = 0; f < EF_COUNT; f++) {
		k = &ex_keys[f];
		if (k->suffix == NULL)
			say(one, sizeof one, "%s", k->name);
		else
			say(one, sizeof one, "%s1%s..%s%d%s", k->name,
			    k->suffix, k->name, k->count, k->suffix);
		append_item(buf, len, one);
	}
}

/* What key field accepts, for messages. */
static void
ex_key_allowed(enum ex_field f, char *buf, size_t len)
{
	const struct ex_key	*k = &ex_keys[f];

	switch (k->type) {
	case ET_LINE:
		say(buf, len, "text of 1 to %d bytes", ADVICE_LINE_MAX - 1);
		break;
	case ET_PARA:
		say(buf, len, "text of 1 to %d bytes (put it in double "
		    "quotes if it holds ; or #)", ADVICE_PARA_MAX - 1);
		break;
	case ET_NUMBER:
		say(buf, len, "a whole number from %ld to %ld", k->min,
		    k->max);
		break;
	case ET_BOOL:
		say(buf, len, "yes or no");
		break;
	case ET_RISK:
		buf[0] = '\0';
		for (int i = 0; risk_words[i] != NULL; i++)
			append_item(buf, len, risk_words[i]);
		break;
	case ET_ART:
		say(buf, len, "up to %d printable ASCII characters "
		    "between two | marks, no ; or #", EXERCISE_ART_COLS);
		break;
	}
}

/*
 * Which key this is: *field, and *num its number (0 when not numbered).
 * Returns -1 for an unknown key.
 */
static int
ex_key_match(const char *key, enum ex_field *field, int *num)
{
	const struct ex_key	*k;
	const char		*p;
	size_t			 n;
	int			 v;

	for (int f = 0; f < EF_COUNT; f++) {
		k = &ex_keys[f];
		n = strlen(k->name);
		if (k->suffix == NULL) {
			if (strcmp(key, k->name) != 0)
				continue;
			v = 0;
		} else {
			if (strncmp(key, k->name, n) != 0)
				continue;
			p = key + n;
			/* 1..count without leading zeros; count < 10. */
			if (p[0] < '1' || p[0] > '0' + k->count ||
			    strcmp(p + 1, k->suffix) != 0)
				continue;
			v = p[0] - '0';
		}
		*field = (enum ex_field)f;
		*num = v;
		return 0;
	}
	return -1;
}

/* Store an illustration line written as |TEXT|. */
static int
copy_art(char *dst, const char *value)
{
	size_t	n = strlen(value);

	if (n < 2 || value[0] != '|' || value[n - 1] != '|' ||
	    n - 2 > EXERCISE_ART_COLS)
		return -1;
	for (size_t i = 1; i + 1 < n; i++)
		if (value[i] < 0x20 || value[i] > 0x7e)
			return -1;
	memcpy(dst, value + 1, n - 2);
	dst[n - 2] = '\0';
	return 0;
}

/* Store value as key field number num of ex. */
static int
ex_store(struct exercise *ex, enum ex_field f, int num, const char *value)
{
	const struct ex_key	*k = &ex_keys[f];
	int			 i;

	switch (f) {
	case EF_NAME:
		return copy_text(ex->name, sizeof ex->name, value);
	case EF_AIM:
		return copy_text(ex->aim, sizeof ex->aim, value);
	case EF_STEP:
		return copy_text(ex->step[num - 1], sizeof ex->step[0], value);
	case EF_SETS:
		return parse_int_range(value, k->min, k->max,
		    &ex->dosage.sets);
	case EF_REPS:
		return parse_int_range(value, k->min, k->max,
		    &ex->dosage.reps);
	case EF_HOLD:
		return parse_int_range(value, k->min, k->max,
		    &ex->dosage.hold_seconds);
	case EF_REST:
		return parse_int_range(value, k->min, k->max,
		    &ex->dosage.rest_seconds);
	case EF_PER_SIDE:
		return config_parse_bool(value, &ex->dosage.per_side);
	case EF_SINGLE_LEG:
		return config_parse_bool(value, &ex->single_leg);
	case EF_PROGRESSION:
		return copy_text(ex->progression[num - 1].text,
		    sizeof ex->progression[0].text, value);
	case EF_RISK:
		if (config_parse_word(value, risk_words, &i) != 0)
			return -1;
		ex->progression[num - 1].risk = (enum progression_risk)i;
		return 0;
	case EF_CAUTIONS:
		return copy_text(ex->cautions, sizeof ex->cautions, value);
	case EF_EVIDENCE:
		return copy_text(ex->evidence, sizeof ex->evidence, value);
	case EF_ART:
		return copy_art(ex->art[num - 1], value);
	case EF_COUNT:
		break;
	}
	return -1;
}

/* Reading one exercise section. */
struct ex_state {
	const char		*file;
	const char		*sec;
	struct exercise		*ex;
	unsigned		 seen[EF_COUNT];	/* bit n - 1: key n */
	struct advice_error	*err;
};

/* inifile_each_key() callback for an exercise section. */
static int
ex_key(void *arg, const char *key, const char *value)
{
	struct ex_state	*st = arg;
	enum ex_field	 f;
	char		 allowed[400], shown[EXCERPT_MAX + 8];
	int		 num;

	if (ex_key_match(key, &f, &num) != 0) {
		ex_key_list(allowed, sizeof allowed);
		fail(st->err, "%s: [%s] unknown key '%s': allowed: %s",
		    st->file, st->sec, key, allowed);
		return -1;
	}
	if (ex_store(st->ex, f, num, value) != 0) {
		config_excerpt(value, strlen(value), EXCERPT_MAX, shown,
		    sizeof shown);
		ex_key_allowed(f, allowed, sizeof allowed);
		fail(st->err, "%s: [%s] %s = '%s': allowed: %s", st->file,
		    st->sec, key, shown, allowed);
		return -1;
	}
	st->seen[f] |= 1u << (num > 0 ? num - 1 : 0);
	return 0;
}

/*
 * How many of numbered key f were given: they must run 1..n with no gap.
 * Returns n, or -1 with err naming the first missing number.
 */
static int
ex_numbered_count(const struct ex_state *st, enum ex_field f)
{
	unsigned	mask = st->seen[f];
	int		n = 0;

	while (mask & (1u << n))
		n++;
	if ((mask >> n) != 0) {
		fail(st->err, "%s: [%s] %s%d%s is missing: number them from 1 "
		    "with no gap", st->file, st->sec, ex_keys[f].name, n + 1,
		    ex_keys[f].suffix);
		return -1;
	}
	return n;
}

/* Check that an exercise section was complete; fill the counts. */
static int
ex_finish(struct ex_state *st)
{
	static const enum ex_field required[] = {
		EF_NAME, EF_AIM, EF_STEP, EF_SETS, EF_CAUTIONS, EF_EVIDENCE,
		EF_ART
	};
	struct exercise	*ex = st->ex;
	int		 n;

	for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
		if (st->seen[required[i]] != 0)
			continue;
		fail(st->err, "%s: [%s] missing key '%s%s': every exercise "
		    "needs name, aim, step1, sets, reps or hold_seconds, "
		    "cautions, evidence and art1", st->file, st->sec,
		    ex_keys[required[i]].name,
		    ex_keys[required[i]].suffix != NULL ? "1" : "");
		return -1;
	}
	if (st->seen[EF_REPS] == 0 && st->seen[EF_HOLD] == 0) {
		fail(st->err, "%s: [%s] missing key 'reps' or 'hold_seconds': "
		    "the dose needs one of them", st->file, st->sec);
		return -1;
	}
	if ((n = ex_numbered_count(st, EF_STEP)) < 0)
		return -1;
	ex->nsteps = (size_t)n;
	if ((n = ex_numbered_count(st, EF_ART)) < 0)
		return -1;
	ex->nart = (size_t)n;
	if ((n = ex_numbered_count(st, EF_PROGRESSION)) < 0)
		return -1;
	ex->nprogressions = (size_t)n;
	if ((st->seen[EF_RISK] >> n) != 0) {
		fail(st->err, "%s: [%s] a progressionN_risk key has no "
		    "progressionN beside it", st->file, st->sec);
		return -1;
	}
	return 0;
}

/* scan_sections for exercises.ini: any exercise id. */
static int
ex_section_known(const char *name)
{
	return id_ok(name, strlen(name));
}

/* What an exercises.ini section may be called, for the message. */
static void
ex_section_list(char *buf, size_t len)
{
	say(buf, len, "an exercise id (" ID_RULE ")");
}

/* Read section sec of d into ex. */
static int
ex_section(const dictionary *d, const char *file, const char *sec,
    struct exercise *ex, struct advice_error *err)
{
	struct ex_state	st;

	memset(ex, 0, sizeof *ex);
	memset(&st, 0, sizeof st);
	st.file = file;
	st.sec = sec;
	st.ex = ex;
	st.err = err;
	/* scan.c let only ids through; stay safe. */
	if (!id_ok(sec, strlen(sec))) {
		fail(err, "%s: [%s]: an exercise id is " ID_RULE, file, sec);
		return -1;
	}
	memcpy(ex->id, sec, strlen(sec) + 1);
	if (inifile_each_key(d, sec, ex_key, &st, file, err->msg,
	    sizeof err->msg) != 0)
		return -1;
	return ex_finish(&st);
}

int
advice_parse_exercises(const char *name, const char *text, size_t len,
    struct exercise_library *lib, struct advice_error *err)
{
	static const struct scan_sections sections = {
		ex_section_known, ex_section_list
	};
	struct exercise_library	*work;
	dictionary		*d;
	const char		*sec;
	int			 nsec, rc = -1;

	if (len > ADVICE_FILE_MAX) {
		fail(err, "%s: larger than %d bytes", name, ADVICE_FILE_MAX);
		return -1;
	}
	if ((d = inifile_parse(name, text, len, &sections, err->msg,
	    sizeof err->msg)) == NULL)
		return -1;
	if ((work = calloc(1, sizeof *work)) == NULL) {
		fail(err, "%s: %s", name, strerror(ENOMEM));
		goto out;
	}
	if ((nsec = iniparser_getnsec(d)) <= 0) {
		fail(err, "%s: no exercises in it", name);
		goto out;
	}
	for (int i = 0; i < nsec; i++) {
		if ((sec = iniparser_getsecname(d, i)) == NULL)
			continue;
		if (work->n == EXERCISE_LIBRARY_MAX) {
			fail(err, "%s: [%s]: more than %d exercises; "
			    "footscreen holds at most %d", name, sec,
			    EXERCISE_LIBRARY_MAX, EXERCISE_LIBRARY_MAX);
			goto out;
		}
		if (ex_section(d, name, sec, &work->exercise[work->n],
		    err) != 0)
			goto out;
		work->n++;
	}
	*lib = *work;
	rc = 0;
out:
	free(work);
	iniparser_freedict(d);
	return rc;
}

/* ------------------------------------------------------------------ */
/* advice.ini                                                           */

#define RULE_PREFIX	"rule."

static const char *const plain_sections[] = {
	"safety", "evidence", "wording", "referral", NULL
};
enum plain_section { PS_SAFETY, PS_EVIDENCE, PS_WORDING, PS_REFERRAL };

/* scan_sections for advice.ini. */
static int
rules_section_known(const char *name)
{
	size_t	n = strlen(RULE_PREFIX);
	int	i;

	if (config_parse_word(name, plain_sections, &i) == 0)
		return 1;
	return strncasecmp(name, RULE_PREFIX, n) == 0 &&
	    id_ok(name + n, strlen(name + n));
}

/* The sections advice.ini may hold, for the message. */
static void
rules_section_list(char *buf, size_t len)
{
	say(buf, len, "safety, evidence, wording, referral, rule.NAME "
	    "(NAME: " ID_RULE ")");
}

static const char *const safety_keys[] = {
	"balance_caution_from_age", "adults_from_age", NULL
};
static const char *const tier_words[] = {
	"urgent", "routine", "selfcare", NULL
};
static const enum triage_tier tier_values[] = {
	TRIAGE_URGENT, TRIAGE_ROUTINE, TRIAGE_SELFCARE
};
static const char *const evidence_words[] = {
	"untested", "limited", "supported", NULL
};
_Static_assert(EVIDENCE_UNTESTED == 0 && EVIDENCE_LIMITED == 1 &&
    EVIDENCE_SUPPORTED == 2 && EVIDENCE_LEVEL_COUNT == 3,
    "evidence_words order");

enum rule_key {
	RK_ALL, RK_NONE, RK_PER_SIDE, RK_MIN_AGE, RK_MAX_AGE, RK_TIERS,
	RK_EVIDENCE, RK_EXERCISES, RK_WORDING, RK_REFERRAL, RK_COUNT
};
static const char *const rule_keys[RK_COUNT + 1] = {
	"all", "none", "per_side", "min_age", "max_age", "tiers", "evidence",
	"exercises", "wording", "referral", NULL
};

/* Reading advice.ini: the file, the work copy, the section being read. */
struct rules_state {
	const char			*file;
	const char			*sec;
	const struct exercise_library	*lib;
	struct advice_rules		*rules;
	struct advice_rule		*rule;
	unsigned			 seen;	/* bit: key (enum rule_key) */
	unsigned			 safety_seen;
	unsigned			 evidence_seen;
	struct advice_error		*err;
};

/* The words of a NULL-terminated list joined by ", ". */
static void
word_list(const char *const *words, char *buf, size_t len)
{
	buf[0] = '\0';
	for (int i = 0; words[i] != NULL; i++)
		append_item(buf, len, words[i]);
}

/* "FILE: [sec] key = 'value': " into buf, for a message about a value. */
static void
value_lead(const struct rules_state *st, const char *key, const char *value,
    char *buf, size_t len)
{
	char	shown[EXCERPT_MAX + 8];

	config_excerpt(value, strlen(value), EXCERPT_MAX, shown, sizeof shown);
	say(buf, len, "%s: [%s] %s = '%s'", st->file, st->sec, key,
	    shown);
}

/* [safety]: the ages of the two gates. */
static int
safety_key(void *arg, const char *key, const char *value)
{
	struct rules_state	*st = arg;
	char			 lead[200], allowed[200];
	int			 i, *dst;

	if (config_parse_word(key, safety_keys, &i) != 0) {
		word_list(safety_keys, allowed, sizeof allowed);
		fail(st->err, "%s: [%s] unknown key '%s': allowed: %s",
		    st->file, st->sec, key, allowed);
		return -1;
	}
	dst = i == 0 ? &st->rules->caution_age : &st->rules->adult_age;
	if (parse_int_range(value, AGE_MIN, AGE_MAX, dst) != 0) {
		value_lead(st, key, value, lead, sizeof lead);
		fail(st->err, "%s: allowed: an age from %d to %d", lead,
		    AGE_MIN, AGE_MAX);
		return -1;
	}
	st->safety_seen |= 1u << i;
	return 0;
}

/* [evidence]: how each level is said. */
static int
evidence_key(void *arg, const char *key, const char *value)
{
	struct rules_state	*st = arg;
	char			 lead[200], allowed[200];
	int			 i;

	if (config_parse_word(key, evidence_words, &i) != 0) {
		word_list(evidence_words, allowed, sizeof allowed);
		fail(st->err, "%s: [%s] unknown key '%s': allowed: %s",
		    st->file, st->sec, key, allowed);
		return -1;
	}
	if (copy_text(st->rules->evidence_text[i],
	    sizeof st->rules->evidence_text[i], value) != 0) {
		value_lead(st, key, value, lead, sizeof lead);
		fail(st->err, "%s: allowed: text of 1 to %d bytes", lead,
		    ADVICE_PARA_MAX - 1);
		return -1;
	}
	st->evidence_seen |= 1u << i;
	return 0;
}

/* [wording] and [referral]: id = text lines. */
static int
text_key(void *arg, const char *key, const char *value)
{
	struct rules_state	*st = arg;
	struct advice_text	*list;
	size_t			*n;
	char			 lead[200];

	if (strcasecmp(st->sec, "wording") == 0) {
		list = st->rules->wording;
		n = &st->rules->nwording;
	} else {
		list = st->rules->referral;
		n = &st->rules->nreferrals;
	}
	if (!id_ok(key, strlen(key))) {
		fail(st->err, "%s: [%s] key '%s': an id is " ID_RULE,
		    st->file, st->sec, key);
		return -1;
	}
	if (*n == ADVICE_TEXTS_MAX) {
		fail(st->err, "%s: [%s] %s: more than %d lines; footscreen "
		    "holds at most %d", st->file, st->sec, key,
		    ADVICE_TEXTS_MAX, ADVICE_TEXTS_MAX);
		return -1;
	}
	if (copy_text(list[*n].text, sizeof list[*n].text, value) != 0) {
		value_lead(st, key, value, lead, sizeof lead);
		fail(st->err, "%s: allowed: text of 1 to %d bytes (put it in "
		    "double quotes if it holds ; or #)", lead,
		    ADVICE_PARA_MAX - 1);
		return -1;
	}
	memcpy(list[*n].id, key, strlen(key) + 1);
	(*n)++;
	return 0;
}

/*
 * Split a comma list into at most ADVICE_RULE_ITEMS names, blanks around
 * them dropped, lowercased.  Returns the count, or -1 with why.
 */
static int
split_list(const char *value, char items[][ADVICE_ID_MAX], char *why,
    size_t whylen)
{
	const char	*p = value, *end;
	size_t		 n;
	int		 count = 0;

	if (*value == '\0')
		return 0;
	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		end = p + strcspn(p, ",");
		n = (size_t)(end - p);
		while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t'))
			n--;
		if (n == 0) {
			say(why, whylen, "an empty item in the list");
			return -1;
		}
		if (count == ADVICE_RULE_ITEMS) {
			say(why, whylen, "more than %d items",
			    ADVICE_RULE_ITEMS);
			return -1;
		}
		if (!id_ok(p, n)) {
			say(why, whylen, "'%.*s' is not a name ("
			    ID_RULE ")", (int)(n > 40 ? 40 : n), p);
			return -1;
		}
		for (size_t i = 0; i < n; i++)
			items[count][i] = (char)tolower((unsigned char)p[i]);
		items[count][n] = '\0';
		for (int j = 0; j < count; j++) {
			if (strcmp(items[j], items[count]) == 0) {
				say(why, whylen, "'%s' named twice",
				    items[count]);
				return -1;
			}
		}
		count++;
		if (*end == '\0')
			return count;
		p = end + 1;
	}
}

/* Every finding name, for messages. */
static void
finding_list(char *buf, size_t len)
{
	buf[0] = '\0';
	for (int f = 0; f < FINDING_COUNT; f++)
		append_item(buf, len, finding_name((enum finding_id)f));
}

/* A list of findings into a set; -1 with why and allowed. */
static int
parse_findings(const char *value, uint64_t *set, char *why, size_t whylen,
    char *allowed, size_t alen)
{
	char	items[ADVICE_RULE_ITEMS][ADVICE_ID_MAX];
	int	n, f;

	if ((n = split_list(value, items, why, whylen)) < 0) {
		finding_list(allowed, alen);
		return -1;
	}
	*set = 0;
	for (int i = 0; i < n; i++) {
		if ((f = finding_lookup(items[i])) < 0) {
			say(why, whylen, "unknown finding '%s'", items[i]);
			finding_list(allowed, alen);
			return -1;
		}
		*set |= FINDING_BIT(f);
	}
	return 0;
}

/* Which list of names a rule key holds. */
enum name_kind { NK_EXERCISE, NK_WORDING, NK_REFERRAL };

/* The names of that kind, for messages. */
static void
name_list(const struct rules_state *st, enum name_kind kind, char *buf,
    size_t len)
{
	const struct advice_text	*t;
	size_t				 n;

	buf[0] = '\0';
	if (kind == NK_EXERCISE) {
		for (size_t i = 0; i < st->lib->n; i++)
			append_item(buf, len, st->lib->exercise[i].id);
		return;
	}
	t = kind == NK_WORDING ? st->rules->wording : st->rules->referral;
	n = kind == NK_WORDING ? st->rules->nwording : st->rules->nreferrals;
	for (size_t i = 0; i < n; i++)
		append_item(buf, len, t[i].id);
}

/* A list of exercise, wording or referral ids into indices. */
static int
parse_names(const struct rules_state *st, enum name_kind kind,
    const char *value, size_t *out, size_t *nout, char *why, size_t whylen,
    char *allowed, size_t alen)
{
	static const char *const what[] = {
		"exercise", "wording id", "referral id"
	};
	char	items[ADVICE_RULE_ITEMS][ADVICE_ID_MAX];
	int	n, idx;

	if ((n = split_list(value, items, why, whylen)) < 0) {
		name_list(st, kind, allowed, alen);
		return -1;
	}
	for (int i = 0; i < n; i++) {
		if (kind == NK_EXERCISE)
			idx = exercise_find(st->lib, items[i]);
		else if (kind == NK_WORDING)
			idx = advice_text_find(st->rules->wording,
			    st->rules->nwording, items[i]);
		else
			idx = advice_text_find(st->rules->referral,
			    st->rules->nreferrals, items[i]);
		if (idx < 0) {
			say(why, whylen, "unknown %s '%s'", what[kind],
			    items[i]);
			name_list(st, kind, allowed, alen);
			return -1;
		}
		out[i] = (size_t)idx;
	}
	*nout = (size_t)n;
	return 0;
}

/* A list of tiers into a bit set. */
static int
parse_tiers(const char *value, unsigned *tiers, char *why, size_t whylen)
{
	char	items[ADVICE_RULE_ITEMS][ADVICE_ID_MAX];
	int	n, w;

	if ((n = split_list(value, items, why, whylen)) < 0)
		return -1;
	if (n == 0) {
		say(why, whylen, "no tier");
		return -1;
	}
	*tiers = 0;
	for (int i = 0; i < n; i++) {
		if (config_parse_word(items[i], tier_words, &w) != 0) {
			say(why, whylen, "unknown tier '%s'%s", items[i],
			    strcmp(items[i], "emergency") == 0 ? " (an "
			    "emergency plan is always empty)" : "");
			return -1;
		}
		*tiers |= 1u << tier_values[w];
	}
	return 0;
}

/* One key of a [rule.NAME] section. */
static int
rule_key(void *arg, const char *key, const char *value)
{
	struct rules_state	*st = arg;
	struct advice_rule	*r = st->rule;
	char			 lead[200], why[160], allowed[700];
	int			 k, rc = 0, w;

	why[0] = allowed[0] = '\0';
	if (config_parse_word(key, rule_keys, &k) != 0) {
		word_list(rule_keys, allowed, sizeof allowed);
		fail(st->err, "%s: [%s] unknown key '%s': allowed: %s",
		    st->file, st->sec, key, allowed);
		return -1;
	}
	switch ((enum rule_key)k) {
	case RK_ALL:
	case RK_NONE:
		rc = parse_findings(value, k == RK_ALL ? &r->all : &r->none,
		    why, sizeof why, allowed, sizeof allowed);
		break;
	case RK_PER_SIDE:
		if ((rc = config_parse_bool(value, &r->per_side)) != 0)
			say(allowed, sizeof allowed, "yes or no");
		break;
	case RK_MIN_AGE:
	case RK_MAX_AGE:
		rc = parse_int_range(value, AGE_MIN, AGE_MAX, k == RK_MIN_AGE ?
		    &r->min_age : &r->max_age);
		if (rc != 0)
			say(allowed, sizeof allowed, "an age from %d to "
			    "%d", AGE_MIN, AGE_MAX);
		break;
	case RK_TIERS:
		if ((rc = parse_tiers(value, &r->tiers, why, sizeof why)) != 0)
			word_list(tier_words, allowed, sizeof allowed);
		break;
	case RK_EVIDENCE:
		if ((rc = config_parse_word(value, evidence_words, &w)) != 0)
			word_list(evidence_words, allowed, sizeof allowed);
		else
			r->evidence = (enum evidence_level)w;
		break;
	case RK_EXERCISES:
		rc = parse_names(st, NK_EXERCISE, value, r->exercise,
		    &r->nexercises, why, sizeof why, allowed, sizeof allowed);
		break;
	case RK_WORDING:
		rc = parse_names(st, NK_WORDING, value, r->wording,
		    &r->nwording, why, sizeof why, allowed, sizeof allowed);
		break;
	case RK_REFERRAL:
		rc = parse_names(st, NK_REFERRAL, value, r->referral,
		    &r->nreferrals, why, sizeof why, allowed, sizeof allowed);
		break;
	case RK_COUNT:
		rc = -1;
		break;
	}
	if (rc != 0) {
		value_lead(st, key, value, lead, sizeof lead);
		fail(st->err, "%s%s%s: allowed: %s", lead, why[0] != '\0' ?
		    ": " : "", why, allowed);
		return -1;
	}
	st->seen |= 1u << k;
	return 0;
}

/* Check a rule once all its keys are read. */
static int
rule_finish(struct rules_state *st)
{
	struct advice_rule	*r = st->rule;
	uint64_t		 sided = 0;
	char			 both[64];

	/* Every exercise says how well it is supported (§7). */
	if (r->nexercises > 0 && (st->seen & (1u << RK_EVIDENCE)) == 0) {
		fail(st->err, "%s: [%s] missing key 'evidence' (a rule with "
		    "exercises needs it): allowed: untested, limited, "
		    "supported", st->file, st->sec);
		return -1;
	}
	if (r->nexercises + r->nwording + r->nreferrals == 0) {
		fail(st->err, "%s: [%s] suggests nothing: give exercises, "
		    "wording or referral", st->file, st->sec);
		return -1;
	}
	if ((r->all & r->none) != 0) {
		for (int f = 0; f < FINDING_COUNT; f++)
			if ((r->all & r->none) & FINDING_BIT(f))
				say(both, sizeof both, "%s",
				    finding_name((enum finding_id)f));
		fail(st->err, "%s: [%s] '%s' is in both all and none, so the "
		    "rule can never hold", st->file, st->sec, both);
		return -1;
	}
	for (int f = 0; f < FINDING_COUNT; f++)
		if (finding_is_sided((enum finding_id)f))
			sided |= FINDING_BIT(f);
	if (r->per_side && (r->all & sided) == 0) {
		fail(st->err, "%s: [%s] per_side = yes needs a finding that "
		    "has a side in all", st->file, st->sec);
		return -1;
	}
	if (r->min_age > 0 && r->max_age > 0 && r->min_age > r->max_age) {
		fail(st->err, "%s: [%s] min_age %d is above max_age %d",
		    st->file, st->sec, r->min_age, r->max_age);
		return -1;
	}
	/* Exercises wait for a clinician at the urgent tier (§6.4 tier U). */
	if ((st->seen & (1u << RK_TIERS)) == 0)
		r->tiers = 1u << TRIAGE_ROUTINE | 1u << TRIAGE_SELFCARE;
	return 0;
}

/* Read one section of advice.ini into st->rules; rules on the 2nd pass. */
static int
rules_section(const dictionary *d, struct rules_state *st, const char *sec,
    int pass)
{
	static int (*const plain_fn[])(void *, const char *, const char *) = {
		[PS_SAFETY] = safety_key,
		[PS_EVIDENCE] = evidence_key,
		[PS_WORDING] = text_key,
		[PS_REFERRAL] = text_key,
	};
	struct advice_rules	*rules = st->rules;
	const char		*id;
	int			 i;

	st->sec = sec;
	if (config_parse_word(sec, plain_sections, &i) == 0)
		return pass == 1 ? inifile_each_key(d, sec, plain_fn[i], st,
		    st->file, st->err->msg, sizeof st->err->msg) : 0;
	if (!rules_section_known(sec)) {
		/* scan.c stopped unknown sections already; stay safe. */
		fail(st->err, "%s: unknown section [%s]", st->file, sec);
		return -1;
	}
	if (pass == 1)
		return 0;
	if (rules->nrules == ADVICE_RULES_MAX) {
		fail(st->err, "%s: [%s]: more than %d rules; footscreen holds "
		    "at most %d", st->file, sec, ADVICE_RULES_MAX,
		    ADVICE_RULES_MAX);
		return -1;
	}
	st->rule = &rules->rule[rules->nrules];
	memset(st->rule, 0, sizeof *st->rule);
	st->seen = 0;
	id = sec + strlen(RULE_PREFIX);
	memcpy(st->rule->id, id, strlen(id) + 1);
	if (inifile_each_key(d, sec, rule_key, st, st->file, st->err->msg,
	    sizeof st->err->msg) != 0 || rule_finish(st) != 0)
		return -1;
	rules->nrules++;
	return 0;
}

/* After the first pass: the lines and ages the engine needs are there. */
static int
rules_check_required(struct rules_state *st)
{
	struct advice_rules	*rules = st->rules;
	const char		*want;
	int			 idx;

	for (int i = 0; safety_keys[i] != NULL; i++) {
		if ((st->safety_seen & (1u << i)) == 0) {
			fail(st->err, "%s: [safety] missing key '%s' "
			    "(screening-evidence.md %s)", st->file,
			    safety_keys[i], i == 0 ? "§4.4" : "§0.1 rule 6");
			return -1;
		}
	}
	for (int i = 0; evidence_words[i] != NULL; i++) {
		if ((st->evidence_seen & (1u << i)) == 0) {
			fail(st->err, "%s: [evidence] missing key '%s': "
			    "every level needs its wording", st->file,
			    evidence_words[i]);
			return -1;
		}
	}
	for (int i = 0; i < ADVICE_REQUIRED_COUNT; i++) {
		want = advice_required_name((enum advice_required)i);
		idx = advice_text_find(rules->wording, rules->nwording, want);
		if (idx < 0) {
			fail(st->err, "%s: [wording] missing key '%s': "
			    "footscreen itself says it", st->file, want);
			return -1;
		}
		rules->required[i] = (size_t)idx;
	}
	return 0;
}

int
advice_parse_rules(const char *name, const char *text, size_t len,
    const struct exercise_library *lib, struct advice_rules *rules,
    struct advice_error *err)
{
	static const struct scan_sections sections = {
		rules_section_known, rules_section_list
	};
	struct rules_state	 st;
	dictionary		*d;
	const char		*sec;
	int			 nsec, rc = -1;

	if (len > ADVICE_FILE_MAX) {
		fail(err, "%s: larger than %d bytes", name, ADVICE_FILE_MAX);
		return -1;
	}
	if ((d = inifile_parse(name, text, len, &sections, err->msg,
	    sizeof err->msg)) == NULL)
		return -1;
	memset(&st, 0, sizeof st);
	st.file = name;
	st.lib = lib;
	st.err = err;
	if ((st.rules = calloc(1, sizeof *st.rules)) == NULL) {
		fail(err, "%s: %s", name, strerror(ENOMEM));
		goto out;
	}
	if ((nsec = iniparser_getnsec(d)) < 0) {
		fail(err, "%s: iniparser could not list the sections", name);
		goto out;
	}
	/* Rules name wording and referral lines: read those first. */
	for (int pass = 1; pass <= 2; pass++) {
		for (int i = 0; i < nsec; i++) {
			if ((sec = iniparser_getsecname(d, i)) != NULL &&
			    rules_section(d, &st, sec, pass) != 0)
				goto out;
		}
		if (pass == 1 && rules_check_required(&st) != 0)
			goto out;
	}
	*rules = *st.rules;
	rc = 0;
out:
	free(st.rules);
	iniparser_freedict(d);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Loading order                                                        */

/*
 * Where a clinic's file is: the caller's path (which must exist), or
 * SYSCONFDIR/footscreen/base (skipped when absent).  Returns 0 with path
 * and *optional set, or -1 with err when it does not fit.
 */
static int
clinic_path(const char *given, const char *base, char *path, size_t len,
    int *optional, struct advice_error *err)
{
	const char	*dir;
	int		 n;

	*optional = given == NULL;
	if (given != NULL)
		n = snprintf(path, len, "%s", given);
	else {
		/* As config.c: FOOTSCREEN_SYSCONFDIR for tests without root. */
		dir = getenv("FOOTSCREEN_SYSCONFDIR");
		if (dir == NULL || dir[0] == '\0')
			dir = SYSCONFDIR;
		n = snprintf(path, len, "%s/footscreen/%s", dir, base);
	}
	if (n < 0 || (size_t)n >= len) {
		fail(err, "%.64s...: path too long", given != NULL ? given :
		    base);
		return -1;
	}
	if (path[0] == '\0') {
		fail(err, "empty %s file name", base);
		return -1;
	}
	return 0;
}

/*
 * Read a clinic's file of this kind into *text.  Returns 0, 1 when there
 * is none (absent and optional), or -1 with err.
 */
static int
clinic_read(const char *given, const char *base, char *path, size_t pathlen,
    char **text, size_t *len, struct advice_error *err)
{
	int	optional;

	if (clinic_path(given, base, path, pathlen, &optional, err) != 0)
		return -1;
	return inifile_read(path, ADVICE_FILE_MAX, optional, text, len,
	    err->msg, sizeof err->msg);
}

int
advice_load(const char *exercises_path, const char *advice_path,
    struct exercise_library *lib, struct advice_rules *rules,
    struct advice_sources *src)
{
	struct exercise_library	*clinic_lib = NULL;
	struct advice_error	 fit;
	char			*text = NULL;
	size_t			 len;
	int			 rc = -1, r;

	memset(src, 0, sizeof *src);
	snprintf(src->exercises, sizeof src->exercises, BUILTIN);
	snprintf(src->rules, sizeof src->rules, BUILTIN);
	if (advice_parse_exercises("built-in exercises.ini",
	    (const char *)advice_builtin_exercises,
	    advice_builtin_exercises_len, lib, &src->exercises_error) != 0 ||
	    advice_parse_rules("built-in advice.ini",
	    (const char *)advice_builtin_advice, advice_builtin_advice_len,
	    lib, rules, &src->rules_error) != 0)
		return -1;
	rc = 0;

	if ((clinic_lib = malloc(sizeof *clinic_lib)) == NULL) {
		fail(&src->exercises_error, "%s", strerror(ENOMEM));
		return 1;
	}
	r = clinic_read(exercises_path, "exercises.ini", src->exercises,
	    sizeof src->exercises, &text, &len, &src->exercises_error);
	if (r == 0 && advice_parse_exercises(src->exercises, text, len,
	    clinic_lib, &src->exercises_error) != 0)
		r = -1;
	free(text);
	text = NULL;
	if (r != 0) {
		/* Absent (1) or broken (-1): the built-in library stays. */
		snprintf(src->exercises, sizeof src->exercises, BUILTIN);
		if (r < 0)
			rc = 1;
	}

	r = clinic_read(advice_path, "advice.ini", src->rules,
	    sizeof src->rules, &text, &len, &src->rules_error);
	if (r == 0 && advice_parse_rules(src->rules, text, len,
	    strcmp(src->exercises, BUILTIN) != 0 ? clinic_lib : lib, rules,
	    &src->rules_error) != 0)
		r = -1;
	if (r != 0) {
		snprintf(src->rules, sizeof src->rules, BUILTIN);
		if (r < 0)
			rc = 1;
	}

	if (strcmp(src->exercises, BUILTIN) != 0) {
		/*
		 * The built-in rules must fit the clinic's library too; if
		 * they name an exercise it lacks, keep the built-in one.
		 */
		if (strcmp(src->rules, BUILTIN) == 0 && advice_parse_rules(
		    "built-in advice.ini", (const char *)advice_builtin_advice,
		    advice_builtin_advice_len, clinic_lib, rules, &fit) != 0) {
			fail(&src->exercises_error, "%s: not used: %s",
			    src->exercises, fit.msg);
			snprintf(src->exercises, sizeof src->exercises,
			    BUILTIN);
			rc = 1;
		} else
			*lib = *clinic_lib;
	}
	free(text);
	free(clinic_lib);
	return rc;
}
