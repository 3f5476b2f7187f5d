results = []
for token in ["10", "0", "abc", "5", "-2"]:
    try:
        n = int(token)
        if n < 0:
            raise ValueError("negative: %d" % n)
        results.append(100 // n)
    except ZeroDivisionError as e:
        results.append("div0")
        continue
    except ValueError as e:
        results.append("bad(%s)" % e)
    else:
        results.append("ok")
    finally:
        results.append("|")
print(results)
count = 0
while True:
    try:
        count += 1
        if count > 3:
            raise StopIteration
    except StopIteration:
        break
print("count", count)
def first_int(items):
    for it in items:
        try:
            return int(it)
        except (ValueError, TypeError):
            pass
    return None
print(first_int(["a", None, "7", "8"]), first_int([]))
