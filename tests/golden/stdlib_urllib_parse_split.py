# urllib.parse: urlsplit/urlparse/unsplit/unparse/urljoin/urldefrag on tricky URLs, result attributes and errors
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          ParseResult, SplitResult, SplitResultBytes, DefragResult)

URLS = [
    'http://www.python.org/doc/#frag', 'http://User:Pass@Host.Example.COM:80/p;x?q=1#f',
    'HTTPS://[::1]:8443/x', 'http://[fe80::1%25EtH0]:99/', 'ftp://ftp.x.org/pub;type=d',
    'file:///etc/passwd', 'file:/tmp/x', 'mailto:someone@example.com', 'news:comp.lang',
    '//host.only/path', '/just/a/path?x=y', 'relative/path;p', 'path?q#f', '#only',
    '?q', '', 'http:', 'http://', 'http://a', 'http://a:/', 'http://a:0', 'http://user@a',
    'http://:pw@a', 'http://u:@a', 'sip:alice@atlanta.com;transport=tcp',
    '  \t http://lead.ing/space  ', 'ht\ttp://tab\n.ex/a\rb', 'a1+.-:opaque', '1http://x',
    'http://x/a;b;c/d;e', 'tel:+1-816-555-1212', 'http://x?a#b?c', 'http://x#a?b',
    'svn+ssh://u@svn.x/trunk', 'data:text/plain,hello', 'http://[v1.fe]:1/', 'javascript:alert(1)',
]

for url in URLS:
    p = urlparse(url)
    s = urlsplit(url)
    print(repr(url))
    print('  ', p)
    print('  ', s.scheme, s.netloc, s.path, s.query, s.fragment)
    print('  ', p.username, p.password, p.hostname, p.port)
    print('  ', urlunparse(p), urlunsplit(s), p.geturl() == urlunparse(p))

print(urlparse('path;p?q#f', allow_fragments=False))
print(urlsplit('x/y#z', scheme='https', allow_fragments=False))
print(urlsplit('//h/p', 'ftp'), urlparse(b'http://b.c/d;e?f#g'))
b = urlsplit(b'http://U:P@H:12/x')
print(b, b.hostname, b.port, b.username, b.password, b.geturl(), b.decode())
print(urlsplit('http://h/x').encode(), isinstance(urlsplit('a'), tuple), len(urlparse('a')))
r = urlsplit('http://h:1/x')
print(r._replace(netloc='g:2').geturl(), r[0], r[-1] == '', tuple(r))
print(urlunsplit(('http', '', 'p', '', '')), urlunsplit(['', '', '//x', '', '']),
      urlunparse(('ftp', 'h', 'a', 'b', 'c', 'd')), urlunsplit((b'h', b'n', b'/p', b'', b'f')))

for bad in ['http://h:99999', 'http://h:-1', 'http://h:abc', 'http://h:١٢', 'http://[::1]:x']:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print('ValueError', e)
for bad in ['http://[::1/', 'http://::1]/', 'http://x[::1]/', 'http://[::1]x/', 'http://[1.2.3.4]/',
            'http://[vz.x]/', 'http://[zz]/']:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print('ValueError', e)
try:
    urlsplit(b'http://x', 'http')
except TypeError as e:
    print('TypeError', e)
try:
    urljoin('http://a/', b'x')
except TypeError as e:
    print('TypeError', e)

BASE = 'http://a/b/c/d;p?q'
REFS = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
        'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g',
        '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
        'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x',
        'http:g', 'https:g', '//x/../y', 'a//b//./c', '../../../..//x']
for ref in REFS:
    print(repr(ref), urljoin(BASE, ref))
print(urljoin('http://a/b/', '../../../x'), urljoin('http://a', 'b'), urljoin('', 'x'),
      urljoin('http://a/b', ''), urljoin('mailto:x', 'y'), urljoin('svn://a/b/', 'c'),
      urljoin(b'http://a/b/c', b'../d'), urljoin('http://a/b#f', '#g', allow_fragments=False),
      urljoin('file:..', ';x'), urljoin('http:a', 'b'), urljoin('ftp://h/a/b/', 'c/'))
for url in ['http://a/b#frag', 'http://a/b', 'http://a/b;p?q#', b'x#y', '#']:
    d = urldefrag(url)
    print(d, d.url, d.fragment, d.geturl())
print(DefragResult('u', 'f').encode(), ParseResult('a', 'b', 'c', 'd', 'e', 'f').geturl())
print(SplitResultBytes(b'a', b'b', b'/c', b'', b'').geturl(), SplitResult('', '', 'x', '', ''))
