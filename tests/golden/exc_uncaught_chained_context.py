def fallback():
    return -1
def load_ok():
    try:
        return int("abc")
    except ValueError:
        return fallback()
print(load_ok())
def load():
    try:
        return int("abc")
    except ValueError:
        return missing_helper()
print("loading")
load()
