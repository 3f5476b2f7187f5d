def classify(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return "type-or-value:" + type(e).__name__
    except ArithmeticError as e:
        return "arith:" + type(e).__name__
    except LookupError:
        return "lookup"
    except Exception as e:
        return "other:" + type(e).__name__
print([classify(e) for e in [TypeError(), UnicodeError(), ZeroDivisionError(), OverflowError(), KeyError(), IndexError(), RuntimeError(), NameError()]])
def catch_all():
    try:
        raise SystemExit(5)
    except Exception:
        return "Exception caught it"
    except BaseException as e:
        return "BaseException caught " + type(e).__name__ + " code " + str(e.code)
print(catch_all())
def bare():
    try:
        raise KeyboardInterrupt
    except:
        return "bare except"
print(bare())
handlers = (KeyError, IndexError)
try:
    [][1]
except handlers as e:
    print("tuple variable handler", type(e).__name__)
