# SimpleHTTPRequestHandler serving a TemporaryDirectory on loopback: listings,
# files with their content types, index.html, redirects, 404, HEAD,
# If-Modified-Since; urllib.request as a second client; the access log format.
import functools, http.client, http.server, io, os, re, sys, tempfile, threading
import email.utils, urllib.request, urllib.error

def get(port, path, method='GET', headers={}):
    c = http.client.HTTPConnection('127.0.0.1', port, timeout=10)
    c.request(method, path, headers=headers)
    r = c.getresponse()
    body = r.read()
    hdrs = [(k, v) for k, v in r.getheaders() if k not in ('Date', 'Server', 'Last-Modified')]
    c.close()
    return r.status, r.reason, hdrs, body, r.getheader('Last-Modified')

class Handler(http.server.SimpleHTTPRequestHandler):
    log_lines = []
    def log_message(self, format, *args):
        Handler.log_lines.append(format % args)

with tempfile.TemporaryDirectory() as root:
    with open(os.path.join(root, 'hello.txt'), 'w') as f:
        f.write('hello file\n')
    with open(os.path.join(root, 'page.html'), 'w') as f:
        f.write('<p>page</p>')
    with open(os.path.join(root, 'data.json'), 'wb') as f:
        f.write(b'{"a": 1}')
    with open(os.path.join(root, 'archive.tar.gz'), 'wb') as f:
        f.write(b'\x1f\x8b fake')
    with open(os.path.join(root, 'noext'), 'wb') as f:
        f.write(bytes(range(10)))
    with open(os.path.join(root, 'A b&c<d>.txt'), 'w') as f:
        f.write('odd name')
    with open(os.path.join(root, 'caf\u00e9 \u2603.css'), 'w') as f:
        f.write('body{}')
    os.mkdir(os.path.join(root, 'sub'))
    os.mkdir(os.path.join(root, 'Zdir'))
    with open(os.path.join(root, 'sub', 'index.html'), 'w') as f:
        f.write('<h1>sub index</h1>')
    with open(os.path.join(root, 'Zdir', 'x.py'), 'w') as f:
        f.write('print(1)\n')
    os.symlink('hello.txt', os.path.join(root, 'link'))
    os.symlink('Zdir', os.path.join(root, 'dirlink'))
    os.utime(os.path.join(root, 'hello.txt'), (1000000000, 1000000000))

    handler = functools.partial(Handler, directory=root)
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), handler)
    port = server.server_port
    t = threading.Thread(target=server.serve_forever, args=(0.05,))
    t.start()

    for path in ['/', '/hello.txt', '/page.html', '/data.json', '/archive.tar.gz', '/noext',
                 '/A%20b%26c%3Cd%3E.txt', '/caf%C3%A9%20%E2%98%83.css', '/sub', '/sub/',
                 '/sub?q=1', '/Zdir/', '/Zdir/x.py', '/missing', '/hello.txt/', '/link',
                 '/dirlink/', '/../../etc/passwd', '/hello.txt?x=1#frag', '/%2e%2e/hello.txt',
                 '//hello.txt', '/Zdir/../hello.txt']:
        status, reason, hdrs, body, lm = get(port, path)
        print(path, status, reason, hdrs)
        print(body.decode('utf-8', 'replace'))
    status, reason, hdrs, body, lm = get(port, '/hello.txt', 'HEAD')
    print('HEAD', status, hdrs, body, lm)
    print('HEAD missing', get(port, '/nope', 'HEAD')[:4])
    print('POST', get(port, '/hello.txt', 'POST')[:2])
    for ims in [lm, 'Sun, 09 Sep 2001 01:46:40 GMT', 'Sun, 09 Sep 2001 01:46:39 GMT',
                'Mon, 01 Jan 2035 00:00:00 GMT', 'garbage', 'Sun, 09 Sep 2001 03:46:40 +0200']:
        print('IMS', ims, get(port, '/hello.txt', headers={'If-Modified-Since': ims})[:4])
    print('IMS+INM', get(port, '/hello.txt', headers={'If-Modified-Since': lm, 'If-None-Match': '"x"'})[:2])

    # urllib.request against the same server
    with urllib.request.urlopen('http://127.0.0.1:%d/hello.txt' % port) as r:
        print('urllib', r.status, r.reason, r.headers['Content-Type'], r.headers['Content-Length'], r.read())
    try:
        urllib.request.urlopen('http://127.0.0.1:%d/nothere' % port)
    except urllib.error.HTTPError as e:
        print('urllib HTTPError', e.code, e.reason, e.headers['Content-Type'], len(e.read()))

    server.shutdown()
    t.join()
    server.server_close()

print(len(Handler.log_lines))
for line in Handler.log_lines[:4]:
    print(line)

# The access log as written to stderr: client - - [date] "request" code size
class Logged(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_error(404)

saved = sys.stderr
sys.stderr = io.StringIO()
server = http.server.HTTPServer(('127.0.0.1', 0), Logged)
t = threading.Thread(target=server.serve_forever, args=(0.05,))
t.start()
import socket
for target in (b'/esc\x1bape', b'/back\\slash', b'/caf\xc3\xa9'):
    with socket.create_connection(('127.0.0.1', server.server_port)) as s:
        s.sendall(b'GET ' + target + b' HTTP/1.0\r\n\r\n')
        while s.recv(4096):
            pass
server.shutdown(); t.join(); server.server_close()
log, sys.stderr = sys.stderr.getvalue(), saved
for line in log.splitlines():
    print(re.sub(r'\[\d\d/\w\w\w/\d{4} \d\d:\d\d:\d\d\]', '[DATE]', line))

h = http.server.BaseHTTPRequestHandler
print(h.date_time_string(h, 0), h.date_time_string(h, 1234567890))
print(http.server.SimpleHTTPRequestHandler.extensions_map)
