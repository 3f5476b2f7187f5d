#!/usr/bin/env bash
# subprocess_spec.sh — the subprocess examples of the module spec run as written (their
# output holds directory listings and dates, so only the stable parts are checked), and
# the two extensions: CompletedProcess['field'], and a str command with spaces that names
# no executable file running through /bin/sh (a file whose name has a space still runs).
set -u
fail() { echo "$*"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1
export XDG_CACHE_HOME=$dir/cache
cat >spec.py <<'PY'
import subprocess
import sys

result = subprocess.run("echo Hello World")
print(result['returncode']); print(result['stdout']); print(result['stderr'])
result = subprocess.run(["ls", "-la"])
returncode = subprocess.call("echo Testing")
subprocess.check_call("ls /")
output = subprocess.check_output("pwd")
status, output = subprocess.getstatusoutput("ls -la")
output = subprocess.getoutput("date")
sys.stdout.flush()
print("returncode", returncode, "status", status, "date lines", len(output.splitlines()))
r = subprocess.run("echo captured words", capture_output=True, text=True)
print(r['stdout'], end='')
print(r['args'], r['returncode'], r['stderr'] == r.stderr)
try:
    r['pid']
except KeyError as e:
    print("KeyError", e)
print(subprocess.run("./my prog", capture_output=True, text=True).stdout, end='')
try:
    subprocess.run("nosuchprog")
except FileNotFoundError as e:
    print(e)
PY
printf '#!/bin/sh\necho "file with a space ran"\n' >"my prog"
chmod +x "my prog"
out=$("$TRC" run spec.py) || fail "spec program failed: $out"
echo "$out" | grep -qx "Hello World" || fail "no Hello World: $out"
echo "$out" | grep -qx "Testing" || fail "no Testing: $out"
[ "$(echo "$out" | grep -c "spec.py")" -ge 1 ] || fail "ls -la did not list the directory: $out"
echo "$out" | grep -qx "bin" || fail "ls / printed no bin: $out"
# the program's own lines come last: its stdout is a pipe, so block-buffered (as in
# CPython), while the children write straight to the same pipe
want="0
None
None
returncode 0 status 0 date lines 1
captured words
echo captured words 0 True
KeyError 'pid'
file with a space ran
[Errno 2] No such file or directory: 'nosuchprog'"
[ "$(echo "$out" | tail -9)" = "$want" ] || fail "result fields and extensions: $(echo "$out" | tail -9)"
exit 0
