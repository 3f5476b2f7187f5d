# Client half of tests/cli/httpclient_urllib.sh: urllib.request against the test server
# (argv[1]: its base URL, argv[2]: a scratch directory). Run by CPython and by trc;
# the outputs must be identical.
import json
import os
import sys
import urllib.request
import urllib.error
import urllib.parse
from urllib.request import Request, urlopen

base, scratch = sys.argv[1], os.path.abspath(sys.argv[2])


def show_echo(response):
    echo = json.loads(response.read())
    headers = [h for h in echo['headers'] if h[0] != 'host']
    print(' ', echo['method'], echo['path'], headers, repr(echo['body']))


with urlopen(base + '/echo/get?x=1&y=%20') as r:
    print(r.status, r.reason, r.getcode(), r.geturl() == base + '/echo/get?x=1&y=%20', r.version)
    print(r.headers['content-type'], r.info().get('Content-Length') is not None,
          r.headers.get_content_type(), r.headers.get_content_charset('none'))
    show_echo(r)
    print(r.read(), r.closed)
print(r.closed)

show_echo(urlopen(base + '/echo/post', data=b'a=1&b=2'))
show_echo(urlopen(base + '/echo/form', urllib.parse.urlencode({'q': 'x y', 'n': 3}).encode()))
req = Request(base + '/echo/put#frag', data=b'{"k": 1}', method='PUT',
              headers={'content-type': 'application/json', 'X-CUSTOM': 'v'})
req.add_header('x-another', 'two')
print(req.get_method(), req.full_url.endswith('#frag'), req.type, req.selector, req.fragment,
      req.has_header('Content-type'), req.get_header('X-custom'), sorted(req.header_items()))
show_echo(urlopen(req, timeout=10))
show_echo(urlopen(Request(base + '/echo/delete', method='DELETE')))
show_echo(urlopen(Request(base + '/echo/emptyput', method='PUT')))
show_echo(urlopen(Request(base + '/echo/ua', headers={'User-Agent': 'mine/1.0', 'Accept': 'text/x'})))
head = urlopen(Request(base + '/json', method='HEAD'))
print(head.status, head.read(), head.headers['Content-Type'])

r = urlopen(base + '/headers')
print(r.status, r.reason, r.msg, r.headers.get_all('x-multi'), r.headers.get_all('Set-Cookie'),
      r.getheader('X-Multi'), r.getheader('missing', 'dflt'), r.headers.get_content_charset(),
      'X-MULTI' in r.headers, r.headers['nope'], r.headers.get('nope', 0))
print(r.read().decode(r.headers.get_content_charset()))
r = urlopen(base + '/chunked')
print(r.readline(), r.readlines(), r.read())
r = urlopen(base + '/chunked')
print([line for line in r])
r = urlopen(base + '/gzip')
print(r.headers['Content-Encoding'], len(r.read()))
r = urlopen(base + '/json')
print(r.read(4), r.read(5), r.length, len(r.read()), r.length)

for path in ['/redirect/301?to=/echo/r301', '/redirect/302?to=%s/echo/abs' % base,
             '/redirect/303?to=/echo/r303', '/redirect/307?to=/echo/r307',
             '/redirect/308?to=/echo/r308', '/redirect/302?to=../echo/rel']:
    r = urlopen(base + path)
    print(path.split('?')[0], r.status, r.url.replace(base, 'BASE'))
    show_echo(r)
for code in (301, 302, 303, 307, 308):
    try:
        r = urlopen(base + '/redirect/%d?to=/echo/from-post' % code, data=b'payload')
        print(code, 'POST followed', r.url.replace(base, 'BASE'))
        show_echo(r)
    except urllib.error.HTTPError as e:
        print(code, 'POST', repr(e), e.code, e.reason, e.read())

for path in ['/status/404', '/status/500', '/status/418', '/loop', '/redirect/302?to=ftpx://x/',
             '/status/304', '/nowhere']:
    try:
        urlopen(base + path)
    except urllib.error.HTTPError as e:
        print(path, type(e).__name__, e, repr(e), e.code, e.getcode(), e.status)
        print('  ', repr(e.reason), e.headers.get('X-Status'), e.read(), e.url.replace(base, 'BASE'),
              e.filename.replace(base, 'BASE'), isinstance(e, urllib.error.URLError),
              isinstance(e, OSError), e.info() is e.headers)

try:
    urlopen(base + '/slow?delay=1.5', timeout=0.3)
except Exception as e:
    print('slow', type(e).__name__, e)

path = os.path.join(scratch, 'local file.txt')
with open(path, 'w') as f:
    f.write('first\nsecond\n')
r = urlopen('file://' + urllib.request.pathname2url(path))
print(r.status, r.getcode(), r.readlines(), r.headers['Content-type'], r.headers['Content-length'],
      r.url == 'file://' + urllib.request.pathname2url(path))
for url in ['file:///nonexistent/x.txt', 'ftpx://host/x', 'http:///nohost']:
    try:
        urlopen(url)
    except urllib.error.URLError as e:
        print(type(e).__name__, e, repr(e.reason))
for bad in ['no-scheme', '']:
    try:
        Request(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    urlopen(base + '/echo', data='text')
except TypeError as e:
    print('TypeError', e)

for url in ['data:,Hello%2C%20World%21', 'data:text/plain;base64,SGVsbG8sIFdvcmxkIQ==',
            'data:text/html;charset=utf-8,%3Ch1%3E']:
    r = urlopen(url)
    print(r.status, r.read(), r.headers['content-type'], r.headers.get_content_charset(), r.url[:12])

target = os.path.join(scratch, 'copy.json')
hooks = []
name, headers = urllib.request.urlretrieve(base + '/json', target, lambda *a: hooks.append(a))
print(name == target, headers['Content-Type'], hooks, open(target).read())
name, headers = urllib.request.urlretrieve(base + '/chunked')
print(open(name).read().split('\n'), os.path.exists(name))
urllib.request.urlcleanup()
print(os.path.exists(name))
