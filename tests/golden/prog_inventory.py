class OutOfStock(Exception):
    pass
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    def __repr__(self):
        return "Item(%s, %r, %.2f, qty=%d)" % (self.sku, self.name, self.price, self.qty)
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))
    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < qty:
            raise OutOfStock("%s: requested %d, have %d" % (item.name, qty, item.qty))
        item.qty -= qty
        self.log.append(("remove", sku, qty))
        return item.price * qty
    def value(self):
        return sum([i.price * i.qty for i in self.items.values()])
    def low_stock(self, threshold=5):
        return sorted([i.name for i in self.items.values() if i.qty < threshold])
    def report(self):
        for sku in sorted(self.items):
            i = self.items[sku]
            print("  %-6s %-12s %3d x %8.2f = %9.2f" % (sku, i.name, i.qty, i.price, i.qty * i.price))
        print("  total value: %.2f" % self.value())
inv = Inventory()
for args in [("A100", "bolt", 0.25, 500), ("B200", "nut", 0.1, 1000), ("C300", "hammer", 12.5, 3), ("D400", "saw", 24.0, 6)]:
    inv.add(Item(*args))
inv.add(Item("C300", "hammer", 12.5, 2))
inv.report()
orders = [("A100", 120), ("C300", 4), ("C300", 4), ("Z999", 1), ("D400", 2), ("B200", 1000)]
revenue = 0
for sku, qty in orders:
    try:
        r = inv.remove(sku, qty)
        revenue += r
        print("sold %d of %s for %.2f" % (qty, sku, r))
    except OutOfStock as e:
        print("OutOfStock:", e)
    except KeyError as e:
        print("unknown sku", e)
print("revenue %.2f" % revenue, "low stock:", inv.low_stock())
inv.report()
print(len(inv.log), inv.log[-3:])
