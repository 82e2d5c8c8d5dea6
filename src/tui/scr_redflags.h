/*
 * scr_redflags.h: the warning-sign questions (scr_redflags.c), asked
 * before anything else (evidence sheet §0.1 rule 1), and the page of
 * yes/no questions it shares with the symptoms screen's inflammatory
 * back-pain page.
 */
#ifndef FOOTSCREEN_TUI_SCR_REDFLAGS_H
#define FOOTSCREEN_TUI_SCR_REDFLAGS_H

#include "core/screening.h"
#include "tui/grid.h"
#include "tui/widget.h"

struct app;

/*
 * A page of red-flag statements, each answered yes or no in
 * app->answers.redflag[].  Keys: Up/Down (and a click) select, y yes, n
 * no, Space toggles; an answer moves on to the next statement.
 */
struct flagpage {
	const enum redflag	*flags;
	int			 n;
	struct menu		 m;
};

void	flagpage_init(struct flagpage *, const enum redflag *, int n);
/* Returns 1 when the key was used. */
int	flagpage_key(struct app *, struct flagpage *, int key);
/* "None of the others": every statement not answered becomes no. */
void	flagpage_rest_no(struct app *, const struct flagpage *);
int	flagpage_any_yes(const struct app *, const struct flagpage *);
int	flagpage_unanswered(const struct app *, const struct flagpage *);
/* The statements with their answers in words, wrapped, in r. */
void	flagpage_draw(const struct app *, const struct flagpage *,
	    struct grid *, struct rect r);

struct scr_redflags {
	int		page;
	struct flagpage	fp;
};

#endif
