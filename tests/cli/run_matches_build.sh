#!/usr/bin/env bash
# run_matches_build.sh — `trc run` reports compile errors exactly as `trc build` does.
set -u
fail() { echo "$*"; exit 1; }
cd "$(mktemp -d)" || exit 1
printf 'def f(:\n    pass\n' >bad.py
printf 'x = 1\nasync def g():\n    yield 1\n    return 2\n' >bad2.py
for prog in bad.py bad2.py; do
    "$TRC" build "$prog" -o prog 2>build.err; rb=$?
    "$TRC" run "$prog" 2>run.err; rr=$?
    [ "$rb" = 2 ] && [ "$rr" = 2 ] || fail "$prog: status build $rb, run $rr (want 2)"
    cmp -s build.err run.err || fail "$prog: diagnostics differ: $(diff build.err run.err | head -4)"
done
exit 0
