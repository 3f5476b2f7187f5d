# A BaseHTTPRequestHandler app served on loopback, exercised with http.client and
# raw sockets: GET/POST/HEAD, errors, chunked bodies, keep-alive, bad requests.
import http.client, http.server, socket, threading, json, sys

class App(http.server.BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass  # keep stderr quiet; the access-log format is tested elsewhere

    def do_GET(self):
        if self.path == '/hello':
            body = b'Hello, world!\n'
            self.send_response(200)
            self.send_header('Content-Type', 'text/plain; charset=utf-8')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for part in (b'first ', b'second ', b'third'):
                self.wfile.write(b'%x\r\n%s\r\n' % (len(part), part))
            self.wfile.write(b'0\r\n\r\n')
        elif self.path.startswith('/headers'):
            body = json.dumps({k: v for k, v in sorted(self.headers.items())
                               if k.lower() not in ('host',)}).encode()
            self.send_response(200, 'Fine')
            self.send_header('Content-Length', str(len(body)))
            self.send_header('Set-Cookie', 'a=1')
            self.send_header('Set-Cookie', 'b=2')
            self.end_headers()
            self.wfile.write(body)
        elif self.path == '/teapot':
            self.send_error(418)
        elif self.path == '/custom':
            self.send_error(403, 'Go <away>', 'You & me')
        elif self.path == '/nocontent':
            self.send_response(204)
            self.end_headers()
        elif self.path == '/crash':
            raise RuntimeError('handler bug')
        else:
            self.send_error(404)

    def do_POST(self):
        length = int(self.headers.get('Content-Length', 0))
        data = self.rfile.read(length)
        body = ('%s %s got %d bytes: %r' % (self.command, self.path, len(data), data)).encode()
        self.send_response(201)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_POST

    def do_HEAD(self):
        self.send_response(200)
        self.send_header('Content-Length', '1234')
        self.send_header('X-Head', 'yes')
        self.end_headers()

class Quiet(http.server.HTTPServer):
    def handle_error(self, request, client_address):
        print('server error:', sys.exc_info()[0].__name__, sys.exc_info()[1])

def show(resp, body=None):
    body = resp.read() if body is None else body
    hdrs = [(k, v) for k, v in resp.getheaders() if k not in ('Date', 'Server')]
    print(resp.status, repr(resp.reason), resp.version, hdrs)
    print('  body:', body)

def raw(port, data):
    with socket.create_connection(('127.0.0.1', port)) as s:
        s.sendall(data)
        chunks = []
        while True:
            b = s.recv(65536)
            if not b:
                break
            chunks.append(b)
    out = b''.join(chunks).decode('latin-1')
    return '\n'.join(l for l in out.split('\r\n') if not l.startswith(('Date:', 'Server:')))

for protocol in ('HTTP/1.0', 'HTTP/1.1'):
    App.protocol_version = protocol
    server = Quiet(('127.0.0.1', 0), App)
    port = server.server_port
    print('==', protocol, server.server_address[0], port == server.server_address[1], server.server_name)
    t = threading.Thread(target=server.serve_forever, args=(0.05,))
    t.start()
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
    for method, path, body, headers in [
            ('GET', '/hello', None, {}),
            ('GET', '/chunked', None, {}),
            ('GET', '/headers?x=1', None, {'X-One': '1', 'Accept': 'text/html'}),
            ('GET', '/missing', None, {}),
            ('GET', '/teapot', None, {}),
            ('GET', '/custom', None, {}),
            ('GET', '/nocontent', None, {}),
            ('POST', '/submit', b'a=1&b=2', {'Content-Type': 'application/x-www-form-urlencoded'}),
            ('PUT', '/put', 'text body', {}),
            ('HEAD', '/hello', None, {}),
            ('DELETE', '/x', None, {}),
            ('HEAD', '/missing', None, {})]:
        c.request(method, path, body, headers)
        r = c.getresponse()
        print(method, path, '->', end=' ')
        show(r)
        print('  will_close', r.will_close, 'closed', r.isclosed(), 'sock', c.sock is not None)
    c.close()
    # chunked reading in pieces
    c = http.client.HTTPConnection('127.0.0.1', port)
    c.request('GET', '/chunked')
    r = c.getresponse()
    print('pieces', r.chunked, r.read(3), r.read(7), r.read1(100), r.read())
    c.close()
    c = http.client.HTTPConnection('127.0.0.1', port)
    c.request('GET', '/crash')
    try:
        c.getresponse()
    except http.client.RemoteDisconnected as e:
        print('RemoteDisconnected', e)
    c.close()
    print(raw(port, b'GET /hello HTTP/1.0\r\n\r\n'))
    print(raw(port, b'GET /hello\r\n\r\n'))
    print(raw(port, b'POST /hello\r\n\r\n'))
    print(raw(port, b'GET /hello HTTP/2.0\r\n\r\n'))
    print(raw(port, b'GET /hello HTTP/1.x\r\n\r\n'))
    print(raw(port, b'GET /a /b /c HTTP/1.0\r\n\r\n'))
    print(raw(port, b'BREW /pot HTTP/1.0\r\n\r\n'))
    print(raw(port, b'\r\n'))
    print(raw(port, b'GET /hello HTTP/1.1\r\nConnection: close\r\n\r\n'))
    print(raw(port, b'GET /hello HTTP/1.1\r\nHost: x\r\n\r\nGET /teapot HTTP/1.1\r\nConnection: close\r\n\r\n'))
    print(raw(port, b'POST /up HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok'))
    print(raw(port, b'GET /' + b'a' * 70000 + b' HTTP/1.0\r\n\r\n'))
    print(raw(port, b'GET / HTTP/1.0\r\n' + b''.join(b'X%d: y\r\n' % i for i in range(101)) + b'\r\n'))
    print(raw(port, b'GET //evil.com/x HTTP/1.0\r\n\r\n'))
    server.shutdown()
    t.join()
    server.server_close()
print(http.server.BaseHTTPRequestHandler.responses[404], http.server.DEFAULT_ERROR_CONTENT_TYPE)
print(http.server.BaseHTTPRequestHandler.server_version, http.server.SimpleHTTPRequestHandler.server_version, http.server.ThreadingHTTPServer.daemon_threads, http.server.HTTPServer.allow_reuse_address)
