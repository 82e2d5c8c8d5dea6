/*
 * board_wait.c: ppoll on a board and the terminal, with SIGINT and
 * SIGTERM caught as a flag (board_wait.h).
 */
#include <config.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/board_wait.h"

static volatile sig_atomic_t	wait_signal;
static sigset_t			wait_origmask;
static struct sigaction		wait_oldint, wait_oldterm;

static void
wait_handler(int sig)
{
	wait_signal = sig;
}

int
wait_signals_catch(void)
{
	struct sigaction	sa;
	sigset_t		block;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = wait_handler;
	sigemptyset(&sa.sa_mask);
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	wait_signal = 0;
	if (sigprocmask(SIG_BLOCK, &block, &wait_origmask) == -1 ||
	    sigaction(SIGINT, &sa, &wait_oldint) == -1 ||
	    sigaction(SIGTERM, &sa, &wait_oldterm) == -1)
		return -1;
	return 0;
}

void
wait_signals_restore(void)
{
	sigaction(SIGINT, &wait_oldint, NULL);
	sigaction(SIGTERM, &wait_oldterm, NULL);
	sigprocmask(SIG_SETMASK, &wait_origmask, NULL);
}

int
wait_interrupted(void)
{
	return (int)wait_signal;
}

int
wait_board(const struct board *b, int watch_stdin, int max_ms)
{
	struct pollfd	 pfd[2];
	struct timespec	 ts, *tsp = NULL;
	nfds_t		 n = 0;
	int		 ms, r, got = 0;

	if (wait_signal != 0)
		return WAIT_SIGNAL;
	pfd[n].fd = board_fd(b);	/* -1 is ignored by ppoll */
	pfd[n++].events = POLLIN;
	if (watch_stdin) {
		pfd[n].fd = STDIN_FILENO;
		pfd[n++].events = POLLIN;
	}
	ms = board_wait_ms(b);
	if (max_ms >= 0 && (ms < 0 || max_ms < ms))
		ms = max_ms;
	if (ms >= 0) {
		ts.tv_sec = ms / 1000;
		ts.tv_nsec = (long)(ms % 1000) * 1000000L;
		tsp = &ts;
	}
	r = ppoll(pfd, n, tsp, &wait_origmask);
	if (wait_signal != 0)
		got |= WAIT_SIGNAL;
	if (r <= 0)
		return got;
	if (pfd[0].revents != 0)
		got |= WAIT_BOARD;
	if (watch_stdin && pfd[1].revents != 0)
		got |= WAIT_STDIN;
	return got;
}
