#!/usr/bin/env bash
# run.sh — start-up time of `trc run` next to `python3` in the same run: hello world and
# a generated 3,000-line program (wall time of the whole run, an upper bound on the time
# to its first line of output, which it prints at once), median of N runs,
# for trc run with a warm run cache (tier 1: libtcc loads the cached object), with a
# cached tier-2 executable (exec of the cc -O2 build; forced with TRC_TIER_AFTER=0),
# trc run --no-cache (compiles every time) and /usr/bin/python3.  For reading, never for pass/fail (shared, noisy machines).
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

unset TRC_TIER TRC_TIER_AFTER TRC_TIER_TRACE
export XDG_CACHE_HOME=$work/cache
"$trc" run "$work/hello.py" >/dev/null && "$trc" run "$work/big.py" >/dev/null # warm the cache
# the same programs under other names: their tier-2 executables, built now
cache=$XDG_CACHE_HOME/trc
for prog in hello big; do # one at a time: a 2-CPU machine has one slot for background builds
    cp "$work/$prog.py" "$work/${prog}2.py"
    TRC_TIER_AFTER=0 "$trc" run "$work/${prog}2.py" >/dev/null
    for _ in $(seq 3000); do compgen -G "$cache/run-*.lock" >/dev/null || break; sleep 0.1; done
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a / b}'; }
fmt='%-22s %10s %10s %10s %14s %9s %9s %12s\n'
printf "$fmt" program python3-ms trc-ms tier2-ms trc-nocache-ms trc/py tier2/py nocache/py
for prog in hello big; do
    p=$(wall_ms "$py" "$work/$prog.py")
    w=$(wall_ms "$trc" run "$work/$prog.py")
    t=$(TRC_TIER_TRACE=1 "$trc" run "$work/${prog}2.py" 2>&1 >/dev/null | grep -q 'tier: 2' &&
        wall_ms "$trc" run "$work/${prog}2.py" || echo -)
    c=$(wall_ms "$trc" run --no-cache "$work/$prog.py")
    printf "$fmt" "$prog ($(wc -l <"$work/$prog.py") lines)" "$p" "$w" "$t" "$c" \
        "$(ratio "$w" "$p")" "$([ "$t" = - ] && echo - || ratio "$t" "$p")" "$(ratio "$c" "$p")"
done
