/*
 * live.c: the board's newest samples as the screens show them (live.h).
 */
#include <config.h>

#include <math.h>
#include <string.h>

#include "core/asymmetry.h"
#include "tui/live.h"

/*
 * The sample rate is counted over windows of at least this long, so that
 * a generic board, whose samples share the arrival time of their read,
 * still gives a steady figure.  Design rule.
 */
#define LIVE_FS_WINDOW_S	1.0
/* A first figure after this long, before the first full window. */
#define LIVE_FS_FIRST_S		0.25
#define LIVE_FS_FIRST_N		5
/* A longer pause is a break in the stream (a reconnection), not a rate. */
#define LIVE_FS_GAP_S		1.0

static void
live_clear_newest(struct live *l)
{
	l->right_pct = NAN;
	l->foot_right_pct = NAN;
	l->cop_ml_mm = NAN;
	l->cop_ap_mm = NAN;
}

void
live_init(struct live *l, const struct board_geometry *g)
{
	memset(l, 0, sizeof *l);
	live_clear_newest(l);
	l->t_last = NAN;
	l->record_until = INFINITY;
	live_set_geometry(l, g);
}

void
live_set_geometry(struct live *l, const struct board_geometry *g)
{
	if (g == NULL || !(g->width_mm > 0.0) || !(g->length_mm > 0.0) ||
	    !isfinite(g->width_mm) || !isfinite(g->length_mm)) {
		memset(&l->geometry, 0, sizeof l->geometry);
		l->foot_spacing_mm = LIVE_FOOT_SPACING_MM;
		return;
	}
	l->geometry = *g;
	l->foot_spacing_mm = fmin(LIVE_FOOT_SPACING_MM, g->width_mm / 2.0);
}

/* The sample rate from the spacing of the samples' times. */
static void
live_rate(struct live *l, size_t i, double t)
{
	double	span;
	size_t	count;

	if (i == 0 || !(t >= l->t_last) || t - l->t_last > LIVE_FS_GAP_S) {
		l->fs_n0 = i;
		l->fs_t0 = t;
		return;
	}
	span = t - l->fs_t0;
	count = i - l->fs_n0;
	if (span >= LIVE_FS_WINDOW_S) {
		l->fs = (double)count / span;
		l->fs_n0 = i;
		l->fs_t0 = t;
	} else if (l->fs == 0.0 && span >= LIVE_FS_FIRST_S &&
	    count >= LIVE_FS_FIRST_N)
		l->fs = (double)count / span;
}

/* One sample into the newest values, the rings and the trial. */
static void
live_one(struct live *l, const struct board_reading *rd)
{
	struct live_sample	*h = &l->hist[l->n % LIVE_HISTORY];
	struct cop_sample	 cop;
	double			 t, total = 0.0;
	int			 c;

	t = rd->has_device_time ? rd->t_device : rd->t_host;
	live_rate(l, l->n, t);
	for (c = 0; c < CELL_COUNT; c++) {
		l->load[c] = rd->load[c];
		total += rd->load[c];
	}
	l->total_kg = total;
	l->t_last = t;
	l->n++;
	live_clear_newest(l);
	h->t = t;
	h->total_kg = total;
	h->cop_ml_mm = h->cop_ap_mm = NAN;
	memcpy(h->raw, rd->raw, sizeof h->raw);

	if (!(total >= LIVE_EMPTY_KG) || l->geometry.width_mm <= 0.0 ||
	    cop_from_cells(&l->geometry, rd->load, &cop) != CORE_OK)
		return;
	l->cop_ml_mm = h->cop_ml_mm = cop.ml_mm;
	l->cop_ap_mm = h->cop_ap_mm = cop.ap_mm;
	l->right_pct = 100.0 * (rd->load[CELL_TR] + rd->load[CELL_BR]) / total;
	l->foot_right_pct = live_foot_right_pct(l, cop.ml_mm);
	l->trail_ml[l->trail_head] = cop.ml_mm;
	l->trail_ap[l->trail_head] = cop.ap_mm;
	l->trail_head = (l->trail_head + 1) % LIVE_TRAIL;
	if (l->trail_n < LIVE_TRAIL)
		l->trail_n++;
	if (!l->recording)
		return;
	if (t > l->record_until) {
		l->recording = 0;
		return;
	}
	(void)sway_stream_push_cells(&l->trial, &l->geometry, rd->load);
}

void
live_push(struct live *l, const struct board_reading *rd, size_t n)
{
	for (size_t i = 0; i < n; i++)
		live_one(l, &rd[i]);
}

int
live_trial_start(struct live *l, double fs)
{
	if (sway_stream_init(&l->trial, fs) != CORE_OK) {
		l->recording = 0;
		return -1;
	}
	l->recording = 1;
	l->record_until = INFINITY;
	return 0;
}

void
live_trial_stop(struct live *l)
{
	l->recording = 0;
}

size_t
live_oldest(const struct live *l)
{
	return l->n > LIVE_HISTORY ? l->n - LIVE_HISTORY : 0;
}

void
live_catch_up(const struct live *l, size_t *seen)
{
	if (*seen > l->n)
		*seen = 0;		/* live started again */
	if (*seen < live_oldest(l))
		*seen = live_oldest(l);
}

const struct live_sample *
live_sample_at(const struct live *l, size_t i)
{
	if (i >= l->n || i < live_oldest(l))
		return NULL;
	return &l->hist[i % LIVE_HISTORY];
}

double
live_foot_right_pct(const struct live *l, double cop_ml_mm)
{
	struct board_weight_bearing	wb;

	if (board_weight_bearing(cop_ml_mm, l->foot_spacing_mm, &wb) !=
	    CORE_OK)
		return NAN;
	return wb.right_pct;
}
