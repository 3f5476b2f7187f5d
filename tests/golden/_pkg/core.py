from .util import clamp
class Engine:
    def __init__(self, power):
        self.power = clamp(power, 0, 100)
    def run(self):
        return "engine at %d" % self.power
