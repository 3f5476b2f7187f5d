class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object), isinstance(b, (C, A)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", str), isinstance(b"s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(A, type), isinstance(len, type))
print(issubclass(B, A), issubclass(A, B), issubclass(int, object), issubclass(bool, int), issubclass(type, object))
print(type(b) is B, type(b) == A, type(1) is int, type("") is str, type(type) is type)
print(type(b).__name__, type(B).__name__, type(None).__name__, type(len).__name__, type(lambda: 0).__name__)
print(isinstance(b, (((A,),),)), isinstance(3, ()), issubclass(B, (C, A)))
print(type(3)(7), type("x")("y"), type([])("ab"), type(b)().__class__.__name__)
print(B.__name__, B.__qualname__, B.__module__, A in B.__bases__, b.__class__ is B)
for v in [1, 1.0, "1", [1], (1,), {1}, {1: 1}, None, True, b"1", range(1)]:
    print(type(v).__name__, end=" ")
print()
