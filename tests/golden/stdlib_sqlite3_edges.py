# sqlite3: edge cases — open failures, closed objects, numbered/$/@ parameters, decode errors, callback failures, blobs, big values
import sqlite3


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", result)
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)


attempt("open", lambda: sqlite3.connect("/nonexistent-dir/x/y.db"))
attempt("open type", lambda: sqlite3.connect(42))
con = sqlite3.connect(":memory:")
cur = sqlite3.Cursor(con)
print(cur.fetchone(), cur.fetchall(), cur.fetchmany(5), cur.description, cur.connection is con)
attempt("numbered", lambda: con.execute("SELECT ?2, ?1", ("a", "b")).fetchone())
attempt("dollar", lambda: con.execute("SELECT $x, @y, :z", {"x": 1, "y": 2, "z": 3}).fetchone())
attempt("dict subclass", lambda: con.execute("SELECT :k", type("D", (dict,), {})(k=5)).fetchone())
attempt("tuple sub", lambda: con.execute("SELECT ?, ?", range(2)).fetchone())
attempt("bad utf8", lambda: con.execute("SELECT CAST(x'61ff62' AS TEXT) AS col").fetchone())
con.text_factory = bytes
attempt("bad utf8 bytes", lambda: con.execute("SELECT CAST(x'61ff62' AS TEXT)").fetchone())
con.text_factory = str
attempt("description", lambda: con.execute("SELECT 1 AS one, 'x' || 'y', NULL AS \"n [x]\"").description)
attempt("pragma", lambda: con.execute("PRAGMA user_version").fetchone())
attempt("blob", lambda: con.execute("SELECT ?, length(?), zeroblob(3)", (b"", b"\x00\x01\x02", )).fetchone())
attempt("big", lambda: con.execute("SELECT ?, ?, ?", (2 ** 63 - 1, -2 ** 63, 1e308 * 10)).fetchone())
attempt("too big", lambda: con.execute("SELECT ?", (-2 ** 63 - 1,)).fetchone())
attempt("int math", lambda: con.execute("SELECT 9223372036854775807 + 1, 7 / 2, 7 % 3, 1.0 / 3").fetchone())

con.create_function("bad_result", 0, lambda: [1])
con.create_function("varargs", -1, lambda *a: len(a))


class InitFails:
    def __init__(self):
        raise RuntimeError("x")

    def step(self, v):
        pass

    def finalize(self):
        return 1


class FinalFails:
    def step(self, v):
        pass

    def finalize(self):
        raise RuntimeError("y")


con.create_aggregate("initfails", 1, InitFails)
con.create_aggregate("finalfails", 1, FinalFails)
attempt("bad result", lambda: con.execute("SELECT bad_result()").fetchone())
attempt("varargs", lambda: con.execute("SELECT varargs(), varargs(1, 2, 3)").fetchone())
attempt("init fails", lambda: con.execute("SELECT initfails(1)").fetchone())
attempt("final fails", lambda: con.execute("SELECT finalfails(1)").fetchone())
attempt("wrong arity", lambda: con.execute("SELECT bad_result(1)").fetchone())
con.create_function("bad_result", 0, None)
attempt("removed", lambda: con.execute("SELECT bad_result()").fetchone())
attempt("collation type", lambda: con.create_collation("c", 42))

# executescript stops at the first error; earlier statements stay
con.execute("CREATE TABLE s (x UNIQUE)")
attempt("script", lambda: con.executescript("INSERT INTO s VALUES (1); INSERT INTO s VALUES (1); INSERT INTO s VALUES (2);"))
print(con.execute("SELECT x FROM s").fetchall(), con.in_transaction)
attempt("script type", lambda: con.executescript(None))

# autocommit mode and executemany with generators / iterators
con.isolation_level = None
con.executemany("INSERT INTO s VALUES (?)", iter([(10,), (11,)]))
print(con.in_transaction, con.execute("SELECT count(*) FROM s").fetchone())
attempt("many bad", lambda: con.executemany("INSERT INTO s VALUES (?)", [(12,), (12,)]))
print(con.execute("SELECT max(x) FROM s").fetchone())
attempt("many not iterable", lambda: con.executemany("INSERT INTO s VALUES (?)", 5))

# a cursor is exhausted by commit? no: rows stay readable
con.isolation_level = ""
cur = con.execute("SELECT x FROM s ORDER BY x")
print(cur.fetchone())
con.commit()
print(cur.fetchall())

# closed connection
c2 = sqlite3.connect(":memory:")
k = c2.cursor()
c2.close()
attempt("closed cursor use", lambda: k.execute("SELECT 1"))
attempt("closed commit", lambda: c2.commit())
attempt("closed in_transaction", lambda: c2.in_transaction)
attempt("closed total_changes", lambda: c2.total_changes)
print(con.total_changes)

# an abandoned cursor's statement does not block DROP TABLE or redefining a function
d = sqlite3.connect(":memory:")
d.execute("CREATE TABLE t (x)")
d.executemany("INSERT INTO t VALUES (?)", [(1,), (2,), (3,)])
print(d.execute("SELECT x FROM t ORDER BY x").fetchone())
d.create_function("f", 0, lambda: 1)
print(d.execute("SELECT f() FROM t").fetchone())
d.create_function("f", 0, lambda: 2)
print(d.execute("SELECT f()").fetchone())
d.execute("DROP TABLE t")
print(d.execute("SELECT count(*) FROM sqlite_master").fetchone())

# iterdump with AUTOINCREMENT (sqlite_sequence), an index, a view, a trigger and awkward values
dump = sqlite3.connect(":memory:")
dump.executescript('''
    CREATE TABLE "odd ""name""" (id INTEGER PRIMARY KEY AUTOINCREMENT, "v'al" TEXT, b BLOB, r REAL);
    INSERT INTO "odd ""name""" ("v'al", b, r) VALUES ('it''s', x'00ff', 1.5), (NULL, NULL, -0.25);
    CREATE INDEX idx ON "odd ""name""" ("v'al");
    CREATE VIEW v AS SELECT id FROM "odd ""name""";
    CREATE TABLE log (msg);
    CREATE TRIGGER trg AFTER INSERT ON log BEGIN SELECT 1; END;
''')
for line in dump.iterdump():
    print(line)
