# signal with asyncio: loop.add_signal_handler/remove_signal_handler, then signal.signal handlers and KeyboardInterrupt work again
import asyncio
import os
import signal
import time


async def main(remove):
    loop = asyncio.get_running_loop()
    got = []
    loop.add_signal_handler(signal.SIGINT, got.append, "int")
    loop.add_signal_handler(signal.SIGUSR1, got.append, "usr1")
    os.kill(os.getpid(), signal.SIGINT)
    os.kill(os.getpid(), signal.SIGUSR1)
    await asyncio.sleep(0.05)
    print(got)
    if remove:
        print(loop.remove_signal_handler(signal.SIGINT), loop.remove_signal_handler(signal.SIGUSR1),
              loop.remove_signal_handler(signal.SIGUSR2))


def after_the_loop():
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(1)
    except KeyboardInterrupt:
        print("KeyboardInterrupt after the loop")
    signal.signal(signal.SIGUSR1, lambda signum, frame: print("python handler", signum))
    os.kill(os.getpid(), signal.SIGUSR1)
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)


asyncio.run(main(True))
after_the_loop()
asyncio.run(main(False))  # closing the loop removes its handlers
after_the_loop()
