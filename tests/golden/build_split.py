# A program big enough that `trc build` compiles its C in two parts at once
# (compiler/emit_split.c; tests/cli/build_split.sh checks that it is split): calls,
# code objects, caches, constants and tracebacks that cross from one part to the other.
import math


class Account:
    opened = 0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account.opened += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit of {amount} by {self.owner}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError(f"{self.owner} has {self.balance:.2f}, wants {amount:.2f}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"


class Savings(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def deposit(self, amount):
        bonus = amount * self.rate
        return super().deposit(amount + bonus)

    def interest(self, years):
        return self.balance * (1 + self.rate) ** years - self.balance


def distance(x: float, y: float) -> float:
    return math.sqrt(x * x + y * y)


def walk(steps):
    x = y = 0.0
    total = 0.0
    for k in range(steps):
        angle = k * 0.5
        x += math.cos(angle)
        y += math.sin(angle)
        total += distance(x, y)
    return round(total, 6), round(x, 6), round(y, 6)


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, limit + 1, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]


def fib_gen(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b


def chunks(seq, size):
    for start in range(0, len(seq), size):
        yield seq[start:start + size]


def word_stats(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        if word:
            counts[word] = counts.get(word, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    longest = max(counts, key=len)
    return top, longest, sum(counts.values())


def matrix_mul(a, b):
    columns = [[row[c] for row in b] for c in range(len(b[0]))]
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]


def describe(value):
    match value:
        case []:
            return "empty list"
        case [x]:
            return f"one item: {x}"
        case [x, y, *rest]:
            return f"starts {x}, {y} and {len(rest)} more"
        case {"name": name, **others}:
            return f"named {name} with {sorted(others)}"
        case int(n) if n < 0:
            return "negative int"
        case str() as s:
            return f"text of {len(s)}"
        case _:
            return f"something else: {type(value).__name__}"


def settle(accounts, transfers):
    failures = []
    for source, target, amount in transfers:
        try:
            accounts[source].withdraw(amount)
            accounts[target].deposit(amount)
        except RuntimeError as e:
            failures.append(str(e))
        finally:
            accounts[source].history.append(("checked", amount))
    return failures


def ratios(values):
    return [10 // v for v in values]


def ledger_report(accounts):
    lines = []
    for name in sorted(accounts):
        acct = accounts[name]
        kinds = {}
        for kind, amount in acct.history:
            kinds[kind] = kinds.get(kind, 0) + 1
        lines.append(f"{name:>6}: {acct.balance:9.2f} {sorted(kinds.items())}")
    return "\n".join(lines)


def main():
    accounts = {"ann": Account("ann", 100.0), "bob": Savings("bob", 50.0, 0.05), "cy": Account("cy")}
    accounts["cy"].deposit(30)
    failures = settle(accounts, [("ann", "bob", 40.0), ("cy", "ann", 45.0), ("bob", "cy", 20.0)])
    print(failures)
    print(ledger_report(accounts))
    print(round(accounts["bob"].interest(3), 4), Account.opened)
    try:
        accounts["ann"].deposit(-5)
    except ValueError as e:
        print("refused:", e)
    print(walk(200))
    print(distance(3.0, 4.0), distance(1, 2))
    print(primes(60))
    print(list(fib_gen(15)), [sum(c) for c in chunks(list(range(10)), 3)])
    print(word_stats("The cat and the hat. The bat, the rat; and a cat!"))
    print(matrix_mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
    for v in ([], [7], [1, 2, 3, 4], {"name": "x", "b": 1, "a": 2}, -3, "abc", 2.5):
        print(describe(v))
    try:
        ratios([5, 2, 0, 1])
    except ZeroDivisionError as e:
        print("ratios:", e)


main()
if __name__ == "__main__":
    print(ratios([1, 3, 0]))
