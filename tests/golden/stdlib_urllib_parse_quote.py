# urllib.parse: quote/unquote families, urlencode (doseq, safe, quote_via), parse_qs/parse_qsl options and errors
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl, unwrap)
import urllib.parse

TEXTS = ['', 'abc', 'a b', 'a+b', '/path/to x', '~user_name-1.2', 'ü€😀', '100%', 'a&b=c;d',
         "!$'()*,:@[]", '\x00\x7f', 'é/é']
for t in TEXTS:
    print(repr(t), quote(t), quote(t, safe=''), quote(t, safe='&='), quote_plus(t),
          quote_plus(t, safe='/+'))
print(quote(b'a b\xff'), quote(b'/x', b''), quote('é', encoding='latin-1'),
      quote('é€', encoding='latin-1', errors='replace'), quote('é', safe='é'))
print(quote_plus(b'a b+c'), quote_plus(b'a b', safe=b'/'), quote_from_bytes(b'a/b c'),
      quote_from_bytes(bytearray(b'~x y'), safe='~ '), quote_from_bytes(b'\x80\xff', safe=b'\x80'))
for bad in [lambda: quote(b'x', encoding='utf-8'), lambda: quote(b'x', errors='strict'),
            lambda: quote_from_bytes('str'), lambda: quote('€', encoding='ascii'),
            lambda: unquote(None), lambda: unquote_to_bytes(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

ENCODED = ['', 'abc', 'a%20b', 'a+b', '%7E%7e', '%', '%2', '%zz%41', '%C3%BC', '%C3', '%FF',
           'ü%20x', '%e2%82%ac!', 'x%2Fy%2f', '%%41', 'a%+b']
for e in ENCODED:
    print(repr(e), repr(unquote(e)), repr(unquote_plus(e)), unquote_to_bytes(e))
print(unquote(b'a%20%FF'), unquote('%E9', encoding='latin-1'), unquote('%FF', errors='ignore'),
      unquote('%FF', errors='strict') if False else '', unquote_to_bytes(b'%41%'),
      unquote_plus('%2B+x', encoding='ascii'))
try:
    unquote('%FF', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)

print(urlencode({'a': 1, 'b': 'x y', 'c': 'ä&=/'}))
print(urlencode([('k', 'v1'), ('k', 'v2'), (b'by', b't e')]))
print(urlencode({'l': [1, 2, 'x y'], 's': 'str', 'b': b'by', 'n': 3, 't': ('a', b'b')}, doseq=True))
print(urlencode({'l': [1, 2]}), urlencode({'p': 'a/b c'}, safe='/'),
      urlencode({'p': 'a/b c'}, quote_via=quote), urlencode({'p': 'é'}, encoding='latin-1'),
      urlencode([]), urlencode({}), urlencode({'x': None, True: 1.5}))
for bad in ['str', [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print('TypeError', e, type(e.__cause__).__name__ if e.__cause__ else None)

QS = ['a=1&b=2&a=3', 'a=&b', 'a=1;b=2', '&&a=1&&', 'x+y=%41+b&z=%zz', '=v&k=', 'k=v=w', '',
      'a=%C3%BC&%E2%82%AC=1', 'a=1&b']
for qs in QS:
    print(repr(qs), parse_qs(qs), parse_qsl(qs), parse_qs(qs, keep_blank_values=True),
          parse_qsl(qs, True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs(b'a=1&b=%20', True), parse_qsl(b'x=y&z'),
      parse_qsl('a=%E9', encoding='latin-1'), parse_qsl('a=1&b=2', max_num_fields=2))
for call in [lambda: parse_qsl('a=1&b', strict_parsing=True),
             lambda: parse_qsl('a=1&&b=2', strict_parsing=True),
             lambda: parse_qsl('a&b&c', max_num_fields=2),
             lambda: parse_qsl('a=1', separator=''), lambda: parse_qsl('a=1', separator=None),
             lambda: parse_qs('a=1', separator=b'&')]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(unwrap('<URL:http://x/>'), unwrap('  <http://y>  '), unwrap('URL:z'))
print(urllib.parse.uses_netloc[:3], 'https' in urllib.parse.uses_relative, urllib.parse.scheme_chars[-3:])
