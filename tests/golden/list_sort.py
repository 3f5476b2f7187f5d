nums = [5, -3, 10, 0, -3, 7, 2]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=lambda x: -x))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Fig", "elder"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (-r[1], r[0])))
r2 = sorted(recs, key=lambda r: r[0])
r2.sort(key=lambda r: r[1])
print(r2)
a = [3, 1, 2]
a.sort(reverse=True); print(a)
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted([[2, 1], [1, 2], [1]]))
print(sorted([]), sorted([1]), sorted([2.5, 1, True, -0.5]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
