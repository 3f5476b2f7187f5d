# unicodedata character properties: category, bidirectional, combining, mirrored,
# east_asian_width, decomposition, decimal/digit/numeric and names, over whole blocks
# of code points (digests) and for chosen characters, with the error texts.
import hashlib
import unicodedata as u

print(u.unidata_version)


def digest(f, ranges):
    h = hashlib.sha1()
    for lo, hi in ranges:
        for cp in range(lo, hi):
            h.update(repr(f(chr(cp))).encode())
    return h.hexdigest()[:16]


blocks = [(0, 0x3400), (0xA000, 0xAC10), (0xD7A0, 0xD800), (0xF900, 0x10200), (0x1D100, 0x1D800),
          (0x1F000, 0x1FB00), (0x20000, 0x20010), (0x2FA00, 0x2FA20), (0xE0000, 0xE0080), (0x10FFF0, 0x110000)]
for f in [u.category, u.bidirectional, u.combining, u.mirrored, u.east_asian_width, u.decomposition,
          lambda c: (u.decimal(c, None), u.digit(c, None), u.numeric(c, None)),
          lambda c: u.name(c, None)]:
    print(digest(f, blocks))

for c in 'aZ5 ½\u00e9\u0301\u05d0\u0663\u00b2\u2167\u4e07\uac00\ud7a3\u4e00\uf900\U0001F600\U000E0001\ufb01\u2460(':
    print('%04X' % ord(c), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.mirrored(c),
          u.east_asian_width(c), repr(u.decomposition(c)), u.decimal(c, '-'), u.digit(c, '-'),
          u.numeric(c, '-'), u.name(c, '?'))

for name in ['LATIN SMALL LETTER A', 'latin small letter e with acute', 'EURO SIGN', 'SNOWMAN',
             'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E2D', 'CJK COMPATIBILITY IDEOGRAPH-2F800',
             'LATIN CAPITAL LETTER GHA', 'BYTE ORDER MARK', b'DIGIT SEVEN']:
    print(repr(u.lookup(name)))
names = [u.name(chr(cp)) for cp in range(0x20, 0x7f)] + [u.name(chr(cp)) for cp in range(0x1F600, 0x1F650)]
print(all(u.lookup(n) == chr(cp) for n, cp in zip(names, list(range(0x20, 0x7f)) + list(range(0x1F600, 0x1F650)))))
print(u.name('\x00', 'no name'), u.numeric('x', 0.5))

for f, args in [(u.lookup, ('NO SUCH THING',)), (u.lookup, ('A' * 300,)), (u.name, ('\x00',)),
                (u.name, ('ab',)), (u.category, ('',)), (u.combining, (5,)), (u.decimal, ('x',)),
                (u.digit, ('x',)), (u.numeric, ('x',)), (u.decimal, ('xy',)), (u.mirrored, (None,))]:
    try:
        print(f(*args))
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
u.lookup('HANGUL SYLLABLE ZZZ')
