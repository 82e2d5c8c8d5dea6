#!/bin/sh
# tui-redflag.sh: one warning sign answered yes stops the screening (issue
# 5; evidence sheet §0.1 rule 1): numbness between the legs leads straight
# to the emergency screen, which names the number to call, refuses to go
# on to the tests, lets a mistaken answer be corrected with Esc, and quits
# cleanly.  No board (--port none).
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
. "$abs_top_srcdir/tests/tui-lib.sh"

tui_start 100 30 --port none
wait_for 'Press Enter to start' "welcome screen"
expect_screen 'no board' "title bar says there is no board"
keys Enter
wait_for 'Before you start' "the 'before you start' screen"
keys Enter
wait_for 'Warning signs, page 1 of 5' "warning signs, page 1"
expect_screen '▸ \[ \? \] numbness or tingling between the legs' \
    "the first statement is selected, not answered"

# y answers the selected statement and moves on.
keys y
wait_for '\[yes\] numbness or tingling between the legs' "answered yes"
keys Enter
wait_for 'EMERGENCY' "Enter leads to the emergency screen"
expect_screen 'Emergency: get medical help now' "emergency headline"
expect_screen 'Call 112 now, or go to the nearest emergency department' \
    "the emergency number (112 unless configured)"
expect_screen 'do no tests and no exercises' "tells to stop the screening"
expect_screen 'Who to see: emergency services' "who to see"
expect_screen 'How soon: now' "how soon"
expect_screen '• numbness or tingling between the legs' \
    "what to tell them: the answer given"
expect_screen 'what to do now' "title bar names the screen"
expect_no 'c continue' "no continue key in the hint bar"
snapshot emergency

# The continue key and Enter do nothing but say why.
keys c
wait_for 'The screening cannot go on after this answer' \
    "c: says the screening cannot go on"
expect_screen 'EMERGENCY' "c: still the emergency screen"
keys Enter Space n
keys_done
expect_screen 'EMERGENCY' "Enter, Space, n: still the emergency screen"
expect_no 'About you|Which tests|Warning signs, page' \
    "no way forward to the questions or the tests"

# Esc goes back to correct a mistaken answer; the answer is kept.
keys Escape
wait_for 'Warning signs, page 1 of 5' "Esc goes back to the warning signs"
expect_screen '\[yes\] numbness or tingling between the legs' \
    "the yes is still there to be corrected"
keys Enter
wait_for 'EMERGENCY' "still yes: Enter leads to the emergency screen again"

# Quit: the answers would be lost, so it asks; n stays, y quits.
keys q
wait_for 'Quit footscreen\?' "q asks before quitting"
keys n
wait_gone 'Quit footscreen\?' "n stays"
expect_screen 'EMERGENCY' "still on the emergency screen after n"
keys q
wait_for 'Quit footscreen\?' "q asks again"
keys y
wait_exit 0 "y quits with status 0"
expect_quiet_stderr "nothing on stderr"
finish
