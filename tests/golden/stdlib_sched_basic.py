# sched: events with a fake clock (times, priorities, entry order), cancel, the queue,
# non-blocking runs, actions that enter more events or raise, and kwargs.
import sched


class Clock:
    def __init__(self):
        self.now = 100.0
        self.waits = []

    def time(self):
        return self.now

    def sleep(self, d):
        self.waits.append(d)
        self.now += d


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []


def act(name, *rest, **kw):
    log.append((clock.now, name, rest, kw))


e1 = s.enter(5, 1, act, ('five',))
e2 = s.enter(5, 0, act, ('five-first',))
e3 = s.enterabs(102, 1, act, ('abs', 1, 2), {'k': 'v'})
e4 = s.enter(1, 1, act, kwargs={'only': 'kw'}, argument=('one',))
e5 = s.enter(5, 1, act, ('five-later',))
gone = s.enter(3, 1, act, ('cancelled',))
print(e1.time, e1.priority, e1.argument, e1.kwargs, e3.kwargs, type(e1).__name__, e1._fields)
print([(e.time, e.priority, e.argument[0]) for e in s.queue])
s.cancel(gone)
try:
    s.cancel(gone)
except ValueError as e:
    print('ValueError', e)
print(s.empty(), len(s.queue))
print(s.run(blocking=False), log)
clock.now = 101.5
print(s.run(blocking=False), log[-1])


def chain(n):
    log.append((clock.now, 'chain', n))
    if n < 3:
        s.enter(0.5, 0, chain, (n + 1,))


s.enter(0, 5, chain, (1,))
s.run()
for entry in log:
    print(entry)
print(clock.waits, s.empty(), s.run(), s.run(False))


def boom():
    raise RuntimeError('action failed')


s.enter(1, 0, boom)
s.enter(2, 0, act, ('after boom',))
try:
    s.run()
except RuntimeError as e:
    print('RuntimeError', e, len(s.queue))
s.run()
print(log[-1], s.empty())
real = sched.scheduler()
real.enter(0, 0, log.append, ('real clock',))
real.run()
print(log[-1], sched.__all__, sched.Event._fields)
