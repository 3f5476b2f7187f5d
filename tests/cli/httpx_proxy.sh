#!/usr/bin/env bash
# httpx_proxy.sh — httpx's proxies: HTTP_PROXY/HTTPS_PROXY/ALL_PROXY and NO_PROXY from the
# environment (trust_env; lowercase names win; NO_PROXY hosts, IPs, domain suffixes, "*"),
# the proxy= argument, trust_env=False, for Client and AsyncClient, http (absolute-form
# request line to the proxy) and https (a CONNECT tunnel to a TLS origin). A threading
# python3 server is both the proxy (it answers absolute-form requests itself, and tunnels
# CONNECT to 127.0.0.1 only) and a plain origin; a second one is the TLS origin.
# CPython has no httpx: the expected text follows httpx 0.27.
set -u
fail() { echo "FAIL: $*"; exit 1; }
command -v openssl >/dev/null || fail "openssl is not installed"
dir=$(mktemp -d)
server_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$dir"' EXIT
cd "$dir" || exit 1
openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 >openssl.log 2>&1 \
    || fail "openssl: $(cat openssl.log)"

cat >server.py <<'EOF'
# server.py — a proxy that is also an origin (plain), and a TLS origin; prints both ports.
import http.server, select, socket, socketserver, ssl, threading
tunnel_ports = set()   # the local ports of the proxy's connections to the TLS origin
class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *args):
        pass
    def do_GET(self):
        role = 'proxy' if self.path.startswith('http://') else 'origin'
        body = f'{role} saw {self.command} {self.path} host={self.headers["Host"]}'.encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_CONNECT(self):
        host, _, port = self.path.rpartition(':')
        if host != '127.0.0.1':
            self.send_error(403)
            return
        upstream = socket.create_connection((host, int(port)))
        tunnel_ports.add(upstream.getsockname()[1])
        self.send_response(200, 'Connection established')
        self.end_headers()
        sockets = [self.connection, upstream]
        while True:
            ready, _, _ = select.select(sockets, [], [], 10)
            if not ready:
                break
            for s in ready:
                data = s.recv(65536)
                if not data:
                    upstream.close()
                    return
                (upstream if s is self.connection else self.connection).sendall(data)
class Origin(Proxy):
    def do_GET(self):
        via = 'through the tunnel' if self.client_address[1] in tunnel_ports else 'directly'
        body = f'tls origin saw {self.path} {via}'.encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
proxy = Server(('127.0.0.1', 0), Proxy)
secure = Server(('127.0.0.1', 0), Origin)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain('cert.pem', 'key.pem')
secure.socket = context.wrap_socket(secure.socket, server_side=True)
print(proxy.server_address[1], secure.server_address[1], flush=True)
threading.Thread(target=secure.serve_forever, daemon=True).start()
proxy.serve_forever()
EOF

cat >client.py <<'EOF'
import asyncio, os, sys
import httpx
pport, sport = sys.argv[1], sys.argv[2]
label = sys.argv[3]
urls = [f'http://127.0.0.1:{pport}/a', f'http://localhost:{pport}/b', f'https://127.0.0.1:{sport}/c']
def show(text):
    print(' ', text.replace(pport, 'PPORT').replace(sport, 'SPORT'))
async def asynchronous(**options):
    async with httpx.AsyncClient(verify='cert.pem', **options) as client:
        for text in await asyncio.gather(*[client.get(url) for url in urls]):
            show('async ' + text.text)
print(label)
with httpx.Client(verify='cert.pem') as client:
    for url in urls:
        show(client.get(url).text)
asyncio.run(asynchronous())
with httpx.Client(verify='cert.pem', trust_env=False) as client:
    show('trust_env=False ' + client.get(urls[1]).text)
asyncio.run(asynchronous(proxy=f'http://127.0.0.1:{pport}', trust_env=False))
EOF
/usr/bin/python3 -u server.py >ports 2>server.err &
server_pid=$!
for _ in $(seq 100); do [ -s ports ] && break; sleep 0.05; done
read -r pport sport <ports
[ -n "${sport:-}" ] || fail "server did not start: $(cat server.err)"
proxy=http://127.0.0.1:$pport
run() { env -u http_proxy -u https_proxy -u all_proxy -u no_proxy -u HTTP_PROXY -u HTTPS_PROXY \
        -u ALL_PROXY -u NO_PROXY "$@" "$TRC" run client.py "$pport" "$sport" "$label" >>actual 2>&1 \
        || { cat actual; fail "client failed ($label)"; }; }
label='no proxy variables' run
label='HTTP_PROXY, NO_PROXY=localhost' run HTTP_PROXY=$proxy NO_PROXY=localhost
label='http_proxy over HTTP_PROXY=bad, ALL_PROXY, NO_PROXY=.invalid,127.0.0.1' \
    run HTTP_PROXY=http://127.0.0.1:1 http_proxy=$proxy ALL_PROXY=$proxy NO_PROXY=.invalid,127.0.0.1
label='ALL_PROXY without scheme, NO_PROXY=ocalhost' run ALL_PROXY=127.0.0.1:$pport NO_PROXY=ocalhost
label='HTTPS_PROXY, NO_PROXY=*' run HTTPS_PROXY=$proxy HTTP_PROXY=$proxy 'NO_PROXY=*'
cat >expected <<'EOF'
no proxy variables
  origin saw GET /a host=127.0.0.1:PPORT
  origin saw GET /b host=localhost:PPORT
  tls origin saw /c directly
  async origin saw GET /a host=127.0.0.1:PPORT
  async origin saw GET /b host=localhost:PPORT
  async tls origin saw /c directly
  trust_env=False origin saw GET /b host=localhost:PPORT
  async proxy saw GET http://127.0.0.1:PPORT/a host=127.0.0.1:PPORT
  async proxy saw GET http://localhost:PPORT/b host=localhost:PPORT
  async tls origin saw /c through the tunnel
HTTP_PROXY, NO_PROXY=localhost
  proxy saw GET http://127.0.0.1:PPORT/a host=127.0.0.1:PPORT
  origin saw GET /b host=localhost:PPORT
  tls origin saw /c directly
  async proxy saw GET http://127.0.0.1:PPORT/a host=127.0.0.1:PPORT
  async origin saw GET /b host=localhost:PPORT
  async tls origin saw /c directly
  trust_env=False origin saw GET /b host=localhost:PPORT
  async proxy saw GET http://127.0.0.1:PPORT/a host=127.0.0.1:PPORT
  async proxy saw GET http://localhost:PPORT/b host=localhost:PPORT
  async tls origin saw /c through the tunnel
http_proxy over HTTP_PROXY=bad, ALL_PROXY, NO_PROXY=.invalid,127.0.0.1
  origin saw GET /a host=127.0.0.1:PPORT
  proxy saw GET http://localhost:PPORT/b host=localhost:PPORT
  tls origin saw /c directly
  async origin saw GET /a host=127.0.0.1:PPORT
  async proxy saw GET http://localhost:PPORT/b host=localhost:PPORT
  async tls origin saw /c directly
  trust_env=False origin saw GET /b host=localhost:PPORT
  async proxy saw GET http://127.0.0.1:PPORT/a host=127.0.0.1:PPORT
  async proxy saw GET http://localhost:PPORT/b host=localhost:PPORT
  async tls origin saw /c through the tunnel
ALL_PROXY without scheme, NO_PROXY=ocalhost
  proxy saw GET http://127.0.0.1:PPORT/a host=127.0.0.1:PPORT
  proxy saw GET http://localhost:PPORT/b host=localhost:PPORT
  tls origin saw /c through the tunnel
  async proxy saw GET http://127.0.0.1:PPORT/a host=127.0.0.1:PPORT
  async proxy saw GET http://localhost:PPORT/b host=localhost:PPORT
  async tls origin saw /c through the tunnel
  trust_env=False origin saw GET /b host=localhost:PPORT
  async proxy saw GET http://127.0.0.1:PPORT/a host=127.0.0.1:PPORT
  async proxy saw GET http://localhost:PPORT/b host=localhost:PPORT
  async tls origin saw /c through the tunnel
HTTPS_PROXY, NO_PROXY=*
  origin saw GET /a host=127.0.0.1:PPORT
  origin saw GET /b host=localhost:PPORT
  tls origin saw /c directly
  async origin saw GET /a host=127.0.0.1:PPORT
  async origin saw GET /b host=localhost:PPORT
  async tls origin saw /c directly
  trust_env=False origin saw GET /b host=localhost:PPORT
  async proxy saw GET http://127.0.0.1:PPORT/a host=127.0.0.1:PPORT
  async proxy saw GET http://localhost:PPORT/b host=localhost:PPORT
  async tls origin saw /c through the tunnel
EOF
diff -u expected actual || fail "output differs"
exit 0
