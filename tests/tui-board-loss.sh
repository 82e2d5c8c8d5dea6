#!/bin/sh
# tui-board-loss.sh: the board is lost in the middle of a board test and
# comes back (issue 5).  The board is a socat pty that the program opens
# as a serial port; its generator writes generic lines "TL,TR,BL,BR" in kg
# at about 100 Hz for a 70 kg person standing still.  Killing socat closes
# the pty under the running trial: the screen must say the board was lost
# and that it waits for it.  A new socat on the same link is the board
# plugged in again: the program reconnects by itself, offers the trial
# again, and a trial run then goes to its end.  Skips without socat.
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
. "$abs_top_srcdir/tests/tui-lib.sh"

if ! command -v socat >/dev/null 2>&1; then
	echo "SKIP: socat not found"
	exit 77
fi
if ! bash -c '[ -n "$EPOCHREALTIME" ]' 2>/dev/null; then
	echo "SKIP: no bash 5 for the board's generator"
	exit 77
fi

# Generic lines are raw numbers; with the [board] defaults (scale 1,
# offset 0) the numbers sent are the loads, here kg.
cat >>"$TUI_CONF" <<'EOF' || exit 99

[board]
protocol = generic
EOF
# The board's lines: 70 kg in all, a few hundred grams swaying from cell
# to cell, a minute of them at 100 a second, sent round and round.
awk 'BEGIN { for (n = 0; n < 6000; n++) {
    a = 0.3 * sin(n / 37); b = 0.3 * cos(n / 41)
    printf "%.2f,%.2f,%.2f,%.2f\n", 17.5 + a, 17.5 - a, 17.5 + b, 17.5 - b
} }' >"$TMPD/lines" || exit 99
# The generator paces them by the clock, not by counting sleeps, so that
# a machine busy with other tests still gets 100 a second on average: a
# sleep that ran long is made up at once.  bash for EPOCHREALTIME and a
# sleep without a fork (read -t on a pipe that we hold open ourselves).
# It ends when socat goes and the write fails.
cat >"$TMPD/gen.sh" <<'EOF' || exit 99
mapfile -t line <"${0%/*}/lines" || exit 1
exec 3<> <(:)
t0=${EPOCHREALTIME//[.,]/}
n=0
while :; do
	now=${EPOCHREALTIME//[.,]/}
	due=$(((now - t0) / 10000 + 1))
	while [ "$n" -lt "$due" ]; do
		printf '%s\n' "${line[n % ${#line[@]}]}" || exit 0
		n=$((n + 1))
	done
	read -r -t 0.01 -u 3
done
EOF

spid=
# board_plug: start socat and wait for its link to the pty.
board_plug() {
	socat pty,raw,echo=0,link="$TMPD/board" SYSTEM:"bash $TMPD/gen.sh" \
	    2>>"$TMPD/socat.err" &
	spid=$!
	i=0
	while [ ! -e "$TMPD/board" ]; do
		i=$((i + 1))
		if [ $i -ge "$TUI_TIMEOUT" ]; then
			echo "socat made no $TMPD/board:"
			cat "$TMPD/socat.err"
			exit 99
		fi
		sleep 0.1
	done
}
# board_unplug: socat goes and takes the pty with it.
board_unplug() {
	kill "$spid" 2>/dev/null
	wait "$spid" 2>/dev/null
	spid=
}
tui_cleanup() { [ -n "$spid" ] && board_unplug; }

board_plug
tui_start 100 30 --port "$TMPD/board"
wait_for 'board: connected' "title bar: board connected"
wait_for 'A balance board is set up \(connected\)' "welcome: the board is set up"
through_warning_signs
about_you 52
keys Enter
wait_for 'Where does it hurt\?' "where it hurts"
keys 0
wait_for 'Which tests\?' "no pain anywhere: on to the tests"
expect_screen '\[x\] with the balance-board tests' \
    "the connected board's tests are offered"
expect_screen 'Board: standing still, eyes open' "and listed"
keys Enter
wait_for 'Shoe wear +page 1 of' "the first test"
advance_to 'Balance board test' "self-tests left out: on to the board"
wait_for 'Board: standing still, eyes open' "the board test, standing still"
keys Enter
# Mid-trial: the 3 s of standing still are over and the clock runs.
wait_for '2[0-8] s left' "the trial runs on the pty board"
expect_screen 'On the board: 70\.0 kg' "the board weighs the 70 kg sent"

board_unplug
wait_for 'Trial stopped: the board was lost' "socat gone: the trial stops, board lost"
expect_screen 'board: lost — retrying' "title bar: lost, retrying"
wait_for 'Waiting for the board to come back' "it says it waits for the board"
expect_screen 'Press s to skip this test' "the test can be left out"
expect_no '[0-9]+ s left' "no clock running without a board"
snapshot board-lost
keys r
wait_for 'Waiting for the board to come back \(' "r before the board is back: still waiting"

board_plug
wait_for 'The board is back: press r to run the trial again' \
    "socat back: the trial is offered again"
wait_for 'board: connected' "title bar: connected again, samples coming"
keys r
wait_for '2[0-8] s left' "r: the trial runs again"
wait_for -t 40 'Sway speed \(mean speed of the pressure centre\): [0-9.]+ mm/s' \
    "the trial after the reconnection runs to its end"
expect_screen 'From [0-9]+ samples over 30 s' "30 s of samples after the reconnection"

keys q
wait_for 'Quit footscreen\?' "q asks first"
keys y
wait_exit 0 "y quits with status 0"
expect_quiet_stderr "nothing on stderr"
finish
