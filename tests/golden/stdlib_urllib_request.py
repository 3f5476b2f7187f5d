# urllib.request without a network: Request objects, data: and file: URLs, URLError/HTTPError texts and attributes, refused connections
import os
import urllib.request
import urllib.error
import urllib.response
from urllib.request import Request, urlopen

r = Request('http://Example.com:8080/a/b?x=1#frag', data=b'abc',
            headers={'content-TYPE': 'text/x', 'X-Two': '2'})
print(r.full_url, r.type, r.host, r.selector, r.fragment, r.get_method(), r.data,
      r.origin_req_host, r.unverifiable, r.get_full_url())
print(sorted(r.headers.items()), r.has_header('Content-type'), r.has_header('content-type'),
      r.get_header('X-two'), r.get_header('Nope', 'dflt'))
r.add_unredirected_header('user-AGENT', 'me')
r.add_header('Content-length', '3')
print(sorted(r.header_items()), r.unredirected_hdrs)
r.data = b'changed'
print(r.has_header('Content-length'), r.data)
r.remove_header('X-two')
r.full_url = 'https://other.org/p#f2'
print(r.full_url, r.host, r.selector, r.fragment, r.type, sorted(r.headers))
print(Request('http://h/', method='PATCH').get_method(), Request('http://h/').get_method(),
      Request('<URL:http://w/x>').full_url, Request('file:///tmp/x').host,
      Request('http://user@h:1/').host, Request('http://%41b/').host)
for bad in ['nothing', '', '/abs/path', '//host/path']:
    try:
        Request(bad)
    except ValueError as e:
        print('ValueError', e)

for url in ['data:,A%20brief%20note', 'data:text/plain;base64,SGVsbG8=', 'data:;base64,AAEC',
            'data:text/csv;charset=latin-1,a%2Cb%0A1%2C2', 'data:image/png;base64,iVBORw0K']:
    with urlopen(url) as resp:
        print(resp.status, resp.getcode(), resp.geturl()[:20], resp.info()['Content-type'],
              resp.headers['content-length'], resp.read(), resp.headers.get_content_type(),
              resp.headers.get_content_charset())
resp = urlopen('data:,line1%0Aline2%0Aline3')
print(resp.readline(), list(resp), resp.read(), resp.closed)
resp.close()
try:
    resp.read()
except ValueError as e:
    print(resp.closed, 'ValueError', e)
try:
    urlopen('data:no-comma')
except ValueError as e:
    print('ValueError', e)

path = '/tmp/trc-urllib-golden-%d.txt' % os.getpid()
with open(path, 'w') as f:
    f.write('alpha\nbeta\n')
resp = urlopen('file://' + path)
print(resp.status, resp.readlines(), resp.headers['Content-length'], resp.headers['content-type'],
      resp.url == 'file://' + path, resp.headers['Last-modified'][-3:])
print(urllib.request.urlretrieve('file://' + path)[0] == path)
os.unlink(path)

for url in ['file:///no/such/file', 'gopherx://x/', 'http://', 'https:///path']:
    try:
        urlopen(url)
    except urllib.error.URLError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    urlopen('http://h/', data='not bytes')
except TypeError as e:
    print('TypeError', e)

e = urllib.error.URLError('plain reason')
print(e, repr(e), e.reason, e.args, isinstance(e, OSError), e.errno, e.strerror)
e = urllib.error.URLError(ConnectionRefusedError(111, 'Connection refused'), 'fname')
print(e, e.filename, e.reason.errno, type(e.reason).__name__)
hdrs = urllib.response.HTTPMessage() if hasattr(urllib.response, 'HTTPMessage') else None
e = urllib.error.HTTPError('http://x/y', 404, 'Not Found', None, None)
print(e, repr(e), e.code, e.reason, e.msg, e.filename, e.hdrs, e.headers, e.getcode(), e.geturl())
print(isinstance(e, urllib.error.URLError), isinstance(e, urllib.response.addinfourl),
      issubclass(urllib.error.ContentTooShortError, urllib.error.URLError))
c = urllib.error.ContentTooShortError('short', ('f', None))
print(c, c.content, c.reason)
print(urllib.request.pathname2url('/a b/c%d'), urllib.request.url2pathname('/a%20b/c%25d'))
