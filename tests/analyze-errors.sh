#!/bin/sh
# analyze-errors.sh: malformed input gives a clear error naming the file and
# line and a non-zero exit, never a crash.  Under --enable-sanitizers a
# sanitizer report exits 86 (set below), so a crash cannot pass as exit 1.
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
ASAN_OPTIONS=exitcode=86:abort_on_error=0; export ASAN_OPTIONS
UBSAN_OPTIONS=exitcode=86:print_stacktrace=1; export UBSAN_OPTIONS

# bad_input NAME PATTERN ARGS...: analyze exits 1, stderr matches PATTERN,
# and nothing in stderr is a sanitizer's.
bad_input() {
	name=$1 pattern=$2
	shift 2
	expect_status 1 "$name: exit status 1" "$FOOTSCREEN" analyze "$@"
	expect_grep "$TMPD/err" "$pattern" "$name: message"
	if grep -Eq 'Sanitizer|runtime error' "$TMPD/err"; then
		fail "$name: sanitizer report"
	fi
}

T=$TMPD
printf 'ml,ap\n1.0,2.0\n1.5,abc\n2.0,2.5\n' >"$T/text.csv"
bad_input "text in a number column" "text.csv:3:.*abc" --rate 100 "$T/text.csv"

printf '1.0,2.0\n1.5,2.5\n2.0\n' >"$T/truncated.csv"
bad_input "truncated last line" "truncated.csv:3" --rate 100 "$T/truncated.csv"

printf '1.0,2.0\nnan,2.5\n2.0,2.5\n' >"$T/nan.csv"
bad_input "NaN" "nan.csv:2" --rate 100 "$T/nan.csv"

printf '1.0,2.0\n1.5,inf\n2.0,2.5\n' >"$T/inf.csv"
bad_input "Inf" "inf.csv:2" --rate 100 "$T/inf.csv"

: >"$T/empty.csv"
bad_input "empty file" "empty.csv" --rate 100 "$T/empty.csv"

awk 'BEGIN { printf "1.0,2.0\n"; for (i = 0; i < 1048576; i++) printf "7"; printf "\n" }' \
    >"$T/longline.csv"
bad_input "1 MB line" "longline.csv:2" --rate 100 "$T/longline.csv"

head -c 4194304 /dev/urandom >"$T/random.bin"
bad_input "4 MB of random bytes" "random.bin" "$T/random.bin"

printf '1.0,2.0\n1.5,2.5\0junk\n' >"$T/nul.csv"
bad_input "NUL byte" "nul.csv:2" --rate 100 "$T/nul.csv"

bad_input "missing file" "no-such-file.csv" "$T/no-such-file.csv"
bad_input "a directory" "$T" "$T"

# A header of a footscreen recording from a newer major version.
printf '# footscreen-recording 99\n' >"$T/future.fsrec"
bad_input "newer recording version" "future.fsrec" "$T/future.fsrec"

# Two good rows are too few to analyse, and the message says so.
printf '1.0,2.0\n1.5,2.5\n' >"$T/short.csv"
bad_input "too short" "short.csv: too short to preprocess: 2 samples" --rate 100 "$T/short.csv"
# Ten rows are too few for anything, and the message says how many it needs.
awk 'BEGIN { for (i = 0; i < 10; i++) printf "%d,%d\n", i % 3, i % 5 }' >"$T/ten.csv"
bad_input "too short to describe" \
    "ten.csv: too short to describe: 10 samples at 100 Hz .*at least 17 are needed" \
    --pipeline raw --rate 100 "$T/ten.csv"

# Four seconds is enough for most descriptors: the rest are nan, with a
# warning that says why, and the exit status is 0.
head -n 400 "$abs_top_srcdir/data/samples/quiet-standing.fsrec" >"$T/short.fsrec"
expect_status 0 "a 4 s recording is analysed" "$FOOTSCREEN" analyze --format csv "$T/short.fsrec"
expect_grep "$TMPD/err" "short.fsrec: warning: 3.8 s after preprocessing is too short for the spectrum \\(needs 5.04 s\\) and the diffusion analysis \\(needs 7.56 s\\)" "short recording: the warning names both families"
expect_grep "$TMPD/out" "short.fsrec,total_power_Power_Spectrum_Density_ML,nan$" "short recording: spectrum is nan"
expect_grep "$TMPD/out" "short.fsrec,short_time_diffusion_Diffusion_AP,nan$" "short recording: diffusion is nan"
expect_grep "$TMPD/out" "short.fsrec,rms_ML,[0-9]" "short recording: rms is a number"

# One bad file among good ones: the good one is still reported, exit 1.
SAMPLE="$abs_top_srcdir/data/samples/quiet-standing.fsrec"
expect_status 1 "a bad file among good ones exits 1" \
    "$FOOTSCREEN" analyze --format csv "$SAMPLE" "$T/text.csv"
expect_grep "$TMPD/out" "quiet-standing.fsrec,rms_ML," "the good file is still reported"

finish
