print("a" + "b", "a" * 2, "".join(["a", str(1)]))
n = 3
print("n=" + str(n), "n=%d" % n, f"n={n}", "n=" + repr(n))
try:
    "n=" + n
except TypeError as e:
    print("caught:", e)
count = 5
print("count is " + str(count))
print("count is " + count)
