/*
 * scr_person.c: placeholder until the screen is written.
 */
#include <config.h>

#include "tui/app.h"

static void
person_draw(const struct app *app, struct grid *g, struct rect body)
{
	(void)app;
	grid_text(g, body.x, body.y, body.w, "person", 0, GC_DEFAULT);
}

const struct screen_ops screen_person = {
	.title = "person",
	.draw = person_draw,
};
