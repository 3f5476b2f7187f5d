#!/usr/bin/env bash
# int_max_str_digits_env.sh — PYTHONINTMAXSTRDIGITS sets the int <-> str digit limit
# and sys.flags.int_max_str_digits at start-up (empty: the default); a bad value ends
# start-up with CPython's fatal error and status 1.
set -u
fail() { echo "$*"; exit 1; }
cd "$(mktemp -d)" || exit 1
printf 'import sys\nprint(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)\nprint(len(str(10 ** 999)))\n' >limit.py
"$TRC" build limit.py -o limit || fail "build failed"
out=$(PYTHONINTMAXSTRDIGITS=1000 ./limit) || fail "1000 failed"
[ "$out" = $'1000 1000\n1000' ] || fail "1000: $out"
out=$(PYTHONINTMAXSTRDIGITS= ./limit) || fail "empty failed"
[ "$out" = $'4300 -1\n1000' ] || fail "empty: $out"
out=$(PYTHONINTMAXSTRDIGITS=0 ./limit) || fail "0 failed"
[ "$out" = $'0 0\n1000' ] || fail "0: $out"
err=$(PYTHONINTMAXSTRDIGITS=900 ./limit 2>&1); rc=$?
[ "$rc" = 1 ] || fail "900 gave status $rc"
[ "$(tail -n 1 <<<"$err")" = "ValueError: Exceeds the limit (900 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit" ] || fail "900: $err"
for bad in 100 abc -5; do
    err=$(PYTHONINTMAXSTRDIGITS=$bad ./limit 2>&1); rc=$?
    [ "$rc" = 1 ] || fail "$bad gave status $rc"
    [ "$(head -n 1 <<<"$err")" = "Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited." ] || fail "$bad: $err"
done
exit 0
