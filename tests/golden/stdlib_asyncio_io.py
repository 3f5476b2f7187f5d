# asyncio loop I/O without sockets: add_reader/add_writer on os.pipe, remove_reader/remove_writer, run_in_executor, call_soon_threadsafe, add_signal_handler
import asyncio
import os

SIGUSR1, SIGUSR2 = 10, 12  # Linux numbers (no signal module needed)


async def pipe_reader_writer():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    received = []
    done = loop.create_future()

    def on_readable(tag):
        data = os.read(r, 100)
        received.append(data)
        print('readable', tag, data)
        if data.endswith(b'!'):
            print('remove_reader:', loop.remove_reader(r))
            done.set_result(b''.join(received))

    loop.add_reader(r, on_readable, 'pipe')
    for chunk in [b'one', b'two', b'three!']:
        os.write(w, chunk)
        await asyncio.sleep(0.01)
    print('joined:', await done)
    print('remove_reader again:', loop.remove_reader(r))
    print('remove_writer never added:', loop.remove_writer(w))

    writable = loop.create_future()

    def on_writable():
        print('writable; remove_writer:', loop.remove_writer(w))
        writable.set_result(os.write(w, b'from writer'))

    loop.add_writer(w, on_writable)
    print('wrote', await writable, 'bytes; read back', os.read(r, 100))

    # replacing a reader callback: only the new one runs
    got = loop.create_future()
    loop.add_reader(r, lambda: print('old callback: must not run'))
    loop.add_reader(r, lambda: got.set_result(os.read(r, 100)) if not got.done() else None)
    os.write(w, b'replaced')
    print('replaced reader got', await got)
    loop.remove_reader(r)
    os.close(r)
    os.close(w)


async def order_with_ready_callbacks():
    # a ready descriptor's callback runs in the iteration after the poll, after the
    # callbacks already queued
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.write(w, b'x')
    events = []
    fut = loop.create_future()

    def on_read():
        events.append('reader')
        loop.remove_reader(r)
        fut.set_result(None)

    loop.call_soon(events.append, 'soon 1')
    loop.add_reader(r, on_read)
    loop.call_soon(events.append, 'soon 2')
    await fut
    print(events)
    os.close(r)
    os.close(w)


def blocking_sum(*xs):
    return sum(xs)


def failing():
    raise ValueError('from the executor')


async def executor_and_threadsafe():
    loop = asyncio.get_running_loop()
    print('run_in_executor:', await loop.run_in_executor(None, blocking_sum, 1, 2, 3))
    try:
        await loop.run_in_executor(None, failing)
    except ValueError as e:
        print('executor error:', e)
    fut = loop.create_future()
    loop.call_soon_threadsafe(fut.set_result, 'threadsafe')
    print(await fut)


async def signals():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.add_signal_handler(SIGUSR1, lambda tag: fut.set_result(tag), 'usr1')
    os.kill(os.getpid(), SIGUSR1)
    print('signal handler ran:', await fut)
    print('remove_signal_handler:', loop.remove_signal_handler(SIGUSR1),
          loop.remove_signal_handler(SIGUSR1))

    async def coro():
        pass
    try:
        loop.add_signal_handler(SIGUSR2, coro)
    except TypeError as e:
        print('TypeError:', e)


async def main():
    await pipe_reader_writer()
    await order_with_ready_callbacks()
    await executor_and_threadsafe()
    await signals()


asyncio.run(main())
