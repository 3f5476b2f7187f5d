#!/usr/bin/env bash
# run_tests.sh — the test suite: golden programs (stdout, exit status and final
# exception line must match CPython 3.11's recorded output), error tests (exact
# located diagnostics, exit 2), command-line tests and the runtime's C unit tests.
# Usage: tools/run_tests.sh [golden|run|contracts|errors|ir|cli|unit|pending|FILE.py]...
#   default: golden run contracts errors ir cli unit
#   contracts: Tauraro semantics beyond CPython (checked annotations), expected by hand
#   ir:      optimisation passes: the IR before and after a pass, pinned (tests/ir)
#   run:     the golden suite through `trc run` (libtcc, in memory) with a full GC
#            collection forced every 25 allocations (memory libtcc maps is not scanned)
#   cli:     the scripts of tests/cli (trc run's sources and cache, Ctrl-C)
#   pending: CPython-checked programs that do not pass yet
# Env: TRC (compiler, default build/bin/trc), TRC_TEST_MODE=build|run (for golden and
# FILE.py), JOBS, TRC_BUILD_FLAGS (more trc build options, e.g. --target T --static) and
# TRC_EXEC (a command the built programs run under, e.g. qemu-arm-static) for build mode,
# TRC_EXPECTED_DIR (NAME.out, .exit, .err files there replace the golden ones: a
# platform's own output).
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
trc=${TRC:-$root/build/bin/trc}
# Absolute, since each test runs in its own directory; the unit tests link the runtime
# archive built alongside this compiler (build/lib, or build/san/lib for SANITIZE=1).
case $trc in /*) ;; */*) trc=$(pwd)/$trc ;; esac
rtlib=$(dirname "$(dirname "$trc")")/lib/libtrc_rt.a
mode=${TRC_TEST_MODE:-build}
jobs=${JOBS:-$(nproc)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export trc mode work root rtlib

# One golden test: prints "PASS name" or "FAIL name: reason".
golden_one() {
    local py=$1 dir name base out err rc
    dir=$(dirname "$py"); name=$(basename "$py" .py); base="$dir/$name"
    out="$work/$mode-$name.stdout"; err="$work/$mode-$name.stderr"
    cd "$dir" || return
    if [ "$mode" = run ]; then
        # under sanitizers trc run builds with cc (and --no-cache compiles every module):
        # a program importing unittest compiles ~40,000 lines of C with ASan first
        timeout "$([ -n "${SAN_FLAGS:-}" ] && echo 300 || echo 60)" "$trc" run --no-cache "$name.py" </dev/null >"$out" 2>"$err"; rc=$?
    else
        if ! timeout "$([ -n "${SAN_FLAGS:-}" ] && echo 300 || echo 120)" "$trc" build $TRC_BUILD_FLAGS "$name.py" -o "$work/$name.bin" >"$out" 2>"$err"; then
            echo "FAIL $name: compile error: $(head -c 300 "$err" | head -3)"; return
        fi
        timeout 60 $TRC_EXEC "$work/$name.bin" </dev/null >"$out" 2>"$err"; rc=$?
    fi
    [ -f "$TRC_EXPECTED_DIR/$name.out" ] && base=$TRC_EXPECTED_DIR/$name
    local want_rc=0 want="$base.out"
    [ -f "$base.exit" ] && want_rc=$(cat "$base.exit")
    if grep -q -E '^==[0-9]+==ERROR: AddressSanitizer|runtime error: ' "$err"; then
        echo "FAIL $name: sanitizer: $(grep -m1 -E '^==[0-9]+==ERROR: AddressSanitizer|runtime error: ' "$err" | head -c 300)"; return
    fi
    if ! cmp -s "$out" "$want"; then
        echo "FAIL $name: stdout differs (exit $rc: $(tail -n 1 "$err" | head -c 100)): $(diff "$want" "$out" | head -5 | tr '\n' ' ' | head -c 300)"; return
    fi
    if [ "$rc" != "$want_rc" ]; then
        echo "FAIL $name: exit status $rc, expected $want_rc: $(tail -1 "$err" | head -c 200)"; return
    fi
    if [ -f "$base.err" ] && [ "$(tail -n 1 "$err")" != "$(cat "$base.err")" ]; then
        echo "FAIL $name: last stderr line '$(tail -n 1 "$err" | head -c 200)', expected '$(cat "$base.err")'"; return
    fi
    echo "PASS $name"
}

# The same through `trc run`, each result named run/NAME.  A full collection every 25
# allocations (at every one, allocation-heavy programs become quadratic: minutes instead
# of seconds), or under sanitizers every 100: there each collection also scans libasan's
# static data as roots (about 2 ms).
golden_run_one() {
    local stress=25
    [ -n "$SAN_FLAGS" ] && stress=100
    mode=run TRC_GC_STRESS=$stress golden_one "$1" | sed -E 's#^(PASS|FAIL) #\1 run/#'
}

# One error test: `trc build` must print exactly the .err text and exit 2.
error_one() {
    local tr=$1 dir name err rc
    dir=$(dirname "$tr"); name=$(basename "$tr")
    err="$work/${name%.tr}.err"
    cd "$dir" || return
    timeout 20 "$trc" build "$name" -o "$work/${name%.tr}.bin" >/dev/null 2>"$err"; rc=$?
    if [ "$rc" != 2 ]; then echo "FAIL errors/$name: exit status $rc, expected 2"; return; fi
    if ! cmp -s "$err" "${name%.tr}.err"; then
        echo "FAIL errors/$name: diagnostic differs: $(diff "${name%.tr}.err" "$err" | head -4 | tr '\n' ' ')"; return
    fi
    echo "PASS errors/$name"
}

# One IR test: tests/ir/NAME.py names, on its first line `# ir: BEFORE PASS`, a pass and
# the pass run just before it; `--emit-ir=BEFORE` must print NAME.before and
# `--emit-ir=PASS` NAME.after, exactly (what the pass changed, pinned).
ir_one() {
    local py=$1 dir name stem before pass
    dir=$(dirname "$py"); name=$(basename "$py"); stem=${name%.py}
    read -r _ _ before pass <"$py"
    cd "$dir" || return
    for stage in "before $before" "after $pass"; do
        set -- $stage
        if ! timeout 20 "$trc" build "$name" --emit-ir="$2" >"$work/$stem.$1" 2>&1; then
            echo "FAIL ir/$name: --emit-ir=$2 failed: $(head -2 "$work/$stem.$1" | tr '\n' ' ')"; return
        fi
        if ! cmp -s "$work/$stem.$1" "$stem.$1"; then
            echo "FAIL ir/$name: IR $1 $pass differs: $(diff "$stem.$1" "$work/$stem.$1" | head -4 | tr '\n' ' ')"; return
        fi
    done
    echo "PASS ir/$name"
}

# One command-line test: a script that exits 0 or prints why it failed.
cli_one() {
    local sh=$1 name log
    name=$(basename "$sh" .sh); log="$work/cli-$name.log"
    if TRC=$trc timeout 300 bash "$sh" >"$log" 2>&1; then echo "PASS cli/$name"
    else echo "FAIL cli/$name: $(head -c 300 "$log" | head -3 | tr '\n' ' ')"; fi
}

# One C unit test linked against the runtime; its last line is "N passed, N failed".
unit_one() {
    local c=$1 name bin
    name=$(basename "$c" .c); bin="$work/$name"
    if ! ${CC:-cc} -std=gnu11 -g -I"$root/runtime" $SAN_FLAGS -o "$bin" "$c" \
        "$rtlib" -lgc -lgmp -lm -lpthread 2>"$work/$name.cc"; then
        echo "FAIL unit/$name: does not compile: $(head -3 "$work/$name.cc" | tr '\n' ' ')"; return
    fi
    if timeout 120 "$bin" >"$work/$name.log" 2>&1; then echo "PASS unit/$name"
    else echo "FAIL unit/$name: $(grep -v passed "$work/$name.log" | head -3 | tr '\n' ' ')"; fi
}
export -f golden_one golden_run_one error_one ir_one cli_one unit_one
export SAN_FLAGS=${SAN_FLAGS:-} TRC_BUILD_FLAGS=${TRC_BUILD_FLAGS:-} TRC_EXEC=${TRC_EXEC:-} \
    TRC_EXPECTED_DIR=${TRC_EXPECTED_DIR:-}

suites=${*:-golden run contracts errors ir cli unit}
results="$work/results"
: >"$results"
for s in $suites; do
    case $s in
    golden|pending) find "$root/tests/$s" -maxdepth 1 -name '*.py' ! -name '_*' | sort |
                xargs -P "$jobs" -I{} bash -c 'golden_one "$@"' _ {} >>"$results" ;;
    run)    find "$root/tests/golden" -maxdepth 1 -name '*.py' ! -name '_*' | sort |
                xargs -P "$jobs" -I{} bash -c 'golden_run_one "$@"' _ {} >>"$results" ;;
    *.py)   echo "$(cd "$(dirname "$s")" && pwd)/$(basename "$s")" >>"$work/files" ;;
    errors) find "$root/tests/errors" -name '*.tr' | sort |
                xargs -P "$jobs" -I{} bash -c 'error_one "$@"' _ {} >>"$results" ;;
    contracts) find "$root/tests/contracts" -name '*.py' | sort |
                xargs -P "$jobs" -I{} bash -c 'golden_one "$@"; golden_run_one "$@"' _ {} |
                sed -E 's#^(PASS|FAIL) #\1 contracts/#' >>"$results" ;;
    ir)     find "$root/tests/ir" -name '*.py' | sort |
                xargs -P "$jobs" -I{} bash -c 'ir_one "$@"' _ {} >>"$results" ;;
    cli)    find "$root/tests/cli" -name '*.sh' | sort |
                xargs -P "$jobs" -I{} bash -c 'cli_one "$@"' _ {} >>"$results" ;;
    unit)   find "$root/tests/unit" -name '*.c' | sort |
                xargs -P "$jobs" -I{} bash -c 'unit_one "$@"' _ {} >>"$results" ;;
    *) echo "unknown suite $s"; exit 2 ;;
    esac
done
[ -f "$work/files" ] && xargs -P "$jobs" -I{} bash -c 'golden_one "$@"' _ {} <"$work/files" >>"$results"
grep '^FAIL' "$results" | sort
passed=$(grep -c '^PASS' "$results")
failed=$(grep -c '^FAIL' "$results")
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
