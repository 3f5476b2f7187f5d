# signal: Python handlers via os.kill/raise_signal, getsignal, SIG_DFL/SIG_IGN, enum members and reprs, CPython's error texts, sigwaitinfo/sigtimedwait
import os
import signal

# the enums and the module constants that are their members
print(repr(signal.SIGINT), str(signal.SIGINT), int(signal.SIGTERM), signal.SIGUSR1 == 10)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), repr(signal.SIG_BLOCK), repr(signal.SIG_SETMASK))
print(signal.Signals(2), repr(signal.Signals(15)), repr(signal.Signals['SIGIOT']), repr(signal.SIGCLD), repr(signal.SIGPOLL))
print(len(signal.Signals), len(signal.Signals.__members__), type(signal.SIGHUP).__name__, signal.Signals.__module__)
print(isinstance(signal.SIGINT, int), signal.SIGINT + 1, signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print([s.name for s in signal.Signals][:5], list(signal.Handlers), list(signal.Sigmasks))
print(signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF, signal.ItimerError.__name__)
print(issubclass(signal.ItimerError, OSError), signal.ItimerError.__module__)

# start-up dispositions: SIGINT -> default_int_handler, SIGPIPE ignored, others default
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, repr(signal.default_int_handler))
print(repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGXFSZ)), repr(signal.getsignal(signal.SIGUSR1)))

received = []


def handler(signum, frame):
    received.append(signum)
    print("handler got", signum, type(signum).__name__, signal.Signals(signum).name)


old = signal.signal(signal.SIGUSR1, handler)
print("old:", repr(old))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill", received)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", received)

# a second signal with its own handler, a lambda, and an int as signal number
signal.signal(12, lambda signum, frame: received.append(("usr2", signum)))
os.kill(os.getpid(), 12)
print(received)

# a bound method works too
class Counter:
    def __init__(self):
        self.count = 0

    def on_signal(self, signum, frame):
        self.count += 1


counter = Counter()
signal.signal(signal.SIGUSR2, counter.on_signal)
for _ in range(3):
    os.kill(os.getpid(), signal.SIGUSR2)
print("counter", counter.count)

# handlers set back: returns the old one
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)  # ignored
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)), repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.signal(signal.SIGUSR1, 1)), repr(signal.signal(signal.SIGUSR1, 0)))

# default_int_handler raises KeyboardInterrupt
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("SIGINT -> KeyboardInterrupt")

# a handler raising: the exception comes out of the call that delivered the signal
def failing(signum, frame):
    raise RuntimeError("from handler %d" % signum)


signal.signal(signal.SIGUSR1, failing)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
except RuntimeError as e:
    print("caught", e)
try:
    signal.raise_signal(signal.SIGUSR1)
except RuntimeError as e:
    print("caught", e)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

# misuse: CPython's texts
def show(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(signal.signal, 0, handler)
show(signal.signal, 65, handler)
show(signal.signal, -1, signal.SIG_DFL)
show(signal.signal, signal.SIGUSR1, 5)
show(signal.signal, signal.SIGUSR1, "handler")
show(signal.signal, signal.SIGUSR1, None)
show(signal.signal, signal.SIGKILL, handler)
show(signal.signal, signal.SIGSTOP, signal.SIG_IGN)
show(signal.signal, "SIGUSR1", handler)
show(signal.getsignal, 0)
show(signal.getsignal, 100)
show(signal.strsignal, 0)
show(signal.siginterrupt, 70, True)
show(signal.raise_signal, 0)
show(signal.raise_signal, 99)
show(signal.pthread_sigmask, signal.SIG_BLOCK, [0])
show(signal.pthread_sigmask, signal.SIG_BLOCK, [65])
show(signal.pthread_sigmask, 7, [])
show(signal.Signals, 32)
show(signal.set_wakeup_fd, 12345)
# sigwaitinfo/sigtimedwait and struct_siginfo
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR1)
info = signal.sigwaitinfo([signal.SIGUSR1])
print(type(info), info.si_signo, info.si_code, info.si_pid == os.getpid(), info.si_uid == os.getuid(), len(info), info[0])
print(repr(info).replace(str(os.getpid()), "PID").replace("si_uid=%d" % os.getuid(), "si_uid=UID"))
print(signal.sigtimedwait([signal.SIGUSR2], 0.01))
os.kill(os.getpid(), signal.SIGUSR2)
print(signal.sigtimedwait([signal.SIGUSR2], 1).si_signo)
for bad in ([signal.SIGUSR2], -1), ([0], 1):
    try:
        signal.sigtimedwait(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    signal.struct_siginfo((1, 2))
except TypeError as e:
    print("TypeError", e)
s = signal.struct_siginfo(range(7))
print(s, s.si_band, s.n_fields, signal.struct_siginfo.__mro__)
match s:
    case signal.struct_siginfo(signo, code):
        print("match", signo, code)
signal.pthread_sigmask(signal.SIG_SETMASK, [])
print("done")
