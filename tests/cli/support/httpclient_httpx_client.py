# Client half of tests/cli/httpclient_httpx.sh: httpx against the test server (argv[1]:
# its base URL, argv[2]: a port nothing listens on); prints with the base URL replaced by BASE, compared with
# httpclient_httpx_client.expected (written by hand from httpx 0.27's behaviour).
import asyncio
import sys
import httpx

base = sys.argv[1]


def clean(value):
    return str(value).replace(base, 'BASE').replace('127.0.0.1:%s' % sys.argv[2], 'CLOSED')


def show_echo(r):
    echo = r.json()
    headers = [h for h in echo['headers'] if h[0] != 'host']
    print(' ', echo['method'], echo['path'], headers, repr(echo['body']))


r = httpx.get(base + '/json')
print(r, r.status_code, r.reason_phrase, r.http_version, clean(r.url), r.encoding)
print(r.json(), r.text, r.content[:9], r.headers['content-type'], r.is_success, r.is_error,
      r.is_redirect, r.raise_for_status() is r, clean(r.request), clean(r.request.url))
print(type(r.elapsed).__name__, r.elapsed.total_seconds() >= 0, r.num_bytes_downloaded)
show_echo(httpx.get(base + '/echo/get', params={'page': 1, 'limit': 10, 'flag': True, 'l': ['a', 'b']}))
show_echo(httpx.post(base + '/echo/post', json={'name': 'Alice', 'age': 30}))
show_echo(httpx.post(base + '/echo/login', data={'username': 'alice', 'password': 'se cret'}))
show_echo(httpx.put(base + '/echo/users/123', content=b'raw bytes'))
show_echo(httpx.patch(base + '/echo/p', content='text ü'))
show_echo(httpx.delete(base + '/echo/users/123'))
show_echo(httpx.options(base + '/echo/o'))
show_echo(httpx.request('POST', base + '/echo/empty'))
show_echo(httpx.get(base + '/echo/h', headers={'Authorization': 'Bearer token123', 'X-A': 'b'},
                    cookies={'sid': 'abc', 'n': '1'}))
show_echo(httpx.get(base + '/echo/auth', auth=('user', 'pass')))
r = httpx.post(base + '/echo/upload', data={'field': 'v'},
               files={'file': ('a.txt', b'hello', 'text/plain'), 'raw': ('b.bin', b'\x00\x01')})
ctype = r.request.headers['content-type']
boundary = ctype.partition('boundary=')[2]
print(ctype.replace(boundary, 'B'), len(boundary), r.json()['body'].replace(boundary, 'B').split('\r\n'))
h = httpx.head(base + '/json')
print(h.status_code, h.content, h.headers['content-length'])

r = httpx.get(base + '/headers')
print(r.reason_phrase, r.encoding, r.charset_encoding, r.text, r.headers['x-multi'],
      r.headers.get_list('X-Multi'), r.headers.get('missing', 'dflt'), 'X-MULTI' in r.headers,
      dict(r.cookies), list(r.headers.keys())[:3])
r = httpx.get(base + '/gzip')
print(r.headers['content-encoding'], r.text[:28], len(r.content))
r = httpx.get(base + '/chunked')
print(list(r.iter_lines()), list(r.iter_bytes(8))[:2], r.headers.get('transfer-encoding'))

for code in (404, 500, 418, 301):
    r = httpx.get(base + '/status/%d' % code)
    print(r, r.is_error, r.is_client_error, r.is_server_error, r.text)
    try:
        r.raise_for_status()
    except httpx.HTTPStatusError as e:
        print(clean(e))
        print(' ', e.response.status_code, clean(e.request.url), isinstance(e, httpx.HTTPError))

r = httpx.get(base + '/redirect/302?to=/echo/landed')
print(r.status_code, r.is_redirect, r.headers['location'], clean(r.next_request.url))
try:
    r.raise_for_status()
except httpx.HTTPStatusError as e:
    print(clean(e))
r = httpx.get(base + '/redirect/302?to=/echo/landed', follow_redirects=True)
print(r.status_code, clean(r.url), [x.status_code for x in r.history])
for code in (301, 302, 303, 307, 308):
    r = httpx.post(base + '/redirect/%d?to=/echo/after' % code, content=b'body!',
                   follow_redirects=True)
    print(code, end=' ')
    show_echo(r)
try:
    httpx.get(base + '/loop', follow_redirects=True)
except httpx.TooManyRedirects as e:
    print(type(e).__name__, e, isinstance(e, httpx.RequestError))

with httpx.Client(base_url=base + '/echo', headers={'X-Client': 'yes'}, params={'c': 1},
                  timeout=httpx.Timeout(10.0, connect=2.0)) as client:
    print(clean(client.base_url), client.timeout, client.is_closed)
    print('connection reused:', client.get(base + '/conn').text == client.get(base + '/conn').text)
    show_echo(client.get('/first', params={'q': 'x'}))
    show_echo(client.post('second', json=[1, 2], headers={'X-Client': 'override'}))
    req = client.build_request('GET', '/built')
    print(clean(req), req.method, clean(req.url), req.headers["x-client"])
    show_echo(client.send(req))
print(client.is_closed)
try:
    client.get('/after-close')
except RuntimeError as e:
    print('RuntimeError', e)


async def main():
    async with httpx.AsyncClient(base_url=base) as client:
        r = await client.get('/json')
        print('async', r.status_code, r.json()['name'])
        r2 = await client.post('/echo/async', data={'k': 'v'})
        show_echo(r2)

asyncio.run(main())

for call in [lambda: httpx.get(base + '/slow?delay=1.5', timeout=0.3),
             lambda: httpx.get('ftp://example.com/'), lambda: httpx.get('example.com/x'),
             lambda: httpx.get('http://nonexistent.invalid/'),
             lambda: httpx.get('http://127.0.0.1:%s/' % sys.argv[2])]:
    try:
        call()
    except httpx.HTTPError as e:
        print(type(e).__name__, e, isinstance(e, httpx.TransportError),
              isinstance(e, httpx.TimeoutException), clean(e.request.url))

u = httpx.URL('https://User:pw@Example.com:443/a b/c?x=1&y=2#frag')
print(u, repr(u), u.scheme, u.host, u.port, u.path, u.query, u.fragment, u.params['y'], u.username)
print(httpx.URL('http://h:8080'), httpx.URL('http://h:8080').port, u == str(u),
      u.copy_with(scheme='http'), u.join('../z'), u.copy_merge_params({'x': 9}))
q = httpx.QueryParams({'a': 1, 'b': [2, 3]})
print(q, repr(q), q['b'], q.get_list('b'), q.set('a', 5), q.add('c', None), q.remove('b'),
      'a' in q, len(q), q.multi_items(), httpx.QueryParams('x=1&x=2').get_list('x'))
hd = httpx.Headers({'Content-Type': 'text/html', 'X-Y': '1'})
hd['x-y'] = '2'
print(hd, hd['CONTENT-type'], dict(hd), hd.raw, httpx.Headers([('a', '1'), ('A', '2')]))
print(httpx.Timeout(5.0), httpx.Timeout(1, read=3), httpx.codes.OK, httpx.codes.NOT_FOUND,
      httpx.codes.get_reason_phrase(418), httpx.Response(204), httpx.Response(200, json={'a': 1}).json())
try:
    httpx.Timeout(connect=1)
except ValueError as e:
    print('ValueError', e)
try:
    httpx.Response(200).raise_for_status()
except RuntimeError as e:
    print('RuntimeError', e)
