# os.fsencode/os.fsdecode with 'surrogateescape', and file names that are not UTF-8
# going through listdir, scandir, open, stat and unlink as CPython's lone surrogates;
# sys.getfilesystemencodeerrors and the sys.prefix family
import os
import sys
import tempfile

print(ascii(os.fsdecode(b'\xff')), os.fsdecode(b'\xff') == '\udcff')
print(os.fsencode('\udcff'), os.fsencode('\udc80abc\udcfe'))
print(ascii(os.fsdecode(b'a\xff\xfeb\xc3\xa9\xe2\x82')))
for raw in (b'', b'plain', b'\x80\x81', b'caf\xc3\xa9', b'\xed\xa0\x80', b'\xf0\x9f\x98\x80x\xf0'):
    s = os.fsdecode(raw)
    print(ascii(s), os.fsencode(s) == raw)
print(os.fsencode('abc'), os.fsencode(b'xyz'), os.fsdecode('x'), os.fsdecode(b'x'))
print(os.fsencode('caf\u00e9 \U0001f600'))

class P:
    def __init__(self, v):
        self.v = v
    def __fspath__(self):
        return self.v

print(os.fsencode(P('p\udcff')), ascii(os.fsdecode(P(b'q\xff'))))
for bad in (1, None, [1], P(3)):
    for f in (os.fsdecode, os.fsencode):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, e)
for bad in ('\ud800', 'x\udc7f', '\udfff'):
    try:
        os.fsencode(bad)
    except UnicodeEncodeError as e:
        print(e)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())

d = tempfile.mkdtemp()
with open(os.path.join(os.fsencode(d), b'n\xffx'), 'wb') as f:
    f.write(b'hi')
names = os.listdir(d)
print([ascii(n) for n in names], os.listdir(os.fsencode(d)))
print([(ascii(e.name), ascii(os.path.basename(e.path)), e.is_file()) for e in os.scandir(d)])
path = os.path.join(d, names[0])
with open(path) as f:
    print(f.read())
print(os.path.exists(path), os.stat(path).st_size, os.path.getsize(os.fsencode(path)))
os.rename(path, os.path.join(d, 'r\udcfe'))
print([ascii(n) for n in os.listdir(d)])
try:
    open(os.path.join(d, '\ud800'))
except UnicodeEncodeError as e:
    print(e.encoding, e.reason, e.start - len(d), e.end - len(d))
try:
    os.stat(os.path.join(d, 'x\ud800'))
except UnicodeEncodeError as e:
    print(e.encoding, e.reason, e.start - len(d), e.end - len(d))
os.unlink(os.path.join(d, 'r\udcfe'))
os.rmdir(d)

print(type(sys.prefix).__name__, sys.prefix == sys.base_prefix == sys.exec_prefix == sys.base_exec_prefix)
print(os.path.isabs(sys.prefix), os.path.isdir(sys.prefix))
