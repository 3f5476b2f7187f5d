#!/usr/bin/env bash
# run_sources.sh — `trc run` reads programs from a file, from stdin (-) and from -c,
# passes arguments and stdin through, and exits like the program (status, traceback).
set -u
fail() { echo "$*"; exit 1; }
cd "$(mktemp -d)" || exit 1
out=$("$TRC" run -c 'import sys; print(sys.argv)' a 'b c') || fail "-c failed"
[ "$out" = "['-c', 'a', 'b c']" ] || fail "-c argv: $out"
out=$(printf 'import sys\nprint(sys.argv, 6 * 7)\n' | "$TRC" run - x) || fail "- failed"
[ "$out" = "['-', 'x'] 42" ] || fail "- from stdin: $out"
printf 'name = input()\nprint("hello", name)\n' >greet.py
out=$(echo world | "$TRC" run greet.py) || fail "stdin program failed"
[ "$out" = "hello world" ] || fail "stdin passthrough: $out"
"$TRC" run -c 'import sys; sys.exit(7)'; rc=$?
[ "$rc" = 7 ] || fail "sys.exit(7) gave status $rc"
err=$("$TRC" run -c 'd = {}
d["zz"]' 2>&1); rc=$?
[ "$rc" = 1 ] || fail "uncaught exception gave status $rc"
[ "$(tail -n 1 <<<"$err")" = "KeyError: 'zz'" ] || fail "final line: $err"
grep -q '^  File "<string>", line 2, in <module>$' <<<"$err" || fail "traceback frame: $err"
exit 0
