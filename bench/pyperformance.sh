#!/usr/bin/env bash
# pyperformance.sh — the pure-Python programs of pyperformance (the CPython project's
# benchmark suite), unmodified, timed by bench/run.sh beside python3 and pypy3.  Each
# program's run_benchmark.py becomes bm_NAME.py (not NAME.py: bm_logging's would shadow
# the logging module) in one directory with its data and the
# stand-in bench/pyperf_standin/pyperf.py, which runs each benchmark function a count of
# times chosen per program so that its loops take python3 about a second, the same
# count for every implementation.  Programs needing packages outside the
# standard library, a network, or modules trc lacks (ssl) are not listed.
# Usage: bench/pyperformance.sh PYPERFORMANCE_DIR [-n RUNS] [NAME...]
#   PYPERFORMANCE_DIR: a checkout of github.com/python/pyperformance (not committed here)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
pp=${1:?usage: bench/pyperformance.sh PYPERFORMANCE_DIR [-n RUNS] [NAME...]}
shift
src=$pp/pyperformance/data-files/benchmarks
[ -d "$src" ] || { echo "no $src" >&2; exit 2; }
runs=()
if [ "${1:-}" = -n ]; then runs=(-n "$2"); shift 2; fi
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(chaos deltablue richards richards_super raytrace float go nqueens
    fannkuch nbody spectral_norm hexiom pyflate json_dumps json_loads deepcopy pidigits
    unpack_sequence generators coroutines comprehensions meteor_contest scimark logging pprint
    regex_dna regex_effbot regex_v8 pathlib gc_traversal async_tree async_generators argparse
    bpe_tokeniser typing_runtime_protocols pickle sqlite_synth barnes_hut xml_etree decimal_factorial
    decimal_pi telco)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in "${names[@]}"; do
    d=$src/bm_$n
    [ -f "$d/run_benchmark.py" ] || { echo "no $d/run_benchmark.py" >&2; exit 2; }
    cp "$d/run_benchmark.py" "$work/bm_$n.py"
    [ -d "$d/data" ] && cp -r "$d/data" "$work/"
    for f in "$d"/*.py; do
        case $(basename "$f") in run_benchmark.py | pyperf.py) ;; *) cp "$f" "$work/" ;; esac
    done
done
cp "$root/bench/pyperf_standin/pyperf.py" "$work/"
# each program's count makes its python3 run take about a second: the time of one loop
# is that of a 3-loop run less a 1-loop run, halved (start-up and imports cancel out);
# the arguments are the ones pyperformance's manifest gives the programs that need one
# (pickle: its pure-Python variant, as trc's pickle is not the C accelerator)
declare -A args_of=([argparse]=many_optionals [async_tree]=none [pickle]="--pure-python pickle")
seconds() { # seconds of a python3 run of bm_$1 with $2 loops
    echo "bm_$1 $2 ${args_of[$1]:-}" >"$work/loops.txt"
    local start=$(date +%s%N)
    (cd "$work" && PYPERF_LOOPS_FILE=$work/loops.txt timeout 300 /usr/bin/python3 "bm_$1.py" >/dev/null 2>&1)
    awk -v s="$start" -v e="$(date +%s%N)" 'BEGIN { print (e - s) / 1e9 }'
}
for n in "${names[@]}"; do
    t1=$(seconds "$n" 1); t3=$(seconds "$n" 3)
    awk -v n="bm_$n" -v t1="$t1" -v t3="$t3" -v a="${args_of[$n]:-}" \
        'BEGIN { t = (t3 - t1) / 2; if (t <= 0) t = t1; r = int(1.0 / t + 0.5); print n, r < 1 ? 1 : r, a }' >>"$work/counts.txt"
done
mv "$work/counts.txt" "$work/loops.txt"
export PYPERF_LOOPS_FILE=$work/loops.txt BENCH_DIR=$work
"$root/bench/run.sh" "${runs[@]}" "${names[@]/#/bm_}"
