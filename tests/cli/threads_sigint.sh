#!/usr/bin/env bash
# threads_sigint.sh — with other threads running, Ctrl-C (SIGINT) raises
# KeyboardInterrupt in the main thread only: in a join(), in a loop while a CPU-bound
# thread competes for the GIL, and in an Event.wait(); uncaught, the process ends by
# SIGINT although daemon threads still run.  Built executables and `trc run`.
set -u
set -m # job control: background jobs keep SIGINT
fail() { echo "$*"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
unset TRC_TIER TRC_TIER_AFTER TRC_TIER_TRACE
cat >threads.py <<'PY'
import threading
never = threading.Event()
def spin():
    while True:
        pass
blocked = threading.Thread(target=never.wait, daemon=True)
blocked.start()
threading.Thread(target=spin, daemon=True).start()
print("start", flush=True)
try:
    blocked.join()
except KeyboardInterrupt:
    print("caught in join", flush=True)
try:
    while True:
        pass
except KeyboardInterrupt:
    print("caught in loop", flush=True)
never.wait()
PY
"$TRC" build threads.py -o threads || fail "build"
expect='start
caught in join
caught in loop'
for mode in build run; do
    : >out
    case $mode in
    build) ./threads >out 2>err & ;;
    run) TRC_TIER_AFTER=100000 "$TRC" run threads.py >out 2>err & ;;
    esac
    pid=$!
    for _ in $(seq 100); do [ "$(wc -l <out)" -ge 1 ] && break; sleep 0.1; done
    for _ in $(seq 12); do
        kill -0 $pid 2>/dev/null || break
        n=$(wc -l <out); kill -INT -- -$pid
        for _ in $(seq 20); do [ "$(wc -l <out)" -gt "$n" ] || ! kill -0 $pid 2>/dev/null && break; sleep 0.1; done
    done
    kill -9 $pid 2>/dev/null
    wait $pid; rc=$?
    [ "$rc" = 130 ] || fail "$mode: status $rc, want 130 (killed by SIGINT)"
    [ "$(cat out)" = "$expect" ] || fail "$mode: output $(cat out)"
    [ "$(tail -n 1 err)" = KeyboardInterrupt ] || fail "$mode: final line $(tail -n 1 err)"
done
exit 0
