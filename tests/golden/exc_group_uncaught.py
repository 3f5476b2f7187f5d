def inner():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("from key") from e
def make():
    try:
        inner()
    except ValueError as v:
        sub = v
    excs = [sub, ExceptionGroup("nested", [TypeError(1), ExceptionGroup("deep", [OSError(2)])])]
    excs += [IndexError(i) for i in range(16)]
    e = ExceptionGroup("top", excs)
    e.add_note("a note")
    raise e
make()
