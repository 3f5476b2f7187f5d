data = [4, 8, 15, 16, 23, 42]
total = 0
for x in data:
    total += x
print("sum", total)
best_i, best = 0, data[0]
for i, x in enumerate(data):
    if x > best:
        best_i, best = i, x
print("max", best, "at", best_i)
for i in range(len(data) - 1, -1, -1):
    print(data[i], end=" ")
print()
for a, b in zip(data, data[1:]):
    print(b - a, end=" ")
print()
i = 0
while i < len(data) and data[i] < 16:
    i += 1
print("first >= 16 at", i)
evens, odds = [], []
for x in data:
    (evens if x % 2 == 0 else odds).append(x)
print(evens, odds)
count = 0
for _ in range(3):
    for _ in range(4):
        count += 1
print(count)
for n in range(2, 6):
    for m in range(2, n):
        if n % m == 0:
            print(n, "=", m, "*", n // m)
            break
    else:
        print(n, "is prime")
