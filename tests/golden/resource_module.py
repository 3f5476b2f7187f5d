# resource: limits (get, lower, raise back, errors), getrusage's struct_rusage (fields,
# index access, types, children's usage after a fork), getpagesize, prlimit, and the
# struct sequence constructor
import os
import resource

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(resource.RLIM_INFINITY, resource.error is OSError, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN,
      resource.RUSAGE_THREAD)
for name in sorted(n for n in dir(resource) if n.startswith('RLIMIT_')):
    print(name, getattr(resource, name))

r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, type(r).__module__, len(r), isinstance(r, tuple))
print(resource.struct_rusage.n_fields, resource.struct_rusage.n_sequence_fields,
      resource.struct_rusage.n_unnamed_fields)
print(type(r.ru_utime).__name__, type(r.ru_stime).__name__, type(r.ru_maxrss).__name__)
print(r[0] == r.ru_utime, r[2] == r.ru_maxrss, r[-1] == r.ru_nivcsw, r[2:4] == (r.ru_maxrss, r.ru_ixrss))
print(r.ru_maxrss > 0, r.ru_utime >= 0, r.ru_minflt > 0)
names = ('ru_utime ru_stime ru_maxrss ru_ixrss ru_idrss ru_isrss ru_minflt ru_majflt ru_nswap '
         'ru_inblock ru_oublock ru_msgsnd ru_msgrcv ru_nsignals ru_nvcsw ru_nivcsw').split()
print(all(getattr(r, n) == r[i] for i, n in enumerate(names)))
print(repr(r).startswith('resource.struct_rusage(ru_utime='))
th = resource.getrusage(resource.RUSAGE_THREAD)
print(len(th), th.ru_minflt <= r.ru_minflt + 1000)

pid = os.fork()
if pid == 0:
    x = [i * i for i in range(200000)]
    os._exit(0)
os.waitpid(pid, 0)
c = resource.getrusage(resource.RUSAGE_CHILDREN)
print(c.ru_minflt > 0, c.ru_maxrss > 0)

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft <= hard or hard == resource.RLIM_INFINITY)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, 64), hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE)[0] == min(soft, 64))
fds = []
try:
    for _ in range(200):
        fds.append(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)
for fd in fds:
    os.close(fd)
resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard])
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
print(resource.prlimit(os.getpid(), resource.RLIMIT_NOFILE, (soft, hard)) == (soft, hard))
core = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, core[1]))
print(resource.getrlimit(resource.RLIMIT_CORE)[0])
if hard != resource.RLIM_INFINITY:
    t(resource.setrlimit, resource.RLIMIT_NOFILE, (hard + 1, hard + 1))
else:
    print('ValueError not allowed to raise maximum limit')
t(resource.setrlimit, resource.RLIMIT_NOFILE, (hard, soft - 1))

t(resource.getrusage, 5)
t(resource.getrusage, 'x')
t(resource.getrusage)
t(resource.getrlimit, 99)
t(resource.getrlimit, -1)
t(resource.getrlimit, 'x')
t(resource.getrlimit, 2**40)
t(resource.getrlimit, resource=1)
t(resource.setrlimit, resource.RLIMIT_NOFILE, (1,))
t(resource.setrlimit, resource.RLIMIT_NOFILE, 5)
t(resource.setrlimit, resource.RLIMIT_NOFILE, (1.5, 2))
t(resource.setrlimit, resource.RLIMIT_NOFILE, [1, 2, 3])
t(resource.setrlimit, 99, (1, 2))
t(resource.setrlimit, resource.RLIMIT_NOFILE, (2**70, 2))
t(resource.setrlimit, resource.RLIMIT_NOFILE, (10, 5))
t(resource.setrlimit, resource.RLIMIT_NOFILE)
t(resource.getpagesize, 1)
print(resource.getpagesize() in (4096, 16384, 65536))
t(resource.prlimit, 0, 99)
t(resource.prlimit, 0)
t(resource.prlimit, 0, resource.RLIMIT_NOFILE, 5)

t(resource.struct_rusage, (1,) * 16)
t(resource.struct_rusage, (1,) * 3)
t(resource.struct_rusage, (1,) * 17)
t(resource.struct_rusage, 5)
t(resource.struct_rusage, [1] * 16, 5)
x = resource.struct_rusage((1.0, 2.0) + (3,) * 14)
print(x, x.ru_stime, x[15])
