/*
 * answers.c: reading an answers file into struct screening_answers; see
 * answers.h and footscreen-answers(5).
 *
 * One table per kind of section says, for every key, where it goes, what
 * type it is and what it accepts; loading, the error messages and
 * answers_key_allowed() all read the same tables.  Ranges come from
 * shared/reference/screening-evidence.md where it sets them (the section
 * is named beside each); the others only keep out values no body or board
 * can produce.
 */
#include <config.h>

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <iniparser.h>

#include "config/inifile.h"
#include "config/parse.h"
#include "config/scan.h"
#include "screening/answers.h"

#if defined(__GNUC__)
#define PRINTF_LIKE(f, a)	__attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
/* Longest value quoted back in a message. */
#define EXCERPT_MAX	64

/*
 * Enumerations are stored through an int: they must be int-sized, and a
 * word list's i-th word must be the enumeration's value i + 1 (0 is "not
 * answered").
 */
_Static_assert(sizeof(enum answer) == sizeof(int), "enum size");
_Static_assert(sizeof(enum shoe_wear) == sizeof(int), "enum size");
_Static_assert(WEAR_EVEN == 3 && ANGLE_OUT == 3 && TILT_OUTWARD == 3 &&
    KNEE_MEDIAL_TO_FOOT == 2 && PRINT_FLAT == 4 && BY_TRAINER == 3 &&
    SEX_MALE == 2 && SSIDE_CENTRE == 4 && HRP_INCLINE_10DEG == 2 &&
    LEGLEN_RIGHT_SHORTER == 3, "word lists follow the enumerations");
_Static_assert(WORSE_SITTING == 1 && WORSE_NIGHT == 1 << 7,
    "worse_with words are bits 0..7 in order");

enum key_type {
	KT_ANSWER,	/* yes/no: enum answer */
	KT_FLAG,	/* yes/no: int 1/0 */
	KT_WORD,	/* one of words: enum value index + 1 */
	KT_WORDSET,	/* comma list of words: unsigned, bit index */
	KT_INT,		/* whole number in [min, max]: int */
	KT_WHOLE,	/* whole number in [min, max]: double */
	KT_REAL,	/* number in [min, max]: double */
	KT_COUNTRY	/* two letters: char[8], upper case */
};

struct answer_key {
	const char		*name;
	enum key_type		 type;
	size_t			 offset;	/* in the section's struct */
	double			 min, max;
	const char *const	*words;		/* KT_WORD, KT_WORDSET */
	const char		*unit;		/* after a range; or NULL */
};

static const char *const sex_words[] = { "female", "male", NULL };
static const char *const ssides[] = {
	"left", "right", "both", "centre", NULL
};
static const char *const worse_words[] = {
	"sitting", "standing", "walking", "running", "bending", "stairs",
	"morning", "night", NULL
};
static const char *const wear_words[] = { "inner", "outer", "even", NULL };
static const char *const angle_words[] = { "in", "straight", "out", NULL };
static const char *const tilt_words[] = {
	"inward", "upright", "outward", NULL
};
static const char *const print_words[] = {
	"high_arch", "medium", "low", "flat", NULL
};
static const char *const by_words[] = { "self", "partner", "trainer", NULL };
static const char *const knee_words[] = { "over_foot", "medial", NULL };
static const char *const hrp_words[] = { "flat_floor", "incline_10deg", NULL };
static const char *const leglen_words[] = {
	"equal", "left_shorter", "right_shorter", NULL
};

#define P(f)	offsetof(struct screening_answers, f)
#define S(f)	offsetof(struct symptom, f)
#define F(f)	offsetof(struct side_answers, f)

static const struct answer_key person_keys[] = {
	/* The brief's 0..120; adults only (§0.1 rule 6) is the core's call. */
	{ "age", KT_INT, P(age_years), 0, 120, NULL, "years" },
	{ "sex", KT_WORD, P(sex), 0, 0, sex_words, NULL },
	{ "country", KT_COUNTRY, P(country), 0, 0, NULL, NULL },
	{ "fell_past_year", KT_ANSWER, P(fell_past_year), 0, 0, NULL, NULL },
	/* Dizziness is a reason to skip eyes-closed balance tests, §4.4. */
	{ "dizziness", KT_ANSWER, P(dizziness), 0, 0, NULL, NULL },
	/* STEADI 4-stage balance test, §4.3. */
	{ "tandem_10s", KT_ANSWER, P(tandem_10s), 0, 0, NULL, NULL },
	{ "partner_present", KT_ANSWER, P(partner_present), 0, 0, NULL, NULL },
};

static const struct answer_key symptom_keys[] = {
	{ "present", KT_FLAG, S(present), 0, 0, NULL, NULL },
	{ "side", KT_WORD, S(side), 0, 0, ssides, NULL },
	/* 100 years: anything longer is a typing slip. */
	{ "duration_weeks", KT_REAL, S(duration_weeks), 0, 5200, NULL,
	    "weeks" },
	/* A 0-10 numeric rating scale, issue 3 item 1. */
	{ "intensity", KT_WHOLE, S(intensity), 0, 10, NULL,
	    "0 no pain, 10 worst imaginable" },
	{ "worse_with", KT_WORDSET, S(worse_with), 0, 0, worse_words, NULL },
	{ "limits_daily_life", KT_ANSWER, S(limits_daily_life), 0, 0, NULL,
	    NULL },
	{ "improving", KT_ANSWER, S(improving), 0, 0, NULL, NULL },
};

static const struct answer_key side_keys[] = {
	{ "shoe_wear", KT_WORD, F(shoe_wear), 0, 0, wear_words, NULL },
	{ "foot_angle", KT_WORD, F(foot_angle), 0, 0, angle_words, NULL },
	{ "heel_tilt", KT_WORD, F(heel_tilt), 0, 0, tilt_words, NULL },
	{ "knee_falls_in_walking", KT_ANSWER, F(knee_falls_in_walking), 0, 0,
	    NULL, NULL },
	/* Footprint widths (§3.2, §3.3): an adult foot is well under 200 mm
	 * wide; the divisors must not be 0. */
	{ "print_min_midfoot_mm", KT_REAL, F(print_min_midfoot_mm), 0, 200,
	    NULL, "mm" },
	{ "print_max_forefoot_mm", KT_REAL, F(print_max_forefoot_mm), 20, 200,
	    NULL, "mm" },
	{ "print_max_heel_mm", KT_REAL, F(print_max_heel_mm), 20, 200, NULL,
	    "mm" },
	{ "print_picture", KT_WORD, F(print_picture), 0, 0, print_words,
	    NULL },
	/* Navicular height above the floor (§2.1). */
	{ "navicular_neutral_mm", KT_REAL, F(navicular_neutral_mm), 0, 150,
	    NULL, "mm" },
	{ "navicular_relaxed_mm", KT_REAL, F(navicular_relaxed_mm), 0, 150,
	    NULL, "mm" },
	{ "navicular_by", KT_WORD, F(navicular_by), 0, 0, by_words, NULL },
	/* FPI-6 items score -2..+2 (§1.1). */
	{ "fpi1", KT_INT, F(fpi_item[0]), -2, 2, NULL, NULL },
	{ "fpi2", KT_INT, F(fpi_item[1]), -2, 2, NULL, NULL },
	{ "fpi3", KT_INT, F(fpi_item[2]), -2, 2, NULL, NULL },
	{ "fpi4", KT_INT, F(fpi_item[3]), -2, 2, NULL, NULL },
	{ "fpi5", KT_INT, F(fpi_item[4]), -2, 2, NULL, NULL },
	{ "fpi6", KT_INT, F(fpi_item[5]), -2, 2, NULL, NULL },
	{ "fpi_by", KT_WORD, F(fpi_by), 0, 0, by_words, NULL },
	/* Springer 2007 stops the clock at 45 s (§4.1, §4.2). */
	{ "sls_eyes_open_s", KT_REAL, F(sls_eyes_open_s), 0, 45, NULL,
	    "seconds; the test stops at 45" },
	{ "sls_eyes_closed_s", KT_REAL, F(sls_eyes_closed_s), 0, 45, NULL,
	    "seconds; the test stops at 45" },
	/* Healthy means are about 28 (§5.1); 200 is beyond anyone. */
	{ "heel_raise_reps", KT_WHOLE, F(heel_raise_reps), 0, 200, NULL,
	    "repetitions" },
	{ "squat_knee", KT_WORD, F(squat_knee), 0, 0, knee_words, NULL },
	{ "squat_pelvic_drop", KT_ANSWER, F(squat_pelvic_drop), 0, 0, NULL,
	    NULL },
	/* A foot is about 100 mm wide: the COP cannot be far outside it. */
	{ "board_sls_cop_medial_mm", KT_REAL, F(board_sls_cop_medial_mm),
	    -100, 100, NULL, "mm, positive towards the other foot" },
	{ "board_sls_time_s", KT_REAL, F(board_sls_time_s), 0, 120, NULL,
	    "seconds" },
};

static const struct answer_key tests_keys[] = {
	{ "heel_raise_protocol", KT_WORD, P(heel_raise_protocol), 0, 0,
	    hrp_words, NULL },
	{ "leg_length", KT_WORD, P(leg_length), 0, 0, leglen_words, NULL },
	{ "pelvis_level", KT_ANSWER, P(pelvis_level), 0, 0, NULL, NULL },
};

static const struct answer_key board_keys[] = {
	{ "weight_right_pct", KT_REAL, P(board_weight_right_pct), 0, 100, NULL,
	    "% of body weight" },
	/* Quiet-stance COP velocity is about 6-12 mm/s (§8.4) and the 95 %
	 * ellipse a few hundred mm2: these bounds only stop slips. */
	{ "velocity_eo_mm_s", KT_REAL, P(board_velocity_eo_mm_s), 0, 1000,
	    NULL, "mm/s" },
	{ "velocity_ec_mm_s", KT_REAL, P(board_velocity_ec_mm_s), 0, 1000,
	    NULL, "mm/s" },
	{ "area_eo_mm2", KT_REAL, P(board_area_eo_mm2), 0, 100000, NULL,
	    "mm2" },
	{ "area_ec_mm2", KT_REAL, P(board_area_ec_mm2), 0, 100000, NULL,
	    "mm2" },
};

#undef P
#undef S
#undef F

/* The kinds of section, and the keys each holds. */
enum section_kind {
	SEC_PERSON, SEC_RED_FLAGS, SEC_SYMPTOM, SEC_SIDE, SEC_TESTS, SEC_BOARD
};

static const struct {
	const struct answer_key	*keys;
	size_t			 n;
} kind_keys[] = {
	[SEC_PERSON] = { person_keys, NELEM(person_keys) },
	[SEC_RED_FLAGS] = { NULL, 0 },	/* REDFLAG_LIST, all KT_ANSWER */
	[SEC_SYMPTOM] = { symptom_keys, NELEM(symptom_keys) },
	[SEC_SIDE] = { side_keys, NELEM(side_keys) },
	[SEC_TESTS] = { tests_keys, NELEM(tests_keys) },
	[SEC_BOARD] = { board_keys, NELEM(board_keys) },
};

static const char *const site_keys[] = {
#define SITE_X_KEY(id, key) key,
	SYMPTOM_SITE_LIST(SITE_X_KEY)
#undef SITE_X_KEY
	NULL
};

#define SYMPTOM_PREFIX	"symptom."

/* A red flag is a yes/no answer like any other. */
static const struct answer_key redflag_answer = {
	"", KT_ANSWER, 0, 0, 0, NULL, NULL
};

static void	set_error(struct answers_error *, const char *, ...)
		    PRINTF_LIKE(2, 3);

/* Fill err (when not NULL) with a formatted message. */
static void
set_error(struct answers_error *err, const char *fmt, ...)
{
	va_list	ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
}

/*
 * The kind of a section named s (any case) and, through *index, which
 * symptom site or side it is.  -1 when s is no section of an answers file.
 */
static int
section_kind(const char *s, int *index)
{
	static const char *const plain[] = {
		"person", "red_flags", "tests", "board", NULL
	};
	static const enum section_kind plain_kind[] = {
		SEC_PERSON, SEC_RED_FLAGS, SEC_TESTS, SEC_BOARD
	};
	static const char *const sides[] = { "left", "right", NULL };
	size_t	plen = strlen(SYMPTOM_PREFIX);
	int	i;

	*index = 0;
	if (config_parse_word(s, plain, &i) == 0)
		return (int)plain_kind[i];
	if (config_parse_word(s, sides, &i) == 0) {
		*index = i == 0 ? SIDE_LEFT : SIDE_RIGHT;
		return SEC_SIDE;
	}
	if (strncasecmp(s, SYMPTOM_PREFIX, plen) == 0 &&
	    config_parse_word(s + plen, site_keys, &i) == 0) {
		*index = i;
		return SEC_SYMPTOM;
	}
	return -1;
}

/* scan_sections' predicate. */
static int
section_known(const char *s)
{
	int	index;

	return section_kind(s, &index) >= 0;
}

/* Append s to buf[0..len) after a ", " unless buf is empty. */
static void
append_item(char *buf, size_t len, const char *s)
{
	size_t	used = strlen(buf);

	if (used + 1 >= len)
		return;
	snprintf(buf + used, len - used, "%s%s", used > 0 ? ", " : "", s);
}

/* scan_sections' list: every section name, for a message. */
static void
section_list(char *buf, size_t len)
{
	char	name[48];

	if (len == 0)
		return;
	buf[0] = '\0';
	append_item(buf, len, "person");
	append_item(buf, len, "red_flags");
	for (int i = 0; site_keys[i] != NULL; i++) {
		snprintf(name, sizeof name, SYMPTOM_PREFIX "%s", site_keys[i]);
		append_item(buf, len, name);
	}
	append_item(buf, len, "left");
	append_item(buf, len, "right");
	append_item(buf, len, "tests");
	append_item(buf, len, "board");
}

/* The key names of a kind of section, joined by ", ". */
static void
key_list(enum section_kind kind, char *buf, size_t len)
{
	if (len == 0)
		return;
	buf[0] = '\0';
	if (kind == SEC_RED_FLAGS) {
		for (int i = 0; i < RF_COUNT; i++)
			append_item(buf, len, redflag_key((enum redflag)i));
		return;
	}
	for (size_t i = 0; i < kind_keys[kind].n; i++)
		append_item(buf, len, kind_keys[kind].keys[i].name);
}

/* The words of a NULL-terminated list, joined by ", ". */
static void
word_list(const char *const *words, char *buf, size_t len)
{
	buf[0] = '\0';
	for (int i = 0; words[i] != NULL; i++)
		append_item(buf, len, words[i]);
}

/* What k accepts, as messages say it. */
static void
key_allowed(const struct answer_key *k, char *buf, size_t len)
{
	char	words[160];
	int	n = 0;

	switch (k->type) {
	case KT_ANSWER:
	case KT_FLAG:
		n = snprintf(buf, len, "yes, no");
		break;
	case KT_WORD:
		word_list(k->words, buf, len);
		break;
	case KT_WORDSET:
		word_list(k->words, words, sizeof words);
		n = snprintf(buf, len, "a comma-separated list of: %s", words);
		break;
	case KT_INT:
	case KT_WHOLE:
		n = snprintf(buf, len, "a whole number from %g to %g", k->min,
		    k->max);
		break;
	case KT_REAL:
		n = snprintf(buf, len, "a number from %g to %g", k->min,
		    k->max);
		break;
	case KT_COUNTRY:
		n = snprintf(buf, len, "a two-letter country code such as GB, "
		    "US or FR");
		break;
	}
	if (n >= 0 && (size_t)n < len && k->unit != NULL)
		snprintf(buf + n, len - (size_t)n, " (%s)", k->unit);
}

/* The key called name in a kind of section, or NULL; *flag: a red flag. */
static const struct answer_key *
find_key(enum section_kind kind, const char *name, size_t *flag)
{
	int	rf;

	if (kind == SEC_RED_FLAGS) {
		if ((rf = redflag_lookup(name)) < 0)
			return NULL;
		*flag = (size_t)rf;
		return &redflag_answer;
	}
	for (size_t i = 0; i < kind_keys[kind].n; i++)
		if (strcasecmp(kind_keys[kind].keys[i].name, name) == 0)
			return &kind_keys[kind].keys[i];
	return NULL;
}

int
answers_key_allowed(const char *section, const char *key, char *buf,
    size_t len)
{
	const struct answer_key	*k;
	size_t			 flag;
	int			 kind, index;

	if ((kind = section_kind(section, &index)) < 0 ||
	    (k = find_key((enum section_kind)kind, key, &flag)) == NULL)
		return -1;
	key_allowed(k, buf, len);
	return 0;
}

const char *
answers_word(const char *section, const char *key, int value)
{
	const struct answer_key	*k;
	size_t			 flag, n = 0;
	int			 kind, index;

	if ((kind = section_kind(section, &index)) < 0 ||
	    (k = find_key((enum section_kind)kind, key, &flag)) == NULL ||
	    k->words == NULL)
		return NULL;
	while (k->words[n] != NULL)
		n++;
	if (k->type == KT_WORD)
		value--;	/* 0 is "not answered" */
	return value >= 0 && (size_t)value < n ? k->words[value] : NULL;
}

const char *
answers_site_key(enum symptom_site s)
{
	return (size_t)s < NELEM(site_keys) - 1 ? site_keys[s] : NULL;
}

/* A comma list of words as bits (bit i for words[i]); -1 if bad. */
static int
parse_wordset(const char *s, const char *const *words, unsigned *out)
{
	char		 item[32];
	const char	*end;
	size_t		 n;
	unsigned	 bits = 0;
	int		 i;

	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		end = strchr(s, ',');
		n = end != NULL ? (size_t)(end - s) : strlen(s);
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		if (n == 0 || n >= sizeof item)
			return -1;
		memcpy(item, s, n);
		item[n] = '\0';
		if (config_parse_word(item, words, &i) != 0)
			return -1;
		bits |= 1u << i;
		if (end == NULL)
			break;
		s = end + 1;
	}
	*out = bits;
	return 0;
}

/* Two ASCII letters, stored upper case; -1 if s is not that. */
static int
parse_country(const char *s, char *out, size_t len)
{
	char	cc[3];

	if (strlen(s) != 2 || len < sizeof cc)
		return -1;
	for (int i = 0; i < 2; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			cc[i] = (char)(s[i] - 'a' + 'A');
		else if (s[i] >= 'A' && s[i] <= 'Z')
			cc[i] = s[i];
		else
			return -1;
	}
	cc[2] = '\0';
	memcpy(out, cc, sizeof cc);
	return 0;
}

/*
 * Convert value as k says and store it at base + k->offset.  An empty
 * value means "not answered" and stores nothing.  Returns 0 or -1.
 */
static int
key_store(const struct answer_key *k, void *base, const char *value)
{
	char		*field = (char *)base + k->offset;
	double		 d;
	long		 l;
	unsigned	 bits;
	int		 i;

	if (value[0] == '\0')
		return 0;
	switch (k->type) {
	case KT_ANSWER:
	case KT_FLAG:
		if (config_parse_bool(value, &i) != 0)
			return -1;
		if (k->type == KT_FLAG)
			*(int *)(void *)field = i;
		else
			*(int *)(void *)field = i ? ANSWER_YES : ANSWER_NO;
		return 0;
	case KT_WORD:
		if (config_parse_word(value, k->words, &i) != 0)
			return -1;
		*(int *)(void *)field = i + 1;
		return 0;
	case KT_WORDSET:
		if (parse_wordset(value, k->words, &bits) != 0)
			return -1;
		*(unsigned *)(void *)field = bits;
		return 0;
	case KT_INT:
	case KT_WHOLE:
		if (config_parse_long(value, &l) != 0 || l < k->min ||
		    l > k->max)
			return -1;
		if (k->type == KT_INT)
			*(int *)(void *)field = (int)l;
		else
			*(double *)(void *)field = (double)l;
		return 0;
	case KT_REAL:
		if (config_parse_real(value, &d) != 0 || d < k->min ||
		    d > k->max)
			return -1;
		*(double *)(void *)field = d;
		return 0;
	case KT_COUNTRY:
		return parse_country(value, field,
		    sizeof ((struct screening_answers *)NULL)->country);
	}
	return -1;
}

/* Where a section of kind/index keeps its answers inside a. */
static void *
section_base(struct screening_answers *a, enum section_kind kind, int index)
{
	switch (kind) {
	case SEC_SYMPTOM:
		/* A [symptom.SITE] section means the person was asked. */
		a->symptom[index].answered = 1;
		return &a->symptom[index];
	case SEC_SIDE:
		return &a->side[index];
	case SEC_RED_FLAGS:
		return a->redflag;
	case SEC_PERSON:
	case SEC_TESTS:
	case SEC_BOARD:
		break;
	}
	return a;
}

/* What inifile_each_key() passes to apply_key(). */
struct apply_state {
	struct screening_answers	*a;
	enum section_kind		 kind;
	void				*base;
	const char			*sec;
	const char			*name;
	struct answers_error		*err;
};

/* Store one key of a section; -1 with the message when it is bad. */
static int
apply_key(void *arg, const char *key, const char *value)
{
	struct apply_state	*st = arg;
	const struct answer_key	*k;
	char			 allowed[1200], shown[EXCERPT_MAX + 8];
	size_t			 flag = 0;

	if ((k = find_key(st->kind, key, &flag)) == NULL) {
		key_list(st->kind, allowed, sizeof allowed);
		set_error(st->err, "%s: [%s] unknown key '%s': allowed: %s",
		    st->name, st->sec, key, allowed);
		return -1;
	}
	if (key_store(k, st->kind == SEC_RED_FLAGS ?
	    (void *)&st->a->redflag[flag] : st->base, value) != 0) {
		config_excerpt(value, strlen(value), EXCERPT_MAX, shown,
		    sizeof shown);
		key_allowed(k, allowed, sizeof allowed);
		set_error(st->err, "%s: [%s] %s = '%s': allowed: %s", st->name,
		    st->sec, key, shown, allowed);
		return -1;
	}
	return 0;
}

/* Apply every key of section sec of d to a. */
static int
apply_section(struct screening_answers *a, const dictionary *d,
    const char *sec, const char *name, struct answers_error *err)
{
	struct apply_state	st = { a, SEC_PERSON, NULL, sec, name, err };
	char			allowed[400];
	int			kind, index;

	if ((kind = section_kind(sec, &index)) < 0) {
		/* scan.c stopped unknown sections already; stay safe. */
		section_list(allowed, sizeof allowed);
		set_error(err, "%s: unknown section [%s]: allowed: %s", name,
		    sec, allowed);
		return -1;
	}
	st.kind = (enum section_kind)kind;
	st.base = section_base(a, st.kind, index);
	return inifile_each_key(d, sec, apply_key, &st, name, err->msg,
	    sizeof err->msg) == 0 ? 0 : -1;
}

int
answers_load_text(const char *name, const char *text, size_t len,
    struct screening_answers *a, struct answers_error *err)
{
	static const struct scan_sections sections = {
		section_known, section_list
	};
	struct screening_answers	 work;
	dictionary			*d;
	const char			*sec;
	int				 nsec, rc = -1;

	screening_answers_init(a);
	screening_answers_init(&work);
	if (len > ANSWERS_FILE_MAX) {
		set_error(err, "%s: larger than %d bytes", name,
		    ANSWERS_FILE_MAX);
		return -1;
	}
	if (len == 0)
		return 0;
	if ((d = inifile_parse(name, text, len, &sections, err->msg,
	    sizeof err->msg)) == NULL)
		return -1;
	if ((nsec = iniparser_getnsec(d)) < 0) {
		set_error(err, "%s: iniparser could not list the sections",
		    name);
		goto out;
	}
	for (int i = 0; i < nsec; i++) {
		if ((sec = iniparser_getsecname(d, i)) == NULL)
			continue;
		if (apply_section(&work, d, sec, name, err) != 0)
			goto out;
	}
	*a = work;
	rc = 0;
out:
	iniparser_freedict(d);
	return rc;
}

/*
 * Read standard input whole into a new NUL-terminated buffer: it may be a
 * pipe, which inifile_read() (regular files only) refuses.  Returns 0, or
 * -1 with err.  Stops past ANSWERS_FILE_MAX.
 */
static int
read_stdin(const char *name, char **text, size_t *len,
    struct answers_error *err)
{
	char	*buf = NULL, *grown;
	size_t	 cap = 0, used = 0;
	ssize_t	 n;

	for (;;) {
		if (used > ANSWERS_FILE_MAX) {
			set_error(err, "%s: larger than %d bytes", name,
			    ANSWERS_FILE_MAX);
			free(buf);
			return -1;
		}
		if (used + 1 >= cap) {
			cap = cap == 0 ? 4096 : cap * 2;
			if ((grown = realloc(buf, cap)) == NULL) {
				set_error(err, "%s: %s", name,
				    strerror(ENOMEM));
				free(buf);
				return -1;
			}
			buf = grown;
		}
		n = read(STDIN_FILENO, buf + used, cap - used - 1);
		if (n == 0)
			break;
		if (n == -1) {
			if (errno == EINTR)
				continue;
			set_error(err, "%s: %s", name, strerror(errno));
			free(buf);
			return -1;
		}
		used += (size_t)n;
	}
	buf[used] = '\0';
	*text = buf;
	*len = used;
	return 0;
}

int
answers_load(const char *path, struct screening_answers *a,
    struct answers_error *err)
{
	const char	*name = path;
	char		*text = NULL;
	size_t		 len = 0;
	int		 rc;

	screening_answers_init(a);
	if (path == NULL || path[0] == '\0') {
		set_error(err, "empty answers file name");
		return -1;
	}
	if (strcmp(path, "-") == 0) {
		name = "<stdin>";
		rc = read_stdin(name, &text, &len, err);
	} else
		rc = inifile_read(path, ANSWERS_FILE_MAX, 0, &text, &len,
		    err->msg, sizeof err->msg);
	if (rc != 0)
		return -1;
	rc = answers_load_text(name, text, len, a, err);
	free(text);
	return rc;
}

/* ------------------------------------------------------------------ */
/* Writing answers back as a file                                      */

/* Size of the field a key of this type stores into. */
static size_t
key_size(enum key_type t)
{
	switch (t) {
	case KT_REAL:
	case KT_WHOLE:
		return sizeof(double);
	case KT_WORDSET:
		return sizeof(unsigned);
	case KT_COUNTRY:
		return sizeof ((struct screening_answers *)NULL)->country;
	case KT_ANSWER:
	case KT_FLAG:
	case KT_WORD:
	case KT_INT:
		break;
	}
	return sizeof(int);
}

/*
 * Write k's value from base as "name = value\n" into f, unless it is the
 * "not answered" value it has in blank (a struct as
 * screening_answers_init() leaves it).
 */
static int
key_write(FILE *f, const struct answer_key *k, const void *base,
    const void *blank)
{
	const char	*field = (const char *)base + k->offset;
	char		 num[40];
	int		 v;

	if (k->type == KT_REAL || k->type == KT_WHOLE) {
		double	d;

		memcpy(&d, field, sizeof d);
		if (isnan(d))
			return 0;
		/* The shortest text that reads back as the same number. */
		if (config_format_real(d, num, sizeof num) != 0)
			return -1;
		return fprintf(f, "%s = %s\n", k->name, num) < 0 ? -1 : 0;
	}
	if (memcmp(field, (const char *)blank + k->offset,
	    key_size(k->type)) == 0)
		return 0;
	if (k->type == KT_COUNTRY)
		return fprintf(f, "%s = %s\n", k->name, field) < 0 ? -1 : 0;
	memcpy(&v, field, sizeof v);
	switch (k->type) {
	case KT_ANSWER:
		return fprintf(f, "%s = %s\n", k->name, v == ANSWER_YES ?
		    "yes" : "no") < 0 ? -1 : 0;
	case KT_FLAG:
		return fprintf(f, "%s = %s\n", k->name, v ? "yes" : "no") < 0 ?
		    -1 : 0;
	case KT_WORD:
		if (v < 1)
			return -1;
		for (int i = 0; i < v; i++)
			if (k->words[i] == NULL)
				return -1;	/* out of range */
		return fprintf(f, "%s = %s\n", k->name, k->words[v - 1]) < 0 ?
		    -1 : 0;
	case KT_WORDSET:
		fprintf(f, "%s = ", k->name);
		for (int i = 0, n = 0; k->words[i] != NULL; i++)
			if ((unsigned)v & (1u << i))
				fprintf(f, "%s%s", n++ > 0 ? ", " : "",
				    k->words[i]);
		return fputc('\n', f) == EOF ? -1 : 0;
	case KT_INT:
		return fprintf(f, "%s = %d\n", k->name, v) < 0 ? -1 : 0;
	case KT_REAL:
	case KT_WHOLE:
	case KT_COUNTRY:
		break;
	}
	return 0;
}

/*
 * Write one section: its header, then every answered key.  An empty
 * section is left out unless always (a symptom site that was asked).
 */
static int
section_write(FILE *f, const char *name, enum section_kind kind,
    const void *base, const void *blank, int always)
{
	const struct answer_key	*keys = kind_keys[kind].keys;
	char			*body = NULL;
	size_t			 len = 0;
	FILE			*m;
	int			 rc = 0;

	if ((m = open_memstream(&body, &len)) == NULL)
		return -1;
	if (kind == SEC_RED_FLAGS) {
		const enum answer *rf = base;

		for (int i = 0; i < RF_COUNT && rc == 0; i++)
			if (rf[i] != ANSWER_UNKNOWN)
				rc = fprintf(m, "%s = %s\n",
				    redflag_key((enum redflag)i),
				    rf[i] == ANSWER_YES ? "yes" : "no") < 0 ?
				    -1 : 0;
	} else
		for (size_t i = 0; i < kind_keys[kind].n && rc == 0; i++)
			rc = key_write(m, &keys[i], base, blank);
	if (fclose(m) != 0 || body == NULL)
		rc = -1;
	if (rc == 0 && (len > 0 || always))
		rc = fprintf(f, "[%s]\n%s\n", name, body) < 0 ? -1 : 0;
	free(body);
	return rc;
}

int
answers_write(FILE *f, const struct screening_answers *a)
{
	struct screening_answers	blank;
	char				name[48];
	int				rc;

	screening_answers_init(&blank);
	rc = section_write(f, "person", SEC_PERSON, a, &blank, 0);
	if (rc == 0)
		rc = section_write(f, "red_flags", SEC_RED_FLAGS, a->redflag,
		    blank.redflag, 0);
	for (int s = 0; s < SITE_COUNT && rc == 0; s++) {
		snprintf(name, sizeof name, SYMPTOM_PREFIX "%s", site_keys[s]);
		rc = section_write(f, name, SEC_SYMPTOM, &a->symptom[s],
		    &blank.symptom[s], a->symptom[s].answered);
	}
	for (int s = 0; s < SIDE_COUNT && rc == 0; s++)
		rc = section_write(f, s == SIDE_LEFT ? "left" : "right",
		    SEC_SIDE, &a->side[s], &blank.side[s], 0);
	if (rc == 0)
		rc = section_write(f, "tests", SEC_TESTS, a, &blank, 0);
	if (rc == 0)
		rc = section_write(f, "board", SEC_BOARD, a, &blank, 0);
	return rc != 0 || ferror(f) ? -1 : 0;
}
