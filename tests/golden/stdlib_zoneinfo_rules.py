# zoneinfo on TZif data built here: POSIX TZ rules of every kind (M, J, n dates,
# signed and >24h times, negative and southern DST) and their errors, version 1
# files, transitions before the rule, malformed files.
import io, struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

def tzif(types, transitions, footer, version=b"2"):
    chars = b""
    starts = []
    for _, _, name in types:
        starts.append(len(chars))
        chars += name.encode() + b"\0"
    def block(fmt, transitions=transitions, types=types, chars=chars):
        head = b"TZif" + version + b"\0" * 15 + struct.pack(">6l", 0, 0, 0, len(transitions), len(types), len(chars))
        body = b"".join(struct.pack(">" + fmt, t) for t, _ in transitions)
        body += bytes(i for _, i in transitions)
        body += b"".join(struct.pack(">lbb", u, d, starts[k]) for k, (u, d, _) in enumerate(types))
        return head + body + chars
    if version == b"\0":
        return block("l")
    data = block("l", [], [], b"")
    if True:
        data += block("q") + b"\n" + footer + b"\n"
    return data

def zone(footer, types=((0, 0, "LMT"),), transitions=()):
    return ZoneInfo.from_file(io.BytesIO(tzif(list(types), list(transitions), footer)), key=footer.decode())

probe = [datetime(2030, m, d, h, mi, fold=f) for (m, d, h, mi) in [(1, 15, 12, 0), (3, 10, 2, 30), (4, 7, 2, 30), (7, 1, 0, 0), (10, 6, 2, 30), (11, 3, 1, 30)] for f in (0, 1)]
for footer in [b"EST5EDT,M3.2.0,M11.1.0", b"<+0330>-3:30", b"AEST-10AEDT,M10.1.0,M4.1.0/3", b"IST-1GMT0,M10.5.0,M3.5.0/1",
               b"XXX3YYY,J60/0,J300/25", b"ABC-5DEF,100,200/-1", b"<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", b"UTC0", b"WART4WARST,J1/0,J365/25",
               b"HST10", b"<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45", b"EST+5EDT-4:00:00,M3.2.0/2:00:00,M11.1.0/2:00:00"]:
    z = zone(footer)
    print(footer.decode(), z.utcoffset(None), z.tzname(None))
    for p in probe:
        a = p.replace(tzinfo=z)
        print("  ", a, a.fold, a.tzname(), a.dst(), a.astimezone(timezone.utc))
    base = datetime(2030, 1, 1, tzinfo=timezone.utc)
    seen = []
    for hour in range(0, 365 * 24, 7):
        t = (base + timedelta(hours=hour)).astimezone(z)
        seen.append((t.tzname(), t.fold))
    print("   fromutc:", sorted(set(seen)), sum(f for _, f in seen))

for footer in [b"EST5EDT", b"EST5,M3.2.0,M11.1.0", b"EST5EDT,M3.2.0", b"EST5EDT,M13.2.0,M11.1.0", b"EST25EDT,M3.2.0,M11.1.0",
               b"123", b"EST5EDT,M3.2.0,M11.1.0,M12.1.0", b"EST5EDT,Mx.1.0,M11.1.0", b"EST5EDT,J0,J365", b"EST5EDT,366,J5",
               b"EST5EDT24:30,M3.2.0,M11.1.0", b"EST5:3EDT,M3.2.0,M11.1.0", b"<AB>5<CD,M3.2.0,M11.1.0", b"E:T5", b"EST5EDT,M3.2.0/1:2:3:4,M11.1.0",
               b"EST5EDT,M3.2.0/x,M11.1.0", b"<A>5<B>4,M3.2.0,M11.1.0", b"<>5"]:
    try:
        z = zone(footer)
        print(footer.decode(), "ok", datetime(2030, 7, 1, tzinfo=z).tzname(), datetime(2030, 1, 1, tzinfo=z).utcoffset())
    except Exception as e:
        print(footer.decode(), type(e).__name__, e, "|", type(e.__cause__).__name__)

# transitions before the rule takes over; a version 1 file without a footer
t = zone(b"CET-1CEST,M3.5.0,M10.5.0/3", types=[(3208, 0, "LMT"), (3600, 0, "CET"), (7200, 1, "CEST")],
         transitions=[(-2422051408, 1), (1000000000, 2), (1010000000, 1)])
for d in [datetime(1800, 1, 1), datetime(2001, 9, 9, 3, 46, 39), datetime(2001, 9, 9, 3, 46, 40), datetime(2002, 1, 1), datetime(2040, 7, 1)]:
    a = d.replace(tzinfo=t)
    print(a, a.tzname(), a.dst(), a.astimezone(timezone.utc).astimezone(t))
v1 = ZoneInfo.from_file(io.BytesIO(tzif([(-18000, 0, "EST"), (-14400, 1, "EDT")], [(0, 1), (100000, 0)], b"", version=b"\0")))
print(datetime(1960, 1, 1, tzinfo=v1).tzname(), datetime(1970, 1, 1, 12, tzinfo=v1).tzname(), datetime(2000, 1, 1, tzinfo=v1).tzname(), v1.utcoffset(None))
for bad in [b"", b"TZiX", b"TZif2" + b"\0" * 15]:
    try:
        ZoneInfo.from_file(io.BytesIO(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    ZoneInfo.from_file(io.BytesIO(tzif([], [], b"")))
except Exception as e:
    print(type(e).__name__, e)
