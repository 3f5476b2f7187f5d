def safe_handler():
    try:
        return {}["missing"]
    except KeyError as e:
        return "handled " + repr(e)
print(safe_handler())
def handler():
    try:
        return {}["missing"]
    except KeyError:
        print("logging the error, then re-raising")
        raise
handler()
