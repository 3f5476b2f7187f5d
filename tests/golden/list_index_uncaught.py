data = [1, 2, 3]
total = 0
for i in range(4):
    print("adding index", i)
    total += data[i]
print(total)
