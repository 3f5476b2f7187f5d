class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)

    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(["[" + " ".join([str(v).rjust(width) for v in r]) + "]" for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v

    def __add__(self, other):
        self._check_same(other)
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + other * -1

    def __mul__(self, other):
        if isinstance(other, Matrix):
            if self.m != other.n:
                raise ValueError("shape mismatch %dx%d * %dx%d" % (self.n, self.m, other.n, other.m))
            cols = other.transpose().rows
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Matrix([[v * other for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __neg__(self):
        return self * -1

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of non-square matrix")
        if self.n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]) if self.n > 1 else None
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def _check_same(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError("shape mismatch")

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a)
print(a + b)
print(a * b)
print(b * a)
print(a - a == Matrix([[0, 0], [0, 0]]), 2 * a == a * 2, -a)
print(a.transpose(), a.det(), Matrix.identity(3).det())
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 10)[0, 1], (fib ** 90)[0, 1])
m3 = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(m3.det(), (m3 * Matrix.identity(3)) == m3)
r = Matrix([[1, 2, 3]])
print(r * r.transpose(), (r.transpose() * r).rows)
a[0, 0] = 10
print(a[0, 0], repr(a))
for bad in [lambda: Matrix([[1], [1, 2]]), lambda: r * r, lambda: a + r, lambda: r.det()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
