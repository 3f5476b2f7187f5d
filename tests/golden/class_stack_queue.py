class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return "Stack(%r)" % self._items
class Queue(Stack):
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Queue")
        return self._items.pop(0)
    def peek(self):
        return self._items[0] if self._items else None
    def __repr__(self):
        return "Queue(%r)" % self._items
for cls in (Stack, Queue):
    c = cls()
    for i in range(4):
        c.push(i * i)
    print(c, len(c), c.peek(), c.pop(), c.pop(), c, bool(c))
    while c:
        c.pop()
    print(c, c.peek(), bool(c))
    try:
        c.pop()
    except IndexError as e:
        print("IndexError:", e)
def matching(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for i, ch in enumerate(s):
        if ch in "([{":
            st.push((ch, i))
        elif ch in pairs:
            if not st or st.peek()[0] != pairs[ch]:
                return "mismatch at %d" % i
            st.pop()
    return "ok" if not st else "unclosed at %d" % st.peek()[1]
for s in ["(a[b]{c})", "(]", "((", "{[()()]}", ")", ""]:
    print(repr(s), matching(s))
