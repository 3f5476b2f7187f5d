#!/usr/bin/env bash
# external.sh — benchmarks nobody in this project wrote: MicroPython's tests/perf_bench
# (mostly pyperformance programs: chaos, fannkuch, fft, float, hexiom, nqueens, pidigits,
# wordcount, aes, mandel, pystone, raytrace, ...).  Each program is used unmodified with
# the three lines MicroPython's own runner (benchrun.py) would add: set up with its
# largest parameters, run, print the result.  Then bench/run.sh times trc, python3 and
# pypy3 on them side by side, checking trc's output against python3's.
# Usage: bench/external.sh MICROPYTHON_DIR [-n RUNS] [NAME...]
#   MICROPYTHON_DIR: a checkout of github.com/micropython/micropython (not committed here)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
mp=${1:?usage: bench/external.sh MICROPYTHON_DIR [-n RUNS] [NAME...]}
shift
src=$mp/tests/perf_bench
[ -d "$src" ] || { echo "no $src" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The program with its driver (names no program uses: core_yield_from has a global
# `result` of its own): setup with the largest parameters, `run()` repeated $2
# times (the same count for every implementation), then the result.
wrap() {
    { cat "$1"; printf '\n\n_bm_run, _bm_result = bm_setup(bm_params[max(bm_params)])\nfor _ in range(%d):\n    _bm_run()\nprint(*_bm_result())\n' "$2"; }
}
for f in "$src"/bm_*.py "$src"/misc_*.py "$src"/core_*.py; do
    name=$(basename "$f")
    case $name in core_import_*) continue ;; esac # they import .mpy files: MicroPython only
    # MicroPython's parameters suit microcontrollers: repeat to about a second of python3
    wrap "$f" 1 >"$work/$name"
    start=$(date +%s%N)
    timeout 60 /usr/bin/python3 "$work/$name" >/dev/null 2>&1
    reps=$(awk -v s="$start" -v e="$(date +%s%N)" 'BEGIN { t = (e - s) / 1e9; r = int(1.0 / t + 0.5); print r < 1 ? 1 : r }')
    wrap "$f" "$reps" >"$work/$name"
done
BENCH_DIR=$work "$root/bench/run.sh" "$@"
