def level3():
    raise ValueError("L3")
def level2():
    try:
        level3()
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except TypeError:
        print("not this")
    print("unreached")
try:
    level1()
except ValueError as e:
    print("top:", e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError as inner:
            print("inner", repr(inner), "context", repr(inner.__context__))
        print("still in outer handler")
except Exception:
    print("never")
def handler_raises():
    try:
        raise ValueError("orig")
    except ValueError:
        raise TypeError("from handler")
    finally:
        print("finally after handler raise")
try:
    handler_raises()
except TypeError as e:
    print(repr(e), repr(e.__context__))
results = []
for v in ["1", "x", "2", None, "3"]:
    try:
        try:
            results.append(int(v))
        except ValueError:
            results.append("bad")
    except TypeError:
        results.append("none")
print(results)
