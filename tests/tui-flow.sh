#!/bin/sh
# tui-flow.sh: a whole screening on the demo board, from the welcome
# screen to the plan, with the keys a person would press (issue 5): the
# warning signs (all no), an adult of 45 with low back pain, the quick set
# with the board tests, a few self-tests answered (two of them timed, one
# by the app's own clock), a board trial run to its end with the live
# plot, the results (body map, a section switch, a reason opened) saved
# to the private history, the plan with an exercise and its dose, the
# guided exercise, and quitting with the confirmation.  With
# TUI_CAPTURE_DIR set it leaves the screens for doc/screens/.
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
. "$abs_top_srcdir/tests/tui-lib.sh"

tui_start 100 30 --demo

# ---- welcome, before you start, warning signs -------------------------
wait_for 'Press Enter to start' "welcome screen"
expect_screen 'demo board' "title bar: demo board"
expect_screen 'It does not diagnose anything' "welcome says it does not diagnose"
snapshot welcome
keys Enter
wait_for 'This is a screen, not a diagnosis' "before you start: not a diagnosis"
keys Enter
wait_for 'Warning signs, page 1 of 5' "warning signs, page 1"
snapshot redflags
keys n
wait_for '\[no\] +numbness or tingling between the legs' "n answers the first no"
expect_screen 'the 5 not answered are no' "Enter would mark the other 5 no"
for p in 2 3 4 5; do
	keys Enter
	wait_for "Warning signs, page $p of 5" "Enter: warning signs, page $p"
done
keys Enter

# ---- about you --------------------------------------------------------
wait_for 'About you' "no warning sign: on to 'about you'"
keys 4 5
wait_for '\[45_? *\] years' "age typed: 45"
keys Enter
wait_for '▸ Sex' "Enter: on to sex"
# A letter answers a choice and moves on: no fall, no dizziness, no helper.
keys Enter n n n
wait_for '▸ Someone here to help\? +\( \) yes  \(•\) no' \
    "n n n: no fall, not dizzy, nobody to help"
expect_screen 'Any fall in the past year\? +\( \) yes  \(•\) no' "no fall"
expect_screen 'Dizzy spells or unsteady\? +\( \) yes  \(•\) no' "not dizzy"
keys Enter

# ---- where it hurts ---------------------------------------------------
wait_for 'Where does it hurt\?' "on to where it hurts"
keys y
wait_for 'Pain in the low back: a little more about it' \
    "y on low back opens its questions"
keys i
wait_for '\(•\) in the middle' "i: in the middle"
keys 6 Enter 4 Enter
wait_for 'How strong +\[4 +\] out of 10' "6 weeks, 4 out of 10"
keys Space
wait_for '\[x\] worse when sitting' "Space ticks 'worse when sitting'"
keys Enter Enter Enter
wait_for '\[yes\] low back \(in the middle\), for 6 weeks, intensity 4' \
    "the list sums up the low back pain"
keys Enter
wait_for 'Your low back pain: a few more questions' \
    "the inflammatory back pain questions follow"
keys Enter

# ---- the test set ------------------------------------------------------
wait_for 'Which tests\?' "on to the test set"
expect_screen '\(\*\) Quick' "the quick set is chosen"
expect_screen '\[x\] with the balance-board tests' "the board tests are offered"
expect_screen 'Board: standing still, eyes open' "board test in the list"
keys Enter

# ---- self-tests --------------------------------------------------------
wait_for 'Shoe wear +page 1 of' "test 1: shoe wear"
expect_screen 'test 1 of [0-9]+' "title bar counts the tests"
keys Enter
wait_for 'How to do it' "shoe wear: how to do it"
keys Enter
wait_for 'Your answer: Left foot' "shoe wear: the left shoe"
keys Up Up Up
wait_for '▸ Inner edge' "Up selects 'inner edge'"
keys Enter
wait_for 'Your answer: Right foot' "shoe wear: the right shoe"
keys Up
wait_for '▸ Evenly' "Up selects 'evenly'"
keys Enter

wait_for 'Footprint picture +page 1 of' "test 2: footprint picture"
keys Enter Enter
wait_for 'Which picture looks most like your print\?' "the prints to choose from"
expect_screen '1 +2 +3 +4' "the four prints are drawn"
snapshot selftest-picture
keys Up Up Up
wait_for '▸ 2  Medium' "Up selects the medium arch"
keys Enter
wait_for 'Your answer: Right foot' "footprint: the right foot"
keys s

wait_for 'Which way your feet point +page 1 of' "test 3: which way the feet point"
advance_to 'Heel-to-toe \(tandem\) stance +page 1 of' "test 3 left out with s"

# The app's own 10 s clock.
keys Enter Enter
wait_for 'Not tried yet' "tandem: ready to time"
keys Space
wait_for '[0-9]\.[0-9] s to go' "Space starts the 10 s clock"
wait_for '[3-7]\.[0-9] s to go' "the clock counts down"
snapshot selftest-timer
wait_for -t 12 'Held for 10 seconds' "the clock ends by itself after 10 s"
keys Enter
wait_for '▸ Yes, I held it for 10 seconds' "the answer is filled in from the clock"
keys Enter

# Started and stopped by the person.
wait_for 'Single-leg stance, eyes open +page 1 of' "test 5: single-leg stance"
keys Enter Enter
wait_for 'Do it: Left leg, eyes open' "the left leg"
keys Space
wait_for 'running: [1-9][0-9]*\.[0-9] s' "Space starts the clock; it runs"
keys Space
wait_for 'Try 1: +[0-9]+\.[0-9] s' "Space stops it: try 1 timed"
expect_screen 'Best: [0-9]+\.[0-9] s' "the best try is shown"
keys Enter
wait_for 'Do it: Right leg, eyes open' "Enter: the right leg"
keys s
wait_for 'Your answer: Left leg' "s leaves the right leg's tries"
expect_screen 'Filled in from your best try' "the left answer comes from the clock"
expect_screen '\[[0-9]+(\.[0-9])?_? *\] s' "the best time is in the box"
keys Enter
wait_for 'Your answer: Right leg' "the right leg's answer"
keys 1 2
wait_for '\[12_? *\] s' "12 s typed for the right leg"
keys Enter

wait_for 'Single-leg mini squat +page 1 of' "test 6: mini squat"
advance_to 'Balance board test' "the squat left out: on to the board"

# ---- a board test on the demo board -----------------------------------
wait_for 'Board: standing still, eyes open' "board test: standing still, eyes open"
expect_screen 'where to stand' "where to stand, drawn from above"
keys Enter
wait_for '2[0-8] s left' "the trial runs after the person stood still"
expect_screen 'board from above' "the live plot"
expect_screen 'Feet \(estimated\):' "each foot's share, live"
expect_screen 'On the board: [0-9]+\.[0-9] kg' "the weight on the board, live"
snapshot board-live
wait_for -t 40 'Sway speed \(mean speed of the pressure centre\): [0-9.]+ mm/s' \
    "the 30 s trial ends with the sway speed"
expect_screen 'Sway area \(95 % ellipse\): [0-9.]+ mm²' "and the sway area"
expect_screen 'From [0-9]+ samples over 30 s' "from 30 s of samples"
keys Enter
wait_for 'Board: standing still, eyes closed' "the eyes-closed board test"
keys s
wait_for 'Board: single-leg stance' "s: on to the single-leg board test"
keys s

# ---- results -----------------------------------------------------------
wait_for '\[1 Overview\]' "the results, overview first"
expect_screen 'Seen from behind' "the body map"
expect_screen 'low back +\| +[0-9]+ +\|' "the body map marks the low back"
expect_screen 'Result: No warning signs found' "the triage result"
expect_screen 'Low back pain' "the low back pain is listed"
expect_screen 'It cannot find' "results say what they cannot do"
expect_screen "Saved to Tester's history" "the results are saved to the history"
snapshot results-overview
keys 3
wait_for '\[3 Left/right\]' "3 goes to the left/right section"
expect_screen 'standing on one leg, eyes open: left [0-9.]+, right 12 s' \
    "left/right: the one-leg times compared"
expect_screen 'weight on each leg \(board\)' "left/right: the board's weight shares"
snapshot results-leftright
keys Tab
wait_for '\[4 Balance\]' "Tab: the balance section"
keys 2
wait_for '\[2 Feet\]' "2: the feet section"
expect_screen 'Foot posture is described here, not judged' "feet: described, not judged"
keys Enter
wait_for '┌─ Why ─' "Enter opens the reason of the selected line"
expect_screen 'Left foot' "the reason is the left foot's"
snapshot results-reason
keys Escape
wait_gone '┌─ Why ─' "Esc closes the reason"
expect_screen '\[2 Feet\]' "back on the feet section"

# ---- the plan and a guided exercise -----------------------------------
keys p
wait_for 'Your plan' "p opens the plan"
expect_screen 'Exercises' "the plan lists exercises"
expect_screen 'How much: [0-9]+ sets? of [0-9]+' "the selected exercise's dose"
snapshot plan
keys Enter
wait_for '1 of [0-9]+\. ' "Enter starts the guided exercise"
expect_screen 'How much: [0-9]+ sets? of [0-9]+' "the dose is shown"
expect_screen 'Set 1 of [0-9]+' "the set counter"
expect_screen 'Take care:' "the caution is on screen"
keys Space
wait_for 'Hold: [0-9]+ s|Repetitions: 1 of' "Space starts a hold or counts one"
snapshot exercise

# ---- quit --------------------------------------------------------------
keys q
wait_for 'Quit footscreen\?' "q asks first"
keys y
wait_exit 0 "y quits with status 0"
expect_quiet_stderr "nothing on stderr"
if [ -s "$TMPD/data/footscreen.db" ]; then
	pass "the history went to the private database"
else
	fail "no $TMPD/data/footscreen.db"
fi
finish
