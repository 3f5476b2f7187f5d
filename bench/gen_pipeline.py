# gen_pipeline.py — a lazy pipeline of 10 million items through chained generators and a
# generator expression: memory must stay constant (compare peak RSS with python3's).
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x

def squares(source):
    for x in source:
        yield x * x

total = sum(s % 1000 for s in squares(evens(numbers(10_000_000))))
print(total)
