class Node:
    def __init__(self, nxt):
        self.nxt = nxt
n = Node(Node(None))
print(n.nxt is not None)
print(n.nxt.nxt)
print(n.nxt.nxt.nxt)
