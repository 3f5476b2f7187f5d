#!/usr/bin/env bash
# httpx_async.sh — httpx.AsyncClient on asyncio streams against a threading python3
# HTTP server: /first is held until /second arrives, so only a client with both requests
# in flight gets it ("first after second"); a timer task ticks while /first is pending;
# chunked, read-to-EOF, HEAD, gzip and deflate responses, keep-alive reuse, redirects,
# cookies, the headers sent, raise_for_status, ReadTimeout, cancellation by asyncio.wait_for, async
# event hooks, a closed client, a refused connection, an unsupported scheme.  CPython has
# no httpx: the expected text follows httpx 0.27.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d)
server_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$dir"' EXIT
cd "$dir" || exit 1

cat >server.py <<'EOF'
# holdserver.py — a threading HTTP server for the AsyncClient test: /first waits until
# /second has arrived (so only a client with both requests in flight gets answers).
import gzip, http.server, socketserver, sys, threading, zlib
second_arrived = threading.Event()
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
    def do_GET(self):
        path = self.path
        if path == '/first':
            ok = second_arrived.wait(20)
            second_arrived.clear()
            self.reply(200, b'first ' + (b'after second' if ok else b'alone'))
        elif path == '/second':
            second_arrived.set()
            self.reply(200, b'second')
        elif path.startswith('/chunked'):
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for part in [b'alpha ', b'beta ', b'gamma']:
                self.wfile.write(b'%x\r\n%s\r\n' % (len(part), part))
            self.wfile.write(b'0\r\n\r\n')
        elif path == '/eof':
            self.send_response(200)
            self.send_header('Connection', 'close')
            self.end_headers()
            self.wfile.write(b'until the end')
            self.close_connection = True
        elif path == '/gzip':
            self.reply(200, gzip.compress(b'unzipped text ' * 50), [('Content-Encoding', 'gzip')])
        elif path == '/deflate':
            raw = zlib.compressobj(6, zlib.DEFLATED, -15)
            self.reply(200, raw.compress(b'inflated') + raw.flush(), [('Content-Encoding', 'deflate')])
        elif path == '/badgzip':
            self.reply(200, b'not gzip at all', [('Content-Encoding', 'gzip')])
        elif path == '/redirect':
            self.reply(302, b'', [('Location', '/second')])
        elif path == '/conn':
            self.reply(200, str(self.client_address[1]).encode())
        elif path == '/slow':
            threading.Event().wait(3)
            self.reply(200, b'late')
        elif path == '/headers':
            self.reply(200, ''.join(f'{k.lower()}: {v}\n' for k, v in self.headers.items()).encode())
        else:
            self.reply(404, b'nope')
    def do_HEAD(self):
        self.send_response(200)
        self.send_header('Content-Length', '1234')
        self.end_headers()
    def do_POST(self):
        body = self.rfile.read(int(self.headers['Content-Length']))
        self.reply(201, b'got ' + body, [('Set-Cookie', 'sid=abc; Path=/')])
class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
server = Server(('127.0.0.1', 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
EOF
cat >client.py <<'EOF'
import asyncio, sys
import httpx
base = sys.argv[1]
async def ticks_then_second(client):
    # only runs while /first is in flight if the loop is not blocked by it
    ticks = 0
    for _ in range(5):
        await asyncio.sleep(0.01)
        ticks += 1
    response = await client.get('/second')
    return f'{ticks} ticks, then {response.text}'
async def main():
    async with httpx.AsyncClient(base_url=base) as client:
        first, second = await asyncio.gather(client.get('/first'), client.get('/second'))
        print(first.status_code, first.text, '|', second.status_code, second.text)
        first, ticked = await asyncio.gather(client.get('/first'), ticks_then_second(client))
        print(first.text, '|', ticked)
        r = await client.get('/chunked')
        print(r.status_code, r.headers.get('transfer-encoding'), r.text, r.http_version, r.reason_phrase)
        r = await client.get('/eof')
        print(r.status_code, r.text)
        r = await client.head('/anything')
        print('head', r.status_code, r.headers['content-length'], r.content)
        a = (await client.get('/conn')).text
        b = (await client.get('/conn')).text
        print('connection reused:', a == b)
        r = await client.get('/redirect')
        print(r.status_code, r.is_redirect, r.next_request.method, r.next_request.url.path)
        r = await client.get('/redirect', follow_redirects=True)
        print(r.status_code, r.text, [h.status_code for h in r.history], r.url.path)
        r = await client.post('/form', data={'k': 'v'})
        print(r.status_code, r.text, client.cookies)
        r = await client.get('/headers', headers={'X-Test': 'yes'})
        print(r.text.replace(base[7:], 'HOST'), end='')
        r = await client.get('/gzip')
        print(r.headers['content-encoding'], len(r.content), r.text[:27])
        print((await client.get('/deflate')).text)
        try:
            await client.get('/badgzip')
        except httpx.DecodingError as exc:
            print(type(exc).__name__, exc)
        r = await client.get('/missing')
        print(r.status_code, r.text)
        try:
            r.raise_for_status()
        except httpx.HTTPStatusError as exc:
            print(type(exc).__name__, str(exc).splitlines()[0].replace(base, 'BASE'))
        try:
            await client.get('/slow', timeout=0.2)
        except httpx.TimeoutException as exc:
            print(type(exc).__name__, exc, exc.request.url.path)
        r = await client.get('/second')
        print('after timeout', r.text)
        try:
            await asyncio.wait_for(client.get('/slow'), 0.2)
        except TimeoutError:
            print('wait_for cancelled the request')
        r = await client.get('/second')
        print('after cancel', r.text)
    try:
        await client.get('/second')
    except RuntimeError as exc:
        print(exc)
    async def show_request(request):
        print('hook:', request.method, request.url.path)
    async with httpx.AsyncClient(event_hooks={'request': [show_request]}) as client:
        r = await client.get(base + '/second')
        print(r.status_code, r.text)
        try:
            await client.get('http://127.0.0.1:' + sys.argv[2] + '/')
        except httpx.ConnectError as exc:
            print(type(exc).__name__, exc)
        try:
            await client.get('ftp://x/')
        except httpx.UnsupportedProtocol as exc:
            print(type(exc).__name__, exc)
asyncio.run(main())
EOF
/usr/bin/python3 -u server.py >port 2>server.err &
server_pid=$!
for _ in $(seq 100); do [ -s port ] && break; sleep 0.05; done
port=$(head -1 port)
[ -n "$port" ] || fail "server did not start: $(cat server.err)"
closed=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$TRC" run client.py "http://127.0.0.1:$port" "$closed" >actual 2>&1 || { cat actual; fail "client failed"; }
cat >expected <<'EOF'
200 first after second | 200 second
first after second | 5 ticks, then second
200 chunked alpha beta gamma HTTP/1.1 OK
200 until the end
head 200 1234 b''
connection reused: True
302 True GET /second
200 second [302] /second
201 got k=v {'sid': 'abc'}
host: HOST
accept: */*
accept-encoding: gzip, deflate
connection: keep-alive
user-agent: python-httpx/0.27.0
x-test: yes
cookie: sid=abc
gzip 700 unzipped text unzipped text
inflated
DecodingError Error -3 while decompressing data: incorrect header check
404 nope
HTTPStatusError Client error '404 Not Found' for url 'BASE/missing'
ReadTimeout timed out /slow
after timeout second
wait_for cancelled the request
after cancel second
Cannot send a request, as the client has been closed.
hook: GET /second
200 second
hook: GET /
ConnectError [Errno 111] Connection refused
hook: GET /
UnsupportedProtocol Request URL has an unsupported protocol 'ftp://'.
EOF
diff expected actual || fail "AsyncClient output differs"
exit 0
