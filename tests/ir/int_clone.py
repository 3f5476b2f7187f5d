# ir: const_fold typed_clone
# A function that calls itself and compares and combines a parameter with int constants
# gets a clone in which that parameter is an int (a small int, held as intptr_t), as does
# one whose `int`-annotated parameter feeds arithmetic; a parameter only passed on, a
# function that does not call itself, or an `int` annotation feeding no operator do not.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def scale(n: int, k, name: str) -> int:
    return n * 3 + len(name)

def once(n):
    return n + 1

def walk(n: int, items):
    return walk(n, items[1:]) if items else n

print(fib(10), scale(2, 1, "ab"), once(1), walk(0, [1, 2]))
