/*
 * calibration_store.h: each board's calibration, kept in the user's state
 * file $XDG_STATE_HOME/footscreen/calibration.ini (~/.local/state when
 * XDG_STATE_HOME is unset or not absolute, per the XDG Base Directory
 * specification).
 *
 * One [board] section per board, keyed by its identity (board_identity():
 * hello name, USB serial number or port string):
 *
 *	[board]
 *	id = footscreen-hx711-0042
 *	channel_order = TL,TR,BL,BR
 *	offset_tl = 8412.25
 *	...
 *	scale_br = 0.0000231
 *	tared = yes
 *	scaled = yes
 *	updated = 2026-11-21T10:00:00Z
 *
 * footscreen writes this file itself, so it is read strictly: an unknown
 * or missing key, a bad number or a repeated id is an error naming the
 * line, and a file with an error is never overwritten (save refuses until
 * the user fixes or removes it).  Saving writes a temporary file in the
 * same directory, fsyncs it and renames it over the old one, mode 0600.
 */
#ifndef FOOTSCREEN_BOARD_CALIBRATION_STORE_H
#define FOOTSCREEN_BOARD_CALIBRATION_STORE_H

#include <limits.h>
#include <stddef.h>

#include "board/calibration.h"

#ifndef PATH_MAX
#define PATH_MAX	4096
#endif

#define CAL_ID_MAX	128

struct cal_entry {
	char				id[CAL_ID_MAX];
	struct board_calibration	cal;
	char				updated[32];	/* ISO 8601 UTC */
};

struct cal_store {
	char			 path[PATH_MAX];
	struct cal_entry	*entry;
	size_t			 n;
	int			 loaded;	/* read without error */
};

struct cal_error {
	char	msg[PATH_MAX + 256];
};

/* The state file's path into buf; -1 with err when there is no home. */
int	calibration_store_path(char *buf, size_t len, struct cal_error *);

/*
 * Read the store at path (NULL: calibration_store_path()).  A missing file
 * is an empty store.  Returns 0, or -1 with err "FILE:LINE: what".
 */
int	calibration_store_load(struct cal_store *, const char *path,
	    struct cal_error *);
void	calibration_store_free(struct cal_store *);

/* The entry for id, or NULL. */
const struct cal_entry	*calibration_store_find(const struct cal_store *,
			    const char *id);
/* Add or replace id's entry, stamped with the current time. */
int	calibration_store_set(struct cal_store *, const char *id,
	    const struct board_calibration *, struct cal_error *);
/* Write the store back atomically; refuses a store that did not load. */
int	calibration_store_save(const struct cal_store *, struct cal_error *);

#endif
