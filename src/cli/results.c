/*
 * results.c: collecting named values and printing them as a table, long CSV
 * (file,descriptor,value with 17 significant digits, so a double survives
 * the round trip) or JSON (through jansson).
 */
#include <config.h>

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cli/results.h"
#include "screening/report.h"

const char *
out_format_name(enum out_format f)
{
	switch (f) {
	case OUT_FORMAT_TABLE:
		return "table";
	case OUT_FORMAT_CSV:
		return "csv";
	case OUT_FORMAT_JSON:
		return "json";
	}
	return "?";
}

int
out_format_lookup(const char *s)
{
	for (int f = OUT_FORMAT_TABLE; f <= OUT_FORMAT_JSON; f++)
		if (strcmp(s, out_format_name((enum out_format)f)) == 0)
			return f;
	return -1;
}

void
result_set_init(struct result_set *r, const char *file)
{
	memset(r, 0, sizeof *r);
	snprintf(r->file, sizeof r->file, "%s", file);
}

int
result_set_add(struct result_set *r, const char *group, const char *name,
    double value, const char *unit)
{
	struct result_item	*it;

	if (r->n == r->cap) {
		size_t			 ncap = r->cap ? r->cap * 2 : 128;
		struct result_item	*ni = realloc(r->item, ncap * sizeof *ni);

		if (ni == NULL)
			return -1;
		r->item = ni;
		r->cap = ncap;
	}
	it = &r->item[r->n++];
	it->group = group;
	snprintf(it->name, sizeof it->name, "%s", name);
	snprintf(it->unit, sizeof it->unit, "%s", unit != NULL ? unit : "");
	it->value = value;
	return 0;
}

void
result_set_free(struct result_set *r)
{
	free(r->item);
	memset(r, 0, sizeof *r);
}

static void
emit_csv(FILE *f, const struct result_set *r, size_t n)
{
	fputs("file,descriptor,value\n", f);
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; i < r[k].n; i++) {
			report_csv_field(f, r[k].file);
			fprintf(f, ",%s,%.17g\n", r[k].item[i].name,
			    r[k].item[i].value);
		}
}

static void
emit_table(FILE *f, const struct result_set *r, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		const char	*group = NULL;

		if (k > 0)
			fputc('\n', f);
		fprintf(f, "%s\n", r[k].file);
		if (r[k].summary[0] != '\0')
			fprintf(f, "  %s\n", r[k].summary);
		for (size_t i = 0; i < r[k].n; i++) {
			const struct result_item *it = &r[k].item[i];

			if (group == NULL || strcmp(group, it->group) != 0) {
				group = it->group;
				fprintf(f, "  [%s]\n", group);
			}
			fprintf(f, "    %-50s %14.6g %s\n", it->name, it->value,
			    it->unit);
		}
	}
}

static json_t *
json_number(double v)
{
	/* JSON has no NaN or infinity: a value that is not a number is null. */
	return isfinite(v) ? json_real(v) : json_null();
}

static int
emit_json(FILE *f, const struct result_set *r, size_t n, const char *command)
{
	json_t	*root, *files;
	int	 rc = -1;

	if ((root = json_object()) == NULL)
		return -1;
	if (json_object_set_new(root, "footscreen", json_string(PACKAGE_VERSION)) ||
	    json_object_set_new(root, "command", json_string(command)) ||
	    (files = json_array()) == NULL ||
	    json_object_set_new(root, "files", files))
		goto out;
	for (size_t k = 0; k < n; k++) {
		json_t	*o = json_object(), *groups = json_object();

		if (o == NULL || groups == NULL || json_array_append_new(files, o)) {
			json_decref(o);
			json_decref(groups);
			goto out;
		}
		if (json_object_set_new(o, "file", json_string(r[k].file)) ||
		    json_object_set_new(o, "format",
		    r[k].format ? json_string(r[k].format) : json_null()) ||
		    json_object_set_new(o, "pipeline",
		    r[k].pipeline ? json_string(r[k].pipeline) : json_null()) ||
		    json_object_set_new(o, "units",
		    r[k].units ? json_string(r[k].units) : json_null()) ||
		    json_object_set_new(o, "error", r[k].error[0] ?
		    json_string(r[k].error) : json_null()) ||
		    json_object_set_new(o, "warning", r[k].warning[0] ?
		    json_string(r[k].warning) : json_null()) ||
		    json_object_set_new(o, "results", groups)) {
			json_decref(groups);
			goto out;
		}
		for (size_t i = 0; i < r[k].n; i++) {
			const struct result_item *it = &r[k].item[i];
			json_t	*g = json_object_get(groups, it->group), *v;

			if (g == NULL) {
				if ((g = json_object()) == NULL ||
				    json_object_set_new(groups, it->group, g))
					goto out;
			}
			if ((v = json_object()) == NULL ||
			    json_object_set_new(g, it->name, v) ||
			    json_object_set_new(v, "value", json_number(it->value)) ||
			    json_object_set_new(v, "unit", json_string(it->unit)))
				goto out;
		}
	}
	/* 17 significant digits: the same round trip as the CSV. */
	if (json_dumpf(root, f, JSON_INDENT(2) | JSON_REAL_PRECISION(17) |
	    JSON_PRESERVE_ORDER) == 0 && fputc('\n', f) != EOF)
		rc = 0;
out:
	json_decref(root);
	return rc;
}

int
results_emit(FILE *f, enum out_format fmt, const struct result_set *r,
    size_t n, const char *command)
{
	int	rc = 0;

	switch (fmt) {
	case OUT_FORMAT_CSV:
		emit_csv(f, r, n);
		break;
	case OUT_FORMAT_TABLE:
		emit_table(f, r, n);
		break;
	case OUT_FORMAT_JSON:
		rc = emit_json(f, r, n, command);
		break;
	}
	if (fflush(f) == EOF || ferror(f))
		rc = -1;
	return rc;
}
