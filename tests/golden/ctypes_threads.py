# ctypes calls release the GIL (CDLL, not PyDLL): another thread runs during them, and
# callbacks from C take it back, from the main thread and from several threads at once;
# dropped callbacks are freed (no collector warnings about finalisation cycles).
import threading, time
from ctypes import *
libc = CDLL("libc.so.6")
stop = False
count = [0]
def spin():
    while not stop:
        count[0] += 1
        time.sleep(0.001)
t = threading.Thread(target=spin); t.start()
CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
for _ in range(20):
    a = (c_int * 50)(*range(50, 0, -1))
    libc.qsort(a, 50, 4, CMP(lambda x, y: x[0] - y[0]))
libc.usleep(20000)
stop = True
t.join()
print(list(a)[:5], count[0] > 0)
def worker(res, i):
    b = (c_int * 10)(*range(10, 0, -1))
    libc.qsort(b, 10, 4, CMP(lambda x, y: x[0] - y[0]))
    res[i] = list(b)
res = [None] * 4
ts = [threading.Thread(target=worker, args=(res, i)) for i in range(4)]
for x in ts: x.start()
for x in ts: x.join()
print(res[0], all(r == res[0] for r in res))
print(pydll.LoadLibrary("libc.so.6").abs(-8))
