/*
 * form.c: the small form of the "about you" screen and the symptoms
 * screen's detail page; see form.h.
 */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "tui/app.h"
#include "tui/form.h"

/* Click targets: field i is TK_ITEM(i * FORM_ITEMS), its option o is
 * TK_ITEM(i * FORM_ITEMS + 1 + o). */
#define FORM_ITEMS	16

const char *
form_yes_no(int i)
{
	return i == 0 ? "yes" : "no";
}

void
form_init(struct form *f, const struct form_field *fields, int n)
{
	memset(f, 0, sizeof *f);
	f->fields = fields;
	f->n = n < FORM_MAX ? n : FORM_MAX;
	for (int i = 0; i < f->n; i++) {
		numfield_init(&f->num[i], fields[i].decimals, 0);
		f->value[i] = fields[i].kind == FORM_CHOICE ? -1 : 0;
	}
}

int
form_number(const struct form *f, int i, double *v)
{
	const struct form_field	*fd = &f->fields[i];
	int			 r = numfield_value(&f->num[i], v);

	if (r == 0 && (*v < fd->min || *v > fd->max))
		return -1;
	return r;
}

int
form_check(struct form *f, int i)
{
	const struct form_field	*fd = &f->fields[i];
	double			 v;
	int			 r;

	if (fd->kind != FORM_NUMBER)
		return 0;
	r = numfield_value(&f->num[i], &v);
	if (r == 1)
		return 0;
	if (r < 0)
		snprintf(f->error, sizeof f->error, "%s: '%s' is not a number; "
		    "type %s from %g to %g.", fd->name, f->num[i].buf,
		    fd->decimals ? "a number" : "a whole number", fd->min,
		    fd->max);
	else if (v < fd->min || v > fd->max)
		snprintf(f->error, sizeof f->error, "%s: %s is outside the "
		    "range allowed, %g to %g %s.", fd->name, f->num[i].buf,
		    fd->min, fd->max, fd->unit != NULL ? fd->unit : "");
	else
		return 0;
	return -1;
}

/* Move the focus by d, not away from a number that is not allowed. */
static int
form_move(struct form *f, int d)
{
	int	to = f->focus + d;

	if (form_check(f, f->focus) != 0)
		return FORM_INVALID;
	if (to >= 0 && to < f->n)
		f->focus = to;
	return FORM_MOVED;
}

/* The option of field i whose first letter is key, or -1. */
static int
form_letter(const struct form_field *fd, int key)
{
	const char	*w;

	if (key > 0x7f || !isalpha(key))
		return -1;
	for (int o = 0; o < fd->nwords; o++) {
		w = fd->word(o);
		if (tolower((unsigned char)w[0]) == tolower(key))
			return o;
	}
	return -1;
}

/* A click: focus the row, pick the option or tick the box. */
static int
form_click(struct form *f, int k)
{
	int			 i = k / FORM_ITEMS, o = k % FORM_ITEMS - 1;
	const struct form_field	*fd;

	if (i >= f->n)
		return FORM_IGNORED;
	if (i != f->focus && form_check(f, f->focus) != 0)
		return FORM_INVALID;
	f->focus = i;
	fd = &f->fields[i];
	if (fd->kind == FORM_CHECK) {
		f->value[i] = !f->value[i];
		return FORM_CHANGED;
	}
	if (fd->kind == FORM_CHOICE && o >= 0 && o < fd->nwords) {
		f->value[i] = o;
		return FORM_CHANGED;
	}
	return FORM_MOVED;
}

int
form_key(struct form *f, int key)
{
	const struct form_field	*fd;
	int			 i = f->focus, *v, o;

	if (f->n <= 0)
		return FORM_IGNORED;
	if (TK_IS_ITEM(key))
		return form_click(f, TK_ITEM_INDEX(key));
	switch (key) {
	case TK_TAB:
	case TK_DOWN:
		return form_move(f, 1);
	case TK_BTAB:
	case TK_UP:
		return form_move(f, -1);
	}
	fd = &f->fields[i];
	v = &f->value[i];
	switch (fd->kind) {
	case FORM_NUMBER:
		if (numfield_key(&f->num[i], key))
			return FORM_CHANGED;
		/* An empty box: Backspace is used up, not "go back". */
		return key == TK_BACKSPACE ? FORM_MOVED : FORM_IGNORED;
	case FORM_CHOICE:
		if (key == TK_LEFT) {
			*v = *v <= 0 ? fd->nwords - 1 : *v - 1;
			return FORM_CHANGED;
		}
		if (key == TK_RIGHT || key == ' ') {
			*v = (*v + 1) % fd->nwords;
			return FORM_CHANGED;
		}
		if ((o = form_letter(fd, key)) < 0)
			return FORM_IGNORED;
		*v = o;
		form_move(f, 1);
		return FORM_CHANGED;
	case FORM_CHECK:
		if (key == ' ' || key == 'x' || key == 'X')
			*v = !*v;
		else if (key == 'y' || key == 'Y')
			*v = 1;
		else if (key == 'n' || key == 'N')
			*v = 0;
		else
			return FORM_IGNORED;
		return FORM_CHANGED;
	}
	return FORM_IGNORED;
}

/* The options of a choice on row y from x; returns the columns used. */
static int
form_draw_choice(const struct form *f, int i, struct grid *g, int x, int y,
    int w)
{
	const struct form_field	*fd = &f->fields[i];
	char			 buf[96];
	int			 used = 0, n, on, attr;

	for (int o = 0; o < fd->nwords && used < w; o++) {
		on = f->value[i] == o;
		snprintf(buf, sizeof buf, "%s %s", on ? grid_sym(g, "(•)",
		    "(*)") : "( )", fd->word(o));
		attr = on ? GA_BOLD : 0;
		if (on && f->focus == i)
			attr |= GA_REVERSE;
		n = grid_text(g, x + used, y, w - used, buf, attr, GC_DEFAULT);
		grid_hit(g, x + used, y, n, TK_ITEM(i * FORM_ITEMS + 1 + o));
		used += n + 2;
	}
	return used;
}

int
form_draw(const struct form *f, struct grid *g, struct rect r, int label_w,
    int gap)
{
	int	y = r.y, vx = r.x + label_w, vw = r.w - label_w;

	for (int i = 0; i < f->n && y < r.y + r.h; i++, y += 1 + gap) {
		const struct form_field	*fd = &f->fields[i];
		int			 focused = i == f->focus;
		char			 buf[96];

		grid_hit(g, r.x, y, r.w, TK_ITEM(i * FORM_ITEMS));
		grid_text(g, r.x, y, 2, focused ? grid_sym(g, "▸", ">") : " ",
		    GA_BOLD, GC_INFO);
		grid_text(g, r.x + 2, y, label_w - 3, fd->label,
		    focused ? GA_BOLD : 0, GC_DEFAULT);
		switch (fd->kind) {
		case FORM_NUMBER:
			numfield_draw(&f->num[i], g, vx, y, fd->width, focused);
			if (fd->unit != NULL)
				grid_text(g, vx + fd->width + 1, y,
				    vw - fd->width - 1, fd->unit, 0,
				    GC_DEFAULT);
			break;
		case FORM_CHOICE:
			form_draw_choice(f, i, g, vx, y, vw);
			break;
		case FORM_CHECK:
			snprintf(buf, sizeof buf, "[%s] %s",
			    f->value[i] ? "x" : " ", fd->word(fd->arg));
			grid_text(g, vx, y, vw, buf, focused ? GA_REVERSE : 0,
			    GC_DEFAULT);
			break;
		}
	}
	y += 1 - gap;
	if (f->n > 0 && f->fields[f->focus].about != NULL && y < r.y + r.h)
		y += grid_wrap(g, r.x + 2, y, r.w - 2, r.y + r.h - y, 0,
		    f->fields[f->focus].about, 0, GC_MUTED);
	return y - r.y;
}

int
form_yes_no_choice(enum answer a)
{
	return a == ANSWER_YES ? 0 : a == ANSWER_NO ? 1 : -1;
}

enum answer
form_yes_no_answer(int choice)
{
	return choice == 0 ? ANSWER_YES : choice == 1 ? ANSWER_NO :
	    ANSWER_UNKNOWN;
}

int
form_key_saving(struct app *app, struct form *f, int key,
    void (*save)(struct app *))
{
	switch (form_key(f, key)) {
	case FORM_INVALID:
		app_message(app, 1, "%s", f->error);
		return 1;
	case FORM_CHANGED:
		save(app);
		app->message[0] = '\0';
		return 1;
	case FORM_MOVED:
		return 1;
	}
	return 0;
}
