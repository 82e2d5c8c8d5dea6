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

/* The AMTI export: 31 metadata lines (one blank among them), 2 blank, a header. */
#define AMTI_HEADER_LINES	35
#define AMTI_FZ			5
#define AMTI_MX			6
#define AMTI_MY			7

size_t
tu_amti_case(const char *refdir, enum tu_amti_case which, double **ml,
    double **ap)
{
	struct tu_table	 t;
	char		 path[4096];
	double		 sx = 0.0, sy = 0.0, mean_x, mean_y;
	size_t		 valid = 0, n = 0;

	*ml = *ap = NULL;
	if (tu_table_load(tu_path(path, sizeof path, refdir,
	    "quijoux2021_amti_sujet1droite.csv"), AMTI_HEADER_LINES, &t) != 0)
		return 0;
	if (t.ncols != 12 || t.rows < TU_AMTI_FIRST_ROW + TU_AMTI_ROWS)
		goto out;
	for (size_t i = 0; i < t.rows; i++) {
		if (t.col[AMTI_FZ][i] == 0.0)
			continue;	/* a dropout: NaN in pandas, left out of the mean */
		sx += t.col[AMTI_MY][i] / t.col[AMTI_FZ][i];
		sy += t.col[AMTI_MX][i] / t.col[AMTI_FZ][i];
		valid++;
	}
	mean_x = sx / (double)valid;
	mean_y = sy / (double)valid;
	*ml = calloc(TU_AMTI_ROWS, sizeof **ml);
	*ap = calloc(TU_AMTI_ROWS, sizeof **ap);
	if (*ml == NULL || *ap == NULL)
		goto out;
	for (size_t k = 0; k < TU_AMTI_ROWS; k++) {
		const size_t	i = TU_AMTI_FIRST_ROW + k;
		const double	fz = t.col[AMTI_FZ][i];

		if (fz == 0.0)
			goto out;	/* the README promises no dropout here */
		if (which == TU_AMTI_MAIN) {
			(*ml)[k] = (t.col[AMTI_MY][i] / fz - mean_x) * 100.0;
			(*ap)[k] = (t.col[AMTI_MX][i] / fz - mean_y) * 100.0;
		} else {
			(*ml)[k] = -t.col[AMTI_MY][i] / fz * 100.0;
			(*ap)[k] = t.col[AMTI_MX][i] / fz * 100.0;
		}
	}
	n = TU_AMTI_ROWS;
out:
	if (n == 0) {
		free(*ml);
		free(*ap);
		*ml = *ap = NULL;
	}
	tu_table_free(&t);
	return n;
}

int
tu_run(Suite *s)
{
	SRunner	*sr = srunner_create(s);
	int	 failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}

int
tu_close(double got, double want, double rel, double abs_tol)
{
	double	tol = fabs(want) * rel;

	if (tol < abs_tol)
		tol = abs_tol;
	return fabs(got - want) <= tol;
}
