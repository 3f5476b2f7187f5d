#!/usr/bin/env bash
# serveit_http.sh — a serveit app (def app(scope)) built with trc, served on a free port
# of 127.0.0.1 and driven by a python3 raw-socket client: responses of each kind,
# keep-alive, pipelining, chunked and big bodies, 100-continue, HEAD, 404, files, 500, 400 for
# malformed input (and random bytes), 413/431 limits, the idle timeout, a busy port; then SIGINT:
# exit 0, log lines.
set -u
fail() { echo "FAIL: $*"; [ -f "$dir/err" ] && tail -20 "$dir/err"; exit 1; }
dir=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 $pid 2>/dev/null; rm -rf "$dir"' EXIT
cd "$dir" || exit 1
mkdir static
printf '<p>static</p>\n' >static/index.html
printf 'body { color: red }\n' >static/site.css
head -c 100000 /dev/zero | tr '\0' 'z' >static/big.txt

cat >app.py <<'EOF'
import serveit

files = serveit.StaticFiles("static", html=True)

def app(scope):
    path = scope["path"]
    if path == "/":
        return serveit.HTMLResponse("<h1>Hello from ServEit!</h1>")
    if path == "/json":
        return serveit.JSONResponse({"message": "Hello", "status": "ok", "n": [1, 2]})
    if path == "/redirect":
        return serveit.RedirectResponse("/")
    if path == "/echo":
        return serveit.Response(200, scope["body"], media_type="application/octet-stream")
    if path.startswith("/info"):
        names = ",".join(name for name, value in scope["headers"])
        return f"{scope['method']} {scope['path']} q={scope['query_string']} raw={scope['raw_path']} h={names}"
    if path == "/dict":
        return {"status": serveit.status.CREATED, "phrase": serveit.status_phrase(201)}
    if path == "/created":
        return serveit.Response(status=serveit.status.CREATED, body="made", headers={"x-id": "7"})
    if path == "/empty":
        return serveit.Response(serveit.status.NO_CONTENT)
    if path == "/inject":
        return serveit.Response(200, "x", headers={"x-bad": "a\r\nset-cookie: evil=1"})
    if path == "/boom":
        raise ValueError("boom")
    if path.startswith("/static"):
        return files(dict(scope, path=path[len("/static"):]))
    return serveit.Response(404, "Not Found")

serveit.run(app, "127.0.0.1", 0, {"log_level": "info", "workers": 1, "reload": False,
                                   "max_body_size": 2000000, "max_header_size": 8192,
                                   "timeout_keep_alive": 2})
print("stopped")
EOF
"$TRC" build app.py -o app >build.log 2>&1 || { cat build.log; fail "build"; }
./app >out 2>err &
pid=$!
for _ in $(seq 100); do grep -q "running on" err 2>/dev/null && break; sleep 0.05; done
port=$(sed -n 's/.*running on http:\/\/127.0.0.1:\([0-9]*\) .*/\1/p' err)
[ -n "$port" ] || fail "server did not start"

# a second server on the same port: uvicorn's error line, then OSError, exit status 1
cat >busy.py <<EOF
import serveit
serveit.run(lambda scope: "", port=$port)
EOF
"$TRC" run busy.py >busy.out 2>busy.err
[ $? = 1 ] || fail "busy port: exit status not 1"
grep -q "^ERROR:    \[Errno 98\] error while attempting to bind on address ('127.0.0.1', $port): address already in use$" busy.err ||
    fail "busy port: no error line: $(cat busy.err)"
[ "$(tail -1 busy.err)" = "OSError: [Errno 98] Address already in use" ] || fail "busy port: $(tail -1 busy.err)"

cat >client.py <<'EOF'
import os, random, socket, sys
port = int(sys.argv[1])

def connect():
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    return s, s.makefile("rb")

def read_response(f, head=False):
    """status line, headers (date dropped), body"""
    status = f.readline().decode().rstrip("\r\n")
    headers = []
    while True:
        line = f.readline().decode("latin-1").rstrip("\r\n")
        if not line:
            break
        headers.append(line)
    length = [int(h.split(":")[1]) for h in headers if h.lower().startswith("content-length:")]
    body = f.read(length[0]) if length and not head else b""
    return status, [h for h in headers if not h.startswith("date:")], body

def show(label, response):
    status, headers, body = response
    print(label, status, headers, body[:80])

def exchange(raw, head=False):
    s, f = connect()
    s.sendall(raw)
    r = read_response(f, head)
    s.close()
    return r

def get(path, extra=b""):
    return exchange(b"GET " + path + b" HTTP/1.1\r\nHost: t\r\n" + extra + b"\r\n")

for path in [b"/", b"/json", b"/redirect", b"/info?a=1&b=%20x", b"/info/caf%C3%A9%2F?x", b"/dict", b"/created",
             b"/empty", b"/nope", b"/static/", b"/static/site.css", b"/static/../app.py", b"/inject", b"/boom"]:
    show(path.decode(), get(path))
show("HEAD", exchange(b"HEAD /static/index.html HTTP/1.1\r\nHost: t\r\n\r\n", head=True))

# keep-alive: three requests on one connection, HTTP/1.0 closes after its response
s, f = connect()
for path in [b"/", b"/json"]:
    s.sendall(b"GET " + path + b" HTTP/1.1\r\nHost: t\r\n\r\n")
    show("keep-alive", read_response(f))
s.sendall(b"GET /redirect HTTP/1.0\r\n\r\n")
show("http/1.0", read_response(f))
print("closed after 1.0:", f.read() == b"")

# pipelining: three requests in one write, answered in order
s, f = connect()
s.sendall(b"GET /json HTTP/1.1\r\nHost: t\r\n\r\nPOST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello"
          b"GET /nope HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
for _ in range(3):
    show("pipelined", read_response(f))
print("closed after Connection: close:", f.read() == b"")

# chunked request body, sent in pieces
s, f = connect()
s.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n")
s.sendall(b"6\r\n world\r\n0\r\n\r\n")
show("chunked", read_response(f))

# Expect: 100-continue: the interim response comes before the body is sent
s, f = connect()
s.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n")
print("interim", f.readline(), f.readline())
s.sendall(b"data")
show("after 100", read_response(f))

# a big body (1.5 MB) with Content-Length
big = random.Random(7).randbytes(1500000)
s, f = connect()
s.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: %d\r\n\r\n" % len(big) + big)
status, headers, body = read_response(f)
print("big", status, body == big)

# limits and malformed requests
show("413", exchange(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3000000\r\n\r\n"))
s, f = connect()
s.sendall(b"POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n")
for _ in range(3):
    s.sendall(b"F4240\r\n" + b"x" * 1000000 + b"\r\n")
show("413 chunked", read_response(f))
show("431", get(b"/", b"X-Big: " + b"y" * 9000 + b"\r\n"))
show("400", exchange(b"GARBAGE\r\n\r\n"))
show("400 bad header", exchange(b"GET / HTTP/1.1\r\nBad Header\r\n\r\n"))
show("400 bad version", exchange(b"GET / HTTP/9.9\r\n\r\n"))

# a client that pipelines 300 requests for 100 kB each and reads late: the server
# queues about a megabyte, not 30 (its memory stays small), and all responses come
import time
s, f = connect()
s.sendall(b"GET /static/big.txt HTTP/1.1\r\nHost: t\r\n\r\n" * 300)
time.sleep(0.3)
rss = int(open(f"/proc/{sys.argv[2]}/status").read().split("VmRSS:")[1].split()[0])
if os.environ.get("TRC_SANITIZE", "0") != "0":
    rss = 0  # sanitizers' shadow memory: no size to compare
print("backlogged server under 25 MB:", rss < 25000, "" if rss < 25000 else rss)
print("all 300 responses:", all(read_response(f)[2] == b"z" * 100000 for _ in range(300)))
s.close()

# clients that vanish (reset) before reading their responses: writes fail, the server lives on
import struct
for _ in range(20):
    s, f = connect()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.sendall(b"GET /json HTTP/1.1\r\nHost: t\r\n\r\n" * 200)
    s.close()

# random bytes: every connection gets an answer or is closed, the server lives on
rng = random.Random(1)
for i in range(150):
    s, f = connect()
    junk = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))
    if i % 2:
        junk = b"GET /" + junk
    try:
        s.sendall(junk)
        s.shutdown(socket.SHUT_WR)
        f.read()
    except OSError:
        pass
    s.close()
show("after fuzz", get(b"/"))

# a connection that stops in the middle of a request is closed after timeout_keep_alive
s, f = connect()
s.sendall(b"GET / HTTP/1.1\r\nHost:")
print("silent connection closed:", f.read() == b"")
EOF
/usr/bin/python3 client.py "$port" "$pid" >client.out 2>&1 || { cat client.out; fail "client"; }

cat >expected <<'EOF'
/ HTTP/1.1 200 OK ['server: serveit', 'content-type: text/html; charset=utf-8', 'content-length: 28'] b'<h1>Hello from ServEit!</h1>'
/json HTTP/1.1 200 OK ['server: serveit', 'content-type: application/json', 'content-length: 43'] b'{"message":"Hello","status":"ok","n":[1,2]}'
/redirect HTTP/1.1 307 Temporary Redirect ['server: serveit', 'location: /', 'content-length: 0'] b''
/info?a=1&b=%20x HTTP/1.1 200 OK ['server: serveit', 'content-type: text/html; charset=utf-8', 'content-length: 39'] b'GET /info q=a=1&b=%20x raw=/info h=host'
/info/caf%C3%A9%2F?x HTTP/1.1 200 OK ['server: serveit', 'content-type: text/html; charset=utf-8', 'content-length: 50'] b'GET /info/caf\xc3\xa9/ q=x raw=/info/caf%C3%A9%2F h=host'
/dict HTTP/1.1 200 OK ['server: serveit', 'content-type: application/json', 'content-length: 33'] b'{"status":201,"phrase":"Created"}'
/created HTTP/1.1 201 Created ['server: serveit', 'x-id: 7', 'content-type: text/plain; charset=utf-8', 'content-length: 4'] b'made'
/empty HTTP/1.1 204 No Content ['server: serveit'] b''
/nope HTTP/1.1 404 Not Found ['server: serveit', 'content-type: text/plain; charset=utf-8', 'content-length: 9'] b'Not Found'
/static/ HTTP/1.1 200 OK ['server: serveit', 'content-type: text/html; charset=utf-8', 'content-length: 14'] b'<p>static</p>\n'
/static/site.css HTTP/1.1 200 OK ['server: serveit', 'content-type: text/css; charset=utf-8', 'content-length: 20'] b'body { color: red }\n'
/static/../app.py HTTP/1.1 404 Not Found ['server: serveit', 'content-type: text/plain; charset=utf-8', 'content-length: 9'] b'Not Found'
/inject HTTP/1.1 500 Internal Server Error ['server: serveit', 'content-type: text/plain; charset=utf-8', 'content-length: 21', 'connection: close'] b'Internal Server Error'
/boom HTTP/1.1 500 Internal Server Error ['server: serveit', 'content-type: text/plain; charset=utf-8', 'content-length: 21', 'connection: close'] b'Internal Server Error'
HEAD HTTP/1.1 200 OK ['server: serveit', 'content-type: text/html; charset=utf-8', 'content-length: 14'] b''
keep-alive HTTP/1.1 200 OK ['server: serveit', 'content-type: text/html; charset=utf-8', 'content-length: 28'] b'<h1>Hello from ServEit!</h1>'
keep-alive HTTP/1.1 200 OK ['server: serveit', 'content-type: application/json', 'content-length: 43'] b'{"message":"Hello","status":"ok","n":[1,2]}'
http/1.0 HTTP/1.1 307 Temporary Redirect ['server: serveit', 'location: /', 'content-length: 0', 'connection: close'] b''
closed after 1.0: True
pipelined HTTP/1.1 200 OK ['server: serveit', 'content-type: application/json', 'content-length: 43'] b'{"message":"Hello","status":"ok","n":[1,2]}'
pipelined HTTP/1.1 200 OK ['server: serveit', 'content-type: application/octet-stream', 'content-length: 5'] b'hello'
pipelined HTTP/1.1 404 Not Found ['server: serveit', 'content-type: text/plain; charset=utf-8', 'content-length: 9', 'connection: close'] b'Not Found'
closed after Connection: close: True
chunked HTTP/1.1 200 OK ['server: serveit', 'content-type: application/octet-stream', 'content-length: 11'] b'hello world'
interim b'HTTP/1.1 100 Continue\r\n' b'\r\n'
after 100 HTTP/1.1 200 OK ['server: serveit', 'content-type: application/octet-stream', 'content-length: 4'] b'data'
big HTTP/1.1 200 OK True
413 HTTP/1.1 413 Request Entity Too Large ['server: serveit', 'content-type: text/plain; charset=utf-8', 'content-length: 24', 'connection: close'] b'Request Entity Too Large'
413 chunked HTTP/1.1 413 Request Entity Too Large ['server: serveit', 'content-type: text/plain; charset=utf-8', 'content-length: 24', 'connection: close'] b'Request Entity Too Large'
431 HTTP/1.1 431 Request Header Fields Too Large ['server: serveit', 'content-type: text/plain; charset=utf-8', 'content-length: 31', 'connection: close'] b'Request Header Fields Too Large'
400 HTTP/1.1 400 Bad Request ['server: serveit', 'content-type: text/plain; charset=utf-8', 'content-length: 30', 'connection: close'] b'Invalid HTTP request received.'
400 bad header HTTP/1.1 400 Bad Request ['server: serveit', 'content-type: text/plain; charset=utf-8', 'content-length: 30', 'connection: close'] b'Invalid HTTP request received.'
400 bad version HTTP/1.1 400 Bad Request ['server: serveit', 'content-type: text/plain; charset=utf-8', 'content-length: 30', 'connection: close'] b'Invalid HTTP request received.'
backlogged server under 25 MB: True 
all 300 responses: True
after fuzz HTTP/1.1 200 OK ['server: serveit', 'content-type: text/html; charset=utf-8', 'content-length: 28'] b'<h1>Hello from ServEit!</h1>'
silent connection closed: True
EOF
diff client.out expected || fail "responses differ"
kill -INT $pid
wait $pid
rc=$?
pid=
[ $rc = 0 ] || fail "exit status $rc after SIGINT"
[ "$(cat out)" = stopped ] || fail "run() did not return: $(cat out)"
grep -q '^INFO:     127.0.0.1:[0-9]* - "GET /json HTTP/1.1" 200 OK$' err || fail "no access log line"
grep -q '^INFO:     Shutting down$' err || fail "no shutdown line"
grep -q '^ERROR:    Exception in ASGI application$' err || fail "no error line for /boom"
grep -q '^ValueError: boom$' err || fail "no traceback for /boom"
exit 0
