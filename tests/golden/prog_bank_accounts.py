class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %.2f (balance %.2f)" % (account.number, amount, account.balance))
        self.amount = amount

class Account:
    next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def available(self):
        return self.balance

    def month_end(self):
        pass

    def __str__(self):
        return "%s #%d %-6s %10.2f" % (self.kind, self.number, self.owner, self.balance)

class Savings(Account):
    kind = "savings"
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.deposit(interest) if interest > 0 else None

class Checking(Account):
    kind = "checking"
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            self.balance -= 15
            self.history.append(("fee", 15))

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)
    def total(self):
        return sum([a.balance for a in self.accounts.values()])
    def report(self):
        for n in sorted(self.accounts):
            print("  " + str(self.accounts[n]))
        print("  total: %.2f" % self.total())

bank = Bank()
s = bank.open(Savings, "ann", 1000.0, rate=0.06)
c = bank.open(Checking, "bob", 50.0)
b = bank.open(Account, "cy")
bank.report()
bank.transfer(s.number, c.number, 200)
c.withdraw(300)
b.deposit(20).deposit(5.5)
print("after transfers:")
bank.report()
for attempt in [(b.number, s.number, 100), (c.number, b.number, 60)]:
    try:
        bank.transfer(*attempt)
    except InsufficientFunds as e:
        print("failed:", e)
try:
    b.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    bank.transfer(1, 2, 3)
except KeyError as e:
    print("no such account:", e)
for month in range(1, 4):
    for a in bank.accounts.values():
        a.month_end()
    print("month", month, "total %.2f" % bank.total())
bank.report()
print([h for h in c.history], len(s.history))
print(isinstance(s, Account), issubclass(Checking, Savings), [type(a).__name__ for a in bank.accounts.values()])
