import time
t = time.time()
print(type(t).__name__, t > 1600000000)
a = time.perf_counter()
total = 0
for i in range(10000):
    total += i
b = time.perf_counter()
print(type(a).__name__, b >= a, total)
m1 = time.monotonic()
time.sleep(0.01)
m2 = time.monotonic()
print(m2 > m1, m2 - m1 >= 0.005)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", g))
print(time.strftime("%a %b %d %j %y", time.gmtime(86400 * 365 + 3600 * 5 + 61)))
g2 = time.gmtime(1700000000)
print(tuple(g2)[:6], time.strftime("%A, %B %d, %Y %I:%M %p", g2))
print(time.strftime("%%literal %H", time.gmtime(3600 * 13)))
print(type(time.time_ns()).__name__, time.time_ns() > 10 ** 18, type(time.perf_counter_ns()).__name__)
print(time.gmtime(0)[0], len(tuple(time.gmtime(0))))
