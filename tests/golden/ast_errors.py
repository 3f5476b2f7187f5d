# ast.parse on invalid source: CPython's SyntaxError / IndentationError type, message,
# line and column for common mistakes, the 'expected an indented block after ...' family.
import ast
BAD = ["x = = 1", "def f(:\n    pass", "1 = x", "f() = 3", "if x\n    pass",
       "for x in y:\npass", "x = (1, 2", "a b c", "class C(:", "del f()",
       "  x = 1", "x += 1 = 2", "return return", "import", "from x import", "(a, b) += 1",
       "x = [1, 2", "x = {1: 2", "'abc", '"""abc', "x = $", "def f(a=1, b): pass",
       "f(x for x in y, 1)", "None = 1", "x.y += = 2",
       "lambda x: (yield)", "a + = 1", "if True:\n  x\n y", "print 'hello'", "x = 1 +",
       "x = 0777", "def f(*): pass", "def f(a, a): pass", "x := 1",
       "with a as 1: pass", "for 1 in x: pass", "x = 1\n\tif y:\n  pass",
       "a = b = c = ", "import a.b as c.d", "}", ")", "x = (]", "else: pass", "1 +* 2",
       "True = 1", "__debug__ = 1", "def f(): x = yield = 1", "a, b += 1", "*a = 1",
       "[x for x in 1, 2]", "x = 5 if 3", "del (a, 1)", "x: int, y: int = 1, 2", "@\ndef f(): pass"]
for src in BAD:
    try:
        ast.parse(src)
        print(repr(src), 'parsed')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
for src in ["if x:\npass", "if x:\n  pass\nelif y:\npass", "if x:\n  pass\nelse:\npass", "while x:\npass",
            "with a:\npass", "try:\npass", "try:\n  pass\nexcept E:\npass", "try:\n  pass\nfinally:\npass",
            "def f():\nreturn", "@d\ndef f():\nreturn", "class C:\npass", "async def f():\npass",
            "match x:\n    case 1:\n    pass", "for x in y:\n  pass\nelse:\npass", "async for x in y:\npass"]:
    try:
        ast.parse(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)

# where only the type, message and line are CPython's (the column differs)
for src in ["f(a=1, b)", "f(**a, *b)", "f'{}'", "f'{x!z}'", "try:\n  pass\n"]:
    try:
        ast.parse(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno if '\n' not in src else '')
# tokenizer-level mistakes
for src in ["\ufeffx = 1\n", "x = 1 € 2\n", "x = $a\n", "x = `a`\n", "x = 'abc\n", "x = \"abc\n", "a = 1\x00", "x = 1 ! 2", "x = ?",
            "x = 1\n  y = 2\n", "def f():\n  x\n    y\n", "x = (\n", "x = 1)\n", "class\n", "x = [i for i in]\n", "f(**)\n",
            "x = {1: }\n", "x = 1 if else 2\n", "a.1\n", "1a\n", "x = 1__0\n", "0b2\n", "x = 'a' b'b'\n", "nonlocal x\n"]:
    try:
        ast.parse(src)
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)
    except ValueError as e:
        print(repr(src), type(e).__name__, e)
try:
    ast.parse('x', mode='bogus')
except ValueError as e:
    print(e)
