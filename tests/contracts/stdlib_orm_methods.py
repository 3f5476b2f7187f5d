# orm: ordinary-method style, every column type, defaults, update/delete, query chaining, transactions, errors
import datetime
import orm

engine = orm.Engine("sqlite:///:memory:")
print(engine, orm.Integer, orm.String(40), orm.Column(orm.Text, False))
items = orm.Table("items", {
    "title": orm.Column(orm.String(40), nullable=False, unique=True),
    "notes": orm.Column(orm.Text),
    "price": orm.Column(orm.Float),
    "in_stock": orm.Column(orm.Boolean, default=True),
    "added": orm.Column(orm.DateTime),
    "data": orm.Column(orm.Blob),
    "qty": orm.Column(orm.Integer, default=0),
})
items.create(engine)
items.create(engine)  # IF NOT EXISTS
print(engine.execute("SELECT sql FROM sqlite_master WHERE name = 'items'")[0]["sql"])

s = engine.connect()
when = datetime.datetime(2024, 3, 1, 12, 30)
rows = [
    {"__table__": items, "title": "lamp", "price": 19.5, "added": when, "data": b"\x01\x02", "qty": 3},
    {"__table__": items, "title": "desk", "price": 120.0, "in_stock": False, "notes": "oak"},
    {"__table__": items, "title": 'chair "x"', "price": 45.25, "qty": 7},
    {"__table__": items, "title": "rug", "price": None, "qty": 1},
]
s.add_all(rows)
print([r["id"] for r in rows], rows[0]["in_stock"], rows[2]["qty"])
s.commit()

lamp = s.query(items).filter_by(title="lamp").first()
print(sorted((k, v) for k, v in lamp.items() if k != "__table__"))
print(type(lamp["added"]).__name__, lamp["in_stock"] is True, type(lamp["data"]).__name__)
print([r["title"] for r in s.query(items).order_by("-price").all()])
print([r["title"] for r in s.query(items).order_by("qty", "desc").limit(2).all()])
print([r["title"] for r in s.query(items).order_by("id").offset(1).limit(2).all()])
print([r["title"] for r in s.query(items).order_by("id").offset(3).all()])
print(s.query(items).filter_by(in_stock=True).count(), s.query(items).filter_by(price=None).count())
print(s.query(items).filter("price > ?", 40).order_by("title").count())
cheap = s.query(items).filter("qty >= ?", 1).filter_by({"in_stock": True}).order_by("price")
print([r["title"] for r in cheap.all()], cheap.count())
print(s.query(items).filter_by(title="nothing").first())

# update, delete, rollback
lamp["price"] = 17.0
lamp["qty"] = 10
print("update", s.update(lamp))
s.rollback()
print(s.query(items).filter_by(title="lamp").first()["price"])
lamp["price"] = 15.0
s.update(lamp)
s.commit()
print(s.query(items).filter_by(title="lamp").first()["price"])
print("delete", s.delete(rows[3]), s.query(items).count())
print("query delete", s.query(items).filter("price > ?", 100).delete(), s.query(items).count())
s.commit()

# errors
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

attempt("dup", lambda: s.add({"__table__": items, "title": "lamp"}))
attempt("null", lambda: s.add({"__table__": items, "price": 1.0}))
attempt("nocol", lambda: s.add({"__table__": items, "title": "x", "colour": "red"}))
attempt("notable", lambda: s.add({"title": "x"}))
attempt("filter", lambda: s.query(items).filter_by(colour="red"))
attempt("order", lambda: s.query(items).order_by("colour"))
attempt("delete", lambda: s.delete({"__table__": items, "title": "ghost"}))
attempt("url", lambda: orm.Engine("postgres://db"))
attempt("type", lambda: orm.Column(int))
attempt("sql", lambda: engine.execute("SELECT * FROM nowhere"))
print(issubclass(orm.IntegrityError, orm.Error))
s.rollback()
s.close()
attempt("closed", lambda: s.query(items).all())

# injection-looking values are only data
s2 = engine.connect()
s2.add({"__table__": items, "title": "x'); DROP TABLE items; --"})
print([r["title"] for r in s2.query(items).order_by("id").all()])
s2.commit()
print(engine.execute("UPDATE items SET qty = qty + 1"), engine.execute("DELETE FROM items WHERE qty > 5"))
items.drop(engine)
print(engine.execute("SELECT count(*) AS n FROM sqlite_master"))
