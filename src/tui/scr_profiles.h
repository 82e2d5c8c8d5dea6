/*
 * scr_profiles.h: the people in the history (issue 6 items 2 and 3): at
 * home, the one to two or three people screened on this computer; for a
 * trainer, the client list with a search.  A new person is a short form
 * (display name, year of birth, optional sex), or the screening goes on
 * without saving.  When the history could not be opened, this screen
 * says why, and the screening still runs.
 *
 * Also the modes as a whole (home, trainer, kiosk): which screen comes
 * first, and a kiosk's reset after a time without a key.
 */
#ifndef FOOTSCREEN_TUI_SCR_PROFILES_H
#define FOOTSCREEN_TUI_SCR_PROFILES_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"
#include "tui/scr_history.h"
#include "tui/scr_person.h"
#include "tui/widget.h"

struct app;

/* Design rule: a search narrows a longer list. */
#define PROFILES_MAX	200

/*
 * A kiosk starts again after this long without a key (design rule: long
 * enough to read the plan, short enough that the next person does not
 * find the last one's answers), counting down on the message line for
 * the last KIOSK_COUNTDOWN_S.
 */
#define KIOSK_IDLE_S		120.0
#define KIOSK_COUNTDOWN_S	20.0

struct profile_row {
	int64_t	id;
	char	name[STORE_NAME_MAX + 1];
	int	born;				/* 0: not given */
	long	nsessions;
	char	last_taken[STORE_TIME_MAX];	/* "" none */
};

enum profiles_view {
	PV_LIST,	/* the people, with the search */
	PV_NEW		/* the new-person form */
};

struct scr_profiles {
	enum profiles_view	view;
	int			first_run;	/* nobody yet: Esc goes on
						 * without saving */
	int			searching;	/* the search has the focus */
	struct textfield	search;
	struct profile_row	row[PROFILES_MAX];
	int			n;
	int			more;		/* more matched than shown */
	struct menu		menu;
	/* the new-person form: the name, then year of birth and sex */
	struct textfield	name;
	struct form		form;
	int			on_name;	/* the name has the focus */
};

/*
 * The first screen of the mode, after app_init() with app->mode and
 * app->store set: a kiosk and a home with one person start on the
 * welcome screen (that person chosen), a home with nobody yet or with a
 * few people and a trainer on this screen.
 */
void	profiles_start(struct app *);
/*
 * Why there is no history, in a few words for a sentence ("the history
 * could not be opened", "the demo keeps no history"); NULL when there is
 * one, or nothing to say (a kiosk says so itself).
 */
const char	*profiles_off_words(const struct app *);
/* Screen profile id from now on; 0, or -1 with a message. */
int	profiles_use(struct app *, int64_t id);
/* The people (back to the list when it is on the way back). */
void	profiles_open(struct app *);
/* The age from the year of birth, when not answered yet (still asked). */
void	profiles_prefill_age(struct app *);
/*
 * The welcome screen's line about the person ("Screening for Ann — h:
 * history, p: another person") into buf with its colour; 0: no line.
 */
int	profiles_welcome_line(const struct app *, char *buf, size_t len,
	    int *color);
/* The welcome screen's h (history) and p (people); 1 when used. */
int	profiles_welcome_key(struct app *, int key);
int	profiles_welcome_shown(const struct app *, int key);
/*
 * Back to the screen (an enum screen_id) when it is on the way back (the
 * screens after it dropped), else forward to it.
 */
void	nav_return(struct app *, int screen);

/* A kiosk: a key cancels a countdown (returns 1: the key is used up). */
int	kiosk_key(struct app *, int key);
/* A kiosk: count down, reset after KIOSK_IDLE_S without a key. */
void	kiosk_tick(struct app *);

#endif
