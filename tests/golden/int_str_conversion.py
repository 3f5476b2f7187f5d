for n in [0, -0, 5, -5, 10 ** 18, -(10 ** 25), 2 ** 64]:
    print(str(n), repr(n), len(str(n)))
print(str(1_000_000), "%d" % 1_000_000, f"{1_000_000:,}", f"{1_000_000:_}")
print(int("-" + "1" * 30) - 1)
s = str(2 ** 1000)
print(len(s), s[:20], s[-20:])
print(str(7).zfill(4), str(-7).zfill(4), str(12345)[::-1])
nums = [int(c) for c in "9081726354"]
print(nums, sorted(nums), max(nums))
print("value: " + str(42) + "!", 42 .__str__(), (42).__repr__())
print(int(str(3 ** 100)) == 3 ** 100)
