/*
 * main.c: footscreen's command line.  Parses the global options, loads the
 * configuration and hands over to one command; nothing else lives here.
 */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/analyze.h"
#include "cli/args.h"
#include "cli/assess.h"
#include "cli/board_cmds.h"
#include "config/config.h"

static void
usage(FILE *f)
{
	fputs("usage: footscreen [--config FILE] COMMAND [options] [args]\n"
	    "       footscreen --help | --version\n"
	    "\n"
	    "A self-screening tool for foot posture, balance and left/right\n"
	    "asymmetry.  It screens; it never diagnoses.\n"
	    "\n"
	    "Commands:\n"
	    "  analyze FILE...   sway descriptors, load shares and weight-bearing\n"
	    "                    asymmetry of recordings\n"
	    "  cop FILE...       the centre-of-pressure trace of recordings, as CSV\n"
	    "  assess FILE       screen answers and measurements (footscreen-answers(5)):\n"
	    "                    warning signs, feet, balance, left/right, a plan\n"
	    "  record -o FILE    record a balance board (--board URI, --seconds N)\n"
	    "  ports             list serial ports and what port = auto would pick\n"
	    "  calibrate         tare and scale a board, kept per board\n"
	    "  check-config      print the merged configuration and where each\n"
	    "                    value came from\n"
	    "\n"
	    "Global options:\n"
	    "  -c, --config FILE  read FILE after the system and user configuration\n"
	    "  -h, --help         this help ('footscreen COMMAND --help' for a command)\n"
	    "  -V, --version      print the version\n"
	    "\n"
	    "See footscreen(1), footscreen.conf(5), footscreen-recording(5),\n"
	    "footscreen-answers(5).\n", f);
}

static int
cmd_check_config(int argc, char **argv, const struct fs_config *cfg)
{
	if (argc > 1) {
		if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
			puts("usage: footscreen [--config FILE] check-config\n"
			    "Print the merged configuration, each key with the file "
			    "it came from.");
			return EXIT_OK;
		}
		cli_error("check-config: unexpected argument '%s'", argv[1]);
		return EXIT_USAGE;
	}
	config_print(cfg, stdout);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		cli_error("writing the configuration failed");
		return EXIT_DATA;
	}
	return EXIT_OK;
}

int
main(int argc, char **argv)
{
	struct analyze_options	 defaults;
	struct fs_config	*cfg;
	struct config_error	 err;
	const char		*config_path = NULL;
	int			 i, status;

	/* Numbers are read and printed with '.', whatever the user's locale. */
	setlocale(LC_CTYPE, "");
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		const char	*a = argv[i];

		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			usage(stdout);
			return EXIT_OK;
		}
		if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			printf("footscreen %s\n", PACKAGE_VERSION);
			return EXIT_OK;
		}
		if (strcmp(a, "-c") == 0 || strcmp(a, "--config") == 0) {
			if (++i >= argc) {
				cli_error("%s needs a file name", a);
				return EXIT_USAGE;
			}
			config_path = argv[i];
		} else if (strncmp(a, "--config=", 9) == 0)
			config_path = a + 9;
		else {
			cli_error("unknown option '%s'; try 'footscreen --help'", a);
			return EXIT_USAGE;
		}
	}
	if (i >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if ((cfg = config_new()) == NULL) {
		cli_error("out of memory");
		return EXIT_DATA;
	}
	if (config_load_layers(cfg, config_path, &err) != 0) {
		cli_error("%s", err.msg);
		config_free(cfg);
		return EXIT_CONFIG;
	}
	analyze_options_init(&defaults);
	/* [analysis] in the configuration sets analyze's defaults. */
	defaults.pipeline = cfg->analysis.pipeline == CFG_PIPELINE_RAW ?
	    SWAY_PIPELINE_RAW : SWAY_PIPELINE_QUIJOUX2021;
	defaults.units = cfg->analysis.out_units == CFG_UNITS_CM ?
	    OUT_UNITS_CM : OUT_UNITS_MM;
	argc -= i;
	argv += i;
	if (strcmp(argv[0], "analyze") == 0)
		status = cmd_analyze(argc, argv, &defaults);
	else if (strcmp(argv[0], "cop") == 0)
		status = cmd_cop(argc, argv, &defaults);
	else if (strcmp(argv[0], "assess") == 0)
		status = cmd_assess(argc, argv, cfg);
	else if (strcmp(argv[0], "check-config") == 0)
		status = cmd_check_config(argc, argv, cfg);
	else if (strcmp(argv[0], "record") == 0)
		status = cmd_record(argc, argv, cfg);
	else if (strcmp(argv[0], "ports") == 0)
		status = cmd_ports(argc, argv, cfg);
	else if (strcmp(argv[0], "calibrate") == 0)
		status = cmd_calibrate(argc, argv, cfg);
	else {
		cli_error("unknown command '%s'; commands: analyze, cop, "
		    "assess, check-config, record, ports, calibrate", argv[0]);
		status = EXIT_USAGE;
	}
	config_free(cfg);
	return status;
}
