def check(x):
    assert x > 0, "x must be positive, got %d" % x
    assert x != 5
    return x
print(check(3))
for v in [-2, 5]:
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", repr(str(e)), e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args)
assert True, "never"
assert 1 == 1
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
print(issubclass(AssertionError, Exception))
