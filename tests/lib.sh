# lib.sh: sourced by the shell tests.  Exit codes follow automake's plain
# test driver: 0 pass, 1 fail, 77 skip, 99 hard error.

set -u
: "${abs_top_builddir:=$(pwd)}"
: "${abs_top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}"
FOOTSCREEN="$abs_top_builddir/footscreen"
COMPARE="$abs_top_builddir/tests/compare_descriptors"
[ -x "$FOOTSCREEN" ] || { echo "no binary at $FOOTSCREEN"; exit 99; }
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/footscreen-test.XXXXXX") || exit 99
trap 'rm -rf "$TMPD"' EXIT
failures=0
checks=0

# The reference recordings, or skip the whole test when they are absent.
need_reference() {
	REF=${FOOTSCREEN_REFERENCE_DIR:-}
	if [ -z "$REF" ] || [ ! -d "$REF" ]; then
		echo "SKIP: reference data not found (FOOTSCREEN_REFERENCE_DIR='$REF')"
		exit 77
	fi
}

pass() { checks=$((checks + 1)); echo "ok - $1"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "not ok - $1"; }

# expect_status WANT DESCRIPTION CMD...: run CMD, keep stdout/stderr in
# $TMPD/out and $TMPD/err, check the exit status.
expect_status() {
	want=$1 desc=$2
	shift 2
	"$@" >"$TMPD/out" 2>"$TMPD/err"
	got=$?
	if [ "$got" -eq "$want" ]; then
		pass "$desc"
	else
		fail "$desc (exit $got, wanted $want)"
		sed 's/^/    stderr: /' "$TMPD/err" | head -5
	fi
}

# expect_grep FILE PATTERN DESCRIPTION
expect_grep() {
	if grep -Eq -- "$2" "$1"; then pass "$3"; else
		fail "$3 (no /$2/ in $(basename "$1"))"
		sed 's/^/    | /' "$1" | head -5
	fi
}

finish() {
	echo "$((checks - failures)) passed, $failures failed"
	[ "$failures" -eq 0 ]
	exit $?
}
