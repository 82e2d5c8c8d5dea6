/*
 * report_html.c: the one-page summary (report_markdown.c walks it) as one
 * self-contained HTML file: the style sheet is inline and nothing is
 * fetched (no fonts, images or scripts), so the file works offline and
 * can be mailed or printed as it is.  Meaning is carried by words and
 * weight, never by colour alone.
 *
 * One A4 page.  The body is written to memory first while the sink keeps
 * a rough count of the lines it will take at the base size; the page's
 * font size is then chosen so that the count fits one page, never below
 * a size still comfortable to read (FONT_MIN_PT).  Only a screening with
 * very much to say goes onto a second page.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screening/report.h"
#include "screening/strings.h"

/*
 * Design rule, measured with headless Chromium's A4 print (--print-to-pdf)
 * on the test answers and a screening with every section full: at 8 pt,
 * with the margins below, about PAGE_LINES lines of CHARS_PER_LINE fit a
 * page, as html_*() count them; a longer summary is set smaller by
 * (PAGE_LINES / lines) ^ FIT_POWER.  Below 6.2 pt print is hard to read,
 * so the page grows instead.
 */
#define FONT_PT		8.0
#define FONT_MIN_PT	6.2
#define PAGE_LINES	88.0
#define CHARS_PER_LINE	128.0
/* Lines of the title and the disclaimer that the who table sits beside. */
#define KV_BESIDE	5.0
#define FIT_POWER	0.62

/* Everything but the base size, which report_html() writes. */
static const char style[] =
	"@page { size: A4; margin: 9mm 12mm; }\n"
	"html { font-family: \"DejaVu Sans\", \"Liberation Sans\", Arial, "
	"sans-serif; line-height: 1.17; color: #111; background: #fff; }\n"
	"body { margin: 0; }\n"
	"@media screen { body { max-width: 186mm; margin: 1.5em auto; "
	"padding: 0 1em; } }\n"
	"h1 { font-size: 1.56em; margin: 0 0 0.375em; }\n"
	"h2 { font-size: 1.15em; margin: 0.5em 0 0.19em; "
	"padding-bottom: 0.06em; border-bottom: 0.6pt solid #666; "
	"break-after: avoid; clear: both; }\n"
	"p { margin: 0 0 0.25em; }\n"
	"p.note, span.detail { font-size: 0.91em; color: #333; }\n"
	"p.alert { font-weight: bold; border-left: 2.5pt solid #000; "
	"padding: 0.12em 0 0.12em 0.6em; }\n"
	"ul { margin: 0 0 0.25em; padding-left: 1.5em; }\n"
	"li { margin: 0; }\n"
	"table { border-collapse: collapse; margin: 0.12em 0 0.25em; "
	"font-size: 0.97em; break-inside: avoid; }\n"
	"th, td { text-align: left; vertical-align: top; "
	"padding: 0.05em 0.75em 0.05em 0; }\n"
	"table.grid { width: 100%; }\n"
	"table.grid th { border-bottom: 0.6pt solid #666; }\n"
	"table.grid td { border-bottom: 0.3pt solid #bbb; }\n"
	/* Numbers and their units stay on one line. */
	"table.grid td:nth-child(n+2):not(:last-child) { white-space: nowrap; "
	"}\n"
	"table.who { float: right; max-width: 48%; margin: -2.1em 0 0.4em 1em; "
	"}\n"
	"table.who th { font-weight: normal; color: #333; white-space: nowrap; "
	"}\n"
	"table.who td { overflow-wrap: anywhere; }\n";

struct html {
	FILE	*f;
	int	 list;
	size_t	 ncols;
	int	 kv;
	double	 lines;		/* estimate at FONT_PT */
	double	 kv_lines;	/* of the open label-and-value table */
};

/* Lines n characters take in a column of width share (of the page). */
static double
text_lines(size_t n, double share)
{
	return ceil((double)(n > 0 ? n : 1) / (CHARS_PER_LINE * share));
}

/* Text with HTML's special characters as entities. */
static void
html_text(FILE *f, const char *s)
{
	for (; *s != '\0'; s++)
		switch (*s) {
		case '&':
			fputs("&amp;", f);
			break;
		case '<':
			fputs("&lt;", f);
			break;
		case '>':
			fputs("&gt;", f);
			break;
		case '"':
			fputs("&quot;", f);
			break;
		case '\'':
			fputs("&#39;", f);
			break;
		default:
			fputc(*s, f);
		}
}

static void
html_block(struct html *h)
{
	if (h->list)
		fputs("</ul>\n", h->f);
	h->list = 0;
}

static void
html_heading(void *arg, int level, const char *text)
{
	struct html	*h = arg;

	html_block(h);
	fputs(level <= 1 ? "<h1>" : "<h2>", h->f);
	html_text(h->f, text);
	fputs(level <= 1 ? "</h1>\n" : "</h2>\n", h->f);
	h->lines += level <= 1 ? 2.0 : 1.8;
}

static void
html_para(void *arg, enum report_style st, const char *text)
{
	struct html	*h = arg;

	html_block(h);
	fputs(st == REPORT_ALERT ? "<p class=\"alert\">" : st == REPORT_NOTE ?
	    "<p class=\"note\">" : "<p>", h->f);
	html_text(h->f, text);
	fputs("</p>\n", h->f);
	/* Notes are smaller; bold text is wider. */
	h->lines += 0.25 + (st == REPORT_NOTE ? 0.92 * text_lines(strlen(text),
	    1.1) : text_lines(strlen(text), st == REPORT_ALERT ? 0.9 : 1.0));
}

static void
html_item(void *arg, const char *text, const char *detail)
{
	struct html	*h = arg;

	if (!h->list)
		fputs("<ul>\n", h->f);
	h->list = 1;
	fputs("<li>", h->f);
	html_text(h->f, text);
	if (detail != NULL) {
		fputs(" <span class=\"detail\">", h->f);
		html_text(h->f, detail);
		fputs("</span>", h->f);
	}
	fputs("</li>\n", h->f);
	h->lines += text_lines(strlen(text) + (detail != NULL ?
	    strlen(detail) : 0), 0.97);
}

static void
html_table(void *arg, size_t ncols, const char *const *head)
{
	struct html	*h = arg;

	html_block(h);
	h->ncols = ncols;
	h->kv = head == NULL;
	if (h->kv) {
		fputs("<table class=\"who\">\n", h->f);
		return;
	}
	fputs("<table class=\"grid\">\n<tr>", h->f);
	for (size_t i = 0; i < ncols; i++) {
		fputs("<th>", h->f);
		html_text(h->f, head[i]);
		fputs("</th>", h->f);
	}
	fputs("</tr>\n", h->f);
	h->lines += 1.5;
}

static void
html_row(void *arg, const char *const *cells)
{
	struct html	*h = arg;
	double		 most = 1;

	fputs("<tr>", h->f);
	for (size_t i = 0; i < h->ncols; i++) {
		/* A label column is a header cell, for screen readers too. */
		fputs(h->kv && i == 0 ? "<th scope=\"row\">" : "<td>", h->f);
		html_text(h->f, cells[i]);
		fputs(h->kv && i == 0 ? "</th>" : "</td>", h->f);
		/* The last column takes what the others leave. */
		most = fmax(most, h->kv ? text_lines(strlen(cells[i]),
		    0.3) : text_lines(strlen(cells[i]), i + 1 == h->ncols ?
		    0.45 : 0.8 / (double)h->ncols));
	}
	fputs("</tr>\n", h->f);
	if (h->kv)
		h->kv_lines += most;
	else
		h->lines += most;
}

static void
html_table_end(void *arg)
{
	struct html	*h = arg;

	fputs("</table>\n", h->f);
	/* Who and when floats beside the title and the disclaimer. */
	if (h->kv)
		h->lines += fmax(0, h->kv_lines - KV_BESIDE);
	h->ncols = 0;
	h->kv = 0;
	h->kv_lines = 0;
	h->lines += 0.3;
}

static const struct report_sink html_sink = {
	html_heading, html_para, html_item, html_table, html_row,
	html_table_end
};

int
report_html(FILE *f, const struct screening_result *r,
    const struct advice_plan *pl, const struct report_context *ctx)
{
	struct html	 h = { NULL, 0, 0, 0, 0, 0 };
	char		*body = NULL;
	size_t		 len = 0;
	double		 pt = FONT_PT;
	int		 rc;

	if ((h.f = open_memstream(&body, &len)) == NULL)
		return -1;
	rc = report_summary(&html_sink, &h, r, pl, ctx);
	html_block(&h);
	if (fclose(h.f) != 0 || body == NULL || rc != 0) {
		free(body);
		return -1;
	}
	/*
	 * Lines would scale with the square of the size (width and height),
	 * but borders, padding and unbroken numbers do not shrink: the
	 * exponent FIT_POWER is measured (see the top).
	 */
	if (h.lines > PAGE_LINES)
		pt = fmax(FONT_MIN_PT, FONT_PT * pow(PAGE_LINES / h.lines,
		    FIT_POWER));
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<title>", f);
	html_text(f, strings_text(STR_TITLE));
	if (ctx->person != NULL && ctx->person->name != NULL) {
		fputs(" \xe2\x80\x94 ", f);
		html_text(f, ctx->person->name);
	}
	fprintf(f, "</title>\n<style>\nhtml { font-size: %.1fpt; }\n%s"
	    "</style>\n</head>\n<body>\n", pt, style);
	fwrite(body, 1, len, f);
	fputs("</body>\n</html>\n", f);
	free(body);
	return ferror(f) ? -1 : 0;
}
