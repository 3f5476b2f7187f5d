# The stateful CJK codecs: iso2022_jp and its variants, iso2022_kr and hz; escape
# sequences and shifts, errors inside a designation, the sets each variant knows.
import codecs

for alias in ['csiso2022jp', 'iso2022jp-2', 'iso-2022-jp-ext', 'ISO2022KR', 'hz-gb-2312', 'hzgb', 'iso2022jp_2004',
              'iso2022_jp_3', 'iso2022jp-1']:
    print(alias, codecs.lookup(alias).name)

CODECS = ['iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext',
          'iso2022_kr', 'hz']
TEXTS = ['ascii only', '日本語 text', 'ｶﾀｶﾅ', '中文', '한국어', '¥‾', 'Ωé', '丂', 'か゚', '𠀋', '~{}~', 'a\nb\r\n中\n']
for enc in CODECS:
    for text in TEXTS:
        try:
            b = text.encode(enc)
        except UnicodeEncodeError as e:
            print(enc, repr(text), 'encode error', e.start, e.end, e.reason)
            continue
        print(enc, repr(text), b, 'same' if b.decode(enc) == text else ascii(b.decode(enc)))

DATA = [b'\x1b$BF|K\\\x1b(B', b'\x1b$@F|\x1b(J\\~\x1b(B\\', b'\x1b(I1\x1b(B', b'\x1b$(DB7\x1b(B', b'\x1b$A<S\x1b(B',
        b'\x1b$(C0!\x1b(B', b'\x1b.A\x1bNi', b'\x1b.F\x1bNa', b'\x1b&@\x1b$B0!\x1b(B', b'\x1b$)C\x0e0!\x0fa',
        b'\x1b$)C\x0e0!\na', b'~{<:~}a~~b~\nc', b'~{<:', b'\x1b$B0', b'\x1b$', b'\x1b', b'\x1b$B\x7f\x7f', b'\x1b$Z',
        b'\x1b(Z', b'\x1bxyz', b'\x80', b'\x1b$B0!\x80', b'~x', b'~', b'\x1b$(Q.!\x1b(B', b'\x1b$(P!!\x1b(B',
        b'\x1b$(O.!\x1b(B', b'\x1b$B \x1b(B', b'\x1b$(Dxx']
for enc in CODECS:
    for data in DATA:
        try:
            print(enc, data, ascii(data.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, data, 'decode error', e.start, e.end, e.reason)
        print(enc, data, 'replace', ascii(data.decode(enc, 'replace')))

for enc in ['iso2022_jp', 'iso2022_kr', 'hz']:
    for errors in ['replace', 'backslashreplace', 'xmlcharrefreplace', 'ignore']:
        print(enc, errors, '中€文a€'.encode(enc, errors))
    try:
        '中€'.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e)

# where the iso2022 sets differ from the euc codecs they share characters with
for enc, data in [('iso2022_jp_1', b'\x1b$(D"7'), ('iso2022_jp_2004', b'\x1b$(Q"2'), ('iso2022_jp_3', b'\x1b$(P};'),
                  ('iso2022_jp_2004', b'\x1b$(P};'), ('iso2022_kr', b'\x1b$)C\x0e$T'), ('iso2022_jp_2', b'\x1b$(C$T'),
                  ('iso2022_jp_2004', b'\x1b$(P"/'), ('hz', b'~{~~'), ('hz', b'~{~\n')]:
    try:
        print(enc, data, ascii(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, data, e.start, e.end, e.reason)
for enc in ['iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_1']:
    for ch in ['\uff5e', '\u9b1c', '\u010a', 'か\u309a']:
        try:
            print(enc, ascii(ch), ch.encode(enc))
        except UnicodeEncodeError as e:
            print(enc, ascii(ch), e.start, e.end)
