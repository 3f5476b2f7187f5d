#!/usr/bin/env bash
# signal_reads.sh — reads of sys.stdin (readline, input(), read()) interrupted by a
# signal whose handler returns go on reading (PEP 475) instead of ending at a false EOF;
# a handler that raises ends the read with its exception.  The writer is a shell that
# sends its lines late (after the program said it is ready), so the reads block while
# SIGALRM comes every 10 ms.
set -u
fail() { echo "$*"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
cat >reads.py <<'PY'
import signal, sys
ticks = []
signal.signal(signal.SIGALRM, lambda signum, frame: ticks.append(signum))
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
open("ready", "w").close()  # the writer starts its delays now
print(repr(sys.stdin.readline()), len(ticks) > 0)
print(repr(input()), len(ticks) > 1)
def fail(signum, frame):
    raise TimeoutError("no more input")
signal.signal(signal.SIGALRM, fail)
try:
    sys.stdin.read()
except TimeoutError as e:
    print("TimeoutError:", e)
PY
"$TRC" build reads.py -o reads || fail "build"
out=$( (until [ -e ready ]; do sleep 0.01; done; sleep 0.1; echo first; sleep 0.1; echo second; sleep 0.5) | ./reads)
expect="'first\n' True
'second' True
TimeoutError: no more input"
[ "$out" = "$expect" ] || fail "got: $out"
exit 0
