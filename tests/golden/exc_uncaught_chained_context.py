def load():
    try:
        return int("abc")
    except ValueError:
        return missing_helper()
print("loading")
load()
