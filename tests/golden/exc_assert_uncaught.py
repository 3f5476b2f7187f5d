def check_positive(n):
    assert n > 0, "n must be positive"
    return n
try:
    check_positive(-1)
except AssertionError as e:
    print("caught:", e)
def withdraw(balance, amount):
    assert amount <= balance, "insufficient funds: %d > %d" % (amount, balance)
    return balance - amount
print(withdraw(100, 30))
print(withdraw(10, 30))
