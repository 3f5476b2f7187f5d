#!/usr/bin/env bash
# serveit_asgi_concurrent.sh — an ASGI app served by serveit on one asyncio loop: request
# /a awaits an asyncio.Event that request /b sets (only a server answering both at once
# gets either response), lifespan startup/shutdown, keep-alive and pipelined requests
# on one connection, a chunked request body, streamed responses, HEAD, 100-continue, 413/431/400, 500 for an
# app that raises or never starts its response, receive() giving http.disconnect only
# once the response is complete or the client has gone, the access log, and SIGTERM ending
# run() with status 0 after the lifespan shutdown.
set -u
fail() { echo "FAIL: $*"; [ -f "$dir/err" ] && tail -20 "$dir/err"; exit 1; }
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 $pid 2>/dev/null; rm -rf "$dir"' EXIT
cd "$dir" || exit 1

cat >app.py <<'EOF'
import asyncio
import serveit

events = []
gate = None
saw_disconnect = None

async def lifespan(receive, send):
    global gate, saw_disconnect
    while True:
        message = await receive()
        events.append(message["type"])
        if message["type"] == "lifespan.startup":
            gate = asyncio.Event()
            saw_disconnect = asyncio.Event()
            await send({"type": "lifespan.startup.complete"})
        else:
            await send({"type": "lifespan.shutdown.complete"})
            return

async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        await lifespan(receive, send)
        return
    path = scope["path"]
    if path == "/silent":
        return
    message = await receive()
    if path == "/a":
        await gate.wait()
        text = "a: the gate opened"
    elif path == "/b":
        gate.set()
        text = "b: opened the gate"
    elif path == "/boom":
        raise ValueError("boom")
    elif path == "/hang":
        # receive() after the body waits: here until the client closes the connection
        if (await receive())["type"] == "http.disconnect":
            saw_disconnect.set()
        return
    elif path == "/check":
        await saw_disconnect.wait()
        text = "the app saw the client leave"
    elif path == "/listen":
        # a stream with a listener for the disconnect beside it (Starlette's pattern):
        # its receive() returns once the response is complete
        async def listen():
            return (await receive())["type"]
        listener = asyncio.create_task(listen())
        await send({"type": "http.response.start", "status": 200, "headers": []})
        for part in [b"a", b"b"]:
            await send({"type": "http.response.body", "body": part, "more_body": True})
            await asyncio.sleep(0)
        print("listener done before the end:", listener.done(), flush=True)
        await send({"type": "http.response.body", "body": b"c"})
        print("listener:", await listener, flush=True)
        return
    elif path.startswith("/stream"):
        # more_body chunks are written as they come: chunked unless content-length is set
        headers = [(b"content-length", b"9")] if path == "/stream-length" else []
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for part in [b"one", b"", b"two", b"six"]:
            await send({"type": "http.response.body", "body": part, "more_body": True})
            await asyncio.sleep(0)
        await send({"type": "http.response.body", "body": b""})
        return
    else:
        text = f"{scope['method']} {path} {scope['query_string']} {message['body']!r}"
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/plain"), (b"x-path", path.encode())]})
    await send({"type": "http.response.body", "body": text.encode()})

serveit.run(app, port=0, max_body_size=100, max_header_size=2000)
print("events:", events)
print("stopped")
EOF
"$TRC" run app.py >out 2>err &
pid=$!
port=
for _ in $(seq 600); do
    port=$(sed -n 's|.*running on http://127.0.0.1:\([0-9]*\).*|\1|p' err)
    [ -n "$port" ] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.05
done
[ -n "$port" ] || fail "no startup line"

/usr/bin/python3 - "$port" >client.out 2>&1 <<'EOF' || { cat client.out; fail "client"; }
import socket, sys, threading
port = int(sys.argv[1])

def connect():
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    return s, s.makefile("rb")

def read_response(f, head=False):
    status = f.readline().decode().rstrip()
    headers = {}
    while True:
        line = f.readline().decode().rstrip("\r\n")
        if not line:
            break
        name, _, value = line.partition(": ")
        headers[name] = value
    body = b"" if head else f.read(int(headers.get("content-length", 0)))
    shown = {k: v for k, v in headers.items() if k != "date"}
    return f"{status} {shown} {body!r}"

def exchange(request, head=False):
    s, f = connect()
    s.sendall(request)
    text = read_response(f, head)
    s.close()
    return text

# /a waits for /b: both answered only if the server serves them concurrently
results = {}
def get_a():
    results["a"] = exchange(b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
s, f = connect()
thread = threading.Thread(target=get_a)
thread.start()
s.sendall(b"GET /b HTTP/1.1\r\nHost: x\r\n\r\n")
results["b"] = read_response(f)
s.close()
thread.join()
print(results["a"])
print(results["b"])

# keep-alive and pipelining: two requests in one write, then a third on the same connection
s, f = connect()
s.sendall(b"GET /one?x=1 HTTP/1.1\r\nHost: x\r\n\r\nPOST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello")
print(read_response(f))
print(read_response(f))
s.sendall(b"POST /three HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n")
print(read_response(f))
s.sendall(b"HEAD /four HTTP/1.1\r\nHost: x\r\n\r\n")
print(read_response(f, head=True))
s.sendall(b"GET /five HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
print(read_response(f))
print("closed after Connection: close:", f.read() == b"")
s.close()

# 100-continue: the interim response comes before the body is sent
s, f = connect()
s.sendall(b"PUT /six HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n")
print(f.readline().decode().rstrip(), f.readline() == b"\r\n")
s.sendall(b"xyz")
print(read_response(f))
s.close()

print(exchange(b"POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 101\r\n\r\n"))
print(exchange(b"GET /long HTTP/1.1\r\nHost: x\r\nX-Long: " + b"y" * 3000 + b"\r\n\r\n"))
print(exchange(b"BAD REQUEST\r\n\r\n"))
print(exchange(b"GET /boom HTTP/1.1\r\nHost: x\r\n\r\n"))
print(exchange(b"GET /silent HTTP/1.1\r\nHost: x\r\n\r\n"))

def raw(request):
    s, f = connect()
    s.sendall(request)
    text = f.read().replace(b"\r\n", b"|")
    s.close()
    return text.split(b"|", 2)[2]   # after the status and date lines
print(raw(b"GET /stream HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
print(raw(b"GET /stream-length HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
print(raw(b"HEAD /stream HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
print(raw(b"GET /listen HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))

s, f = connect()
s.sendall(b"GET /hang HTTP/1.1\r\nHost: x\r\n\r\n")
f.close()
s.close()
print(exchange(b"GET /check HTTP/1.1\r\nHost: x\r\n\r\n"))
EOF
cat >expected <<'EOF'
HTTP/1.1 200 OK {'server': 'serveit', 'content-type': 'text/plain', 'x-path': '/a', 'content-length': '18'} b'a: the gate opened'
HTTP/1.1 200 OK {'server': 'serveit', 'content-type': 'text/plain', 'x-path': '/b', 'content-length': '18'} b'b: opened the gate'
HTTP/1.1 200 OK {'server': 'serveit', 'content-type': 'text/plain', 'x-path': '/one', 'content-length': '16'} b"GET /one x=1 b''"
HTTP/1.1 200 OK {'server': 'serveit', 'content-type': 'text/plain', 'x-path': '/two', 'content-length': '19'} b"POST /two  b'hello'"
HTTP/1.1 200 OK {'server': 'serveit', 'content-type': 'text/plain', 'x-path': '/three', 'content-length': '21'} b"POST /three  b'abcde'"
HTTP/1.1 200 OK {'server': 'serveit', 'content-type': 'text/plain', 'x-path': '/four', 'content-length': '15'} b''
HTTP/1.1 200 OK {'server': 'serveit', 'content-type': 'text/plain', 'x-path': '/five', 'content-length': '14', 'connection': 'close'} b"GET /five  b''"
closed after Connection: close: True
HTTP/1.1 100 Continue True
HTTP/1.1 200 OK {'server': 'serveit', 'content-type': 'text/plain', 'x-path': '/six', 'content-length': '16'} b"PUT /six  b'xyz'"
HTTP/1.1 413 Request Entity Too Large {'server': 'serveit', 'content-type': 'text/plain; charset=utf-8', 'content-length': '24', 'connection': 'close'} b'Request Entity Too Large'
HTTP/1.1 431 Request Header Fields Too Large {'server': 'serveit', 'content-type': 'text/plain; charset=utf-8', 'content-length': '31', 'connection': 'close'} b'Request Header Fields Too Large'
HTTP/1.1 400 Bad Request {'server': 'serveit', 'content-type': 'text/plain; charset=utf-8', 'content-length': '30', 'connection': 'close'} b'Invalid HTTP request received.'
HTTP/1.1 500 Internal Server Error {'server': 'serveit', 'content-type': 'text/plain; charset=utf-8', 'content-length': '21', 'connection': 'close'} b'Internal Server Error'
HTTP/1.1 500 Internal Server Error {'server': 'serveit', 'content-type': 'text/plain; charset=utf-8', 'content-length': '21', 'connection': 'close'} b'Internal Server Error'
b'server: serveit|transfer-encoding: chunked|connection: close||3|one|3|two|3|six|0||'
b'server: serveit|content-length: 9|connection: close||onetwosix'
b'server: serveit|transfer-encoding: chunked|connection: close||'
b'server: serveit|transfer-encoding: chunked|connection: close||1|a|1|b|1|c|0||'
HTTP/1.1 200 OK {'server': 'serveit', 'content-type': 'text/plain', 'x-path': '/check', 'content-length': '28'} b'the app saw the client leave'
EOF
diff client.out expected || fail "responses differ"
kill -TERM $pid
wait $pid
rc=$?
pid=
[ $rc = 0 ] || fail "exit status $rc after SIGTERM"
printf "listener done before the end: False\nlistener: http.disconnect\nevents: ['lifespan.startup', 'lifespan.shutdown']\nstopped\n" | diff - out || fail "run() output"
for line in 'INFO:     Application startup complete.' \
            'INFO:     127.0.0.1:[0-9]* - "GET /a HTTP/1.1" 200 OK' \
            'INFO:     127.0.0.1:[0-9]* - "POST /three HTTP/1.1" 200 OK' \
            'WARNING:  Request body too large.' 'WARNING:  Request headers too large.' \
            'WARNING:  Invalid HTTP request received.' 'ERROR:    Exception in ASGI application' \
            'ValueError: boom' 'RuntimeError: ASGI callable returned without starting response.' \
            'INFO:     Shutting down' 'INFO:     Application shutdown complete.' \
            'INFO:     Finished server process \[[0-9]*\]'; do
    grep -q "^$line\$" err || fail "no log line: $line"
done
exit 0
