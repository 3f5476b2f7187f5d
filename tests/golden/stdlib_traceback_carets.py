# traceback carets: format_exc marks the raising expression as CPython 3.11 does (~ operands, ^ operator or index)
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except Exception:
        text = traceback.format_exc()
        for line in text.splitlines():
            if line.startswith("  File "):
                name = line.split('"')[1].rsplit("/", 1)[-1]
                line = '  File "' + name + '"' + line.split('"', 2)[2]
            print(line)
    print("--")


class Box:
    def __init__(self):
        self.items = [1, 2]
        self.child = None

    def get(self, i):
        return self.items[i]


def binop(a, b):
    return a + b


def binop_spaced(a, b):
    return (a)  *  b  # comment


def floordiv(a):
    return a[0]//0


def subscript(a, i):
    x = a[i]
    return x


def nested_subscript(d):
    return d["a"]["b"]


def attribute(box):
    return box.child.name


def method_missing(box):
    return box.nosuch(1)


def method_raises(box):
    value = box.get(10)
    return value


def chained_call(box):
    return box.get(0).bit_length().nosuch


def multiline_call(box):
    return box.get(
        99)


def unary(x):
    return -x


def compare(a, b):
    return a < b


def augmented(x):
    x += "a"  # grows
    return x


def store_subscript(a):
    a[5] = 1  # out of range


def delete_item(d):
    del d["missing"]  # no such key


def name_error():
    return undefined_name


def raise_statement():
    raise ValueError("plain")


def raise_with_comment():
    raise ValueError("commented")  # a comment makes it shorter than the line


def whole_line_call(box):
    box.get(7)


def lambda_body():
    f = lambda v: v / 0
    return f(1)


def fstring(box):
    return f"value: {box.items[9]}"


def assertion(x):
    assert x > 1, "too small"


def unpack(xs):
    a, b = xs
    return a


def conditional(box):
    return 1 if box.flag else 2


def power(a):
    return a ** "b"


def inner_call(box):
    return len(str(box.get(5)))


show(binop, 1, "a")
show(binop_spaced, [1], 1.5)
show(floordiv, [1])
show(subscript, [1, 2], 5)
show(nested_subscript, {"a": {}})
show(attribute, Box())
show(method_missing, Box())
show(method_raises, Box())
show(chained_call, Box())
show(multiline_call, Box())
show(unary, "s")
show(compare, 1, "x")
show(augmented, 1)
show(store_subscript, [])
show(delete_item, {})
show(name_error)
show(raise_statement)
show(raise_with_comment)
show(whole_line_call, Box())
show(lambda_body)
show(fstring, Box())
show(assertion, 0)
show(unpack, [1, 2, 3])
show(conditional, Box())
show(power, 2)
show(inner_call, Box())
