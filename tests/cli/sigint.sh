#!/usr/bin/env bash
# sigint.sh — Ctrl-C (SIGINT) raises KeyboardInterrupt inside loops and time.sleep, for
# built executables and `trc run` alike; uncaught, the process ends by SIGINT.
set -u
set -m # job control: background jobs keep SIGINT (else the shell ignores it for them)
fail() { echo "$*"; exit 1; }
cd "$(mktemp -d)" || exit 1
cat >loop.py <<'PY'
import time
print("start", flush=True)
try:
    while True:
        pass
except KeyboardInterrupt:
    print("caught in while", flush=True)
try:
    time.sleep(30)
except KeyboardInterrupt:
    print("caught in sleep", flush=True)
for i in iter(int, 1):
    pass
PY
"$TRC" build loop.py -o loop || fail "build"
expect='start
caught in while
caught in sleep'
for mode in build run; do
    if [ $mode = build ]; then ./loop >out 2>err & else "$TRC" run loop.py >out 2>err & fi
    pid=$!
    for _ in $(seq 100); do [ "$(wc -l <out)" -ge 1 ] && break; sleep 0.1; done
    # one Ctrl-C per stage; resent if it came in a window no check covers (as in CPython)
    for _ in $(seq 12); do
        kill -0 $pid 2>/dev/null || break
        n=$(wc -l <out); kill -INT -- -$pid # the job's process group, as a terminal's Ctrl-C
        for _ in $(seq 20); do [ "$(wc -l <out)" -gt "$n" ] || ! kill -0 $pid 2>/dev/null && break; sleep 0.1; done
    done
    kill -9 $pid 2>/dev/null
    wait $pid; rc=$?
    [ "$rc" = 130 ] || fail "$mode: status $rc, want 130 (killed by SIGINT)"
    [ "$(cat out)" = "$expect" ] || fail "$mode: output $(cat out)"
    [ "$(tail -n 1 err)" = KeyboardInterrupt ] || fail "$mode: final line $(tail -n 1 err)"
done
exit 0
