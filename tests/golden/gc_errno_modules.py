# gc: collect(), enable/disable/isenabled; errno: names of error numbers and
# errorcode, and OSError's rendering of them.
import gc, errno

print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
data = [[i] * 10 for i in range(1000)]
del data
print(type(gc.collect()), type(gc.collect(0)))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
print(errno.ENOENT, errno.EIO, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT],
      errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.EOPNOTSUPP])
print(str(OSError(errno.EIO))[:3], str(OSError(errno.EIO, "details")), OSError(errno.ENOENT, "x").errno)
print(sorted(errno.errorcode.items()) == sorted((getattr(errno, n), n) for n in errno.errorcode.values()))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()), len(errno.errorcode) > 100)
