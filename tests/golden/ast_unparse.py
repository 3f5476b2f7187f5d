# ast.unparse: parse -> unparse round trips whose text must be CPython's (precedence
# parentheses, quote choice, f-strings, docstrings, blank lines), and hand-built trees.
import ast

SOURCES = [
    "x = (a + b) * c - -d ** -e ** f\ny = not (a and b) or c and not d\nz = (a if b else c) if d else e",
    "def f(a, /, b=1, *args, c, d=2, **kw) -> 'T':\n    '''Doc\n    string.'''\n    return (yield x)\nclass C(B, metaclass=M):\n    pass",
    "s = 'it''s' + \"q\\\"uote\" + '\\n\\t\\x00' + '\\u00e9' + b'\\xff'",
    "print(f'{x!r:>{width}} {y=} {{lit}} {\"nested\"}' f\"{a['k']}\\n\")",
    "lambda: 0\nlambda x, *y, z=3, **w: (x, y)\nf(*a, **k, key=v)\n(x := 5)\na[1:2, ::3]\na[()]\na[b,]",
    "for i, (j, k) in enumerate(z):\n    continue\nelse:\n    break\nwhile x:\n    pass\nif a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "try:\n    pass\nexcept* ValueError as e:\n    raise E from e\ntry:\n    pass\nexcept:\n    pass\nfinally:\n    del x, y",
    "with open(a) as f, g() as (h, i):\n    pass\nasync def f():\n    async with a:\n        await b\n    async for x in y:\n        pass\n    return [i async for i in g()]",
    "import a.b as c, d\nfrom .. import x as y\nfrom m import *\nglobal g\nassert x, 'msg'",
    "x = {**a, 'b': 1}\ny = {1, 2}\nz = set()\nw = {k: v for k, v in d if k}\nv = (g for g in h)\nu = [*a]\nt = ()\ns = (1,)",
    "match p:\n    case [1, *rest] | {'k': v, **kw} if v:\n        pass\n    case Point(x=0) as pt:\n        pass\n    case (a as b) as c:\n        pass\n    case _:\n        pass",
    "x: int = 5\n(y): str\nz.a: list[int]\nx += 1\nx **= 2",
    "n = 1e400\nm = 3 .real\nk = -1j\nc = (1).bit_length()\nq = 2 ** -1\nr = (-2) ** 2\ns = -(2 ** 2)",
    "@dec\n@other(1)\ndef g():\n    '''only docstring'''\nx = 1",
    "a = 'x' \"y\"\nb = '''multi\nline'''\nc = \"it's\"\nd = '\"'\ne = '\\'\"'",
]
for src in SOURCES:
    print(ast.unparse(ast.parse(src)))
    print('-----')
print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Constant(1)))))
print(ast.unparse(ast.parse('x + y', mode='eval')))
print(ast.unparse(ast.Constant((1, 'a'))), ast.unparse(ast.Constant((2,))))
print(repr(ast.unparse(ast.parse(''))))
