# urllib.parse on generated URLs: combinations of schemes, netlocs, paths, queries and refs through split/parse/join/quote, checked by digest
import hashlib
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urljoin, urldefrag,
                          quote, quote_plus, unquote, unquote_plus, parse_qsl, urlencode)

SCHEMES = ['', 'http:', 'HTTPS:', 'ftp:', 'file:', 'mailto:', 'x-y+z.1:', '1a:', 'sip:', 'tel:']
NETLOCS = ['', '//', '//h', '//H.Example.ORG', '//u:p@h:80', '//@h', '//h:', '//[::1]:8',
           '//[fe80::1%25x]', '//u@[::ffff:1.2.3.4]', '//h:65535', '//a:b:c@d']
PATHS = ['', '/', '/a', 'a', '/a/b/', '/a;p', '/a/./b/../c', '..', './', '/%7E/x y', '/é',
         '//double', 'a:b', '/a;b;c/d;e']
QUERIES = ['', '?', '?q', '?a=1&b=2', '?a=1;b', '?x=%20+y', '?=&=']
FRAGS = ['', '#', '#f', '#f?g', '#a#b']
REFS = ['', 'g', '../g', '../../../g', '/g', '//g', '?y', '#s', 'g;x?y#s', '.', '..', './g/.',
        'g/../h', 'http:g', 'https://o/p', ';x', '../..', 'g?y/../x', '//g/../h', 'mailto:m']


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def pick(self, items):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return items[(self.state >> 33) % len(items)]


def describe(fn, *args):
    try:
        return repr(fn(*args))
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)


rng = Lcg(12345)
digests = {name: hashlib.md5() for name in ['split', 'parse', 'unsplit', 'join', 'defrag', 'attrs',
                                            'bytes']}
shown = 0
for i in range(40):
    url = rng.pick(SCHEMES) + rng.pick(NETLOCS) + rng.pick(PATHS) + rng.pick(QUERIES) + rng.pick(FRAGS)
    base = rng.pick(SCHEMES[1:4]) + rng.pick(NETLOCS[2:6]) + rng.pick(PATHS) + rng.pick(QUERIES)
    ref = rng.pick(REFS)
    results = {
        'split': describe(urlsplit, url),
        'parse': describe(urlparse, url),
        'join': describe(urljoin, base, ref) + describe(urljoin, url, ref),
        'defrag': describe(urldefrag, url),
        'bytes': (describe(urlparse, url.encode()) + describe(urljoin, base.encode(), ref.encode())
                  if url.isascii() and base.isascii() else ''),
    }
    try:
        s = urlsplit(url)
        results['unsplit'] = repr(urlunsplit(s)) + repr(urlunparse(urlparse(url)))
        results['attrs'] = describe(lambda: (s.hostname, s.username, s.password)) + describe(lambda: s.port)
    except ValueError as e:
        results['unsplit'] = results['attrs'] = str(e)
    for name, text in results.items():
        digests[name].update(text.encode('utf-8'))
    if i % 5 == 0:
        print(repr(url), results['split'], results['attrs'])
        print('   ', repr(base), repr(ref), results['join'])
for name, d in digests.items():
    print(name, d.hexdigest())

TEXT_PIECES = ['a', ' ', '+', '%', '%2', '%41', '%zz', '/', '?', '&', '=', 'é', '€', '😀', '~',
               '\x00', ';', '#', '%E2%82', '%C3%A9']
qd = hashlib.md5()
for i in range(40):
    text = ''.join(rng.pick(TEXT_PIECES) for _ in range(1 + i % 6))
    safe = rng.pick(['', '/', '&=', '%', '+ '])
    line = '|'.join([quote(text, safe), quote_plus(text, safe), unquote(text), unquote_plus(text),
                     describe(parse_qsl, text, True), describe(parse_qsl, text),
                     urlencode([(text, text)]), quote(text.encode('utf-8'), safe)])
    qd.update(line.encode('utf-8'))
    if i % 5 == 0:
        print(repr(text), repr(safe), line)
print('quoting', qd.hexdigest())
