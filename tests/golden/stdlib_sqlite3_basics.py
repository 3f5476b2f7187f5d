# sqlite3: connect, execute with qmark/named params, fetch*, types both ways, Row, description, rowcount, lastrowid, errors
import sqlite3

print(sqlite3.apilevel, sqlite3.paramstyle, sqlite3.version, sqlite3.version_info)
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, isinstance(sqlite3.sqlite_version, str))
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
print(issubclass(sqlite3.IntegrityError, sqlite3.DatabaseError), issubclass(sqlite3.DatabaseError, sqlite3.Error))
print(issubclass(sqlite3.InterfaceError, sqlite3.Error), issubclass(sqlite3.Error, Exception))

con = sqlite3.connect(":memory:")
cur = con.cursor()
print(cur.description, cur.rowcount, cur.lastrowid, cur.arraysize)
cur.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, age INTEGER, score REAL, photo BLOB)")
print(cur.description, cur.rowcount)
cur.execute("INSERT INTO people (name, age, score, photo) VALUES (?, ?, ?, ?)", ("Ann", 31, 9.5, b"\x00\x01"))
print(cur.rowcount, cur.lastrowid, con.in_transaction, con.total_changes)
cur.executemany("INSERT INTO people (name, age, score) VALUES (:name, :age, :score)",
                [{"name": "Bob", "age": 25, "score": None}, {"name": "Cy", "age": None, "score": 7.25},
                 {"name": "Dee", "age": 40, "score": -1.0}])
print(cur.rowcount, cur.lastrowid, con.total_changes)
con.commit()
print(con.in_transaction)

cur.execute("SELECT id, name, age, score, photo FROM people ORDER BY id")
print([d[0] for d in cur.description])
print(cur.fetchone())
print(cur.fetchmany(2))
print(cur.fetchall())
print(cur.fetchone(), cur.fetchall())

for row in con.execute("SELECT name, age FROM people WHERE age > ? ORDER BY age DESC", (20,)):
    print(row)

print(con.execute("SELECT 1, 2.5, 'x', x'6869', NULL, 2 * 3").fetchone())
print(con.execute("SELECT ?, ?, ?, ?, ?", (2 ** 62, -7, "é€😀", bytearray(b"ab"), None)).fetchone())
print(con.execute("SELECT ? || ?", ["a", "b"]).fetchone())
print(con.execute("SELECT :x + :y", {"x": 1, "y": 2, "z": 3}).fetchone())
print(con.execute("SELECT typeof(?), typeof(?), typeof(?)", (True, 1.0, memoryview(b"z"))).fetchall())
cur.arraysize = 3
print(len(con.execute("SELECT * FROM people").fetchmany()))

# UPDATE / DELETE rowcount, implicit transaction
cur = con.execute("UPDATE people SET age = age + 1 WHERE age IS NOT NULL")
print("updated", cur.rowcount, con.in_transaction)
con.rollback()
print(con.execute("SELECT sum(age) FROM people").fetchone()[0], con.in_transaction)
cur = con.execute("DELETE FROM people WHERE name = 'Cy'")
print("deleted", cur.rowcount)
con.commit()

# Row
con.row_factory = sqlite3.Row
row = con.execute("SELECT id, name AS Name, age FROM people WHERE id = 1").fetchone()
print(type(row).__name__, row["name"], row["NAME"], row[1], row[-1], row[0:2], len(row), row.keys())
print(list(row), tuple(row), dict(zip(row.keys(), row)))
other = con.execute("SELECT id, name AS Name, age FROM people WHERE id = 1").fetchone()
print(row == other, row != other, row == (1, "Ann", 31))
try:
    row["missing"]
except IndexError as e:
    print("IndexError", e)
for bad in (5, None, 1.0):
    try:
        row[bad]
    except IndexError as e:
        print("IndexError", e)
print(dict(row))
con.row_factory = lambda cursor, r: {d[0]: v for d, v in zip(cursor.description, r)}
print(con.execute("SELECT name, age FROM people ORDER BY id").fetchall())
con.row_factory = None

# errors
def attempt(sql, params=()):
    try:
        con.execute(sql, params)
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt("SELECT * FROM nowhere")
attempt("INSERT INTO people (name) VALUES ('Ann')")
attempt("INSERT INTO people (age) VALUES (3)")
attempt("SELECT ?", (1, 2))
attempt("SELECT ?, ?", (1,))
attempt("SELECT :a", {"b": 1})
attempt("SELECT ?", {"a": 1})
attempt("SELECT ?", ([1],))
attempt("SELECT ?", (2 ** 63,))
attempt("SELECT ?", 7)
attempt("SELECT 1; SELECT 2")
attempt("SELEC 1")
attempt("SELECT 1; -- trailing comment")
attempt("")
try:
    con.execute(42)
except TypeError as e:
    print("TypeError", e)
try:
    con.isolation_level = "SOMETIMES"
except ValueError as e:
    print("ValueError", e)
try:
    con.executemany("SELECT ?", [(1,), (2,)])
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)

c2 = con.cursor()
c2.close()
try:
    c2.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
con.close()
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
try:
    con.cursor()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
