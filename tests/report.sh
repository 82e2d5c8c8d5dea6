#!/bin/sh
# report.sh: `footscreen report` on a sample profile with two saved
# screenings (tests/answers/pronated-left.ini, then neutral.ini), in every
# format.  The lines that matter are checked, not whole files, so that a
# change of wording elsewhere does not break the test: the name, the
# dates, the session numbers, the triage, the left/right table, the
# changes since the previous screening and the disclaimer.  The HTML is
# checked to be self-contained, and, when headless Chromium and pdfinfo
# are installed, to print on exactly one A4 page.
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
ASAN_OPTIONS=exitcode=86:abort_on_error=0; export ASAN_OPTIONS
UBSAN_OPTIONS=exitcode=86:print_stacktrace=1; export UBSAN_OPTIONS
FOOTSCREEN_SYSCONFDIR=$TMPD/etc; export FOOTSCREEN_SYSCONFDIR
A="$abs_top_srcdir/tests/answers"
DB=$TMPD/fs.db
F() { "$FOOTSCREEN" --db "$DB" "$@"; }

# The sample: the earlier screening pronated on the left, the later neutral.
F profile add Sample --born 1984 --sex female >/dev/null
F assess --profile Sample --save --date 2026-08-01 "$A/pronated-left.ini" \
    >/dev/null 2>&1
F assess --profile Sample --save --date 2026-10-01T09:30:00Z \
    --notes "after six weeks of exercises" "$A/neutral.ini" >/dev/null 2>&1

# has FILE FIXED-STRING DESCRIPTION: FILE holds the line part exactly.
has() {
	if grep -Fq -- "$2" "$1"; then pass "$3"; else
		fail "$3 (no '$2' in $(basename "$1"))"
	fi
}

# ---- text: who and when, then the full report ----------------------------
expect_status 0 "text report of the latest screening" F report Sample
cp "$TMPD/out" "$TMPD/r.txt"
has "$TMPD/r.txt" "Name: Sample" "text: the name"
has "$TMPD/r.txt" "Year of birth: 1984" "text: the year of birth"
has "$TMPD/r.txt" "Screened: 2026-10-01 09:30 UTC (session 2, scripted)" \
    "text: the date, session and mode"
has "$TMPD/r.txt" "Previous screening: 2026-08-01 (session 1)" \
    "text: the previous screening"
has "$TMPD/r.txt" "Notes: after six weeks of exercises" "text: the notes"
has "$TMPD/r.txt" "Since the previous screening (2026-08-01)" "text: a changes section"
has "$TMPD/r.txt" "- foot posture, left: before rolls inward (pronated), now neutral" \
    "text: the left foot's posture changed"
has "$TMPD/r.txt" "- foot posture score, left: before 8 points, now 3 points, change -5 points" \
    "text: a number's change with its unit"
has "$TMPD/r.txt" "- single-leg heel raises, right: before 27 raises, now 29 raises, change +2" \
    "text: the right heel raises"
has "$TMPD/r.txt" "Result: No warning signs found." "text: the triage"
has "$TMPD/r.txt" "This screen describes how you stand and move. It cannot find the cause of pain" \
    "text: the disclaimer"
has "$TMPD/r.txt" "Standing on one leg, eyes open: left 45 s, right 45 s." "text: the balance"
if awk '{ n = gsub(/[\200-\277]/, "&"); if (length($0) - n > 80) exit 1 }' "$TMPD/r.txt"; then
	pass "text: fits 80 columns"
else
	fail "text: a line over 80 columns"
fi

# ---- an earlier session: no previous one ---------------------------------
expect_status 0 "text report of session 1" F report sample --session 1
has "$TMPD/out" "Previous screening: none" "session 1 has no previous screening"
has "$TMPD/out" "Left foot: rolls inward (pronated), moderate confidence." \
    "session 1 is screened again from its saved answers"
if grep -q "Since the previous screening" "$TMPD/out"; then
	fail "session 1 shows changes it cannot have"
else
	pass "session 1 shows no changes"
fi

# ---- Markdown -------------------------------------------------------------
expect_status 0 "Markdown report" F report Sample --session 1 --format markdown
cp "$TMPD/out" "$TMPD/r.md"
has "$TMPD/r.md" "# footscreen: your screening result" "markdown: the title"
has "$TMPD/r.md" "- **Name:** Sample" "markdown: the name"
has "$TMPD/r.md" "- **Screened:** 2026-08-01 (session 1, scripted)" "markdown: the date"
has "$TMPD/r.md" "> **This screen describes how you stand and move." "markdown: the disclaimer stands out"
has "$TMPD/r.md" "| Measure | Left | Right | Right − left (index) | Judgement |" "markdown: the left/right table"
has "$TMPD/r.md" "| foot posture score | 8 points | 2 points | -6 points | a large difference; the side that differs: left |" \
    "markdown: the FPI row with its band and side"
has "$TMPD/r.md" "| arch drop (navicular drop) | 13 mm | 5 mm | -8 mm (-88.9 %) | a notable difference; the side that differs: left |" \
    "markdown: the navicular drop row"
has "$TMPD/r.md" "- Foot rolls inward (pronated), on the left. *" "markdown: a finding with its side"
has "$TMPD/r.md" "## Your plan" "markdown: the plan"
has "$TMPD/r.md" "## Warning signs to watch for" "markdown: the safety net"

# ---- HTML -----------------------------------------------------------------
expect_status 0 "HTML report to a file" F report Sample --format html -o "$TMPD/r.html"
[ "$(stat -c %a "$TMPD/r.html")" = 600 ] && pass "html: the file is 0600" ||
    fail "html: mode $(stat -c %a "$TMPD/r.html")"
has "$TMPD/r.html" "<!DOCTYPE html>" "html: a document"
has "$TMPD/r.html" '<meta charset="utf-8">' "html: says its encoding"
has "$TMPD/r.html" "@page { size: A4;" "html: a print style for A4"
has "$TMPD/r.html" '<th scope="row">Name</th><td>Sample</td>' "html: the name"
has "$TMPD/r.html" "<td>2026-10-01 09:30 UTC (session 2, scripted)</td>" "html: the date"
has "$TMPD/r.html" '<p class="alert">This screen describes how you stand and move.' \
    "html: the disclaimer stands out"
has "$TMPD/r.html" "<tr><td>foot posture, left</td><td>rolls inward (pronated)</td><td>neutral</td>" \
    "html: the change of posture"
if grep -Eiq '(src|href)=|url\(|@import|<script|<link' "$TMPD/r.html"; then
	fail "html: refers to something outside the file"
else
	pass "html: self-contained (no src, href, url(), @import, script or link)"
fi
# A name that is HTML is shown, not obeyed.
F profile add '<b>Bo</b> & "Co"' >/dev/null
F assess --profile '<b>Bo</b> & "Co"' --save "$A/neutral.ini" >/dev/null 2>&1
F report '<b>bo</b> & "co"' --format html >"$TMPD/esc.html" 2>/dev/null
has "$TMPD/esc.html" "&lt;b&gt;Bo&lt;/b&gt; &amp; &quot;Co&quot;" "html: names are escaped"

# One A4 page, in a real browser, for the longest sample: the pronated
# screening with the changes since the neutral one.
F profile add Long >/dev/null
F assess --profile Long --save --date 2026-08-01 "$A/neutral.ini" >/dev/null 2>&1
F assess --profile Long --save --date 2026-10-01 --notes "knee falls in on the left" \
    "$A/pronated-left.ini" >/dev/null 2>&1
F report Long --format html -o "$TMPD/long.html"
# And a screening with every section full: symptoms at five sites, warning
# signs, both feet and the board measured, twenty findings, a long plan.
cat >"$TMPD/full.ini" <<'EOF'
[person]
age = 45
sex = female
fell_past_year = yes
[red_flags]
back_pain_began_before_35 = yes
wakes_second_half_of_night = yes
buttock_pain = yes
better_with_movement = yes
[symptom.low_back]
present = yes
side = centre
duration_weeks = 20
intensity = 5
worse_with = sitting, bending, morning
limits_daily_life = yes
improving = no
[symptom.buttock]
present = yes
side = left
duration_weeks = 10
[symptom.knee]
present = yes
side = left
worse_with = stairs, running
[symptom.heel_foot]
present = yes
side = right
worse_with = morning, walking
[symptom.hip]
present = yes
side = left
[left]
shoe_wear = inner
foot_angle = out
heel_tilt = outward
knee_falls_in_walking = yes
print_min_midfoot_mm = 45
print_max_forefoot_mm = 95
print_max_heel_mm = 60
navicular_neutral_mm = 48
navicular_relaxed_mm = 33
fpi1 = 2
fpi2 = 2
fpi3 = 1
fpi4 = 2
fpi5 = 1
fpi6 = 2
sls_eyes_open_s = 12
sls_eyes_closed_s = 3
heel_raise_reps = 12
squat_knee = medial
squat_pelvic_drop = yes
board_sls_cop_medial_mm = 8
board_sls_time_s = 20
[right]
shoe_wear = outer
foot_angle = in
heel_tilt = inward
print_min_midfoot_mm = 10
print_max_forefoot_mm = 98
print_max_heel_mm = 62
navicular_neutral_mm = 47
navicular_relaxed_mm = 44
fpi1 = -1
fpi2 = -1
fpi3 = 0
fpi4 = -1
fpi5 = -1
fpi6 = -1
sls_eyes_open_s = 30
sls_eyes_closed_s = 9
heel_raise_reps = 25
squat_knee = over_foot
squat_pelvic_drop = no
board_sls_cop_medial_mm = -5
board_sls_time_s = 30
[tests]
heel_raise_protocol = flat_floor
leg_length = left_shorter
pelvis_level = no
[board]
weight_right_pct = 58
velocity_eo_mm_s = 10
velocity_ec_mm_s = 16
area_eo_mm2 = 200
area_ec_mm2 = 420
EOF
F assess --profile Full --save --date 2026-01-01 "$A/neutral.ini" >/dev/null 2>&1
F assess --profile Full --save --notes "Referred by Dr Okafor. Runs 20 km a week; \
left ankle sprain in 2024; orthotics since 2025; wants to return to trail running \
by spring; works at a desk eight hours a day" "$TMPD/full.ini" >/dev/null 2>&1
F report Full --format html -o "$TMPD/full.html"
has "$TMPD/full.html" "The text report (footscreen report --format text) explains each of these." \
    "html: many findings are listed by label, pointing to the text report"
CHROMIUM=
for c in chromium chromium-browser google-chrome; do
	command -v "$c" >/dev/null 2>&1 && { CHROMIUM=$c; break; }
done
if [ -n "$CHROMIUM" ] && command -v pdfinfo >/dev/null 2>&1; then
	pages_of() {
		prof=$(mktemp -d "$TMPD/chrome.XXXXXX")
		# Its own home: Chromium writes under HOME and XDG_*_HOME.
		HOME=$prof XDG_CONFIG_HOME=$prof XDG_CACHE_HOME=$prof \
		timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
		    --disable-quic --no-first-run --disable-background-networking \
		    --disable-component-update --disable-sync \
		    --user-data-dir="$prof" --no-pdf-header-footer \
		    --print-to-pdf="$1.pdf" "file://$1" >/dev/null 2>&1
		pdfinfo "$1.pdf" 2>/dev/null | sed -n 's/^Pages: *//p'
	}
	for f in long r esc full; do
		p=$(pages_of "$TMPD/$f.html")
		[ "$p" = 1 ] && pass "html: $f prints on one A4 page" ||
		    fail "html: $f prints on '$p' pages"
	done
else
	echo "# SKIP one-page check: no headless Chromium or no pdfinfo"
fi

# ---- JSON -----------------------------------------------------------------
expect_status 0 "JSON report" F report Sample --format json
cp "$TMPD/out" "$TMPD/r.json"
if command -v jq >/dev/null 2>&1; then
	if jq -e '.schema_version == 1 and .command == "assess" and
	    .triage.tier == "selfcare" and .feet.left.pronation.category == "neutral" and
	    .profile.name == "Sample" and .profile.birth_year == 1984 and
	    .session.id == 2 and .session.taken == "2026-10-01T09:30:00Z" and
	    .session.notes == "after six weeks of exercises" and
	    .previous_session.id == 1 and
	    ([.previous_session.measures[] | select(.measure == "pronation" and
	      .side == "left")][0].text == "pronated")' "$TMPD/r.json" >/dev/null; then
		pass "json: schema 1 fields with profile, session and previous session"
	else
		fail "json: not as expected"
	fi
else
	has "$TMPD/r.json" '"schema_version": 1' "json: schema 1"
	has "$TMPD/r.json" '"previous_session": {' "json: the previous session"
fi

# ---- CSV ------------------------------------------------------------------
expect_status 0 "CSV report" F report Sample --format csv
has "$TMPD/out" "date,session,measure,side,value,unit,text" "csv: the header"
has "$TMPD/out" "2026-10-01T09:30:00Z,2,fpi6_total,left,3,points," "csv: a measure of the session"
has "$TMPD/out" "2026-10-01T09:30:00Z,2,triage,none,,,selfcare" "csv: the triage"
if grep -q "^2026-08-01" "$TMPD/out"; then fail "csv: holds another session"
else pass "csv: only the session reported"; fi

# ---- an emergency: only what to do now --------------------------------------
F assess --profile Urgent --save "$A/emergency.ini" >/dev/null 2>&1
expect_status 0 "an emergency's summary" F report Urgent --format markdown
has "$TMPD/out" "> **Result: Emergency: get medical help now.**" "emergency: stands out"
has "$TMPD/out" "> **Call 999 now" "emergency: what to do now"
if grep -q "## Your plan\|## Your feet" "$TMPD/out"; then
	fail "emergency: a plan or posture is shown"
else
	pass "emergency: nothing else is scored or planned"
fi

# ---- errors -----------------------------------------------------------------
expect_status 1 "an unknown profile" F report Nobody
has "$TMPD/err" "no profile called 'Nobody'" "names the profile"
F profile add Empty >/dev/null
expect_status 1 "a profile with no screenings" F report Empty
has "$TMPD/err" "Empty has no saved screenings yet" "says there is nothing to report"
expect_status 1 "another profile's session" F report Empty --session 1
has "$TMPD/err" "session 1 is not one of Empty's" "says whose it is"
expect_status 2 "an unknown format" F report Sample --format pdf
has "$TMPD/err" "allowed: text, markdown, html, json, csv" "lists the formats"
expect_status 2 "a bad country" F report Sample --country 999
expect_status 1 "no database" "$FOOTSCREEN" --db "$TMPD/none.db" report Sample
has "$TMPD/err" "$TMPD/none.db: no history database there yet" "names the missing file"

finish
