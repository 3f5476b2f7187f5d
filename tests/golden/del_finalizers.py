# __del__: called once when an object becomes unreachable and gc.collect() runs;
# inherited and late-set __del__, exceptions in __del__ (ignored, reported on stderr),
# resurrection (no second call), gc.is_finalized, cycles of objects with __del__, a
# chain (the referrer's __del__ first, as reference counting frees it).
# Objects are made inside functions, so no stale pointer on the caller's stack keeps them.
import gc

log = []

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append("del " + self.name)

class Child(Res):
    pass

class NoDel:
    pass

def make(cls, name):
    cls(name)

def show(label):
    gc.collect()  # from another frame: a stale word the first collect met is elsewhere now
    print(label, sorted(log))
    log.clear()

make(Res, "plain")
gc.collect()
show("plain:")
make(Child, "inherited")
gc.collect()
show("inherited:")

def make_cycle():
    a = Res("a")
    b = Res("b")
    a.other = b
    b.other = a

def cycle():  # a level deeper than gc.collect()'s frames reach (the stack below them is cleared)
    make_cycle()
cycle()
gc.collect()
show("cycle:")

class Link:
    def __init__(self, name, nxt=None):
        self.name = name
        self.nxt = nxt
    def __del__(self):
        log.append(self.name)

def chain():
    Link("outer", Link("middle", Link("inner")))
chain()
gc.collect()
print("chain, referrer first:", log)
log.clear()

def self_ref():
    s = Res("self")
    s.me = s
    s.method = s.__del__
self_ref()
gc.collect()
show("self-ref:")

class Boom:
    def __del__(self):
        log.append("boom")
        raise ValueError("in __del__")

def boom():
    Boom()
boom()
gc.collect()
show("raising:")
print("still running")

saved = []

class Phoenix:
    calls = 0
    def __del__(self):
        Phoenix.calls += 1
        saved.append(self)

def phoenix():
    Phoenix()
phoenix()
gc.collect()
print("resurrected:", len(saved), Phoenix.calls, gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
gc.collect()
print("no second __del__:", Phoenix.calls)

kept = Res("kept")
print("is_finalized live:", gc.is_finalized(kept), gc.is_finalized(1), gc.is_finalized(NoDel()))
gc.collect()
print("kept alive:", log)

class Late:
    pass

def late():
    Late()
Late.__del__ = lambda self: log.append("late del")
late()
gc.collect()
show("late-set:")

def many():
    for i in range(50):
        Res(str(i))
many()
gc.collect()
print("many:", len(log), len(set(log)))
log.clear()

class WithDelAttr:
    def __del__(self):
        log.append("class __del__ " + type(self).__name__)

def make_instance_attr():
    w = WithDelAttr()
    w.__del__ = lambda: log.append("instance attribute, never called")

def instance_attr():
    make_instance_attr()
instance_attr()
gc.collect()
show("looked up on the type:")

class Base(list):
    def __del__(self):
        log.append("list subclass " + str(len(self)))

def list_sub():
    Base([1, 2, 3])
list_sub()
gc.collect()
show("builtin subclass:")

for bad in (-1, 3, "x"):
    try:
        gc.collect(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(gc.collect()).__name__, gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
