# zoneinfo on the system time zone database: conversions across gaps and folds, far
# past and future (the POSIX rule), the key checks, the caches, pickling, TZPATH.
import zoneinfo
from zoneinfo import ZoneInfo
from datetime import datetime, timedelta, timezone
z = ZoneInfo("America/New_York")
print(repr(z), str(z), z.key, z is ZoneInfo("America/New_York"))
for d in [datetime(2020, 3, 8, 1, 59), datetime(2020, 3, 8, 2, 30), datetime(2020, 3, 8, 3, 0),
          datetime(2020, 11, 1, 1, 30), datetime(2020, 11, 1, 1, 30, fold=1), datetime(1800, 1, 1),
          datetime(2100, 7, 1), datetime(2100, 11, 7, 1, 30, fold=1), datetime(1942, 6, 1)]:
    a = d.replace(tzinfo=z)
    print(a, a.utcoffset(), a.dst(), a.tzname(), a.astimezone(timezone.utc))
u = datetime(2020, 11, 1, 5, 30, tzinfo=timezone.utc)
for i in range(4):
    t = (u + timedelta(minutes=30 * i)).astimezone(z)
    print(t, t.fold, t.tzname())
for key in ["Europe/London", "Australia/Sydney", "Asia/Kolkata", "UTC", "Etc/GMT+5", "Pacific/Chatham", "America/Sao_Paulo", "Europe/Dublin", "Africa/Casablanca"]:
    zz = ZoneInfo(key)
    print(key, [ (str(datetime(y, m, 15, 12, tzinfo=zz)), datetime(y,m,15,12,tzinfo=zz).tzname(), str(datetime(y,m,15,12,tzinfo=zz).dst())) for y in (1900, 1990, 2024, 2060) for m in (1, 7)])
    print(zz.utcoffset(None), zz.dst(None), zz.tzname(None))
print(zoneinfo.TZPATH)
print(sorted(zoneinfo.available_timezones())[:5], len(zoneinfo.available_timezones()) > 300)
for k in ['/abs', 'a/../b', '../x', 'Nope/Zone', '', '.', 'Europe/']:
    try: ZoneInfo(k)
    except Exception as e: print(type(e).__module__, type(e).__name__, repr(e))
try: z.fromutc(1)
except Exception as e: print(repr(e))
try: z.fromutc(datetime(2020,1,1))
except Exception as e: print(repr(e))
f = open('/usr/share/zoneinfo/Europe/Paris','rb'); z2 = ZoneInfo.from_file(f); print(repr(z2)==str(z2), z2.key, datetime(2020,7,1,tzinfo=z2).tzname())
z3 = ZoneInfo.from_file(open('/usr/share/zoneinfo/Europe/Paris','rb'), key='X'); print(repr(z3), str(z3))
class MyZ(ZoneInfo): pass
m = MyZ('UTC'); print(repr(m), m is MyZ('UTC'), m is ZoneInfo('UTC'))
print(ZoneInfo.no_cache('UTC') is ZoneInfo('UTC'))
import pickle, copy
print(pickle.loads(pickle.dumps(z)) is z, copy.deepcopy(z) is z)
try: pickle.dumps(z2)
except Exception as e: print(type(e).__name__, e)
try: zoneinfo.reset_tzpath('abc')
except Exception as e: print(repr(e))
try: zoneinfo.reset_tzpath(['rel', '/abs', 'x'])
except Exception as e: print(repr(e))
zoneinfo.reset_tzpath(['/nonexist']); print(zoneinfo.TZPATH)
ZoneInfo.clear_cache()
try: ZoneInfo('UTC')
except Exception as e: print(repr(e))
zoneinfo.reset_tzpath(); print(zoneinfo.TZPATH)
print([name for name in dir(zoneinfo) if not name.startswith("__")])
print(ZoneInfo('Europe/Berlin').utcoffset(datetime(2024, 3, 31, 2, 30)), ZoneInfo('Europe/Berlin').utcoffset(datetime(2024, 3, 31, 2, 30, fold=1)))
# how applications use it
paris = ZoneInfo("Europe/Paris")
now = datetime.now(paris)
print(now.tzinfo is paris, now.utcoffset() in (timedelta(hours=1), timedelta(hours=2)))
print(datetime.fromtimestamp(0, z), datetime.fromtimestamp(1700000000, paris).isoformat())
a = datetime(2024, 3, 31, 1, 30, tzinfo=paris)
b = datetime(2024, 3, 31, 3, 30, tzinfo=paris)
print(b - a, a.timestamp(), b.timestamp(), a.strftime("%Y-%m-%d %H:%M %Z %z"), b.strftime("%Z%z"))
print(datetime(2024, 1, 1, 12, tzinfo=paris) == datetime(2024, 1, 1, 6, tzinfo=z), datetime(2024, 1, 1, 12, tzinfo=paris) < datetime(2024, 1, 1, 7, tzinfo=z))
meeting = datetime(2024, 6, 3, 9, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
for key in ["Europe/London", "Asia/Tokyo", "Australia/Adelaide", "Asia/Kathmandu"]:
    print(key, meeting.astimezone(ZoneInfo(key)).strftime("%a %H:%M %Z"))
print(repr(datetime(2024, 6, 3, 9, 0, tzinfo=z)))
