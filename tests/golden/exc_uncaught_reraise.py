def handler():
    try:
        return {}["missing"]
    except KeyError:
        print("logging the error, then re-raising")
        raise
handler()
