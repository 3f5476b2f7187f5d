# atexit: register/unregister/_run_exitfuncs/_clear/_ncallbacks, args and kwargs, LIFO order, raising callbacks, a callback registered by a thread, normal end
import atexit
import sys
import threading

print(atexit.__name__, atexit.__doc__.splitlines()[0])


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


def hello():
    print("hello")


# register returns func (decorator use), keeps args and kwargs
print(atexit.register(show, 1, 2, key="v") is show)


@atexit.register
def decorated():
    print("decorated runs at exit")


print(decorated.__name__)

# errors, with CPython's messages
for call, args, kwargs in [(atexit.register, (), {}), (atexit.register, (42,), {}),
                           (atexit.register, (), {"func": hello}),
                           (atexit.unregister, (), {}), (atexit.unregister, (hello, hello), {}),
                           (atexit.unregister, (), {"func": hello}),
                           (atexit._clear, (1,), {}), (atexit._ncallbacks, (), {"x": 1}),
                           (atexit._run_exitfuncs, (None,), {})]:
    try:
        call(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

# unregister removes every registration that compares equal; the count keeps the blanks
atexit._clear()
atexit.register(hello)
atexit.register(show, "a")
atexit.register(hello)
print(atexit._ncallbacks())
atexit.unregister(hello)
atexit.unregister(print)  # never registered: nothing happens
print(atexit._ncallbacks())
atexit._run_exitfuncs()
print("after run", atexit._ncallbacks())


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, punct="!"):
        print("greet", self.name + punct)


g = Greeter("bound")
atexit.register(g.greet, punct="?")
atexit.register(g.greet)
atexit.unregister(g.greet)  # bound methods compare equal: both go
atexit._run_exitfuncs()
print("bound methods gone")


class Boom(Exception):
    pass


def explode():
    raise Boom("in callback")


# a raising callback is reported on stderr and the others still run
atexit.register(lambda: print("first registered, last run"))
atexit.register(explode)
atexit.register(lambda: print("runs before explode"))
atexit._run_exitfuncs()


# a callback that unregisters another not yet run, and one that registers a new one
# (dropped: registrations made during the run are cleared with the rest)
def late():
    print("late: never runs")


def unregisters():
    print("unregisters hello")
    atexit.unregister(hello)
    atexit.register(late)


atexit.register(hello)
atexit.register(unregisters)
atexit._run_exitfuncs()
print("count", atexit._ncallbacks())

atexit.register(lambda: print("cleared: never runs"))
atexit._clear()
print("count after clear", atexit._ncallbacks())

# the real exit sequence: registered here, run after the main module ends, newest first
atexit.register(show, "exit", n=1)
atexit.register(explode)


def from_thread():
    atexit.register(show, "registered by a thread")


t = threading.Thread(target=from_thread)
t.start()
t.join()

atexit.register(show, "registered last, runs first")
print("main module ends")
