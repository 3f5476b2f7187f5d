#!/usr/bin/env bash
# run.sh — builds every bench/*.py with trc, checks its output against python3, and
# prints the median wall time of trc, python3 and pypy3 side by side in one run, with
# ratios, peak RSS, compile time and geometric means.  Timings are for reading, never
# for pass/fail: these machines are shared and noisy, so compare ratios.
# Usage: bench/run.sh [-n RUNS] [NAME...]
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
trc=${TRC:-$root/build/bin/trc}
runs=5
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
py=/usr/bin/python3
pypy=$(command -v pypy3 || true)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median wall seconds and max RSS (KiB) of a command over $runs runs
measure() {
    local times=() rss=0 t r
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || { echo "fail 0"; return; }
        read -r t r <"$work/time"
        times+=("$t"); [ "$r" -gt "$rss" ] && rss=$r
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v rss="$rss" '{a[NR]=$1} END {print a[int((NR+1)/2)], rss}'
}

names=("$@")
[ ${#names[@]} -eq 0 ] && names=($(cd "$root/bench" && ls *.py | sed 's/\.py$//'))
printf '%-14s %8s %8s %8s %9s %9s %10s %10s %8s\n' bench trc python3 pypy3 py/trc pypy/trc trc-RSS py-RSS build
ln_py=0; ln_pypy=0; count=0
for n in "${names[@]}"; do
    src="$root/bench/$n.py"
    start=$(date +%s.%N)
    if ! "$trc" build "$src" -o "$work/$n" 2>"$work/$n.err"; then
        echo "$n: trc build failed: $(head -2 "$work/$n.err")"; continue
    fi
    build=$(echo "$(date +%s.%N) - $start" | bc)
    if ! cmp -s <("$work/$n" 2>&1) <($py "$src" 2>&1); then echo "$n: OUTPUT DIFFERS from python3"; continue; fi
    read -r t_trc rss_trc < <(measure "$work/$n")
    read -r t_py rss_py < <(measure $py "$src")
    t_pypy=-; r_pypy=-
    if [ -n "$pypy" ]; then read -r t_pypy _ < <(measure "$pypy" "$src"); fi
    r_py=$(echo "scale=2; $t_py / $t_trc" | bc 2>/dev/null || echo -)
    [ -n "$pypy" ] && r_pypy=$(echo "scale=2; $t_pypy / $t_trc" | bc 2>/dev/null || echo -)
    printf '%-14s %8s %8s %8s %8sx %8sx %9sK %9sK %7.2fs\n' "$n" "$t_trc" "$t_py" "$t_pypy" "$r_py" "$r_pypy" \
        "$rss_trc" "$rss_py" "$build"
    ln_py=$(echo "$ln_py + l($t_py / $t_trc)" | bc -l); count=$((count + 1))
    [ -n "$pypy" ] && ln_pypy=$(echo "$ln_pypy + l($t_pypy / $t_trc)" | bc -l)
done
if [ "$count" -gt 0 ]; then
    printf 'geomean speedup: %.2fx vs python3' "$(echo "e($ln_py / $count)" | bc -l)"
    [ -n "$pypy" ] && printf ', %.2fx vs pypy3' "$(echo "e($ln_pypy / $count)" | bc -l)"
    echo
fi
