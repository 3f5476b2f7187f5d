records = [("d", 2), ("a", 1), ("c", 2), ("b", 1), ("e", 3), ("f", 1), ("g", 2)]
by_num = sorted(records, key=lambda r: r[1])
print(by_num)
print(sorted(records, key=lambda r: r[1], reverse=True))
multi = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(multi)
lst = list(records)
lst.sort(key=lambda r: r[1] % 2)
print(lst)
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len))
print(sorted(set(words), key=lambda w: (-words.count(w), w)))
nums = [3, -1, 2, -3, 1, -2, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: x * x, reverse=True))
class Item:
    def __init__(self, n, tag):
        self.n, self.tag = n, tag
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return "%d%s" % (self.n, self.tag)
items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d")]
print(sorted(items), min(items), max(items), sorted(items, reverse=True))
