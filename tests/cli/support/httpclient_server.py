# Test peer of tests/cli/httpclient_*.sh: an HTTP/1.1 server on 127.0.0.1, port 0 (the
# port it got is printed on the first line of stdout). Endpoints:
#   /echo...            JSON of method, path, sorted headers and body
#   /status/N           status N with a small body
#   /redirect/N?to=URL  status N with Location: URL;  /loop redirects to itself
#   /slow?delay=S       answers after S seconds;  /chunked, /gzip, /json, /headers
#   /conn               the client's port (tells whether a connection was reused)
import gzip
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def send(self, status, body, headers=(), reason=None):
        self.send_response(status, reason)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def handle_any(self):
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length) if length else b''
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        parts = url.path.strip('/').split('/')
        if parts[0] == 'echo':
            headers = sorted([k.lower(), v] for k, v in self.headers.items())
            out = {'method': self.command, 'path': self.path, 'headers': headers,
                   'body': body.decode('latin-1')}
            self.send(200, json.dumps(out).encode(), [('Content-Type', 'application/json')])
        elif parts[0] == 'status':
            code = int(parts[1])
            self.send(code, b'status %d' % code, [('X-Status', str(code)),
                                                   ('Content-Type', 'text/plain; charset=utf-8')])
        elif parts[0] == 'redirect':
            self.send(int(parts[1]), b'moved', [('Location', query['to'][0])])
        elif parts[0] == 'loop':
            self.send(302, b'', [('Location', '/loop')])
        elif parts[0] == 'slow':
            time.sleep(float(query.get('delay', ['2'])[0]))
            self.send(200, b'finally')
        elif parts[0] == 'chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.send_header('Content-Type', 'text/plain')
            self.end_headers()
            for piece in [b'line one\n', b'line two\n', b'last line']:
                self.wfile.write(b'%x\r\n%s\r\n' % (len(piece), piece))
            self.wfile.write(b'0\r\n\r\n')
        elif parts[0] == 'gzip':
            self.send(200, gzip.compress(b'unzipped text ' * 5),
                      [('Content-Encoding', 'gzip'), ('Content-Type', 'text/plain')])
        elif parts[0] == 'conn':
            self.send(200, str(self.client_address[1]).encode())
        elif parts[0] == 'json':
            self.send(200, json.dumps({'name': 'Alice', 'tags': ['a', 'b'], 'n': 1.5}).encode(),
                      [('Content-Type', 'application/json')])
        elif parts[0] == 'headers':
            self.send(200, 'caf\u00e9 \u00fcber'.encode('latin-1'),
                      [('Content-Type', 'text/html; charset=ISO-8859-1'), ('X-Multi', 'one'),
                       ('X-Multi', 'two'), ('Set-Cookie', 'a=1; Path=/'),
                       ('Set-Cookie', 'b=2')], reason='Fine Thanks')
        else:
            self.send(404, b'no such endpoint')

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = handle_any


server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
