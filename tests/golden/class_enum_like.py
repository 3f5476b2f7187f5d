class Color:
    _members = []
    def __init__(self, name, value):
        self.name, self.value = name, value
        Color._members.append(self)
    def __repr__(self):
        return "<Color.%s: %d>" % (self.name, self.value)
    def __str__(self):
        return "Color." + self.name
    @classmethod
    def by_value(cls, v):
        for m in cls._members:
            if m.value == v:
                return m
        raise ValueError("%r is not a valid Color" % (v,))
    @classmethod
    def members(cls):
        return list(cls._members)
Color.RED = Color("RED", 1)
Color.GREEN = Color("GREEN", 2)
Color.BLUE = Color("BLUE", 3)
print(Color.RED, repr(Color.GREEN), Color.members(), Color.by_value(3) is Color.BLUE)
try:
    Color.by_value(7)
except ValueError as e:
    print("ValueError:", e)
print([c.name for c in Color.members()], sorted(Color.members(), key=lambda c: -c.value)[0])
class State:
    IDLE, RUNNING, DONE = range(3)
    names = {0: "IDLE", 1: "RUNNING", 2: "DONE"}
    transitions = {IDLE: [RUNNING], RUNNING: [DONE, IDLE], DONE: []}
state = State.IDLE
for target in [State.RUNNING, State.IDLE, State.DONE, State.RUNNING, State.DONE, State.IDLE]:
    if target in State.transitions[state]:
        print("%s -> %s" % (State.names[state], State.names[target]))
        state = target
    else:
        print("invalid: %s -> %s" % (State.names[state], State.names[target]))
