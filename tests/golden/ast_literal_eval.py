# ast.literal_eval: every literal form CPython accepts, nodes as input, and the
# ValueError / SyntaxError it raises for anything else.
import ast

cases = [
    "42", "-7", "+3.5", "0x1F", "0o17", "0b101", "1_000", "1e3", "2j", "1+2j", "-1-2.5j",
    "'a' 'b'", "b'\\x00\\n' b'z'", "'\\u00e9\\N{BULLET}\\t'", "r'\\n'", "'''tri\nple'''",
    "(1,)", "()", "[1, [2, (3, {4: 5})]]", "{1, 2}", "set()", "{}", "{'a': 1, **{}}" ,
    "None", "True", "False", "  \t 17", "(1, 'x', b'y', None, ...)",
]
for src in cases:
    try:
        value = ast.literal_eval(src)
        print(repr(src), '->', repr(value), type(value).__name__)
    except (ValueError, TypeError, SyntaxError) as e:
        print(repr(src), '!', type(e).__name__, str(e).split(' at 0x')[0])

bad = ["x", "f(1)", "1 + x", "[x]", "-'a'", "1 + 2", "(1).real", "{1: y}", "a.b",
       "lambda: 1", "1 if 2 else 3", "2 ** 3", "'a' + 'b'", "set([1])", "1+2j+3"]
for src in bad:
    try:
        print(ast.literal_eval(src))
    except ValueError as e:
        print(repr(src), 'ValueError', str(e).split(' at 0x')[0])

for src in ["1 +", "(1, 2", "'abc", "1 2", "[1,, 2]"]:
    try:
        ast.literal_eval(src)
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.lineno)

tree = ast.parse("[1, -2, (3, 'x')]", mode='eval')
print(ast.literal_eval(tree), ast.literal_eval(tree.body))
print(ast.literal_eval(ast.Constant(5)))
try:
    ast.literal_eval(ast.Name('x', ast.Load()))
except ValueError as e:
    print(str(e).split(' at 0x')[0])

# whitespace, comments, lines and signs around literals
for s in ["\n[1]", "[1]\n\n", "\n  1", "  1\n", "1;", "1\n2", "(1,\n 2)", "{'a':\n 1}", "# c\n1", "1 # c", "-True", "- 1", "--1", "1e5j", "-0.0", "0x10", "'\\x41'", "b'a' b'b'", "'a' f'b'", "1_0", "(-1)+2j", "1+(2j)", "[]+[]", "\t1", "''", "\"\"\"x\"\"\""]:
    try:
        print(repr(s), repr(ast.literal_eval(s)))
    except (ValueError, SyntaxError, TypeError) as e:
        print(repr(s), type(e).__name__, str(e).split(' at 0x')[0])
