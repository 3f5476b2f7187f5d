# generator.throw(cls) instantiates cls; a __new__ that returns a non-exception is a
# TypeError naming the class, as a raise of the class is.
class Bad(BaseException):
    def __new__(cls, *args):
        return 1

def gen():
    yield 1

for thrower in (lambda: gen().throw(Bad), lambda: gen().throw(Bad, "v")):
    try:
        thrower()
    except TypeError as e:
        print("TypeError", e)
try:
    raise Bad
except TypeError as e:
    print("TypeError", e)
try:
    raise Bad("x")
except TypeError as e:
    print("TypeError", e)
g = gen()
next(g)
try:
    g.throw(ValueError, "boom")
except ValueError as e:
    print("ValueError", e)
