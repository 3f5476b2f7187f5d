log = []
def f():
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            raise ValueError("x")
        except ValueError:
            log.append("inner except")
            raise KeyError("y")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
        return "from outer except"
    finally:
        log.append("outer finally")
print(f())
print(log)
def g(n):
    out = []
    for i in range(n):
        try:
            try:
                if i % 3 == 0:
                    raise ValueError(i)
                out.append("ok%d" % i)
            finally:
                out.append("f%d" % i)
        except ValueError as e:
            out.append("caught%s" % e)
            if i == 3:
                break
    return out
print(g(6))
def gen_finally_return():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(gen_finally_return())
