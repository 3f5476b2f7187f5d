# ctypes calls into libc and libm: default argument conversion, argtypes/restype/errcheck,
# variadic snprintf, qsort with a Python comparison callback, structures by value, use_errno with
# get_errno/set_errno, structures passed by pointer, the loaders, and the errors of
# misuse (ArgumentError texts, missing symbols and libraries); ends with an uncaught
# ArgumentError.
import ctypes
import ctypes.util
from ctypes import *


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)


libc = CDLL("libc.so.6", use_errno=True)
libm = cdll.LoadLibrary("libm.so.6")
print(repr(libc).startswith("<CDLL 'libc.so.6', handle "), type(libc.strlen).__name__)
print(libc.strlen(b"hello"), libc.abs(-42), libc.labs(-7), libc.strlen is libc.strlen)
print(libc["strlen"](b"abc"), CDLL(None).strlen(b"four"), pydll.LoadLibrary("libc.so.6").abs(-1))
print(libc.toupper(ord("a")), chr(libc.toupper(ord("q"))))

# restype and argtypes
libm.sqrt.restype = c_double
libm.sqrt.argtypes = [c_double]
libm.pow.restype = c_double
libm.pow.argtypes = (c_double, c_double)
print(libm.sqrt(16), libm.sqrt(2.0), libm.pow(2, 10), libm.pow(1.5, 2))
print(libm.sqrt.argtypes, libm.sqrt.restype)
cbrtf = libm.cbrtf
cbrtf.restype = c_float
cbrtf.argtypes = [c_float]
print(cbrtf(27.0))
strlen = libc.strlen
strlen.argtypes = [c_char_p]
strlen.restype = c_size_t
print(strlen(b"twelve chars"), strlen(create_string_buffer(b"buffer")))
strchr = libc.strchr
strchr.restype = c_char_p
strchr.argtypes = [c_char_p, c_int]
print(strchr(b"hello world", ord("w")), strchr(b"hello", ord("z")))
strtol = libc.strtol
strtol.restype = c_long
strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
end = c_char_p()
print(strtol(b"0x1fzz", byref(end), 16), end.value)
print(libc.atoi(b"123"))
strtod = libc.strtod
strtod.restype = c_double
print(strtod(b"2.5e3", None))
getenv = libc.getenv
getenv.restype = c_char_p
print(getenv(b"NO_SUCH_VARIABLE_FOR_CTYPES"))

# variadic snprintf
buf = create_string_buffer(64)
n = libc.snprintf(buf, sizeof(buf), b"%d|%s|%.3f|%c|%ld", 42, b"str", c_double(3.14159), ord("x"), c_long(-5))
print(n, buf.value)
n = libc.snprintf(buf, 8, b"%s", b"truncated output")
print(n, buf.value)
wbuf = create_unicode_buffer(32)
libc.swprintf(wbuf, 32, "%ls=%d", "wide", 7)
print(wbuf.value)

# memcpy and a structure round trip
libc.memcpy.restype = c_void_p
src = create_string_buffer(b"copy me")
dst = create_string_buffer(16)
print(libc.memcpy(dst, src, 8) == addressof(dst), dst.value)


class TimeVal(Structure):
    _fields_ = [("tv_sec", c_long), ("tv_usec", c_long)]


print(sizeof(TimeVal), TimeVal.tv_sec, TimeVal.tv_usec)
tv = TimeVal()
print(libc.gettimeofday(byref(tv), None), tv.tv_sec > 1600000000, 0 <= tv.tv_usec < 1000000)
copy = TimeVal()
memmove(addressof(copy), addressof(tv), sizeof(TimeVal))
print(copy.tv_sec == tv.tv_sec, copy.tv_usec == tv.tv_usec)


class Div(Structure):
    _fields_ = [("quot", c_int), ("rem", c_int)]


tm_buf = (c_char * 32)()
class Tm(Structure):
    _fields_ = [(name, c_int) for name in ("sec", "min", "hour", "mday", "mon", "year", "wday", "yday", "isdst")] + [
        ("gmtoff", c_long), ("zone", c_char_p)]


t = Tm(sec=5, min=4, hour=3, mday=2, mon=0, year=124)
print(libc.strftime(tm_buf, sizeof(tm_buf), b"%Y-%m-%d %H:%M:%S", byref(t)), tm_buf.value)
timegm = libc.timegm
timegm.restype = c_long
timegm.argtypes = [POINTER(Tm)]
print(timegm(t), timegm(byref(t)), timegm(pointer(t)))

# qsort with a callback
CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []


def py_cmp(a, b):
    calls.append(1)
    return a[0] - b[0]


values = (c_int * 7)(5, 1, 7, 33, 99, -4, 0)
cmp = CMPFUNC(py_cmp)
libc.qsort(values, len(values), sizeof(c_int), cmp)
print(list(values), len(calls) > 0, bool(cmp), type(cmp).__name__)
words = (c_char_p * 4)(b"pear", b"apple", b"fig", b"banana")
libc.qsort(words, 4, sizeof(c_char_p), CFUNCTYPE(c_int, POINTER(c_char_p), POINTER(c_char_p))(
    lambda a, b: (a[0] > b[0]) - (a[0] < b[0])))
print(list(words))
DOUBLE = CFUNCTYPE(c_double, c_double, c_int)
twice = DOUBLE(lambda x, k: x * k)
print(twice(1.25, 4), CMPFUNC(py_cmp)(byref(c_int(3)), byref(c_int(5))))
fptr = cast(libc.abs, c_void_p).value
ABS = CFUNCTYPE(c_int, c_int)
print(ABS(fptr)(-99), CFUNCTYPE(c_int, c_int)(("abs", libc))(-3))

# structures by value
class LDiv(Structure):
    _fields_ = [("quot", c_long), ("rem", c_long)]


libc.div.restype = Div
d = libc.div(17, 5)
print(d.quot, d.rem)
libc.ldiv.restype = LDiv
libc.ldiv.argtypes = [c_long, c_long]
d = libc.ldiv(-17, 5)
print(d.quot, d.rem)


class Big(Structure):
    _fields_ = [("a", c_double), ("b", c_int * 3), ("c", c_char)]


attempt("struct result callback", lambda: CFUNCTYPE(Big, Big, c_int)(lambda b, k: b))
SUM = CFUNCTYPE(c_double, Big, c_int)


def total(b, k):
    print("in callback", b.a, list(b.b), b.c, k)
    return b.a + sum(b.b) * k


print(SUM(total)(Big(1.5, (4, 5, 6), b"q"), 2))
print(CFUNCTYPE(c_int, Div)(lambda d: d.quot * 100 + d.rem)(Div(3, 4)))

# errcheck
def check(result, func, args):
    print("errcheck", result, func is strlen2, args)
    return result * 10


strlen2 = libc["strlen"]
strlen2.errcheck = check
print(strlen2(b"abcd"))

# errno
print(set_errno(0), get_errno())
libc.fopen.restype = c_void_p
print(libc.fopen(b"/nonexistent/ctypes/file", b"r"), get_errno())
print(set_errno(7), get_errno())

# the utility
print(ctypes.util.find_library("c"), ctypes.util.find_library("m"), ctypes.util.find_library("no_such_lib_xyz"))

# misuse
attempt("no symbol", lambda: libc.no_such_function_xyz)
attempt("no library", lambda: CDLL("libno_such_library_xyz.so"))
attempt("loader", lambda: cdll.libno_such_library_xyz)
attempt("float arg", lambda: libc.abs(1.5))
attempt("object arg", lambda: libc.abs(object()))
attempt("char_p int", lambda: strlen(5))
attempt("char_p str", lambda: strlen("text"))
attempt("too few", lambda: strlen())
attempt("double str", lambda: libm.sqrt("4"))
attempt("pointer int", lambda: timegm(5))
attempt("pointer wrong", lambda: timegm(byref(c_long(4))))
attempt("pointer instance", lambda: timegm(TimeVal()))
attempt("argtypes", lambda: setattr(strlen, "argtypes", [5]))
attempt("restype", lambda: setattr(strlen, "restype", 5))
attempt("dunder", lambda: libc.__foo__)
attempt("callback arg", lambda: libc.qsort(values, 7, 4, py_cmp))
attempt("funcptr arg", lambda: CFUNCTYPE(None, c_int)(5.5))
libc.abs.argtypes = [c_int]
libc.abs("not a number")
