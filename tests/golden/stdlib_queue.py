# queue: FIFO/LIFO/priority order, bounded put/get with block and timeout, Empty/Full, task_done/join, SimpleQueue, producer/consumer threads
import queue
import threading

q = queue.Queue()
for i in range(5): q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for i in range(5)], q.empty())
lq = queue.LifoQueue()
for i in range(5): lq.put(i)
print([lq.get_nowait() for i in range(5)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]: pq.put(item)
print([pq.get() for i in range(4)])

bq = queue.Queue(maxsize=2)
bq.put(1); bq.put_nowait(2)
print(bq.full(), bq.maxsize, bq.qsize())
for attempt in (lambda: bq.put_nowait(3), lambda: bq.put(3, timeout=0.01), lambda: bq.put(3, block=False)):
    try:
        attempt()
    except queue.Full:
        print("Full raised")
print(bq.get(), bq.get())
for attempt in (bq.get_nowait, lambda: bq.get(timeout=0.01), lambda: bq.get(False)):
    try:
        attempt()
    except queue.Empty:
        print("Empty raised")
try:
    bq.get(timeout=-1)
except ValueError as e:
    print(e)
q2 = queue.Queue()
q2.put("x"); q2.get(); q2.task_done()
try:
    q2.task_done()
except ValueError as e:
    print(e)
print(issubclass(queue.Empty, Exception), queue.Full.__name__)

# producer/consumer with a bounded queue, sentinel end, task_done/join
work = queue.Queue(maxsize=3)
results = queue.Queue()
def producer(n):
    for i in range(n):
        work.put(i)
def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.put(item * 10)
        work.task_done()
consumers = [threading.Thread(target=consumer) for i in range(3)]
producers = [threading.Thread(target=producer, args=(20,)) for i in range(2)]
for t in consumers + producers: t.start()
for t in producers: t.join()
work.join()
for t in consumers: work.put(None)
for t in consumers: t.join()
got = []
while not results.empty():
    got.append(results.get())
print(len(got), sum(got), sorted(set(got))[:5], work.unfinished_tasks)

# a get() waiting for a later put()
box = queue.Queue()
def late_put():
    box.put("delivered")
t = threading.Thread(target=late_put)
t.start()
print(box.get(timeout=5))
t.join()

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in "abc": sq.put(i)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(block=False), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
# priority queue across threads: items come out sorted
pq2 = queue.PriorityQueue()
fillers = [threading.Thread(target=lambda k=k: [pq2.put(k * 10 + j) for j in range(5)]) for k in range(3)]
for f in fillers: f.start()
for f in fillers: f.join()
print([pq2.get() for i in range(pq2.qsize())])
# generic aliases for annotations, class names
q3: queue.Queue[int] = queue.Queue()
print(queue.Queue[int], queue.SimpleQueue[str], queue.LifoQueue, queue.SimpleQueue)
