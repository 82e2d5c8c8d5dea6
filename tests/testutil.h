/*
 * testutil.h: small helpers shared by the Check unit tests: finding the
 * shared reference data, reading its CSV files, comparing with tolerance.
 */
#ifndef FOOTSCREEN_TESTUTIL_H
#define FOOTSCREEN_TESTUTIL_H

#include <stddef.h>

#include <check.h>

/*
 * The folder with the reference recordings ($FOOTSCREEN_REFERENCE_DIR, set
 * by make check to ../shared/data/reference beside the source tree), or NULL
 * when it is absent.  A test program that needs it prints a TAP plan of
 * "1..0 # SKIP" and exits 0 when this returns NULL.
 */
const char	*tu_reference_dir(void);
/* Print the TAP skip line for a whole program; returns 0 for main(). */
int		 tu_skip_all(const char *why);

/* dir/name into buf; aborts the test on truncation. */
const char	*tu_path(char *buf, size_t len, const char *dir, const char *name);

/* A "descriptor,value" file, as the reference's expected_*.csv. */
struct tu_expected {
	size_t	  n;
	char	**name;
	double	 *value;
};
int	tu_expected_load(const char *path, struct tu_expected *);
/* Value for a name; returns 0 and sets *v, or -1 when absent. */
int	tu_expected_get(const struct tu_expected *, const char *name, double *v);
void	tu_expected_free(struct tu_expected *);

/*
 * A numeric table: skip `header_lines` lines, then columns separated by
 * commas, tabs or spaces.  cols[c][i] is column c of row i.  Returns 0, or -1
 * on a read error or a ragged row.
 */
struct tu_table {
	size_t	  rows;
	size_t	  ncols;
	double	**col;
};
int	tu_table_load(const char *path, size_t header_lines, struct tu_table *);
void	tu_table_free(struct tu_table *);

/*
 * The reference README's two input cases from the AMTI recording, in cm,
 * data rows 4000..6999 (§2 "Input cases"), computed here independently of
 * footscreen's own readers:
 *  - TU_AMTI_MAIN: what the authors' main.py does: X = My/Fz, Y = Mx/Fz
 *    over the whole file, minus their means over the rows with load;
 *  - TU_AMTI_PLAIN: ML = -My/Fz, AP = Mx/Fz on those rows only.
 * Allocates *ml and *ap (the caller frees them); returns the number of
 * samples, or 0 when the file cannot be read or is not as described.
 */
enum tu_amti_case {
	TU_AMTI_MAIN,
	TU_AMTI_PLAIN
};
#define TU_AMTI_FIRST_ROW	4000
#define TU_AMTI_ROWS		3000
size_t	tu_amti_case(const char *refdir, enum tu_amti_case, double **ml,
	    double **ap);

/*
 * Run a suite with the environment's settings (CK_TAP_LOG_FILE_NAME=- under
 * make check gives TAP) and return main()'s status: 0 when all passed.
 */
int	tu_run(Suite *);

/* |got - want| <= max(rel * |want|, abs_tol). */
int	tu_close(double got, double want, double rel, double abs_tol);

#endif
