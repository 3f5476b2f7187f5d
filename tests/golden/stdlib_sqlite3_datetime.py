# sqlite3: the default date/datetime adapters and the date/timestamp converters (PARSE_DECLTYPES, PARSE_COLNAMES)
import datetime
import sqlite3

con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("CREATE TABLE events (name TEXT, day DATE, at TIMESTAMP, raw TEXT)")
d = datetime.date(2024, 2, 29)
t = datetime.datetime(2023, 12, 31, 23, 59, 58, 123456)
con.execute("INSERT INTO events VALUES (?, ?, ?, ?)", ("leap", d, t, t))
con.execute("INSERT INTO events VALUES (?, ?, ?, ?)", ("plain", datetime.date(2000, 1, 1), datetime.datetime(2000, 1, 1, 8, 0), None))
for row in con.execute("SELECT * FROM events ORDER BY name"):
    print(row)
print(con.execute('SELECT raw AS "r [timestamp]", day AS "d [date]" FROM events WHERE name = ?', ("leap",)).fetchone())
print(con.execute("SELECT day, typeof(day), at FROM events WHERE day > ?", (datetime.date(2010, 1, 1),)).fetchall())
print(sqlite3.converters.keys() >= {"DATE", "TIMESTAMP"}, (datetime.date, sqlite3.PrepareProtocol) in sqlite3.adapters)
plain = sqlite3.connect(":memory:")
print(plain.execute("SELECT ?, ?", (d, t)).fetchone())
