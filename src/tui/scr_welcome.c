/*
 * scr_welcome.c: placeholder until the screen is written.
 */
#include <config.h>

#include "tui/app.h"

static void
welcome_draw(const struct app *app, struct grid *g, struct rect body)
{
	(void)app;
	grid_text(g, body.x, body.y, body.w, "welcome", 0, GC_DEFAULT);
}

const struct screen_ops screen_welcome = {
	.title = "welcome",
	.draw = welcome_draw,
};
