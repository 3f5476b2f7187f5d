def risky():
    raise KeyError("deep")
def middle():
    try:
        risky()
    except KeyError:
        print("middle saw it, re-raising")
        raise
try:
    middle()
except KeyError as e:
    print("top caught", repr(e))
def wrap():
    try:
        risky()
    except KeyError as e:
        err = e
    raise err
try:
    wrap()
except KeyError as e:
    print("raised stored", e)
try:
    raise ValueError
except ValueError as e:
    print("class raise:", repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise IndexError("i")
    except IndexError as e:
        raise e
except IndexError as e2:
    print("re-raised by name", e2)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
