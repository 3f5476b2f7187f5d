# Float loops that index lists with an outer loop's item (LU factorisation, an FFT
# butterfly): the inner loop's fast copy has only its own items as C integers.
def lu_factor(A):
    n = len(A)
    for j in range(n):
        recp = 1.0 / A[j][j]
        for k in range(j + 1, n):
            A[k][j] *= recp
        for ii in range(j + 1, n):
            for jj in range(j + 1, n):
                A[ii][jj] -= A[ii][j] * A[j][jj]
    return A


def scale_rows(rows, weights):
    for i in range(len(rows)):
        row = rows[i]
        for k in range(len(row)):
            row[k] = row[k] * weights[i] + row[i]
    return rows


A = [[float((i * 7 + j * 3) % 11 + (i == j) * 20) for j in range(6)] for i in range(6)]
for row in lu_factor(A):
    print([round(x, 9) for x in row])
print(scale_rows([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 9.5]], [0.5, 2.0, -1.0]))
