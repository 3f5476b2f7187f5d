import time
base = time.gmtime(0)
print(time.strftime("%Y/%m/%d", base), time.strftime("%H:%M:%S", base), time.strftime("%j %U %w", base))
for secs in [0, 59, 3600, 86399, 86400, 951782400, 1234567890, 2 ** 31 - 1]:
    t = time.gmtime(secs)
    print(secs, time.strftime("%Y-%m-%dT%H:%M:%SZ", t), t.tm_wday, t.tm_yday, t.tm_isdst)
t = time.gmtime(1000000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t[0], t[-1], len(t))
print(time.strftime("%a %A %b %B %p %y %%", t))
print(time.gmtime(86400 * 366).tm_year)
start = time.perf_counter()
x = sum([i * i for i in range(20000)])
elapsed = time.perf_counter() - start
print(x, elapsed >= 0, elapsed < 60)
print(type(time.monotonic()).__name__, type(time.process_time()).__name__)
