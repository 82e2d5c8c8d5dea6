# tui-lib.sh: sourced by the tmux-driven TUI tests, after lib.sh.  Each
# test runs the real binary in a private tmux server (its own socket, no
# user config) at a fixed size, sends keys and reads the screen back with
# capture-pane (stack-notes §3.7c).  The exit status of footscreen is
# written by a wrapper script, because tmux 3.3a does not always report
# pane_dead_status.  Skips (77) without tmux.
#
# Nothing of the user's is read or written: HOME, the XDG directories and
# the system configuration directory all point into $TMPD, and the program
# gets a private configuration file, $TUI_CONF, that tests may append to.
#
# Waiting is always for text on the screen, never for a fixed time; keys()
# only pauses a moment after sending so that a lone Esc is not merged with
# the key after it (ncurses' escape delay).
#
# Environment:
#   TUI_TIMEOUT      one wait's limit in tenths of a second (default 300);
#                    raise it for valgrind or a very slow machine
#   TUI_WRAP         a command put before footscreen in the pane, e.g.
#                    "valgrind -q --error-exitcode=99"
#   TUI_CAPTURE_DIR  snapshot() also copies screens there (doc/screens/)

TMUX_BIN=${TMUX_BIN:-$(command -v tmux 2>/dev/null)}
if [ -z "$TMUX_BIN" ] || [ ! -x "$TMUX_BIN" ]; then
	echo "SKIP: tmux not found"
	exit 77
fi
TUI_TIMEOUT=${TUI_TIMEOUT:-300}
TUI_WRAP=${TUI_WRAP:-}
if [ -n "${TUI_CAPTURE_DIR:-}" ] && [ ! -d "$TUI_CAPTURE_DIR" ]; then
	echo "TUI_CAPTURE_DIR '$TUI_CAPTURE_DIR' is not a directory"
	exit 99
fi

T() { "$TMUX_BIN" -S "$TMPD/tmux.sock" -f /dev/null "$@"; }

# Tests redefine this to stop what they started (a socat board).
tui_cleanup() { :; }
trap 'tui_cleanup; T kill-server 2>/dev/null; rm -rf "$TMPD"' EXIT
trap 'exit 99' HUP INT TERM
unset TMUX

# ---- a private world --------------------------------------------------
export HOME="$TMPD/home"
export XDG_CONFIG_HOME="$TMPD/config" XDG_DATA_HOME="$TMPD/data"
export XDG_STATE_HOME="$TMPD/state" XDG_CACHE_HOME="$TMPD/cache"
export FOOTSCREEN_SYSCONFDIR="$TMPD/etc"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" \
    "$XDG_CACHE_HOME" "$FOOTSCREEN_SYSCONFDIR" || exit 99
TUI_CONF="$TMPD/footscreen.conf"
cat >"$TUI_CONF" <<EOF || exit 99
# Written by tests/tui-lib.sh: whatever the program stores stays in $TMPD.
[storage]
database = $TMPD/data/footscreen.db
EOF
if ! "$FOOTSCREEN" --config "$TUI_CONF" check-config >"$TMPD/check.out" 2>&1
then
	echo "the private configuration is refused:"
	cat "$TMPD/check.out"
	exit 99
fi
# One person in the history, so that home mode opens on the welcome
# screen (with nobody yet it first asks who the screening is for).
if ! "$FOOTSCREEN" --config "$TUI_CONF" profile add Tester \
    >"$TMPD/check.out" 2>&1
then
	echo "no profile could be added:"
	cat "$TMPD/check.out"
	exit 99
fi

# tui_start W H ARGS...: footscreen --config $TUI_CONF ARGS in a new
# session "t" of W x H cells.
tui_start() {
	w=$1 h=$2
	shift 2
	rm -f "$TMPD/status" "$TMPD/stderr"
	printf "TUI_WRAP='%s'\n" "$TUI_WRAP" >"$TMPD/run.sh"
	cat >>"$TMPD/run.sh" <<'EOS'
d=$1
shift
exec 2>"$d/stderr"
unset LINES COLUMNS
TERM=tmux-256color LC_ALL=C.UTF-8 $TUI_WRAP "$@"
echo $? >"$d/status.tmp" && mv "$d/status.tmp" "$d/status"
EOS
	# Chained in one client command, remain-on-exit is set before a
	# program that dies at once could take the session with it.
	T new-session -d -s t -x "$w" -y "$h" \
	    sh "$TMPD/run.sh" "$TMPD" "$FOOTSCREEN" --config "$TUI_CONF" "$@" \
	    \; set-option -t t remain-on-exit on >/dev/null || exit 99
}

# tui_resize W H: as a user dragging the window's corner (KEY_RESIZE).
tui_resize() { T resize-window -t t -x "$1" -y "$2" || exit 99; }

# screen: the pane as text, into $TMPD/screen.
screen() { T capture-pane -p -t t >"$TMPD/screen" 2>/dev/null; }

# Show the last screen and the first lines of stderr in the log.
show_screen() {
	sed 's/^/    | /' "$TMPD/screen"
	if [ -s "$TMPD/stderr" ]; then
		sed 's/^/    stderr: /' "$TMPD/stderr" | head -10
	fi
}

# wait_for [-t SECONDS] REGEX DESCRIPTION: poll the pane until REGEX
# shows; a failure ends the test.  -t adds SECONDS to the limit, for
# waits whose length the program decides (a 30 s trial).
wait_for() {
	limit=$TUI_TIMEOUT
	if [ "$1" = -t ]; then
		limit=$((limit + $2 * 10))
		shift 2
	fi
	i=0
	while [ $i -lt "$limit" ]; do
		screen
		if grep -Eq -- "$1" "$TMPD/screen"; then
			pass "$2"
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	fail "$2 (no /$1/ on screen)"
	show_screen
	finish
}

# wait_gone REGEX DESCRIPTION: poll until REGEX is no longer on screen.
wait_gone() {
	i=0
	while [ $i -lt "$TUI_TIMEOUT" ]; do
		screen
		if ! grep -Eq -- "$1" "$TMPD/screen"; then
			pass "$2"
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	fail "$2 (/$1/ still on screen)"
	show_screen
	finish
}

# expect_screen REGEX DESCRIPTION: REGEX is on the screen now.
expect_screen() {
	screen
	if grep -Eq -- "$1" "$TMPD/screen"; then pass "$2"; else
		fail "$2 (no /$1/ on screen)"
		show_screen
	fi
}

# expect_no REGEX DESCRIPTION: REGEX is not on the screen now.
expect_no() {
	screen
	if grep -Eq -- "$1" "$TMPD/screen"; then
		fail "$2 (/$1/ on screen)"
		show_screen
	else
		pass "$2"
	fi
}

# keys KEY...: tmux send-keys names (Enter, Escape, Up, Space, F1, C-c)
# or text, then a moment for the program to read them.
keys() { T send-keys -t t "$@"; sleep 0.15; }

# keys_done: every key sent so far has been read.  Keys are read in
# order, so once the help page that ? opens shows, the keys before it
# were handled; Esc closes it again.  For checking that a key did nothing.
keys_done() {
	keys '?'
	wait_for '┌─ Help: ' "help opens after the keys before it"
	keys Escape
	wait_gone '┌─ Help: ' "help closes"
}

# press KEY: send one key and wait until the screen is no longer what it
# was (for keys whose effect the next key depends on).  Only for screens
# that stand still: a running clock or a live plot changes by itself.
press() {
	screen
	cp "$TMPD/screen" "$TMPD/screen.before"
	T send-keys -t t "$1"
	i=0
	while [ $i -lt "$TUI_TIMEOUT" ]; do
		screen
		cmp -s "$TMPD/screen" "$TMPD/screen.before" || return 0
		sleep 0.1
		i=$((i + 1))
	done
	fail "key $1 changed nothing on screen"
	show_screen
	finish
}

# advance_to REGEX DESCRIPTION: go through self-tests as someone leaving
# them out would: Enter past "What you need" and "How to do it" (their
# s does nothing), s on the pages that ask, until REGEX shows.
advance_to() {
	n=0
	while [ $n -lt 100 ]; do
		screen
		if grep -Eq -- "$1" "$TMPD/screen"; then
			pass "$2"
			return 0
		fi
		if grep -Eq 'What you need|How to do it' "$TMPD/screen"; then
			press Enter
		else
			press s
		fi
		n=$((n + 1))
	done
	fail "$2 (100 keys and no /$1/)"
	show_screen
	finish
}

# wait_exit WANT DESCRIPTION: the program ended with status WANT.
wait_exit() {
	i=0
	until [ -f "$TMPD/status" ]; do
		i=$((i + 1))
		if [ $i -ge "$TUI_TIMEOUT" ]; then
			fail "$2 (still running)"
			screen
			show_screen
			finish
		fi
		sleep 0.1
	done
	got=$(cat "$TMPD/status")
	if [ "$got" = "$1" ]; then pass "$2"; else
		fail "$2 (status $got, wanted $1)"
		show_screen
	fi
}

# expect_quiet_stderr DESCRIPTION: nothing on stderr (a sanitizer report
# or a stray message that would have scribbled over the screen).
expect_quiet_stderr() {
	if [ -s "$TMPD/stderr" ]; then
		fail "$1"
		sed 's/^/    stderr: /' "$TMPD/stderr" | head -20
	else
		pass "$1"
	fi
}

# snapshot NAME: keep the current screen as $TMPD/NAME.txt, and in
# $TUI_CAPTURE_DIR when set, trailing blanks trimmed.
snapshot() {
	screen
	sed 's/[[:space:]]*$//' "$TMPD/screen" >"$TMPD/$1.txt"
	if [ -n "${TUI_CAPTURE_DIR:-}" ]; then
		cp "$TMPD/$1.txt" "$TUI_CAPTURE_DIR/$1.txt" || exit 99
	fi
}

# through_warning_signs: from the welcome screen to "About you", with every
# warning sign answered no (Enter marks a page's unanswered ones no).
through_warning_signs() {
	keys Enter
	wait_for 'Before you start' "before you start"
	keys Enter
	wait_for 'Warning signs, page 1 of 5' "warning signs"
	for p in 2 3 4 5; do
		keys Enter
		wait_for "Warning signs, page $p of 5" \
		    "warning signs, page $p: all no"
	done
	keys Enter
	wait_for 'About you' "about you"
}

# about_you AGE: an adult of AGE who did not fall, is not dizzy and is alone.
about_you() {
	keys $(echo "$1" | sed 's/./& /g') Enter Enter n n n
	wait_for '▸ Someone here to help\? +\( \) yes  \(•\) no' \
	    "$1, no fall, not dizzy, alone"
}
