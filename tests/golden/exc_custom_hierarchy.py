class AppError(Exception):
    code = 1
    def __init__(self, message, **context):
        super().__init__(message)
        self.context = context
    def describe(self):
        extra = ", ".join(["%s=%r" % kv for kv in sorted(self.context.items())])
        return "[%s/%d] %s%s" % (type(self).__name__, self.code, self, " (" + extra + ")" if extra else "")
class InputError(AppError):
    code = 2
class MissingField(InputError):
    code = 3
    def __init__(self, field):
        super().__init__("missing field %r" % field, field=field)
class StorageError(AppError):
    code = 10
def process(record):
    if not isinstance(record, dict):
        raise InputError("record must be a dict", got=type(record).__name__)
    for f in ("id", "name"):
        if f not in record:
            raise MissingField(f)
    if record["id"] < 0:
        raise StorageError("cannot store negative id", id=record["id"])
    return "stored %d" % record["id"]
for rec in [{"id": 1, "name": "a"}, [1], {"id": 2}, {"name": "x"}, {"id": -5, "name": "n"}]:
    try:
        print(process(rec))
    except MissingField as e:
        print("missing:", e.describe())
    except InputError as e:
        print("input:", e.describe())
    except AppError as e:
        print("app:", e.describe(), isinstance(e, InputError))
print([c.__name__ for c in MissingField.__mro__[:-2]])
print(issubclass(MissingField, AppError), MissingField("f").args, MissingField("f").context)
