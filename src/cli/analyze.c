/*
 * analyze.c: `footscreen analyze` (sway descriptors, load shares and
 * weight-bearing asymmetry per file) and `footscreen cop` (the COP trace).
 *
 * The work per file: read the recording (src/recording), turn it into a COP
 * trace in mm (cop.h for four-cell boards), convert to the output unit, run
 * the chosen pipeline and the descriptors (src/core), collect named values
 * (results.h) and print them all at the end in one format.
 */
#include <config.h>

#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/analyze.h"
#include "cli/args.h"
#include "core/asymmetry.h"
#include "core/cop.h"
#include "core/sway.h"

/*
 * Quijoux et al.'s code default radius for sway density, 0.3 cm
 * (shared/data/reference/README.md §2), kept in mm and scaled to the output.
 */
#define SWAY_DENSITY_RADIUS_MM 3.0

static const char *const pipeline_names[] = { "quijoux2021", "raw" };
static const char *const units_names[] = { "mm", "cm" };
static const char *const format_names[] = { "table", "csv", "json" };
static const char *const length_unit_names[] = { "m", "cm", "mm" };
static const char *const convention_names[] = { "plain", "quijoux-main" };
/* Indices are the values of analyze_options.stance. */
static const char *const stance_names[] = { "both", "left", "right" };
enum { STANCE_BOTH, STANCE_LEFT, STANCE_RIGHT };
static const char *const input_format_names[] = {
	"auto", "footscreen", "cop", "quijoux-amti", "bmc-kistler",
	"two-plates", "amti-netforce"
};
#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

void
analyze_options_init(struct analyze_options *o)
{
	memset(o, 0, sizeof *o);
	o->pipeline = SWAY_PIPELINE_QUIJOUX2021;
	o->units = OUT_UNITS_MM;
	o->format = OUT_FORMAT_TABLE;
	rec_options_init(&o->rec);
}

/* Record "FILE: message" as this file's error; returns -1 to pass on. */
static int __attribute__((format(printf, 2, 3)))
set_error(struct result_set *r, const char *fmt, ...)
{
	char	msg[400];
	va_list	ap;
	int	w;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	w = snprintf(r->error, sizeof r->error, "%s: %s", r->file, msg);
	if (w < 0 || (size_t)w >= sizeof r->error)
		r->error[sizeof r->error - 1] = '\0';	/* a long name: keep the start */
	return -1;
}

/*
 * Say which descriptor families a short trace left out (they print as nan)
 * and how long a trace they need.
 */
static void
note_omitted(struct result_set *r, const struct sway_descriptors *d,
    const struct sway_signal *sig)
{
	const double	have = (double)sig->n / sig->fs;
	const double	spec = (double)sway_descriptors_spectrum_min_samples(sig->fs) / sig->fs;
	const double	diff = (double)sway_descriptors_min_samples(sig->fs) / sig->fs;

	if (d->omitted & SWAY_OMITTED_SPECTRUM)
		snprintf(r->warning, sizeof r->warning, "%.1f s after "
		    "preprocessing is too short for the spectrum (needs %.2f s) "
		    "and the diffusion analysis (needs %.2f s): those "
		    "descriptors are nan", have, spec, diff);
	else
		snprintf(r->warning, sizeof r->warning, "%.1f s after "
		    "preprocessing is too short for the diffusion analysis "
		    "(needs %.2f s): those descriptors are nan", have, diff);
}

/*
 * Preprocess and describe one COP trace already in the output unit.
 * scale is output units per mm, for the radius.
 */
static int
add_sway(struct result_set *r, const double *ml, const double *ap, size_t n,
    double fs, const struct analyze_options *o)
{
	struct sway_options	 so = {
		.sway_density_radius = SWAY_DENSITY_RADIUS_MM * out_units_per_mm(o->units)
	};
	struct sway_signal	 sig;
	struct sway_descriptors	 d;
	double			*buf = NULL, *scratch;
	size_t			 cap, pre, desc;
	enum core_status	 st;
	int			 rc = -1;

	cap = sway_preprocess_capacity(o->pipeline, n, fs);
	pre = sway_preprocess_scratch(o->pipeline, n, fs);
	desc = sway_descriptors_scratch(cap);
	if (cap == 0)
		return set_error(r, "%s", "too few samples to analyse");
	if ((buf = calloc(2 * cap + (pre > desc ? pre : desc), sizeof *buf)) == NULL)
		return set_error(r, "%s", "out of memory");
	scratch = buf + 2 * cap;
	memset(&sig, 0, sizeof sig);
	sig.ml = buf;
	sig.ap = buf + cap;
	sig.capacity = cap;
	sig.length_per_cm = 10.0 * out_units_per_mm(o->units);
	if ((st = sway_preprocess(o->pipeline, ml, ap, n, fs, scratch, &sig)) !=
	    CORE_OK) {
		if (st == CORE_ERR_TOO_SHORT)
			set_error(r, "too short to preprocess: %zu samples at %g Hz "
			    "(%.2f s)", n, fs, (double)n / fs);
		else
			set_error(r, "preprocessing failed: %s", core_strerror(st));
		goto out;
	}
	if ((st = sway_descriptors_compute(sig.ml, sig.ap, sig.n, sig.fs,
	    sig.mean_ml, sig.mean_ap, &so, scratch, &d)) != CORE_OK) {
		if (st == CORE_ERR_TOO_SHORT)
			set_error(r, "too short to describe: %zu samples at %g Hz "
			    "after preprocessing (%.2f s); at least %zu are needed",
			    sig.n, sig.fs, (double)sig.n / sig.fs,
			    sway_descriptors_base_min_samples());
		else
			set_error(r, "descriptors failed: %s", core_strerror(st));
		goto out;
	}
	if (d.omitted != 0)
		note_omitted(r, &d, &sig);
	for (int k = 0; k < SWAY_DESCRIPTOR_COUNT; k++) {
		enum sway_descriptor e = (enum sway_descriptor)k;

		if (result_set_add(r, "sway", sway_descriptor_name(e), d.value[k],
		    out_units_label(o->units, sway_descriptor_dimension(e))) != 0) {
			set_error(r, "%s", "out of memory");
			goto out;
		}
	}
	r->pipeline = sway_pipeline_name(o->pipeline);
	rc = 0;
out:
	free(buf);
	return rc;
}

/* Load shares of a four-cell recording, and per-foot weight if asked. */
static int
add_loads(struct result_set *r, const struct recording *rec,
    const double *ml_mm, const struct analyze_options *o)
{
	struct load_share	ls;
	enum core_status	st;
	const char		*lu = rec->load_unit;
	const double *const	 cells[CELL_COUNT] = {
		rec->cell[CELL_TL], rec->cell[CELL_TR],
		rec->cell[CELL_BL], rec->cell[CELL_BR]
	};
	double			 mean_ml = 0.0;
	char			 name[64];
	int			 bad = 0;

	if ((st = load_share_compute(cells, rec->n, &ls)) != CORE_OK)
		return set_error(r, "load share: %s", core_strerror(st));
	for (int c = 0; c < CELL_COUNT; c++) {
		snprintf(name, sizeof name, "mean_load_%s", cell_name((enum cell)c));
		bad |= result_set_add(r, "load", name, ls.mean_load[c], lu);
	}
	bad |= result_set_add(r, "load", "mean_load_total", ls.mean_total, lu);
	bad |= result_set_add(r, "load", "share_right_cells_pct", ls.right_pct, "%");
	bad |= result_set_add(r, "load", "share_left_cells_pct", ls.left_pct, "%");
	bad |= result_set_add(r, "load", "share_front_cells_pct", ls.front_pct, "%");
	bad |= result_set_add(r, "load", "share_back_cells_pct", ls.back_pct, "%");
	for (int c = 0; c < CELL_COUNT; c++) {
		snprintf(name, sizeof name, "share_%s_pct", cell_name((enum cell)c));
		bad |= result_set_add(r, "load", name, ls.cell_pct[c], "%");
	}
	if (o->foot_spacing_mm > 0.0) {
		for (size_t i = 0; i < rec->n; i++)
			mean_ml += ml_mm[i];
		mean_ml /= (double)rec->n;
	}
	if (o->foot_spacing_mm > 0.0 && o->stance != STANCE_BOTH) {
		double	medial;

		if ((st = single_leg_medial_offset(mean_ml, o->foot_spacing_mm,
		    o->stance == STANCE_RIGHT, &medial)) != CORE_OK)
			return set_error(r, "single-leg COP: %s",
			    core_strerror(st));
		bad |= result_set_add(r, "asymmetry", "cop_medial_of_foot_line",
		    medial * out_units_per_mm(o->units), out_units_name(o->units));
	} else if (o->foot_spacing_mm > 0.0) {
		struct board_weight_bearing wb;

		if ((st = board_weight_bearing(mean_ml, o->foot_spacing_mm,
		    &wb)) != CORE_OK)
			return set_error(r, "weight bearing: %s",
			    core_strerror(st));
		bad |= result_set_add(r, "asymmetry", "weight_right_foot_pct",
		    wb.right_pct, "%");
		bad |= result_set_add(r, "asymmetry", "weight_left_foot_pct",
		    wb.left_pct, "%");
		bad |= result_set_add(r, "asymmetry", "wba_pct", wb.wba_pct, "%");
		bad |= result_set_add(r, "asymmetry", "cop_outside_feet",
		    wb.outside_feet ? 1.0 : 0.0, "");
	}
	if (bad)
		return set_error(r, "%s", "out of memory");
	return 0;
}

/* Weight bearing from one plate per foot. */
static int
add_two_plates(struct result_set *r, const struct recording *rec,
    const struct analyze_options *o)
{
	struct two_plate_asymmetry	 a;
	const double *const		 force[2] = { rec->force[0], rec->force[1] };
	const double *const		 cop[2] = { rec->plate_ap[0], rec->plate_ap[1] };
	const char			*lu = out_units_name(o->units);
	double				 k = out_units_per_mm(o->units);
	enum core_status		 st;
	char				 name[64];
	int				 bad = 0;

	if ((st = two_plate_asymmetry(force, cop, rec->n, &a)) != CORE_OK)
		return set_error(r, "two-plate asymmetry: %s",
		    core_strerror(st));
	for (int s = 0; s < 2; s++) {
		snprintf(name, sizeof name, "mean_force_%s", rec->side_name[s]);
		bad |= result_set_add(r, "asymmetry", name, a.mean_force[s], "N");
	}
	snprintf(name, sizeof name, "share_%s_pct", rec->side_name[0]);
	bad |= result_set_add(r, "asymmetry", name, a.share_a_pct, "%");
	bad |= result_set_add(r, "asymmetry", "asymmetry_index_pct",
	    a.asymmetry_index_pct, "%");
	bad |= result_set_add(r, "asymmetry", "mean_abs_sample_asymmetry_pct",
	    a.mean_abs_sample_pct, "%");
	bad |= result_set_add(r, "asymmetry", "wba_pct", a.wba_pct, "%");
	bad |= result_set_add(r, "asymmetry", "robinson_si_pct",
	    a.robinson_si_pct, "%");
	for (int s = 0; s < 2; s++) {
		snprintf(name, sizeof name, "mean_cop_ap_%s", rec->side_name[s]);
		bad |= result_set_add(r, "asymmetry", name, a.mean_cop_ap[s] * k, lu);
	}
	bad |= result_set_add(r, "asymmetry", "mean_net_cop_ap",
	    a.mean_net_cop_ap * k, lu);
	bad |= result_set_add(r, "asymmetry", "sd_net_cop_ap",
	    a.sd_net_cop_ap * k, lu);
	if (bad)
		return set_error(r, "%s", "out of memory");
	return 0;
}

/*
 * The COP trace of a recording in mm, newly allocated into *ml and *ap.
 * NULL outputs and -1 for a recording with no 2-D COP (two plates).
 */
static int
recording_cop_mm(const struct recording *rec, struct result_set *r,
    double **ml, double **ap)
{
	enum core_status	st;

	*ml = *ap = NULL;
	if (rec->kind == REC_KIND_TWO_PLATES)
		return 0;
	if (rec->n == 0)
		return set_error(r, "%s", "no samples");
	*ml = malloc(rec->n * sizeof **ml);
	*ap = malloc(rec->n * sizeof **ap);
	if (*ml == NULL || *ap == NULL)
		goto nomem;
	if (rec->kind == REC_KIND_COP) {
		memcpy(*ml, rec->ml, rec->n * sizeof **ml);
		memcpy(*ap, rec->ap, rec->n * sizeof **ap);
		return 0;
	}
	for (size_t i = 0; i < rec->n; i++) {
		const struct board_geometry g = { rec->width_mm, rec->length_mm };
		const double	load[CELL_COUNT] = { rec->cell[CELL_TL][i],
		    rec->cell[CELL_TR][i], rec->cell[CELL_BL][i], rec->cell[CELL_BR][i] };
		struct cop_sample c;
		char		detail[160];

		if ((st = cop_from_cells(&g, load, &c)) != CORE_OK) {
			snprintf(detail, sizeof detail, "sample %zu (t = %.3f s): "
			    "%s; is someone standing on the board?", i,
			    rec->t ? rec->t[i] : (double)i / rec->rate_hz,
			    st == CORE_ERR_DEGENERATE ?
			    "the four loads do not sum to a positive load" :
			    core_strerror(st));
			free(*ml);
			free(*ap);
			*ml = *ap = NULL;
			return set_error(r, "%s", detail);
		}
		(*ml)[i] = c.ml_mm;
		(*ap)[i] = c.ap_mm;
	}
	return 0;
nomem:
	free(*ml);
	free(*ap);
	*ml = *ap = NULL;
	return set_error(r, "%s", "out of memory");
}

int
analyze_recording(const struct recording *rec, const char *name,
    const struct analyze_options *o, struct result_set *r)
{
	double	*ml_mm = NULL, *ap_mm = NULL, *ml = NULL, *ap = NULL;
	double	 k = out_units_per_mm(o->units);
	int	 rc = -1;

	result_set_init(r, name);
	r->format = rec_format_name(rec->format);
	r->units = out_units_name(o->units);
	snprintf(r->summary, sizeof r->summary,
	    "%s, %zu samples at %g Hz (%.1f s)%s", r->format, rec->n,
	    rec->rate_hz, (double)rec->n / rec->rate_hz,
	    rec->rows_skipped ? ", dropout rows skipped" : "");
	if (result_set_add(r, "input", "n_samples", (double)rec->n, "") != 0 ||
	    result_set_add(r, "input", "rate_hz", rec->rate_hz, "Hz") != 0)
		return set_error(r, "%s", "out of memory");
	if (rec->kind == REC_KIND_TWO_PLATES)
		return add_two_plates(r, rec, o);
	if (recording_cop_mm(rec, r, &ml_mm, &ap_mm) != 0)
		return -1;
	ml = malloc(rec->n * sizeof *ml);
	ap = malloc(rec->n * sizeof *ap);
	if (ml == NULL || ap == NULL) {
		set_error(r, "%s", "out of memory");
		goto out;
	}
	/* Convert once, before the core: it works in the unit it is given. */
	for (size_t i = 0; i < rec->n; i++) {
		ml[i] = ml_mm[i] * k;
		ap[i] = ap_mm[i] * k;
	}
	if (add_sway(r, ml, ap, rec->n, rec->rate_hz, o) != 0)
		goto out;
	if (rec->kind == REC_KIND_FOUR_CELL && add_loads(r, rec, ml_mm, o) != 0)
		goto out;
	rc = 0;
out:
	free(ml_mm);
	free(ap_mm);
	free(ml);
	free(ap);
	return rc;
}

enum {
	OPT_PIPELINE = 256, OPT_OUT_UNITS, OPT_FORMAT, OPT_INPUT_FORMAT,
	OPT_RATE, OPT_UNITS, OPT_ROWS, OPT_CONVENTION, OPT_FOOT_SPACING,
	OPT_STANCE
};

static const struct option analyze_longopts[] = {
	{ "pipeline", required_argument, NULL, OPT_PIPELINE },
	{ "out-units", required_argument, NULL, OPT_OUT_UNITS },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "input-format", required_argument, NULL, OPT_INPUT_FORMAT },
	{ "rate", required_argument, NULL, OPT_RATE },
	{ "units", required_argument, NULL, OPT_UNITS },
	{ "rows", required_argument, NULL, OPT_ROWS },
	{ "cop-convention", required_argument, NULL, OPT_CONVENTION },
	{ "foot-spacing", required_argument, NULL, OPT_FOOT_SPACING },
	{ "stance", required_argument, NULL, OPT_STANCE },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static void
analyze_usage(FILE *f, const char *cmd)
{
	int	is_cop = strcmp(cmd, "cop") == 0;

	fprintf(f, "usage: footscreen %s [options] FILE...\n", cmd);
	fputs(is_cop ?
	    "Print the centre-of-pressure trace of each recording as CSV.\n" :
	    "Print sway descriptors, load shares and weight-bearing asymmetry"
	    " of recordings.\n", f);
	fputs("FILE may be - for standard input.\n\nOptions:\n", f);
	if (!is_cop)
		fputs("  --pipeline quijoux2021|raw  preprocessing (default quijoux2021)\n"
		    "  --format table|csv|json     output format (default table)\n"
		    "  --foot-spacing MM           distance between the feet's centre lines,\n"
		    "                              for per-foot weight from one board\n"
		    "  --stance both|left|right    with --foot-spacing: a single-leg stance on\n"
		    "                              that foot gives the COP's distance medial\n"
		    "                              of its centre line (default both)\n", f);
	fputs("  --out-units mm|cm           length unit of the output (default mm)\n"
	    "  --input-format NAME         auto, footscreen, cop, quijoux-amti,\n"
	    "                              bmc-kistler, two-plates, amti-netforce\n"
	    "  --rate HZ                   sampling rate of a table without time\n"
	    "  --units m|cm|mm             length unit of a COP table (default mm)\n"
	    "  --rows FIRST:LAST           keep data rows FIRST..LAST-1 (from 0)\n"
	    "  --cop-convention plain|quijoux-main\n"
	    "                              how AMTI moments become a COP\n"
	    "  -h, --help                  this help\n"
	    "See footscreen(1) and footscreen-recording(5).\n", f);
}

/*
 * Parse analyze/cop options into o.  Returns the index of the first file
 * argument, or -1 after a usage error, or 0 when --help was printed.
 */
static int
analyze_parse(int argc, char **argv, struct analyze_options *o)
{
	int	c, v;
	double	d;

	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", analyze_longopts, NULL)) != -1) {
		switch (c) {
		case 'h':
			analyze_usage(stdout, argv[0]);
			return 0;
		case OPT_PIPELINE:
			if ((v = arg_choice("--pipeline", optarg, pipeline_names,
			    NELEM(pipeline_names))) < 0)
				return -1;
			o->pipeline = (enum sway_pipeline)v;
			break;
		case OPT_OUT_UNITS:
			if ((v = arg_choice("--out-units", optarg, units_names,
			    NELEM(units_names))) < 0)
				return -1;
			o->units = (enum out_units)v;
			break;
		case OPT_FORMAT:
			if ((v = arg_choice("--format", optarg, format_names,
			    NELEM(format_names))) < 0)
				return -1;
			o->format = (enum out_format)v;
			break;
		case OPT_INPUT_FORMAT:
			if (arg_choice("--input-format", optarg, input_format_names,
			    NELEM(input_format_names)) < 0 ||
			    (v = rec_format_lookup(optarg)) < 0)
				return -1;
			o->rec.format = (enum rec_format)v;
			break;
		case OPT_RATE:
			if (arg_double("--rate", optarg, 1.0, 100000.0, &d) != 0)
				return -1;
			o->rec.rate_hz = d;
			break;
		case OPT_UNITS:
			if ((v = arg_choice("--units", optarg, length_unit_names,
			    NELEM(length_unit_names))) < 0)
				return -1;
			o->rec.units = (enum rec_units)v;
			o->rec.units_set = 1;
			break;
		case OPT_ROWS:
			if (arg_rows("--rows", optarg, &o->rec.row_first,
			    &o->rec.row_last) != 0)
				return -1;
			break;
		case OPT_CONVENTION:
			if ((v = arg_choice("--cop-convention", optarg,
			    convention_names, NELEM(convention_names))) < 0)
				return -1;
			o->rec.cop_convention = (enum rec_cop_convention)v;
			break;
		case OPT_STANCE:
			if ((v = arg_choice("--stance", optarg, stance_names,
			    NELEM(stance_names))) < 0)
				return -1;
			o->stance = v;
			break;
		case OPT_FOOT_SPACING:
			if (arg_double("--foot-spacing", optarg, 1.0, 2000.0, &d) != 0)
				return -1;
			o->foot_spacing_mm = d;
			break;
		default:
			if (optopt != 0)
				cli_error("%s: option '-%c' needs a value or is unknown; "
				    "try 'footscreen %s --help'", argv[0], optopt, argv[0]);
			else
				cli_error("%s: unknown option '%s'; try 'footscreen %s "
				    "--help'", argv[0], argv[optind - 1], argv[0]);
			return -1;
		}
	}
	if (optind >= argc) {
		cli_error("%s: no input file; try 'footscreen %s --help'",
		    argv[0], argv[0]);
		return -1;
	}
	if (o->stance != STANCE_BOTH && !(o->foot_spacing_mm > 0.0)) {
		cli_error("%s: --stance %s needs --foot-spacing MM: the foot's "
		    "centre line is half the spacing from the middle", argv[0],
		    stance_names[o->stance]);
		return -1;
	}
	return optind;
}

int
cmd_analyze(int argc, char **argv, const struct analyze_options *defaults)
{
	struct analyze_options	 o = *defaults;
	struct result_set	*sets;
	size_t			 n = 0, failed = 0;
	int			 first, status = EXIT_OK;

	if ((first = analyze_parse(argc, argv, &o)) <= 0)
		return first == 0 ? EXIT_OK : EXIT_USAGE;
	if ((sets = calloc((size_t)(argc - first), sizeof *sets)) == NULL) {
		cli_error("out of memory");
		return EXIT_DATA;
	}
	for (int i = first; i < argc; i++, n++) {
		struct recording	rec;
		struct rec_error	err;

		if (recording_read_file(argv[i], &o.rec, &rec, &err) != 0) {
			result_set_init(&sets[n], argv[i]);
			rec_error_format(&err, sets[n].error, sizeof sets[n].error);
		} else {
			analyze_recording(&rec, argv[i], &o, &sets[n]);
			recording_free(&rec);
		}
		if (sets[n].error[0] != '\0') {
			cli_error("%s", sets[n].error);
			failed++;
		} else if (sets[n].warning[0] != '\0')
			cli_error("%s: warning: %s", argv[i], sets[n].warning);
	}
	/* Files that failed are left out of table and CSV; JSON names them. */
	if (o.format == OUT_FORMAT_JSON) {
		if (results_emit(stdout, o.format, sets, n, "analyze") != 0)
			status = EXIT_DATA;
	} else {
		size_t	k = 0;

		for (size_t i = 0; i < n; i++)
			if (sets[i].error[0] == '\0')
				sets[k++] = sets[i];
			else
				result_set_free(&sets[i]);
		n = k;
		if (results_emit(stdout, o.format, sets, n, "analyze") != 0) {
			cli_error("writing the results failed");
			status = EXIT_DATA;
		}
	}
	for (size_t i = 0; i < n; i++)
		result_set_free(&sets[i]);
	free(sets);
	if (failed > 0)
		status = EXIT_DATA;
	return status;
}

int
cmd_cop(int argc, char **argv, const struct analyze_options *defaults)
{
	struct analyze_options	o = *defaults;
	int			first, status = EXIT_OK;
	double			k;

	if ((first = analyze_parse(argc, argv, &o)) <= 0)
		return first == 0 ? EXIT_OK : EXIT_USAGE;
	k = out_units_per_mm(o.units);
	printf("file,t_s,ml_%s,ap_%s\n", out_units_name(o.units),
	    out_units_name(o.units));
	for (int i = first; i < argc; i++) {
		struct recording	 rec;
		struct rec_error	 err;
		struct result_set	 r;
		double			*ml, *ap;

		if (recording_read_file(argv[i], &o.rec, &rec, &err) != 0) {
			char	msg[600];

			cli_error("%s", rec_error_format(&err, msg, sizeof msg));
			status = EXIT_DATA;
			continue;
		}
		result_set_init(&r, argv[i]);
		if (rec.kind == REC_KIND_TWO_PLATES) {
			cli_error("%s: one plate per foot gives no 2-D COP trace",
			    argv[i]);
			status = EXIT_DATA;
		} else if (recording_cop_mm(&rec, &r, &ml, &ap) != 0) {
			cli_error("%s", r.error);
			status = EXIT_DATA;
		} else {
			for (size_t j = 0; j < rec.n; j++)
				printf("%s,%.17g,%.17g,%.17g\n", argv[i],
				    rec.t ? rec.t[j] : (double)j / rec.rate_hz,
				    ml[j] * k, ap[j] * k);
			free(ml);
			free(ap);
		}
		result_set_free(&r);
		recording_free(&rec);
	}
	if (fflush(stdout) == EOF || ferror(stdout)) {
		cli_error("writing the COP trace failed");
		status = EXIT_DATA;
	}
	return status;
}
