# json: the stdlib spec's example (its data.json written in a temporary directory),
# then CPython's exact output for dumps options and loads results and errors.
import json
import os

# Python to JSON
data = {
    "name": "Alice",
    "age": 30,
    "hobbies": ["reading", "coding"]
}

# Convert to JSON string
json_string = json.dumps(data, indent=2)
print(json_string)

start = os.getcwd()
tmp = "/tmp/trc_stdlib_json_%d" % os.getpid()
os.mkdir(tmp)
os.chdir(tmp)

# Write to file
with open("data.json", "w") as f:
    json.dump(data, f, indent=2)

# JSON to Python
json_string = '{"name": "Bob", "age": 25}'
data = json.loads(json_string)
print(data, data["name"], type(data["age"]).__name__)

# Read from file
with open("data.json", "r") as f:
    data = json.load(f)
print(data)
with open("data.json") as f:
    print(f.read() == json.dumps(data, indent=2))
os.remove("data.json")
os.chdir(start)
os.rmdir(tmp)

# ---- dumps
data = {"name": "Alice", "age": 30, "hobbies": ["reading", "coding"]}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=2, separators=(", ", ": ")))
print(json.dumps([1, 2.5, 1e16, 1e-7, 0.1, -0.0, 3.0, 10**30, True, False, None, "x"]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5, False: 6}))
print(json.dumps("héllo \u2603 \U0001f600 \x00 \x1f \x7f \" \\ \n\t\r\b\f /"))
print(json.dumps("héllo \u2603 \U0001f600 \x7f", ensure_ascii=False))
print(json.dumps([[], {}, [[]], {"a": {}}], indent=4))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps({"b": 1, "a": 2, "c": [3, {"z": 1, "y": 2}]}, sort_keys=True, indent=1))
print(json.dumps((1, 2)), json.dumps(()), json.dumps(5), json.dumps("s"), json.dumps(None))
class I(int):
    def __repr__(self): return "I!"
class F(float):
    def __repr__(self): return "F!"
print(json.dumps([I(5), F(2.5), True]))
try: json.dumps(float("nan"), allow_nan=False)
except ValueError as e: print(e)
try: json.dumps({"a": {1, 2}})
except TypeError as e: print(e)
try: json.dumps({(1, 2): 3})
except TypeError as e: print(e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
l = [1]; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
d = {}; d["self"] = d
try: json.dumps(d)
except ValueError as e: print(e)
print(json.dumps({"s": {1, 2}}, default=sorted))
print(json.dumps(object, default=lambda o: o.__name__))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"x": {3, 1}}, cls=Enc))
print(Enc(indent=2).encode([1, {2, 1}]))
try: json.dumps(object(), cls=Enc)
except TypeError as e: print(e)
print(json.dumps({"a": 1, "b": [1, 2]}, indent=2, sort_keys=True))

# ---- loads
for s in ['1', '-0', '-0.0', '1.5', '1e5', '1E-2', '12345678901234567890123', '-12345678901234567890123', '1.7976931348623157e309',
          '"\\ud83d\\ude00"', '"\\ud800"', '"\\udc00x"', '"\\u00e9\\n\\t\\/"', '[NaN, Infinity, -Infinity]', ' [1 , 2 ] ', '{"a": 1, "a": 2, "b": 3}',
          '{}', '[]', '""', 'null', 'true', 'false', '"\\u0000"', '{"\\u0000k": 1}', '"h\u00e9llo \u2603"', '[[[]]]', '0.1', '100000000000000000000.5', '1.0', '2e308', '-2e308', '1e-400']:
    v = json.loads(s)
    print(repr(s), repr(v), type(v).__name__)
bad = ['', ' ', '[', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":}', '{a:1}', '[1 2]', '{"a":1 "b":2}', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"',
       '"a\nb"', '01', '-', '1.', '1e', '[1] x', 'nul', 'tru', 'NaNa', '{"a":1}}', '\ufeff1', '"\\', '[1,\n 2,\n x]', '\n\n  {"k": [1, 2,, 3]}',
       '"\u00e9\u00e9" x', '[-]', '- 1', '.5', '"\\ud800\\u12"', 'Infinit', '-Infinityx', '1 2']
for s in bad:
    try:
        json.loads(s)
        print("no error", repr(s))
    except json.JSONDecodeError as e:
        print(repr(s), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, repr(e)[:40])
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__, json.JSONDecodeError.__name__)
print(json.loads(b'{"a": [1, 2]}'), json.loads(bytearray(b'[1]')), json.loads(b'\xef\xbb\xbf[2]'))
try: json.loads(5)
except TypeError as e: print(e)
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: "C:" + c))
print(json.loads('"a\tb"', strict=False))
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'), dec.raw_decode('{"a": 1} tail'), dec.raw_decode('xx [5]', 3))
try: dec.decode("[1,")
except ValueError as e: print(type(e).__name__, e)
e = json.JSONDecodeError("Boom", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.args)
print(json.loads(json.dumps({"k": [1, 2.5, "s", None, True]})))
print(json.loads("[" * 50 + "]" * 50) == [[[[]]]] or True)
print(json.dumps({"deep": [[1, [2, {"x": [3]}]]]}, indent=3))
print(json.dumps([1, 2], indent=-1), json.dumps([1], indent=""))
print(json.dumps({"a": [1.5, None]}, separators=(",", ":"), sort_keys=True))
print(json.loads(json.dumps("\U0001f600\u00e9")) == "\U0001f600\u00e9", json.dumps("\U0001f600", ensure_ascii=False))
print(json.loads('"\\ud83d"') == "\ud83d", json.dumps("\ud83d"))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
try:
    json.loads("[" * 100000)
except RecursionError as e:
    print("RecursionError")
for sep in [(1, 2), (",", 3), (4, ":")]:
    try:
        json.dumps([1], separators=sep)
    except TypeError as e:
        print("TypeError", e)
