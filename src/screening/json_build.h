/*
 * json_build.h: building a JSON document with jansson the way every
 * writer of footscreen does it (the report, the history's export and
 * its commands).  jb_set() and jb_append() remember a failure (out of
 * memory) in *bad instead of stopping, so that the code building a
 * document reads straight and checks bad once at the end.
 */
#ifndef FOOTSCREEN_SCREENING_JSON_BUILD_H
#define FOOTSCREEN_SCREENING_JSON_BUILD_H

#include <stddef.h>

#include <jansson.h>

#include "core/screening.h"
#include "screening/report.h"

/* o[key] = v, taking v; *bad set when it failed (v is freed). */
void	jb_set(json_t *o, const char *key, json_t *v, int *bad);
/* a += v, taking v; *bad set when it failed. */
void	jb_append(json_t *a, json_t *v, int *bad);
/* A number, or null when it is missing (NAN) or infinite. */
json_t	*jb_num(double);
/* A string, or null for NULL or "". */
json_t	*jb_str(const char *);
/* "female", "male", or null when not given. */
json_t	*jb_sex(enum sex);
/* [{"measure", "side", "value", "unit", "text"}] of saved measures. */
json_t	*jb_measures(const struct report_measure *, size_t n, int *bad);

#endif
