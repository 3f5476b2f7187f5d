# Each asyncio task runs in a copy of the context current when it was created (or in
# the context= it was given): ContextVar values set in one task do not leak into others
# or into the code that created it.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")


async def handle(n, delay):
    request_id.set("req-%d" % n)
    await asyncio.sleep(delay)
    inner = await asyncio.create_task(child())
    return "%d:%s:%s" % (n, request_id.get(), inner)


async def child():
    # a task made inside a task starts from a copy of its creator's context
    seen = request_id.get()
    request_id.set("child")
    await asyncio.sleep(0)
    return seen + "/" + request_id.get()


async def token_reset():
    token = user.set("alice")
    await asyncio.sleep(0)
    user.reset(token)
    try:
        return "reset to the value copied from main: " + user.get()
    except LookupError as e:
        return "reset to unset: LookupError %r" % (e.args[0].name,)


async def in_given_context():
    user.set("set-inside")
    await asyncio.sleep(0)
    return user.get()


async def main():
    user.set("main-user")
    results = await asyncio.gather(handle(1, 0.03), handle(2, 0.01), handle(3, 0.02))
    print(results)
    print("main still sees", request_id.get(), user.get())
    print(await token_reset())
    print(await asyncio.create_task(token_reset(), context=contextvars.Context()))
    print("after reset task:", user.get())

    ctx = contextvars.copy_context()
    t = asyncio.create_task(in_given_context(), context=ctx)
    print(await t, "| the given context now holds", ctx[user], "| main:", user.get())

    t2 = asyncio.Task(in_given_context(), context=contextvars.Context())
    print(await t2, "| main:", user.get())

    # the context is copied when the task is created, not when it first runs
    request_id.set("before-create")
    t3 = asyncio.create_task(child())
    request_id.set("after-create")
    print(await t3, request_id.get())

    # a callback run by the loop sees the context current when it was scheduled
    done = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(lambda: done.set_result(request_id.get()))
    print("callback saw", await done)

    # call_soon/call_later(..., context=ctx) run the callback in ctx
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-ctx")
    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(request_id.get()), context=ctx)
    loop.call_later(0.001, lambda tag: seen.append(tag + request_id.get()), "later:", context=ctx)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: seen.append("done:" + request_id.get()), context=ctx)
    fut.set_result(None)
    await asyncio.sleep(0.01)
    print(seen, request_id.get())
    try:
        loop.call_soon(print, ctx=ctx)
    except TypeError as e:
        print("TypeError", e)


print("outside before:", request_id.get())
asyncio.run(main())
print("outside after:", request_id.get())
try:
    print(user.get())
except LookupError:
    print("user unset outside: LookupError")
