# The stateless CJK codecs: names and aliases, round trips, the areas where glibc's iconv
# and CPython differ (vendor extensions, 0x5c/0x7e, gb18030's four-byte ranges, big5hkscs
# and JIS X 0213 pairs, euc_kr's make-up sequences) and the error texts and positions.
import codecs

for alias in ['sjis', 'csbig5', 'ms936', 'eucjp', 'ujis', 'uhc', 'ms949', 'cp936', 'big5-tw', 'hkscs',
              'ms_kanji', 'S_JIS', 'euc-cn', 'GB2312-1980', 'gb18030_2000', 'ks_c-5601', 'cp1361',
              'shiftjis2004', 'jisx0213', 'euc_jisx0213', 'x-mac-japanese', '950', 'ms932']:
    print(alias, codecs.lookup(alias).name)

STATELESS = ['gb2312', 'gbk', 'gb18030', 'big5', 'big5hkscs', 'cp950', 'cp932', 'shift_jis', 'shift_jis_2004',
             'shift_jisx0213', 'euc_jp', 'euc_jis_2004', 'euc_jisx0213', 'euc_kr', 'cp949', 'johab']
TEXTS = ['plain ascii', '中文字符', '繁體中文', '日本語のテキスト', 'ｶﾀｶﾅ', '한국어 텍스트', '갂똠', '①②③',
         'ÀÊ̄ê̌', 'か゚き゚', '€£¥‾\\~', '〜～∥－￢', '𠀋𪚲', '\x80\xa0']
for enc in STATELESS:
    for text in TEXTS:
        try:
            b = text.encode(enc)
        except UnicodeEncodeError as e:
            print(enc, repr(text), 'encode error', e.start, e.end, e.reason)
            continue
        back = b.decode(enc)
        print(enc, repr(text), b.hex(), 'same' if back == text else repr(back))

# bytes whose decoding differs between iconv and CPython
CASES = {
    'shift_jis': [b'\x5c\x7e', b'\x81\x5f', b'\x81\x60', b'\x81\x91', b'\x81\xca', b'\xa1\xdf', b'\x87\x40', b'\xfa\x40'],
    'cp932': [b'\x80', b'\xa0', b'\xfd\xfe\xff', b'\x81\x60', b'\x87\x40', b'\xed\x40', b'\xfa\x40', b'\xfc\x4b', b'\x81\x5f'],
    'shift_jis_2004': [b'\x5c\x7e', b'\x81\x5c', b'\x81\x5f', b'\x81\xb0', b'\x82\xf5', b'\x86\x63', b'\xfc\xf4'],
    'euc_jp': [b'\x5c\x7e', b'\xa1\xc1', b'\xa1\xc0', b'\x8e\xb1', b'\x8f\xa2\xb7', b'\x8f\xb0\xa1', b'\xad\xa1'],
    'euc_jis_2004': [b'\xa1\xbd', b'\xa2\xd6', b'\xa4\xf7', b'\x8f\xa1\xa1', b'\xae\xa1'],
    'gbk': [b'\x80', b'\xa1\xa4', b'\xa1\xaa', b'\xa8\x44', b'\x81\x40', b'\xfe\x4f', b'\xa2\xe3'],
    'gb2312': [b'\xa1\xa4', b'\xa1\xaa', b'\xa8\x44'],
    'gb18030': [b'\xa6\xd9', b'\xa8\xbc', b'\xfe\x51', b'\x81\x30\x81\x30', b'\x84\x31\xa4\x39', b'\x90\x30\x81\x30',
                b'\xe3\x32\x9a\x35', b'\x84\x31\xa5\x30', b'\x80', b'\xff'],
    'big5': [b'\xa1\x45', b'\xa1\x4e', b'\xa1\xc2', b'\xa1\xe3', b'\xa2\x41', b'\xa2\x44', b'\xc6\xa1', b'\xf9\xd6', b'\x80'],
    'cp950': [b'\xa1\x45', b'\xa1\xc2', b'\xc6\xa1', b'\xf9\xd6', b'\xf9\xfe', b'\x80', b'\xa3\xe1'],
    'big5hkscs': [b'\x88\x62', b'\x88\x64', b'\x88\xa3', b'\x88\xa5', b'\x87\x7a', b'\x87\x40', b'\xfe\xfe', b'\x88\x66'],
    'euc_kr': [b'\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa2', b'\xa4\xd4\xa4\xbe\xa4\xd3\xa4\xd4', b'\xa4\xd4', b'\xa4\xd4\xa4\xa1',
               b'\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xff', b'\xa4\xa1', b'\x80', b'\xc9\xa1'],
    'cp949': [b'\x81\x41', b'\xa4\xd4', b'\xc9\xa1', b'\xfe\xfe', b'\xc6\x52'],
    'johab': [b'\x5c', b'\x84\x41', b'\x84\x42', b'\x88\x61', b'\xd9\x31', b'\xe0\x31', b'\xf9\xfe', b'\x84\x44'],
}
for enc, seqs in CASES.items():
    for seq in seqs:
        try:
            print(enc, seq.hex(), ascii(seq.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, seq.hex(), 'decode error', e.start, e.end, e.reason)

# characters whose encoding differs
CHARS = '\\~¥‾—―‖∥〜～－￢¢£¬¦ⅰ①㈱纊髙ḿ︐€¤·〃〜丟䶮𠂇'
for enc in STATELESS:
    row = []
    for ch in CHARS:
        try:
            row.append(ch.encode(enc).hex())
        except UnicodeEncodeError:
            row.append('-')
    print(enc, ' '.join(row))

# error texts, positions and handlers
for enc, data in [('gbk', b'a\x81'), ('gbk', b'a\x81\x20x'), ('shift_jis', b'\x81'), ('euc_jp', b'\x8f\xa2'),
                  ('gb18030', b'\x81\x30\x81'), ('gb18030', b'\x81\x30\x81\x20'), ('big5', b'\xa1\x30'),
                  ('euc_kr', b'\xa4\xd4'), ('cp932', b'\x81\x7f')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end, repr(e.object))
for enc, text in [('gb2312', '€€'), ('shift_jis', 'a한'), ('gbk', 'a\ud800b'), ('big5', '𝄞'), ('euc_kr', 'x\x80')]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.start, e.end)
for errors in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    print(errors, ascii(b'a\x81\x20x\xff\xa1'.decode('gbk', errors)), ascii(b'\x81\x30\x81'.decode('gb18030', errors) if errors != 'surrogateescape' else ''))
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
    print(errors, ('a\udc80b' if errors == 'surrogateescape' else 'a€𝄞b').encode('gb2312', errors))
for errors in ['surrogatepass', 'bogus', 'xmlcharrefreplace']:
    try:
        print(b'\x81'.decode('gbk', errors))
    except Exception as e:
        print(type(e).__name__, e)
try:
    '€'.encode('gbk', 'bogus')
except LookupError as e:
    print(type(e).__name__, e)
print(codecs.encode(123, 'gbk'), codecs.decode(b'\xc4\xe3', 'gbk'))
try:
    codecs.decode('x', 'gbk')
except TypeError as e:
    print(e)

# shift_jis' bytes that start nothing are illegal even at the end; surrogateescape stops
# at an ASCII byte inside a cut-short sequence and decoding goes on from there
for enc, data in [('shift_jis', b'\x80'), ('shift_jis', b'\xa0'), ('shift_jis', b'\xf0'), ('shift_jis_2004', b'\xfd'),
                  ('cp932', b'\x81'), ('euc_jisx0213', b'\xae\xa1'), ('euc_jis_2004', b'\xae\xa1')]:
    try:
        print(enc, data, ascii(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, data, e.start, e.end, e.reason)
print(ascii(b'\x81\x30\xfe'.decode('gb18030', 'surrogateescape')), ascii(b'\x8f\xa1'.decode('euc_jp', 'surrogateescape')))
try:
    b'\x81\x30'.decode('gb18030', 'surrogateescape')
except UnicodeDecodeError as e:
    print(e)
