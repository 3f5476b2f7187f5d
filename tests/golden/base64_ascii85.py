# base64's Ascii85 (a85encode/a85decode) and the file-object encode/decode, against CPython 3.11
import base64, io

samples = [b'', b'\0', b'\0\0\0\0', b'\0\0\0\0\0', b'    ', b'    x', b'hello world', bytes(range(256)),
           b'\xff\xff\xff\xff', b'Man is distinguished', b'\0\0\0\0    \0\0']
for data in samples:
    for kw in [{}, {'foldspaces': True}, {'pad': True}, {'adobe': True}, {'wrapcol': 7},
               {'wrapcol': 1, 'adobe': True}, {'wrapcol': 2, 'adobe': True}, {'adobe': True, 'wrapcol': 10, 'pad': True},
               {'foldspaces': True, 'pad': True}]:
        enc = base64.a85encode(data, **kw)
        dec_kw = {k: v for k, v in kw.items() if k in ('foldspaces', 'adobe')}
        dec = base64.a85decode(enc, **dec_kw)
        print(repr(enc)[:80], dec == data or (kw.get('pad') and dec.rstrip(b'\0') == data.rstrip(b'\0')))
print(base64.a85encode(bytearray(b'abc')), base64.a85encode(memoryview(b'abcd')))
print(base64.a85decode('87cURD]i,"Ebo80'), base64.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True))
print(base64.a85decode(b'87cUR D]i,\n"Ebo80'), base64.a85decode(b'z!!'), base64.a85decode(b'y', foldspaces=True))
print(base64.a85decode(b'87cURD]i,"Ebo80~>', adobe=True), base64.a85decode(b'87cU.RD', ignorechars=b'.'))
for bad in [lambda: base64.a85decode(b'87cURD]i,"Ebo80', adobe=True), lambda: base64.a85decode(b'uuuuu'),
            lambda: base64.a85decode(b'!!z'), lambda: base64.a85decode(b'!y', foldspaces=True),
            lambda: base64.a85decode(b'abc\xffd'), lambda: base64.a85decode(b'ab{'), lambda: base64.a85decode('é'),
            lambda: base64.a85decode(b'y'), lambda: base64.a85encode('text'), lambda: base64.a85encode(b'x', 1),
            lambda: base64.a85encode(), lambda: base64.a85encode(b'x', wrapcol='2'), lambda: base64.a85decode(b'a b', ignorechars='x'),
            lambda: base64.a85encode(b'x', bogus=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

src = io.BytesIO(bytes(range(200)) * 3)
out = io.BytesIO()
base64.encode(src, out)
print(out.getvalue().decode())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(200)) * 3)
class Trickle:  # a reader that hands out at most 10 bytes per read
    def __init__(self, data): self.data = data
    def read(self, n):
        chunk, self.data = self.data[:min(n, 10)], self.data[min(n, 10):]
        return chunk
out = io.BytesIO()
base64.encode(Trickle(b'x' * 130), out)
print(out.getvalue())
print(base64.MAXLINESIZE, base64.MAXBINSIZE)
try:
    base64.encode(io.StringIO('abc'), io.BytesIO())
except TypeError as e:
    print('TypeError', e)
