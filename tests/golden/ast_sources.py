# ast.parse + dump + unparse on lexical corner cases: CRLF, tabs, continuations, BOM,
# UTF-8 columns, every number and string prefix form, f-string specs, parenthesized with.
import ast
SOURCES = [
    "x = 1\r\ny = 2\r\n", "if x:\n\tpass\n", "x = 1 + \\\n    2\n", "\ufeffx = 1\n", "x = 'é' ; y = 'ü' + z\n",
    "f(a)(b)[c].d\n", "x = [\n  1,\n  2,\n]\n", "def f(\n    a,\n    b,\n):\n    pass\n",
    "x = (1 +\n     2)\n", "a = 'abc' \\\n    'def'\n", "x = f'''\n{a}\n{b!s}'''\n", "x = rb'\\d' + Rb'x' + BR'y'\n",
    "x = 0xdead_beef + 1_000.5e-3 + 0o777 + 0b1010 + 10j + 1.5J\n", "global a, b\n", "x = yield\n",
    "del a, (b, c), [d]\n", "x = a if b else (c if d else e)\n", "print(*a, sep='')\n", "class A: x = 1\n",
    "def f(): return\n", "for x in *a, *b: pass\n", "x = [i for i in range(3) for j in range(i)]\n",
    "x = a[1:2:3, 4]\n", "x = not not a\n", "x = a is not b is c\n", "lambda *, k: k\n", "lambda *a, **k: 0\n",
    "def f(a, /): pass\n", "def f(*, a=1, b): pass\n", "x = f'{a:{b}.{c}}'\n", "x = f'{a!r}' 'b' f'{c}'\n",
    "x = f'{ a = }'\n", "x = f'{a:=^10}'\n", "x = f'{x:{y}}' f'{z:%Y}'\n",
    "if x:\n    pass\n# comment\n\n    # more\nelse:\n    pass\n", "x = 1  # c\n", "\n\n\n", "", "#only\n",
    "x = u'a' 'b'\n", "x = 'a' u'b'\n", "@a.b(c)\nclass D: pass\n", "async def f():\n    return await x ** 2\n",
    "x = -1 ** 2\n", "x = (yield)\n", "with (a, b): pass\n", "with (a, b) as c: pass\n", "with (a): pass\n",
    "with (yield x) as y: pass\n", "try:\n  pass\nexcept (A, B):\n  pass\n", "x = ...\n", "x[...]\n",
    "print(f'{x}' '\\n')\n", "x = '\\N{GREEK SMALL LETTER ALPHA}'\n", "x = b'\\x41\\101'\n", "x = '\\q'\n",
    "import a as b, c.d\n", "from . import (a)\n", "from .a.b import c\n", "from ... import x\n", "x = 1if y else 2\nz = [1for a in b]\nw = 1or 2\n",
]
for src in SOURCES:
    try:
        print(ast.dump(ast.parse(src), include_attributes=True))
        print(ast.unparse(ast.parse(src)))
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno)
