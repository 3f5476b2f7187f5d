# datetime: the stdlib spec's examples (clock-dependent values checked, not printed),
# timedelta normalisation and arithmetic, date/datetime/time, strftime/strptime,
# timezone-aware arithmetic, and CPython's error texts.
import datetime as dtmod
from datetime import datetime, date, time, timedelta, timezone, tzinfo

# --- the spec's example
now = datetime.now()
today = date.today()
dt = datetime(2024, 1, 15, 10, 30, 0)
print(dt.strftime("%Y-%m-%d %H:%M:%S"))
s = now.strftime("%Y-%m-%d %H:%M:%S")
print(len(s), s[4], s[13])
dt = datetime.strptime("2024-01-15", "%Y-%m-%d")
print(dt, repr(dt))
tomorrow = today + timedelta(days=1)
next_week = today + timedelta(weeks=1)
one_hour_ago = now - timedelta(hours=1)
print(tomorrow - today, next_week - today, now - one_hour_ago)
print(type(now).__name__, type(today).__name__, type(tomorrow).__name__, type(one_hour_ago).__name__)
print(1 <= now.month <= 12, 1 <= now.day <= 31, 0 <= now.hour < 24, 0 <= now.minute < 60, now.year >= 2024)
print(now.date() == today or now.date() == today + timedelta(days=1))
print(abs(datetime.now() - now) < timedelta(seconds=5), abs(datetime.utcnow() - datetime.now(timezone.utc).replace(tzinfo=None)) < timedelta(seconds=5))
print(datetime.today().year == now.year or True, isinstance(now, date), isinstance(today, datetime))
print(abs(datetime.fromtimestamp(now.timestamp()) - now) < timedelta(microseconds=2))

# --- timedelta
print(repr(timedelta(days=1, seconds=3600)), timedelta(days=1, seconds=3600))
print(repr(timedelta()), repr(timedelta(0)), repr(timedelta(microseconds=5)), repr(timedelta(seconds=-1)))
print(timedelta(weeks=2, days=-1, hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1000001))
print(timedelta(hours=-1), timedelta(microseconds=-1), timedelta(days=-2, seconds=5), timedelta(days=3))
print(timedelta(days=1.5), timedelta(hours=0.1), timedelta(seconds=1e-6), timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6))
print(timedelta(microseconds=2.5), timedelta(microseconds=3.5), timedelta(microseconds=-2.5), timedelta(days=0.1, seconds=0.1, microseconds=0.1))
print(timedelta(minutes=1/3), timedelta(weeks=0.01), timedelta(milliseconds=-0.0005))
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td.days, td.seconds, td.microseconds, td.total_seconds(), (-td).days, (-td).seconds, (-td).microseconds)
print(td + td, td - 2 * td, -td, +td, abs(-td), td * 3, 3 * td, td * -1)
print(td * 0.5, td * 1.1, td / 2, td / 3, td / 0.7, td / -4, td // 3, td // -3)
print(timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2, timedelta(microseconds=5) * 0.5, timedelta(microseconds=7) * 0.5)
print(td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), divmod(td, timedelta(hours=5)))
print(-td // timedelta(hours=1), -td % timedelta(hours=1), divmod(-td, timedelta(hours=5)))
print(td == timedelta(seconds=93784, microseconds=5), td != td, td < td * 2, td >= td, td > -td, td == 5, td != "x")
print(hash(td) == hash(timedelta(seconds=93784.000005)), hash(timedelta(0)) == hash(timedelta()), bool(timedelta()), bool(td))
print(timedelta.min, timedelta.max, repr(timedelta.resolution), timedelta.max.total_seconds())
print(sorted([timedelta(hours=3), timedelta(-1), timedelta(0)]), max(td, timedelta(days=2)))
print(sum([timedelta(hours=1), timedelta(minutes=30)], timedelta()), {td: 1}[timedelta(days=1, seconds=7384, microseconds=5)])
print(timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999) == timedelta.max)
print(timedelta(days=-1).total_seconds(), timedelta(microseconds=1).total_seconds(), timedelta(days=10**5).total_seconds())

# --- date
d = date(2024, 1, 15)
print(d, repr(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar())
print(date.fromordinal(1), date.fromordinal(738900), date.fromordinal(3652059), date.min, date.max, date.resolution)
print(date.fromisoformat("2024-02-29"), date.fromisoformat("20240301"), date.fromisoformat("2024-W03-1"), date.fromisocalendar(2020, 53, 7))
print(d.replace(day=31), d.replace(year=2023, month=12), d + timedelta(days=17), timedelta(days=400) + d, d - timedelta(days=15))
print(d - date(2023, 1, 1), date(2023, 1, 1) - d, d + timedelta(hours=23), d - timedelta(hours=1))
print(d == date(2024, 1, 15), d < date(2024, 1, 16), d > date(2023, 12, 31), d != date(2024, 1, 15), d == "2024-01-15")
print(hash(d) == hash(date(2024, 1, 15)), sorted([date(2024, 3, 1), date(2023, 5, 2), d]))
print(d.strftime("%A %a %d %B %b %Y %y %m %j %U %W %w %%"), d.strftime(""), d.ctime(), f"{d:%d.%m.%Y}", f"{d}", "{:%b %d}".format(d))
print(d.timetuple().tm_yday, tuple(d.timetuple()))
for y, m, dd in [(2020, 12, 31), (2021, 1, 1), (2021, 1, 3), (2021, 1, 4), (2019, 12, 30), (2026, 12, 31), (2000, 2, 29)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.weekday(), x.toordinal(), date.fromordinal(x.toordinal()) == x)
print(date(2024, 3, 1) - date(2024, 2, 1), date(2023, 3, 1) - date(2023, 2, 1), date(1900, 3, 1) - date(1900, 2, 1))
print(date.fromtimestamp(86400 * 365).year in (1970, 1971), isinstance(date.today(), date))

# --- datetime
x = datetime(2024, 2, 29, 23, 59, 58, 999999)
print(x, repr(x), x.year, x.month, x.day, x.hour, x.minute, x.second, x.microsecond, x.tzinfo, x.fold)
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), repr(datetime(2024, 1, 1, 0, 0, 0, 1)))
print(x + timedelta(microseconds=1), x + timedelta(seconds=2), x - timedelta(days=60), x - datetime(2024, 1, 1))
print(datetime(2024, 1, 1) - x, x - x, timedelta(hours=1) + x)
print(x.date(), x.time(), repr(x.time()), x.timetz(), x.replace(year=2025, day=28), x.replace(microsecond=0, second=0))
print(x.isoformat(), x.isoformat(" "), x.isoformat(timespec="hours"), x.isoformat("T", "minutes"), x.isoformat(timespec="seconds"))
print(x.isoformat(timespec="milliseconds"), x.isoformat(timespec="microseconds"), datetime(2024, 1, 1).isoformat(timespec="auto"))
print(str(datetime(2024, 5, 6, 7, 8, 9)), datetime(2024, 5, 6, 7, 8, 9, 10).isoformat(), x.ctime(), x.weekday(), x.toordinal())
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %I %p %a %A %b %B %j %y %z%Z %%"), f"{x:%H:%M}", format(x, ""))
print(datetime(2024, 1, 1, 0, 5).strftime("%I:%M %p"), datetime(2024, 1, 1, 12, 5).strftime("%I:%M %p"), datetime(2024, 1, 1, 13, 5).strftime("%I %p"))
print(datetime.combine(d, time(10, 30)), datetime.combine(d, time(1, 2, 3, 4, timezone.utc)), datetime.combine(date(2024, 1, 2), time(), tzinfo=timezone.utc))
print(datetime.fromisoformat("2024-01-15"), datetime.fromisoformat("2024-01-15T10:30"), datetime.fromisoformat("2024-01-15 10:30:45.123"))
print(datetime.fromisoformat("2024-01-15T10:30:45.123456+05:30"), datetime.fromisoformat("2024-01-15T10:30:45Z"), datetime.fromisoformat("20240115T103045"))
print(repr(datetime.fromisoformat("2024-01-15T10:30:45-08:00")), datetime.fromisoformat("2024-01-15T10"), datetime.fromisoformat(x.isoformat()) == x)
print(datetime.fromordinal(738900), datetime.min, datetime.max, datetime.resolution)
print(x == datetime(2024, 2, 29, 23, 59, 58, 999999), x < datetime(2024, 3, 1), x > datetime(2024, 3, 1), x == date(2024, 2, 29), x != date(2024, 2, 29))
print(hash(x) == hash(x.replace()), sorted([datetime(2024, 1, 2), datetime(2023, 1, 1, 5), datetime(2024, 1, 1, 23)]))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(1700000000.5), datetime.utcfromtimestamp(1.0000005), datetime.utcfromtimestamp(-1.5))
print(datetime.fromtimestamp(1700000000, timezone(timedelta(hours=-5))), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp())
loc = datetime(2024, 6, 1, 12, 0, 0, 250000)
print(datetime.fromtimestamp(loc.timestamp()) == loc, loc.timetuple()[:6], x.timetuple().tm_yday)

# --- strptime
print(datetime.strptime("2024-01-15 10:30:45", "%Y-%m-%d %H:%M:%S"), datetime.strptime("20240115", "%Y%m%d"), datetime.strptime("2024-1-5", "%Y-%m-%d"))
print(datetime.strptime("Mon Jan 15 2024 03:04:05 PM", "%a %b %d %Y %I:%M:%S %p"), datetime.strptime("12:30 am", "%I:%M %p"), datetime.strptime("12:30 PM", "%I:%M %p"))
print(datetime.strptime("15/January/24 23:59:59.5 +0100", "%d/%B/%y %H:%M:%S.%f %z"), datetime.strptime("99", "%y"), datetime.strptime("68", "%y"), datetime.strptime("69", "%y"))
print(datetime.strptime("2024 060", "%Y %j"), datetime.strptime("MONDAY, march 4 2024", "%A, %B %d %Y"), datetime.strptime("  7  ", " %d "), datetime.strptime("5   8", "%H %M"))
print(repr(datetime.strptime("2024-01-15T10:30:00Z", "%Y-%m-%dT%H:%M:%S%z")), repr(datetime.strptime("10:30 -05:30", "%H:%M %z")), repr(datetime.strptime("1 UTC +0000", "%d %Z %z")))
print(datetime.strptime("10%", "%d%%"), datetime.strptime("2024-02-29", "%Y-%m-%d"), datetime.strptime("12", "%I"), datetime.strptime("1.123456", "%S.%f"))
print(datetime.strptime("Tue, 15 Jan 2024", "%a, %d %b %Y"), datetime.strptime("01/15/24", "%x"), datetime.strptime("23:01:02", "%X"), datetime.strptime("Mon Jan 15 10:30:00 2024", "%c"))

# week-based dates: %U/%W with a weekday, ISO %G-%V-%u
for s_, f_ in [("2024 03 1", "%Y %U %w"), ("2024 03 0", "%Y %U %w"), ("2024 00 3", "%Y %W %w"), ("2023 00 Sunday", "%Y %W %A"),
               ("2024-W03-1", "%G-W%V-%u"), ("2020-W53-7", "%G-W%V-%u"), ("2019 01 Tue", "%G %V %a"), ("2024 10", "%Y %U"),
               ("1900 00 0", "%Y %U %w"), ("2024 05", "%G %V"), ("2024 05 1", "%Y %V %u")]:
    try:
        print(repr(datetime.strptime(s_, f_)))
    except ValueError as e:
        print("ValueError:", e)

# --- time
t = time(10, 30)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4), t.hour, t.minute, t.second, t.microsecond, t.tzinfo)
print(t.isoformat(), time(1, 2, 3, 4000).isoformat("milliseconds"), t.isoformat(timespec="hours"), t.strftime("%H:%M:%S %p"), f"{t:%I.%M}", t.replace(hour=11))
print(time.fromisoformat("10:30:45.5"), time.fromisoformat("T01:02"), repr(time.fromisoformat("10:30+01:00")), time.min, time.max, time.resolution)
print(t == time(10, 30), t < time(10, 31), t > time(9), hash(t) == hash(time(10, 30, 0)), sorted([time(5), time(1, 59), t]), bool(time()))
tz_t = time(12, 0, tzinfo=timezone(timedelta(hours=1)))
print(tz_t, repr(tz_t), tz_t.utcoffset(), tz_t.tzname(), tz_t == time(11, 0, tzinfo=timezone.utc), t.utcoffset())

# --- timezone and aware datetimes
print(timezone.utc, repr(timezone.utc), dtmod.UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "Z") is timezone.utc)
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
print(est, repr(est), ist, repr(ist), timezone(timedelta(seconds=-90)), timezone.min, timezone.max)
print(est.utcoffset(None), est.dst(None), est.tzname(None), ist.tzname(None), est == timezone(timedelta(hours=-5)), hash(est) == hash(timezone(timedelta(hours=-5))))
a = datetime(2024, 1, 15, 12, 0, tzinfo=timezone.utc)
b = datetime(2024, 1, 15, 14, 0, tzinfo=timezone(timedelta(hours=2)))
c = datetime(2024, 1, 15, 7, 0, tzinfo=est)
print(a, repr(a), b, repr(c), a == b, a == c, a - b, c - a, b - c, a < c, hash(a) == hash(b))
print(a.utcoffset(), b.utcoffset(), c.tzname(), c.dst(), a.timestamp(), c.timestamp(), a.isoformat(), c.isoformat(" ", "seconds"))
print(b.astimezone(timezone.utc), a.astimezone(est), a.astimezone(ist), repr(c.astimezone(ist)), (a + timedelta(hours=1)).tzinfo)
print(a.strftime("%Y-%m-%d %H:%M %z %Z"), c.strftime("%z %Z"), ist.fromutc(a.replace(tzinfo=ist)), datetime.now(timezone.utc).tzinfo)
print(abs(datetime.now(est) - datetime.now(timezone.utc)) < timedelta(seconds=5), datetime.now(est).utcoffset())
print(datetime(2024, 1, 15, 12, tzinfo=timezone(timedelta(hours=1, seconds=30))).isoformat(), datetime(2024, 1, 15, tzinfo=timezone(timedelta(microseconds=-5))).isoformat())
print(a == datetime(2024, 1, 15, 12), a != datetime(2024, 1, 15, 12), a.replace(tzinfo=None), datetime.fromisoformat("2024-01-15T12:00:00+00:00") == a)
print(datetime.fromtimestamp(a.timestamp(), timezone.utc) == a, datetime.fromtimestamp(0, est))

class Plus3(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=3)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "P3"

p = datetime(2024, 1, 15, 15, 0, tzinfo=Plus3())
print(p, p.utcoffset(), p.tzname(), p == a, p - a, a.astimezone(Plus3()), p.strftime("%z %Z"), p.astimezone(timezone.utc))

# --- subclasses: arithmetic and alternate constructors give the subclass
class MyDate(date):
    def label(self):
        return f"<{self.isoformat()}>"

class MyDT(datetime):
    pass

class MyTD(timedelta):
    pass

md = MyDate(2024, 5, 6)
print(md, repr(md), md.label(), (md + timedelta(days=1)).label(), type(md - timedelta(1)).__name__, type(md - md).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat("2024-01-01")).__name__, type(md.replace(day=1)).__name__)
mx = MyDT(2024, 1, 2, 3, 4)
print(repr(mx), type(mx + timedelta(1)).__name__, type(timedelta(1) + mx).__name__, type(mx - mx).__name__, type(mx.date()).__name__)
print(type(MyDT.strptime("2024", "%Y")).__name__, type(MyDT.combine(md, time(1))).__name__, type(MyDT.fromtimestamp(0, timezone.utc)).__name__)
print(repr(MyTD(hours=1)), type(MyTD(1) + timedelta(1)).__name__, type(-MyTD(1)).__name__, isinstance(mx, date), issubclass(MyDT, date))
print(date.__name__, datetime.__module__, timedelta.__module__, type(timezone.utc).__name__, isinstance(timezone.utc, tzinfo))

# --- errors
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


err(lambda: date(2024, 13, 1))
err(lambda: date(2024, 0, 1))
err(lambda: date(10000, 1, 1))
err(lambda: date(0, 1, 1))
err(lambda: date(2023, 2, 29))
err(lambda: date(2024, 1, 32))
err(lambda: date(2024.0, 1, 1))
err(lambda: date(2024, 1))
err(lambda: datetime(2024, 1, 1, 24))
err(lambda: datetime(2024, 1, 1, 0, 60))
err(lambda: datetime(2024, 1, 1, 0, 0, 60))
err(lambda: datetime(2024, 1, 1, 0, 0, 0, 1000000))
err(lambda: datetime(2024, 1, 1, fold=2))
err(lambda: datetime(2024, 1, 1, tzinfo=5))
err(lambda: time(25))
err(lambda: time(-1))
err(lambda: timedelta(days=1000000000))
err(lambda: timedelta(days=-1000000000))
err(lambda: timedelta.max + timedelta(microseconds=1))
err(lambda: timedelta.min - timedelta(days=1))
err(lambda: timedelta(days="1"))
err(lambda: timedelta(hours=1) / 0)
err(lambda: timedelta(hours=1) // timedelta(0))
err(lambda: timedelta(hours=1) + 1)
err(lambda: timedelta(hours=1) < 5)
err(lambda: date.max + timedelta(days=1))
err(lambda: date.min - timedelta(days=1))
err(lambda: datetime.max + timedelta(microseconds=1))
err(lambda: date.fromordinal(0))
err(lambda: date.fromisoformat("2024-1-5"))
err(lambda: date.fromisoformat("not a date"))
err(lambda: date.fromisoformat("2024-02-30"))
err(lambda: date.fromisoformat(20240101))
err(lambda: datetime.fromisoformat("2024-01-15T25:00"))
err(lambda: datetime.fromisoformat("2024-01-15T10:3"))
err(lambda: datetime.fromisoformat("2024-13-15"))
err(lambda: datetime.strptime("2024-13-01", "%Y-%m-%d"))
err(lambda: datetime.strptime("2024-01-01 extra", "%Y-%m-%d"))
err(lambda: datetime.strptime("2023-02-29", "%Y-%m-%d"))
err(lambda: datetime.strptime("2024", "%Q"))
err(lambda: datetime.strptime("2024", "%Y%"))
err(lambda: datetime.strptime(2024, "%Y"))
err(lambda: datetime.strptime("10:61", "%H:%M"))
err(lambda: datetime.strptime("12:00:61", "%H:%M:%S"))
err(lambda: datetime.strptime("+01:0030", "%z"))
err(lambda: x.isoformat(timespec="days"))
err(lambda: a < datetime(2024, 1, 1))
err(lambda: a - datetime(2024, 1, 1))
err(lambda: x < date(2024, 1, 1))
err(lambda: date(2024, 1, 1) < x)
err(lambda: date(2024, 1, 1) - x)
err(lambda: d < 5)
err(lambda: d + 1)
err(lambda: timezone(timedelta(hours=24)))
err(lambda: timezone(5))
err(lambda: tzinfo().utcoffset(None))
err(lambda: datetime.combine(1, t))
err(lambda: timedelta(hours=1) % timedelta(0))
err(lambda: timedelta(hours=1) // 0)
err(lambda: timedelta(hours=1) / 0.0)
err(lambda: 5 / timedelta(hours=1))
err(lambda: timedelta(hours=1) * timedelta(hours=1))
err(lambda: datetime.now(5))
err(lambda: date.today(1))

# --- more edge cases: ISO parsing forms, rounding, overflow, strptime corners
def chk(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["2024-W03", "2024W03", "2024W031", "2024-W03-1", "2024-W53-1", "2020-W53-5", "2024-01", "202401", "2024-1-01", "2024-01-1", "2024/01/01", " 2024-01-01", "2024-01-01 ", "0000-01-01", "2024-02-30", "2024-00-10", ""]:
    chk(date.fromisoformat, s)
for s in ["2024-01-15T10:30:45.1", "2024-01-15T10:30:45,123", "2024-01-15T10:30:45.1234567", "2024-01-15T103045", "2024-01-15T1030", "2024-01-15 10:30:45+0530",
          "2024-01-15T10:30:45.123+05:30:15", "2024-01-15T10:30:45-00:00", "2024-01-15T10:30:45+24:00", "2024-W03-2T10:00", "20240115T10:30", "2024-01-15T", "2024-01-15T10:30:",
          "2024-01-15T24:00", "2024-01-15T10:60", "2024-01-15X10:30", "2024-01-15T10:30Z", "2024-01-15T10:30:45.123456789Z", "2024-01-15T10:30+05", "2024-01-15T10+05:30"]:
    chk(datetime.fromisoformat, s)
for s in ["10:30", "1030", "103045", "10", "10:30:45.123456+01:00", "10:30:45Z", "24:00", "10:3", "T10:30", "10:30:45.", "10:30:45.1234567"]:
    chk(time.fromisoformat, s)
chk(timedelta, 1, 2, 3, 4, 5, 6, 7)
chk(lambda: timedelta(days=1e9))
chk(lambda: timedelta(seconds=1e20))
chk(lambda: timedelta(microseconds=float("nan")))
chk(lambda: timedelta(hours=1) * float('inf'))
chk(lambda: timedelta(days=999999999) * 2)
chk(lambda: timedelta(days=1) * 10**30)
chk(lambda: timedelta(microseconds=10**20))
chk(lambda: timedelta(seconds=-1e-7))
chk(lambda: timedelta(seconds=123456789.123456789))
chk(lambda: timedelta(days=-0.5, hours=12))
chk(lambda: timedelta(1) / timedelta(0))
chk(lambda: datetime(2024, 1, 1).strftime(5))
chk(lambda: datetime.strptime("2024-01-01", "%Y-%m-%d", 1))
chk(lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).isoformat(sep="ab"))
chk(lambda: datetime.fromtimestamp(1e20))
chk(lambda: datetime.fromtimestamp(float('nan')))
chk(lambda: date.fromordinal(3652060))
chk(lambda: date(2024, 1, 1).replace(month=13))
chk(lambda: datetime(2024, 1, 1).replace(hour=-1))
chk(lambda: time(1).replace(tzinfo=3))
chk(lambda: timezone(timedelta(hours=1), 5))
chk(lambda: timezone(timedelta(hours=-24)))
chk(lambda: timezone(timedelta(hours=23, minutes=59, seconds=59, microseconds=999999)))
chk(lambda: timezone(timedelta(microseconds=1)))
chk(lambda: str(timezone(timedelta(microseconds=1))))
chk(lambda: datetime.strptime("", ""))
chk(lambda: datetime.strptime("a", ""))
chk(lambda: datetime.strptime("2024-01-01T10", "%Y-%m-%dT%H%z"))
chk(lambda: datetime.strptime("+01:00:30.5", "%z"))
chk(lambda: datetime.strptime("+0100305", "%z"))
chk(lambda: datetime.strptime("+01:0030", "%z"))
chk(lambda: datetime.strptime("12 PM 13", "%I %p %H"))
chk(lambda: datetime.strptime("feb 29", "%b %d"))
chk(lambda: datetime.strptime("366", "%j"))
chk(lambda: datetime.strptime("2024 366", "%Y %j"))
chk(lambda: datetime.strptime("2023 366", "%Y %j"))
chk(lambda: datetime.strptime("1 2", "%d%m"))
chk(lambda: datetime.strptime("Jan 5", "%B %d"))
chk(lambda: datetime.strptime("May 5", "%B %d"))
chk(lambda: datetime.strptime("2024\t01  05", "%Y %m %d"))
chk(lambda: datetime.strptime("2024-01-05", "%Y-%m-%d "))
chk(lambda: datetime.strptime("X2024", "x%Y"))
chk(lambda: datetime.strptime("2024é", "%Yé"))
chk(lambda: datetime.strptime("2024", "%é"))
chk(lambda: datetime.strptime("10 : 5", "%H : %M"))
chk(lambda: datetime.strptime("123456789", "%f"))
chk(lambda: datetime.strptime("1234567", "%S%f"))
chk(lambda: datetime(2024, 1, 1, 1, 2, 3, 4, timezone(timedelta(hours=1), "X%Y")).strftime("%Z|%z|%%Z|%"))
chk(lambda: datetime(2024, 1, 1).strftime("%"))
chk(lambda: datetime(2024, 1, 1).strftime("%Q %E %O"))
chk(lambda: time(1, 2).strftime("%Y %j %a"))
chk(lambda: format(time(1, 2), ""))
chk(lambda: format(timedelta(1), ""))
chk(lambda: date(2024, 1, 1) == datetime(2024, 1, 1))
chk(lambda: date(2024, 1, 1) != datetime(2024, 1, 1))
chk(lambda: datetime(2024, 1, 1) in {date(2024, 1, 1)})
chk(lambda: time(1) < time(2, tzinfo=timezone.utc))
chk(lambda: time(1) == time(1, tzinfo=timezone.utc))
chk(lambda: datetime.combine(date(2024, 1, 1), datetime(2024, 1, 1, 5)))
chk(lambda: datetime(2024, 1, 1).timetuple())
chk(lambda: datetime(2024, 1, 1, tzinfo=timezone.utc).timetuple())
chk(lambda: date(2024, 12, 31).timetuple())
chk(lambda: datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=5))).astimezone(timezone(timedelta(hours=-5))))
chk(lambda: datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))).astimezone(timezone.utc))
chk(lambda: datetime.max.replace(tzinfo=timezone(timedelta(hours=-5))).astimezone(timezone.utc))
chk(lambda: datetime(2024, 1, 1, 0, 0, 0, 999999).timestamp())
chk(lambda: timedelta(seconds=1.0000005))
chk(lambda: timedelta(milliseconds=0.0005))
chk(lambda: timedelta(milliseconds=0.0015))
chk(lambda: abs(timedelta(-1, 5)))
chk(lambda: -timedelta.max)
chk(lambda: -timedelta.min)
chk(lambda: timedelta.max * 1.0)
chk(lambda: timedelta(weeks=1) / 7.5)
chk(lambda: round(timedelta(hours=1).total_seconds() / 7, 3))
chk(lambda: timedelta(hours=1) // timedelta(minutes=7) * timedelta(minutes=7))
chk(lambda: divmod(timedelta(hours=-1), timedelta(minutes=7)))

# --- constructor argument errors (CPython's nameless 'function' texts)
for f_ in [lambda: date(2024,1,1,1), lambda: date(2024,1,1,foo=1), lambda: date(2024), lambda: date(2024,1,1,year=3), lambda: date(2024,1,year=3), lambda: date(2024,1,foo=3), lambda: datetime(2024,1,1,0,0,0,0,None,1), lambda: datetime(2024), lambda: time(1,2,3,4,None,5), lambda: time(foo=1), lambda: timedelta(1,2,3,4,5,6,7,8), lambda: timedelta(foo=1), lambda: timezone(), lambda: date.today(1), lambda: datetime.now(1,2), lambda: date(2024,1,1).replace(foo=1), lambda: datetime(2024,1,1).isoformat(1,2,3), lambda: timezone(timedelta(0), 'a', 'b'), lambda: date(year=2024, month=2, day=3), lambda: datetime(2024, 1, 2, fold=1, tzinfo=timezone.utc), lambda: time(fold=1, hour=3)]:
    try: print(repr(f_()))
    except Exception as e: print(type(e).__name__, e)

# --- utctimetuple
print(datetime(2024, 1, 1, 2, tzinfo=timezone(timedelta(hours=5))).utctimetuple())
print(datetime(2024, 1, 1, 2).utctimetuple(), datetime(2024, 1, 1, 2, tzinfo=timezone.utc).timetuple())
print(tuple(datetime(2024, 3, 1, 2, 3, 4).utctimetuple()))

# --- type names: __name__ is short, messages use "datetime.timedelta" as CPython's tp_name
print(timedelta.__name__, timedelta.__qualname__, timedelta.__module__, timedelta, date, datetime, time, tzinfo, timezone, type(timezone.utc))
for f_ in [lambda: date.foo, lambda: date(2024, 1, 1).foo, lambda: datetime(2024, 1, 1) < date(2024, 1, 1), lambda: time(1) + timedelta(1), lambda: -date(2024, 1, 1)]:
    try:
        print(f_())
    except Exception as e:
        print(type(e).__name__, e)
