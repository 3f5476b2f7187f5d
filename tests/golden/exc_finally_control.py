def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def order():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append("body%d" % i)
        finally:
            out.append("fin%d" % i)
    return out
print(order())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(value_captured())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("cleanup", n)
    return n
print(while_finally())
def finally_raises():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    finally_raises()
except ValueError as e:
    print("got", repr(e), "context", repr(e.__context__))
def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError("dropped")
        finally:
            break
    return "loop exited at %d" % i
print(break_in_finally())
