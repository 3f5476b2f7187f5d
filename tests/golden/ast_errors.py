# ast.parse on invalid source: SyntaxError (or IndentationError) with CPython's line.
import ast

BAD = ["x = = 1", "def f(:\n    pass", "1 = x", "f() = 3", "if x\n    pass",
       "for x in y:\npass", "x = (1, 2", "a b c", "class C(:", "del f()",
       "  x = 1", "x += 1 = 2", "return return", "import", "from x import", "(a, b) += 1"]
for src in BAD:
    try:
        ast.parse(src)
        print(repr(src), 'parsed')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.lineno)
try:
    ast.parse('x', mode='bogus')
except ValueError as e:
    print(e)
