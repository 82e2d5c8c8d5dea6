#!/bin/sh
# board-cli.sh: the board commands end to end: `footscreen record` from the
# simulator, a replay, a socat pty speaking generic lines and a silent
# FIFO; Ctrl-C during a recording; a missing device; `footscreen ports`;
# `footscreen calibrate` on captured lines.  The pronated-left simulation
# analysed must show the medial load shift it was made with (issue 4).
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"

# Never touch the user's own calibration.
export XDG_STATE_HOME="$TMPD/state"

# Column 3 (ML, mm) of `footscreen cop`, averaged.
mean_ml() {
	"$FOOTSCREEN" cop "$1" | awk -F, 'NR > 1 { s += $3; n++ }
	    END { if (n) printf "%.3f\n", s / n }'
}

# A value from `analyze --format csv`.
csv_value() {
	"$FOOTSCREEN" analyze --format csv "$1" | awk -F, -v k="$2" \
	    '$2 == k { print $3 }'
}

# Rows of a recording (lines after the column header).
rows() {
	awk 'started { n++ } /^t,/ { started = 1 } END { print n + 0 }' "$1"
}

# --- sim at the real pace: 5 s, 100 Hz (the issue's own example) ------
F="$TMPD/sim.fsrec"
expect_status 0 "record --board sim --seconds 5" \
    "$FOOTSCREEN" record --board sim --seconds 5 -o "$F"
expect_grep "$TMPD/err" "500 samples in 4.99 s" "summary counts 500 samples"
expect_grep "$TMPD/err" "0 lost in 0 sequence gaps, 0 bad lines" \
    "summary: nothing lost, no bad lines"
expect_grep "$F" "^# load_unit = kg$" "sim recording is in kg"
expect_grep "$F" "^# calibrated = yes$" "sim recording says calibrated"
if [ -e "$F.part" ]; then fail "no $F.part left behind"; else pass "no .part left"; fi
expect_status 0 "cop reads the 5 s recording" "$FOOTSCREEN" cop "$F"
n=$(rows "$F")
if [ "$n" -eq 500 ]; then pass "5 s at 100 Hz is 500 rows"; else fail "$n rows"; fi
# The diffusion plot needs 7.56 s (footscreen(1)): analyze describes the
# rest, leaves that family nan and says why.
expect_status 0 "analyze reads the 5 s recording" "$FOOTSCREEN" analyze --format csv "$F"
expect_grep "$TMPD/err" "the diffusion analysis \\(needs 7.56 s\\)" \
    "analyze says what 5 s is too short for"
expect_grep "$TMPD/out" ",rms_ML,[0-9]" "the 5 s recording has an rms"
expect_grep "$TMPD/out" ",short_time_diffusion_Diffusion_ML,nan$" "and no diffusion"

# --- sim at full speed: long enough to analyse ------------------------
G="$TMPD/sim10.fsrec"
expect_status 0 "record sim?speed=max for 10 s" \
    "$FOOTSCREEN" record --board 'sim?speed=max' --seconds 10 -o "$G"
expect_status 0 "analyze reads the sim recording" "$FOOTSCREEN" analyze "$G"
expect_grep "$TMPD/out" "n_samples +1000" "1000 samples analysed"

# --- the Done-when of issue 4: pronated-left shifts load medially -----
for p in neutral pronated-left; do
	"$FOOTSCREEN" record --board "sim:$p?phase=left&speed=max" \
	    --seconds 10 -o "$TMPD/$p.fsrec" 2>"$TMPD/err" ||
	    fail "record sim:$p?phase=left"
done
ml_n=$(mean_ml "$TMPD/neutral.fsrec")
ml_p=$(mean_ml "$TMPD/pronated-left.fsrec")
right_n=$(csv_value "$TMPD/neutral.fsrec" share_right_cells_pct)
right_p=$(csv_value "$TMPD/pronated-left.fsrec" share_right_cells_pct)
echo "# left-leg stance: mean ML neutral $ml_n mm, pronated-left $ml_p mm;" \
    "right-cell share $right_n % vs $right_p %"
# Standing on the left foot puts the COP near the left foot's centre line
# (100 mm left of the middle with the model's 200 mm spacing); medial is
# towards the middle, i.e. to the right.
if awk -v a="$ml_n" -v b="$ml_p" 'BEGIN { exit !(a < -80 && a > -120 &&
    b > a + 3) }'; then
	pass "pronated-left COP lies medial of neutral ($ml_p > $ml_n mm)"
else
	fail "mean ML neutral $ml_n, pronated-left $ml_p"
fi
# The same through analyze's single-leg measure (the model's feet are
# 200 mm apart): the COP's distance medial of the left foot's line.
med_n=$("$FOOTSCREEN" analyze --format csv --foot-spacing 200 --stance left \
    "$TMPD/neutral.fsrec" | awk -F, '$2 == "cop_medial_of_foot_line" { print $3 }')
med_p=$("$FOOTSCREEN" analyze --format csv --foot-spacing 200 --stance left \
    "$TMPD/pronated-left.fsrec" | awk -F, '$2 == "cop_medial_of_foot_line" { print $3 }')
if awk -v a="$med_n" -v b="$med_p" 'BEGIN { exit !(a != "" && b > a + 3) }'; then
	pass "analyze --stance left: pronated-left $med_p mm medial vs neutral $med_n mm"
else
	fail "cop_medial_of_foot_line neutral '$med_n', pronated-left '$med_p'"
fi
if awk -v a="$right_n" -v b="$right_p" 'BEGIN { exit !(b > a) }'; then
	pass "analyze: more load on the right cells when pronated-left"
else
	fail "share_right_cells_pct neutral $right_n, pronated-left $right_p"
fi

# --- replay gives the same rows back ------------------------------------
R="$TMPD/replayed.fsrec"
expect_status 0 "record a replay at full speed" \
    "$FOOTSCREEN" record --board "replay:$G?speed=max" --seconds 100 -o "$R"
sed -n '/^t,/,$p' "$G" >"$TMPD/g.rows"
sed -n '/^t,/,$p' "$R" >"$TMPD/r.rows"
if cmp -s "$TMPD/g.rows" "$TMPD/r.rows"; then
	pass "replayed rows are identical, times included"
else
	fail "replayed rows differ"
	diff "$TMPD/g.rows" "$TMPD/r.rows" | head -5
fi

# --- Ctrl-C keeps what was recorded -------------------------------------
I="$TMPD/interrupted.fsrec"
"$FOOTSCREEN" record --board sim --seconds 60 -o "$I" 2>"$TMPD/int.err" &
pid=$!
sleep 1
kill -INT "$pid"
wait "$pid"
st=$?
if [ "$st" -eq 0 ]; then pass "SIGINT: record exits 0"; else fail "SIGINT: exit $st"; fi
expect_grep "$TMPD/int.err" "interrupted: [0-9]+ samples" "summary says interrupted"
expect_status 0 "the interrupted recording reads back" "$FOOTSCREEN" cop "$I"
n=$(rows "$I")
if [ "$n" -ge 20 ]; then pass "interrupted recording kept $n rows"; else fail "$n rows"; fi
if [ -e "$I.part" ]; then fail "$I.part left behind"; else pass "no .part after SIGINT"; fi

# --- errors -------------------------------------------------------------
M="$TMPD/missing.fsrec"
expect_status 1 "missing device exits 1" \
    "$FOOTSCREEN" record --board /nonexistent/ttyUSB7 --seconds 1 -o "$M"
expect_grep "$TMPD/err" "/nonexistent/ttyUSB7: no such device" \
    "missing device is named"
if [ -e "$M" ] || [ -e "$M.part" ]; then fail "no file for a missing device"
else pass "no file written for a missing device"; fi
expect_status 2 "record without -o exits 2" "$FOOTSCREEN" record --board sim
expect_status 1 "bad sim profile exits 1" \
    "$FOOTSCREEN" record --board sim:flat --seconds 1 -o "$M"
expect_grep "$TMPD/err" "unknown profile; profiles: neutral" "profiles listed"

# A board that sends nothing: the timeout names the port and settings.
cat >"$TMPD/fast.conf" <<'EOF'
[board]
timeout_s = 0.3
protocol = generic
EOF
mkfifo "$TMPD/fifo" || exit 99
expect_status 1 "silent board exits 1" "$FOOTSCREEN" --config "$TMPD/fast.conf" \
    record --board "$TMPD/fifo" --seconds 1 -o "$M"
expect_grep "$TMPD/err" "no data from .*fifo \(FIFO\) for 0.3 s \(generic protocol\)" \
    "timeout names the port and protocol"

# --- ports ----------------------------------------------------------------
expect_status 0 "ports exits 0" "$FOOTSCREEN" ports
expect_grep "$TMPD/out" "^(no serial ports found|[ *] /dev/)" "ports lists or says none"

# --- calibrate on captured generic lines ---------------------------------
cat >"$TMPD/gen.conf" <<'EOF'
[board]
protocol = generic
EOF
C="$TMPD/board.txt"
# Empty board: about 1000, 2000, 3000, 4000 counts, a count of noise.
awk 'BEGIN { for (i = 0; i < 300; i++) printf "%d,%d,%d,%d\n",
    1000 + i % 3, 2000 - i % 2, 3000 + i % 2, 4000 }' >"$C"
expect_status 0 "calibrate --tare" "$FOOTSCREEN" --config "$TMPD/gen.conf" \
    calibrate --board "$C" --tare
expect_grep "$TMPD/out" "^saved for board '$C'" "tare saved for the board"
# 20 kg in the middle: 5000 counts more on each cell.
awk 'BEGIN { for (i = 0; i < 300; i++) printf "%d,%d,%d,%d\n",
    6000 + i % 3, 7000 - i % 2, 8000 + i % 2, 9000 }' >"$C"
expect_status 0 "calibrate --weight 20" "$FOOTSCREEN" --config "$TMPD/gen.conf" \
    calibrate --board "$C" --weight 20
expect_grep "$TMPD/out" "scale: 20.000 kg reads 20.000 kg" "scale reads the weight"
S="$XDG_STATE_HOME/footscreen/calibration.ini"
if [ "$(stat -c %a "$S" 2>/dev/null)" = 600 ]; then pass "state file is 0600"
else fail "state file mode $(stat -c %a "$S" 2>/dev/null)"; fi
expect_status 0 "calibrate --show" "$FOOTSCREEN" --config "$TMPD/gen.conf" \
    calibrate --board "$C" --show
expect_grep "$TMPD/out" "calibration from the state file; tared yes, scaled yes" \
    "show: stored, tared and scaled"
# A recording through the stored calibration is in kg.
K="$TMPD/cal.fsrec"
expect_status 0 "record the calibrated board" "$FOOTSCREEN" --config \
    "$TMPD/gen.conf" record --board "$C" --rate 100 --seconds 10 -o "$K"
expect_grep "$K" "^# load_unit = kg$" "calibrated recording is in kg"
total=$(sed -n '/^t,/{n;p;q}' "$K" | awk -F, '{ printf "%.4f", $2 + $3 + $4 + $5 }')
if awk -v t="$total" 'BEGIN { exit !(t > 19.99 && t < 20.01) }'; then
	pass "the first row sums to the 20 kg put on ($total)"
else
	fail "first row sums to $total kg"
fi
# A damaged state file is reported and left alone.
echo "garbage" >>"$S"
cp "$S" "$TMPD/state.before"
expect_status 1 "calibrate with a damaged state file exits 1" "$FOOTSCREEN" \
    --config "$TMPD/gen.conf" calibrate --board "$C" --tare
expect_grep "$TMPD/err" "calibration.ini:[0-9]+: expected key = value" \
    "damaged state file: file and line named"
if cmp -s "$S" "$TMPD/state.before"; then pass "damaged state file left as it was"
else fail "damaged state file was changed"; fi
rm -f "$S"

# --- a socat pty speaking generic lines ----------------------------------
if command -v socat >/dev/null 2>&1; then
	# The generator sends 30 s worth of 100 Hz lines in bursts of 100
	# every 0.1 s, then holds on.  The recorder drops what came before it
	# opened the pty, and needs only 1000 of the 3000.
	cat >"$TMPD/gen.sh" <<'EOF'
sleep 0.3
awk 'BEGIN { for (i = 0; i < 3000; i++) {
    printf "%.2f,%.2f,%.2f,%.2f\n", 17 + sin(i / 37), 18 - sin(i / 53),
        17.5 + cos(i / 41), 17.5
    if (i % 100 == 99) { fflush(); system("sleep 0.1") } } }'
sleep 5
EOF
	socat pty,raw,echo=0,link="$TMPD/board" SYSTEM:"sh $TMPD/gen.sh" \
	    2>"$TMPD/socat.err" &
	spid=$!
	i=0
	while [ ! -e "$TMPD/board" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	P="$TMPD/pty.fsrec"
	# timeout: a board that hangs up and never comes back is waited for.
	expect_status 0 "record a socat pty (generic lines)" timeout 20 \
	    "$FOOTSCREEN" --config "$TMPD/gen.conf" record --board "$TMPD/board" \
	    --rate 100 --seconds 10 -o "$P"
	expect_grep "$TMPD/err" "1000 samples in 9.99 s" "1000 samples from the pty"
	expect_status 0 "analyze reads the pty recording" "$FOOTSCREEN" analyze "$P"
	kill "$spid" 2>/dev/null
	wait "$spid" 2>/dev/null
else
	echo "# socat not installed: pty-via-socat checks skipped"
fi

finish
