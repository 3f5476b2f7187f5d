class Node:
    def __init__(self, value, nxt=None):
        self.value, self.next = value, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push_front(x)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if not self.head:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        values = []
        cur = self.head
        while cur:
            values.append(cur.value)
            cur = cur.next
        return iter(values)
    def __repr__(self):
        return "LinkedList([" + ", ".join([repr(v) for v in self]) + "])"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError("%r not in list" % (v,))
    def __contains__(self, v):
        return any(x == v for x in self)
ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll, len(ll), 3 in ll, 9 in ll, list(ll), sum(ll))
ll.reverse()
print(ll)
ll.remove(0)
ll.remove(4)
print(ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
empty.reverse()
empty.append("x")
print(empty, [v * 2 for v in empty])
