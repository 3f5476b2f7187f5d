#!/usr/bin/env bash
# serveit_asgi_body.sh — request bodies streamed to an ASGI app on serveit's asyncio server:
# receive() gives http.request messages as the body arrives (more_body), shown by a
# ping-pong where the client sends the next piece only after the app has answered the
# last one (Content-Length and chunked bodies); Expect: 100-continue answered only when
# the app first calls receive() (an app rejecting without reading gets its response out
# with no 100 Continue, and the connection closes); a 250 KB body read in pieces while the
# connection holds back; a Content-Length over max_body_size answered 413 before the body;
# a chunked body going past it mid-stream (the app sees http.disconnect, the client gets
# 413); a client that disconnects mid-body (the app sees http.disconnect).
set -u
fail() { echo "FAIL: $*"; [ -f "$dir/err" ] && tail -20 "$dir/err"; exit 1; }
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 $pid 2>/dev/null; rm -rf "$dir"' EXIT
cd "$dir" || exit 1

cat >app.py <<'EOF'
import asyncio
import serveit

left = asyncio.Event()
seen = []

async def reply(send, status, text):
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": text.encode()})

async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    path = scope["path"]
    if path == "/pingpong":
        # one response line per body message, streamed as the messages come
        await send({"type": "http.response.start", "status": 200, "headers": []})
        while True:
            message = await receive()
            line = f"{message['type']} {message.get('body')!r} more={message.get('more_body')}\n"
            await send({"type": "http.response.body", "body": line.encode(), "more_body": True})
            if not message.get("more_body"):
                break
        await send({"type": "http.response.body", "body": b"done\n"})
    elif path == "/reject":
        await reply(send, 401, "no body wanted")
    elif path == "/accept":
        message = await receive()
        await reply(send, 200, f"accepted {message['body']!r}")
    elif path == "/big":
        total, messages = 0, 0
        while True:
            message = await receive()
            total += len(message["body"])
            messages += 1
            await asyncio.sleep(0.001)
            if not message["more_body"]:
                break
        await reply(send, 200, f"{total} bytes in several messages: {messages > 2}")
    elif path in ("/overflow", "/leave"):
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                seen.append(f"{path}: http.disconnect after {total} bytes")
                left.set()
                return
            total += len(message["body"])
    elif path == "/seen":
        while len(seen) < 2:
            left.clear()
            await left.wait()
        await reply(send, 200, "; ".join(seen))

serveit.run(app, port=0, max_body_size=300000)
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
import socket, sys
port = int(sys.argv[1])

def connect():
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    return s, s.makefile("rb")

def read_head(f):
    status = f.readline().decode().rstrip()
    headers = {}
    while True:
        line = f.readline().decode().rstrip("\r\n")
        if not line:
            return status, headers
        name, _, value = line.partition(": ")
        headers[name] = value

def read_chunk_line(f):
    """One chunk of a chunked response (the app sends one line per chunk)."""
    size = int(f.readline(), 16)
    data = f.read(size)
    f.readline()
    return data.decode().rstrip("\n")

def read_response(f):
    status, headers = read_head(f)
    body = f.read(int(headers.get("content-length", 0)))
    return f"{status} {body!r}"

# ping-pong: each piece is sent only once the app has told it got the one before
for label, pieces, head in [
        ("content-length", [b"abc", b"defg", b"hi"], b"Content-Length: 9\r\n"),
        ("chunked", [b"3\r\nabc\r\n", b"4\r\ndefg\r\n", b"0\r\n\r\n"], b"Transfer-Encoding: chunked\r\n")]:
    s, f = connect()
    s.sendall(b"POST /pingpong HTTP/1.1\r\nHost: x\r\n" + head + b"\r\n" + pieces[0])
    print(label, *read_head(f)[:1])
    for piece in pieces[1:]:
        print(" ", read_chunk_line(f))
        s.sendall(piece)
    print(" ", read_chunk_line(f))
    print(" ", read_chunk_line(f))
    s.close()

# 100-continue: only when the app reads the body
s, f = connect()
s.sendall(b"PUT /reject HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
print(read_response(f), "| closed:", f.read() == b"")
s.close()
s, f = connect()
s.sendall(b"PUT /accept HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
print(f.readline().decode().rstrip(), f.readline() == b"\r\n")
s.sendall(b"hello")
print(read_response(f))
s.close()

s, f = connect()
s.sendall(b"POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 250000\r\n\r\n" + b"x" * 250000)
print(read_response(f))
s.close()

s, f = connect()
s.sendall(b"POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 300001\r\n\r\n")
print(read_response(f), "| closed:", f.read() == b"")
s.close()

s, f = connect()
s.sendall(b"POST /overflow HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
for _ in range(3):
    s.sendall(b"%x\r\n" % 100000 + b"y" * 100000 + b"\r\n")
s.sendall(b"1\r\nz\r\n")
print(read_response(f), "| closed:", f.read() == b"")
s.close()

s, f = connect()
s.sendall(b"POST /leave HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
s.close()
s, f = connect()
s.sendall(b"GET /seen HTTP/1.1\r\nHost: x\r\n\r\n")
print(read_response(f))
s.close()
EOF
cat >expected <<'EOF'
content-length HTTP/1.1 200 OK
  http.request b'abc' more=True
  http.request b'defg' more=True
  http.request b'hi' more=False
  done
chunked HTTP/1.1 200 OK
  http.request b'abc' more=True
  http.request b'defg' more=True
  http.request b'' more=False
  done
HTTP/1.1 401 Unauthorized b'no body wanted' | closed: True
HTTP/1.1 100 Continue True
HTTP/1.1 200 OK b"accepted b'hello'"
HTTP/1.1 200 OK b'250000 bytes in several messages: True'
HTTP/1.1 413 Request Entity Too Large b'Request Entity Too Large' | closed: True
HTTP/1.1 413 Request Entity Too Large b'Request Entity Too Large' | closed: True
HTTP/1.1 200 OK b'/overflow: http.disconnect after 300000 bytes; /leave: http.disconnect after 3 bytes'
EOF
diff -u expected client.out || fail "responses differ"
kill -TERM $pid
wait $pid
rc=$?
pid=
[ $rc = 0 ] || fail "exit status $rc after SIGTERM"
grep -q '^WARNING:  Request body too large.$' err || fail "no 413 log line"
exit 0
