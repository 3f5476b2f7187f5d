#!/usr/bin/env bash
# run.sh — start-up time of `trc run` next to `python3` in the same run: hello world and
# a generated 3,000-line program (wall time of the whole run, an upper bound on the time
# to its first line of output, which it prints at once), median of N runs,
# for trc run with a warm run cache, trc run --no-cache (compiles every time) and
# /usr/bin/python3.  For reading, never for pass/fail (shared, noisy machines).
# Usage: bench/startup/run.sh [RUNS]   (default 20)
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
trc=${TRC:-$root/build/bin/trc}
runs=${1:-20}
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/examples/hello.tr" "$work/hello.py"
"$py" "$here/gen_big_program.py" >"$work/big.py"

# Median wall milliseconds of the command, output discarded.
wall_ms() {
    local t=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        t+=($(( (end - start) / 1000 )))
    done
    printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)] / 1000}'
}

"$trc" run "$work/hello.py" >/dev/null && "$trc" run "$work/big.py" >/dev/null # warm the cache
printf '%-22s %10s %10s %14s %9s %12s\n' program python3-ms trc-ms trc-nocache-ms trc/py nocache/py
for prog in hello big; do
    p=$(wall_ms "$py" "$work/$prog.py")
    w=$(wall_ms "$trc" run "$work/$prog.py")
    c=$(wall_ms "$trc" run --no-cache "$work/$prog.py")
    printf '%-22s %10s %10s %14s %9s %12s\n' "$prog ($(wc -l <"$work/$prog.py") lines)" "$p" "$w" "$c" \
        "$(awk -v a="$w" -v b="$p" 'BEGIN {printf "%.2fx", a / b}')" \
        "$(awk -v a="$c" -v b="$p" 'BEGIN {printf "%.2fx", a / b}')"
done
