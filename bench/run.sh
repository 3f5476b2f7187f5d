#!/usr/bin/env bash
# run.sh — builds every bench/*.py with trc (timing the build), checks its stdout against
# python3's, and prints the median wall time of trc, python3 and pypy3 side by side in
# one run, with ratios, peak RSS and geometric means.  A program whose output differs is
# reported loudly and left out of the means.  bench/c/NAME.c are C twins of NAME.py
# (cc -O2): speed-of-light rows.  Timings are for reading, never for pass/fail: these
# machines are shared and noisy, so compare ratios of the same run.
# Usage: bench/run.sh [-n RUNS] [NAME...]      Env: BENCH_RUNS (default 3), TRC, CC,
#   BENCH_DIR (where NAME.py are; default bench/: bench/external.sh points it elsewhere).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
trc=${TRC:-$root/build/bin/trc}
runs=${BENCH_RUNS:-3}
bench_dir=${BENCH_DIR:-$root/bench}
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
py=/usr/bin/python3
pypy=$(command -v pypy3 || true)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# "median-wall-seconds max-RSS-KiB" of a command over $runs runs ("fail 0" if it fails);
# wall time from the clock in nanoseconds (time's %e has 10 ms steps), RSS from time
measure() {
    local times=() rss=0 t r start
    for _ in $(seq "$runs"); do
        start=$(date +%s%N)
        /usr/bin/time -f "%M" -o "$work/time" "$@" >/dev/null 2>&1 || { echo "fail 0"; return; }
        t=$(awk -v s="$start" -v e="$(date +%s%N)" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')
        read -r r <"$work/time"
        times+=("$t"); [ "$r" -gt "$rss" ] && rss=$r
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v rss="$rss" '{a[NR]=$1} END {print a[int((NR+1)/2)], rss}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2fx", a / b; else print "-" }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1fM", k / 1024 }'; }

names=("$@")
[ ${#names[@]} -eq 0 ] && names=($(cd "$bench_dir" && ls *.py | sed 's/\.py$//'))
echo "median of $runs runs; wall seconds; ratio > 1 means trc is faster"
fmt='%-14s %7s %7s %7s %8s %8s %7s %7s %7s %6s\n'
printf "$fmt" bench trc python3 pypy3 py/trc pypy/trc trc-RSS py-RSS pypy-RSS build
ln_py=0; ln_pypy=0; count=0; bad=()
declare -A t_trc_of
for n in "${names[@]}"; do
    src="$bench_dir/$n.py"
    start=$(date +%s.%N)
    if ! "$trc" build "$src" -o "$work/$n" 2>"$work/$n.err"; then
        echo "!!! $n: trc build FAILED: $(head -2 "$work/$n.err")"; bad+=("$n"); continue
    fi
    build=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2fs", e - s }')
    "$py" "$src" >"$work/$n.want" 2>&1
    note=""
    if ! "$work/$n" >"$work/$n.got" 2>&1 || ! cmp -s "$work/$n.got" "$work/$n.want"; then
        echo "!!! $n: OUTPUT DIFFERS from python3 (excluded from the means):"
        diff "$work/$n.want" "$work/$n.got" | head -5 | sed 's/^/!!!   /'
        note=" MISMATCH"; bad+=("$n")
    fi
    read -r t_trc rss_trc < <(measure "$work/$n")
    read -r t_py rss_py < <(measure "$py" "$src")
    t_pypy=-; rss_pypy=0
    [ -n "$pypy" ] && read -r t_pypy rss_pypy < <(measure "$pypy" "$src")
    t_trc_of[$n]=$t_trc
    printf "$fmt" "$n" "$t_trc" "$t_py" "$t_pypy" "$(ratio "$t_py" "$t_trc")" "$(ratio "$t_pypy" "$t_trc")" \
        "$(mib "$rss_trc")" "$(mib "$rss_py")" "$(mib "$rss_pypy")" "$build$note"
    if [ -z "$note" ] && [ "$t_trc" != fail ]; then
        ln_py=$(awk -v s="$ln_py" -v a="$t_py" -v b="$t_trc" 'BEGIN { print s + log(a / b) }')
        [ -n "$pypy" ] && ln_pypy=$(awk -v s="$ln_pypy" -v a="$t_pypy" -v b="$t_trc" 'BEGIN { print s + log(a / b) }')
        count=$((count + 1))
    fi
done
if [ "$count" -gt 0 ]; then
    awk -v p="$ln_py" -v q="$ln_pypy" -v n="$count" -v has_pypy="${pypy:+1}" 'BEGIN {
        printf "geomean speedup of trc over %d programs: %.2fx vs python3", n, exp(p / n)
        if (has_pypy) printf ", %.2fx vs pypy3", exp(q / n)
        print "" }'
fi

# Speed-of-light rows: the C twins, checked against python3 like the programs.
twins=()
for n in "${names[@]}"; do [ -f "$root/bench/c/$n.c" ] && twins+=("$n"); done
if [ ${#twins[@]} -gt 0 ]; then
    echo
    printf '%-14s %7s %7s %8s %7s\n' "C twin (-O2)" C trc trc/C C-RSS
    for n in "${twins[@]}"; do
        if ! ${CC:-cc} -O2 -o "$work/$n.c.bin" "$root/bench/c/$n.c" -lm 2>"$work/$n.c.err"; then
            echo "!!! $n.c: does not compile: $(head -2 "$work/$n.c.err")"; continue
        fi
        if ! "$work/$n.c.bin" 2>&1 | cmp -s - "$work/$n.want"; then
            echo "!!! $n.c: OUTPUT DIFFERS from python3"; continue
        fi
        read -r t_c rss_c < <(measure "$work/$n.c.bin")
        t=${t_trc_of[$n]:--}
        printf '%-14s %7s %7s %8s %7s\n' "$n" "$t_c" "$t" "$(ratio "$t" "$t_c")" "$(mib "$rss_c")"
    done
fi
if [ ${#bad[@]} -gt 0 ]; then echo "!!! FAILED OR MISMATCHED: ${bad[*]}"; fi
