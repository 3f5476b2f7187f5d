# f.__code__ (co_* fields, flags, replace, assignment), __closure__ cells, __globals__, __builtins__, __defaults__/__kwdefaults__
import types


def outer(z):
    b = 1
    a = 2

    def inner(q, *args, k=1, **kw):
        x = 3
        y = 4

        def deeper():
            return x
        return b + a + q
    return inner


inner = outer(0)
code = inner.__code__
print(type(code) is types.CodeType, type(code).__name__, types.CellType.__name__)
print(code.co_name, code.co_qualname, code.co_firstlineno, code.co_argcount, code.co_posonlyargcount,
      code.co_kwonlyargcount, code.co_nlocals)
print(code.co_varnames, code.co_freevars, code.co_cellvars, code.co_flags)
print(outer.__code__.co_varnames, outer.__code__.co_cellvars, outer.__code__.co_freevars, outer.__code__.co_flags)
print(code.co_filename.endswith("func_code.py"), type(code.co_code), type(code.co_consts), code.co_names)
print(repr(code).startswith("<code object inner at 0x"), repr(code).endswith('func_code.py", line 9>'))
print(code is inner.__code__, code is outer(5).__code__, code == outer(5).__code__, code == outer.__code__)
print(hash(code) == hash(outer(7).__code__))


def posonly(a, b, /, c, *, d):
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class K:
    def method(self):
        return __class__

    def other(self):
        return 1


print(posonly.__code__.co_posonlyargcount, posonly.__code__.co_argcount, posonly.__code__.co_kwonlyargcount)
print([f.__code__.co_flags for f in (gen, coro, agen, posonly, lambda: 0, lambda *a: 0, lambda **k: 0)])
print(K.method.__code__.co_freevars, K.method.__code__.co_flags, K.other.__code__.co_freevars)
print(K.method.__code__.co_qualname, (lambda: 0).__code__.co_name)
print([(lambda: 0).__code__.co_flags for _ in range(1)], outer(1).__code__.co_flags & 0x10)

# closures and cells
print(outer.__closure__, [c.cell_contents for c in inner.__closure__])
cell = inner.__closure__[0]
cell.cell_contents = 40
print(inner(0), type(cell) is types.CellType)


def counter():
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n
    return bump


bump = counter()
bump()
bump()
print(bump.__closure__[0].cell_contents, bump.__code__.co_freevars, counter.__code__.co_cellvars)

# replace
r = code.replace(co_name="renamed", co_firstlineno=99)
print(r.co_name, r.co_firstlineno, r.co_qualname, code.co_name, r.replace(co_qualname="Q.q").co_qualname)
for bad in ({"co_name": 1}, {"co_firstlineno": "x"}, {"co_bogus": 1}):
    try:
        code.replace(**bad)
    except TypeError as e:
        print("TypeError:", e)

# assigning __code__ switches the implementation and keeps the name
def add(a, b=10):
    return a + b


def mul(a, b=20):
    return a * b


add.__code__ = mul.__code__
print(add(3), add.__name__, add.__qualname__, add.__code__.co_name, add.__defaults__)
for value in (None, 1):
    try:
        add.__code__ = value
    except TypeError as e:
        print("TypeError:", e)
try:
    add.__code__ = inner.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    del add.__code__
except TypeError as e:
    print("TypeError:", e)

# __globals__ and __builtins__
G = add.__globals__
print(type(G).__name__, G["mul"] is mul, G["__name__"], inner.__globals__["outer"] is outer)
print(type(add.__builtins__).__name__, add.__builtins__["len"] is len)
for attr in ("__globals__", "__closure__", "__builtins__"):
    try:
        setattr(add, attr, None)
    except AttributeError as e:
        print("AttributeError:", e)

# __defaults__ / __kwdefaults__
def kw(a, b=1, *, c=2):
    return a, b, c


kw.__defaults__ = (7,)
kw.__kwdefaults__ = {"c": 8}
print(kw(0), kw.__defaults__, kw.__kwdefaults__)
kw.__defaults__ = None
try:
    kw(0)
except TypeError as e:
    print("TypeError:", e)
for attr, value in (("__defaults__", [1]), ("__kwdefaults__", (1,))):
    try:
        setattr(kw, attr, value)
    except TypeError as e:
        print("TypeError:", e)
del kw.__kwdefaults__
print(kw.__kwdefaults__, kw.__defaults__)
