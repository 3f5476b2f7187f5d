import http.client, http.server, socket, threading, io, time

# keep-alive, chunked uploads, concurrency, set_debuglevel and timeouts between
# http.client and a ThreadingHTTPServer on loopback.

class App(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *args):
        pass
    def do_POST(self):
        if self.headers.get('Transfer-Encoding') == 'chunked':
            data = b''
            while True:
                size = int(self.rfile.readline(), 16)
                data += self.rfile.read(size)
                self.rfile.readline()
                if not size:
                    break
        else:
            data = self.rfile.read(int(self.headers['Content-Length']))
        body = b'got ' + data
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        if self.path == '/slow':
            time.sleep(1.0)
        body = ('path=%s thread-safe' % self.path).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), App)
port = server.server_port
t = threading.Thread(target=server.serve_forever, args=(0.05,))
t.start()

# keep-alive: one connection, several requests, same socket
c = http.client.HTTPConnection('127.0.0.1', port)
socks = []
for i in range(3):
    c.request('GET', '/k%d' % i)
    r = c.getresponse()
    print(r.status, r.will_close, r.read())
    socks.append(id(c.sock))
print('same socket', len(set(socks)) == 1)
# reading a response before the next request is required
c.request('GET', '/a')
try:
    c.request('GET', '/b')
except http.client.CannotSendRequest as e:
    print('CannotSendRequest', e)
r = c.getresponse(); print(r.read())
# bodies of unknown length are sent chunked
c.request('POST', '/up', body=iter([b'one ', b'two ', b'three']))
print(c.getresponse().read())
c.request('POST', '/up', body=io.BytesIO(b'from a file'))
print(c.getresponse().read())
c.request('POST', '/up', body=b'bytes', headers={'Content-Length': '5'})
print(c.getresponse().read())
c.request('POST', '/up', body=[b'ab', b'cd'], headers={'Transfer-Encoding': 'chunked'}, encode_chunked=True)
print(c.getresponse().read())
c.close()

# concurrent clients on the threading server
results = []
def client(n):
    cc = http.client.HTTPConnection('127.0.0.1', port)
    cc.request('GET', '/c%d' % n)
    results.append(cc.getresponse().read())
    cc.close()
threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
for th in threads: th.start()
for th in threads: th.join()
print(sorted(results))

# debug output
import contextlib, re
captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    c = http.client.HTTPConnection('127.0.0.1', port)
    c.set_debuglevel(1)
    c.request('GET', '/dbg')
    r = c.getresponse()
    print(r.read())
    c.close()
for line in captured.getvalue().splitlines():
    line = line.replace(str(port), 'PORT')
    print(re.sub(r'(Date|Server): .*', r'\1: ...', line))

# a timeout while waiting for the response
c = http.client.HTTPConnection('127.0.0.1', port, timeout=0.2)
c.request('GET', '/slow')
try:
    c.getresponse()
except TimeoutError as e:
    print('TimeoutError', e)
c.close()
server.shutdown()
t.join()
server.server_close()

# connection refused
s = socket.socket(); s.bind(('127.0.0.1', 0)); free = s.getsockname()[1]; s.close()
c = http.client.HTTPConnection('127.0.0.1', free)
try:
    c.request('GET', '/')
except ConnectionRefusedError as e:
    print('ConnectionRefusedError', e.errno, e.strerror)
