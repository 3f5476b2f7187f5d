# The CJK codecs' incremental and stream codecs: a character split across chunks, iso2022
# state across chunks and writes, getstate/setstate, iterdecode/iterencode, open().
import codecs
import io
import os
import tempfile

text = '中文 and 日本語, 한국어 too'
for enc in ['gbk', 'gb18030', 'big5', 'shift_jis', 'cp932', 'euc_jp', 'euc_kr', 'cp949', 'johab', 'big5hkscs',
            'iso2022_jp', 'iso2022_jp_2', 'iso2022_kr', 'hz']:
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = '中文 and 日本語'.encode(enc, 'replace')
    want = data.decode(enc)
    for size in (1, 2, 3, 5):
        d = codecs.getincrementaldecoder(enc)()
        got = ''.join(d.decode(data[i:i + size]) for i in range(0, len(data), size)) + d.decode(b'', True)
        assert got == want, (enc, size, got)
    e = codecs.getincrementalencoder(enc)()
    pieces = [e.encode(ch) for ch in want] + [e.encode('', True)]
    print(enc, len(data), b''.join(pieces) == data, pieces[:4])

d = codecs.getincrementaldecoder('gbk')()
print(repr(d.decode(b'a\xc4')), d.getstate(), repr(d.decode(b'\xe3b')), d.getstate())
d.decode(b'\xc4')
try:
    d.decode(b'', final=True)
except UnicodeDecodeError as e:
    print(e, repr(e.object))
d.reset()
print(repr(d.decode(b'\xc4\xe3')))
d = codecs.getincrementaldecoder('iso2022_jp')()
print(repr(d.decode(b'\x1b$')), repr(d.decode(b'BF|')), repr(d.decode(b'K')), repr(d.decode(b'\\\x1b(Bx', True)))
d = codecs.getincrementaldecoder('euc_kr')()
print(repr(d.decode(b'\xa4\xd4\xa4\xa1')), repr(d.decode(b'\xa4\xbf\xa4\xa2!')))
e = codecs.getincrementalencoder('iso2022_jp')()
print(e.encode('a中'), e.encode('b'), e.encode('中'), e.encode('', final=True))
e = codecs.getincrementalencoder('hz')()
print(e.encode('中'), e.encode('文'), e.encode('', True), e.encode('x'))

print(list(codecs.iterdecode([b'\xc4', b'\xe3\xba', b'\xc3'], 'gbk')))
print(list(codecs.iterencode(['中', '文', 'x'], 'iso2022_jp')))

buf = io.BytesIO()
w = codecs.getwriter('iso2022_jp')(buf)
w.write('中')
print(buf.getvalue())
w.write('x')
print(buf.getvalue())
r = codecs.getreader('gbk')(io.BytesIO('中文abc\n第二行\n'.encode('gbk')))
print(repr(r.read(1)), repr(r.readline()), repr(r.read()))
info = codecs.lookup('shift_jis')
print(info.name, info.encode('日本'), info.decode(b'\x93\xfa\x96\x7b'))

path = os.path.join(tempfile.mkdtemp(), 'cjk.txt')
for enc in ['gbk', 'shift_jis', 'euc_kr', 'big5']:
    with open(path, 'w', encoding=enc) as f:
        f.write('第一行 line\n')
        f.write('第二行\n')
    with open(path, 'rb') as f:
        raw = f.read()
    with open(path, encoding=enc) as f:
        print(enc, raw == '第一行 line\n第二行\n'.encode(enc), f.readlines())
with open(path, 'wb') as f:
    f.write(b'ok\x81\n')
with open(path, encoding='gbk', errors='replace') as f:
    print(ascii(f.read()))
try:
    with open(path, encoding='gbk') as f:
        f.read()
except UnicodeDecodeError as e:
    print(e)
os.remove(path)

# a text file in iso2022_jp keeps its shift state across writes and never shifts back
path = os.path.join(tempfile.mkdtemp(), 'jp.txt')
with open(path, 'w', encoding='iso2022_jp') as f:
    f.write('中')
    f.write('中')
    f.write('a')
    f.write('文')
with open(path, 'rb') as f:
    print(f.read())
with open(path, encoding='iso2022_jp') as f:
    print(f.read())
os.remove(path)
