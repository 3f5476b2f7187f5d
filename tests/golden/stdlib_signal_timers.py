# signal: alarm and setitimer with a busy loop, pause and sleep (PEP 475 retry), masks, sigwait, wakeup fd, and an uncaught handler exception's traceback
import os
import signal
import subprocess
import time

fired = []


def on_alarm(signum, frame):
    fired.append(signum)


signal.signal(signal.SIGALRM, on_alarm)

# setitimer: the handler runs at a loop iteration of a busy loop
print(signal.setitimer(signal.ITIMER_REAL, 0.05))
spins = 0
while not fired:
    spins += 1
print("busy loop interrupted", fired, spins > 0)
print(signal.getitimer(signal.ITIMER_REAL))

# alarm + pause: pause returns once the handler ran
print(signal.alarm(1), signal.alarm(0))  # arm, then cancel: 1 second was left
fired.clear()
signal.setitimer(signal.ITIMER_REAL, 0.02)
signal.pause()
print("pause returned", fired)

# a periodic timer while sleeping: sleep is resumed after each handler (PEP 475)
fired.clear()
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
time.sleep(0.1)
old = signal.setitimer(signal.ITIMER_REAL, 0)
elapsed = time.monotonic() - start
time.sleep(0.001)  # a last tick that came meanwhile is handled here
print("slept the whole time:", elapsed >= 0.1, "handler ran:", len(fired) >= 3, "interval:", old[1])
print(signal.getitimer(signal.ITIMER_REAL))

# os.read on a pipe (a child writes late) interrupted by a signal whose handler returns: retried
fired.clear()
child = subprocess.Popen(["sh", "-c", "sleep 0.2; echo late data"], stdout=subprocess.PIPE)
signal.setitimer(signal.ITIMER_REAL, 0.02)
print(os.read(child.stdout.fileno(), 100), fired)
child.wait()
child.stdout.close()

# a bad timer
try:
    signal.setitimer(99, 1.0)
except signal.ItimerError as e:
    print("ItimerError", e)
try:
    signal.getitimer(-5)
except OSError as e:
    print(type(e).__name__, e)

# blocking: the signal waits in sigpending until unblocked, then the handler runs
fired.clear()
print(sorted(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])))
os.kill(os.getpid(), signal.SIGALRM)
print("blocked:", fired, signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM}))
print("unblocked:", fired, signal.sigpending())

# sigwait takes a blocked signal without running the handler
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR2)
print(signal.sigwait([signal.SIGUSR2, signal.SIGUSR1]))
signal.pthread_sigmask(signal.SIG_SETMASK, [])

# valid_signals and strsignal
valid = signal.valid_signals()
print(len(valid), min(valid), max(valid), 32 in valid, signal.SIGKILL in valid)
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGRTMIN + 2), signal.strsignal(signal.SIGSEGV))

# the wakeup fd gets the number of each signal
r, w = os.pipe()
os.set_blocking(w, False)
try:
    signal.set_wakeup_fd(r)
except ValueError as e:
    print(e)
os.set_blocking(r, False)
print(signal.set_wakeup_fd(w))
os.kill(os.getpid(), signal.SIGALRM)
os.kill(os.getpid(), signal.SIGALRM)
print(list(os.read(r, 10)))
print(signal.set_wakeup_fd(-1))
signal.siginterrupt(signal.SIGALRM, False)
signal.siginterrupt(signal.SIGALRM, True)


# a handler's exception propagates from where the program was, with its traceback
def fail(signum, frame):
    raise ValueError("handler failed for %s" % signal.Signals(signum).name)


def wait_for_alarm():
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    time.sleep(5)


signal.signal(signal.SIGALRM, fail)
print("waiting")
wait_for_alarm()
print("not reached")
