# tomllib: every TOML 1.0 value type, tables and arrays of tables, and the exact
# TOMLDecodeError texts with their positions.
import tomllib
import io
from decimal import Decimal

DOC = '''
# a comment
title = "TOML \\"Example\\"" # trailing
"quoted key" = 'literal \\n'
bare-key_1 = 1_000
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
neg = -17
pos = +42
flt = 3.14159
exp = -2E-3
under = 9_224_617.445_991
specials = [inf, -inf, +inf]
bools = [true, false]
odt = 1979-05-27T07:32:00Z
odt2 = 1979-05-27 00:32:00.999999-07:00
odt3 = 1979-05-27T00:32:00.1234567+05:30
ldt = 1979-05-27T07:32:00
ld = 1979-05-27
lt = 07:32:00.5
ml = """
Roses are red
Violets are \\
    blue"""
ml2 = """Here are two quotation marks: "". Simple enough.""""
lit_ml = \'\'\'
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
\'\'\'
uni = "\\u00e9\\U0001F600 \\t\\b\\f\\r"
a.b.c = 1
a.b.d = 2
site."google.com" = true
nested = [ [1, 2], ["a", 'b'], [ {x = 1}, {y = [2]} ] , ]
inline = { first = "Tom", last.name = "Preston-Werner", empty = {} }
multi_line_array = [
    1, # one
    2,
    # nothing
]

[table-1]
key1 = "some string"
key2 = 123

[dog."tater.man"]
type.name = "pug"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
'''

doc = tomllib.loads(DOC)
for k, v in doc.items():
    print(repr(k), type(v).__name__, repr(v))
print(doc["odt2"].utcoffset(), doc["odt3"].tzinfo, doc["odt"].tzinfo)
import math
print(math.isnan(tomllib.loads("x = nan")["x"]), math.isnan(tomllib.loads("x = -nan")["x"]))
print(tomllib.loads("x = 0.1\ny = 1e2\nz = -0.0", parse_float=Decimal))
print(tomllib.loads("a = 1\r\nb = '''x\r\ny'''\r\n"))
print(tomllib.loads(""), tomllib.loads("   \n# only comment"))
print(tomllib.load(io.BytesIO('k = "vé"'.encode())))

BAD = [
    "x = ",
    "x = 1\ny = ",
    "x = 1 2",
    "= 1",
    "x 1",
    "[a]\nx = 1\n[a]",
    "a = 1\na = 2",
    "a = 1\n[a]",
    "a = {b = 1}\na.c = 2",
    "a = [1]\n[[a]]",
    "[a.b]\n[a]\nb = 1",
    "x = \"unterminated",
    "x = 'unterminated",
    "x = \"\"\"abc",
    "x = '''abc",
    "x = \"bad \\q escape\"",
    "x = \"\\uD800\"",
    "x = \"\\u12\"",
    "x = \"tab\there\" # ok\ny = \"ctrl\x01\"",
    "# comment with ctrl \x7f",
    "x = [1, 2",
    "x = [1 2]",
    "x = {a = 1",
    "x = {a = 1 b = 2}",
    "x = {a = 1, a = 2}",
    "x = {a = {b = 1}, a.c = 2}",
    "x = 1979-02-30",
    "x = 2000-01-01T25:00:00",
    "x = 01",
    "x = 1__0",
    "x = truee",
    "x = tru",
    "[[a]\n",
    "[a",
    "[a]]",
    "a.b = 1\n[a.b]",
    "[a]\nb.c = 1\n[a.b]",
    "[a]\nb.c = 1\n[a]\nb.d = 1",
    "!",
    "x = 1\n  ?",
    "x.'' = 1\n[x.'']\n",
    "x = \"multi\nline\"",
    "x = \"\"\"a \\  b\"\"\"",
    "key = \"val\" junk",
    "x = [1,,2]",
    "x = 1.",
    "x = .5",
    "x = 0x",
    "x = +0x10",
]
for src in BAD:
    try:
        print("OK?", tomllib.loads(src))
    except tomllib.TOMLDecodeError as e:
        print(type(e).__name__, e)
print(issubclass(tomllib.TOMLDecodeError, ValueError))
try:
    tomllib.load(io.StringIO("x = 1"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    tomllib.loads("x = 1.5", parse_float=lambda s: [s])
except ValueError as e:
    print(type(e).__name__, e)
# a fresh array of tables resets what was declared inside the previous one
print(tomllib.loads("[[t]]\n[t.x]\na=1\n[[t]]\n[t.x]\na=2"))
