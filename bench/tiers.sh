#!/usr/bin/env bash
# tiers.sh — the two tiers of `trc run` next to python3 and `trc build`, same run, as
# wall seconds and speed-ups over python3 (median of RUNS runs):
#   first     trc run of a program never run before (fresh run cache): libtcc compiles,
#             tier 1 runs, and after 0.5 s of CPU the tier-2 build starts in the
#             background, competing for the CPUs; all of that is in this number
#   tier1     trc run with the libtcc object cached and TRC_TIER=0: libtcc's code alone
#   tier2     trc run once the background build is done: exec of the cc -O2 executable
#   build     the executable of trc build
# Then the same table for CPU time (user + system of the process; the tier-2 build of the
# first run is a detached process, not counted there).  Each command's stdout is checked
# against python3's.  For reading, never for pass/fail
# (shared, noisy machines: compare ratios within one run).
# Usage: bench/tiers.sh [-n RUNS] [NAME...]   (default: fib spectral_norm fannkuch nbody)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
trc=${TRC:-$root/build/bin/trc}
runs=${BENCH_RUNS:-3}
if [ "${1:-}" = -n ]; then runs=$2; shift 2; fi
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset TRC_TIER TRC_TIER_AFTER TRC_TIER_TRACE

# "wall-seconds cpu-seconds" (user + system) of a command, its stdout in $work/got.
wall() {
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >"$work/got" 2>/dev/null
    awk '{ printf "%s %.2f", $1, $2 + $3 }' "$work/time"
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", a / b }'; }
check() { cmp -s "$work/got" "$work/want" || echo "!!! $1: output differs from python3's" >&2; }
# Wait (3 minutes at most) for the background build of the cache $1 to publish its
# executable and let go of its lock.
wait_tier2() {
    for _ in $(seq 1800); do
        compgen -G "$1/trc/run-*.exe" >/dev/null && ! compgen -G "$1/trc/run-*.lock" >/dev/null && return 0
        sleep 0.1
    done
    echo "!!! no tier-2 executable in $1" >&2
}

names=("$@")
[ ${#names[@]} -eq 0 ] && names=(fib spectral_norm fannkuch nbody)
echo "median of $runs runs; wall seconds (speed-up over python3)"
fmt='%-14s %8s %16s %16s %16s %16s\n'
hdr() { printf "$fmt" bench python3 "run first" "run tier1" "run tier2" build; }
hdr
: >"$work/cpu"
for n in "${names[@]}"; do
    src=$work/$n.py
    cp "$root/bench/$n.py" "$src"
    "$py" "$src" >"$work/want"
    "$trc" build "$src" -o "$work/$n.bin" 2>/dev/null || { echo "!!! $n: trc build failed"; continue; }
    wp=() wf=() w1=() w2=() wb=() cy=() cf=() c1=() c2=() cb=()
    for i in $(seq "$runs"); do
        read -r w c < <(wall "$py" "$src"); wp+=("$w"); cy+=("$c")
        export XDG_CACHE_HOME=$work/cache-$n-$i
        read -r w c < <(wall "$trc" run "$src"); wf+=("$w"); cf+=("$c"); check "$n first"
        # a first run shorter than the 0.5 s of CPU that starts tier 2 (fib) starts none:
        # an untimed run that tiers up at once does
        compgen -G "$XDG_CACHE_HOME/trc/run-*.exe" >/dev/null || compgen -G "$XDG_CACHE_HOME/trc/run-*.lock" >/dev/null ||
            TRC_TIER_AFTER=0 "$trc" run "$src" >/dev/null 2>&1
        wait_tier2 "$XDG_CACHE_HOME"
        read -r w c < <(TRC_TIER=0 wall "$trc" run "$src"); w1+=("$w"); c1+=("$c"); check "$n tier1"
        read -r w c < <(wall "$trc" run "$src"); w2+=("$w"); c2+=("$c"); check "$n tier2"
        read -r w c < <(wall "$work/$n.bin"); wb+=("$w"); cb+=("$c"); check "$n build"
    done
    cell() { local m; m=$(median "${@:2}"); echo "$m ($(ratio "$1" "$m"))"; }
    p=$(median "${wp[@]}")
    printf "$fmt" "$n" "$p" "$(cell "$p" "${wf[@]}")" "$(cell "$p" "${w1[@]}")" "$(cell "$p" "${w2[@]}")" "$(cell "$p" "${wb[@]}")"
    p=$(median "${cy[@]}")
    printf "$fmt" "$n" "$p" "$(cell "$p" "${cf[@]}")" "$(cell "$p" "${c1[@]}")" "$(cell "$p" "${c2[@]}")" "$(cell "$p" "${cb[@]}")" >>"$work/cpu"
done
echo
echo "CPU seconds, user + system (speed-up over python3)"
hdr
cat "$work/cpu"
