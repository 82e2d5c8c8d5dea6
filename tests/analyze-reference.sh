#!/bin/sh
# analyze-reference.sh: `footscreen analyze` and `footscreen cop` reproduce
# the published reference values in ../shared/data/reference (README there):
# every expected_*__paper.csv and expected_*__raw.csv within 1e-6 relative
# (1e-9 absolute near zero, counts exactly), the 4-cell COP trace, the load
# shares and the two-plate asymmetry.  Skips when the data is absent.
. "${abs_top_srcdir:-$(dirname "$0")/..}/tests/lib.sh"
need_reference

AMTI="$REF/quijoux2021_amti_sujet1droite.csv"
KISTLER="$REF/bmc_kistler_fp_data.txt"
PLATES="$REF/dossantos2017_control0_trial0.txt"

# check_case NAME EXPECTED_BASE ARGS... : both pipelines of one input case.
check_case() {
	name=$1 base=$2
	shift 2
	for p in paper raw; do
		pipeline=quijoux2021
		[ "$p" = raw ] && pipeline=raw
		if ! "$FOOTSCREEN" analyze --format csv --out-units cm \
		    --pipeline "$pipeline" "$@" >"$TMPD/$name.$p.csv" 2>"$TMPD/err"; then
			fail "$name $p: analyze exited non-zero: $(head -1 "$TMPD/err")"
			continue
		fi
		if "$COMPARE" "$TMPD/$name.$p.csv" "$REF/expected_${base}__$p.csv" \
		    >"$TMPD/cmp" 2>&1; then
			pass "$name $p: $(tail -1 "$TMPD/cmp")"
		else
			fail "$name $p"
			sed 's/^/    /' "$TMPD/cmp"
		fi
	done
}

check_case bmc bmc_kistler_4cell "$KISTLER"
check_case amti-main quijoux_amti_main --rows 4000:7000 \
    --cop-convention quijoux-main "$AMTI"
check_case amti-plain quijoux_amti_plain_4000_7000 --rows 4000:7000 "$AMTI"

# The authors' own notebook output, for the 69 values their later ellipse fix
# did not change (reference README §2): a second, independent anchor.
"$FOOTSCREEN" analyze --format csv --out-units cm --rows 4000:7000 \
    --cop-convention quijoux-main "$AMTI" >"$TMPD/nb.csv" 2>/dev/null
grep -Ev '^(confidence_ellipse_area|LFS|fractal_dimension)_' \
    "$REF/expected_quijoux_amti_main__authors_notebook.csv" >"$TMPD/nb-expected.csv"
if "$COMPARE" "$TMPD/nb.csv" "$TMPD/nb-expected.csv" >"$TMPD/cmp" 2>&1; then
	pass "authors' notebook (69 values): $(tail -1 "$TMPD/cmp")"
else
	fail "authors' notebook"
	sed 's/^/    /' "$TMPD/cmp"
fi

# Load shares and the mean and SD of the 4-cell COP (raw pipeline: rms of
# the centred trace is the population SD).
"$FOOTSCREEN" analyze --format csv --out-units cm --pipeline raw "$KISTLER" \
    >"$TMPD/loads.csv" 2>"$TMPD/err"
if "$COMPARE" "$TMPD/loads.csv" "$REF/expected_bmc_kistler_4cell_loads.csv" \
    -m fs_hz=rate_hz -m mean_fz1_N=mean_load_TR -m mean_fz2_N=mean_load_TL \
    -m mean_fz3_N=mean_load_BL -m mean_fz4_N=mean_load_BR \
    -m mean_fz_total_N=mean_load_total \
    -m share_cells14_pos_x_pct=share_right_cells_pct \
    -m share_cells23_neg_x_pct=share_left_cells_pct \
    -m share_cells12_pos_y_pct=share_front_cells_pct \
    -m share_cells34_neg_y_pct=share_back_cells_pct \
    -m mean_copx_cm=mean_value_ML -m mean_copy_cm=mean_value_AP \
    -m sd_copx_cm_ddof0=rms_ML -m sd_copy_cm_ddof0=rms_AP >"$TMPD/cmp" 2>&1; then
	pass "4-cell load shares: $(tail -1 "$TMPD/cmp")"
else
	fail "4-cell load shares"
	sed 's/^/    /' "$TMPD/cmp"
fi

# Two plates, one foot on each: weight-bearing asymmetry (metres there).
"$FOOTSCREEN" analyze --format csv --out-units cm "$PLATES" \
    >"$TMPD/plates.csv" 2>"$TMPD/err"
if "$COMPARE" "$TMPD/plates.csv" \
    "$REF/expected_dossantos2017_control0_trial0_asymmetry.csv" \
    -m fs_hz=rate_hz \
    -m mean_Fvert_dominant_N=mean_force_dominant \
    -m mean_Fvert_nondominant_N=mean_force_non-dominant \
    -m mean_CPap_dominant_m='mean_cop_ap_dominant*0.01' \
    -m mean_CPap_nondominant_m='mean_cop_ap_non-dominant*0.01' \
    -m mean_net_CPap_m='mean_net_cop_ap*0.01' \
    -m sd_net_CPap_m_ddof0='sd_net_cop_ap*0.01' >"$TMPD/cmp" 2>&1; then
	pass "two-plate asymmetry: $(tail -1 "$TMPD/cmp")"
else
	fail "two-plate asymmetry"
	sed 's/^/    /' "$TMPD/cmp"
	sed 's/^/    err: /' "$TMPD/err"
fi

# The 4-cell COP, sample by sample, against expected_bmc_kistler_4cell_cop.csv.
if "$FOOTSCREEN" cop --out-units cm "$KISTLER" >"$TMPD/cop.csv" 2>"$TMPD/err"; then
	# Columns: ours file,t_s,ml_cm,ap_cm; theirs time_s,...,copx_cm (7),copy_cm (8).
	tail -n +2 "$TMPD/cop.csv" | cut -d, -f2- >"$TMPD/ours"
	tail -n +2 "$REF/expected_bmc_kistler_4cell_cop.csv" | cut -d, -f1,7,8 >"$TMPD/theirs"
	if awk -F, 'NR == FNR { t[FNR] = $1; x[FNR] = $2; y[FNR] = $3; n = FNR; next }
	    function bad(g, w) { d = g - w; if (d < 0) d = -d; a = w < 0 ? -w : w
	        return d > (1e-6 * a > 1e-9 ? 1e-6 * a : 1e-9) }
	    { m = FNR
	      if (bad($2, x[FNR]) || bad($3, y[FNR]) || bad($1, t[FNR])) {
	        printf "    row %d: ours %s %s theirs %s %s\n", FNR, $2, $3, x[FNR], y[FNR]; e++ } }
	    END { if (m != n) { printf "    rows: ours %d theirs %d\n", m, n; e++ }
	          exit e > 0 }' "$TMPD/theirs" "$TMPD/ours"; then
		pass "4-cell COP trace: $(wc -l <"$TMPD/ours") samples within 1e-6"
	else
		fail "4-cell COP trace"
	fi
else
	fail "footscreen cop exited non-zero: $(head -1 "$TMPD/err")"
fi

finish
