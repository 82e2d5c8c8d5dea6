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
#include "cli/store_cmds.h"
#include "config/config.h"
#include "tui/tui.h"

static void
usage(FILE *f)
{
	fputs("usage: footscreen [--config FILE] [--db PATH] COMMAND [options] [args]\n"
	    "       footscreen [--config FILE] [--db PATH] [--demo] [--port PORT]\n"
	    "                  [--no-color] [--ascii] [--mode home|trainer|kiosk]\n"
	    "       footscreen --help | --version\n"
	    "\n"
	    "A self-screening tool for foot posture, balance and left/right\n"
	    "asymmetry.  It screens; it never diagnoses.\n"
	    "\n"
	    "With no command, footscreen runs the guided screening full-screen in\n"
	    "the terminal: questions, self-tests, balance-board tests, results\n"
	    "and a plan.  Keys: arrows move, Enter chooses, Esc goes back,\n"
	    "? or F1 shows the keys of each screen, q or F10 quits; a mouse\n"
	    "click on a key or a list row works too.\n"
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
	    "  profile ...       people in the history: list, add, show, edit,\n"
	    "                    delete, export\n"
	    "  history PROFILE   a person's saved screenings (text, JSON, CSV)\n"
	    "  report PROFILE    a saved screening as text, Markdown, one-page\n"
	    "                    HTML, JSON or CSV\n"
	    "  db check          check the history database for damage\n"
	    "  check-config      print the merged configuration and where each\n"
	    "                    value came from\n"
	    "\n"
	    "Global options:\n"
	    "  -c, --config FILE  read FILE after the system and user configuration\n"
	    "      --db PATH      the history database (default\n"
	    "                     $XDG_DATA_HOME/footscreen/footscreen.db)\n"
	    "  -h, --help         this help ('footscreen COMMAND --help' for a command)\n"
	    "  -V, --version      print the version\n"
	    "\n"
	    "Options of the full-screen program (no command):\n"
	    "  --demo             a simulated person on a simulated board, who does\n"
	    "                     what the board tests ask\n"
	    "  --port PORT        the balance board (as [board] port: auto, a device,\n"
	    "                     sim, tcp:HOST:PORT, replay:FILE, none)\n"
	    "  --no-color         no colours (also NO_COLOR, or [ui] color = never)\n"
	    "  --ascii            ASCII drawing only (also [ui] charset = ascii)\n"
	    "  --mode MODE        home (one or a few people, each with a history),\n"
	    "                     trainer (a client list) or kiosk (keeps nothing,\n"
	    "                     starts again when left alone); also [ui] mode\n"
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
	const char		*db_path = NULL;
	struct tui_options	 tui = { 0 };
	int			 i, status, tui_opts = 0;

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
		else if (strcmp(a, "--db") == 0) {
			if (++i >= argc) {
				cli_error("%s needs a file name", a);
				return EXIT_USAGE;
			}
			db_path = argv[i];
		} else if (strncmp(a, "--db=", 5) == 0)
			db_path = a + 5;
		else if (strcmp(a, "--demo") == 0)
			tui.demo = tui_opts = 1;
		else if (strcmp(a, "--no-color") == 0)
			tui.no_color = tui_opts = 1;
		else if (strcmp(a, "--ascii") == 0)
			tui.ascii = tui_opts = 1;
		else if (strcmp(a, "--mode") == 0 ||
		    strncmp(a, "--mode=", 7) == 0) {
			if (a[6] == '\0' && ++i >= argc) {
				cli_error("--mode needs home, trainer or kiosk");
				return EXIT_USAGE;
			}
			tui.mode = a[6] == '=' ? a + 7 : argv[i];
			if (strcmp(tui.mode, "home") != 0 &&
			    strcmp(tui.mode, "trainer") != 0 &&
			    strcmp(tui.mode, "kiosk") != 0) {
				cli_error("--mode '%s': expected home, trainer "
				    "or kiosk", tui.mode);
				return EXIT_USAGE;
			}
			tui_opts = 1;
		}
		else if (strcmp(a, "--port") == 0) {
			if (++i >= argc) {
				cli_error("%s needs a port (auto, a device, sim, "
				    "tcp:HOST:PORT, replay:FILE, none)", a);
				return EXIT_USAGE;
			}
			tui.port = argv[i];
			tui_opts = 1;
		} else if (strncmp(a, "--port=", 7) == 0) {
			tui.port = a + 7;
			tui_opts = 1;
		} else {
			cli_error("unknown option '%s'; try 'footscreen --help'", a);
			return EXIT_USAGE;
		}
	}
	/* The full-screen program's options mean nothing to a command. */
	if (i < argc && tui_opts) {
		cli_error("--demo, --port, --no-color, --ascii and --mode are "
		    "for the full-screen program: give them without a command");
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
	tui.db = db_path;
	if (argc == 0)
		status = tui_run(&tui, cfg);
	else if (strcmp(argv[0], "analyze") == 0)
		status = cmd_analyze(argc, argv, &defaults);
	else if (strcmp(argv[0], "cop") == 0)
		status = cmd_cop(argc, argv, &defaults);
	else if (strcmp(argv[0], "assess") == 0)
		status = cmd_assess(argc, argv, cfg, db_path);
	else if (strcmp(argv[0], "profile") == 0)
		status = cmd_profile(argc, argv, cfg, db_path);
	else if (strcmp(argv[0], "history") == 0)
		status = cmd_history(argc, argv, cfg, db_path);
	else if (strcmp(argv[0], "report") == 0)
		status = cmd_report(argc, argv, cfg, db_path);
	else if (strcmp(argv[0], "db") == 0)
		status = cmd_db(argc, argv, cfg, db_path);
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
		    "assess, profile, history, report, db, check-config, "
		    "record, ports, calibrate", argv[0]);
		status = EXIT_USAGE;
	}
	config_free(cfg);
	return status;
}
