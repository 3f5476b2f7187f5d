import re

# Search for pattern
text = "The quick brown fox"
match = re.search(r"quick", text)
if match:
    print("Found:", match.group())

# Find all matches
text = "cat bat rat"
matches = re.findall(r"\w+at", text)
print(matches)  # ['cat', 'bat', 'rat']

# Replace pattern
result = re.sub(r"\d+", "X", "I have 3 cats and 2 dogs")
print(result)  # "I have X cats and X dogs"

# Split by pattern
parts = re.split(r"\s+", "split   by   spaces")

# Compile pattern for reuse
pattern = re.compile(r"\d+")
matches = pattern.findall("1 2 3 4 5")

# Groups
text = "John: 30, Jane: 25"
match = re.search(r"(\w+): (\d+)", text)
if match:
    print(match.group(1))  # Name
    print(match.group(2))  # Age

# ---- beyond the spec: what the examples computed
print(parts, matches)

# ---- empty matches (Python 3.7+)
print(re.findall(r'|a', 'a'), re.sub('x*', '-', 'abxd'), re.split(r'\b', 'a b'))
print(re.findall(r'a*', 'baaac'), re.split(r'x*', 'axbc'), re.subn(r'', '-', 'abc'))
print(re.split(r'(,)(;)?', 'a,b,;c'), re.split(',', 'a,b,c,d', maxsplit=2), re.split(',', 'a,b', -1))
print(re.split(r'(a)|b', 'xaybz'), re.sub('a', 'b', 'aaa', -1))

# ---- groups
m = re.match(r'(a)(b)?(?P<c>c)?', 'ac')
print(m.groups(), m.groups('-'), m.group(0, 1, 2, 'c'), m.groupdict(), m.lastindex, m.lastgroup)
print(m.span(2), m.start(3), m.end('c'), m.start(2), m.end(2))
print(m[0], m[1], m['c'], m[2], m.string, m.re, m.pos, m.endpos, m.regs)
print(re.findall(r'(a)(b)?', 'aab'), re.findall(r'(\w)=(\d)', 'a=1 b=2'), re.findall(r'(\w)\d', 'a1b2'))
for m in re.finditer(r'((a)b)|(c)', 'abcab'):
    print(m.span(), m.lastindex, m.groups())
print(re.match(r'((a))', 'a').lastindex, re.match(r'(a)()', 'a').lastindex, re.match(r'(a)|(b)', 'b').lastindex)
print(re.match('a', 'a').lastindex, re.match('(?P<x>a)(b)', 'ab').lastgroup)
m = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)', 'on 2024-05-06')
print(m.groupdict(), m.group('year', 'month'), m.span('month'), m.expand(r'\g<month>/\g<year>'))

# ---- unicode text: indices are code points
t = 'héllo wörld ñ 日本語 x'
for m in re.finditer(r'\w+', t):
    print(m.span(), m.group(), repr(m))
print(re.search('本', t).start(), re.sub(r'(\w)(\w*)', r'\2\1', t), re.findall(r'\d', '12٣'))
print(re.search(r'\w+', 'héllo', re.ASCII), re.findall(r'(?a)\w+', 'héllo'))
s = '\x1c a\tb\u00a0c\u2003d\u3000e\x85f\n'
print(re.findall(r'\s', s), re.findall(r'\S+', s), re.findall(r'[\s]', s), re.findall(r'\s', s, re.A))
print(re.findall(r'\w+', 'e\u0301 x² ٣4 _a ß Ω'), re.findall(r'\d', '²٣4߀'), re.findall(r'\b\w', 'a-b c'))
print(re.findall('k', 'K\u212ak', re.I), re.findall(r'[a-z]+', 'ÀbcÉ', re.I), re.findall('é', 'É', re.I))
print(re.findall('.', 'a\U0001F600b'), re.search('b', 'a\U0001F600b').span(), re.sub('', '|', 'é😀'))
print(re.findall(r'[^a]', 'aé'), re.split(r'(?<=é)', 'aébéc'))

# ---- flags
print(re.findall(r'^a.', 'ab\nac\nA\n', re.M | re.I), re.findall(r'a.b', 'a\nb', re.S), re.findall('(?s)a.b', 'a\nb'))
p = re.compile(r'''
   (\d+)  # number
   \s*    # space
   ([a-z]+) # word
''', re.VERBOSE)
print(p.findall('12 ab 3cd'), p.flags, p.groups, p.groupindex)
print(re.compile('(?i)a').flags, re.compile(b'a').flags, re.compile('a', re.I | re.M), re.compile(b'x', re.I))
print(re.compile('(?P<first>a)(?P<second>b)').groupindex, re.findall(r'(?x) a b  # c', 'ab'))
print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, repr(re.A | re.I), re.I | re.M, repr(re.NOFLAG))
print(re.I | 1024, re.I + 1, re.I & re.M, f'{re.I}', re.I == 2, 3 | re.I)

# ---- pos / endpos
p = re.compile(r'\d')
print(p.search('a1b2', 2), p.match('a1b2', 1), p.findall('1234', 1, 3), p.fullmatch('12', 1), p.search('12', 5))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1), p.search('12', -5), p.findall('123', 2, 1))
print(p.match('a1b2', pos=3, endpos=4).span(), list(p.finditer('x1y2', 2)))

# ---- sub / subn templates and callables
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.sub(r'(?P<x>\d)', r'<\g<x>\g<1>>', 'a1b2'))
print(re.sub('a', r'\n\t\\', 'xax') == 'x\n\t\\x', re.sub('(a)', r'\g<0>\0\101', 'a'), re.sub('a', r'\.', 'a'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'), re.sub(r'\d', 'X', 'a1b2c3', count=2))
print(re.subn(r'\d', 'X', 'a1b2c3'), re.match(r'(\w+) (\w+)', 'ab cd').expand(r'\2-\1'), re.sub(r'(b)?c', r'[\1]', 'ac'))
print(re.compile(r'\s+').sub(' ', 'a  b \t c'), re.compile('o').subn('0', 'foo', 1))

# ---- other functions
print(re.escape('a.b*c?d e\n-_1'), re.escape(b'a.b'), re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'))
print(re.fullmatch(r'a|ab', 'ab'), re.match('a', 'ba'), re.search(r'a\Z', 'a\n'), re.search(r'a$', 'a\n'))
print(re.findall(r'x{,2}', 'xxx'), re.findall('\u00e9', 'é'), re.findall(r'\u00e9', 'é'), re.findall(r'[\u00e0-\u00ff]+', 'àéx'))
print(re.findall(r'(?P<q>[\'"]).*?(?P=q)', 'a "b" \'c\''), re.findall(r'(a)\1', 'aa ab'))
print(re.findall(r'(?<=a)b', 'ab cb'), re.findall(r'(?<!a)b', 'ab cb'), re.findall(r'a(?=b)', 'ab ac'))
print(re.findall(r'(a)(b)\2\1', 'abba'), re.findall(r'\141', 'a'), re.findall(r'(?P<w>\w)(?P=w)', 'aabcc'))
print(re.compile('a') is re.compile('a'), re.compile('a') == re.compile('a'))
re.purge()
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), repr(re.compile('a\n')))
print(isinstance(re.compile('a'), re.Pattern), type(re.match('a', 'a')) is re.Match, issubclass(re.error, Exception))

# ---- bytes
print(re.findall(rb'\d+', b'a12b3'), re.sub(rb'(\d)', rb'<\1>', b'a1'), re.split(rb',', b'a,b'), re.match(rb'a', b'ab'))
print(re.findall(b'a', bytearray(b'aa')), re.search(b'b', memoryview(b'ab')), re.findall(rb'\w+', 'é'.encode() + b' ab'))

# ---- errors
for pat in ['*a', 'a**', '(a', 'a)', '[a', '\\q', 'a{3,2}', '[z-a]', '\\', '(?P<n>a)(?P<n>b)', '(?P=x)', '\\2(a)',
            '(?P<>a)', '(?P<a', '(?P=a', '(?P<a>x)(?P=a', '(a\\1)', '(?P<a>(?P=a))', '\\10', 'x{5,3}', '[a-\\d]',
            '(?P<n!>x)', 'ab\n(c', '(?<=a*)b']:
    try:
        re.compile(pat)
        print(repr(pat), 'ok')
    except re.error as e:
        print(repr(pat), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
for args in [('a', 1), (b'a', 'a'), ('a', b'a')]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
for f in [lambda: re.match('(a)', 'a').group(2), lambda: re.match('(a)', 'a')['x'], lambda: re.sub('(a)', r'\g<x>', 'a')]:
    try:
        f()
    except IndexError as e:
        print('IndexError', e)
for repl in [r'\2', r'\g<1', r'\g<a-b>', '\\', r'\q', r'\g<5>']:
    try:
        re.sub('(a)', repl, 'a')
    except re.error as e:
        print('error', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError', e)

# ---- more syntax: conditionals, possessive and atomic groups, scoped flags, classes
print(re.findall(r'(<)?\w+(?(1)>)', '<a> b <c'), re.findall(r'(?P<o><)?\w+(?(o)>|$)', '<a> b'))
print(re.findall(r'a++b', 'aaab'), re.findall(r'(?>a+)b', 'aab'), re.findall(r'(?i:a)A', 'aA AA aa'))
print(re.findall(r'[\d\-]+', '1-2 x'), re.findall(r'[]a]', ']a'), re.findall(r'[^]a]', ']ab'))
print(re.sub(r'\b', '|', 'ab cd'), re.findall(r'\Bb', 'ab b'), re.match(r'(?#comment)a', 'a'))
print(re.findall(r'(?m)^\w', 'a\nb'), re.findall(r'(?x)[ ]a', ' a'), re.findall(r'a{2,}', 'aaaa a'))
import copy
m = re.match('a', 'a'); print(copy.copy(m) is m)

# ---- argument errors and keywords
try:
    print(re.search())
except TypeError as e:
    print(e)
try:
    print(re.compile("a").search())
except TypeError as e:
    print(e)
for f in [lambda: re.compile('a').sub('b'), lambda: re.match('a', 'a').groups(1, 2), lambda: re.split('a'), lambda: re.sub('a', 'b'), lambda: re.compile('a').split(), lambda: re.escape(), lambda: re.compile('a').findall('a', bad=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
m = re.compile('a').search(string='ba', pos=1)
print(m, re.match('a', string='a', flags=re.I), re.match('(a)?', '').groups(default='x'), re.compile('a').split(string='bab', maxsplit=1))

# ---- extensions Python does not know are errors (PCRE2 would accept them), \x, \N, conditionals
for p in ['(?<n>a)', '(?z)', '(?Px)', '(?P>n)', '(?', '(?P', '(?<', '(?|a)', '(?R)', '(?1)', '(?&n)', '(*FAIL)', '\\K', 'a\\Qb',
          '(?a-i:b)', '\\x4', '\\x41', '[\\x4]', '\\N', '\\Xa', '(?(1)a|b)', '(a)(?(1)b|c)']:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '->', e)
for p in ['(?(x)a|b)', '(?P<x>a)(?(x)b|c)', '(?(2)a)']:
    try:
        print(re.compile(p).groups)
    except re.error as e:
        print(e)
print(re.findall('\\x41+', 'AAb'), re.findall(b'(?P<x>a)', b'aa'))
