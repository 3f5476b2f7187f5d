# sys.setprofile: super().m() reports 'c_call'/'c_return' when m is a builtin method (list.append, dict.get, str.upper through a def), none for slot wrappers (super().__repr__()) or defs; a call made direct to a def reports 'c_call' when the name was rebound to a builtin behind the compiler's back (globals())
import sys

events = []


def describe(fn):
    owner = getattr(fn, "__self__", None)
    if owner is None or type(owner).__name__ == "module":
        return repr(fn)
    return "%s of %s" % (fn.__name__, type(owner).__name__)


def profiler(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, frame.f_code.co_name, frame.f_lineno, describe(arg)))
    else:
        events.append((event, frame.f_code.co_name, frame.f_lineno))


class Stack(list):
    def append(self, x):
        super().append(x * 2)

    def pop(self):
        return super().pop()

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


class Base:
    def hello(self, name):
        return "hello " + name


class Child(Base):
    def hello(self, name):
        return super().hello(name).upper()


class Keys(dict):
    def get(self, key, default=None):
        return super().get(key, default)


def helper(x):
    return x + 1


def count(x):
    return -1


def run():
    s = Stack()
    s.append(1)
    s.append(2)
    s.pop()
    r = repr(s)
    c = Child().hello("bob")
    k = Keys(a=1)
    g = k.get("a"), k.get("b", 5)
    h = helper(3)
    n = count("abcd")
    return r, c, g, h, n


globals()["count"] = len
sys.setprofile(profiler)
result = run()
sys.setprofile(None)
print(result)
for e in events:
    print(*e)
