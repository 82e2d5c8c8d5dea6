/*
 * export.h: all of one person's data as one JSON document (issue 6,
 * "data rights").
 *
 *	{
 *	  "footscreen_export": 1,          layout of this document
 *	  "footscreen": "0.1.0",           the program that wrote it
 *	  "exported": "2026-11-21T10:00:00Z",
 *	  "profile": { "id", "name", "birth_year", "sex", "notes",
 *	               "created" },
 *	  "sessions": [ { "id", "taken", "mode", "app_version",
 *	                  "protocol", "notes",
 *	                  "answers": "[person]\nage = 42\n...",
 *	                  "results": [ { "measure", "side", "value",
 *	                                 "unit", "text" } ],
 *	                  "recordings": [ { "id", "test", "format",
 *	                                    "bytes", "base64" } ] } ]
 *	}
 *
 * Missing values are null; numbers are written so that they read back
 * exactly; "answers" is an answers file (footscreen-answers(5)), so a
 * session can be screened again; "protocol" is the JSON object the
 * session was saved with (store_protocol()), or its text when it is not
 * JSON.  Documented for users in footscreen(1), "profile export".
 */
#ifndef FOOTSCREEN_STORE_EXPORT_H
#define FOOTSCREEN_STORE_EXPORT_H

#include <stdint.h>
#include <stdio.h>

#include "store/store.h"

/* The layout version of the export document. */
#define STORE_EXPORT_VERSION	1

struct json_t;

/*
 * A profile's "id", "name", "birth_year", "sex", "notes" and "created"
 * as the export writes them; *bad set when out of memory.
 */
struct json_t	*store_profile_json(const struct store_profile *, int *bad);
/* The document for profile id into *out (json_decref() it). */
int	store_export_json(struct store *, int64_t id, struct json_t **out,
	    struct store_error *);
/* The same, written to f, indented, with a final newline. */
int	store_export(struct store *, int64_t id, FILE *f, struct store_error *);

#endif
