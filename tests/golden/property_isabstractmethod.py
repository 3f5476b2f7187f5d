# property.__isabstractmethod__ is true when its getter, setter or deleter is marked abstract
def mark(f):
    f.__isabstractmethod__ = True
    return f


def plain(self):
    return 1


class Box:
    @property
    @mark
    def size(self):
        return 1

    @property
    def name(self):
        return 'box'

    @name.setter
    @mark
    def name(self, v):
        pass

    label = property(plain)


for attr in ('size', 'name', 'label'):
    print(attr, Box.__dict__[attr].__isabstractmethod__)
print(property().__isabstractmethod__, Box().size, Box().label)
