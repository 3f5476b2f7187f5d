print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=25), "{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
class P:
    def __init__(self):
        self.x = 3
        self.y = [7, 8]
p = P()
print("{0.x} {0.y[1]} {p.x}".format(p, p=p))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}".format("r", "l", "c", "mid", 3.14159))
print("{:{w}.{p}f}|{:{fill}>{w}}".format(2.71828, "z", w=10, p=3, fill="."))
print("{{literal}} {}".format("braces"), "{!r} {!s} {!a}".format("x", "y", "é"))
print("{0:d} {0:x} {0:o} {0:b} {0:#x} {0:,}".format(1234567))
print("{:%} {:.1%} {:e} {:.2E}".format(0.25, 0.123, 12345.6789, 0.000123))
print(str.format("{}-{}", 1, 2), "{:}".format(5), "{0!r:>10}".format("s"))
for fmt, args, kw in [("{} {}", (1,), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}),
                      ("{0} {}", (1, 2), {}), ("{", (), {}), ("}", (), {}), ("{0.nope}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (IndexError, KeyError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print("{:,}".format(-1234567.891), "{:_b}".format(255), "{:=+8d}".format(42))
print("{a}{b}".format_map({"a": 1, "b": 2}))
