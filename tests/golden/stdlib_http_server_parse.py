# BaseHTTPRequestHandler.parse_request on odd request lines and headers, raw over a
# socket, for both protocol versions: versions, methods, folding, Connection.
import http.server, socket, threading
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        body = ('%s|%s|%s|%s|%s' % (self.command, self.path, self.request_version, self.close_connection,
                                    sorted(self.headers.items()))).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    do_get = do_GET
for proto in ('HTTP/1.0', 'HTTP/1.1'):
    H.protocol_version = proto
    srv = http.server.HTTPServer(('127.0.0.1', 0), H)
    t = threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True); t.start()
    for req in [b'GET / HTTP/01.01\r\n\r\n', b'GET / HTTP/1.1.1\r\n\r\n', b'GET / http/1.1\r\n\r\n',
                b'get / HTTP/1.0\r\n\r\n', b'GET / HTTP/1.0\r\nX: a\r\n  folded\r\nNoColon\r\nY: b\r\n\r\n',
                b'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', b'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n',
                b'GET /x?y HTTP/1.1\r\nConnection: Keep-Alive\r\n\r\nGET /2 HTTP/1.1\r\nConnection: close\r\n\r\n',
                b'GET / HTTP/1.0\n\n', b'GET\t/tab\tHTTP/1.0\r\n\r\n', b'  GET / HTTP/1.0\r\n\r\n',
                b'GET / HTTP/1.0\r\nHost: a\r\nhost: b\r\n\r\n', b'GET / HTTP/1.0\r\n\xe9: \xff\r\n\r\n',
                b'GET / HTTP/0.9\r\n\r\n', b'GET / HTTP/1\r\n\r\n', b'GET / HTTP/-1.5\r\n\r\n']:
        with socket.create_connection(('127.0.0.1', srv.server_port)) as s:
            s.sendall(req)
            s.shutdown(socket.SHUT_WR)
            out = b''
            while True:
                b = s.recv(65536)
                if not b: break
                out += b
        lines = [l for l in out.split(b'\r\n') if not l.startswith((b'Date:', b'Server:'))]
        print(proto, req[:40], b' / '.join(lines)[:400])
    srv.shutdown(); t.join(); srv.server_close()
