#!/bin/sh
# config-cli.sh: "footscreen check-config" as footscreen.conf(5) describes
# it: the merged configuration on stdout with each key's source, exit 3
# and a message naming file, key and value for a bad file, the system
# ($FOOTSCREEN_SYSCONFDIR) and user ($XDG_CONFIG_HOME) layers in order,
# and the sample file and manual page covering every key.
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

SYS="$TMPD/etc"
XDG="$TMPD/xdg"
mkdir -p "$SYS/footscreen" "$XDG/footscreen" || exit 99
export FOOTSCREEN_SYSCONFDIR="$SYS" XDG_CONFIG_HOME="$XDG"
SYSF="$SYS/footscreen/footscreen.conf"
USERF="$XDG/footscreen/footscreen.conf"

# Only the defaults: no files anywhere.
expect_status 0 "check-config with no files exits 0" "$FOOTSCREEN" check-config
expect_grep "$TMPD/out" "^\[board\]$" "output has [board]"
expect_grep "$TMPD/out" "^baud = 115200  # default$" "baud defaults to 115200"
expect_grep "$TMPD/out" "^width_mm = 433  # default$" "width_mm defaults to 433"
expect_grep "$TMPD/out" "^pipeline = quijoux2021  # default$" "pipeline default"
cp "$TMPD/out" "$TMPD/defaults.out"

# --config FILE: good.
cat >"$TMPD/good.conf" <<'EOF'
[board]
port = sim:sway-eo
baud = 9600
[ui]
color = never
EOF
expect_status 0 "--config good file exits 0" "$FOOTSCREEN" --config "$TMPD/good.conf" check-config
expect_grep "$TMPD/out" "^baud = 9600  # $TMPD/good.conf$" "value and its file"
expect_grep "$TMPD/out" "^port = sim:sway-eo  # $TMPD/good.conf$" "port from the file"
expect_grep "$TMPD/out" "^mode = home  # default$" "untouched key stays default"

# The printed configuration is itself a valid file giving the same values.
cp "$TMPD/out" "$TMPD/printed.conf"
expect_status 0 "printed configuration loads" "$FOOTSCREEN" --config "$TMPD/printed.conf" check-config
sed 's/  #.*//; /^#/d' "$TMPD/printed.conf" >"$TMPD/a"
sed 's/  #.*//; /^#/d' "$TMPD/out" >"$TMPD/b"
if cmp -s "$TMPD/a" "$TMPD/b"; then pass "printed configuration round-trips"
else fail "printed configuration round-trips"; diff "$TMPD/a" "$TMPD/b" | head -5; fi

# --config FILE: bad value, unknown key, unknown section, syntax, missing.
printf '[board]\nbaud = 9601\n' >"$TMPD/bad.conf"
expect_status 3 "bad baud exits 3" "$FOOTSCREEN" --config "$TMPD/bad.conf" check-config
expect_grep "$TMPD/err" "^footscreen: $TMPD/bad.conf: \[board\] baud = '9601': allowed: 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600$" \
	"bad baud message names file, key, value and choices"
if [ -s "$TMPD/out" ]; then fail "nothing on stdout after an error"; else pass "nothing on stdout after an error"; fi

printf '[ui]\ncolour = never\n' >"$TMPD/bad.conf"
expect_status 3 "unknown key exits 3" "$FOOTSCREEN" --config "$TMPD/bad.conf" check-config
expect_grep "$TMPD/err" "$TMPD/bad.conf: \[ui\] unknown key 'colour': allowed: color, charset, mode" "unknown key message"

printf '[board]\nbaud = 9600\n[serial]\n' >"$TMPD/bad.conf"
expect_status 3 "unknown section exits 3" "$FOOTSCREEN" --config "$TMPD/bad.conf" check-config
expect_grep "$TMPD/err" "$TMPD/bad.conf: line 3: unknown section \[serial\]" "unknown section message"

printf '[board]\nbaud 9600\n' >"$TMPD/bad.conf"
expect_status 3 "syntax error exits 3" "$FOOTSCREEN" --config "$TMPD/bad.conf" check-config
expect_grep "$TMPD/err" "$TMPD/bad.conf: .*line 2" "syntax error names file and line"

printf '[board]\nport = a\000b\n' >"$TMPD/bad.conf"
expect_status 3 "NUL byte exits 3" "$FOOTSCREEN" --config "$TMPD/bad.conf" check-config
expect_grep "$TMPD/err" "$TMPD/bad.conf: line 2: NUL byte" "NUL byte message"

expect_status 3 "missing --config file exits 3" "$FOOTSCREEN" --config "$TMPD/none.conf" check-config
expect_grep "$TMPD/err" "^footscreen: $TMPD/none.conf: " "missing file is named"
expect_status 3 "a directory as --config exits 3" "$FOOTSCREEN" --config "$TMPD" check-config
expect_grep "$TMPD/err" "$TMPD: is a directory" "directory is refused"

# Layers: system, then user, then --config; each key shows its file.
printf '[board]\nbaud = 19200\nwidth_mm = 500\n[ui]\nmode = trainer\n' >"$SYSF"
printf '[board]\nbaud = 38400\n[ui]\ncharset = ascii\n' >"$USERF"
printf '[ui]\nmode = kiosk\n' >"$TMPD/mine.conf"
expect_status 0 "three layers exit 0" "$FOOTSCREEN" --config "$TMPD/mine.conf" check-config
expect_grep "$TMPD/out" "^width_mm = 500  # $SYSF$" "system layer shows in provenance"
expect_grep "$TMPD/out" "^baud = 38400  # $USERF$" "user layer overrides system"
expect_grep "$TMPD/out" "^charset = ascii  # $USERF$" "user layer shows in provenance"
expect_grep "$TMPD/out" "^mode = kiosk  # $TMPD/mine.conf$" "--config overrides both"
expect_grep "$TMPD/out" "^color = auto  # default$" "the rest stays default"

# Without XDG_CONFIG_HOME the user file is ~/.config/footscreen/footscreen.conf.
mkdir -p "$TMPD/home/.config/footscreen" || exit 99
printf '[analysis]\nout_units = cm\n' >"$TMPD/home/.config/footscreen/footscreen.conf"
expect_status 0 "HOME fallback exits 0" env -u XDG_CONFIG_HOME HOME="$TMPD/home" "$FOOTSCREEN" check-config
expect_grep "$TMPD/out" "^out_units = cm  # $TMPD/home/.config/footscreen/footscreen.conf$" \
	"~/.config is used when XDG_CONFIG_HOME is unset"

# A bad system file stops every command, named.
printf '[board]\nflow_control = dtrdsr\n' >"$SYSF"
expect_status 3 "bad system file exits 3" "$FOOTSCREEN" check-config
expect_grep "$TMPD/err" "^footscreen: $SYSF: \[board\] flow_control = 'dtrdsr': allowed: none, xonxoff, rtscts$" \
	"bad system file message"
rm -f "$SYSF" "$USERF"

# Every key check-config prints is in the sample file and the manual page.
SAMPLE="$abs_top_srcdir/data/footscreen.conf.sample"
MANPAGE="$abs_top_srcdir/man/footscreen.conf.5.in"
missing=
for key in $(sed -n 's/^\([a-z_]*\) = .*/\1/p' "$TMPD/defaults.out"); do
	grep -Eq "^# $key = " "$SAMPLE" || missing="$missing sample:$key"
	grep -Eq "^\.It Ic ([a-z_]+ , )*$key( |$)" "$MANPAGE" || missing="$missing man:$key"
done
if [ -z "$missing" ]; then pass "sample and manual list every key"
else fail "sample and manual list every key (missing:$missing)"; fi
n=$(grep -c ' = ' "$TMPD/defaults.out")
if [ "$n" -ge 20 ]; then pass "check-config printed $n keys"; else fail "only $n keys printed"; fi

finish
