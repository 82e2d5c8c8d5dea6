# tui-lib.sh: sourced by the tmux-driven TUI tests, after lib.sh.  Each
# test runs the real binary in a private tmux server (its own socket, no
# user config) at a fixed size, sends keys and reads the screen back with
# capture-pane (stack-notes §3.7c).  The exit status of footscreen is
# written by a wrapper script, because tmux 3.3a does not always report
# pane_dead_status.  Skips (77) without tmux.

TMUX_BIN=${TMUX_BIN:-$(command -v tmux 2>/dev/null)}
if [ -z "$TMUX_BIN" ] || [ ! -x "$TMUX_BIN" ]; then
	echo "SKIP: tmux not found"
	exit 77
fi
# Scaled up under valgrind or a slow machine: tenths of a second.
TUI_TIMEOUT=${TUI_TIMEOUT:-150}

T() { "$TMUX_BIN" -S "$TMPD/tmux.sock" -f /dev/null "$@"; }
trap 'T kill-server 2>/dev/null; rm -rf "$TMPD"' EXIT
unset TMUX

# tui_start W H ARGS...: footscreen ARGS in a new session "t".
tui_start() {
	w=$1 h=$2
	shift 2
	rm -f "$TMPD/status"
	cat >"$TMPD/run.sh" <<'EOS'
d=$1
shift
exec 2>"$d/stderr"
unset LINES COLUMNS
TERM=tmux-256color LC_ALL=C.UTF-8 "$@"
echo $? >"$d/status.tmp" && mv "$d/status.tmp" "$d/status"
EOS
	set -- sh "$TMPD/run.sh" "$TMPD" "$FOOTSCREEN" "$@"
	T new-session -d -s t -x "$w" -y "$h" "$@" || exit 99
	T set-option -t t remain-on-exit on >/dev/null
}

# screen: the pane as text, into $TMPD/screen.
screen() { T capture-pane -p -t t >"$TMPD/screen" 2>/dev/null; }

# wait_for REGEX DESCRIPTION: poll the pane until REGEX shows.
wait_for() {
	i=0
	while [ $i -lt "$TUI_TIMEOUT" ]; do
		screen
		if grep -Eq -- "$1" "$TMPD/screen"; then
			pass "$2"
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	fail "$2 (no /$1/ on screen)"
	sed 's/^/    | /' "$TMPD/screen"
	[ -s "$TMPD/stderr" ] && sed 's/^/    stderr: /' "$TMPD/stderr" | head -5
	finish
}

# keys KEY...: tmux send-keys names (Enter, Escape, Up, F1, C-c) or text.
keys() { T send-keys -t t "$@"; sleep 0.15; }

# wait_exit WANT DESCRIPTION: the program ended with status WANT.
wait_exit() {
	i=0
	until [ -f "$TMPD/status" ]; do
		i=$((i + 1))
		if [ $i -ge "$TUI_TIMEOUT" ]; then
			fail "$2 (still running)"
			screen; sed 's/^/    | /' "$TMPD/screen"
			finish
		fi
		sleep 0.1
	done
	got=$(cat "$TMPD/status")
	if [ "$got" = "$1" ]; then pass "$2"; else fail "$2 (status $got, wanted $1)"; fi
}

# snapshot NAME: keep the current screen as $TMPD/NAME.txt (for captures).
snapshot() {
	screen
	cp "$TMPD/screen" "$TMPD/$1.txt"
	if [ -n "${TUI_CAPTURE_DIR:-}" ]; then
		cp "$TMPD/screen" "$TUI_CAPTURE_DIR/$1.txt"
	fi
}
