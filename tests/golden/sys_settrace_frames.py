# sys.settrace: generators, f_locals, f_back, f_trace set by hand, a raising tracer, threading.settrace
import sys
import threading

log = []


def name_of(frame):
    return frame.f_code.co_name


def tracer(frame, event, arg):
    if name_of(frame) == "not_lines":
        frame.f_trace_lines = False
    line = frame.f_lineno - first
    if event == "line":
        local = {k: v for k, v in frame.f_locals.items() if type(v) in (int, str, list)}
        log.append("line %s %d %s" % (name_of(frame), line, sorted(local.items())))
    elif event == "call":
        back = frame.f_back
        fresh = frame.f_lineno == frame.f_code.co_firstlineno  # not a generator's resume
        params = sorted(k for k in frame.f_locals) if fresh else "resumed"
        log.append("call %s %d from %s %s" % (name_of(frame), line, name_of(back) if back else None, params))
    else:
        log.append("%s %s %d %r" % (event, name_of(frame), line, arg if event == "return" else arg[0].__name__))
    return tracer


first = 0


def counter(n):
    i = 0
    while i < n:
        got = yield i
        i += 1
    return "done"


def use_generator():
    g = counter(2)
    first_value = next(g)
    second = g.send("x")
    try:
        g.send("y")
    except StopIteration as stop:
        result = stop.value
    return [first_value, second, result]


def not_lines(a):
    b = a * 2
    return b


def late_tracer(frame, event, arg):
    log.append("late %s %s" % (event, name_of(frame)))
    return None


def set_by_hand():
    frame = sys._getframe()
    frame.f_trace = late_tracer
    x = 1
    return x


def bad_tracer(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed at " + name_of(frame))
    return bad_tracer


def victim():
    y = 5
    return y


def in_thread():
    z = [1, 2]
    return z


first = counter.__code__.co_firstlineno
sys.settrace(tracer)
use_generator()
not_lines(3)
sys.settrace(None)
for entry in log:
    print(entry)
log.clear()

sys.settrace(late_tracer)
set_by_hand()
sys.settrace(None)
print(log)
log.clear()

sys.settrace(bad_tracer)
try:
    victim()
except RuntimeError as e:
    print("raised:", e)
print("after a failing tracer:", sys.gettrace())

threading.settrace(tracer)
t = threading.Thread(target=in_thread)
t.start()
t.join()
threading.settrace(None)
print([entry for entry in log if "in_thread" in entry])
print(sys.gettrace())
