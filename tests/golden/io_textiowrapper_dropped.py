# TextIOWrappers over io.BytesIO dropped open, then collected: each is a glibc cookie
# stream whose cookie is the wrapper, and glibc flushes every stream at exit; a wrapper
# collected without closing its stream left glibc calling into freed memory at exit
# (seen under `trc run`'s forced collections).  Now a collected wrapper closes it.
import gc
import io


def dropped(n):
    for i in range(n):
        w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        w.write("never flushed %d" % i)
        r = io.TextIOWrapper(io.BytesIO(b"line one\nline two\n"), encoding="utf-8")
        print(r.readline(), end="")


dropped(200)
gc.collect()
print("done")
