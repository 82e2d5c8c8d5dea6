#!/bin/sh
# store.sh: the history database through the commands (issue 6):
# profiles, `assess --save`, history, delete and export; and what must
# not go wrong with the file: it is private; a foreign or damaged file is
# refused and left byte for byte as it was; a read-only place and a full
# disk give clear messages; kill -9 in the middle of saves loses at most
# the save in flight and the file stays sound; two processes saving at
# once lose nothing.  The file is checked with SQLite's own command-line
# tool when it is installed, else with `footscreen db check`.
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
ASAN_OPTIONS=exitcode=86:abort_on_error=0; export ASAN_OPTIONS
UBSAN_OPTIONS=exitcode=86:print_stacktrace=1; export UBSAN_OPTIONS
FOOTSCREEN_SYSCONFDIR=$TMPD/etc; export FOOTSCREEN_SYSCONFDIR
XDG_DATA_HOME=$TMPD/data; export XDG_DATA_HOME
# No user configuration, readable as nobody too (the read-only checks).
XDG_CONFIG_HOME=$TMPD/noconfig; export XDG_CONFIG_HOME
A="$abs_top_srcdir/tests/answers"
F=$FOOTSCREEN
if command -v sqlite3 >/dev/null 2>&1; then HAVE_SQLITE3=1; else HAVE_SQLITE3=0; fi
if command -v jq >/dev/null 2>&1; then HAVE_JQ=1; else HAVE_JQ=0; fi

# sessions DB: how many screenings the file holds (footscreen's count).
sessions() {
	"$F" --db "$1" db check 2>/dev/null |
	    sed -n 's/.* \([0-9][0-9]*\) sessions*$/\1/p'
}

# sound DB DESCRIPTION: SQLite's integrity check passes, by sqlite3 when
# there is one (independent of footscreen), and by `footscreen db check`.
sound() {
	if [ "$HAVE_SQLITE3" = 1 ]; then
		r=$(sqlite3 "$1" 'PRAGMA integrity_check; PRAGMA foreign_key_check;' 2>&1)
		if [ "$r" = ok ]; then pass "$2: sqlite3 integrity_check ok"; else
			fail "$2: sqlite3 says: $r"
		fi
	fi
	expect_status 0 "$2: footscreen db check passes" "$F" --db "$1" db check
}

# mode FILE: its permission bits in octal.
mode() { stat -c %a "$1"; }

# ---- profiles ----------------------------------------------------------
DB=$TMPD/data/footscreen/footscreen.db
expect_status 0 "profile list with no database is empty" "$F" profile list
[ ! -s "$TMPD/out" ] && pass "empty list prints nothing" || fail "empty list printed"
[ ! -e "$DB" ] && pass "a read makes no file" || fail "profile list made $DB"
expect_status 0 "profile add" "$F" profile add "Ann Smith" --born 1980 --sex female \
    --notes "left ankle sprain 2024"
expect_grep "$TMPD/out" "Added profile 'Ann Smith' \(id 1\)" "add names the profile and id"
[ -f "$DB" ] && pass "the file is made under XDG_DATA_HOME" || fail "no $DB"
[ "$(mode "$DB")" = 600 ] && pass "the file is 0600" || fail "file mode $(mode "$DB")"
[ "$(mode "$TMPD/data/footscreen")" = 700 ] && pass "its directory is 0700" ||
    fail "directory mode $(mode "$TMPD/data/footscreen")"
expect_status 1 "a name taken in another case is refused" "$F" profile add "ann smith"
expect_grep "$TMPD/err" "exists already" "the message says the name exists"
expect_status 2 "a bad --sex is a usage error" "$F" profile add Bob --sex robot
expect_grep "$TMPD/err" "allowed: none, female, male" "--sex lists what is allowed"
expect_status 1 "a year of birth in the future is refused" "$F" profile add Bob --born 2999
expect_status 0 "profile show finds a name in any case" "$F" profile show "ANN SMITH"
expect_grep "$TMPD/out" "^Year of birth: 1980" "show has the year of birth"
expect_grep "$TMPD/out" "left ankle sprain" "show has the notes"
expect_status 0 "profile show finds an id" "$F" profile show 1
expect_grep "$TMPD/out" "^Name: +Ann Smith" "id 1 is Ann"
expect_status 1 "an unknown profile is an error" "$F" profile show Nobody
expect_grep "$TMPD/err" "no profile called 'Nobody' in $DB" "it names the profile and file"
expect_status 0 "profile edit" "$F" profile edit 1 --born 1981 --notes "runner"
"$F" profile show 1 >"$TMPD/out"
expect_grep "$TMPD/out" "^Year of birth: 1981" "the edit is kept"

# ---- assess --save -----------------------------------------------------
expect_status 0 "assess --save for a new profile" \
    "$F" assess --profile Sample --save --date 2026-08-01 "$A/pronated-left.ini"
expect_grep "$TMPD/err" "new profile 'Sample'" "a new profile is announced on stderr"
expect_grep "$TMPD/err" "saved as session 1 of 'Sample'" "the session is announced"
expect_grep "$TMPD/out" "rolls inward \(pronated\)" "the report is still printed"
expect_status 0 "assess --save for the same profile in another case" \
    "$F" assess --profile SAMPLE --save --date 2026-10-01T09:30:00Z \
    --notes "after six weeks" "$A/neutral.ini"
expect_status 2 "--save without --profile is a usage error" \
    "$F" assess --save "$A/neutral.ini"
expect_status 2 "--date without --save is a usage error" \
    "$F" assess --date 2026-01-01 "$A/neutral.ini"
expect_status 1 "a date that does not exist is refused" \
    "$F" assess --profile Sample --save --date 2026-02-30 "$A/neutral.ini"
expect_status 1 "a missing numeric id is not made a profile" \
    "$F" assess --profile 77 --save "$A/neutral.ini"
expect_status 0 "history as text" "$F" history Sample
expect_grep "$TMPD/out" "^Screenings of Sample \(id 2\): 2" "two screenings"
expect_grep "$TMPD/out" "^2026-10-01  session 2  scripted  notes: after six weeks" \
    "sessions with date, id, mode and notes"
expect_status 0 "history as CSV" "$F" history Sample --format csv
expect_grep "$TMPD/out" "^date,session,measure,side,value,unit,text$" "CSV header"
expect_grep "$TMPD/out" "^2026-08-01T00:00:00Z,1,fpi6_total,left,8,points,$" \
    "one row per measure per side"
expect_grep "$TMPD/out" "^2026-08-01T00:00:00Z,1,pronation,left,[0-9.]+,,pronated$" \
    "the posture category as text"
if [ "$HAVE_JQ" = 1 ]; then
	expect_status 0 "history as JSON" "$F" history Sample --format json
	if jq -e '.profile.name == "Sample" and (.sessions | length) == 2 and
	    .sessions[1].notes == "after six weeks" and
	    ([.sessions[0].measures[] | select(.measure == "heel_raise" and
	      .side == "right")][0].value == 27)' "$TMPD/out" >/dev/null; then
		pass "history JSON has the profile, sessions and measures"
	else
		fail "history JSON is not as expected"
	fi
fi
# [storage] database in a configuration file, and --db above it.
printf '[storage]\ndatabase = %s\n' "$TMPD/conf.db" >"$TMPD/fs.conf"
expect_status 0 "[storage] database is used" "$F" --config "$TMPD/fs.conf" profile add Cy
[ -f "$TMPD/conf.db" ] && pass "the configured file was made" || fail "no conf.db"
expect_status 0 "--db wins over the configuration" \
    "$F" --config "$TMPD/fs.conf" --db "$TMPD/opt.db" profile add Di
[ -f "$TMPD/opt.db" ] && pass "--db's file was made" || fail "no opt.db"
expect_status 0 "db path" "$F" --db "$TMPD/opt.db" db path
expect_grep "$TMPD/out" "^$TMPD/opt.db$" "db path prints the file"

# ---- export, delete ----------------------------------------------------
expect_status 0 "profile export" "$F" profile export Sample -o "$TMPD/sample.json"
[ "$(mode "$TMPD/sample.json")" = 600 ] && pass "the export is 0600" ||
    fail "export mode $(mode "$TMPD/sample.json")"
if [ "$HAVE_JQ" = 1 ]; then
	"$F" history Sample --format json >"$TMPD/hist.json"
	if jq -e --slurpfile h "$TMPD/hist.json" '.profile.name == "Sample" and
	    (.sessions | map(.id)) == ($h[0].sessions | map(.id)) and
	    (.sessions | map(.results | map([.measure, .side, .value]))) ==
	    ($h[0].sessions | map(.measures | map([.measure, .side, .value])))
	    and (.sessions[0].answers | test("fpi1 = 2"))' \
	    "$TMPD/sample.json" >/dev/null; then
		pass "the export holds every session, measure and the answers"
	else
		fail "the export differs from the history"
	fi
fi
echo "not the name" | "$F" profile delete Sample >"$TMPD/out" 2>"$TMPD/err"
[ $? -eq 1 ] && pass "a wrong name deletes nothing" || fail "delete without the name"
expect_grep "$TMPD/err" "Delete profile 'Sample' and everything about it: 2 sessions, [0-9]+ results, 0 recordings" \
    "the confirmation says what goes"
expect_grep "$TMPD/err" "nothing was deleted" "and that nothing went"
expect_status 0 "Sample is still there" "$F" profile show Sample
echo "sample" | "$F" profile delete Sample >"$TMPD/out" 2>"$TMPD/err"
[ $? -eq 0 ] && pass "typing the name deletes" || fail "delete with the name failed"
expect_grep "$TMPD/out" "^Deleted profile 'Sample': 2 sessions" "delete says what went"
expect_status 1 "the deleted profile is gone" "$F" history Sample
if [ "$HAVE_SQLITE3" = 1 ]; then
	left=$(sqlite3 "$DB" "SELECT (SELECT count(*) FROM profiles WHERE id = 2) +
	    (SELECT count(*) FROM sessions WHERE profile_id = 2) +
	    (SELECT count(*) FROM results WHERE session_id IN (1, 2)) +
	    (SELECT count(*) FROM recordings WHERE session_id IN (1, 2))")
	[ "$left" = 0 ] && pass "no row of the profile is left in any table" ||
	    fail "$left rows of the deleted profile remain"
fi
if grep -q "Sample" "$DB" "$DB-wal" 2>/dev/null; then
	fail "the deleted name is still in the file's bytes"
else
	pass "the deleted name is not in the file's bytes"
fi
expect_status 0 "delete --yes asks nothing" "$F" --config "$TMPD/fs.conf" \
    profile delete Cy --yes
expect_status 0 "Ann is untouched" "$F" profile show "Ann Smith"
sound "$DB" "after deleting"

# ---- files that are not ours --------------------------------------------
# refused FILE WORDS: every command refuses FILE naming it, and leaves it.
refused() {
	cp "$1" "$TMPD/before"
	for cmd in "profile list" "profile add X" "history X"; do
		# shellcheck disable=SC2086
		expect_status 1 "$(basename "$1"): $cmd refuses it" "$F" --db "$1" $cmd
		expect_grep "$TMPD/err" "$1" "$(basename "$1"): the message names the file"
		expect_grep "$TMPD/err" "$2" "$(basename "$1"): the message says why"
	done
	expect_status 1 "$(basename "$1"): assess --save refuses it" \
	    "$F" --db "$1" assess --profile X --save "$A/neutral.ini"
	if cmp -s "$1" "$TMPD/before"; then pass "$(basename "$1"): left byte for byte"
	else fail "$(basename "$1"): the file was changed"; fi
}
head -c 20000 /dev/urandom >"$TMPD/noise.db"
refused "$TMPD/noise.db" "not a footscreen database"
printf 'my shopping list\nmilk\n' >"$TMPD/list.txt"
refused "$TMPD/list.txt" "not an SQLite file"
if [ "$HAVE_SQLITE3" = 1 ]; then
	sqlite3 "$TMPD/places.sqlite" "CREATE TABLE moz_places (url TEXT);
	    INSERT INTO moz_places VALUES ('https://example.org');"
	refused "$TMPD/places.sqlite" "another program's SQLite database"
	# A footscreen file from the future.
	cp "$TMPD/opt.db" "$TMPD/future.db"
	sqlite3 "$TMPD/future.db" "PRAGMA user_version = 42"
	refused "$TMPD/future.db" "newer footscreen"
fi
mkdir "$TMPD/dir.db"
expect_status 1 "a directory is refused" "$F" --db "$TMPD/dir.db" profile add X
expect_grep "$TMPD/err" "not a regular file" "and said so"

# ---- places that cannot be written ---------------------------------------
printf 'x' >"$TMPD/plainfile"
expect_status 1 "a path under a regular file" "$F" --db "$TMPD/plainfile/fs.db" profile add X
expect_grep "$TMPD/err" "plainfile" "names the path"
# Permissions do not stop root: then run as nobody, who owns nothing here.
if [ "$(id -u)" = 0 ]; then
	if command -v setpriv >/dev/null 2>&1 && setpriv --reuid=65534 \
	    --regid=65534 --clear-groups true 2>/dev/null; then
		AS="setpriv --reuid=65534 --regid=65534 --clear-groups"
	else
		AS=""
	fi
	chmod 711 "$TMPD"
else
	AS="env"
fi
if [ -n "$AS" ]; then
	mkdir -p "$TMPD/ro"
	chmod 555 "$TMPD/ro"
	expect_status 1 "a read-only directory" $AS "$F" --db "$TMPD/ro/fs.db" profile add X
	expect_grep "$TMPD/err" "cannot create $TMPD/ro/fs.db: Permission denied" \
	    "says it cannot create the file, and why"
	cp "$TMPD/opt.db" "$TMPD/rofile.db"
	chmod 644 "$TMPD/rofile.db"
	expect_status 1 "a read-only file" $AS "$F" --db "$TMPD/rofile.db" profile add X
	expect_grep "$TMPD/err" "cannot write $TMPD/rofile.db" "says it cannot write it"
	chmod 700 "$TMPD"
else
	echo "# SKIP read-only checks: root, and cannot switch to nobody"
fi

# ---- a full disk ---------------------------------------------------------
# A small tmpfs in a private mount namespace: a real ENOSPC, no test hook
# in the program.  root needs only -m; others need a user namespace too.
if [ "$(id -u)" = 0 ]; then NS="unshare -m"; else NS="unshare -r -m"; fi
mkdir "$TMPD/small"
cat >"$TMPD/full.sh" <<EOF
mount -t tmpfs -o size=192k tmpfs "$TMPD/small" || exit 77
"$F" --db "$TMPD/small/fs.db" profile add Full >/dev/null || exit 3
n=0
while [ \$n -lt 200 ]; do
	"$F" --db "$TMPD/small/fs.db" assess --profile Full --save \
	    "$A/pronated-left.ini" >/dev/null 2>"$TMPD/full.err" || break
	n=\$((n + 1))
done
echo "\$n" >"$TMPD/full.n"
"$F" --db "$TMPD/small/fs.db" db check >"$TMPD/full.check" 2>&1
echo \$? >"$TMPD/full.rc"
EOF
$NS sh "$TMPD/full.sh" >/dev/null 2>&1
case $? in
77|1) echo "# SKIP full-disk checks: cannot mount a tmpfs here ($NS)" ;;
*)
	expect_grep "$TMPD/full.err" "the disk is full" "a full disk is named as such"
	expect_grep "$TMPD/full.err" "$TMPD/small/fs.db" "with the file"
	[ "$(cat "$TMPD/full.rc")" = 0 ] && pass "the file is sound after a full disk" ||
	    fail "db check after a full disk: $(cat "$TMPD/full.check")"
	n=$(cat "$TMPD/full.n")
	[ "$n" -gt 0 ] && pass "saves worked until the disk filled ($n)" ||
	    fail "no save worked on the small disk"
	expect_grep "$TMPD/full.check" " $n sessions?$" "every save reported ($n) is kept, none more"
	;;
esac

# ---- kill -9 in the middle of saving ---------------------------------------
KDB=$TMPD/kill.db
"$F" --db "$KDB" profile add Kill >/dev/null
# The loop stops by itself when told (a stop file), should a kill miss.
printf '%s\n' "echo \$\$ >\"$TMPD/loop.pid\"" \
    "while [ ! -e \"$TMPD/stop\" ]; do" \
    "	\"$F\" --db \"$KDB\" assess --profile Kill --save \"$A/pronated-left.ini\" >/dev/null 2>&1 && echo ok >>\"$TMPD/ok.log\"" \
    'done' >"$TMPD/loop.sh"
if command -v setsid >/dev/null 2>&1; then
	rounds=12
else
	echo "# SKIP kill -9 checks: no setsid to kill a loop and its save at once"
	rounds=0
fi
bad=0 total=0 i=0
while [ $i -lt $rounds ]; do
	before=$(sessions "$KDB")
	: >"$TMPD/ok.log"
	rm -f "$TMPD/stop" "$TMPD/loop.pid"
	# Its own process group, so that one kill stops the loop and the save.
	setsid sh "$TMPD/loop.sh" &
	bg=$!
	while [ ! -s "$TMPD/loop.pid" ]; do sleep 0.01; done
	loop=$(cat "$TMPD/loop.pid")
	# 0.05 to 0.5 s: lands in start-up, the transaction or the exit.
	sleep "$(awk -v s="$i$$" 'BEGIN { srand(s); printf "%.2f", 0.05 + rand() * 0.45 }')"
	kill -9 -- "-$loop" 2>/dev/null || kill -9 "$loop" 2>/dev/null
	touch "$TMPD/stop"
	wait "$bg" 2>/dev/null
	# A save that outlived a missed kill finishes before counting.
	while pgrep -f "$KDB" >/dev/null 2>&1; do sleep 0.05; done
	after=$(sessions "$KDB")
	ok=$(wc -l <"$TMPD/ok.log")
	got=$((after - before))
	total=$((total + got))
	if [ "$got" -ne "$ok" ] && [ "$got" -ne $((ok + 1)) ]; then
		bad=$((bad + 1))
		echo "# round $i: $ok saves reported, $got in the file"
	fi
	i=$((i + 1))
done
[ "$bad" = 0 ] && pass "kill -9 lost at most the save in flight ($rounds rounds, $total saves)" ||
    fail "kill -9: $bad of $rounds rounds lost or invented sessions"
[ "$total" -gt 0 ] && pass "the loops saved something" || fail "no save ever finished"
sound "$KDB" "after kill -9"

# ---- two processes at once -------------------------------------------------
PDB=$TMPD/two.db
"$F" --db "$PDB" profile add Two >/dev/null
saves() {
	j=0
	while [ $j -lt 50 ]; do
		"$F" --db "$PDB" assess --profile Two --save "$A/neutral.ini" \
		    >/dev/null 2>"$TMPD/two.$1" || cat "$TMPD/two.$1" >>"$TMPD/two.err"
		j=$((j + 1))
	done
}
: >"$TMPD/two.err"
saves a & p1=$!
saves b & p2=$!
wait $p1 $p2
[ ! -s "$TMPD/two.err" ] && pass "two processes: every save succeeded" ||
    { fail "two processes: errors"; head -3 "$TMPD/two.err"; }
[ "$(sessions "$PDB")" = 100 ] && pass "two processes: 100 sessions" ||
    fail "two processes: $(sessions "$PDB") sessions, not 100"
sound "$PDB" "after two processes"

finish
