# a module's namespace is one live mapping: its __dict__, vars(module), its functions' __globals__ and globals() in its functions; setattr, module.x = and item stores from another module reach the code of that module
import _helpers_globals as h
import sys

ns = vars(h)
print(ns is h.__dict__, ns is h.describe.__globals__, ns is h.namespace(), ns is sys.modules['_helpers_globals'].__dict__)
print(ns is not globals(), h.namespace() is not globals())
print(ns['__name__'], h.describe())

# stores from this module, four ways, all seen by the helper's code
h.level = 2
print(h.describe(), ns['level'])
setattr(h, 'label', "patched")
print(h.describe())
ns['level'] = 3
print(h.describe(), h.level)
h.describe.__globals__['label'] = "via __globals__"
print(h.describe())
h.set_global('level', 4)
print(h.describe(), h.level, ns['level'], h.get_global('level'))

# replacing a function the helper calls by name
h.hook = lambda: "patched hook"
print(h.call_hook())
ns['hook'] = lambda: "hook from the namespace"
print(h.call_hook())

# new names: created through the helper's globals(), seen everywhere
h.set_global('brand_new', [1, 2, 3])
print(h.brand_new, ns['brand_new'], h.get_global('brand_new'), hasattr(h, 'brand_new'))
h.extra = "set from outside"
print(h.get_global('extra'), 'extra' in ns)

# deleting: the name is unbound for the helper's code and for attribute access
h.forget('label')
try:
    h.describe()
except NameError as e:
    print("NameError:", e)
print(hasattr(h, 'label'), 'label' in ns, h.get_global('label', 'missing'))
try:
    h.label
except AttributeError as e:
    print("AttributeError:", e)
try:
    del h.label
except AttributeError as e:
    print("AttributeError:", e)
h.label = "back"
print(h.describe())
del ns['extra']
print(hasattr(h, 'extra'))

# the helper's namespace lists its current names and values
print(sorted(k for k in ns if not k.startswith('__')))
print(sorted((k, v) for k, v in ns.items() if k in ('level', 'label')))

# globals() of this module inside a function and at module level are the same dict
def mine():
    return globals()


print(mine() is globals(), 'mine' in mine(), mine()['h'] is h)
