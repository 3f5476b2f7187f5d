#!/usr/bin/env bash
# sigint.sh — Ctrl-C (SIGINT) raises KeyboardInterrupt inside loops and time.sleep, for
# built executables and `trc run` alike (tier 1, and tier 2: the executable the first
# run had built in the background); uncaught, the process ends by SIGINT.
set -u
set -m # job control: background jobs keep SIGINT (else the shell ignores it for them)
fail() { echo "$*"; exit 1; }
cd "$(mktemp -d)" || exit 1
export XDG_CACHE_HOME=$PWD/cache
unset TRC_TIER TRC_TIER_AFTER TRC_TIER_TRACE
modes="build run tier2"
# under sanitizers trc run links with cc and has no run cache, so no tier 2 (docs/cli.md)
[ -n "${TRC_SANITIZE:-}" ] && [ "$TRC_SANITIZE" != 0 ] && modes="build run"
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
for mode in $modes; do
    # emptied here, not only by the background job's redirection: that happens in the
    # child, maybe after the first look at out below, which must not see the last mode's
    : >out
    case $mode in
    build) ./loop >out 2>err & ;;
    run) TRC_TIER_AFTER=0 "$TRC" run loop.py >out 2>err & ;; # tier 1, building tier 2
    tier2)
        for _ in $(seq 600); do compgen -G "cache/trc/run-*.lock" >/dev/null || break; sleep 0.1; done
        TRC_TIER_TRACE=1 "$TRC" run loop.py >out 2>err & ;;
    esac
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
    [ $mode != tier2 ] || grep -q '^trc: tier: 2, native executable' err || fail "tier2: ran $(head -n 1 err)"
done
exit 0
