/*
 * export.c: one person's data as one JSON document; see export.h.
 *
 * Everything is read through store.h, so the export shows exactly what
 * the store gives the rest of the program.  Building goes through jb_set()
 * and jb_append(), which remember an allocation failure instead of
 * stopping, so the code reads straight and is checked once at the end.
 */
#include <config.h>

#include <stdlib.h>

#include <jansson.h>

#include "screening/json_build.h"
#include "store/export.h"

/* RFC 4648 base64 of data[0..len), as a JSON string. */
static json_t *
jbase64(const unsigned char *data, size_t len)
{
	static const char	digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789+/";
	char			*out, *p;
	json_t			*s;

	if (len > ((size_t)-1 - 1) / 4 * 3 - 3 ||
	    (out = malloc((len + 2) / 3 * 4 + 1)) == NULL)
		return NULL;
	p = out;
	for (size_t i = 0; i < len; i += 3) {
		unsigned long	v = (unsigned long)data[i] << 16;
		size_t		n = len - i < 3 ? len - i : 3;

		if (n > 1)
			v |= (unsigned long)data[i + 1] << 8;
		if (n > 2)
			v |= data[i + 2];
		*p++ = digits[(v >> 18) & 63];
		*p++ = digits[(v >> 12) & 63];
		*p++ = n > 1 ? digits[(v >> 6) & 63] : '=';
		*p++ = n > 2 ? digits[v & 63] : '=';
	}
	*p = '\0';
	s = json_string(out);
	free(out);
	return s;
}

json_t *
store_profile_json(const struct store_profile *p, int *bad)
{
	json_t	*o = json_object();

	jb_set(o, "id", json_integer(p->id), bad);
	jb_set(o, "name", json_string(p->name), bad);
	jb_set(o, "birth_year", p->birth_year != 0 ?
	    json_integer(p->birth_year) : json_null(), bad);
	jb_set(o, "sex", jb_sex(p->sex), bad);
	jb_set(o, "notes", json_string(p->notes), bad);
	jb_set(o, "created", json_string(p->created), bad);
	return o;
}

static json_t *
export_recordings(const struct store_blob *b, size_t n, int *bad)
{
	json_t	*a = json_array(), *o;

	for (size_t i = 0; i < n; i++) {
		o = json_object();
		jb_set(o, "id", json_integer(b[i].id), bad);
		jb_set(o, "test", json_string(b[i].test), bad);
		jb_set(o, "format", json_string(b[i].format), bad);
		jb_set(o, "bytes", json_integer((json_int_t)b[i].len), bad);
		jb_set(o, "base64", jbase64(b[i].data, b[i].len), bad);
		jb_append(a, o, bad);
	}
	return a;
}

/* One session with its results and recordings. */
static int
export_session(struct store *s, const struct store_session *x, json_t *out,
    int *bad, struct store_error *err)
{
	struct report_measure	*m;
	struct store_blob	*b;
	size_t			 nm, nb;
	json_t			*o = json_object(), *proto;
	int			 rc;

	if ((rc = store_session_results(s, x->id, &m, &nm, err)) != STORE_OK) {
		json_decref(o);
		return rc;
	}
	if ((rc = store_session_recordings(s, x->id, &b, &nb, err)) !=
	    STORE_OK) {
		free(m);
		json_decref(o);
		return rc;
	}
	jb_set(o, "id", json_integer(x->id), bad);
	jb_set(o, "taken", json_string(x->taken), bad);
	jb_set(o, "mode", json_string(store_mode_key(x->mode)), bad);
	jb_set(o, "app_version", json_string(x->app_version), bad);
	if ((proto = json_loads(x->protocol, JSON_DECODE_ANY, NULL)) == NULL)
		proto = json_string(x->protocol);
	jb_set(o, "protocol", proto, bad);
	jb_set(o, "notes", json_string(x->notes), bad);
	jb_set(o, "answers", json_string(x->answers), bad);
	jb_set(o, "results", jb_measures(m, nm, bad), bad);
	jb_set(o, "recordings", export_recordings(b, nb, bad), bad);
	jb_append(out, o, bad);
	free(m);
	store_recordings_free(b, nb);
	return STORE_OK;
}

int
store_export_json(struct store *s, int64_t id, json_t **out,
    struct store_error *err)
{
	struct store_profile	*p;
	struct store_session	*x = NULL;
	size_t			 n = 0;
	char			 now[STORE_TIME_MAX];
	json_t			*root, *a;
	int			 bad = 0, rc;

	*out = NULL;
	/* A profile holds 4 kB of notes: keep it off the stack. */
	if ((p = calloc(1, sizeof *p)) == NULL) {
		err->status = STORE_ERR_NOMEM;
		snprintf(err->msg, sizeof err->msg, "out of memory");
		return STORE_ERR_NOMEM;
	}
	if ((rc = store_profile_get(s, id, p, err)) != STORE_OK ||
	    (rc = store_session_list(s, id, &x, &n, err)) != STORE_OK) {
		free(p);
		return rc;
	}
	store_now(now);
	root = json_object();
	jb_set(root, "footscreen_export", json_integer(STORE_EXPORT_VERSION),
	    &bad);
	jb_set(root, "footscreen", json_string(PACKAGE_VERSION), &bad);
	jb_set(root, "exported", json_string(now), &bad);
	jb_set(root, "profile", store_profile_json(p, &bad), &bad);
	a = json_array();
	for (size_t i = 0; i < n && rc == STORE_OK; i++)
		rc = export_session(s, &x[i], a, &bad, err);
	jb_set(root, "sessions", a, &bad);
	store_sessions_free(x, n);
	free(p);
	if (rc == STORE_OK && bad) {
		err->status = rc = STORE_ERR_NOMEM;
		snprintf(err->msg, sizeof err->msg, "out of memory");
	}
	if (rc != STORE_OK) {
		json_decref(root);
		return rc;
	}
	*out = root;
	return STORE_OK;
}

int
store_export(struct store *s, int64_t id, FILE *f, struct store_error *err)
{
	json_t	*root;
	int	 rc;

	if ((rc = store_export_json(s, id, &root, err)) != STORE_OK)
		return rc;
	if (json_dumpf(root, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0 ||
	    fputc('\n', f) == EOF || ferror(f)) {
		err->status = rc = STORE_ERR_IO;
		snprintf(err->msg, sizeof err->msg, "writing the export "
		    "failed");
	}
	json_decref(root);
	return rc;
}
