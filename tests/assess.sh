#!/bin/sh
# assess.sh: `footscreen assess` on the example answer files in
# tests/answers/: the triage tier, referral, foot categories, left/right
# bands, findings and exercises each should give, checked in the JSON
# output (with jq when it is installed, else with grep on the JSON made one
# line), and the text output read for the disclaimer and for words only a
# program would write.  Then the errors: bad files exit 1 naming the key
# and what is allowed, bad options exit 2.  Under --enable-sanitizers a
# sanitizer report exits 86 (set below), so a crash cannot pass as exit 1.
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
ASAN_OPTIONS=exitcode=86:abort_on_error=0; export ASAN_OPTIONS
UBSAN_OPTIONS=exitcode=86:print_stacktrace=1; export UBSAN_OPTIONS
# Never pick up a clinic's advice files from the build machine.
FOOTSCREEN_SYSCONFDIR=$TMPD/etc; export FOOTSCREEN_SYSCONFDIR

A="$abs_top_srcdir/tests/answers"
# FOOTSCREEN_TEST_NO_JQ=1 tries the grep checks on a machine with jq.
if command -v jq >/dev/null 2>&1 && [ -z "${FOOTSCREEN_TEST_NO_JQ:-}" ]; then
	HAVE_JQ=1
else
	HAVE_JQ=0
fi

# assess NAME [OPTIONS]: the JSON result of tests/answers/NAME.ini in
# $TMPD/NAME.json, and its text in $TMPD/NAME.txt; both must exit 0.
assess() {
	name=$1
	shift
	expect_status 0 "$name: json exits 0" \
	    "$FOOTSCREEN" assess --format json "$@" "$A/$name.ini"
	cp "$TMPD/out" "$TMPD/$name.json"
	tr -d '\n' <"$TMPD/$name.json" | sed 's/  */ /g' >"$TMPD/$name.flat"
	expect_status 0 "$name: text exits 0" \
	    "$FOOTSCREEN" assess "$@" "$A/$name.ini"
	cp "$TMPD/out" "$TMPD/$name.txt"
}

# is NAME JQ_TEST GREP_PATTERN DESCRIPTION: JQ_TEST must hold of the JSON
# (jq -e); without jq, GREP_PATTERN (extended) must match the JSON made one
# line, with single blanks, as '"key": value'.
is() {
	name=$1 test=$2 pattern=$3 desc=$4
	if [ "$HAVE_JQ" = 1 ]; then
		if jq -e "$test" "$TMPD/$name.json" >/dev/null 2>&1; then
			pass "$name: $desc"
		else
			fail "$name: $desc (jq: $test)"
		fi
	elif grep -Eq -- "$pattern" "$TMPD/$name.flat"; then
		pass "$name: $desc"
	else
		fail "$name: $desc (grep: $pattern)"
	fi
}

# isnt NAME JQ_TEST GREP_PATTERN DESCRIPTION: as is, but without jq the
# pattern must NOT match.
isnt() {
	name=$1 test=$2 pattern=$3 desc=$4
	if [ "$HAVE_JQ" = 1 ]; then
		is "$name" "$test" "" "$desc"
	elif grep -Eq -- "$pattern" "$TMPD/$name.flat"; then
		fail "$name: $desc (grep found: $pattern)"
	else
		pass "$name: $desc"
	fi
}

# reads_well NAME: the text has the disclaimer, keeps to 80 columns and
# shows no identifiers (snake_case), "(null)", NaN or a "?" for a number.
reads_well() {
	name=$1 f="$TMPD/$1.txt"
	expect_grep "$f" "This screen describes how you stand and move\. It cannot find the cause of pain" \
	    "$name: text has the disclaimer"
	if awk '{ n = gsub(/[\200-\277]/, "&"); if (length($0) - n > 80) exit 1 }' "$f"; then
		pass "$name: text fits 80 columns"
	else
		fail "$name: text has a line over 80 columns"
	fi
	if grep -Eq '[a-z]_[a-z]|\(null\)|(^|[^a-z])nan([^a-z]|$)|[0-9] \?|: \?' "$f"; then
		fail "$name: text shows a program's words"
		grep -En '[a-z]_[a-z]|\(null\)|(^|[^a-z])nan([^a-z]|$)|[0-9] \?|: \?' "$f" | head -3
	else
		pass "$name: text has no identifiers or missing numbers"
	fi
	# Paragraphs are sentences: each ends with a full stop or a colon;
	# lists of warning signs and the exercise pictures are exempt.
	if awk 'BEGIN { ok = 1 }
	    /^[-=~]+$/ { prev = ""; next }
	    /^$/ { if (prev != "" && prev !~ /[.:)]$/ && !art && !list) {
		    ok = 0; print "    | " prev }
		prev = ""; art = 0; list = 0; next }
	    /^       / { art = 1 }
	    /^  - / { list = 1 }
	    { prev = $0 }
	    END { exit !ok }' "$f"; then
		pass "$name: paragraphs end as sentences"
	else
		fail "$name: a paragraph does not end as a sentence"
	fi
}

# ---- a neutral adult ------------------------------------------------------
assess neutral
reads_well neutral
is neutral '.schema_version == 1' '"schema_version": 1' "schema version 1"
is neutral '.triage.tier == "selfcare" and .triage.professional == "none"' \
    '"tier": "selfcare"' "self-care, nobody to see"
is neutral '.feet.left.pronation.category == "neutral" and .feet.right.pronation.category == "neutral"' \
    '"category": "neutral".*"category": "neutral".*"category": "neutral".*"category": "neutral"' \
    "both feet neutral"
isnt neutral '[.asymmetries[] | select(.band == "notable" or .band == "large")] | length == 0' \
    '"band": "(notable|large)"' "no notable left/right difference"
is neutral '[.findings[].finding] == ["no_pain"]' '"finding": "no_pain"' \
    "the only finding is no pain"
isnt neutral '[.plan.exercises[] | select((.sides | length) > 0)] | length == 0' \
    '"sides": \[ "' "no exercise aimed at one side"
is neutral '.triage.safety_net | length > 0' '"safety_net": \[ \{' \
    "self-care comes with the safety net"
is neutral '.emergency.number == "999" and .emergency.advice_line == "NHS 111"' \
    '"number": "999", "advice_line": "NHS 111"' "GB numbers from the file"

# ---- pronated left foot, knee falling in on the left -----------------------
assess pronated-left
reads_well pronated-left
is pronated-left '.feet.left.pronation.category == "pronated" and .feet.right.pronation.category == "neutral"' \
    '"left": \{ "pronation": \{ "category": "pronated".*"right": \{ "pronation": \{ "category": "neutral"' \
    "left pronated, right neutral"
is pronated-left '.feet.left.fpi.total == 8 and .feet.right.fpi.total == 2' \
    '"total": 8,.*"total": 2,' "FPI totals 8 and 2"
# Lausch et al. 2013: |right - left| >= 5 is severe.
is pronated-left '.asymmetries[] | select(.measure == "fpi6_total") | .band == "large" and .differs == "left" and .difference == -6' \
    '"measure": "fpi6_total".{0,200}"difference": -6.{0,300}"band": "large".{0,200}"differs": "left"' \
    "FPI difference large, left differs"
is pronated-left '.findings[] | select(.finding == "pronated") | .sides == ["left"]' \
    '"finding": "pronated", "label": "[^"]*", "sides": \[ "left" \]' "pronated finding on the left"
is pronated-left '.findings[] | select(.finding == "knee_valgus") | .sides == ["left"]' \
    '"finding": "knee_valgus", "label": "[^"]*", "sides": \[ "left" \]' "knee valgus on the left"
is pronated-left '.plan.exercises[] | select(.id == "short_foot") | .sides == ["left"] and .evidence == "limited"' \
    '"id": "short_foot".{0,3000}"sides": \[ "left" \]' "short-foot exercise for the left foot"
is pronated-left '.plan.exercises[] | select(.id == "clamshell") | .triggers | map(.finding) | index("knee_valgus") != null' \
    '"id": "clamshell".*"finding": "knee_valgus"' "clamshell triggered by the knee"
isnt pronated-left '[.plan.exercises[] | select(.sides == ["right"])] | length == 0' \
    '"sides": \[ "right" \]' "nothing for the right foot alone"
# §7.2: no insoles for back pain; §7.1: feet not blamed.
is pronated-left '[.plan.wording[].id] | index("insoles_back") != null and index("feet_and_back") != null' \
    '"id": "insoles_back".*"id": "feet_and_back"|"id": "feet_and_back".*"id": "insoles_back"' \
    "back pain gets the insole and foot-posture wording"
isnt pronated-left '[.plan.referrals[].id] | index("podiatrist") == null' \
    '"id": "podiatrist"' "no podiatrist for a painless pronated foot"
expect_grep "$TMPD/pronated-left.txt" "Left foot: rolls inward \(pronated\)" \
    "pronated-left: text names the left foot's posture"
if grep -Eiq 'caus(e|es|ing) (your|the) (back|hip|knee) pain' "$TMPD/pronated-left.txt"; then
	fail "pronated-left: text blames the feet for pain"
else
	pass "pronated-left: text never blames the feet for pain"
fi

# ---- supinated feet with outer shoe wear -----------------------------------
assess supinated-outer
reads_well supinated-outer
is supinated-outer '.feet.left.pronation.category == "supinated" and .feet.right.pronation.category == "highly_supinated"' \
    '"category": "supinated".*"category": "highly_supinated"' \
    "left supinated (-4), right highly supinated (-6)"
is supinated-outer '.findings[] | select(.finding == "shoe_wear_outer") | .sides == ["left", "right"]' \
    '"finding": "shoe_wear_outer", "label": "[^"]*", "sides": \[ "left", "right" \]' \
    "outer shoe wear on both sides"
# Lausch: a difference of 2 is within the normal range.
is supinated-outer '.asymmetries[] | select(.measure == "fpi6_total") | .band == "within_error"' \
    '"measure": "fpi6_total".{0,500}"band": "within_error"' "FPI difference within error"
is supinated-outer '[.plan.exercises[].id] | index("calf_stretch") != null and index("plantar_ball_release") != null' \
    '"id": "calf_stretch".*"id": "plantar_ball_release"' "calf stretch and ball release"
isnt supinated-outer '[.plan.exercises[].id] | index("short_foot") == null' \
    '"id": "short_foot"' "no arch exercise for a high arch"
is supinated-outer '[.plan.referrals[].id] == ["podiatrist"]' '"id": "podiatrist"' \
    "heel pain with a highly supinated foot: a podiatrist"
is supinated-outer '.emergency.number == "911"' '"number": "911"' "US number from the file"

# ---- emergency: saddle numbness --------------------------------------------
assess emergency
reads_well emergency
is emergency '.triage.tier == "emergency" and .triage.rule == "cauda_equina"' \
    '"tier": "emergency".*"rule": "cauda_equina"' "emergency, cauda equina"
is emergency '.triage.professional == "emergency_services" and .triage.how_soon == "now"' \
    '"professional": "emergency_services".*"how_soon": "now"' "emergency services, now"
is emergency '.triage.call_now | test("Call 999 now")' '"call_now": "Call 999 now' \
    "the instruction names 999"
is emergency '.triage.flags | map(.key) == ["saddle_numbness"]' \
    '"flags": \[ \{ "key": "saddle_numbness"' "what to tell them: saddle numbness"
is emergency '.scored == false and .feet == null and .balance == null and .asymmetries == null' \
    '"scored": false.*"feet": null, "balance": null, "asymmetries": null' \
    "nothing else scored"
is emergency '(.plan.exercises | length) == 0 and [.plan.wording[].id] == ["emergency"]' \
    '"exercises": \[\], "wording": \[ \{ "id": "emergency"' \
    "no exercises, only the emergency line"
is emergency '.findings == [] and .triage.safety_net == []' '"findings": \[\]' \
    "no findings, no safety net after an emergency"
expect_grep "$TMPD/emergency.txt" "Call 999 now, or go to the nearest emergency department" \
    "emergency: text says to call now"
if grep -q "Exercises" "$TMPD/emergency.txt"; then
	fail "emergency: text lists exercises"
else
	pass "emergency: text lists no exercises"
fi

# ---- urgent: known cancer and night pain ------------------------------------
assess urgent
reads_well urgent
is urgent '.triage.tier == "urgent" and .triage.rule == "known_cancer_with_spinal_pain_features"' \
    '"tier": "urgent".*"rule": "known_cancer_with_spinal_pain_features"' \
    "urgent, known cancer with spinal pain (NICE CG75)"
is urgent '.triage.professional == "cancer_team" and .triage.how_soon == "within_24_hours"' \
    '"professional": "cancer_team".*"how_soon": "within_24_hours"' \
    "cancer team within 24 hours"
is urgent '.triage.flags | map(.key) | index("cancer_history") != null and index("night_pain") != null' \
    '"key": "cancer_history".*"key": "night_pain"' "what to tell them: cancer, night pain"
is urgent '(.plan.exercises | length) == 0' '"exercises": \[\]' \
    "no exercises before the doctor"
is urgent '.emergency.number == "112" and (.triage.safety_net_action | test("Call 112"))' \
    '"number": "112".*"safety_net_action": "Call 112' "IE: 112"
expect_status 0 "urgent: --country US" \
    "$FOOTSCREEN" assess --format json --country us "$A/urgent.ini"
expect_grep "$TMPD/out" '"safety_net_action": "Call 911' "urgent: --country beats the file"

# ---- an older adult with a short single-leg stance -------------------------
assess older-adult
reads_well older-adult
is older-adult '.balance.single_leg_stance.norm.age_lo == 70 and .balance.single_leg_stance.norm.eyes_open_s == 21.5' \
    '"age_lo": 70, "age_hi": 79, "eyes_open_s": 21.5' "Springer 70-79 norm, 21.5 s"
is older-adult '.balance.single_leg_stance.left.under_5s and (.balance.single_leg_stance.right.under_5s | not)' \
    '"left": \{ "eyes_open_s": 4,.{0,200}"under_5s": true.{0,40}"right": \{ "eyes_open_s": 6,.{0,200}"under_5s": false' \
    "under 5 s on the left only"
# Vellas 1997: under 5 s on one leg over 60.
is older-adult '.balance.fall_risk.flag and .balance.fall_risk.reasons == ["sls_under_5s"]' \
    '"fall_risk": \{ "flag": true, "reasons": \[ "sls_under_5s" \]' "fall risk from the 5 s rule"
is older-adult '.balance.caution.flag and (.balance.caution.reasons | index("age_70") != null)' \
    '"caution": \{ "flag": true, "reasons": \[ "age_70"' "balance caution from age 70"
is older-adult '.findings[] | select(.finding == "single_leg_stance_below_age_mean") | .sides == ["left", "right"]' \
    '"finding": "single_leg_stance_below_age_mean", "label": "[^"]*", "sides": \[ "left", "right" \]' \
    "below the age average on both legs"
is older-adult '.plan.exercises[] | select(.id == "single_leg_balance") | .with_support and ([.progressions[] | test("[Cc]lose your eyes|cushion")] | any | not)' \
    '"id": "single_leg_balance".{0,3000}"with_support": true' \
    "single-leg balance with support, no eyes-closed or cushion version"
is older-adult '[.plan.referrals[].id] | index("falls_programme") != null' \
    '"id": "falls_programme"' "referred to a falls programme"
is older-adult '.balance.heel_raise.left.compared == false' \
    '"left": \{ "reps": 9, "compared": false' "heel raises at 74 not held to the 20-59 norm"

# ---- a sparse file ----------------------------------------------------------
assess sparse
reads_well sparse
is sparse '.triage.tier == "selfcare" and .scored' '"tier": "selfcare".*"scored": true' \
    "self-care, scored"
is sparse '.feet.left.pronation.category == "unknown" and .feet.right.pronation.category == "unknown"' \
    '"category": "unknown".*"category": "unknown"' "one FPI item: no category"
is sparse '.feet.right.fpi.items_scored == 1 and .feet.right.fpi.complete == false' \
    '"total": 1, "items_scored": 1, "complete": false' "the one item is kept, incomplete"
is sparse '.asymmetries == []' '"asymmetries": \[\]' "nothing to compare"
is sparse '.balance.single_leg_stance.left.eyes_open_s == null' \
    '"left": \{ "eyes_open_s": null' "missing as null"

# ---- standard input gives the same result -----------------------------------
"$FOOTSCREEN" assess --format json - <"$A/pronated-left.ini" >"$TMPD/stdin.json" 2>"$TMPD/err"
if cmp -s "$TMPD/stdin.json" "$TMPD/pronated-left.json"; then
	pass "stdin: same JSON as the file"
else
	fail "stdin: JSON differs from the file's"
fi

# ---- errors -----------------------------------------------------------------
# bad_file NAME PATTERN TEXT: assess exits 1 and stderr matches PATTERN.
bad_file() {
	name=$1 pattern=$2
	printf '%b' "$3" >"$TMPD/$name.ini"
	expect_status 1 "$name: exit status 1" "$FOOTSCREEN" assess "$TMPD/$name.ini"
	expect_grep "$TMPD/err" "$pattern" "$name: message"
	if grep -Eq 'Sanitizer|runtime error' "$TMPD/err"; then
		fail "$name: sanitizer report"
	fi
	if [ -s "$TMPD/out" ]; then
		fail "$name: printed a report anyway"
	fi
}

bad_file unknown-key "unknown-key.ini: \[left\] unknown key 'shoes': allowed: shoe_wear, foot_angle" \
    '[left]\nshoes = inner\n'
bad_file bad-word "bad-word.ini: \[left\] shoe_wear = 'inside': allowed: inner, outer, even" \
    '[left]\nshoe_wear = inside\n'
bad_file fpi-range "fpi-range.ini: \[right\] fpi2 = '3': allowed: a whole number from -2 to 2" \
    '[right]\nfpi2 = 3\n'
bad_file sls-range "sls-range.ini: \[left\] sls_eyes_open_s = '46': allowed: a number from 0 to 45 \(seconds; the test stops at 45\)" \
    '[left]\nsls_eyes_open_s = 46\n'
bad_file age-range "age-range.ini: \[person\] age = '121': allowed: a whole number from 0 to 120" \
    '[person]\nage = 121\n'
bad_file intensity "intensity.ini: \[symptom.knee\] intensity = '11': allowed: a whole number from 0 to 10" \
    '[symptom.knee]\nintensity = 11\n'
bad_file unknown-section "unknown-section.ini: line 1: unknown section \[feet\]: allowed: person, red_flags, symptom.low_back" \
    '[feet]\nleft = flat\n'
bad_file syntax "syntax.ini: line 2: syntax error: 'age 40'" '[person]\nage 40\n'
bad_file binary "binary.ini: line 1: NUL byte" '[person]\0\n'
expect_status 1 "missing file: exit status 1" "$FOOTSCREEN" assess "$TMPD/none.ini"
expect_grep "$TMPD/err" "none.ini: No such file" "missing file: message"
expect_status 1 "a directory: exit status 1" "$FOOTSCREEN" assess "$TMPD"
head -c 65536 /dev/urandom >"$TMPD/random.ini"
expect_status 1 "random bytes: exit status 1" "$FOOTSCREEN" assess "$TMPD/random.ini"

expect_status 2 "no file: usage" "$FOOTSCREEN" assess
expect_grep "$TMPD/err" "no answers file" "no file: message"
expect_status 2 "bad --format: usage" "$FOOTSCREEN" assess --format xml "$A/sparse.ini"
expect_grep "$TMPD/err" "text, json" "bad --format: lists the formats"
expect_status 2 "bad --country: usage" "$FOOTSCREEN" assess --country GBR "$A/sparse.ini"
expect_status 2 "two files: usage" "$FOOTSCREEN" assess "$A/sparse.ini" "$A/sparse.ini"
expect_status 0 "--help" "$FOOTSCREEN" assess --help
expect_grep "$TMPD/out" "footscreen-answers\(5\)" "--help names the manual"

finish
