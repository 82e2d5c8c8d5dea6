/* testutil.c: see testutil.h. */
#include <config.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "testutil.h"

const char *
tu_reference_dir(void)
{
	const char	*d = getenv("FOOTSCREEN_REFERENCE_DIR");
	struct stat	 st;

	if (d == NULL || *d == '\0' || stat(d, &st) != 0 || !S_ISDIR(st.st_mode))
		return NULL;
	return d;
}

int
tu_skip_all(const char *why)
{
	printf("1..0 # SKIP %s\n", why);
	return 0;
}

const char *
tu_path(char *buf, size_t len, const char *dir, const char *name)
{
	int	n = snprintf(buf, len, "%s/%s", dir, name);

	if (n < 0 || (size_t)n >= len) {
		fprintf(stderr, "path too long: %s/%s\n", dir, name);
		abort();
	}
	return buf;
}

int
tu_expected_load(const char *path, struct tu_expected *e)
{
	FILE	*f;
	char	 line[512];
	size_t	 cap = 0;

	memset(e, 0, sizeof *e);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, f) != NULL) {
		char	*comma = strchr(line, ','), *end;
		double	 v;

		if (comma == NULL || strncmp(line, "descriptor,", 11) == 0 ||
		    strncmp(line, "quantity,", 9) == 0)
			continue;
		*comma = '\0';
		errno = 0;
		v = strtod(comma + 1, &end);
		if (errno != 0 || end == comma + 1)
			goto fail;
		if (e->n == cap) {
			size_t	  ncap = cap ? cap * 2 : 64;
			char	**nn = realloc(e->name, ncap * sizeof *nn);
			double	 *nv;

			if (nn == NULL)
				goto fail;
			e->name = nn;
			if ((nv = realloc(e->value, ncap * sizeof *nv)) == NULL)
				goto fail;
			e->value = nv;
			cap = ncap;
		}
		if ((e->name[e->n] = strdup(line)) == NULL)
			goto fail;
		e->value[e->n++] = v;
	}
	fclose(f);
	return 0;
fail:
	fclose(f);
	tu_expected_free(e);
	return -1;
}

int
tu_expected_get(const struct tu_expected *e, const char *name, double *v)
{
	for (size_t i = 0; i < e->n; i++)
		if (strcmp(e->name[i], name) == 0) {
			*v = e->value[i];
			return 0;
		}
	return -1;
}

void
tu_expected_free(struct tu_expected *e)
{
	for (size_t i = 0; i < e->n; i++)
		free(e->name[i]);
	free(e->name);
	free(e->value);
	memset(e, 0, sizeof *e);
}

int
tu_table_load(const char *path, size_t header_lines, struct tu_table *t)
{
	FILE	*f;
	char	*line = NULL;
	size_t	 linecap = 0, cap = 0, lineno = 0;

	memset(t, 0, sizeof *t);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while (getline(&line, &linecap, f) != -1) {
		double	 v[64];
		size_t	 nc = 0;
		char	*p = line, *end;

		if (lineno++ < header_lines)
			continue;
		for (;;) {
			while (*p == ',' || *p == '\t' || *p == ' ' || *p == ';')
				p++;
			if (*p == '\n' || *p == '\r' || *p == '\0')
				break;
			if (nc == 64)
				goto fail;
			v[nc] = strtod(p, &end);
			if (end == p)
				goto fail;
			nc++;
			p = end;
		}
		if (nc == 0)
			continue;
		if (t->ncols == 0) {
			t->ncols = nc;
			if ((t->col = calloc(nc, sizeof *t->col)) == NULL)
				goto fail;
		} else if (nc != t->ncols)
			goto fail;
		if (t->rows == cap) {
			cap = cap ? cap * 2 : 1024;
			for (size_t c = 0; c < nc; c++) {
				double *nd = realloc(t->col[c], cap * sizeof *nd);

				if (nd == NULL)
					goto fail;
				t->col[c] = nd;
			}
		}
		for (size_t c = 0; c < nc; c++)
			t->col[c][t->rows] = v[c];
		t->rows++;
	}
	free(line);
	fclose(f);
	return 0;
fail:
	free(line);
	fclose(f);
	tu_table_free(t);
	return -1;
}

void
tu_table_free(struct tu_table *t)
{
	for (size_t c = 0; c < t->ncols && t->col != NULL; c++)
		free(t->col[c]);
	free(t->col);
	memset(t, 0, sizeof *t);
}

int
tu_close(double got, double want, double rel, double abs_tol)
{
	double	tol = fabs(want) * rel;

	if (tol < abs_tol)
		tol = abs_tol;
	return fabs(got - want) <= tol;
}
