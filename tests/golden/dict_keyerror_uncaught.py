defaults = {"user": "anon", "port": 80}
def lookup(cfg, key):
    if key in cfg:
        return cfg[key]
    return defaults.get(key, "<none>")
print(lookup({"port": 8080}, "port"), lookup({}, "user"), lookup({}, "nothing"))
config = {"host": "localhost", "port": 8080}
print(config["host"])
print(config.get("user", "anon"))
print(config["zz"])
