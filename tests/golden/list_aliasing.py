def add_item(lst, item):
    lst.append(item)
    return lst
a = []
b = add_item(a, 1)
print(a, b, a is b)
def rebind(lst):
    lst = [99]
    return lst
c = [1]
print(rebind(c), c)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = i + 1
print(grid)
nested = [[1, 2], [3, 4]]
shallow = nested[:]
shallow[0].append(5)
shallow[1] = ["new"]
print(nested, shallow)
xs = [1, 2, 3, 4, 5, 6]
for x in xs[:]:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
ys = [1, 2, 3]
ys.append(ys)
print(ys, len(ys), ys[3] is ys)
q = [1, 2, 3]
q[1:2] = [[4, 5]]
print(q, q[1][1])
