# gc module API and what `del x; gc.collect()` runs: __del__ before the weak reference
# callbacks of the same object, weakref.finalize, automatic collection switched off and
# on, thresholds; at exit, after the atexit handlers, the __del__ of objects the
# module's globals still hold (CPython's module teardown), in the order they were bound.
import atexit
import gc
import weakref

events = []

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append("del " + self.name)

def setup():
    h = [Node("held")]
    r = weakref.ref(h[0], lambda ref: events.append("callback, referent " + repr(ref())))
    f = weakref.finalize(h[0], events.append, "finalize")
    print("alive:", r() is h[0], f.alive)
    return r, f

r, f = setup()
gc.collect()
print(events, f.alive, r())
events.clear()

print("isenabled:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())

def churn():
    for i in range(3):
        Node("disabled-%d" % i)
churn()
gc.collect()  # collects even with automatic collection off
print(sorted(events))
events.clear()
gc.enable()
print("after enable:", gc.isenabled())

def loop_collects():
    for i in range(20000):
        Node("auto")
loop_collects()
for i in range(100000):  # allocations, then loop back-edges: the automatic path
    [i]
gc.collect()
print("automatic: all 20000 finalized:", events.count("del auto") == 20000)
events.clear()

old = gc.get_threshold()
print(len(old), all(isinstance(x, int) for x in old))
gc.set_threshold(500)
print(gc.get_threshold()[0])
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
for args in ((), (1, 2, 3, 4), (1.5,)):
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print("TypeError:", e)
count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) and c >= 0 for c in count))
try:
    gc.is_finalized()
except TypeError as e:
    print("TypeError:", e)

class Closer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("exit __del__", self.name)

first = Closer("first")
second = Closer("second")
atexit.register(print, "atexit ran")
print("end of module")
