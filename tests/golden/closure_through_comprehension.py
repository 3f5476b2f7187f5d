# A generator expression or lambda inside an inline comprehension that reads a variable
# of the function around the comprehension (the variable must become a cell of that
# function, not of the comprehension's view of it), together with the comprehension's
# own variables.
def sums(a):
    return [sum(a[r] for k in range(2)) for r in range(len(a))]


def nested(rows, scale):
    return [[(lambda: x * scale + y)() for x in row] for y, row in enumerate(rows)]


def gens(words, sep):
    return {w: "".join(sep + c for c in w) for w in words}


def later(n):
    fs = [lambda i=i: i * n for i in range(3)]
    n += 1
    return [f() for f in fs]


def deeper(base):
    return [list(x + y + base for y in (g for g in range(2))) for x in range(2)]


print(sums([1, 2]))
print(nested([[1, 2], [3]], 10))
print(gens(["ab", "c"], "-"))
print(later(5))
print(deeper(100))
