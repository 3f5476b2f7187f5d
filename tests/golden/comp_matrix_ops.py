A = [[1, 2], [3, 4], [5, 6]]
B = [[7, 8, 9], [10, 11, 12]]
AB = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(AB)
print([[row[i] for row in A] for i in range(2)])
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
print(identity)
print([[A[i][j] * 10 for j in range(len(A[0]))] for i in range(len(A))])
print([x for row in A for x in row if x % 2 == 0])
print({(i, j): A[i][j] for i in range(3) for j in range(2) if A[i][j] > 3})
pascal = [[1]]
for _ in range(6):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(" ".join([str(v) for v in row]).center(30))
