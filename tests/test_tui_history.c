/*
 * test_tui_history.c: the history in the full-screen program with no
 * terminal (src/tui/scr_profiles.c, scr_history.c, spark.c, and what they
 * add to the results and welcome screens), against a real database in a
 * fresh directory.
 *
 * Home: the first run's form makes the person and the age is filled in
 * from the year of birth; results shown save the screening once (the
 * count read back from the store), and again as a new one only when the
 * answers changed; the next screening says what changed since the last
 * one, with both numbers and the difference; the history lists the
 * screenings, draws each measure's trend as a sparkline, puts two side
 * by side, keeps notes; a report and an export are written to new files
 * (the export parses as JSON); deleting needs the name typed, and a wrong
 * name deletes nothing.  Trainer: typing filters the client list, and a
 * new screening lands on the client chosen, then back to their history
 * with it on top.  Kiosk: no store, q does not quit, and time without a
 * key counts down and starts again with every answer gone, unless a key
 * comes first.  A store that could not be opened, or that refuses the
 * save, is said so and the screening goes on.  Every new screen fits
 * 80 x 24 in UTF-8 and in plain ASCII.
 */
#include <config.h>

#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "screening/answers.h"
#include "store/store.h"
#include "testutil.h"
#include "tui_fixture.h"
#include "tui/app.h"
#include "tui/spark.h"

static struct store		*S;
static char			tmpdir[PATH_MAX];
static char			dbpath[PATH_MAX];
static char			olddir[PATH_MAX];

static void
setup(void)
{
	struct store_error	err;
	const char		*base = getenv("TMPDIR");

	tf_setup();
	snprintf(tmpdir, sizeof tmpdir, "%s/fs-tuihist.XXXXXX",
	    base != NULL && base[0] != '\0' ? base : "/tmp");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	/* Reports and exports go to the current directory. */
	ck_assert_ptr_nonnull(getcwd(olddir, sizeof olddir));
	ck_assert_int_eq(chdir(tmpdir), 0);
	/* Dates on the screens are local: make local UTC. */
	setenv("TZ", "UTC", 1);
	tzset();
	tu_path(dbpath, sizeof dbpath, tmpdir, "footscreen.db");
	ck_assert_msg(store_open(dbpath, STORE_CREATE, &S, &err) == STORE_OK,
	    "%s", err.msg);
	A->store = S;
	A->mode = STORE_MODE_HOME;
}

static void
teardown(void)
{
	char	cmd[2 * PATH_MAX + 64];

	tf_teardown();
	store_close(S);
	if (chdir(olddir) != 0)
		fprintf(stderr, "could not go back to %s\n", olddir);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmpdir);
}

/* ---- helpers ---- */

/* The first row holding both needles, or NULL. */
static const char *
row_with(const char *a, const char *b)
{
	for (int y = 0; y < G.h; y++)
		if (strstr(tf_row(y), a) != NULL && (b == NULL ||
		    strstr(tf_row(y), b) != NULL))
			return tf_row(y);
	return NULL;
}

static void
key(int k)
{
	app_key(A, k);
	tf_draw();
}

static void
type(const char *s)
{
	for (; *s != '\0'; s++)
		app_key(A, (unsigned char)*s);
	tf_draw();
}

/* Answers with these single-leg stance times, eyes open. */
static void
answers_of(struct screening_answers *a, double left, double right)
{
	char			text[512];
	struct answers_error	err;

	snprintf(text, sizeof text, "[person]\nage = 45\nsex = female\n"
	    "fell_past_year = no\n[red_flags]\nsaddle_numbness = no\n"
	    "[left]\nsls_eyes_open_s = %g\n[right]\nsls_eyes_open_s = %g\n",
	    left, right);
	ck_assert_msg(answers_load_text("t.ini", text, strlen(text), a,
	    &err) == 0, "%s", err.msg);
}

/* A screening of these answers, up to its results shown. */
static void
screen_with(double left, double right)
{
	answers_of(&A->answers, left, right);
	app_touch(A);
	ck_assert_int_eq(app_compute(A), 0);
	app_goto(A, SCR_RESULTS);
	ck_assert_int_eq(A->screen, SCR_RESULTS);
	tf_draw();
}

static int64_t
add_profile(const char *name, int born)
{
	struct store_profile	*p = calloc(1, sizeof *p);
	struct store_error	 err;
	int64_t			 id;

	ck_assert_ptr_nonnull(p);
	snprintf(p->name, sizeof p->name, "%s", name);
	p->birth_year = born;
	ck_assert_msg(store_profile_add(S, p, &id, &err) == STORE_OK, "%s",
	    err.msg);
	free(p);
	return id;
}

/* A screening saved straight into the store, at a given time. */
static int64_t
save_at(int64_t profile, const char *taken, double left, double right)
{
	struct store_new_session	ns = { 0 };
	struct screening_answers	a;
	struct store_error		err;
	int64_t				id;

	answers_of(&a, left, right);
	ns.profile_id = profile;
	ns.taken = taken;
	ns.mode = STORE_MODE_HOME;
	ns.answers = &a;
	ck_assert_msg(store_session_save(S, &ns, &id, &err) == STORE_OK, "%s",
	    err.msg);
	return id;
}

static size_t
sessions_of(int64_t profile)
{
	struct store_session	*list;
	struct store_error	 err;
	size_t			 n;

	ck_assert_int_eq(store_session_list(S, profile, &list, &n, &err),
	    STORE_OK);
	store_sessions_free(list, n);
	return n;
}

static size_t
profiles_count(void)
{
	struct store_profile	*list;
	struct store_error	 err;
	size_t			 n;

	ck_assert_int_eq(store_profile_list(S, NULL, &list, &n, &err),
	    STORE_OK);
	free(list);
	return n;
}

/* Ann, born 1980, with a screening on 3 Oct 2026 and one now. */
static int64_t
ann_with_two(void)
{
	int64_t	id = add_profile("Ann", 1980);

	save_at(id, "2026-10-03T10:00:00Z", 12, 20);
	profiles_start(A);
	ck_assert_int_eq(A->profile_id, id);
	screen_with(21.5, 22);
	ck_assert_uint_eq(sessions_of(id), 2);
	return id;
}

/* No byte of the grid is above ASCII. */
static void
ascii_only(const char *what)
{
	for (int y = 0; y < G.h; y++)
		for (const char *s = tf_row(y); *s != '\0'; s++)
			if ((unsigned char)*s >= 0x80) {
				tf_dump();
				ck_abort_msg("%s: row %d is not ASCII", what,
				    y);
			}
}

static int
this_year(void)
{
	char	now[STORE_TIME_MAX];

	store_now(now);
	return atoi(now);
}

/* ---- sparklines ---- */

START_TEST(test_spark_utf8)
{
	const double	v[] = { 1, 2, NAN, 4 };
	const double	flat[] = { 5, 5, 5 };
	const double	many[] = { 9, 9, 1, 2, 3, 4 };

	ck_assert_int_eq(spark_draw(&G, 0, 0, 10, v, 4, GC_INFO), 4);
	/* 2 is a third of the way from 1 to 4: level 2.33 of 0..7. */
	ck_assert_str_eq(tf_row(0), "▁▃ █");
	ck_assert_int_eq(spark_draw(&G, 0, 1, 10, flat, 3, GC_INFO), 3);
	ck_assert_str_eq(tf_row(1), "▄▄▄");
	/* Only the newest four fit; the scale is theirs. */
	ck_assert_int_eq(spark_draw(&G, 0, 2, 4, many, 6, GC_INFO), 4);
	ck_assert_str_eq(tf_row(2), "▁▃▆█");
	ck_assert_int_eq(spark_draw(&G, 0, 3, 0, many, 6, GC_INFO), 0);
	ck_assert_int_eq(spark_draw(&G, 0, 3, 5, many, 0, GC_INFO), 0);
	ck_assert_str_eq(tf_row(3), "");
}
END_TEST

START_TEST(test_spark_ascii)
{
	const double	v[] = { 1, 2, NAN, 4 };
	const double	flat[] = { 5, 5, 5 };
	const double	one[] = { NAN, 7, NAN };

	tf_size(100, 30, 0);
	ck_assert_int_eq(spark_draw(&G, 0, 0, 10, v, 4, GC_INFO), 4);
	ck_assert_str_eq(tf_row(0), "_. #");
	spark_draw(&G, 0, 1, 10, flat, 3, GC_INFO);
	ck_assert_str_eq(tf_row(1), "---");
	/* One number between gaps: the flat middle too. */
	spark_draw(&G, 0, 2, 10, one, 3, GC_INFO);
	ck_assert_str_eq(tf_row(2), " -");
	ascii_only("sparklines");
}
END_TEST

/* ---- home ---- */

START_TEST(test_home_first_run)
{
	profiles_start(A);
	ck_assert_int_eq(A->screen, SCR_PROFILES);
	ck_assert_int_eq(A->profiles.view, PV_NEW);
	tf_draw();
	tf_has("Who is this screening for?");
	tf_has("Esc goes on without saving");
	/* Enter with no name: asked for one, nothing made. */
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_PROFILES);
	ck_assert_ptr_nonnull(strstr(A->message, "type a name"));
	ck_assert_uint_eq(profiles_count(), 0);
	type("Ann");
	key(TK_TAB);
	type("1980");
	key(TK_TAB);
	type("f");
	key(TK_ENTER);
	ck_assert_uint_eq(profiles_count(), 1);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_str_eq(A->profile_name, "Ann");
	ck_assert_int_eq(A->profile_born, 1980);
	tf_has("Screening for Ann");
	tf_has("h history");
	/* The age on "about you" comes from the year of birth. */
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_ABOUT);
	ck_assert_int_eq(A->answers.age_years, this_year() - 1980);
}
END_TEST

START_TEST(test_home_without_saving)
{
	profiles_start(A);
	key(TK_ESC);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_int_eq(A->profile_id, 0);
	tf_has("Not saved to anyone's history");
	screen_with(20, 20);
	ck_assert_int_eq(A->session_id, 0);
	tf_has("Not saved: this screening is for nobody");
	ck_assert_uint_eq(profiles_count(), 0);
}
END_TEST

START_TEST(test_home_one_or_a_few)
{
	int64_t	ann = add_profile("Ann", 0);

	profiles_start(A);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_int_eq(A->profile_id, ann);
	add_profile("Ben", 1990);
	app_reset(A);
	A->profile_id = 0;
	profiles_start(A);
	ck_assert_int_eq(A->screen, SCR_PROFILES);
	tf_draw();
	tf_has("Ann");
	tf_has("Ben");
	/* Down to Ben, Enter: Ben's screening. */
	key(TK_DOWN);
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_str_eq(A->profile_name, "Ben");
	tf_has("Screening for Ben");
	/* p: another person, and back. */
	key('p');
	ck_assert_int_eq(A->screen, SCR_PROFILES);
	key(TK_UP);
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_int_eq(A->profile_id, ann);
}
END_TEST

START_TEST(test_saved_once_then_again)
{
	int64_t	id = add_profile("Ann", 1980);

	profiles_start(A);
	screen_with(12, 20);
	ck_assert_uint_eq(sessions_of(id), 1);
	ck_assert_str_eq(A->message, "Saved to Ann's history.");
	ck_assert_int_ne(A->session_id, 0);
	tf_has("Saved to Ann's history.");
	tf_has("nothing to compare with yet");
	/* Back and forward with the same answers: nothing new. */
	app_back(A);
	app_goto(A, SCR_RESULTS);
	ck_assert_uint_eq(sessions_of(id), 1);
	/* A changed answer: a new screening, and the message says why. */
	screen_with(13, 20);
	ck_assert_uint_eq(sessions_of(id), 2);
	ck_assert_ptr_nonnull(strstr(A->message, "saved again"));
	ck_assert_ptr_nonnull(strstr(A->message, "never rewritten"));
}
END_TEST

START_TEST(test_compared_with_last_time)
{
	ann_with_two();
	tf_has("Compared with last time (3 Oct 2026)");
	tf_has("Standing on one leg, eyes open");
	ck_assert_ptr_nonnull(row_with("left", "12 s → 21.5 s (+9.5 s)"));
	ck_assert_ptr_nonnull(row_with("right", "20 s → 22 s (+2 s)"));
	/* Plain ASCII says the same, and so does the smallest window. */
	tf_size(80, 24, 0);
	tf_draw();
	ck_assert_ptr_nonnull(row_with("left", "12 s -> 21.5 s (+9.5 s)"));
	ck_assert_ptr_nonnull(row_with("right", "20 s -> 22 s (+2 s)"));
	/* c: every measure side by side. */
	tf_size(100, 30, 1);
	key('c');
	ck_assert_int_eq(A->screen, SCR_HISTORY);
	ck_assert_int_eq(A->history_scr.view, HV_COMPARE);
	tf_has("3 Oct 2026");
	ck_assert_ptr_nonnull(row_with("left", "+9.5 s"));
	tf_has("day-to-day variation");
	/* Esc: the list; Esc: the results again. */
	key(TK_ESC);
	ck_assert_int_eq(A->history_scr.view, HV_LIST);
	key(TK_ESC);
	ck_assert_int_eq(A->screen, SCR_RESULTS);
}
END_TEST

START_TEST(test_history_views)
{
	const char	*r;

	ann_with_two();
	key('h');
	ck_assert_int_eq(A->screen, SCR_HISTORY);
	tf_has("Ann (born 1980)");
	tf_has("2 screenings saved");
	ck_assert_int_eq(A->history_scr.n, 2);
	/* Newest first; the older one is 3 Oct. */
	ck_assert_ptr_nonnull(row_with("3 Oct 2026 10:00", "home"));
	ck_assert_ptr_nonnull(row_with("No warning signs found", "left 12 s, "
	    "right 20 s"));
	/* The trend: two points, rising on the left. */
	key('t');
	ck_assert_int_eq(A->history_scr.view, HV_TREND);
	tf_has("Standing on one leg, eyes open");
	r = row_with("left", "12 → 21.5 s (2 times)");
	ck_assert_ptr_nonnull(r);
	ck_assert_ptr_nonnull(strstr(r, "▁█"));
	r = row_with("right", "20 → 22 s");
	ck_assert_ptr_nonnull(r);
	ck_assert_ptr_nonnull(strstr(r, "▁█"));
	key(TK_ESC);
	/* Mark both, compare: older first. */
	key(' ');
	key(TK_DOWN);
	key(' ');
	tf_has("Marked:");
	key('c');
	ck_assert_int_eq(A->history_scr.view, HV_COMPARE);
	ck_assert_int_lt(A->history_scr.cmp.before_id,
	    A->history_scr.cmp.now_id);
	ck_assert_ptr_nonnull(row_with("right", "+2 s"));
	key(TK_ESC);
	/* Enter: one screening, beside the one before it. */
	key(TK_HOME);
	key(TK_ENTER);
	ck_assert_int_eq(A->history_scr.view, HV_SESSION);
	tf_has("Beside the screening before it, of 3 Oct 2026");
	ck_assert_ptr_nonnull(row_with("left", "21.5 s"));
	/* The oldest has nothing before it. */
	key(TK_ESC);
	key(TK_END);
	key(TK_ENTER);
	tf_has("The first screening saved");
}
END_TEST

START_TEST(test_notes)
{
	struct store_session	x;
	struct store_error	err;
	int64_t			sid;

	ann_with_two();
	sid = A->session_id;
	key('h');
	key('e');
	ck_assert_int_eq(A->history_scr.view, HV_NOTES);
	tf_has("Enter saves them");
	type("felt wobbly? q");
	/* Backspace edits, it does not leave. */
	key(TK_BACKSPACE);
	key(TK_BACKSPACE);
	ck_assert_int_eq(A->screen, SCR_HISTORY);
	ck_assert_int_eq(A->overlay, OVERLAY_NONE);
	key(TK_ENTER);
	ck_assert_int_eq(A->history_scr.view, HV_LIST);
	ck_assert_int_eq(store_session_get(S, sid, &x, &err), STORE_OK);
	ck_assert_str_eq(x.notes, "felt wobbly?");
	store_session_clear(&x);
	ck_assert_ptr_nonnull(row_with("▸ [ ]", "home    yes"));
	/* Esc leaves the notes as they were. */
	key('e');
	type(" more");
	key(TK_ESC);
	ck_assert_int_eq(store_session_get(S, sid, &x, &err), STORE_OK);
	ck_assert_str_eq(x.notes, "felt wobbly?");
	store_session_clear(&x);
}
END_TEST

START_TEST(test_delete)
{
	struct store_counts	c;
	struct store_error	err;
	char			want[256];
	int64_t			id = ann_with_two();

	ck_assert_int_eq(store_profile_counts(S, id, &c, &err), STORE_OK);
	key('h');
	key('D');
	ck_assert_int_eq(A->history_scr.view, HV_DELETE);
	snprintf(want, sizeof want, "Delete Ann (born 1980): 2 sessions, %ld "
	    "results, 0 recordings. This cannot be undone. Type the name to "
	    "confirm:", c.results);
	{
		/* The sentence may wrap: compare it with the rows joined. */
		char	all[4096] = "";

		for (int y = 0; y < G.h; y++) {
			strncat(all, tf_row(y), sizeof all - strlen(all) - 2);
			strcat(all, " ");
		}
		if (strstr(all, want) == NULL) {
			char	*p, *q;

			/* Rows end where a word wrapped: one space apart. */
			for (p = q = all; *p != '\0'; p++)
				if (!(*p == ' ' && q > all && q[-1] == ' '))
					*q++ = *p;
			*q = '\0';
			if (strstr(all, want) == NULL) {
				tf_dump();
				ck_abort_msg("no '%s'", want);
			}
		}
	}
	/* A wrong name deletes nothing. */
	type("Bob");
	key(TK_ENTER);
	ck_assert_uint_eq(profiles_count(), 1);
	ck_assert_uint_eq(sessions_of(id), 2);
	ck_assert_ptr_nonnull(strstr(A->message, "nothing was deleted"));
	/* The name, in any case: everything goes. */
	key('D');
	type("ann");
	key(TK_ENTER);
	ck_assert_uint_eq(profiles_count(), 0);
	ck_assert_uint_eq(sessions_of(id), 0);
	ck_assert_int_eq(A->profile_id, 0);
	ck_assert_int_eq(A->screen, SCR_PROFILES);
	ck_assert_ptr_nonnull(strstr(A->message, "Ann and everything kept"));
}
END_TEST

START_TEST(test_export_and_report)
{
	char		 path[PATH_MAX + 64], today[STORE_TIME_MAX], *msg;
	json_t		*doc;
	json_error_t	 jerr;
	FILE		*f;
	char		 buf[8192];
	size_t		 n;

	ann_with_two();
	key('h');
	key('x');
	store_now(today);
	snprintf(path, sizeof path, "%s/footscreen-Ann-%.10s.json", tmpdir,
	    today);
	ck_assert_msg(access(path, R_OK) == 0, "no %s (%s)", path,
	    A->message);
	ck_assert_ptr_nonnull(msg = strstr(A->message, path));
	doc = json_load_file(path, 0, &jerr);
	ck_assert_msg(doc != NULL, "%s: %s", path, jerr.text);
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(
	    doc, "profile"), "name")), "Ann");
	ck_assert_uint_eq(json_array_size(json_object_get(doc, "sessions")),
	    2);
	json_decref(doc);
	/* A second export does not write over the first. */
	key('x');
	snprintf(path, sizeof path, "%s/footscreen-Ann-%.10s-2.json", tmpdir,
	    today);
	ck_assert_msg(access(path, R_OK) == 0, "no %s (%s)", path,
	    A->message);
	/* The report of the older screening, named by its date. */
	key(TK_END);
	key('r');
	snprintf(path, sizeof path, "%s/footscreen-Ann-2026-10-03.html",
	    tmpdir);
	ck_assert_msg(access(path, R_OK) == 0, "no %s (%s)", path,
	    A->message);
	ck_assert_ptr_nonnull(strstr(A->message, path));
	ck_assert_ptr_nonnull(f = fopen(path, "r"));
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	ck_assert_ptr_nonnull(strstr(buf, "<html"));
	ck_assert_ptr_nonnull(strstr(buf, "Ann"));
}
END_TEST

START_TEST(test_save_refused)
{
	struct store		*ro;
	struct store_error	 err;
	int64_t			 id = add_profile("Ann", 1980);

	/* The same file, opened for reading only: every save fails. */
	ck_assert_int_eq(store_open(dbpath, STORE_READONLY, &ro, &err),
	    STORE_OK);
	A->store = ro;
	profiles_start(A);
	ck_assert_int_eq(A->profile_id, id);
	screen_with(12, 20);
	ck_assert_int_eq(A->have_result, 1);
	ck_assert_int_eq(A->session_id, 0);
	ck_assert_int_eq(A->message_alert, 1);
	ck_assert_ptr_nonnull(strstr(A->message, "Not saved: "));
	tf_has("! Not saved: ");
	/* The results still work. */
	key('2');
	ck_assert_int_eq(A->results.section, RS_FEET);
	A->store = S;
	store_close(ro);
	ck_assert_uint_eq(sessions_of(id), 0);
}
END_TEST

START_TEST(test_store_failed)
{
	A->store = NULL;
	snprintf(A->store_error, sizeof A->store_error, "%s/x.db: not a "
	    "footscreen database; it is left as it is", tmpdir);
	profiles_start(A);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	tf_draw();
	tf_has("Not saving this time");
	key('p');
	ck_assert_int_eq(A->screen, SCR_PROFILES);
	tf_has("The history could not be opened");
	tf_has("not a footscreen database");
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	screen_with(12, 20);
	ck_assert_int_eq(A->have_result, 1);
	tf_has("Not saved: the history could not be opened");
	/* h has nowhere to go; the screen stays. */
	key('h');
	ck_assert_int_eq(A->screen, SCR_RESULTS);
}
END_TEST

/* ---- trainer ---- */

START_TEST(test_trainer)
{
	int64_t	ann, anna;

	A->mode = STORE_MODE_TRAINER;
	ann = add_profile("Ann", 1980);
	add_profile("Bob", 1975);
	anna = add_profile("Anna", 2001);
	add_profile("Carl", 0);
	profiles_start(A);
	ck_assert_int_eq(A->screen, SCR_PROFILES);
	tf_draw();
	tf_has("Clients");
	tf_has("Carl");
	/* Typing filters. */
	type("an");
	ck_assert_int_eq(A->profiles.n, 2);
	tf_has("Anna");
	tf_hasnt("Bob");
	tf_hasnt("Carl");
	/* Enter leaves the search; Down to Anna; s screens her. */
	key(TK_ENTER);
	key(TK_DOWN);
	ck_assert_str_eq(A->profiles.row[A->profiles.menu.sel].name, "Anna");
	key('s');
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_int_eq(A->profile_id, anna);
	tf_has("Client: Anna");
	screen_with(15, 18);
	ck_assert_uint_eq(sessions_of(anna), 1);
	ck_assert_uint_eq(sessions_of(ann), 0);
	/* Back to her history, the new screening on top and selected. */
	key('h');
	ck_assert_int_eq(A->screen, SCR_HISTORY);
	ck_assert_int_eq(A->history_scr.menu.sel, 0);
	ck_assert_int_eq(A->history_scr.s[0].id, A->session_id);
	tf_has("Anna (born 2001)");
	/* Esc: the client list, whose search works after the new screening. */
	key(TK_ESC);
	ck_assert_int_eq(A->screen, SCR_PROFILES);
	type("bo");
	ck_assert_int_eq(A->profiles.n, 1);
	tf_has("Bob");
	tf_hasnt("Anna");
	key(TK_ESC);
	ck_assert_int_eq(A->profiles.n, 4);
	/* n: a new client, Esc back to the list. */
	key('n');
	ck_assert_int_eq(A->profiles.view, PV_NEW);
	tf_has("A new client");
	type("Dora");
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_HISTORY);
	ck_assert_str_eq(A->profile_name, "Dora");
	tf_has("No screening is saved yet");
}
END_TEST

/* ---- kiosk ---- */

START_TEST(test_kiosk)
{
	A->mode = STORE_MODE_KIOSK;
	A->store = NULL;
	profiles_start(A);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	tf_draw();
	tf_hasnt("quit");
	tf_hasnt("q quits");
	key('q');
	key(TK_F(10));
	ck_assert_int_eq(A->quit, 0);
	ck_assert_int_eq(A->overlay, OVERLAY_NONE);
	key('?');
	tf_hasnt("quit");
	key(TK_ESC);
	/* An untouched welcome screen is left alone. */
	A->now += 1000;
	app_tick(A);
	ck_assert_int_eq(A->kiosk_countdown, 0);
	key(TK_ENTER);
	ck_assert_int_eq(A->screen, SCR_ABOUT);
	A->answers.age_years = 50;
	app_touch(A);
	/* Quiet for 90 s: nothing yet, and a wake-up is asked for. */
	A->now += 90;
	app_tick(A);
	ck_assert_int_eq(A->kiosk_countdown, 0);
	ck_assert(isfinite(A->wake_at));
	/* 101 s: the countdown shows. */
	A->now += 11;
	app_tick(A);
	ck_assert_int_eq(A->kiosk_countdown, 1);
	tf_draw();
	tf_has("starts again for the next person in 19 s");
	/* A key: the countdown goes, and the key does nothing else. */
	key(TK_DOWN);
	ck_assert_int_eq(A->kiosk_countdown, 0);
	ck_assert_int_eq(A->screen, SCR_ABOUT);
	ck_assert_int_eq(A->answers.age_years, 50);
	tf_hasnt("starts again");
	/* 120 s after that key: everything is gone. */
	A->now += 110;
	app_tick(A);
	ck_assert_int_eq(A->kiosk_countdown, 1);
	A->now += 10;
	app_tick(A);
	ck_assert_int_eq(A->screen, SCR_WELCOME);
	ck_assert_int_eq(A->answers.age_years, 0);
	ck_assert_int_eq(A->nhistory, 0);
	ck_assert_int_eq(A->touched, 0);
	ck_assert_int_eq(A->mode, STORE_MODE_KIOSK);
	/* Nothing kept: results in a kiosk save nothing. */
	screen_with(12, 20);
	ck_assert_int_eq(A->session_id, 0);
}
END_TEST

/* ---- every new screen at 80 x 24 ---- */

static void
both_modes(const char *what, const char *needle)
{
	tf_size(80, 24, 1);
	tf_draw();
	if (needle != NULL)
		tf_has(needle);
	tf_size(80, 24, 0);
	tf_draw();
	ascii_only(what);
	if (needle != NULL && strchr(needle, '\xe2') == NULL)
		tf_has(needle);
	tf_size(80, 24, 1);
}

START_TEST(test_screens_fit)
{
	ann_with_two();
	both_modes("results with last time", "Compared with last time");
	key('h');
	both_modes("history list", "2 screenings saved");
	key('t');
	both_modes("trend", "Every measure over time");
	key(TK_ESC);
	key(TK_ENTER);
	both_modes("session", "The screening of");
	key(TK_ESC);
	key('c');
	both_modes("compare", "Two screenings side by side");
	key(TK_ESC);
	key('e');
	type("ok");
	both_modes("notes", "Notes on the screening");
	key(TK_ESC);
	key('D');
	both_modes("delete", "Type the name to confirm");
	key(TK_ESC);
	key(TK_ESC);
	key(TK_ESC);
	app_reset(A);
	app_goto(A, SCR_PROFILES);
	both_modes("people", "Who is this screening for?");
	key('n');
	both_modes("new person", "A new person");
	A->store = NULL;
	snprintf(A->store_error, sizeof A->store_error, "no such folder");
	app_replace(A, SCR_PROFILES);
	both_modes("no store", "The history could not be opened");
	A->store = S;
}
END_TEST

static Suite *
history_suite(void)
{
	Suite	*s = suite_create("tui_history");
	TCase	*tc = tcase_create("history");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_spark_utf8);
	tcase_add_test(tc, test_spark_ascii);
	tcase_add_test(tc, test_home_first_run);
	tcase_add_test(tc, test_home_without_saving);
	tcase_add_test(tc, test_home_one_or_a_few);
	tcase_add_test(tc, test_saved_once_then_again);
	tcase_add_test(tc, test_compared_with_last_time);
	tcase_add_test(tc, test_history_views);
	tcase_add_test(tc, test_notes);
	tcase_add_test(tc, test_delete);
	tcase_add_test(tc, test_export_and_report);
	tcase_add_test(tc, test_save_refused);
	tcase_add_test(tc, test_store_failed);
	tcase_add_test(tc, test_trainer);
	tcase_add_test(tc, test_kiosk);
	tcase_add_test(tc, test_screens_fit);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run(history_suite());
}
