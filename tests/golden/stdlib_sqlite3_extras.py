# sqlite3: user functions, aggregates, collations, adapters/converters, text_factory, transactions, executescript, iterdump
import sqlite3

con = sqlite3.connect(":memory:")
con.executescript("""
    CREATE TABLE words (w TEXT, n INTEGER);
    -- a comment
    INSERT INTO words VALUES ('banana', 3), ('Apple', 1), ('cherry', 2);
    INSERT INTO words VALUES ('apple', 5);
""")
print(con.in_transaction, con.total_changes)

con.create_function("double", 1, lambda x: None if x is None else x * 2)
con.create_function("concat3", 3, lambda a, b, c: f"{a}-{b}-{c}", deterministic=True)
con.create_function("boom", 0, lambda: 1 / 0)
con.create_function("blobby", 1, lambda s: s.encode())
print(con.execute("SELECT double(n), double(w), concat3(w, n, NULL) FROM words ORDER BY n").fetchall())
print(con.execute("SELECT blobby('hi'), double(NULL), double(1.5)").fetchone())
try:
    con.execute("SELECT boom()").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)


class Spread:
    def __init__(self):
        self.low = None
        self.high = None

    def step(self, value):
        if value is None:
            return
        self.low = value if self.low is None else min(self.low, value)
        self.high = value if self.high is None else max(self.high, value)

    def finalize(self):
        return None if self.low is None else self.high - self.low


class BadStep:
    def step(self, value):
        raise ValueError("no")

    def finalize(self):
        return 0


con.create_aggregate("spread", 1, Spread)
con.create_aggregate("badstep", 1, BadStep)
print(con.execute("SELECT spread(n) FROM words").fetchone())
print(con.execute("SELECT spread(n) FROM words WHERE n > 100").fetchone())
try:
    con.execute("SELECT badstep(n) FROM words").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)


def by_length(a, b):
    return (len(a) > len(b)) - (len(a) < len(b))


con.create_collation("bylen", by_length)
con.create_collation("nocase_rev", lambda a, b: -((a.lower() > b.lower()) - (a.lower() < b.lower())))
print(con.execute("SELECT w FROM words ORDER BY w COLLATE bylen, w").fetchall())
print(con.execute("SELECT w FROM words ORDER BY w COLLATE nocase_rev, n").fetchall())

# text_factory
con.text_factory = bytes
print(con.execute("SELECT w, n FROM words ORDER BY n LIMIT 2").fetchall())
con.text_factory = lambda b: b.decode().upper()
print(con.execute("SELECT w, x'41' FROM words ORDER BY n LIMIT 2").fetchall())
con.text_factory = str


# adapters and converters
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


sqlite3.register_adapter(Point, lambda p: f"{p.x};{p.y}")
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
dcon = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
dcon.execute("CREATE TABLE shapes (name TEXT, p POINT, q point(10))")
dcon.execute("INSERT INTO shapes VALUES (?, ?, ?)", ("a", Point(1, 2), Point(3.5, -4)))
dcon.execute("INSERT INTO shapes VALUES (?, ?, ?)", ("b", None, Point(0, 0)))
print(dcon.execute("SELECT * FROM shapes").fetchall())
cur = dcon.execute('SELECT name AS "n [point]", p AS "raw" FROM shapes WHERE name = ?', ("a",))
print([d[0] for d in cur.description])
try:
    print(cur.fetchall())
except ValueError as e:
    print("ValueError", e)
print(dcon.execute("SELECT p AS \"p [POINT]\" FROM shapes").fetchall())


class Conforming:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"


print(dcon.execute("SELECT ?", (Conforming(),)).fetchone())
dcon.close()

# transactions and isolation levels
tcon = sqlite3.connect(":memory:")
print(repr(tcon.isolation_level))
tcon.execute("CREATE TABLE t (x)")
print(tcon.in_transaction)
with tcon:
    tcon.execute("INSERT INTO t VALUES (1)")
    print(tcon.in_transaction)
print(tcon.in_transaction, tcon.execute("SELECT count(*) FROM t").fetchone())
try:
    with tcon:
        tcon.execute("INSERT INTO t VALUES (2)")
        raise KeyError("abort")
except KeyError as e:
    print("KeyError", e)
print(tcon.execute("SELECT count(*) FROM t").fetchone())
tcon.isolation_level = None
tcon.execute("INSERT INTO t VALUES (3)")
print(tcon.in_transaction)
tcon.execute("BEGIN")
tcon.execute("INSERT INTO t VALUES (4)")
print(tcon.in_transaction)
tcon.rollback()
print(tcon.execute("SELECT x FROM t ORDER BY x").fetchall())
tcon.isolation_level = "IMMEDIATE"
tcon.execute("REPLACE INTO t VALUES (5)")
print(tcon.in_transaction, tcon.isolation_level)
tcon.executescript("INSERT INTO t VALUES (6);")
print(tcon.in_transaction)
for line in tcon.iterdump():
    print(line)

# many rows through the statement cache
tcon.execute("CREATE TABLE squares (n INTEGER, sq INTEGER)")
tcon.executemany("INSERT INTO squares VALUES (?, ?)", ((i, i * i) for i in range(200)))
total = 0
for i in range(0, 200, 7):
    total += tcon.execute("SELECT sq FROM squares WHERE n = ?", (i,)).fetchone()[0]
print(total, tcon.execute("SELECT count(*), sum(sq) FROM squares").fetchone())
outer = tcon.execute("SELECT n FROM squares WHERE n < 3 ORDER BY n")
for (n,) in outer:
    inner = tcon.execute("SELECT n FROM squares WHERE n < 3 ORDER BY n").fetchall()
    print(n, inner)
tcon.execute("SELECT * FROM missing_table")
