class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog/" + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (age %d)" % self.age
class Cat(Animal):
    sound = "meow"
for a in [Animal("gen"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(a.speak(), "|", a.kind(), "|", type(a).__name__)
p = Puppy("x", 2)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), issubclass(Puppy, Animal), issubclass(Cat, Dog))
print(issubclass(Dog, Dog), issubclass(Dog, object), isinstance(p, (Cat, Dog)), issubclass(bool, (str, int)))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__[0].__name__, Dog.__base__.__name__)
try:
    issubclass(p, Animal)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(p, "Dog")
except TypeError as e:
    print("TypeError:", e)
