class Node:
    __slots__ = ("key", "val", "left", "right")
    def __init__(self, key, val):
        self.key, self.val, self.left, self.right = key, val, None, None
class BST:
    def __init__(self):
        self.root, self.n = None, 0
    def insert(self, key, val=None):
        if self.root is None:
            self.root = Node(key, val)
            self.n += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                cur.val = val
                return
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, Node(key, val))
                self.n += 1
                return
            cur = nxt
    def get(self, key, default=None):
        cur = self.root
        while cur:
            if key == cur.key:
                return cur.val
            cur = cur.left if key < cur.key else cur.right
        return default
    def inorder(self):
        out, stack, cur = [], [], self.root
        while stack or cur:
            while cur:
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            out.append(cur.key)
            cur = cur.right
        return out
    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))
    def delete(self, key):
        self.root = self._delete(self.root, key)
    def _delete(self, node, key):
        if node is None:
            raise KeyError(key)
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            self.n -= 1
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left:
                succ = succ.left
            node.key, node.val = succ.key, succ.val
            self.n += 1
            node.right = self._delete(node.right, succ.key)
        return node
    def __len__(self):
        return self.n
    def __contains__(self, key):
        return self.get(key, self) is not self
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k))
print(t.inorder(), len(t), t.height())
print(t.get(35), t.get(36), t.get(36, "none"), 45 in t, 46 in t)
t.insert(35, "thirty-five")
print(t.get(35), len(t))
for k in [20, 30, 50]:
    t.delete(k)
    print("deleted", k, t.inorder(), len(t), t.root.key)
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w, words.get(w, 0) + 1)
print(words.inorder(), words.get("the"), words.height())
