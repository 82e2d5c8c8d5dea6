/*
 * json_build.c: the JSON building blocks every JSON writer shares; see
 * json_build.h.
 */
#include <config.h>

#include <math.h>

#include "screening/json_build.h"

void
jb_set(json_t *o, const char *key, json_t *v, int *bad)
{
	if (o == NULL || v == NULL || json_object_set_new(o, key, v) != 0) {
		json_decref(v);
		*bad = 1;
	}
}

void
jb_append(json_t *a, json_t *v, int *bad)
{
	if (a == NULL || v == NULL || json_array_append_new(a, v) != 0) {
		json_decref(v);
		*bad = 1;
	}
}

json_t *
jb_num(double v)
{
	return isfinite(v) ? json_real(v) : json_null();
}

json_t *
jb_str(const char *s)
{
	return s != NULL && s[0] != '\0' ? json_string(s) : json_null();
}

json_t *
jb_sex(enum sex s)
{
	return jb_str(s == SEX_FEMALE ? "female" : s == SEX_MALE ? "male" :
	    NULL);
}

json_t *
jb_measures(const struct report_measure *m, size_t n, int *bad)
{
	json_t	*a = json_array(), *o;

	for (size_t i = 0; i < n; i++) {
		o = json_object();
		jb_set(o, "measure", json_string(m[i].measure), bad);
		jb_set(o, "side", json_string(m[i].side), bad);
		jb_set(o, "value", jb_num(m[i].value), bad);
		jb_set(o, "unit", json_string(m[i].unit), bad);
		jb_set(o, "text", jb_str(m[i].text), bad);
		jb_append(a, o, bad);
	}
	return a;
}
