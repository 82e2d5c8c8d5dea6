/*
 * scr_board.h: the board status and information screen, and the pieces
 * of it the other board screens (calibrate, board test) draw too: the
 * board's status in words, the left/right load bar and the plot of the
 * board with the feet and the centre of pressure.
 */
#ifndef FOOTSCREEN_TUI_SCR_BOARD_H
#define FOOTSCREEN_TUI_SCR_BOARD_H

#include "board/board.h"
#include "board/sim_model.h"
#include "tui/grid.h"
#include "tui/live.h"

struct scr_board {
	int	unused;		/* the screen keeps no state of its own */
};

struct app;
struct app_board;

/* In the demo, the simulated person does this (app->io.demo_phase). */
void		 board_demo(struct app *, enum sim_phase);

/*
 * No sample for this long while a step or a trial runs means the board
 * has stopped sending: the trial is stopped and offered again.  Design
 * rule: a board sends 50 to 100 samples a second (§8.1), so a second is
 * 50 missed samples, far beyond a hiccup of the line.
 */
#define BOARD_NO_SIGNAL_S	1.0

/* The status as a few words ("connected", "lost, retrying"). */
const char	*board_status_words(enum board_status);
/* The colour that goes with a status (the words carry the meaning). */
int		 board_status_color(enum board_status);
/* 1 while samples can come (waiting or connected). */
int		 board_status_alive(enum board_status);
/*
 * "Board: connected" and, when there is one, the board's message, at
 * (x, y) in w columns; a lost board in the alert colour with a warning
 * sign.  Returns the rows used.
 */
int		 board_draw_status(const struct app_board *, struct grid *,
		    int x, int y, int w);
/*
 * "L 48% ████|███ 52% R" in w columns: the right foot's share right_pct
 * (NAN: nobody on the board), the numbers in text, the bar split where
 * the share is.
 */
void		 board_draw_loadbar(struct grid *, int x, int y, int w,
		    double right_pct);
/* A progress bar of w columns, frac (0..1) of it filled. */
void		 board_draw_progress(struct grid *, int x, int y, int w,
		    double frac);
/*
 * The board seen from above in r (its outline and the feet at the live
 * foot spacing), the recent centre of pressure as a braille trail and the
 * newest point marked.  Anterior is up, the person's right to the right.
 */
void		 board_draw_field(const struct live *, struct grid *,
		    struct rect r);

#endif
