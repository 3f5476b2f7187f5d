# Chains of awaits: return values flow back through nested coroutines; values yielded
# by the innermost awaitable travel all the way up to the driver and back.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        sent = yield self.label
        return sent

async def leaf(n):
    got = await Tick("leaf%d" % n)
    return n * 10 + got

async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b

async def top():
    results = []
    for i in range(3):
        results.append(await middle(i))
    total = sum([await leaf(k) for k in range(2)])
    return results, total

def run(coro):
    counter = 0
    value = None
    while True:
        try:
            label = coro.send(value)
        except StopIteration as e:
            return e.value
        counter += 1
        print("yielded", label)
        value = counter

print(run(top()))

async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)

print(run(fib(15)))

async def early(flag):
    if flag:
        return "early"
    await Tick("late-tick")
    return "late"

print(run(early(True)), run(early(False)))

async def kwargs(*args, **kw):
    return args, sorted(kw.items())

print(run(kwargs(1, 2, b=3, a=4)))

async def closure_user():
    count = 0
    async def bump(k):
        nonlocal count
        count += k
        return count
    await bump(1)
    await bump(2)
    return await bump(3)

print(run(closure_user()))
