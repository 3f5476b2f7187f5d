n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i", i)
else:
    print("while else", i)
j = 0
while True:
    j += 1
    if j > 4:
        break
print("j", j)
k = 0
while k < 10:
    if k == 2:
        break
    k += 1
else:
    print("not printed")
print("k", k)
while False:
    pass
else:
    print("false while else")
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
