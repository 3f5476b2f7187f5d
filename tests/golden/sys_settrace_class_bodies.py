# sys.settrace: a class body is a frame of its own (call/line/return, co_name the class name, f_locals its namespace, f_back the defining frame), also nested, decorated, in functions, closing over the function's variables, with __class__ cells and exceptions
import sys

events = []


def tracer(frame, event, arg):
    code = frame.f_code
    if code.co_name == "tracer":
        return None
    shown = ""
    if event == "return":
        shown = type(arg).__name__
    elif event == "exception":
        shown = arg[0].__name__
    elif event == "line" and code.co_flags == 0:  # a class body
        shown = sorted(k for k in frame.f_locals if not k.startswith("__"))
    back = frame.f_back.f_code.co_name if frame.f_back else None
    events.append((event, code.co_name, frame.f_lineno - code.co_firstlineno, shown, back))
    return tracer


def deco(cls):
    cls.decorated = True
    return cls


def make(n):
    scale = 10

    class Inner:
        count = n
        doubled = count * 2

        def scaled(self):
            return self.count * scale

        class Nested:
            tag = "nested"

            def get(self):
                return scale + n

        def ident(self):
            return __class__.__name__

    return Inner


sys.settrace(tracer)


class Base:
    def hello(self):
        return "base"


@deco
class Child(Base):
    """doc"""
    items = [i for i in range(2)]

    def hello(self):
        return "child+" + super().hello()


def failing():
    try:
        class Broken:
            ok = 1
            raise ValueError("in class body")
    except ValueError as e:
        return str(e)

Inner = make(3)
print(Inner.count, Inner.doubled, Inner().scaled(), Inner.Nested().get(), Inner().ident())
print(Child.decorated, Child().hello(), Child.__doc__, Child.items)
print(failing())
sys.settrace(None)
for e in events:
    print(*e)

code_seen = []


def class_code_tracer(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "Plain":
        c = frame.f_code
        code_seen.append((c.co_name, c.co_qualname, c.co_argcount, c.co_varnames, c.co_flags, frame.f_locals is frame.f_locals))
    return None


def outer():
    class Plain:
        pass
    return Plain


sys.settrace(class_code_tracer)
outer()
sys.settrace(None)
print(code_seen)
