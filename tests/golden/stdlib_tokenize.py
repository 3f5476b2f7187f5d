# tokenize: full token streams of varied sources (indents, tabs, continuation lines,
# f-strings, numbers of every form, operators, comments), bytes and str readers,
# exact_type, untokenize round trips, detect_encoding and the errors.
import io
import token
import tokenize

SOURCES = [
    "x = 1\n",
    "def f(a, b=2, *args, **kw) -> int:\n    '''doc\n    string'''\n    if a:\n\treturn a  # tab\n    return b\n",
    "class C:\n    def m(self):\n        pass\n\n    # comment only\n\nprint(C)\n",
    "n = [0, 1_000, 0x1F, 0o17, 0b1010, 1.5, .5, 5., 1e10, 1E-3, 2.5j, 3J, 1_0.0_1e+1_0, 0_0]\n",
    "s = f'{x!r:>10}' + rb'raw\\n' + Br\"x\" + u'u' + F\"{y}\"\n",
    "a = (1 +\n     2)\nb = 3 \\\n    + 4\n",
    "x //= 2; y **= 3; z >>= 1; w <<= 2; v @= m; q := 1\nif a != b and c <= d >= e == f: pass\n",
    "lambda: ...\nx[1:2, ::3]\n{**d, 'k': ~v ^ w | u & t % s}\nx -> y\n",
    "s = 'unterminated\\\ncontinued'\n",
    "async def g():\n    await h()\n    async with a as b:\n        yield\n",
    "if x:\n    y\n# trailing comment\n",
    "no_newline_at_end = 1",
    "# only a comment",
    "x = 'a' \\\n  'b'\n",
    "\ttabbed = 1\n",
    "x = $\n",
    "t = '''one\ntwo\nthree'''\nu = 1\n",
    "def f():\r\n    return 1\r\n",
    "\u00e9t\u00e9 = '\u00fcnic\u00f6de'\n",
    "x = 1 if y else 2 # c\n\n\n",
    "",
    "   \n\t\n",
    "@decorator(arg)\nclass K(Base, metaclass=M):\n    x: int = 0\n    def __init__(self) -> None: ...\n",
    "match point:\n    case (0, 0):\n        pass\n    case _:\n        print(f\"{point!r} {'nested'} {{literal}}\")\n",
    "y = 0b102 + 1if x else 0xdead_beef + 1_000j + 1e-5J + 077\n",
    "\x0cx = 1\n\x0c\n  \x0cy = 2\n",
    "s = '''a\\\nb''' + \"\"\"c\\\"\"\"\" + b'\\x00\\''\n",
    "if a:\n  if b:\n    c\n  d\ne\n",
    "x = [\n    1,  # one\n\n    2,\n]\n",
    "a = 1 \\\r\n  + 2\r\n",
]


def show(toks):
    for t in toks:
        print(t)


for src in SOURCES:
    print('=' * 20, repr(src))
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    show(toks)
    print('exact:', [token.tok_name[t.exact_type] for t in toks if t.type == token.OP])
    print('round:', tokenize.untokenize(toks) == src, repr(tokenize.untokenize(toks)))
    print('compat:', repr(tokenize.untokenize((t.type, t.string) for t in toks)))

print('=' * 20, 'bytes')
data = "# -*- coding: latin-1 -*-\nname = 'caf\u00e9'\n".encode('latin-1')
toks = list(tokenize.tokenize(io.BytesIO(data).readline))
show(toks)
print(tokenize.untokenize(toks))
print(tokenize.detect_encoding(io.BytesIO(data).readline))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\n#!/bin/sh\n# coding=utf_8\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'\n# vim: set fileencoding=ascii :\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'').readline))
show(tokenize.tokenize(io.BytesIO(b'\xef\xbb\xbfpass\n').readline))
for bad in [b'# coding: nonesuch\n', b'\xef\xbb\xbf# coding: latin-1\n', b'\xff\xfe = 1\n']:
    try:
        tokenize.detect_encoding(io.BytesIO(bad).readline)
    except SyntaxError as e:
        print('SyntaxError:', e)

t = tokenize.TokenInfo(token.OP, '+=', (1, 2), (1, 4), 'x += 1\n')
print(t, t.exact_type == token.PLUSEQUAL, t.type, t[1], t._replace(string='-=').exact_type)
print(token.tok_name[token.ENDMARKER], token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(0))
print(token.EXACT_TOKEN_TYPES['->'], token.N_TOKENS, token.NT_OFFSET)

for bad in ["x = (1,\n", "\\\n", "s = '''abc\n", "if x:\n        a\n    b\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except tokenize.TokenError as e:
        print('TokenError:', e.args)
    except IndentationError as e:
        print('IndentationError:', e.args)

it = iter(["a = 1\n", "b = 2\n"])
show(tokenize.generate_tokens(lambda: next(it)))
try:
    tokenize.untokenize([(token.NAME, 'a', (2, 0), (2, 1), ''), (token.NAME, 'b', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError:', e)
print(repr(tokenize.untokenize([(token.NAME, 'if'), (token.NAME, 'x'), (token.OP, ':'), (token.NEWLINE, '\n'),
                                (token.INDENT, '  '), (token.NAME, 'y'), (token.NEWLINE, '\n'), (token.DEDENT, ''),
                                (token.STRING, "'a'"), (token.STRING, "'b'")])))

# this very file, read as bytes and through tokenize.open
with open(__file__, 'rb') as f:
    toks = list(tokenize.tokenize(f.readline))
with open(__file__, 'rb') as f:
    print(tokenize.untokenize(toks) == f.read())
counts = {}
for t in toks:
    counts[token.tok_name[t.exact_type]] = counts.get(token.tok_name[t.exact_type], 0) + 1
print(sorted(counts.items()))
print([(t.string, t.start) for t in toks if t.type in (token.INDENT, token.DEDENT)][:12])
with tokenize.open(__file__) as f:
    print(len(list(tokenize.generate_tokens(f.readline))) == len(toks) - 1)

# the grammar's public patterns
import re
print(tokenize.Number)
print(tokenize.Whitespace, tokenize.Comment, tokenize.Name, tokenize.Single3, tokenize.Funny == tokenize.group(r'\r?\n', tokenize.Special))
print([bool(re.fullmatch(tokenize.Number, s)) for s in ['1_0.5e-3j', '0x_1', '0b1', '1__0', '.5', '5.', '1e', '0777', '00']])
print(tokenize.group('a', 'b'), tokenize.any('x'), tokenize.maybe('y'), tokenize.tabsize, len(tokenize.endpats))
print(sorted(tokenize.single_quoted)[:4], sorted(tokenize.triple_quoted)[-2:], tokenize.endpats["rb'''"] == tokenize.Single3)
