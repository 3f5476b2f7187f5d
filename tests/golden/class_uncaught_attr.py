class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amt):
        self.balance += amt
        return self.balance
a = Account("ann")
print(a.deposit(10))
print(a.withdraw(5))
