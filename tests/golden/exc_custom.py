class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return "%s: %s" % (self.field, self.msg)
class NotFound(AppError):
    code = 404
def check(v):
    if v is None:
        raise NotFound("missing value")
    if v < 0:
        raise ValidationError("v", "must be >= 0")
    return v
for v in [1, -1, None]:
    try:
        print("ok", check(v))
    except ValidationError as e:
        print("validation", e, e.args, e.field, repr(e.msg))
    except AppError as e:
        print("app", type(e).__name__, e, e.args, getattr(e, "code", None))
e = ValidationError("x", "bad")
print(str(e), repr(AppError("a", 1)), repr(NotFound()), str(NotFound()), AppError.__mro__[1].__name__)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print("caught:", e)
try:
    raise WithDefault("custom")
except Exception as e:
    print("caught:", e, isinstance(e, WithDefault))
class Rich(Exception):
    def __repr__(self):
        return "Rich!"
print(repr(Rich()), str(Rich("s")), [Rich()])
