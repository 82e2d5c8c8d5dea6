/*
 * schema.h: every section and key footscreen.conf may hold, with its type
 * and allowed values.
 *
 * One table drives loading, checking, error messages and printing, so a key
 * is declared once.  Key i's provenance is fs_config.source[i].
 */
#ifndef FOOTSCREEN_CONFIG_SCHEMA_H
#define FOOTSCREEN_CONFIG_SCHEMA_H

#include <stddef.h>

#include "config/config.h"

struct config_key;

/* The known sections, in the order they are printed. */
extern const char *const config_sections[];

/* The section's canonical name if s names one (any case), else NULL. */
const char	*config_schema_section(const char *s);
/* Number of keys, and key i (0 <= i < count). */
size_t		 config_schema_count(void);
const struct config_key	*config_schema_key(size_t i);
/* The index of section/name (any case), or -1. */
int		 config_schema_find(const char *section, const char *name);

const char	*config_key_section(const struct config_key *);
const char	*config_key_name(const struct config_key *);

/*
 * Parse value as this key's type, check it, and store it in cfg.  Returns
 * 0, or -1 leaving cfg unchanged.
 */
int	config_key_set(const struct config_key *, struct fs_config *cfg,
	    const char *value);
/* The key's current value in cfg as text (unquoted).  -1 when too long. */
int	config_key_format(const struct config_key *, const struct fs_config *,
	    char *buf, size_t len);
/* What the key accepts, for error messages: "1200, 2400, ...". */
void	config_key_allowed(const struct config_key *, char *buf, size_t len);
/* The section names joined by ", ", for error messages. */
void	config_section_names(char *buf, size_t len);
/* The key names of a section joined by ", ", for error messages. */
void	config_section_keys(const char *section, char *buf, size_t len);

#endif
