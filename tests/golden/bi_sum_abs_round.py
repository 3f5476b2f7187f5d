print(sum([1, 2, 3]), sum([]), sum([1.5, 2.5]), sum([1, 2], 10), sum(range(101)), sum([[1], [2]], []), sum([0.1] * 3))
print(sum([True, True]), sum((1, 2, 3), start=-6), sum([10 ** 20, 1]), sum([1, 2.0]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(-float("inf")))
print(round(2.567, 2), round(-2.5), round(3.5), round(1234, -2), round(0.5), round(1.5), round(-0.5))
print(divmod(20, 6), divmod(-20, 6), divmod(20.5, 6), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, 8, 10), pow(2.0, 3), pow(4, 0.5), pow(-1, 2), pow(10, -1))
print(hex(255), oct(64), bin(10), chr(97), ord("a"), chr(0x1F600) == "😀", ord("€"))
