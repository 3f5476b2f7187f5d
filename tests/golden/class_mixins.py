class JsonMixin:
    def to_json(self):
        parts = []
        for k, v in vars(self).items():
            if isinstance(v, str):
                v = '"%s"' % v
            parts.append('"%s": %s' % (k, v))
        return "{" + ", ".join(parts) + "}"
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(["%s=%r" % kv for kv in vars(self).items()])
        return "%s(%s)" % (type(self).__name__, fields)
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class Point(ReprMixin, EqMixin, JsonMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
class Named(JsonMixin, ReprMixin):
    def __init__(self, name):
        self.name = name
p = Point(1, 2)
print(p, p.to_json(), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
n = Named("ann")
print(n, n.to_json(), [c.__name__ for c in Point.__mro__])
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
class LoggingMixin:
    log = []
    def save(self):
        LoggingMixin.log.append("saving " + type(self).__name__)
        return super().save()
class Model:
    def save(self):
        return "saved"
class User(LoggingMixin, Model):
    pass
print(User().save(), LoggingMixin.log, [c.__name__ for c in User.__mro__])
