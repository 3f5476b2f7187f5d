print(True + True, True * 10, False * 10, True - False, -True, +False)
print(True / 2, True // 2, True % 2, True ** 5, 2 ** True)
print(sum([True, True, False, True]), sum(x > 2 for x in range(6)))
print(True == 1, False == 0, (True == 1) == 1, isinstance(True, int), type(True) is bool)
print(["no", "yes"][True], ["no", "yes"][False], (10, 20)[1 > 0])
print(int(True), float(True), str(True), repr(False), bool(1), bool(0), bool(-3))
print(True > False, max(True, 0), min(False, 1), abs(True), divmod(True, 1))
print(hex(True), bin(True), True & 3, True | 2, True ^ 1, True << 4)
d = {True: "t", 0: "z"}
d[1] = "one"
d[False] = "f"
print(d)
print(issubclass(bool, int), bool.__mro__[1].__name__)
