# An uncaught AttributeError from a failed lookup suggests the closest name of dir(obj).
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
acct = Account("ann")
acct.deposit(5)
try:
    acct.balanse
except AttributeError as e:
    print("name:", e.name, "| obj is acct:", e.obj is acct, "| str:", e)
e = AttributeError("made by hand")
print(e.name, e.obj)
print(acct.balance)
acct.depositt(3)
