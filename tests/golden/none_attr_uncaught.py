def maybe_upper(s):
    return s.upper() if s is not None else None
print(maybe_upper("x"), maybe_upper(None))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
n = Node(Node(None))
print(n.nxt is not None)
print(n.nxt.nxt)
print(n.nxt.nxt.nxt)
