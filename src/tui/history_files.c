/*
 * history_files.c: the files the history screen writes (history.h): a
 * screening's one-page report and everything kept about the person, each
 * as a new file of mode 0600 (health data) that never replaces another.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "screening/report.h"
#include "store/export.h"
#include "tui/history.h"

/* The name for a file name: letters and digits, the rest '-'. */
static void
file_stem(char *out, size_t len, const char *name)
{
	size_t	o = 0;

	for (; *name != '\0' && o + 1 < len; name++) {
		unsigned char	c = (unsigned char)*name;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9'))
			out[o++] = (char)c;
		else if (o > 0 && out[o - 1] != '-')
			out[o++] = '-';
	}
	while (o > 0 && out[o - 1] == '-')
		o--;
	out[o] = '\0';
	if (o == 0)
		snprintf(out, len, "person");
}

/*
 * A new file footscreen-NAME-DATE.ext in the current directory, else in
 * $HOME; "-2", "-3" ... when the name is taken: another file is never
 * written over.  Mode 0600: it holds health data.  NULL with errno.
 */
static FILE *
out_create(const struct app *app, const char *date, const char *ext,
    char *path, size_t len)
{
	char		 stem[STORE_NAME_MAX + 1], cwd[PATH_MAX];
	const char	*dirs[2];
	int		 ndirs = 0, fd, e = ENOENT;
	FILE		*f;

	file_stem(stem, sizeof stem, app->profile_name);
	if (getcwd(cwd, sizeof cwd) != NULL && access(cwd, W_OK) == 0)
		dirs[ndirs++] = cwd;
	if (getenv("HOME") != NULL && getenv("HOME")[0] == '/')
		dirs[ndirs++] = getenv("HOME");
	for (int d = 0; d < ndirs; d++)
		for (int k = 1; k < 100; k++) {
			if (k == 1)
				snprintf(path, len, "%s/footscreen-%s-%.10s.%s",
				    dirs[d], stem, date, ext);
			else
				snprintf(path, len, "%s/footscreen-%s-%.10s-%d."
				    "%s", dirs[d], stem, date, k, ext);
			fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
			    0600);
			if (fd >= 0) {
				if ((f = fdopen(fd, "w")) != NULL)
					return f;
				e = errno;
				close(fd);
				unlink(path);
				errno = e;
				return NULL;
			}
			if ((e = errno) != EEXIST)
				break;
		}
	errno = e;
	return NULL;
}

/* Flush to the disk and close; a file half written is removed. */
static int
out_finish(FILE *f, const char *path, int failed)
{
	if (fflush(f) != 0 || ferror(f) || fsync(fileno(f)) != 0)
		failed = 1;
	if (fclose(f) != 0)
		failed = 1;
	if (failed)
		unlink(path);
	return failed ? -1 : 0;
}

/* What a report is made from: large, so on the heap. */
struct report_work {
	struct store_report		 saved;
	struct screening_result		 result;
	struct advice_plan		 plan;
};

static void
report_work_free(struct report_work *w)
{
	store_report_clear(&w->saved);
	free(w);
}

/* The screening, the one before and its result screened again. */
static int
report_gather(struct app *app, int64_t id, struct report_work *w,
    struct store_error *err)
{
	const struct screening_answers	*a = &w->saved.answers;
	int				 rc;

	if ((rc = store_report_load(app->store, id, &w->saved, err)) !=
	    STORE_OK)
		return rc;
	/* The sex the screening was answered with, not the profile's. */
	w->saved.person.sex = a->sex;
	if (screening_run(a, app->norms, &w->result) != CORE_OK) {
		snprintf(err->msg, sizeof err->msg, "the saved answers could "
		    "not be screened again");
		return STORE_ERR_ARG;
	}
	if (w->result.plan_allowed && advice_plan(app->rules, app->library,
	    &w->result.findings, w->result.triage.tier, a->age_years,
	    &w->plan) != CORE_OK) {
		snprintf(err->msg, sizeof err->msg, "no plan could be made "
		    "from the advice data");
		return STORE_ERR_ARG;
	}
	return STORE_OK;
}

/* The one-page HTML report of screening id (report_html). */
void
hist_write_report(struct app *app, int64_t id)
{
	struct report_work	*w;
	struct report_context	 ctx;
	struct store_error	 err;
	char			 path[PATH_MAX + 64];
	FILE			*f;

	if ((w = calloc(1, sizeof *w)) == NULL) {
		app_message(app, 1, "No report: out of memory.");
		return;
	}
	if (report_gather(app, id, w, &err) != STORE_OK) {
		app_message(app, 1, "No report: %s", err.msg);
		report_work_free(w);
		return;
	}
	memset(&ctx, 0, sizeof ctx);
	ctx.answers = &w->saved.answers;
	ctx.rules = app->rules;
	ctx.library = app->library;
	ctx.contact = app->contact;
	ctx.person = &w->saved.person;
	if ((f = out_create(app, w->saved.now.taken, "html", path,
	    sizeof path)) == NULL)
		app_message(app, 1, "No report: no file could be made here or "
		    "in the home folder: %s.", strerror(errno));
	else if (out_finish(f, path, report_html(f, &w->result,
	    w->result.plan_allowed ? &w->plan : NULL, &ctx) != 0) != 0)
		app_message(app, 1, "No report: writing %s failed.", path);
	else
		app_message(app, 0, "The one-page report is in %s", path);
	report_work_free(w);
}

/* Everything kept about the person as JSON (store_export). */
void
hist_write_export(struct app *app)
{
	struct store_error	err;
	char			path[PATH_MAX + 64], today[STORE_TIME_MAX];
	FILE			*f;

	store_now(today);
	if ((f = out_create(app, today, "json", path, sizeof path)) == NULL) {
		app_message(app, 1, "No export: no file could be made here or "
		    "in the home folder: %s.", strerror(errno));
		return;
	}
	err.msg[0] = '\0';
	if (out_finish(f, path, store_export(app->store, app->profile_id, f,
	    &err) != STORE_OK) != 0)
		app_message(app, 1, "No export: %s", err.msg[0] != '\0' ?
		    err.msg : "writing the file failed.");
	else
		app_message(app, 0, "Everything kept about %s is in %s",
		    app->profile_name, path);
}
