print(issubclass(Exception, BaseException))
print("raising soon")
class ConfigError(Exception):
    pass
def load(name):
    if not name.endswith(".cfg"):
        raise ConfigError("bad config name: " + name)
    return name
print(load("a.cfg"))
print(load("b.txt"))
