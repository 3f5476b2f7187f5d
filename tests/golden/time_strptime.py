# time.strptime: struct_time fields (wday, yday, isdst, tm_zone, tm_gmtoff) and CPython's error texts
import time
import datetime

def show(s, *fmt):
    try:
        t = time.strptime(s, *fmt)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
        return
    print(tuple(t), t.tm_zone, t.tm_gmtoff, type(t).__name__)

show("Mon Jan 15 10:20:30 2024")
show("2024-01-15", "%Y-%m-%d")
show("15/02/99 11:05 PM", "%d/%m/%y %I:%M %p")
show("Feb 29", "%b %d")
show("2024 100", "%Y %j")
show("2023 10 3", "%Y %W %w")
show("2024-03-05 +0130", "%Y-%m-%d %z")
show("2024-03-05 -05:30:15", "%Y-%m-%d %z")
show("2024-03-05 Z", "%Y-%m-%d %z")
show("2024-03-05 UTC", "%Y-%m-%d %Z")
show("2024-03-05 gmt +0000", "%Y-%m-%d %Z %z")
show("12:30", "%H:%M")
show("2024-01-15 extra", "%Y-%m-%d")
show("2024-13-01", "%Y-%m-%d")
show("2024-02-30", "%Y-%m-%d")
show("nope", "%Y")
show("2024", "%Q")
show("2024", "%")
show(2024, "%Y")
show("2024", 5)
show("Mon Jan 15 10:20:30")
t = time.strptime("2024-07-04 12:00:00", "%Y-%m-%d %H:%M:%S")
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0:3], len(t))
print(time.strftime("%Y/%m/%d %H", t))
print(time.mktime(time.strptime("2024-07-04", "%Y-%m-%d")) == time.mktime((2024, 7, 4, 0, 0, 0, 3, 186, -1)))
print(datetime.datetime.strptime("2024-07-04", "%Y-%m-%d").timetuple()[:8] == time.strptime("2024-07-04", "%Y-%m-%d")[:8])
