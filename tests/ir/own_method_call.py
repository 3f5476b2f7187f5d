# ir: super_call direct_call
# A method's call of its own name gets @the method (the emitted C calls it directly while
# the call site's cache says obj.fib is the function running); other names, keyword
# calls, other arities and plain functions' method calls keep the ordinary CALL_METHOD.
class F:
    def fib(self, n):
        if n < 2:
            return n
        return self.fib(n - 1) + self.fib(n - 2)

    def mixed(self, n):
        return self.fib(n) + self.mixed(n=n) + self.mixed(n, 1)

def fib(obj, n):
    return obj.fib(n - 1)

print(F().fib(10), fib(F(), 5))
