#!/usr/bin/env bash
# sigpipe.sh — SIGPIPE is ignored as in CPython: `prog | head -1` with a long output
# ends with "BrokenPipeError: [Errno 32] Broken pipe" (traceback, status 1); output
# still buffered when the reader is gone fails at exit ("Exception ignored in: ...",
# status 120); a caught BrokenPipeError lets the program go on; children started by
# subprocess get SIGPIPE back to default (unless restore_signals=False).  Each compared with python3 (stdout, the last
# line of stderr, the exit status).
set -u
fail() { echo "$*"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
unset PYTHONUNBUFFERED # python3's stdout must be block-buffered, as trc's
cat >long.py <<'PY'
for i in range(200000):
    print(i)
PY
cat >late.py <<'PY'
import select, time
print("buffered")
poll = select.poll()
poll.register(1, select.POLLOUT)
while not any(events & select.POLLERR for fd, events in poll.poll()):  # the reader is gone
    time.sleep(0.01)
PY
cat >caught.py <<'PY'
import sys
try:
    for i in range(200000):
        print(i)
except BrokenPipeError as e:
    print("caught", e, file=sys.stderr)
    sys.stdout = None  # nothing left to flush at exit
PY
cat >child.py <<'PY'
import subprocess
def pipe_and_xfsz_ignored(status):
    # the SigIgn mask's bits 12 and 24 (signals 13 and 25); others depend on the caller
    mask = int([line for line in status.splitlines() if line.startswith("SigIgn")][0].split()[1], 16)
    return (mask >> 12) & 1, (mask >> 24) & 1
status = ["grep", "SigIgn", "/proc/self/status"]
print(pipe_and_xfsz_ignored(open("/proc/self/status").read()),
      pipe_and_xfsz_ignored(subprocess.run(status, capture_output=True, text=True).stdout),
      pipe_and_xfsz_ignored(subprocess.run(status, capture_output=True, text=True,
                                           restore_signals=False).stdout))
PY
# run PROG... with stdout into `head -1` (long, caught) or into a reader that exits at once (late)
check() {
    local name=$1 reader=$2 py_out py_err py_rc trc_out trc_err trc_rc
    "$TRC" build "$name.py" -o "$name" || fail "$name: build"
    py_out=$({ python3 "$name.py" 2>py.err; echo $? >py.rc; } | $reader)
    trc_out=$({ "./$name" 2>trc.err; echo $? >trc.rc; } | $reader)
    [ "$trc_out" = "$py_out" ] || fail "$name: stdout '$trc_out', python3 '$py_out'"
    [ "$(tail -1 trc.err)" = "$(tail -1 py.err)" ] || fail "$name: stderr ends '$(tail -1 trc.err)', python3 '$(tail -1 py.err)'"
    [ "$(cat trc.rc)" = "$(cat py.rc)" ] || fail "$name: status $(cat trc.rc), python3 $(cat py.rc)"
}
check long "head -1"
check caught "head -1"
check late "true"
grep -q "Exception ignored in: <_io.TextIOWrapper name='<stdout>'" trc.err || fail "late: no 'Exception ignored'"
"$TRC" build child.py -o child || fail "child: build"
[ "$(./child)" = "$(python3 child.py)" ] || fail "child: SigIgn $(./child), python3 $(python3 child.py)"
exit 0
