#!/usr/bin/env python3
"""gen_builtin_method_tests.py — write golden tests that call every method of the builtin types.

For each of str, bytes, bytearray, int, float, complex, list, tuple, dict, set, frozenset
and range it enumerates dir(T) under CPython 3.11 (the interpreter running this script)
and writes tests/golden/bi_methods_<type>.py.  Each method is called with typical valid
arguments (VALID below; a method missing there is a generator error, so a new CPython
name cannot slip by) and with typical misuse derived from those arguments: one argument
too many, one too few, each argument replaced by a value of a wrong type, an unknown
keyword, a positional-only parameter passed by keyword, and the unbound method applied
to a receiver of another type.  Every case prints one line: the repr of the result (and
of the receiver, which a mutating method changes) or `type(e).__name__: e`.
It also writes bi_dir_names.py and bi_dir_names_exceptions.py, which print sorted(dir(T))
for those types, bool, object, type and the common exception types.  A test that trc
does not pass yet lives in tests/pending/ and is rewritten there.

Assumes CPython 3.11; afterwards run tools/gen_golden.sh on the written files
(tests/golden/NAME.py or tests/pending/NAME.py).
Values whose text is not the language's but CPython's implementation's (object sizes,
str/bytes hashes under hash randomisation, addresses) are printed by type only.
"""
import inspect
import os
import re
import sys

TYPES = {
    "str": ("'Hello, World'", "str"),
    "bytes": ("b'Hello, World'", "bytes"),
    "bytearray": ("bytearray(b'Hello, World')", "bytearray"),
    "int": ("42", "int"),
    "float": ("2.5", "float"),
    "complex": ("(1+2j)", "complex"),
    "list": ("[3, 1, 2]", "list"),
    "tuple": ("(3, 1, 2)", "tuple"),
    "dict": ("{'a': 1, 'b': 2}", "dict"),
    "set": ("{1, 2, 3}", "set"),
    "frozenset": ("frozenset({1, 2, 3})", "frozenset"),
    "range": ("range(1, 10, 2)", "range"),
}

# A value of the same type to pair with the receiver in binary operations.
OTHER = {
    "str": "'ab'", "bytes": "b'ab'", "bytearray": "bytearray(b'ab')", "int": "5",
    "float": "1.5", "complex": "(3-1j)", "list": "[4]", "tuple": "(4,)",
    "dict": "{'c': 3}", "set": "{2, 5}", "frozenset": "frozenset({2, 5})", "range": "range(3)",
}
# An element (or key) the receiver holds.
ELEMENT = {
    "str": "'lo'", "bytes": "b'lo'", "bytearray": "b'lo'", "list": "1", "tuple": "1",
    "dict": "'a'", "set": "2", "frozenset": "2", "range": "3",
}

# Dunder methods common to many types: the arguments as source text, with {other}
# and {elem} filled in per type.  None: no valid call to print (object-protocol
# methods tested elsewhere).
DUNDER_ARGS = {
    "__abs__": [()], "__neg__": [()], "__pos__": [()], "__invert__": [()], "__bool__": [()],
    "__int__": [()], "__float__": [()], "__complex__": [()], "__index__": [()],
    "__trunc__": [()], "__floor__": [()], "__ceil__": [()], "__bytes__": [()],
    "__round__": [(), ("1",)], "__len__": [()], "__repr__": [()], "__str__": [()],
    "__add__": [("{other}",), ("1j",)], "__radd__": [("{other}",)],
    "__sub__": [("{other}",)], "__rsub__": [("{other}",)],
    "__mul__": [("{other}",), ("2",)], "__rmul__": [("2",)],
    "__truediv__": [("{other}",)], "__rtruediv__": [("{other}",)],
    "__floordiv__": [("{other}",)], "__rfloordiv__": [("{other}",)],
    "__mod__": [("{other}",)], "__rmod__": [("{other}",)],
    "__divmod__": [("{other}",)], "__rdivmod__": [("{other}",)],
    "__pow__": [("2",), ("2", "7")], "__rpow__": [("2",)],
    "__and__": [("{other}",)], "__rand__": [("{other}",)],
    "__or__": [("{other}",)], "__ror__": [("{other}",)],
    "__xor__": [("{other}",)], "__rxor__": [("{other}",)],
    "__lshift__": [("2",)], "__rlshift__": [("2",)], "__rshift__": [("2",)], "__rrshift__": [("2",)],
    "__iadd__": [("{other}",)], "__imul__": [("2",)], "__ior__": [("{other}",)],
    "__iand__": [("{other}",)], "__ixor__": [("{other}",)], "__isub__": [("{other}",)],
    "__eq__": [("{other}",), ("None",)], "__ne__": [("{other}",)], "__lt__": [("{other}",), ("None",)],
    "__le__": [("{other}",)], "__gt__": [("{other}",)], "__ge__": [("{other}",)],
    "__contains__": [("{elem}",)], "__getitem__": [("0",), ("slice(0, 2)",)],
    "__setitem__": [("0", "{elem}")], "__delitem__": [("0",)],
    "__iter__": None, "__reversed__": None,
    "__format__": [("''",)], "__getnewargs__": [()], "__hash__": [()], "__sizeof__": [()],
    "__getstate__": [()], "__reduce__": None, "__reduce_ex__": None,
    "__class_getitem__": [("int",)], "__alloc__": [()], "__getformat__": [("'double'",)],
    "__dir__": None, "__init__": None, "__new__": None, "__init_subclass__": None,
    "__subclasshook__": None, "__setattr__": None, "__delattr__": None,
    "__getattribute__": [("'__class__'",)], "__class__": None, "__doc__": None,
}
DUNDER_OVERRIDES = {
    ("dict", "__getitem__"): [("'a'",)], ("dict", "__setitem__"): [("'z'", "9")],
    ("dict", "__delitem__"): [("'a'",)], ("int", "__round__"): [(), ("-1",)],
    ("str", "__mod__"): [("()",)], ("bytes", "__mod__"): [("()",)], ("bytearray", "__mod__"): [("()",)],
    ("str", "__rmod__"): [("'%s'",)], ("bytes", "__rmod__"): [("b'%s'",)],
    ("bytearray", "__rmod__"): [("b'%s'",)], ("bytearray", "__setitem__"): [("0", "65")],
    ("float", "__round__"): [(), ("1",)], ("complex", "__pow__"): [("2",)],
    ("float", "__pow__"): [("2",), ("2", "7")],
}

# Public methods: (type or "*", name) -> list of argument tuples (source text).
VALID = {
    # str / bytes / bytearray share most names; bytes-like receivers take b'' arguments
    ("*", "capitalize"): [()], ("*", "casefold"): [()], ("*", "lower"): [()], ("*", "upper"): [()],
    ("*", "swapcase"): [()], ("*", "title"): [()], ("*", "isalnum"): [()], ("*", "isalpha"): [()],
    ("*", "isascii"): [()], ("*", "isdecimal"): [()], ("*", "isdigit"): [()],
    ("*", "isidentifier"): [()], ("*", "islower"): [()], ("*", "isnumeric"): [()],
    ("*", "isprintable"): [()], ("*", "isspace"): [()], ("*", "istitle"): [()], ("*", "isupper"): [()],
    ("*", "center"): [("20",), ("20", "{fill}")], ("*", "ljust"): [("20", "{fill}")],
    ("*", "rjust"): [("20", "{fill}")], ("*", "zfill"): [("20",)],
    ("*", "count"): [("{s_l}",), ("{s_l}", "3", "-1")], ("*", "find"): [("{s_o}",), ("{s_o}", "5")],
    ("*", "rfind"): [("{s_o}",)], ("*", "index"): [("{s_o}",), ("{s_z}",)],
    ("*", "rindex"): [("{s_o}",), ("{s_z}",)],
    ("*", "startswith"): [("{s_he}",), ("({s_z}, {s_he})",), ("{s_he}", "1")],
    ("*", "endswith"): [("{s_ld}",), ("({s_ld},)", "0", "5")],
    ("*", "split"): [(), ("{s_comma}",), ("{s_comma}", "1")], ("*", "rsplit"): [("{s_o}", "1")],
    ("*", "splitlines"): [(), ("True",)], ("*", "partition"): [("{s_comma}",)],
    ("*", "rpartition"): [("{s_o}",)], ("*", "join"): [("[{s_z}, {s_he}]",)],
    ("*", "replace"): [("{s_l}", "{s_L}"), ("{s_l}", "{s_L}", "1")],
    ("*", "strip"): [(), ("{s_hd}",)], ("*", "lstrip"): [("{s_he}",)], ("*", "rstrip"): [("{s_ld}",)],
    ("*", "removeprefix"): [("{s_he}",)], ("*", "removesuffix"): [("{s_ld}",)],
    ("*", "expandtabs"): [(), ("4",)], ("*", "maketrans"): [("{s_l}", "{s_L}")],
    ("*", "translate"): None,  # per type below
    ("str", "translate"): [("{108: 'L'}",)], ("bytes", "translate"): [("None", "b'l'")],
    ("bytearray", "translate"): [("None", "b'l'")],
    ("str", "encode"): [(), ("'ascii'",), ("'ascii'", "'strict'")], ("str", "format"): [()],
    ("str", "format_map"): [("{}",)],
    ("bytes", "decode"): [(), ("'ascii'",)], ("bytearray", "decode"): [(), ("'ascii'",)],
    ("bytes", "hex"): [(), ("':'",), ("':'", "2")], ("bytearray", "hex"): [(), ("'-'",)],
    ("bytes", "fromhex"): [("'4142 43'",)], ("bytearray", "fromhex"): [("'4142'",)],
    ("bytes", "isascii"): [()],
    ("bytearray", "append"): [("65",)], ("bytearray", "clear"): [()], ("bytearray", "copy"): [()],
    ("bytearray", "extend"): [("b'xy'",)], ("bytearray", "insert"): [("0", "65")],
    ("bytearray", "pop"): [(), ("0",)], ("bytearray", "remove"): [("72",)],
    ("bytearray", "reverse"): [()],
    # numbers
    ("int", "as_integer_ratio"): [()], ("int", "bit_count"): [()], ("int", "bit_length"): [()],
    ("int", "conjugate"): [()], ("int", "from_bytes"): [("b'\\x01\\x00'", "'big'"), ("b'\\xff'", "'little'", "signed=True")],
    ("int", "to_bytes"): [(), ("2", "'big'"), ("4", "'little'", "signed=True")],
    ("int", "denominator"): None, ("int", "numerator"): None, ("int", "real"): None, ("int", "imag"): None,
    ("float", "as_integer_ratio"): [()], ("float", "conjugate"): [()], ("float", "hex"): [()],
    ("float", "fromhex"): [("'0x1.8p1'",)], ("float", "is_integer"): [()],
    ("float", "real"): None, ("float", "imag"): None,
    ("complex", "conjugate"): [()], ("complex", "real"): None, ("complex", "imag"): None,
    # sequences and containers
    ("list", "append"): [("4",)], ("list", "clear"): [()], ("list", "copy"): [()],
    ("list", "count"): [("1",)], ("list", "extend"): [("(5, 6)",)], ("list", "index"): [("1",), ("1", "0", "3")],
    ("list", "insert"): [("0", "9"), ("-1", "9")], ("list", "pop"): [(), ("0",)],
    ("list", "remove"): [("1",)], ("list", "reverse"): [()], ("list", "sort"): [(), ("key=lambda v: -v",), ("reverse=True",)],
    ("tuple", "count"): [("1",)], ("tuple", "index"): [("1",), ("2", "1")],
    ("dict", "clear"): [()], ("dict", "copy"): [()], ("dict", "fromkeys"): [("'xy'",), ("'xy'", "0")],
    ("dict", "get"): [("'a'",), ("'z'", "0")], ("dict", "items"): [()], ("dict", "keys"): [()],
    ("dict", "values"): [()], ("dict", "pop"): [("'a'",), ("'z'", "0")], ("dict", "popitem"): [()],
    ("dict", "setdefault"): [("'a'",), ("'z'", "0")], ("dict", "update"): [("{'c': 3}",), ("c=3",), ("[('d', 4)]",)],
    ("set", "add"): [("4",)], ("set", "clear"): [()], ("set", "copy"): [()], ("set", "discard"): [("2",)],
    ("set", "pop"): [()], ("set", "remove"): [("2",)], ("set", "update"): [("[4]", "(5,)")],
    ("set", "difference_update"): [("[1]",)], ("set", "intersection_update"): [("[1, 2]",)],
    ("set", "symmetric_difference_update"): [("[1, 9]",)],
    ("*", "difference"): [(), ("[1]", "{2}")], ("*", "intersection"): [("[1, 2]",)],
    ("*", "symmetric_difference"): [("[1, 9]",)], ("*", "union"): [("[4]", "(5,)")],
    ("*", "isdisjoint"): [("[7]",)], ("*", "issubset"): [("range(5)",)], ("*", "issuperset"): [("[1]",)],
    ("frozenset", "copy"): [()],
    ("range", "count"): [("3",)], ("range", "index"): [("3",)],
    ("range", "start"): None, ("range", "stop"): None, ("range", "step"): None,
}

WRONG_FOR = {"str": ["1"], "int": ["'1'", "1.5"], "bytes": ["'s'"], "float": ["'1'"]}


def fill(text, tname):
    """Substitute the per-type placeholders in one argument's source text."""
    bytes_like = tname in ("bytes", "bytearray")
    words = {"fill": "'*'", "s_l": "'l'", "s_o": "'o'", "s_z": "'z'", "s_he": "'He'", "s_ld": "'ld'",
             "s_comma": "', '", "s_L": "'L'", "s_hd": "'Hd'"}
    if bytes_like:
        words = {k: "b" + v for k, v in words.items()}
    words["other"] = OTHER[tname]
    words["elem"] = ELEMENT.get(tname, "1")
    return re.sub(r"\{(\w+)\}", lambda m: words.get(m.group(1), m.group(0)), text)


def valid_calls(tname, name):
    if name.startswith("__") and name.endswith("__"):
        if name not in DUNDER_ARGS:
            sys.exit(f"gen_builtin_method_tests: no arguments for {tname}.{name}")
        calls = DUNDER_OVERRIDES.get((tname, name), DUNDER_ARGS[name])
    else:
        key = (tname, name) if (tname, name) in VALID else ("*", name)
        if key not in VALID:
            sys.exit(f"gen_builtin_method_tests: no arguments for {tname}.{name}")
        calls = VALID[key]
    if calls is None:
        return None
    return [tuple(fill(a, tname) for a in c) for c in calls]


def kind_of(src):
    """The type a source-text argument evaluates to, for choosing a wrong one."""
    try:
        v = eval(src)
    except Exception:
        return None
    return type(v).__name__


def misuse_calls(tname, name, calls):
    """Misuse derived from the valid calls and the method's text signature."""
    positional = [c for c in calls if not any("=" in a for a in c)]
    longest = max(positional, key=len) if positional else ()
    cases = [longest + ("None",)]  # one argument too many
    if longest:
        cases.append(longest[:-1])  # one too few (often still valid: that is fine)
        for i, arg in enumerate(longest):
            for wrong in WRONG_FOR.get(kind_of(arg), ["None"]):
                cases.append(longest[:i] + (wrong,) + longest[i + 1:])
    cases.append(longest + ("bogus=1",))
    try:
        sig = inspect.signature(getattr(eval(tname), name))
    except (ValueError, TypeError):
        sig = None
    if sig is not None:
        params = [p for p in sig.parameters.values() if p.name not in ("self", "type", "cls")]
        if params and params[0].kind == inspect.Parameter.POSITIONAL_ONLY and longest:
            cases.append(longest[1:] + (f"{params[0].name}={longest[0]}",))
    return cases


def case_line(tname, name, args, recv):
    call = f"{recv}.{name}({', '.join(args)})"
    # object sizes are CPython's memory layout: only their type is compared
    opaque = name in ("__sizeof__",) or (name == "__hash__" and tname in ("str", "bytes", "frozenset"))
    return f"case({call!r}, lambda: {'r.' + name}({', '.join(args)}), lambda: {recv}, {opaque})"


PRELUDE = '''# Generated by tools/gen_builtin_method_tests.py: do not edit, regenerate.
# Every method of {tname} in CPython 3.11's dir({tname}), called with typical valid
# arguments and typical misuse; one line per case.


def case(text, call, make, opaque):
    global r
    r = make()
    try:
        res = call()
    except Exception as e:
        print(text, "->", type(e).__name__ + ":", e)
        return
    if opaque:
        print(text, "->", type(res).__name__)
    else:
        print(text, "->", repr(res), repr(r))


'''


def method_test(tname):
    recv, _ = TYPES[tname]
    T = eval(tname)
    lines = [PRELUDE.format(tname=tname)]
    for name in sorted(dir(T)):
        calls = valid_calls(tname, name)
        if calls is None:
            continue
        if not callable(getattr(T, name)):
            continue
        for args in calls + misuse_calls(tname, name, calls):
            lines.append(case_line(tname, name, args, recv))
        # the unbound method applied to a receiver of another type
        other_recv = "1.5" if tname != "float" else "'x'"
        lines.append(f"case({(tname + '.' + name + '(' + other_recv + ')')!r}, "
                     f"lambda: {tname}.{name}({other_recv}), lambda: None, {name == '__sizeof__'})")
    return "\n".join(lines) + "\n"


DIR_TEST = '''# Generated by tools/gen_builtin_method_tests.py: do not edit, regenerate.
# sorted(dir(T)) of {what} are CPython 3.11's.
for T in [{types}]:
    for name in sorted(dir(T)):
        print(T.__name__, name)
'''
DIR_TESTS = {
    "bi_dir_names": ("the builtin types, object and type",
                     "str, bytes, bytearray, int, float, complex, list, tuple, dict, set, frozenset, range,\n"
                     "          bool, object, type"),
    "bi_dir_names_exceptions": ("the common exception types",
                                "BaseException, Exception, ValueError, TypeError, KeyError, IndexError,\n"
                                "          AttributeError, StopIteration, OSError, SyntaxError, UnicodeDecodeError"),
}


def write_test(tests, name, text):
    """Write tests/golden/NAME.py, or tests/pending/NAME.py while it waits there."""
    folder = "pending" if os.path.exists(os.path.join(tests, "pending", name + ".py")) else "golden"
    with open(os.path.join(tests, folder, name + ".py"), "w") as f:
        f.write(text)


def main():
    tests = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests")
    for tname in TYPES:
        write_test(tests, f"bi_methods_{tname}", method_test(tname))
    for name, (what, types) in DIR_TESTS.items():
        write_test(tests, name, DIR_TEST.format(what=what, types=types))


if __name__ == "__main__":
    main()
