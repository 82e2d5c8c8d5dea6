/*
 * scr_plan.c: placeholder until the screen is written.
 */
#include <config.h>

#include "tui/app.h"

static void
plan_draw(const struct app *app, struct grid *g, struct rect body)
{
	(void)app;
	grid_text(g, body.x, body.y, body.w, "plan", 0, GC_DEFAULT);
}

const struct screen_ops screen_plan = {
	.title = "plan",
	.draw = plan_draw,
};
