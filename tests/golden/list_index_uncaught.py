items = ["a", "b"]
print(items[-1], items[-2])
try:
    items[2]
except IndexError as e:
    print("caught:", e)
data = [1, 2, 3]
total = 0
for i in range(4):
    print("adding index", i)
    total += data[i]
print(total)
