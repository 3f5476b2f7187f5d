# types.GenericAlias called directly: classmethod(GenericAlias) as a class's __class_getitem__, argument errors
GA = type(list[int])
print(GA(list, int), GA(dict, (str, int)).__args__)
class A:
    __class_getitem__ = classmethod(GA)
print(A[int], A[int, str].__args__)
for bad in [lambda: GA(1), lambda: GA(list, int, x=1)]:
    try: bad()
    except TypeError as e: print(e)
