def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, avg = stats([3, 1, 4, 1, 5])
print(lo, hi, avg, stats([2]))
def nothing():
    return
def implicit():
    x = 1
print(nothing(), implicit())
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(early(10), early(0), early(100))
def swap(a, b):
    return b, a
print(swap(1, 2), swap(*swap(1, 2)))
def nested_ret():
    try:
        return "try"
    finally:
        print("finally runs")
print(nested_ret())
def divmod_like(a, b):
    return (a // b, a % b) if b else None
print(divmod_like(17, 5), divmod_like(1, 0))
