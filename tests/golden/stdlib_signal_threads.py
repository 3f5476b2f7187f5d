# signal with threads: handlers run in the main thread (also while it waits in join or Event.wait), pthread_kill, main-thread-only errors
import os, signal, threading, time
got = []
def handler(signum, frame):
    got.append((signum, threading.current_thread().name))
signal.signal(signal.SIGUSR1, handler)
def worker():
    time.sleep(0.05)
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(0.05)
t = threading.Thread(target=worker, name="worker")
t.start()
t.join()
print(got)
# a handler raising while the main thread waits in join
def boom(signum, frame):
    raise RuntimeError("boom in " + threading.current_thread().name)
signal.signal(signal.SIGUSR1, boom)
t = threading.Thread(target=worker, name="worker2")
t.start()
try:
    t.join()
except RuntimeError as e:
    print("caught", e)
t.join()
ev = threading.Event()
def setter():
    time.sleep(0.05)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR2)
    ev.set()
signal.signal(signal.SIGUSR2, handler)
threading.Thread(target=setter).start()
ev.wait()
time.sleep(0.01)
print(got)
def in_thread():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        print(e)
    try:
        signal.set_wakeup_fd(-1)
    except ValueError as e:
        print(e)
t = threading.Thread(target=in_thread); t.start(); t.join()
