# unicodedata.normalize and is_normalized: NFC, NFD, NFKC, NFKD on chosen strings
# (combining marks out of order, blocked compositions, Hangul, singletons, exclusions,
# compatibility forms) and on seeded random strings of such characters.
import random
import unicodedata as u

cases = ['', 'plain ascii', 'caf\u00e9', 'cafe\u0301', 'e\u0301\u0323', 'e\u0323\u0301', 'a\u0301\u0301',
         '\u1100\u1161\u11a8', '\uac00\u11a8', '\ud55c\uad6d\uc5b4', '\u1100\u1161', '\u212b', '\u2126',
         'A\u030a', '\u0958', '\u0344', '\u0f73', '\ufb01 \u2460 \u00bd \u2167 \uff21', '\u1e9b\u0323',
         'o\u0308\u0304', '\u00f6\u0304', 'a\u0328\u0301\u0307', 'x\u0300\u0315\u0301', '\U0001d15e',
         '\u03d3\u03d4', 'q\u0307\u0323', '\u0041\u0306\u0301\u0323', '\u05d0\u05b8\u05b7']
for s in cases:
    row = [ascii(s)]
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        n = u.normalize(form, s)
        row.append(ascii(n))
        row.append(str(u.is_normalized(form, s))[0])
    print(' '.join(row))

pool = ('aeiouAEIOU\u00e9\u00c5\u1e9b\u0301\u0300\u0323\u0308\u0304\u0328\u0327\u0345\u05b8\u0f71\u0f72'
        '\u1100\u1161\u11a8\uac00\u212b\ufb03\u00bd\u3300\uff76\u0345\u1f80\u0399')
rng = random.Random(11)
forms = ['NFC', 'NFD', 'NFKC', 'NFKD']
seen = []
for i in range(400):
    s = ''.join(rng.choice(pool) for _ in range(rng.randint(1, 8)))
    parts = [u.normalize(f, s) for f in forms]
    seen.append(ascii(parts))
    for f, n in zip(forms, parts):
        assert u.normalize(f, n) == n, (f, s)
print(len(set(seen)), seen[:3])
print(hash(tuple(seen)) == hash(tuple(seen)), sum(len(x) for x in seen))
for args in [('NFX', 'a'), (3, 'a'), ('NFC', 3), ('nfc', 'a')]:
    try:
        u.normalize(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.is_normalized('NFY', 'x')
except ValueError as e:
    print(e)
