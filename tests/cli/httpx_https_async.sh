#!/usr/bin/env bash
# httpx_https_async.sh — httpx.AsyncClient over TLS without blocking the loop (libcurl's
# multi interface driven by the asyncio loop) and streamed responses over https and http,
# against a threading python3 server (http.server + ssl, a self-signed certificate made
# here with openssl): /hold is answered only once /release has arrived on another
# connection, so only a client whose loop goes on while /hold is in flight gets "held
# then released"; /lines sends a line, then waits for /go before the rest, so a streamed
# response shows its first line before it is complete; a 3 MB body (flow control), gzip,
# POST, redirects, certificate checks (verify=False, verify=<CA file>, the default),
# ReadTimeout, asyncio.wait_for and task.cancel() on a request in flight (the server sees
# the connection closed), aclose. CPython has no httpx: the expected text follows httpx 0.27.
set -u
fail() { echo "FAIL: $*"; exit 1; }
command -v openssl >/dev/null || fail "openssl is not installed"
unset http_proxy https_proxy all_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY   # loopback only
dir=$(mktemp -d)
server_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$dir"' EXIT
cd "$dir" || exit 1
openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 >openssl.log 2>&1 \
    || fail "openssl: $(cat openssl.log)"

cat >server.py <<'EOF'
# server.py — the same handler on an https port and an http port (printed in that order).
import gzip, http.server, socketserver, ssl, sys, threading
events = {name: threading.Event() for name in ('release', 'go', 'gone')}
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *args):
        pass
    def reply(self, status, body, headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def chunk(self, data):
        self.wfile.write(b'%x\r\n%s\r\n' % (len(data), data))
        self.wfile.flush()
    def do_GET(self):
        path = self.path
        if path == '/hold':
            ok = events['release'].wait(20)
            events['release'].clear()
            self.reply(200, b'held then ' + (b'released' if ok else b'alone'))
        elif path in ('/release', '/go'):
            events[path[1:]].set()
            self.reply(200, path[1:].encode())
        elif path == '/lines':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.send_header('Content-Type', 'text/plain; charset=utf-8')
            self.end_headers()
            self.chunk('first line\nsecond '.encode())
            ok = events['go'].wait(20)
            events['go'].clear()
            self.chunk(('half\r\ncaf\xe9 ' + ('after go' if ok else 'alone')).encode()[:-3])
            self.chunk(('caf\xe9 ' + ('after go' if ok else 'alone')).encode()[-3:] + b'\n\nlast')
            self.wfile.write(b'0\r\n\r\n')
        elif path == '/big':
            self.reply(200, bytes(range(256)) * 12288)
        elif path == '/gzip':
            self.reply(200, gzip.compress(b'unzipped ' * 40), [('Content-Encoding', 'gzip')])
        elif path == '/redirect':
            self.reply(302, b'', [('Location', '/release')])
        elif path == '/stuck':
            # answers nothing: waits for the client to close the connection
            self.rfile.read(1)
            events['gone'].set()
        elif path == '/gone':
            ok = events['gone'].wait(20)
            events['gone'].clear()
            self.reply(200, b'closed by the client' if ok else b'still open')
        else:
            self.reply(404, b'nope')
    def do_POST(self):
        body = self.rfile.read(int(self.headers['Content-Length']))
        self.reply(201, b'got ' + body + b' as ' + self.headers['Content-Type'].encode())
class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
secure = Server(('127.0.0.1', 0), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain('cert.pem', 'key.pem')
secure.socket = context.wrap_socket(secure.socket, server_side=True)
plain = Server(('127.0.0.1', 0), Handler)
print(secure.server_address[1], plain.server_address[1], flush=True)
threading.Thread(target=plain.serve_forever, daemon=True).start()
secure.serve_forever()
EOF

cat >client.py <<'EOF'
import asyncio, sys
import httpx
secure, plain = sys.argv[1], sys.argv[2]
async def ticks_then_release(client):
    # runs while /hold is in flight only if the loop is not blocked by it
    ticks = 0
    for _ in range(3):
        await asyncio.sleep(0.01)
        ticks += 1
    response = await client.get('/release')
    return f'{ticks} ticks, then {response.text}'
async def stream_lines(client, label):
    async with client.stream('GET', '/lines') as r:
        print(label, r.status_code, r.headers['transfer-encoding'], r.is_stream_consumed)
        async for line in r.aiter_lines():
            print(label, repr(line))
            if line == 'first line':
                print(label, 'go:', (await client.get('/go')).text)
    print(label, 'closed', r.is_closed, r.is_stream_consumed)
async def main():
    async with httpx.AsyncClient(base_url=secure, verify='cert.pem') as client:
        held, ticked = await asyncio.gather(client.get('/hold'), ticks_then_release(client))
        print(held.status_code, held.text, '|', ticked, '|', held.http_version, held.url.scheme)
        await stream_lines(client, 'https')
        async with client.stream('GET', '/big') as r:
            sizes = [len(chunk) async for chunk in r.aiter_bytes(chunk_size=1000000)]
            print('big', sizes, r.num_bytes_downloaded)
        r = await client.get('/big')
        print('big whole', len(r.content), r.content[:4], r.content[-2:])
        r = await client.get('/gzip')
        print(r.headers['content-encoding'], r.text[:18], len(r.content))
        async with client.stream('GET', '/gzip') as r:
            try:
                r.content
            except httpx.ResponseNotRead as exc:
                print(type(exc).__name__, exc)
            print('aread', len(await r.aread()), r.text[:9])
            try:
                async for chunk in r.aiter_raw():
                    pass
            except httpx.StreamConsumed as exc:
                print(type(exc).__name__)
        r = await client.post('/form', json={'a': 1})
        print(r.status_code, r.text)
        r = await client.get('/redirect', follow_redirects=True)
        print(r.status_code, r.text, [h.status_code for h in r.history], r.url)
        try:
            await client.get('/stuck', timeout=0.3)
        except httpx.ReadTimeout as exc:
            print(type(exc).__name__, exc)
        print('after ReadTimeout:', (await client.get('/gone')).text)
        try:
            await asyncio.wait_for(client.get('/stuck'), 0.3)
        except TimeoutError:
            print('wait_for: TimeoutError')
        print('after wait_for:', (await client.get('/gone')).text)
        task = asyncio.create_task(client.get('/stuck'))
        await asyncio.sleep(0.3)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print('task cancelled', task.cancelled())
        print('after cancel:', (await client.get('/gone')).text)
        async with client.stream('GET', '/lines') as r:
            print('left unread after', repr(await r.aiter_text().__anext__()))
        print('go:', (await client.get('/go')).text)
    async with httpx.AsyncClient(verify=False) as client:
        print('verify=False', (await client.get(secure + '/release')).text)
    async with httpx.AsyncClient() as client:
        try:
            await client.get(secure + '/release')
        except httpx.ConnectError as exc:
            print('default verify:', type(exc).__name__)
        async with httpx.AsyncClient(base_url=plain) as plain_client:
            await stream_lines(plain_client, 'http')
        async with client.stream('GET', plain + '/big') as r:
            print('http big', sum([len(c) async for c in r.aiter_bytes()]))
        r = await client.get(plain + '/gzip')
        print('http', r.headers['content-encoding'], r.text[:9])
    print('closed client:', client.is_closed)
asyncio.run(main())
with httpx.Client(base_url=secure, verify='cert.pem') as client:
    print('sync', client.get('/release').text)
    with client.stream('GET', '/gzip') as r:
        print('sync stream', r.status_code, [len(chunk) for chunk in r.iter_bytes(chunk_size=100)])
    print('sync closed', r.is_closed)
with httpx.stream('GET', secure + '/release', verify=False) as r:
    print('httpx.stream', r.text)
try:
    httpx.get(secure + '/release')
except httpx.ConnectError as exc:
    print('sync default verify:', type(exc).__name__)
EOF
/usr/bin/python3 -u server.py >ports 2>server.err &
server_pid=$!
for _ in $(seq 100); do [ -s ports ] && break; sleep 0.05; done
read -r secure_port plain_port <ports
[ -n "${plain_port:-}" ] || fail "server did not start: $(cat server.err)"
"$TRC" run client.py "https://127.0.0.1:$secure_port" "http://127.0.0.1:$plain_port" >actual 2>&1 \
    || { cat actual; fail "client failed"; }
sed -i "s/$secure_port/SPORT/g; s/$plain_port/PPORT/g" actual
cat >expected <<'EOF'
200 held then released | 3 ticks, then release | HTTP/1.1 https
https 200 chunked False
https 'first line'
https go: go
https 'second half'
https 'café after go'
https ''
https 'last'
https closed True True
big [1000000, 1000000, 1000000, 145728] 3145728
big whole 3145728 b'\x00\x01\x02\x03' b'\xfe\xff'
gzip unzipped unzipped  360
ResponseNotRead Attempted to access streaming response content, without having called `read()`.
aread 360 unzipped 
StreamConsumed
201 got {"a": 1} as application/json
200 release [302] https://127.0.0.1:SPORT/release
ReadTimeout timed out
after ReadTimeout: closed by the client
wait_for: TimeoutError
after wait_for: closed by the client
task cancelled True
after cancel: closed by the client
left unread after 'first line\nsecond '
go: go
verify=False release
default verify: ConnectError
http 200 chunked False
http 'first line'
http go: go
http 'second half'
http 'café after go'
http ''
http 'last'
http closed True True
http big 3145728
http gzip unzipped 
closed client: True
sync release
sync stream 200 [100, 100, 100, 60]
sync closed True
httpx.stream release
sync default verify: ConnectError
EOF
diff -u expected actual || fail "output differs"
exit 0
