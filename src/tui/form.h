/*
 * form.h: the small form of the "about you" screen and the symptoms
 * screen's detail page: rows of a typed number, a choice of a few words,
 * or a checkbox, one per line, with the label in a column on the left.
 */
#ifndef FOOTSCREEN_TUI_FORM_H
#define FOOTSCREEN_TUI_FORM_H

#include <stddef.h>

#include "core/screening.h"
#include "tui/grid.h"
#include "tui/widget.h"

struct app;

enum form_kind { FORM_NUMBER, FORM_CHOICE, FORM_CHECK };

struct form_field {
	enum form_kind	 kind;
	const char	*label;		/* left column; "" for none */
	const char	*name;		/* in messages: "Age" */
	/* FORM_CHOICE: option i (0..nwords-1); FORM_CHECK: word(arg) */
	const char	*(*word)(int);
	int		 nwords;
	int		 arg;
	/* FORM_NUMBER: the unit after it, the range allowed, decimals */
	const char	*unit;
	double		 min, max;
	int		 decimals;
	int		 width;		/* columns of the number box */
	/* a sentence under the form while the field has the focus */
	const char	*about;
};

#define FORM_MAX	16

struct form {
	const struct form_field	*fields;
	int			 n;
	int			 focus;
	struct numfield		 num[FORM_MAX];	/* FORM_NUMBER */
	/* FORM_CHOICE: the option chosen, -1 none; FORM_CHECK: 0 or 1 */
	int			 value[FORM_MAX];
	char			 error[160];	/* why FORM_INVALID */
};

/* What form_key did. */
#define FORM_IGNORED	0
#define FORM_MOVED	1	/* the focus moved, or a key was used up */
#define FORM_CHANGED	2	/* a value changed */
#define FORM_INVALID	3	/* the number typed is not allowed: error */

void	form_init(struct form *, const struct form_field *, int n);
/*
 * Tab, Shift-Tab, Up and Down move the focus (not away from a number out
 * of range); Left, Right, Space and an option's first letter choose
 * (y and n for yes and no); Space ticks a checkbox; digits and Backspace
 * type a number; a click focuses a row or picks an option.  Choosing by
 * letter moves on to the next row.  Enter is left to the screen.
 */
int	form_key(struct form *, int key);
/* 0 when field i holds an allowed value or nothing, else -1 with error. */
int	form_check(struct form *, int i);
/* Field i's number: 0 with *v, 1 when empty, -1 when not allowed. */
int	form_number(const struct form *, int i, double *v);
/*
 * The rows at r, one a field with gap blank lines between, labels
 * label_w wide, and the focused field's sentence below them; returns the
 * rows used.
 */
int	form_draw(const struct form *, struct grid *, struct rect r,
	    int label_w, int gap);
/* "yes" and "no", for yes/no choices (word(0) is yes). */
const char *form_yes_no(int);
/* A yes/no answer as the choice of form_yes_no (-1 none), and back. */
int	form_yes_no_choice(enum answer);
enum answer	form_yes_no_answer(int choice);
/*
 * form_key() on a screen: a value refused is said on the message line, a
 * change is kept with save(app) (the message cleared).  Returns 1 when
 * the key was used.
 */
int	form_key_saving(struct app *, struct form *, int key,
	    void (*save)(struct app *));

#endif
