/*
 * report_markdown.c: the one-page summary (report_summary.c) as
 * Markdown (CommonMark with pipe tables), and its "who and when" part as
 * plain text before the text report (report_text_person).
 */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "screening/report.h"

/* ------------------------------------------------------------------ */
/* Markdown                                                            */

struct md {
	FILE	*f;
	int	 list;		/* inside a bullet list */
	size_t	 ncols;		/* of the open table; 0 none */
	int	 kv;		/* the open table is labels and values */
};

/* Text with Markdown's special characters escaped; newlines as spaces. */
static void
md_text(FILE *f, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\n') {
			fputc(' ', f);
			continue;
		}
		if (strchr("\\`*_[]<>#|", *s) != NULL)
			fputc('\\', f);
		fputc(*s, f);
	}
}

/* End a bullet list before something else. */
static void
md_block(struct md *m)
{
	if (m->list)
		fputc('\n', m->f);
	m->list = 0;
}

static void
md_heading(void *arg, int level, const char *text)
{
	struct md	*m = arg;

	md_block(m);
	fputs(level <= 1 ? "# " : "## ", m->f);
	md_text(m->f, text);
	fputs("\n\n", m->f);
}

static void
md_para(void *arg, enum report_style st, const char *text)
{
	struct md	*m = arg;

	md_block(m);
	fputs(st == REPORT_ALERT ? "> **" : st == REPORT_NOTE ? "*" : "",
	    m->f);
	md_text(m->f, text);
	fputs(st == REPORT_ALERT ? "**\n\n" : st == REPORT_NOTE ? "*\n\n" :
	    "\n\n", m->f);
}

static void
md_item(void *arg, const char *text, const char *detail)
{
	struct md	*m = arg;

	m->list = 1;
	fputs("- ", m->f);
	md_text(m->f, text);
	if (detail != NULL) {
		fputs(" *", m->f);
		md_text(m->f, detail);
		fputc('*', m->f);
	}
	fputc('\n', m->f);
}

static void
md_table(void *arg, size_t ncols, const char *const *head)
{
	struct md	*m = arg;

	md_block(m);
	m->ncols = ncols;
	m->kv = head == NULL;
	if (m->kv)
		return;		/* labels and values read best as a list */
	for (size_t i = 0; i < ncols; i++) {
		fputs("| ", m->f);
		md_text(m->f, head[i]);
		fputc(' ', m->f);
	}
	fputs("|\n", m->f);
	for (size_t i = 0; i < ncols; i++)
		fputs("|---", m->f);
	fputs("|\n", m->f);
}

static void
md_row(void *arg, const char *const *cells)
{
	struct md	*m = arg;

	if (m->kv) {
		fputs("- **", m->f);
		md_text(m->f, cells[0]);
		fputs(":** ", m->f);
		md_text(m->f, cells[1]);
		fputc('\n', m->f);
		return;
	}
	for (size_t i = 0; i < m->ncols; i++) {
		fputs("| ", m->f);
		md_text(m->f, cells[i]);
		fputc(' ', m->f);
	}
	fputs("|\n", m->f);
}

static void
md_table_end(void *arg)
{
	struct md	*m = arg;

	fputc('\n', m->f);
	m->ncols = 0;
	m->kv = 0;
}

static const struct report_sink md_sink = {
	md_heading, md_para, md_item, md_table, md_row, md_table_end
};

int
report_markdown(FILE *f, const struct screening_result *r,
    const struct advice_plan *pl, const struct report_context *ctx)
{
	struct md	m = { f, 0, 0, 0 };

	if (report_summary(&md_sink, &m, r, pl, ctx) != 0)
		return -1;
	md_block(&m);
	return ferror(f) ? -1 : 0;
}

/* ------------------------------------------------------------------ */
/* Plain text: the "who and when" part before the text report          */

struct tx {
	FILE			*f;
	const char *const	*head;
	size_t			 ncols;
};

static void
tx_heading(void *arg, int level, const char *text)
{
	struct tx	*t = arg;
	size_t		 n = 0;

	for (const char *c = text; *c != '\0'; c++)
		if (((unsigned char)*c & 0xc0) != 0x80)
			n++;
	fprintf(t->f, "\n%s\n", text);
	while (n-- > 0)
		fputc(level <= 1 ? '=' : '-', t->f);
	fputc('\n', t->f);
}

static void
tx_para(void *arg, enum report_style st, const char *text)
{
	struct tx	*t = arg;

	(void)st;
	report_wrap(t->f, "", "", text);
}

static void
tx_item(void *arg, const char *text, const char *detail)
{
	struct tx	*t = arg;
	char		 line[1400];

	snprintf(line, sizeof line, "%s%s%s", text, detail != NULL ? " " : "",
	    detail != NULL ? detail : "");
	report_wrap(t->f, "  - ", "    ", line);
}

static void
tx_table(void *arg, size_t ncols, const char *const *head)
{
	struct tx	*t = arg;

	t->head = head;
	t->ncols = ncols;
}

/*
 * "Name: Ann" for labels and values; "- label: before 38 s, now 40 s,
 * change +2 s" for a table with a head.
 */
static void
tx_row(void *arg, const char *const *cells)
{
	struct tx	*t = arg;
	char		 line[1024], word[64];
	size_t		 o;

	if (t->head == NULL) {
		snprintf(line, sizeof line, "%s: %s", cells[0], cells[1]);
		report_wrap(t->f, "", "  ", line);
		return;
	}
	o = (size_t)snprintf(line, sizeof line, "%s:", cells[0]);
	for (size_t i = 1; i < t->ncols && o < sizeof line; i++) {
		if (cells[i][0] == '\0')
			continue;
		snprintf(word, sizeof word, "%s", t->head[i]);
		if (word[0] >= 'A' && word[0] <= 'Z')
			word[0] = (char)(word[0] - 'A' + 'a');
		o += (size_t)snprintf(line + o, sizeof line - o, "%s %s %s",
		    i > 1 ? "," : "", word, cells[i]);
	}
	report_wrap(t->f, "- ", "  ", line);
}

static void
tx_table_end(void *arg)
{
	struct tx	*t = arg;

	t->head = NULL;
	t->ncols = 0;
}

static const struct report_sink tx_sink = {
	tx_heading, tx_para, tx_item, tx_table, tx_row, tx_table_end
};

int
report_text_person(FILE *f, const struct screening_result *r,
    const struct advice_plan *pl, const struct report_context *ctx)
{
	struct tx	t = { f, NULL, 0 };

	if (ctx->person != NULL) {
		if (report_summary_person(&tx_sink, &t, ctx) != 0)
			return -1;
		fputc('\n', f);
	}
	return report_text(f, r, pl, ctx);
}
