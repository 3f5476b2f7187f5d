#!/usr/bin/env bash
# corpus_run.sh — conformance on a corpus of CPython-comparable test scripts nobody in
# this project wrote (MicroPython's tests/basics etc., see docs/conformance.md).
# For each *.py in the given directories: CPython 3.11 (/usr/bin/python3, run in the
# file's directory) gives the expected stdout and exit status; a test CPython itself
# fails on with an ImportError or SyntaxError, or that prints SKIP, is skipped. Otherwise
# `trc build FILE -o BIN` and BIN must give the same stdout bytes, exit status and (when
# that is non-zero) last stderr line. One line per failing test, classified as
#   compile error: MSG | COMPILER CRASH | cc build failure | runtime crash | timeout |
#   wrong output | wrong exit status
# then a summary:  corpus: N matched of M run (P%), S skipped; crashes C
# (C counts compiler crashes: a signal or an internal error in trc).
# Usage: tools/corpus_run.sh DIR...     Env: TRC (compiler), JOBS (default 2, at most 2),
#        CORPUS_VERBOSE=1 (also list passing and skipped tests)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
trc=${TRC:-$root/build/bin/trc}
case $trc in /*) ;; */*) trc=$(pwd)/$trc ;; esac
jobs=${JOBS:-2}
[ "$jobs" -gt 2 ] && jobs=2
[ $# -gt 0 ] || { echo "usage: $0 DIR..." >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export trc work

# One test: prints "PASS rel", "SKIP rel: why" or "FAIL rel: kind: detail".
corpus_one() {
    local py=$1 dir name rel tag
    dir=$(dirname "$py"); name=$(basename "$py" .py)
    rel="$(basename "$dir")/$name.py"; tag="$work/$(basename "$dir")-$name"
    cd "$dir" || return
    local want_rc got_rc
    PYTHONDONTWRITEBYTECODE=1 timeout 10 /usr/bin/python3 "$name.py" </dev/null \
        >"$tag.want" 2>"$tag.wanterr"; want_rc=$?
    if [ "$want_rc" = 124 ]; then echo "SKIP $rel: CPython timed out"; return; fi
    if grep -qx 'SKIP' "$tag.want"; then echo "SKIP $rel: prints SKIP under CPython"; return; fi
    if [ "$want_rc" != 0 ] && tail -n 1 "$tag.wanterr" | grep -qE '^(ImportError|ModuleNotFoundError|SyntaxError|IndentationError|TabError)\b'; then
        echo "SKIP $rel: CPython: $(tail -n 1 "$tag.wanterr" | head -c 100)"; return
    fi
    timeout 60 "$trc" build "$name.py" -o "$tag.bin" >"$tag.cout" 2>"$tag.cerr"; got_rc=$?
    if [ "$got_rc" != 0 ]; then
        local msg
        if [ "$got_rc" = 124 ]; then echo "FAIL $rel: COMPILER TIMEOUT"
        elif [ "$got_rc" -gt 128 ]; then echo "FAIL $rel: COMPILER CRASH: signal $((got_rc - 128))"
        elif grep -q 'the C compiler rejected' "$tag.cerr"; then
            msg=$(grep -m1 -E 'error:' "$tag.cerr" | sed -E 's/^[^ ]*: error: //' | head -c 160)
            echo "FAIL $rel: cc build failure: $msg"
        elif grep -q 'internal error' "$tag.cerr"; then
            echo "FAIL $rel: COMPILER CRASH: $(grep -m1 'internal error' "$tag.cerr" | head -c 160)"
        elif [ "$got_rc" = 2 ]; then
            msg=$(grep -m1 -E ':[0-9]+:[0-9]+: error: ' "$tag.cerr" | sed -E 's/^.*:[0-9]+:[0-9]+: error: //' | head -c 160)
            echo "FAIL $rel: compile error: ${msg:-$(head -n 1 "$tag.cerr" | head -c 160)}"
        else echo "FAIL $rel: build failure (exit $got_rc): $(head -n 1 "$tag.cerr" | head -c 160)"
        fi
        return
    fi
    timeout 10 "$tag.bin" </dev/null >"$tag.got" 2>"$tag.goterr"; got_rc=$?
    rm -f "$tag.bin"
    if [ "$got_rc" = 124 ]; then echo "FAIL $rel: timeout"; return; fi
    if [ "$got_rc" -gt 128 ] && [ "$got_rc" != "$want_rc" ]; then
        echo "FAIL $rel: runtime crash: signal $((got_rc - 128)): $(tail -n 1 "$tag.goterr" | head -c 120)"; return
    fi
    if ! cmp -s "$tag.want" "$tag.got"; then
        local at
        at=$(cmp "$tag.want" "$tag.got" 2>&1 | sed -nE 's/.*line ([0-9]+).*/\1/p')
        at=${at:-$(($(wc -l <"$tag.got") + 1))}
        echo "FAIL $rel: wrong output (exit $got_rc: $(tail -n 1 "$tag.goterr" | head -c 100)): line $at: want '$(sed -n "${at}p" "$tag.want" | head -c 80)' got '$(sed -n "${at}p" "$tag.got" | head -c 80)'"
        return
    fi
    if [ "$got_rc" != "$want_rc" ]; then
        echo "FAIL $rel: wrong exit status $got_rc, expected $want_rc: $(tail -n 1 "$tag.goterr" | head -c 120)"; return
    fi
    if [ "$want_rc" != 0 ] && [ "$(tail -n 1 "$tag.goterr")" != "$(tail -n 1 "$tag.wanterr")" ]; then
        echo "FAIL $rel: wrong last stderr line '$(tail -n 1 "$tag.goterr" | head -c 100)', expected '$(tail -n 1 "$tag.wanterr" | head -c 100)'"; return
    fi
    echo "PASS $rel"
}
export -f corpus_one

results="$work/results"
for d in "$@"; do
    [ -d "$d" ] || { echo "not a directory: $d" >&2; exit 2; }
    find "$(cd "$d" && pwd)" -maxdepth 1 -name '*.py' | sort
done | xargs -P "$jobs" -I{} bash -c 'corpus_one "$@"' _ {} >"$results"
sort -k2 "$results" | grep -E "^(FAIL${CORPUS_VERBOSE:+|PASS|SKIP})"
matched=$(grep -c '^PASS' "$results")
failed=$(grep -c '^FAIL' "$results")
skipped=$(grep -c '^SKIP' "$results")
crashes=$(grep -c '^FAIL [^:]*: COMPILER CRASH' "$results")
run=$((matched + failed))
pct=$(awk -v m="$matched" -v r="$run" 'BEGIN { printf "%.1f", r ? 100 * m / r : 0 }')
# Failures by kind, most frequent first.
grep '^FAIL' "$results" | sed -E "s/^FAIL [^:]*: ([^:(]*).*/\\1/; s/ '.*//; s/ [0-9].*//; s/ +\$//" | sort | uniq -c | sort -rn |
    awk '{ n = $1; $1 = ""; printf "  %4d %s\n", n, substr($0, 2) }'
echo "corpus: $matched matched of $run run ($pct%), $skipped skipped; crashes $crashes"
