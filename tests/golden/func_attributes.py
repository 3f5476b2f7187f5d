def documented(a, b=2):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__qualname__)
documented.tag = "custom"
documented.count = 0
documented.count += 5
print(documented.tag, documented.count, hasattr(documented, "tag"), getattr(documented, "missing", "dflt"))
class C:
    def method(self):
        """m doc"""
        return 1
    class Inner:
        def deep(self):
            return 2
print(C.method.__name__, C.method.__qualname__, C.Inner.deep.__qualname__, C.method.__doc__)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__, (lambda: 0).__qualname__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, callable(nodoc), callable(5))
print(documented.__module__, __name__)
f = documented
print(f is documented, f(1), f.__name__)
def g(x: int, y: "str" = "s") -> bool:
    return True
print(g.__annotations__)
