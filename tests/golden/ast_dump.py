# ast.parse + ast.dump over varied sources: statements, expressions, f-strings, unicode
# columns (UTF-8 byte offsets), with and without attributes, indent, annotate_fields.
import ast

SOURCES = [
    "x = 1\n",
    "a, *b = c = d\nx[1:2, ::3] += y.z\nv: 'int' = 5\nw.q: int\n",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    'doc'\n    return (yield)\n",
    "@dec(1)\n@other\nclass C(Base, metaclass=M):\n    async def m(self):\n        async for i in g():\n            await i\n        async with a as (b, c):\n            pass\n",
    "try:\n    pass\nexcept* ValueError as e:\n    raise\n",
    "try:\n    1/0\nexcept ZeroDivisionError:\n    x = None\nexcept (A, B):\n    pass\nelse:\n    y = 2\nfinally:\n    del x, y[0]\n",
    "import a.b.c as d, e\nfrom ..pkg import (x as y, z,)\nfrom m import *\nglobal g\n",
    "while (n := next(it)) is not None and n not in seen:\n    seen.add(n)\nelse:\n    print('done', end='')\n",
    "r = [i * 2 for i in range(10) if i % 2 if i > 3]\ns = {k: v for k, v in d.items()}\nt = {x for x in y}\nu = list(x async for x in z)\n",
    "print(f'{x!r:>{width}} and {y=} {{lit}} {z:.2f}' 'plain' f\"{a['k']}\")\n",
    "s = 'café' + \"naïve\"; t = b'\\x00' b'ab'; u = u'x'\n",
    "é = 1; name = 'ü' + é\n",
    "lambda: 0\nlambda x, *y, z=3, **w: (x, y, z, w)\n",
    "a if b else c\nnot a or b and c\n-x ** -y\n~a | b ^ c & d << e >> f\na @ b // c % d\n1 < 2 <= 3 != 4 is not 5 in 6\n",
    "x = ...\ny = (1,)\nz = ()\nw = [*a, *b]\nv = {**a, 'b': 1}\nf(*args, **kwargs, k=1)\n",
    "with (open(a) as f, open(b) as g):\n    pass\n",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n",
    "def g():\n    nonlocal_ = 1\n    yield from h()\n    x = yield 1, 2\n    return\n",
    "x = '''multi\nline''' + \"\"\"\nmore\"\"\"\n",
    "assert isinstance(x, int), 'msg'\nfor i, (j, k) in enumerate(z): continue\nelse: break\n",
    "big = 12345678901234567890\nf = 1.5e-3\nc = 3j\nh = 0xFF\n",
    "a[1:2]\na[::]\na[x, y]\na[:, 1]\na[b:c:d]\n",
    "(x): int = 1\nx: int\n(y.z): 'str'\n",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree, annotate_fields=False))

print(ast.dump(ast.parse(SOURCES[2]), indent=2))
print(ast.dump(ast.parse(SOURCES[3]), indent='\t'))
print(ast.dump(ast.parse('x + 1', mode='eval'), include_attributes=True))
print(ast.dump(ast.parse('x = 1; y = 2', mode='single')))
print(ast.dump(ast.Name(id='x')), ast.dump(ast.Constant(1, 'u')), ast.dump(ast.Return()))
try:
    ast.dump('x')
except TypeError as e:
    print(e)
try:
    ast.Name('a', ast.Load(), 3)
except TypeError as e:
    print(e)
print(ast.Name._fields, ast.BinOp._fields, ast.expr._attributes, ast.Constant.kind)
print(isinstance(ast.parse('x').body[0], ast.stmt), issubclass(ast.Add, ast.operator))
