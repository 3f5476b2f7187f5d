def read_lines(text):
    for line in text.split("\n"):
        yield line
def non_empty(lines):
    for l in lines:
        if l.strip():
            yield l.strip()
def numbered(lines):
    n = 0
    for l in lines:
        n += 1
        yield "%d: %s" % (n, l)
text = "first\n\n  second  \nthird\n\n"
for l in numbered(non_empty(read_lines(text))):
    print(l)
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals() if x % 2))))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(2))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
