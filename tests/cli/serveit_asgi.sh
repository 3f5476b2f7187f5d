#!/usr/bin/env bash
# serveit_asgi.sh — an ASGI 3 app (async def app(scope, receive, send)) served by serveit
# (trc run), driven by python3's urllib: receive() of the body, response.start headers
# as bytes, more_body chunks, asyncio inside the app, 500 for an app that never starts
# its response; log_level "warning" drops the access log; workers=2 forks a second
# process on the same socket; SIGTERM to the parent ends both, with status 0.
set -u
fail() { echo "FAIL: $*"; [ -f "$dir/err" ] && tail -20 "$dir/err"; exit 1; }
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 $pid 2>/dev/null; rm -rf "$dir"' EXIT
cd "$dir" || exit 1

cat >app.py <<'EOF'
import asyncio
import serveit

async def app(scope, receive, send):
    assert scope["type"] == "http"
    path = scope["path"]
    if path == "/silent":
        return
    message = await receive()
    body = message["body"]
    await asyncio.sleep(0)
    if path == "/chunks":
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/plain"), (b"x-parts", b"3")]})
        for part in [b"one ", b"two ", b"three"]:
            await send({"type": "http.response.body", "body": part, "more_body": True})
        await send({"type": "http.response.body", "body": b""})
        return
    text = f"{scope['method']} {path} {scope['query_string']} {scope['http_version']} {len(body)} {message['more_body']}"
    await send({"type": "http.response.start", "status": 201 if scope["method"] == "POST" else 200,
                "headers": [("content-type", "text/plain; charset=utf-8")]})
    await send({"type": "http.response.body", "body": text.encode()})

serveit.run(app, port=0, log_level="warning", workers=2)
print("stopped")
EOF
"$TRC" run app.py >out 2>err &
pid=$!
# with log_level "warning" there is no startup line: find the listening socket in /proc
cat >port.py <<'EOF'
import os, sys
pid = sys.argv[1]
inodes = set()
for fd in os.listdir(f"/proc/{pid}/fd"):
    target = os.readlink(f"/proc/{pid}/fd/{fd}")
    if target.startswith("socket:["):
        inodes.add(target[8:-1])
for line in open("/proc/net/tcp").read().splitlines()[1:]:
    fields = line.split()
    if fields[9] in inodes and fields[3] == "0A":
        print(int(fields[1].split(":")[1], 16))
EOF
port=
for _ in $(seq 300); do
    port=$(/usr/bin/python3 port.py "$pid" 2>/dev/null)
    [ -n "$port" ] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.05
done
[ -n "$port" ] || fail "no listening socket"

/usr/bin/python3 - "$port" >client.out 2>&1 <<'EOF' || { cat client.out; fail "client"; }
import sys, urllib.request, urllib.error
base = f"http://127.0.0.1:{sys.argv[1]}"
def show(req):
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            print(r.status, r.headers.get("content-type"), r.headers.get("x-parts"), r.read())
    except urllib.error.HTTPError as e:
        print("error", e.code, e.read())
show(base + "/hello?x=1")
show(urllib.request.Request(base + "/post", data=b"abcdef", method="POST"))
show(base + "/chunks")
show(base + "/silent")
show(urllib.request.Request(base + "/head", method="HEAD"))
EOF
cat >expected <<'EOF'
200 text/plain; charset=utf-8 None b'GET /hello x=1 1.1 0 False'
201 text/plain; charset=utf-8 None b'POST /post  1.1 6 False'
200 text/plain 3 b'one two three'
error 500 b'Internal Server Error'
200 text/plain; charset=utf-8 None b''
EOF
diff client.out expected || fail "responses differ"
[ "$(pgrep -c -P $pid)" = 1 ] || fail "workers=2 did not fork one worker"
worker=$(pgrep -P $pid)
kill -TERM $pid
wait $pid
rc=$?
pid=
[ $rc = 0 ] || fail "exit status $rc after SIGTERM"
[ "$(cat out)" = stopped ] || fail "run() did not return (or returned in the worker): $(cat out)"
kill -0 "$worker" 2>/dev/null && fail "the worker outlived the parent"
grep -q 'INFO' err && fail "info lines with log_level warning"
grep -q '^RuntimeError: ASGI callable returned without starting response.$' err || fail "no error for /silent"
exit 0
