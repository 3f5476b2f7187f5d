# sys.setrecursionlimit / getrecursionlimit: the limit is real, counted as CPython counts frames
import sys

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n

print(sys.getrecursionlimit(), depth(1))
sys.setrecursionlimit(50)
print(sys.getrecursionlimit(), depth(1))

def too_low(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            print(type(e).__name__, e)
        return
    too_low(n - 1)

too_low(20)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError", e)
for bad in (2.5, "10", None):
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    sys.setrecursionlimit(2 ** 40)
except OverflowError as e:
    print("OverflowError", e)
print(sys.getrecursionlimit())

# raised well past the default: deep recursion runs (the stack grows with the limit)
sys.setrecursionlimit(20000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(15000))
print(depth(1) > 15000)

class Node:
    def __init__(self, child):
        self.child = child
    def size(self):
        return 1 if self.child is None else 1 + self.child.size()

chain = None
for _ in range(12000):
    chain = Node(chain)
print(chain.size())

# lowered again: the new limit holds at once
sys.setrecursionlimit(100)
print(depth(1))
try:
    count(500)
except RecursionError as e:
    print("RecursionError", e)
