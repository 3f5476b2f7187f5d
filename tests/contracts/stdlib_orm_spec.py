# orm: the module spec's example as written (dict entries called with the object first), on a file database
import os
import orm

path = f"/tmp/orm_spec_{os.getpid()}.db"
engine = orm.Engine("sqlite:///" + path)

columns = {}
columns["name"] = orm.Column(orm.String, False)  # NOT NULL
columns["email"] = orm.Column(orm.String, False, True)  # NOT NULL, UNIQUE
columns["age"] = orm.Column(orm.Integer, True)  # NULLABLE

users_table = orm.Table("users", columns)
create_fn = users_table["create"]
create_fn(users_table, engine)

connect_fn = engine["connect"]
session = connect_fn(engine)

for name, age in [("Alice", 30), ("Bob", 25), ("Carol", 30), ("Dan", None), ("Eve", 41)]:
    user = {}
    user["__table__"] = users_table
    user["name"] = name
    user["email"] = name.lower() + "@example.com"
    user["age"] = age
    add_fn = session["add"]
    add_fn(session, user)  # user["id"] is auto-populated
    print("added", user["id"], user["name"])

query_fn = session["query"]
query = query_fn(session, users_table)
all_fn = query["all"]
users = all_fn(query)
for user in users:
    print(f"{user['name']}: {user['email']}")

filter_dict = {}
filter_dict["age"] = 30
query2 = query_fn(session, users_table)
filter_by_fn = query2["filter_by"]
query2 = filter_by_fn(query2, filter_dict)
all_fn2 = query2["all"]
filtered = all_fn2(query2)
print("age 30:", [u["name"] for u in filtered])

query3 = query_fn(session, users_table)
order_by_fn = query3["order_by"]
query3 = order_by_fn(query3, "age")
all_fn3 = query3["all"]
ordered = all_fn3(query3)
print("by age:", [(u["name"], u["age"]) for u in ordered])

query4 = query_fn(session, users_table)
limit_fn = query4["limit"]
query4 = limit_fn(query4, 10)
offset_fn = query4["offset"]
query4 = offset_fn(query4, 20)
all_fn4 = query4["all"]
page = all_fn4(query4)
print("page:", page)
page = query_fn(session, users_table)["limit"](query_fn(session, users_table), 2)
print("limit 2:", [u["name"] for u in page["all"](page)])

query5 = query_fn(session, users_table)
first_fn = query5["first"]
first_user = first_fn(query5)
print("first:", first_user["id"], first_user["name"], first_user["__table__"])
count_fn = query5["count"]
print("count:", count_fn(query5))

execute_fn = engine["execute"]
rows = execute_fn(engine, "UPDATE users SET age = age + 1 WHERE age < 30")
print("updated:", rows)
print(execute_fn(engine, "SELECT name, age FROM users WHERE age < 31 ORDER BY name"))

delete_fn = session["delete"]
print("deleted:", delete_fn(session, first_user))
session["commit"](session)
close_fn = session["close"]
close_fn(session)

# a second session sees the committed state
session2 = engine["connect"](engine)
q = session2["query"](session2, users_table)
print([u["name"] for u in q["all"](q)], q["count"](q))
session2["close"](session2)
engine["dispose"](engine)
os.remove(path)
print(sorted(k for k in users_table if not callable(users_table[k])), sorted(k for k in session if callable(session[k])))
