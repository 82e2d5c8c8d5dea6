/*
 * status.h: the error codes every core function returns.
 *
 * The core never prints and never exits; it says what went wrong with one of
 * these and the caller decides what to tell the user.
 */
#ifndef FOOTSCREEN_CORE_STATUS_H
#define FOOTSCREEN_CORE_STATUS_H

enum core_status {
	CORE_OK = 0,
	CORE_ERR_ARG,		/* a NULL pointer, a negative rate, a bad enum */
	CORE_ERR_TOO_SHORT,	/* too few samples for this computation */
	CORE_ERR_NONFINITE,	/* NaN or infinity in the input */
	CORE_ERR_DEGENERATE,	/* e.g. zero total load, zero variance */
	CORE_ERR_CAPACITY,	/* an output buffer is smaller than needed */
	CORE_ERR_NOMEM		/* a library the core calls could not allocate */
};

/* A short English phrase for a status, for error messages. */
const char	*core_strerror(enum core_status);

#endif
