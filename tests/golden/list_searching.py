data = [5, 3, 8, 3, 9, 1, 3]
print(data.index(3), data.index(3, 2), data.count(3), 9 in data, data.index(max(data)))
positions = [i for i, v in enumerate(data) if v == 3]
print(positions)
def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
s = sorted(data)
print(s, [bisect_left(s, x) for x in [0, 1, 3, 4, 9, 10]])
def insort(a, x):
    a.insert(bisect_left(a, x), x)
for v in [4, 0, 10, 3]:
    insort(s, v)
print(s)
print(next(iter([v for v in data if v > 7]), None), next(iter([v for v in data if v > 70]), "none"))
try:
    data.index(42)
except ValueError as e:
    print("ValueError:", e)
print(min(range(len(data)), key=lambda i: data[i]), sorted(range(len(data)), key=lambda i: (data[i], i)))
