db = {
    "users": {
        "ann": {"age": 31, "roles": ["admin", "dev"]},
        "bob": {"age": 25, "roles": ["dev"]},
    },
    "settings": {"theme": "dark", "limits": {"cpu": 4, "mem": 16}},
}
print(db["users"]["ann"]["roles"][0], db["settings"]["limits"]["mem"])
db["users"]["cy"] = {"age": 40, "roles": []}
db["users"]["bob"]["roles"].append("ops")
print(sorted(db["users"]), db["users"]["bob"])
def get_path(d, path, default=None):
    for key in path.split("."):
        if not isinstance(d, dict) or key not in d:
            return default
        d = d[key]
    return d
for p in ["settings.theme", "settings.limits.cpu", "users.ann.age", "users.zed.age", "settings.theme.x"]:
    print(p, "=", get_path(db, p, "?"))
def depth(d):
    return 1 + max([depth(v) for v in d.values()] + [0]) if isinstance(d, dict) else 0
print(depth(db), depth({}), depth(1))
def flatten(d, prefix=""):
    out = {}
    for k, v in d.items():
        key = prefix + k
        if isinstance(v, dict):
            out.update(flatten(v, key + "."))
        else:
            out[key] = v
    return out
for k, v in flatten(db).items():
    print(k, v)
role_index = {}
for user, info in db["users"].items():
    for r in info["roles"]:
        role_index.setdefault(r, []).append(user)
print(role_index)
