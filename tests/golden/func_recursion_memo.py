calls = {"n": 0}
def fib_naive(n):
    calls["n"] += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)
print(fib_naive(20), calls["n"])
memo = {}
def fib_memo(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = r
    return r
print(fib_memo(150), len(memo))
def partitions(n, k=None, cache={}):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in cache:
        cache[key] = partitions(n - k, k) + partitions(n, k - 1)
    return cache[key]
print([partitions(i) for i in range(15)], partitions(100))
def grid_paths(r, c, memo=None):
    memo = {} if memo is None else memo
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c, memo) + grid_paths(r, c - 1, memo)
    return memo[(r, c)]
print(grid_paths(2, 2), grid_paths(10, 10), grid_paths(16, 16))
def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = 1 + table[i + 1][j + 1] if a[i] == b[j] else max(table[i + 1][j], table[i][j + 1])
    return table[0][0]
print(lcs("AGGTAB", "GXTXAYB"), lcs("abc", "def"), lcs("kitten", "sitting"))
