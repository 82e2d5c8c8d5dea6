/*
 * config.h: footscreen's configuration, layered from INI files.
 *
 * Layers, later wins: built-in defaults, SYSCONFDIR/footscreen/footscreen.conf,
 * $XDG_CONFIG_HOME/footscreen/footscreen.conf (~/.config when unset), then
 * the file given with --config.  Every value remembers which layer set it,
 * for `footscreen check-config`.  Keys and values are documented in
 * footscreen.conf(5).
 */
#ifndef FOOTSCREEN_CONFIG_H
#define FOOTSCREEN_CONFIG_H

#include <stdio.h>

/* Fields are filled in by the config module; see config.c. */
struct fs_config;

struct config_error {
	char	msg[512];	/* "FILE: [section] key = 'value': allowed ..." */
};

/* Allocate a configuration holding the built-in defaults; NULL on ENOMEM. */
struct fs_config	*config_new(void);
void			 config_free(struct fs_config *);

/*
 * Apply the layers in order.  explicit_path is --config (NULL if none); it
 * must exist, the others are skipped when absent.  Returns 0, or -1 with err
 * naming the file, section, key, bad value and what is allowed.
 */
int	config_load_layers(struct fs_config *, const char *explicit_path,
	    struct config_error *);
/* Apply one file as a layer. */
int	config_load_file(struct fs_config *, const char *path,
	    struct config_error *);
/* Print the merged configuration, each key with where it came from. */
void	config_print(const struct fs_config *, FILE *);

#endif
