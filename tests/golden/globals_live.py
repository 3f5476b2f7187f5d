# globals() is the module's live namespace: item stores/deletes create, change and unbind globals, reads see current values, update/pop/setdefault, the same dict as __dict__, vars(module) and f.__globals__
import sys

g = globals()
print(type(g).__name__, g is globals())

# a store creates the global, the code reads it
globals()['created'] = 1
print(created)
globals()['created'] += 1
print(created, g['created'])


def read_created():
    return created


globals()['created'] = "changed"
print(read_created())

# reads see assignments made by the code after the dict was fetched
later = 10
print(g['later'], 'later' in g, g.get('later'))
later = 11
print(g['later'])
print('not_yet' in g, g.get('not_yet', 'absent'))
not_yet = 1
print('not_yet' in g, g.get('not_yet'))


def bump():
    global later
    later += 1


bump()
print(g['later'])

# update, pop, setdefault, del
g.update(alpha=1, beta=2)
g.update({'gamma': 3})
print(alpha, beta, gamma)
print(g.pop('alpha'), g.pop('alpha', 'gone'))
try:
    print(alpha)
except NameError as e:
    print("NameError:", e)
print(g.setdefault('beta', 99), g.setdefault('delta', 4), delta)
del g['beta']
try:
    beta
except NameError as e:
    print("NameError:", e)
try:
    del g['beta']
except KeyError as e:
    print("KeyError:", e)

# a function installed through globals() is called by name
g['dynamic'] = lambda: "dynamic function"
print(dynamic())


def greet():
    return "original greet"


def call_greet():
    return greet()


globals()['greet'] = lambda: "replaced greet"
print(greet(), call_greet())

# names the code never uses live in the namespace too
g['only_in_dict'] = [1, 2]
print(g['only_in_dict'], 'only_in_dict' in g)
print(getattr(sys.modules[__name__], 'only_in_dict'))

# the module object, vars() and __globals__ share the same live mapping
mod = sys.modules[__name__]
print(mod.__dict__ is g, vars(mod) is g, read_created.__globals__ is g)
mod.created = "via setattr"
print(created, g['created'])
setattr(mod, 'fresh', 42)
print(fresh, g['fresh'])
del mod.fresh
print('fresh' in g)
try:
    fresh
except NameError as e:
    print("NameError:", e)
g['created'] = "via dict"
print(mod.created, getattr(mod, 'created'))

# iteration, len and items see the current values
counter = 0
for i in range(3):
    counter += i
names = sorted(k for k in g if not k.startswith('__'))
print(names)
print(len(g) == len(list(g)) == len(g.keys()) == len(g.items()))
print(dict(g.items())['counter'], g.copy()['counter'], [v for k, v in g.items() if k == 'i'])
print({k: g[k] for k in ('counter', 'later', 'delta')})
print(g == dict(g), __name__ in g.values())
