stock = {"apple": 5, "banana": 0, "cherry": 12, "date": 3}
for k in stock:
    print(k, end=" ")
print()
for k, v in stock.items():
    if v == 0:
        print("out of", k)
for i, (k, v) in enumerate(sorted(stock.items(), key=lambda kv: kv[1], reverse=True)):
    print(i, k, v)
print(sum(stock.values()), max(stock, key=stock.get), min(stock.items(), key=lambda kv: kv[1]))
print([k for k, v in stock.items() if v > 3], {v: k for k, v in stock.items()})
restock = {k: (v if v else 10) for k, v in stock.items()}
print(restock)
for k in list(stock):
    if stock[k] < 4:
        del stock[k]
print(stock)
keys = list(restock.keys())
vals = list(restock.values())
print(keys, vals, list(zip(keys, vals)) == list(restock.items()))
print(dict(reversed(list(restock.items()))), list(reversed(restock)))
