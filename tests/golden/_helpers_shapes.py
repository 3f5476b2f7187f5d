"""Helper module for the mod_* golden tests (not a test itself)."""
PI = 3.14159
created = []
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
        created.append("Rect")
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return "Rect(%r, %r)" % (self.w, self.h)
class Circle:
    def __init__(self, r):
        self.r = r
        created.append("Circle")
    def area(self):
        return PI * self.r * self.r
def total_area(shapes):
    return sum([s.area() for s in shapes])
def describe():
    return "module " + __name__
_private = "hidden"
if __name__ == "__main__":
    print("helpers run as main")
