# PEP 604 unions (int | None) and PEP 585 generic aliases (list[int]) at run time.
u = int | None
print(u, type(u), u.__args__)
print(int | str | int, (int | str) | (float | None), None | int)
print(int | int, int | str == str | int, int | str == int | float, hash(int | str) == hash(str | int))
class Point: pass
print(Point | None, list[int] | dict)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.5, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str))
try:
    int | "str"
except TypeError as e:
    print(e)
def f(x: int | None = None, y: "Point | None" = None) -> list[int] | None:
    return x
print(f.__annotations__, f(3))
a = list[int]
print(a, a.__origin__, a.__args__, a(), a((1, 2)), dict[str, list[float]], tuple[int, ...], tuple[()])
print(list[int] == list[int], list[int] == list[str], list[int] | None == list[int] | None, type[int])
print(hash(list[int]) == hash(list[int]), a.append, list[Point], dict[str, "Point"])
