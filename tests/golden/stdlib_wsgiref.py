# wsgiref: util helpers, Headers, SimpleHandler output, validator errors, and a real
# simple_server on 127.0.0.1 (port 0) in a thread, asked with http.client.
import http.client
import io
import sys
import threading
from wsgiref import util, headers, handlers, validate, simple_server

# util
env = {}
util.setup_testing_defaults(env)
print(sorted(k for k in env if not k.startswith('wsgi.')), env['wsgi.url_scheme'], env['SERVER_PORT'])
print(util.request_uri(env), util.application_uri(env))
env = {'wsgi.url_scheme': 'https', 'SERVER_NAME': 'example.org', 'SERVER_PORT': '8443',
       'SCRIPT_NAME': '/app root', 'PATH_INFO': '/a b/c;d=e,f', 'QUERY_STRING': 'x=1&y=2'}
print(util.application_uri(env))
print(util.request_uri(env), util.request_uri(env, include_query=False))
env['SERVER_PORT'] = '443'
env['SCRIPT_NAME'] = ''
print(util.request_uri(env))
env['HTTP_HOST'] = 'host:1'
print(util.application_uri(env))
print(util.guess_scheme({'HTTPS': 'on'}), util.guess_scheme({'HTTPS': 'off'}), util.guess_scheme({}))
env = {'SCRIPT_NAME': '/a', 'PATH_INFO': '/b//./c/'}
while True:
    name = util.shift_path_info(env)
    print(repr(name), env['SCRIPT_NAME'], repr(env['PATH_INFO']))
    if name is None:
        break
print(util.shift_path_info({'PATH_INFO': '/'}), util.shift_path_info({'PATH_INFO': '/./x'}))
print(list(util.FileWrapper(io.BytesIO(b'abcdefghij'), 4)))
print(util.is_hop_by_hop('Keep-Alive'), util.is_hop_by_hop('Content-Type'))

# headers
h = headers.Headers([('Content-Type', 'text/plain')])
h['X-One'] = '1'
h.add_header('Set-Cookie', 'a=1')
h.add_header('Set-Cookie', 'b=2')
h.add_header('Content-Disposition', 'attachment', filename='bud "x".gif', size=None, read_date='today')
print(len(h), h['content-type'], h.get('missing', 'dflt'), 'X-ONE' in h, h.get_all('set-cookie'))
print(h.keys())
print(repr(str(h)))
print(bytes(h)[:20], h.setdefault('X-One', 'z'), h.setdefault('X-Two', '2'))
del h['set-cookie']
del h['nothing']
print(h)
print(repr(h))
for bad in ['notalist', [('a', 1)]]:
    try:
        headers.Headers(bad)
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)


# a handler writing to memory
def app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'hello ', environ['PATH_INFO'].encode()]


def one_block(environ, start_response):
    start_response('404 Not Found', [('Content-Type', 'text/plain')])
    return [b'nope']


def failing(environ, start_response):
    raise ValueError('boom')


def bad_headers(environ, start_response):
    start_response('200 OK', [('Connection', 'close')])
    return []


base = {'SERVER_PROTOCOL': 'HTTP/1.0', 'PATH_INFO': '/p', 'REQUEST_METHOD': 'GET',
        'SERVER_NAME': 'x', 'SERVER_PORT': '80'}
for application in (app, one_block, failing):
    out = io.BytesIO()
    err = io.StringIO()
    handler = handlers.BaseCGIHandler(io.BytesIO(), out, err, dict(base))
    handler.run(application)
    print(out.getvalue())
    print(err.getvalue().strip().splitlines()[-1:])
out = io.BytesIO()
h = handlers.SimpleHandler(io.BytesIO(), out, io.StringIO(), dict(base))
h.server_software = None
h.run(one_block)
lines = out.getvalue().split(b'\r\n')
print(lines[0], [l for l in lines if not l.startswith(b'Date:')])
try:
    handlers.BaseCGIHandler(io.BytesIO(), io.BytesIO(), io.StringIO(), dict(base)).run(bad_headers)
except AssertionError as e:
    print('AssertionError:', e)
print(handlers.format_date_time(0), handlers.format_date_time(1700000000))


# validator
def check(application, environ=None):
    environ = dict(environ or {})
    util.setup_testing_defaults(environ)
    environ.setdefault('QUERY_STRING', '')
    try:
        result = validate.validator(application)(environ, lambda s, h, e=None: None)
        body = list(result)
        result.close()
        print('ok', body)
    except AssertionError as e:
        print('AssertionError:', e)


check(app)
check(lambda e, s: (s('200 OK', []), [b''])[1])
check(lambda e, s: (s('200 OK', [('Content-Type', 'text/plain')]), 'str')[1])
check(lambda e, s: (s('20 OK', [('Content-Type', 'text/plain')]), [b''])[1])
check(lambda e, s: (s('200 OK', [('Content-Type', 'text/plain'), ('Status', '1')]), [b''])[1])
check(lambda e, s: (s('200 OK', [('Content-Type:', 'text/plain')]), [b''])[1])
check(lambda e, s: (s('200 OK', [('Content-Type', 'text/plain')]), ['text'])[1])
check(lambda e, s: (s('204 No Content', [('Content-Type', 'text/plain')]), [])[1])
check(app, {'SCRIPT_NAME': '/', 'PATH_INFO': ''})
check(app, {'HTTP_CONTENT_TYPE': 'x'})
check(app, {'SCRIPT_NAME': '', 'PATH_INFO': 'relative'})

# a real server
log = io.StringIO()


class QuietHandler(simple_server.WSGIRequestHandler):
    def log_message(self, format, *args):
        log.write(format % args + '\n')


def echo(environ, start_response):
    if environ['PATH_INFO'] == '/fail':
        raise RuntimeError('app failed')
    size = int(environ.get('CONTENT_LENGTH') or 0)
    body = environ['wsgi.input'].read(size) if size else b''
    start_response('201 Created', [('Content-Type', 'text/plain; charset=utf-8'), ('X-Path', environ['PATH_INFO'])])
    lines = ['%s=%s' % (k, environ.get(k)) for k in
             ('REQUEST_METHOD', 'PATH_INFO', 'QUERY_STRING', 'CONTENT_TYPE', 'CONTENT_LENGTH',
              'SERVER_PROTOCOL', 'HTTP_X_CUSTOM', 'SCRIPT_NAME', 'wsgi.url_scheme', 'wsgi.multithread')]
    return [('\n'.join(lines) + '\n').encode(), b'body=' + body]


server = simple_server.make_server('127.0.0.1', 0, echo, handler_class=QuietHandler)
print(type(server).__name__, server.get_app() is echo, sorted(server.base_environ))
port = server.server_port
thread = threading.Thread(target=server.serve_forever)
thread.start()
try:
    for method, path, body, hdrs in [('GET', '/hello%20world?q=1&r=2', None, {'X-Custom': 'yes'}),
                                     ('POST', '/submit', b'data=1', {'Content-Type': 'application/x-www-form-urlencoded'}),
                                     ('GET', '/fail', None, {})]:
        conn = http.client.HTTPConnection('127.0.0.1', port)
        conn.request(method, path, body=body, headers=hdrs)
        resp = conn.getresponse()
        print(resp.status, resp.reason, resp.version, resp.getheader('Content-Type'), resp.getheader('X-Path'),
              resp.getheader('Content-Length'), resp.getheader('Server', '').split(' ')[0])
        print(resp.read().decode())
        conn.close()
    server.set_app(simple_server.demo_app)
    conn = http.client.HTTPConnection('127.0.0.1', port)
    conn.request('GET', '/demo')
    resp = conn.getresponse()
    text = resp.read().decode()
    print(resp.status, text.splitlines()[:2], [l for l in text.splitlines() if l.startswith(('PATH_INFO', 'REQUEST_METHOD'))])
    conn.close()
finally:
    server.shutdown()
    thread.join()
    server.server_close()
# the access log: request line, status, size (demo_app's size depends on os.environ)
print([(line.split('"')[1], line.split('"')[2].split()[:1 if 'demo' in line else 2])
       for line in log.getvalue().splitlines() if '"' in line])

# wsgiref.types: annotations only
from wsgiref.types import StartResponse, WSGIEnvironment, InputStream, ErrorStream, FileWrapper
import wsgiref.types


def typed_app(environ: WSGIEnvironment, start_response: StartResponse) -> list[bytes]:
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return [b'typed']


print(wsgiref.types.__all__, WSGIEnvironment, StartResponse.__doc__, InputStream.__name__)
check(typed_app)


# handler paths: the write() callable, a FileWrapper body, start_response twice,
# exc_info after headers were sent, a status that is not a str
def with_write(environ, start_response):
    write = start_response('200 OK', [('Content-Type', 'text/plain')])
    write(b'written ')
    return [b'returned']


def file_body(environ, start_response):
    start_response('200 OK', [('Content-Type', 'application/octet-stream')])
    return environ['wsgi.file_wrapper'](io.BytesIO(b'0123456789'), 4)


def twice(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain')])
    start_response('200 OK', [('Content-Type', 'text/plain')])
    return []


def late_error(environ, start_response):
    write = start_response('200 OK', [('Content-Type', 'text/plain')])
    write(b'partial')
    try:
        raise KeyError('late')
    except KeyError:
        start_response('500 Oops', [('Content-Type', 'text/plain')], sys.exc_info())
    return []


def bytes_status(environ, start_response):
    start_response(b'200 OK', [])
    return []


for application in (with_write, file_body, twice, late_error, bytes_status):
    out = io.BytesIO()
    err = io.StringIO()
    handler = handlers.SimpleHandler(io.BytesIO(), out, err, dict(base))
    handler.origin_server = False
    try:
        handler.run(application)
    except Exception as e:
        print('raised', type(e).__name__, e)
    print(application.__name__, out.getvalue(), err.getvalue().strip().splitlines()[-1:])
