# types: the types of builtin objects and SimpleNamespace.
import types, sys

def f():
    yield
async def g():
    pass
async def h():
    yield
class C:
    def m(self):
        pass
co = g()
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType),
      isinstance(C().m, types.MethodType), isinstance(sys, types.ModuleType), isinstance(f(), types.GeneratorType),
      isinstance(co, types.CoroutineType), isinstance(h(), types.AsyncGeneratorType), type(None) is types.NoneType,
      type(...) is types.EllipsisType, type(NotImplemented) is types.NotImplementedType)
co.close()
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b, ns == types.SimpleNamespace(a=1, b="two"), ns == types.SimpleNamespace(a=1))
ns.c = [3]; del ns.a
print(ns, vars(ns) if hasattr(ns, "__dict__") else None, type(sys.implementation) is types.SimpleNamespace)
print(types.SimpleNamespace(), types.SimpleNamespace.__name__)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
