# a base that is not a class stands for others through __mro_entries__; the written bases stay in __orig_bases__
class Base:
    def hello(self):
        return 'hello from Base'


class Mixin:
    pass


class Stand:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print('mro_entries called with', len(bases), 'bases')
        return self.targets

    def __repr__(self):
        return 'Stand' + repr(self.targets)


class A(Stand(Base)):
    pass


print(A.__mro__, A.__orig_bases__, A().hello())


class B(Mixin, Stand(Base, Mixin) if False else Stand(Base)):
    pass


print(B.__bases__, B.__orig_bases__)


class C(Stand()):
    pass


print(C.__bases__, C.__orig_bases__)


class Plain(Base):
    pass


print('__orig_bases__' in Plain.__dict__)


def remember(bases):
    return (Mixin,)


class Fn:
    __mro_entries__ = staticmethod(remember)


class D(Fn()):
    pass


print(D.__bases__)


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class E(Bad()):
        pass
except TypeError as e:
    print('TypeError:', e)
