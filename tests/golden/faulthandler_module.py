# faulthandler: dump_traceback to a file and a descriptor in CPython's format (the
# thread address and the directory of the file masked), enable/disable/is_enabled, the
# fatal-signal handlers in forked children (SIGSEGV, SIGABRT, SIGFPE: report, then die
# of the signal), and CPython's errors
import faulthandler
import io
import os
import re
import signal
import sys
import tempfile

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

def masked(text):
    text = re.sub(r'thread 0x[0-9a-f]{16} ', 'thread 0xADDRESS ', text)
    return re.sub(r'File "[^"]*/', 'File "', text)

def dump_to_file(**k):
    with tempfile.TemporaryFile('w+') as f:
        faulthandler.dump_traceback(f, **k)
        f.seek(0)
        return masked(f.read())

def inner(**k):
    return dump_to_file(**k)

def outer(**k):
    return inner(**k)

print(outer(), end='')
print(outer(all_threads=False), end='')
r, w = os.pipe()
faulthandler.dump_traceback(w, False)
os.close(w)
print(masked(os.read(r, 4096).decode()), end='')
os.close(r)

def deep(n):
    return deep(n - 1) if n else dump_to_file(all_threads=False)

lines = deep(120).splitlines()
print(len(lines), lines[1], lines[-1])

print(faulthandler.is_enabled())
t(faulthandler.dump_traceback, io.StringIO())
t(faulthandler.dump_traceback, 'x')
t(faulthandler.dump_traceback, -1)
t(faulthandler.dump_traceback, 2**40)
t(faulthandler.dump_traceback, sys.stdout, True, 1)
t(faulthandler.dump_traceback, sys.stdout, foo=1)
t(faulthandler.enable, io.StringIO())
print(faulthandler.is_enabled())
t(faulthandler.enable, all_threads=0)
print(faulthandler.is_enabled())
t(faulthandler.disable)
t(faulthandler.disable)
print(faulthandler.is_enabled())
sys.stdout.flush()

def crash(how):
    if how == 'segv':
        os.kill(os.getpid(), signal.SIGSEGV)
    elif how == 'abort':
        os.abort()
    else:
        os.kill(os.getpid(), signal.SIGFPE)

def child(how, all_threads):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        faulthandler.enable(w, all_threads=all_threads)
        crash(how)
        os._exit(0)
    os.close(w)
    out = b''
    while True:
        chunk = os.read(r, 4096)
        if not chunk:
            break
        out += chunk
    os.close(r)
    _, status = os.waitpid(pid, 0)
    print(masked(out.decode()), end='')
    print(os.WIFSIGNALED(status), os.WTERMSIG(status) == {'segv': signal.SIGSEGV, 'abort': signal.SIGABRT,
                                                           'fpe': signal.SIGFPE}[how])

child('segv', True)
child('abort', False)
child('fpe', True)

# disabled again: the child dies of the signal without a report
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    faulthandler.enable(w)
    faulthandler.disable()
    os.kill(os.getpid(), signal.SIGSEGV)
    os._exit(0)
os.close(w)
print(os.read(r, 100), os.WTERMSIG(os.waitpid(pid, 0)[1]) == signal.SIGSEGV)
os.close(r)

# user signals: register dumps the stack and goes on; chain=True runs the old handler too
t(faulthandler.register, signal.SIGSEGV)
t(faulthandler.register, 0)
t(faulthandler.register, 65)
t(faulthandler.register, 'x')
t(faulthandler.register)
t(faulthandler.unregister, signal.SIGUSR1)
t(faulthandler.unregister, 0)
t(faulthandler.unregister, signal.SIGABRT)
t(faulthandler.register, signal.SIGUSR1, sys.stdout, False, False, 1)
t(faulthandler.register, signal.SIGUSR1, foo=1)
t(faulthandler.register, signal.SIGUSR1, io.StringIO())

r, w = os.pipe()
print(faulthandler.register(signal.SIGUSR1, w, all_threads=False))
os.kill(os.getpid(), signal.SIGUSR1)
print(masked(os.read(r, 4096).decode()), end='')
got = []
signal.signal(signal.SIGUSR2, lambda signum, frame: got.append(signum))
faulthandler.register(signal.SIGUSR2, w, chain=True)
os.kill(os.getpid(), signal.SIGUSR2)
print(masked(os.read(r, 4096).decode()), end='')
print(got == [signal.SIGUSR2])
print(faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1),
      faulthandler.unregister(signal.SIGUSR2))
os.kill(os.getpid(), signal.SIGUSR2)
print(got == [signal.SIGUSR2] * 2)
os.close(r)
os.close(w)
