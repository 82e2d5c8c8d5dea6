/*
 * test_tui_board.c: placeholder until written.
 */
#include <config.h>

#include "testutil.h"

int
main(void)
{
	return tu_skip_all("not written yet");
}
