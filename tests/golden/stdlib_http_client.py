import http.client, socket, threading

# A raw server that replays canned responses, so the client side is tested alone.
def canned_server(responses):
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0)); srv.listen()
    got = []
    def run():
        for resp in responses:
            c, _ = srv.accept()
            f = c.makefile('rb')
            req = []
            while True:
                line = f.readline()
                req.append(line)
                if line in (b'\r\n', b''):
                    break
            n = 0
            for l in req:
                if l.lower().startswith(b'content-length:'):
                    n = int(l.split(b':')[1])
            body = f.read(n) if n else b''
            if any(l.lower().startswith(b'transfer-encoding: chunked') for l in req):
                while True:
                    size = int(f.readline(), 16)
                    chunk = f.read(size + 2)
                    body += chunk[:-2]
                    if size == 0:
                        f.readline() if False else None
                        break
            got.append((b''.join(req), body))
            c.sendall(resp)
            f.close()
            c.close()
        srv.close()
    t = threading.Thread(target=run); t.start()
    return srv.getsockname()[1], t, got

resps = [
    b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\nX-Multi: a\r\nx-multi: b\r\n\r\nhello world',
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nTrailer: x\r\n\r\n',
    b'HTTP/1.0 404 Not Found\r\n\r\nno such thing\nsecond line\n',
    b'HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\nshort',
    b'',
    b'garbage\r\n\r\n',
    b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n',
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nab\nc\r\n6\r\nd\nefgh\r\n0\r\n\r\n',
    b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789',
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nzz\r\n',
    b'HTTP/2.0 200 OK\r\n\r\n',
]
port, t, got = canned_server(resps)

c = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
c.request('GET', '/path?q=1', headers={'X-Test': 'yes'})
r = c.getresponse()
print(r.status, r.reason, r.version, r.getheader('content-type'), r.getheader('X-MULTI'), r.getheader('missing', 'dflt'))
print(r.getheaders())
print(r.headers['Content-Length'], type(r.headers).__name__, r.msg is r.headers, r.closed, r.isclosed())
print(r.read(5), r.read(), r.isclosed(), r.read())
c.close()

c = http.client.HTTPConnection('127.0.0.1:%d' % port)
c.request('POST', '/submit', body='name=value', headers={'Content-Type': 'application/x-www-form-urlencoded'})
r = c.getresponse()
print(r.status, r.chunked, r.length, r.read())
c.close()

c = http.client.HTTPConnection('127.0.0.1', port)
c.putrequest('PUT', '/x', skip_accept_encoding=True)
c.putheader('X-Many', 'one', 'two')
c.putheader('Content-Length', 3)
c.endheaders(b'abc')
r = c.getresponse()
print(r.status, r.reason, r.version, r.will_close, r.readline(), r.readline(), r.readline(), r.isclosed())
c.close()

c = http.client.HTTPConnection('127.0.0.1', port)
c.request('GET', '/')
r = c.getresponse()
try:
    r.read()
except http.client.IncompleteRead as e:
    print('IncompleteRead', repr(e), e.partial, e.expected, str(e))

for what in ('empty', 'garbage'):
    c = http.client.HTTPConnection('127.0.0.1', port)
    c.request('GET', '/')
    try:
        c.getresponse()
    except http.client.HTTPException as e:
        print(type(e).__name__, repr(e), e.args, isinstance(e, ConnectionError))

c = http.client.HTTPConnection('127.0.0.1', port)
c.request('GET', '/', body=iter([b'ab', b'', b'cd']))
r = c.getresponse()
print(r.status, r.reason, r.read(), r.isclosed())

c = http.client.HTTPConnection('127.0.0.1', port)
c.request('GET', '/')
r = c.getresponse()
print(r.peek()[:4], r.readline(2))
print(list(r), r.peek())

c = http.client.HTTPConnection('127.0.0.1', port)
c.request('GET', '/')
r = c.getresponse()
buf = bytearray(4)
print(r.peek(1)[:1])
print(r.readinto(buf), buf, r.read1(3), r.read1(), r.read1())

c = http.client.HTTPConnection('127.0.0.1', port)
c.request('GET', '/')
r = c.getresponse()
try:
    r.read()
except http.client.IncompleteRead as e:
    print('chunked IncompleteRead', repr(e))

c = http.client.HTTPConnection('127.0.0.1', port)
c.request('GET', '/')
try:
    c.getresponse()
except http.client.UnknownProtocol as e:
    print('UnknownProtocol', e, e.version)
t.join()
for req, body in got:
    print(req.decode().replace(str(port), 'PORT').splitlines(), body)

for bad in ('host:port', 'a b'):
    try:
        http.client.HTTPConnection(bad)
    except http.client.InvalidURL as e:
        print('InvalidURL', e)
c = http.client.HTTPConnection('[::1]:8080'); print(c.host, c.port)
c = http.client.HTTPConnection('example.com:'); print(c.host, c.port)
c = http.client.HTTPConnection('example.com')
try:
    c.putrequest('GET', '/a b')
except http.client.InvalidURL as e:
    print('InvalidURL', e)
c = http.client.HTTPConnection('example.com')
c.putrequest('GET', '/')
for args in (('Bad:Name', 'v'), ('X', 'a\nb'), ('X', 'a\r\n b')):
    try:
        c.putheader(*args); print('ok', args)
    except ValueError as e:
        print('ValueError', e)
try:
    c.putrequest('GET', '/')
except http.client.CannotSendRequest as e:
    print('CannotSendRequest', e)
try:
    c.getresponse()
except http.client.ResponseNotReady as e:
    print('ResponseNotReady', repr(e))
try:
    c.request
    http.client.HTTPConnection('example.com').request('POST', '/', body='caf\u00e9 \u20ac')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
try:
    http.client.HTTPConnection('example.com').putrequest('GET\n', '/')
except ValueError as e:
    print('ValueError', e)
print(http.client.responses[404], http.client.responses[200], len(http.client.responses), http.client.NOT_FOUND, repr(http.client.OK))
print(http.client.HTTP_PORT, http.client.HTTPS_PORT, http.client.error is http.client.HTTPException)
print(http.client.LineTooLong('header line'), http.client.BadStatusLine(''), repr(http.client.BadStatusLine('x')))
print(issubclass(http.client.RemoteDisconnected, ConnectionResetError), issubclass(http.client.RemoteDisconnected, http.client.BadStatusLine))
import io
msg = http.client.parse_headers(io.BytesIO(b'A: 1\r\nB: two\r\n words\r\na: 3\r\n\r\nbody'))
print(msg.items(), msg.get_all('a'), str(msg).replace('\n', '|'))
