/*
 * compare_descriptors: check footscreen's long CSV output against a
 * reference "name,value" file, for the end-to-end tests.
 *
 *   compare_descriptors ACTUAL EXPECTED [-r REL] [-a ABS] [-m EXP=ACT[*K]]...
 *
 * Every name in EXPECTED must be in ACTUAL (under its own name, or the one a
 * -m map gives, after multiplying by K) and agree within max(REL |want|,
 * ABS).  Counts (n_samples*, zero_crossing*) must match exactly, and bin
 * frequencies (power_frequency_*, frequency_mode_*) to 1e-12, which is
 * the same bin.  Prints one line per mismatch and a summary; exits 1 on any
 * mismatch, 2 on a usage or read error.
 */
#include <config.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ITEMS 512
#define MAX_MAPS 64

struct item {
	char	name[128];
	double	value;
};

struct map {
	char	expected[128];
	char	actual[128];
	double	scale;
};

/* Read "a,b,...,name,value" lines: the last two fields of each line. */
static int
load(const char *path, struct item *items, size_t *n)
{
	FILE	*f = fopen(path, "r");
	char	 line[1024];

	*n = 0;
	if (f == NULL) {
		fprintf(stderr, "compare_descriptors: %s: %s\n", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		char	*val = strrchr(line, ','), *name, *end;
		double	 v;

		if (val == NULL)
			continue;
		*val++ = '\0';
		name = strrchr(line, ',');
		name = name ? name + 1 : line;
		errno = 0;
		v = strtod(val, &end);
		if (end == val || (*end != '\n' && *end != '\0' && *end != '\r'))
			continue;	/* a header line */
		if (*n == MAX_ITEMS) {
			fclose(f);
			fprintf(stderr, "compare_descriptors: %s: too many lines\n", path);
			return -1;
		}
		if (strlen(name) >= sizeof items[*n].name)
			continue;	/* no descriptor has so long a name */
		memcpy(items[*n].name, name, strlen(name) + 1);
		items[*n].value = v;
		(*n)++;
	}
	fclose(f);
	return 0;
}

static int
is_prefix(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

int
main(int argc, char **argv)
{
	static struct item	 act[MAX_ITEMS], exp_[MAX_ITEMS];
	static struct map	 maps[MAX_MAPS];
	size_t			 nact, nexp, nmaps = 0, bad = 0;
	double			 rel = 1e-6, abs_tol = 1e-9, worst = 0;
	const char		*worst_name = "-";
	int			 i;

	if (argc < 3)
		goto usage;
	for (i = 3; i < argc; i++) {
		if (strcmp(argv[i], "-r") == 0 && i + 1 < argc)
			rel = strtod(argv[++i], NULL);
		else if (strcmp(argv[i], "-a") == 0 && i + 1 < argc)
			abs_tol = strtod(argv[++i], NULL);
		else if (strcmp(argv[i], "-m") == 0 && i + 1 < argc && nmaps < MAX_MAPS) {
			char	*spec = argv[++i], *eq = strchr(spec, '='), *star;

			if (eq == NULL)
				goto usage;
			*eq = '\0';
			star = strchr(eq + 1, '*');
			maps[nmaps].scale = 1.0;
			if (star != NULL) {
				*star = '\0';
				maps[nmaps].scale = strtod(star + 1, NULL);
			}
			if (strlen(spec) >= sizeof maps[nmaps].expected ||
			    strlen(eq + 1) >= sizeof maps[nmaps].actual)
				goto usage;
			strcpy(maps[nmaps].expected, spec);
			strcpy(maps[nmaps].actual, eq + 1);
			nmaps++;
		} else
			goto usage;
	}
	if (load(argv[1], act, &nact) != 0 || load(argv[2], exp_, &nexp) != 0)
		return 2;
	if (nexp == 0) {
		fprintf(stderr, "compare_descriptors: %s: no values\n", argv[2]);
		return 2;
	}
	for (size_t e = 0; e < nexp; e++) {
		const char	*want_name = exp_[e].name;
		double		 scale = 1.0, got = NAN, want = exp_[e].value, err, tol;
		int		 found = 0;

		for (size_t m = 0; m < nmaps; m++)
			if (strcmp(maps[m].expected, want_name) == 0) {
				want_name = maps[m].actual;
				scale = maps[m].scale;
			}
		for (size_t a = 0; a < nact; a++)
			if (strcmp(act[a].name, want_name) == 0) {
				got = act[a].value * scale;
				found = 1;
			}
		if (!found) {
			printf("MISSING %s (as %s)\n", exp_[e].name, want_name);
			bad++;
			continue;
		}
		if (is_prefix(exp_[e].name, "n_samples") ||
		    is_prefix(exp_[e].name, "zero_crossing"))
			tol = 0.0;
		else if (is_prefix(exp_[e].name, "power_frequency_") ||
		    is_prefix(exp_[e].name, "frequency_mode_"))
			tol = 1e-12 * fabs(want);
		else
			tol = fmax(rel * fabs(want), abs_tol);
		err = fabs(got - want);
		if (!(err <= tol)) {
			printf("MISMATCH %s: got %.17g want %.17g (rel %.3g)\n",
			    exp_[e].name, got, want, want != 0 ? err / fabs(want) : err);
			bad++;
		}
		if (want != 0 && err / fabs(want) > worst) {
			worst = err / fabs(want);
			worst_name = exp_[e].name;
		}
	}
	printf("compared %zu values: %zu bad; worst relative error %.3g (%s)\n",
	    nexp, bad, worst, worst_name);
	return bad == 0 ? 0 : 1;
usage:
	fputs("usage: compare_descriptors ACTUAL EXPECTED [-r REL] [-a ABS] "
	    "[-m EXPECTED=ACTUAL[*K]]...\n", stderr);
	return 2;
}
