def run(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "type":
            raise TypeError("t")
    except ValueError:
        log.append("except-value")
    except (KeyError, IndexError) as e:
        log.append("except-lookup:" + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for k in ["none", "value", "key"]:
    print(k, run(k))
try:
    run("type")
except TypeError as e:
    print("propagated", e)
def nested():
    try:
        try:
            raise IndexError("inner")
        except KeyError:
            print("wrong handler")
        finally:
            print("inner finally")
    except LookupError as e:
        print("outer caught", type(e).__name__, e)
    else:
        print("no else")
nested()
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
try:
    x = 1
finally:
    print("finally without except", x)
