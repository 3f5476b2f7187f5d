grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
flat = [cell for row in grid for cell in row]
print(flat, len(flat))
transposed = [[grid[r][c] for r in range(2)] for c in range(3)]
print(transposed)
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
nested = {k: {v: v * k for v in range(k)} for k in range(1, 4)}
print(nested)
print([[x for x in row if x % 2] for row in [[1, 2, 3], [4, 5, 6], [8]]])
words = "the quick brown fox jumps over the lazy dog".split()
print({len(w): sorted({v for v in words if len(v) == len(w)}) for w in words})
print(sorted({c for w in words for c in w if c in "aeiou"}))
print(sum(1 for w in words for c in w), [w[::-1] for w in words if len(w) > 4])
