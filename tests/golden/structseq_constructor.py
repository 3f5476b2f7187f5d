# struct sequence types called with a sequence (and a dict for hidden fields): os.stat_result,
# time.struct_time, pwd.struct_passwd, with CPython's length and argument errors
import os, time, pwd, sys
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(os.stat_result, tuple(range(10)))
s = os.stat_result(tuple(range(10)))
print(s.st_mtime, s.st_atime_ns, s[8])
t(os.stat_result, tuple(range(12)))
print(os.stat_result(tuple(range(10)), {'st_atime_ns': 5}).st_atime_ns)
t(os.stat_result, tuple(range(9)))
t(os.stat_result, tuple(range(30)))
t(os.stat_result, 5)
t(os.stat_result, tuple(range(10)), 5)
t(time.struct_time, (2020, 1, 2, 3, 4, 5, 6, 7, 0))
t(pwd.struct_passwd, ('a',) * 7)
t(pwd.struct_passwd, ['a'] * 6)
t(pwd.struct_passwd, sequence=['a'] * 7)
t(pwd.struct_passwd)
t(time.struct_time, [1] * 12)
t(time.struct_time, (2020, 1, 2, 3, 4, 5, 6, 7, 0), {'tm_zone': 'UTC'})
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0), {'tm_zone': 'UTC'}).tm_zone)
