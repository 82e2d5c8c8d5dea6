#!/bin/sh
# cli.sh: the command line as footscreen(1) describes it: help, version,
# exit statuses, option errors that name the value and what is allowed,
# output formats, standard input.
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
SAMPLE="$abs_top_srcdir/data/samples/quiet-standing.fsrec"

expect_status 0 "--help exits 0" "$FOOTSCREEN" --help
expect_grep "$TMPD/out" "^usage: footscreen" "--help prints usage"
expect_grep "$TMPD/out" "analyze" "--help lists analyze"
expect_status 0 "--version exits 0" "$FOOTSCREEN" --version
expect_grep "$TMPD/out" "^footscreen [0-9]+\.[0-9]+\.[0-9]+$" "--version prints the version"
# No command is the full-screen program, which needs a terminal.
expect_status 2 "no command without a terminal exits 2" \
    sh -c 'exec "$0" </dev/null' "$FOOTSCREEN"
expect_grep "$TMPD/err" "needs a terminal on standard input and output" \
    "no command without a terminal says why"
expect_grep "$TMPD/err" "footscreen assess FILE" \
    "no command without a terminal points to assess"
expect_status 2 "--demo without a terminal exits 2" \
    sh -c 'exec "$0" --demo </dev/null' "$FOOTSCREEN"
expect_status 2 "the full-screen options with a command exit 2" \
    "$FOOTSCREEN" --ascii analyze "$SAMPLE"
expect_grep "$TMPD/err" "give them without a command" \
    "the full-screen options with a command are refused"
expect_status 2 "--port without a value exits 2" "$FOOTSCREEN" --port
expect_status 0 "--help exits 0" "$FOOTSCREEN" --help
expect_grep "$TMPD/out" "--demo .*simulated" "--help lists --demo"
expect_grep "$TMPD/out" "F1 shows the keys" "--help names the keys"
expect_status 2 "unknown command exits 2" "$FOOTSCREEN" frobnicate
expect_grep "$TMPD/err" "unknown command 'frobnicate'" "unknown command is named"
expect_status 2 "unknown global option exits 2" "$FOOTSCREEN" --frob analyze
expect_status 0 "analyze --help exits 0" "$FOOTSCREEN" analyze --help
expect_grep "$TMPD/out" "--pipeline quijoux2021\|raw" "analyze --help lists pipelines"

expect_status 2 "bad --pipeline exits 2" "$FOOTSCREEN" analyze --pipeline fast "$SAMPLE"
expect_grep "$TMPD/err" "--pipeline 'fast': allowed: quijoux2021, raw" "bad --pipeline names value and choices"
expect_status 2 "bad --out-units exits 2" "$FOOTSCREEN" analyze --out-units in "$SAMPLE"
expect_grep "$TMPD/err" "--out-units 'in': allowed: mm, cm" "bad --out-units message"
expect_status 2 "bad --rate exits 2" "$FOOTSCREEN" analyze --rate 12x "$SAMPLE"
expect_grep "$TMPD/err" "--rate '12x': expected a number from 1 to 100000" "bad --rate message"
expect_status 2 "bad --rows exits 2" "$FOOTSCREEN" analyze --rows 7:3 "$SAMPLE"
expect_grep "$TMPD/err" "--rows '7:3'" "bad --rows names the value"
expect_status 2 "--stance without --foot-spacing exits 2" "$FOOTSCREEN" analyze --stance left "$SAMPLE"
expect_grep "$TMPD/err" "--stance left needs --foot-spacing MM" "--stance names what it needs"
expect_status 2 "no input file exits 2" "$FOOTSCREEN" analyze
expect_grep "$TMPD/err" "no input file" "missing file argument is reported"

# The sample recording: all three formats.
expect_status 0 "analyze sample (table)" "$FOOTSCREEN" analyze "$SAMPLE"
expect_grep "$TMPD/out" "rms_ML +[0-9.]+ mm" "table shows rms_ML in mm"
expect_grep "$TMPD/out" "share_right_cells_pct" "table shows load shares"
expect_status 0 "analyze sample (csv, cm)" "$FOOTSCREEN" analyze --format csv --out-units cm "$SAMPLE"
expect_grep "$TMPD/out" "^file,descriptor,value$" "csv header"
n=$(grep -c "quiet-standing.fsrec,.*," "$TMPD/out")
if [ "$n" -ge 80 ]; then pass "csv has $n rows"; else fail "csv has $n rows"; fi
cp "$TMPD/out" "$TMPD/cm.csv"
"$FOOTSCREEN" analyze --format csv --out-units mm "$SAMPLE" >"$TMPD/mm.csv"
# Lengths scale by 10 from cm to mm; frequencies do not.
cm=$(grep ',rms_ML,' "$TMPD/cm.csv" | cut -d, -f3)
mm=$(grep ',rms_ML,' "$TMPD/mm.csv" | cut -d, -f3)
if awk -v a="$cm" -v b="$mm" 'BEGIN { d = a * 10 - b; exit !(d < 1e-9 * b && d > -1e-9 * b) }'; then
	pass "rms_ML in mm is 10 x cm ($mm mm)"
else
	fail "rms_ML mm=$mm cm=$cm"
fi
f_cm=$(grep ',centroid_frequency_Power_Spectrum_Density_ML,' "$TMPD/cm.csv" | cut -d, -f3)
f_mm=$(grep ',centroid_frequency_Power_Spectrum_Density_ML,' "$TMPD/mm.csv" | cut -d, -f3)
if [ -n "$f_cm" ] && awk -v a="$f_cm" -v b="$f_mm" 'BEGIN { d = a - b; exit !(d < 1e-9 * b && d > -1e-9 * b) }'; then
	pass "frequencies do not depend on the unit"
else
	fail "centroid frequency cm=$f_cm mm=$f_mm"
fi
a_cm=$(grep ',mean_peak_Sway_Density,' "$TMPD/cm.csv" | cut -d, -f3)
a_mm=$(grep ',mean_peak_Sway_Density,' "$TMPD/mm.csv" | cut -d, -f3)
if [ -n "$a_cm" ] && awk -v a="$a_cm" -v b="$a_mm" 'BEGIN { d = a - b; exit !(d < 1e-9 * b && d > -1e-9 * b) }'; then
	pass "sway density radius scales with the unit"
else
	fail "sway density cm=$a_cm mm=$a_mm"
fi

# [analysis] in the configuration sets the defaults; options still win.
printf '[analysis]\nout_units = cm\npipeline = raw\n' >"$TMPD/a.conf"
expect_status 0 "config sets analyze defaults" "$FOOTSCREEN" --config "$TMPD/a.conf" analyze --format csv "$SAMPLE"
expect_grep "$TMPD/out" ",frequency_after_preprocessing,100$" "pipeline = raw from the config"
v=$(grep ',rms_ML,' "$TMPD/out" | cut -d, -f3)
"$FOOTSCREEN" analyze --format csv --pipeline raw --out-units cm "$SAMPLE" >"$TMPD/opt.csv"
if grep -q ",rms_ML,$v$" "$TMPD/opt.csv"; then pass "out_units = cm from the config"; else fail "out_units = cm from the config ($v)"; fi
expect_status 0 "options override the config" "$FOOTSCREEN" --config "$TMPD/a.conf" analyze --format csv --pipeline quijoux2021 "$SAMPLE"
expect_grep "$TMPD/out" ",frequency_after_preprocessing,25$" "--pipeline beats the config"

expect_status 0 "analyze sample (json)" "$FOOTSCREEN" analyze --format json "$SAMPLE"
expect_grep "$TMPD/out" '"rms_ML": \{' "json has rms_ML"
if command -v jq >/dev/null 2>&1; then
	if jq -e '.files[0].results.sway.rms_ML.value > 0 and .files[0].units == "mm"' \
	    "$TMPD/out" >/dev/null; then pass "json parses with jq"; else fail "json parses with jq"; fi
fi

# Standard input.
expect_status 0 "analyze - reads stdin" sh -c "\"$FOOTSCREEN\" analyze --format csv - <\"$SAMPLE\""
expect_grep "$TMPD/out" "^-,rms_ML," "stdin results are named -"

# A plain COP table in metres with a time column.
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "%.2f,%.6f,%.6f\n", i / 100, 0.003 * sin(i / 30), 0.004 * cos(i / 45) }' \
    >"$TMPD/cop.csv"
expect_status 0 "COP table in metres" "$FOOTSCREEN" analyze --units m --pipeline raw --format csv "$TMPD/cop.csv"
expect_grep "$TMPD/out" ",rate_hz,100$" "rate taken from the time column"
# A 3 mm sine swings over a range of almost exactly 6 mm.
r=$(grep ',range_ML,' "$TMPD/out" | cut -d, -f3)
if awk -v r="$r" 'BEGIN { exit !(r > 5.99 && r <= 6.0) }'; then
	pass "metres converted to mm (range_ML $r)"
else
	fail "metres converted to mm (range_ML '$r')"
fi

finish
