#!/usr/bin/env bash
# serveit_wsgi.sh — a WSGI app (interface="wsgi") on serveit's asyncio server: the PEP 3333
# environ (method, PATH_INFO as latin-1 of the UTF-8 path, QUERY_STRING, CONTENT_TYPE,
# CONTENT_LENGTH, HTTP_* headers with repeats joined, SERVER_PROTOCOL, wsgi.*);
# wsgi.input read incrementally from the socket (readline, read(n), read(), iteration:
# the client sends the next piece only after a delay, with Content-Length and chunked
# bodies); Expect: 100-continue answered only when the app reads wsgi.input; a generator
# response streamed chunked (to HTTP/1.0: whole at its end), a whole one with
# content-length; write(); the iterable's close(); start_response with exc_info; 500
# for an app that raises or never calls start_response; the log lines.
set -u
fail() { echo "FAIL: $*"; [ -f "$dir/err" ] && tail -20 "$dir/err"; exit 1; }
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 $pid 2>/dev/null; rm -rf "$dir"' EXIT
cd "$dir" || exit 1

cat >app.py <<'EOF'
import sys
import serveit

class Closing:
    """An iterable whose close() the server must call."""
    def __init__(self, parts):
        self.parts = parts
    def __iter__(self):
        return iter(self.parts)
    def close(self):
        print("close() called", flush=True)

def app(environ, start_response):
    path = environ["PATH_INFO"]
    if path.startswith("/environ"):
        keys = ["REQUEST_METHOD", "PATH_INFO", "QUERY_STRING", "CONTENT_TYPE", "CONTENT_LENGTH",
                "HTTP_X_TWICE", "HTTP_HOST", "SERVER_PROTOCOL", "SCRIPT_NAME", "wsgi.url_scheme",
                "wsgi.version", "wsgi.multithread", "wsgi.run_once"]
        text = "\n".join(f"{key}={environ.get(key)!r}" for key in keys)
        text += f"\nerrors is stderr: {environ['wsgi.errors'] is sys.stderr}"
        text += f"\nbody: {environ['wsgi.input'].read()!r}"
        start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
        return [text.encode()]
    if path == "/pieces":
        stream = environ["wsgi.input"]
        parts = [stream.readline(), stream.read(3), stream.readline(2)]
        parts += list(stream)
        parts.append(stream.read())
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [repr(parts).encode()]
    if path == "/generator":
        start_response("200 OK", [("Content-Type", "text/plain")])
        def generate():
            yield b"one "
            yield b""
            yield b"two"
        return generate()
    if path == "/write":
        write = start_response("201 Created", [("X-Way", "write")])
        write(b"written, ")
        return Closing([b"then returned"])
    if path == "/reject":
        start_response("401 Unauthorized", [("Content-Type", "text/plain")])
        return [b"no body wanted"]
    if path == "/exc-info":
        start_response("200 OK", [])
        try:
            raise KeyError("late")
        except KeyError:
            start_response("503 Service Unavailable", [("Content-Type", "text/plain")], sys.exc_info())
        return [b"replaced"]
    if path == "/no-start":
        return [b"nothing started"]
    raise ValueError("boom")

serveit.run(app, port=0, interface="wsgi")
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
import socket, sys, time
port = int(sys.argv[1])

def exchange(request, later=(), wait_interim=False):
    """Send request, then each of later after a pause (the app reads as it comes); the
    whole answer (the connection is closed by the server or Connection: close)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.sendall(request)
    f = s.makefile("rb")
    if wait_interim:
        print("interim:", f.readline().decode().rstrip(), f.readline() == b"\r\n")
    for piece in later:
        time.sleep(0.05)
        s.sendall(piece)
    text = f.read()
    s.close()
    lines = text.split(b"\r\n")
    return b"|".join(line for line in lines if not line.startswith(b"date:")).decode("utf-8")

print(exchange(b"POST /environ?a=1&b=%20 HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\n"
               b"X-Twice: 1\r\nX-Twice: 2\r\nContent-Length: 4\r\nConnection: close\r\n\r\nbody"))
print(exchange(b"GET /environ/caf%C3%A9%20x HTTP/1.0\r\n\r\n").split("\n")[1])
print(exchange(b"POST /pieces HTTP/1.1\r\nHost: h\r\nContent-Length: 24\r\nConnection: close\r\n\r\nfirst\n",
               [b"abcdef\n", b"x\ny\n", b"tail"]))
print(exchange(b"POST /pieces HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
               b"6\r\nfirst\n\r\n", [b"7\r\nabcdef\n\r\n", b"4\r\nx\ny\n\r\n", b"4\r\ntail\r\n0\r\n\r\n"]))
print(exchange(b"PUT /pieces HTTP/1.1\r\nHost: h\r\nContent-Length: 6\r\nExpect: 100-continue\r\n"
               b"Connection: close\r\n\r\n", [b"first\n"], wait_interim=True))
print(exchange(b"PUT /reject HTTP/1.1\r\nHost: h\r\nContent-Length: 6\r\nExpect: 100-continue\r\n\r\n"))
print(exchange(b"GET /generator HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
print(exchange(b"GET /generator HTTP/1.0\r\n\r\n"))
print(exchange(b"GET /write HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
print(exchange(b"GET /exc-info HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"))
print(exchange(b"GET /no-start HTTP/1.1\r\nHost: h\r\n\r\n"))
print(exchange(b"GET /boom HTTP/1.1\r\nHost: h\r\n\r\n"))
EOF
cat >expected <<'EOF'
HTTP/1.1 200 OK|server: serveit|Content-Type: text/plain; charset=utf-8|content-length: 310|connection: close||REQUEST_METHOD='POST'
PATH_INFO='/environ'
QUERY_STRING='a=1&b=%20'
CONTENT_TYPE='text/plain'
CONTENT_LENGTH='4'
HTTP_X_TWICE='1,2'
HTTP_HOST='h'
SERVER_PROTOCOL='HTTP/1.1'
SCRIPT_NAME=''
wsgi.url_scheme='http'
wsgi.version=(1, 0)
wsgi.multithread=False
wsgi.run_once=False
errors is stderr: True
body: b'body'
PATH_INFO='/environ/cafÃ© x'
HTTP/1.1 200 OK|server: serveit|Content-Type: text/plain|content-length: 65|connection: close||[b'first\n', b'abc', b'de', b'f\n', b'x\n', b'y\n', b'tail', b'']
HTTP/1.1 200 OK|server: serveit|Content-Type: text/plain|content-length: 65|connection: close||[b'first\n', b'abc', b'de', b'f\n', b'x\n', b'y\n', b'tail', b'']
interim: HTTP/1.1 100 Continue True
HTTP/1.1 200 OK|server: serveit|Content-Type: text/plain|content-length: 27|connection: close||[b'first\n', b'', b'', b'']
HTTP/1.1 401 Unauthorized|server: serveit|Content-Type: text/plain|content-length: 14|connection: close||no body wanted
HTTP/1.1 200 OK|server: serveit|Content-Type: text/plain|transfer-encoding: chunked|connection: close||4|one |3|two|0||
HTTP/1.1 200 OK|server: serveit|Content-Type: text/plain|content-length: 7|connection: close||one two
HTTP/1.1 201 Created|server: serveit|X-Way: write|transfer-encoding: chunked|connection: close||9|written, |d|then returned|0||
HTTP/1.1 503 Service Unavailable|server: serveit|Content-Type: text/plain|content-length: 8|connection: close||replaced
HTTP/1.1 500 Internal Server Error|server: serveit|content-type: text/plain; charset=utf-8|content-length: 21|connection: close||Internal Server Error
HTTP/1.1 500 Internal Server Error|server: serveit|content-type: text/plain; charset=utf-8|content-length: 21|connection: close||Internal Server Error
EOF
diff -u expected client.out || fail "responses differ"
kill -TERM $pid
wait $pid
rc=$?
pid=
[ $rc = 0 ] || fail "exit status $rc after SIGTERM"
printf 'close() called\nstopped\n' | diff - out || fail "app output"
for line in 'INFO:     127.0.0.1:[0-9]* - "POST /pieces HTTP/1.1" 200 OK' \
            'ERROR:    Exception in ASGI application' 'ValueError: boom' \
            'RuntimeError: WSGI app returned without calling start_response()' \
            'INFO:     Finished server process \[[0-9]*\]'; do
    grep -q "^$line\$" err || fail "no log line: $line"
done
exit 0
