class PriorityQueue:
    """Binary min-heap of (priority, seq, item) without heapq."""
    def __init__(self):
        self.heap = []
        self.seq = 0
    def __len__(self):
        return len(self.heap)
    def push(self, priority, item):
        self.heap.append((priority, self.seq, item))
        self.seq += 1
        self._up(len(self.heap) - 1)
    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            self._down(0)
        return top[0], top[2]
    def _up(self, i):
        h = self.heap
        while i > 0:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break
    def _down(self, i):
        h = self.heap
        n = len(h)
        while True:
            small = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and h[c] < h[small]:
                    small = c
            if small == i:
                return
            h[i], h[small] = h[small], h[i]
            i = small

class Rng:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state % n

rng = Rng(42)
pq = PriorityQueue()
clock = 0
for i in range(8):
    clock += rng.next(5) + 1
    pq.push(clock, ("arrive", "c%d" % i))
served, busy_until, log = [], 0, []
while pq:
    t, (kind, who) = pq.pop()
    if kind == "arrive":
        start = max(t, busy_until)
        dur = rng.next(6) + 1
        busy_until = start + dur
        pq.push(busy_until, ("done", who))
        log.append("t=%2d %s arrives, waits %d, service %d" % (t, who, start - t, dur))
    else:
        served.append(who)
        log.append("t=%2d %s done" % (t, who))
print("\n".join(log))
print("served order:", served)
pq2 = PriorityQueue()
for p, name in [(3, "c"), (1, "a"), (2, "b"), (1, "a2"), (0, "z")]:
    pq2.push(p, name)
print([pq2.pop() for _ in range(len(pq2))])
try:
    pq2.pop()
except IndexError as e:
    print("IndexError:", e)
nums = [rng.next(100) for _ in range(15)]
pq3 = PriorityQueue()
for n in nums:
    pq3.push(n, n)
print(nums)
print([pq3.pop()[1] for _ in range(len(nums))] == sorted(nums))
