# unicode_escape and raw_unicode_escape in both directions, with CPython's error texts and positions
import codecs
import unicodedata  # \N{...} needs it linked in (trc)

for s in ['abc', 'é\n\t\r\\\'"', '\u20ac\U0001f600\x00\x7f\x1f', '\udcff\ud800x', '']:
    print(s.encode('unicode_escape'), s.encode('raw_unicode_escape'), codecs.encode(s, 'unicode-escape'))

cases = [b'a\\n\\x41\\u20ac\\U0001f600', b'\\N{EURO SIGN}\\N{latin small letter a}', b'\\101\\0\\777\\a\\b\\f\\v\\\'\\"',
         b'line\\\nnext', b'\xe9\xff', b'\\\\u20ac', b'\\\\\\u20ac', b'\\u20ac\xe9\\x', b'ab\\u12', b'\\U00110000',
         b'\\N{NO SUCH NAME}', b'\\N{}', b'\\Nx', b'\\N{EURO', b'end\\', b'\\x4g', b'\\U0010ffff', b'\\u']
for b in cases:
    for c in ('unicode_escape', 'raw_unicode_escape'):
        try:
            print(c, ascii(b.decode(c)))
        except UnicodeDecodeError as e:
            print(c, type(e).__name__, e, e.start, e.end, e.reason)

for errors in ('ignore', 'replace', 'backslashreplace'):
    print(errors, ascii(b'a\\u12zb\\x'.decode('unicode_escape', errors)), ascii(b'a\\u12zb'.decode('raw_unicode_escape', errors)))
print(codecs.decode(b'\\u00e9', 'unicode_escape'), codecs.lookup('unicode_escape').name, codecs.lookup('raw-unicode-escape').name)
s = 'mixed é € \U0001f600 \\ \x00'
print(s.encode('unicode_escape').decode('unicode_escape') == s, s.encode('raw_unicode_escape').decode('raw_unicode_escape') == s)
try:
    b'\\q'.decode('unicode_escape', 'bogus')
except LookupError as e:
    print(type(e).__name__, e)
try:
    b'\\x'.decode('unicode_escape', 'bogus')
except LookupError as e:
    print(type(e).__name__, e)
