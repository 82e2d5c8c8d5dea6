/*
 * config.h: footscreen's configuration, layered from INI files.
 *
 * Layers, later wins: built-in defaults, SYSCONFDIR/footscreen/footscreen.conf
 * ($FOOTSCREEN_SYSCONFDIR replaces SYSCONFDIR when set),
 * $XDG_CONFIG_HOME/footscreen/footscreen.conf (~/.config when unset), then
 * the file given with --config.  Every value remembers which layer set it,
 * for `footscreen check-config`.  Keys, values and defaults are documented in
 * footscreen.conf(5); the defaults are set in config_new() (config.c).
 *
 * Loading installs an iniparser error callback for the duration of the call
 * and keeps its messages in a static buffer, so load from one thread only,
 * and before initscr() (nothing is ever written to stderr from here).
 */
#ifndef FOOTSCREEN_CONFIG_H
#define FOOTSCREEN_CONFIG_H

#include <limits.h>
#include <stdio.h>

#include "core/cop.h"

#ifndef PATH_MAX
#define PATH_MAX	4096
#endif

/* Room for the provenance of every key; schema.c checks the table fits. */
#define CONFIG_KEY_SLOTS	32
/* Longest [board] description pattern, in bytes. */
#define CONFIG_DESCRIPTION_MAX	256

enum cfg_protocol {
	CFG_PROTOCOL_NATIVE,		/* footscreen's own line protocol */
	CFG_PROTOCOL_GENERIC		/* four numbers per line */
};

enum cfg_flow {
	CFG_FLOW_NONE,
	CFG_FLOW_XONXOFF,
	CFG_FLOW_RTSCTS
};

enum cfg_color {
	CFG_COLOR_AUTO,			/* if the terminal has colours */
	CFG_COLOR_ALWAYS,
	CFG_COLOR_NEVER
};

enum cfg_charset {
	CFG_CHARSET_AUTO,		/* from the locale's codeset */
	CFG_CHARSET_UNICODE,
	CFG_CHARSET_ASCII
};

enum cfg_mode {
	CFG_MODE_HOME,
	CFG_MODE_TRAINER,
	CFG_MODE_KIOSK
};

enum cfg_pipeline {
	CFG_PIPELINE_QUIJOUX2021,	/* the published preprocessing */
	CFG_PIPELINE_RAW		/* descriptors of the COP as recorded */
};

enum cfg_units {
	CFG_UNITS_MM,
	CFG_UNITS_CM
};

struct cfg_board {
	/* "auto", a device, sim, sim:PROFILE, tcp:HOST:PORT or replay:FILE */
	char			 port[PATH_MAX];
	int			 baud;
	enum cfg_protocol	 protocol;
	/* channel_order[i] is the cell the board sends as its i-th channel. */
	enum cell		 channel_order[CELL_COUNT];
	/* Per cell (index enum cell): load = (raw - offset) * scale. */
	double			 scale[CELL_COUNT];
	double			 offset[CELL_COUNT];
	struct board_geometry	 geometry;
	enum cfg_flow		 flow_control;
	int			 usb_vid;	/* 0..0xffff, or -1: any */
	int			 usb_pid;	/* 0..0xffff, or -1: any */
	/* fnmatch(3) pattern on the port description for port=auto; "" any */
	char			 description[CONFIG_DESCRIPTION_MAX];
	double			 timeout_s;	/* silent this long: lost */
};

struct cfg_ui {
	enum cfg_color		 color;
	enum cfg_charset	 charset;
	enum cfg_mode		 mode;
};

struct cfg_storage {
	/* "" means $XDG_DATA_HOME/footscreen/footscreen.db */
	char			 database[PATH_MAX];
	int			 keep_raw;	/* boolean */
};

struct cfg_analysis {
	enum cfg_pipeline	 pipeline;
	enum cfg_units		 out_units;
};

/*
 * The merged configuration.  Read the four sections freely; change them only
 * through config_load_*() so that the provenance stays true.
 */
struct fs_config {
	struct cfg_board	 board;
	struct cfg_ui		 ui;
	struct cfg_storage	 storage;
	struct cfg_analysis	 analysis;

	/* Per key (schema.c order): the file that set it, NULL for default. */
	const char		*source[CONFIG_KEY_SLOTS];
	/* Paths of the layers applied so far, owned; source[] points here. */
	char			**layer;
	size_t			 nlayers;
};

struct config_error {
	/* "FILE: [section] key = 'value': allowed: ..." */
	char	msg[512];
};

/* Allocate a configuration holding the built-in defaults; NULL on ENOMEM. */
struct fs_config	*config_new(void);
void			 config_free(struct fs_config *);

/*
 * Apply the layers in order.  explicit_path is --config (NULL if none); it
 * must exist, the others are skipped when absent.  Returns 0, or -1 with err
 * naming the file, section, key, bad value and what is allowed.  A layer
 * that fails leaves the configuration as the earlier layers made it.
 */
int	config_load_layers(struct fs_config *, const char *explicit_path,
	    struct config_error *);
/* Apply one file as a layer; it must exist. */
int	config_load_file(struct fs_config *, const char *path,
	    struct config_error *);
/* Print the merged configuration, each key with where it came from. */
void	config_print(const struct fs_config *, FILE *);
/*
 * Where a key's value came from: the layer's path, "default", or NULL when
 * there is no such key.  Section and key are matched without case.
 */
const char	*config_source(const struct fs_config *, const char *section,
		    const char *key);

#endif
