# The attributes of exceptions are CPython's descriptors: BaseException's getsets (args,
# __traceback__, __context__, __cause__), the __suppress_context__ member and the member
# fields of OSError, SyntaxError, ImportError, ... in the type dicts, not in __dict__.
import sys

for name in ["args", "__traceback__", "__context__", "__cause__", "__suppress_context__", "__dict__"]:
    d = vars(BaseException)[name]
    print(name, repr(d), type(d).__name__, repr(getattr(BaseException, name)) == repr(d))
for T in [StopIteration, SystemExit, ImportError, NameError, AttributeError, OSError, SyntaxError,
          UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, KeyError, ValueError]:
    own = sorted(k for k in vars(T) if not k.startswith("__") or k == "__suppress_context__")
    print(T.__name__, own, [repr(vars(T)[k]) for k in own if k not in ("__reduce__",)])
for T in [BaseException, ValueError, OSError, SyntaxError, StopIteration]:
    print(T.__name__, [n for n in dir(T) if not n.startswith("__") or n in
                       ("__cause__", "__context__", "__traceback__", "__suppress_context__")])

e = ValueError(1, 2)
print(sorted(n for n in dir(e) if not n.startswith("__")), vars(e), e.__dict__)
print(hasattr(e, "args"), hasattr(e, "__notes__"), hasattr(ValueError, "args"), hasattr(e, "with_traceback"))


def attempt(what, f):
    try:
        r = f()
        print(what, "->", r)
    except Exception as x:
        print(what, "!", type(x).__name__, x)


def delete(obj, name):
    delattr(obj, name)
    return "deleted"


for name in ["args", "__traceback__", "__context__", "__cause__", "__suppress_context__", "foo"]:
    attempt("del " + name, lambda: delete(e, name))
for name, v in [("__context__", 1), ("__cause__", 1), ("__suppress_context__", 1), ("__traceback__", 1),
                ("args", 5), ("__dict__", 1), ("args", "ab"), ("__context__", KeyError("k"))]:
    attempt("set %s=%r" % (name, v), lambda: setattr(e, name, v))
print(e.args, repr(e.__context__), e.__suppress_context__)
e.__cause__ = TypeError("t")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
attempt("args.__get__(1)", lambda: BaseException.args.__get__(1))
attempt("errno.__get__(1)", lambda: OSError.errno.__get__(1))
print(BaseException.args.__get__(KeyError("z")), OSError.errno.__get__(OSError(5, "x")))
print(BaseException.__traceback__.__get__(e))

try:
    raise KeyError("k")
except KeyError as k:
    tb = k.__traceback__
    print(type(tb).__name__, k.with_traceback(None) is k, k.__traceback__)
    k.__traceback__ = tb
    print(k.__traceback__ is tb)

# fields: members reading None until set; deletion leaves None
o = OSError(2, "No such file", "f.txt")
print(o.errno, o.strerror, o.filename, o.filename2, vars(o), o.args, str(o))
del o.errno
print(o.errno)
del o.errno
o.errno = 7
print(o.errno, str(o))
o.custom = 1
print(vars(o))
b = BlockingIOError(11, "busy", 5)
print(b.characters_written, b.filename, b.args)
b.characters_written = 9
print(b.characters_written)
del b.characters_written
attempt("characters_written", lambda: b.characters_written)
attempt("OSError().characters_written", lambda: OSError(1, "x").characters_written)
s = SyntaxError("bad", ("dir/f.py", 3, 4, "x = (", 3, 6))
print(s, "|", s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset, s.print_file_and_line)
print(SyntaxError("m", (None, 4, 1, "t")), "|", SyntaxError("m", ("g.py", None, 1, "t")), "|", SyntaxError(), "|", SyntaxError("only"))
attempt("SyntaxError bad info", lambda: SyntaxError("m", (1, 2)))
print(StopIteration(3).value, StopIteration().value, SystemExit(1, 2).code, SystemExit().code)
i = ImportError("a", name="n", path="p")
print(i.msg, i.name, i.path, i.args, ImportError("a", "b").msg, ModuleNotFoundError("m").name)
attempt("ImportError(foo=1)", lambda: ImportError(foo=1))
attempt("ModuleNotFoundError(foo=1)", lambda: ModuleNotFoundError(foo=1))
attempt("NameError(foo=1)", lambda: NameError(foo=1))
attempt("ValueError(foo=1)", lambda: ValueError(foo=1))
print(NameError("x", name="y").name, AttributeError("x", name="y", obj=3).obj, AttributeError("q").name)
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid")
print(u.encoding, u.object, u.start, u.end, u.reason, vars(u))
u.start = 0
print(u)
try:
    object().missing
except AttributeError as a:
    print(a.name, type(a.obj).__name__)


class MyError(OSError):
    def __init__(self, msg):
        self.note = msg


m = MyError("hi")
print(m.errno, m.strerror, vars(m))
n = ValueError("v")
n.add_note("first")
n.add_note("second")
print(n.__notes__, vars(n))
n.__notes__ = ()
attempt("add_note on a tuple", lambda: n.add_note("x"))
