#!/bin/sh
# tui-resize.sh: the window changes size in the middle of a test (issue 5,
# item 5).  At 90x28 the screen is redrawn whole; at 70x20, below the
# 80x24 the screens are laid out for, one line asks for a bigger window;
# back at 100x30 the same test is there with the answer typed before the
# resize, and it is kept when the person goes on.  No board.
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
. "$abs_top_srcdir/tests/tui-lib.sh"

# The lines of the screen that are not blank.
nonblank() { screen; grep -c '[^[:space:]]' "$TMPD/screen"; }
# The widest line of the screen, in columns.
widest() { screen; LC_ALL=C.UTF-8 wc -L <"$TMPD/screen"; }

tui_start 100 30 --port none
wait_for 'Press Enter to start' "welcome screen"
through_warning_signs
about_you 38
keys Enter
wait_for 'Where does it hurt\?' "where it hurts"
keys 0
wait_for 'Which tests\?' "0: no pain anywhere, on to the tests"
expect_no 'balance-board tests' "no board: no board tests offered"
keys Enter
wait_for 'Shoe wear +page 1 of' "the first test"
advance_to 'Single-leg stance, eyes open +page 1 of' \
    "on to single-leg stance, the others left out"
keys Enter Enter
wait_for 'Do it: Left leg, eyes open' "the left leg"
keys s s
wait_for 'Your answer: Left leg' "the tries left out"
keys s
wait_for 'Your answer: Right leg' "the left answer left out"
keys 1 7
wait_for 'eyes open +\[17_? *\] s' "17 typed, not yet entered"
where=$(grep -Eo 'test [0-9]+ of [0-9]+' "$TMPD/screen")

# 90x28: still big enough, drawn again to the new size.
# tmux cuts what was drawn at 100 columns: only a redraw puts the hint bar
# and the page number back at the right edge.
tui_resize 90 28
wait_for 'page 6 of 6$' "90x28: the page number is redrawn at the right edge"
if [ "$(wc -l <"$TMPD/screen")" -eq 28 ] &&
    tail -n 1 "$TMPD/screen" | grep -q 'Enter next.*q quit$'; then
	pass "90x28: the hint bar is whole on the 28th line"
else
	fail "90x28: no whole hint bar on the last of 28 lines"
	show_screen
fi
w=$(widest)
if [ "$w" -le 90 ] && [ "$w" -ge 85 ]; then
	pass "90x28: lines fill the new width ($w columns)"
else
	fail "90x28: widest line has $w columns"
	show_screen
fi
expect_screen 'Your answer: Right leg' "90x28: the same page"
expect_screen 'eyes open +\[17_? *\] s' "90x28: the typed 17 is still there"
expect_no 'needs a window' "90x28: no request for a bigger window"

# 70x20: too small for any screen.
tui_resize 70 20
wait_for 'Please make the window at least 80×24 \(now 70×20\)' \
    "70x20: one line asks for a bigger window"
n=$(nonblank)
if [ "$n" -eq 1 ]; then pass "70x20: only that line on screen"; else
	fail "70x20: $n lines not blank"
	show_screen
fi
snapshot too-small

# 100x30 again: whole, same test, nothing lost.
tui_resize 100 30
wait_for 'Your answer: Right leg' "100x30: the same page is back"
expect_screen "footscreen — Self-test +$where" "100x30: the same test ($where)"
expect_screen '^ Single-leg stance, eyes open +page 6 of 6' \
    "100x30: the same test name and page"
expect_screen 'eyes open +\[17_? *\] s' "100x30: the typed 17 is still there"
expect_screen 'q quit$' "100x30: the hint bar is whole"
n=$(nonblank)
if [ "$n" -ge 6 ]; then pass "100x30: the whole screen is drawn ($n lines)"; else
	fail "100x30: only $n lines"
	show_screen
fi

# The kept answer counts: Enter takes it and goes on to the next test.
keys Enter
wait_for 'Single-leg mini squat +page 1 of' "Enter takes 17 and goes on"
keys Escape
wait_for 'Your answer: Right leg' "Esc: back to the right leg's answer"
expect_screen 'eyes open +\[17' "17 s was stored for the right leg"

keys q
wait_for 'Quit footscreen\?' "q asks first"
keys y
wait_exit 0 "y quits with status 0"
expect_quiet_stderr "nothing on stderr"
finish
