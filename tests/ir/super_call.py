# ir: slice_access super_call
# super().m(...) whose super object is used by nothing else becomes CALL_SUPER_METHOD
# over the class cell's value and self; a super object kept in a variable and used
# twice stays a SUPER.
class Base:
    def __init__(self, a, b=0):
        self.s = a + b

class Child(Base):
    def __init__(self, a):
        super().__init__(a, b=2)

    def twice(self):
        s = super()
        return s.__init__(1), s.__init__(2)
