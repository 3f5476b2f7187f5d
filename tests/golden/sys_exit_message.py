import sys
def check(cfg):
    if "name" not in cfg:
        sys.exit("error: missing name in config")
    return cfg["name"]
print(check({"name": "ok"}))
try:
    print(check({}))
finally:
    print("finally runs before exit")
