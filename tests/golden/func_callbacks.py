events = []
handlers = {}
def on(name):
    def register(fn):
        handlers.setdefault(name, []).append(fn)
        return fn
    return register
def emit(name, *args):
    results = []
    for h in handlers.get(name, []):
        results.append(h(*args))
    return results
@on("greet")
def hello(who):
    events.append("hello " + who)
    return 1
@on("greet")
def wave(who):
    events.append("wave at " + who)
    return 2
@on("bye")
def bye(who):
    return "bye " + who
print(emit("greet", "ann"), emit("bye", "bob"), emit("none"))
print(events)
def retry(times):
    def deco(fn):
        def wrapper(*a):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(attempt, *a)
                except ValueError as e:
                    last = e
                    print("attempt", attempt, "failed:", e)
            raise RuntimeError("gave up after %d attempts" % times) from last
        return wrapper
    return deco
@retry(3)
def flaky(attempt, target):
    if attempt < target:
        raise ValueError("not yet (%d)" % attempt)
    return "succeeded on %d" % attempt
print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", e.__cause__)
def timer_free_cache(fn):
    store = {}
    def wrapper(*args):
        if args in store:
            return ("cached", store[args])
        store[args] = fn(*args)
        return ("computed", store[args])
    return wrapper
@timer_free_cache
def slow_add(a, b):
    return a + b
print(slow_add(1, 2), slow_add(1, 2), slow_add(2, 1))
