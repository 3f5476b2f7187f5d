data = [
    {"item": "Widget", "qty": 12, "price": 3.5, "tax": 0.07},
    {"item": "Gadget extraordinaire", "qty": 1, "price": 1299.99, "tax": 0.2},
    {"item": "Nut", "qty": 1000, "price": 0.012, "tax": 0.0},
]
cols = [("item", "<", 14, "s"), ("qty", ">", 6, ","), ("price", ">", 10, ",.2f"), ("tax", ">", 6, ".0%")]
header = " ".join([f"{name.upper():{al}{w}}" for name, al, w, _ in cols])
print(header)
print("-" * len(header))
grand = 0
for row in data:
    cells = []
    for name, al, w, spec in cols:
        v = row[name]
        if isinstance(v, str) and len(v) > w:
            v = v[:w - 1] + "…"
        cells.append(f"{v:{al}{w}{spec}}")
    total = row["qty"] * row["price"] * (1 + row["tax"])
    grand += total
    print(" ".join(cells), f"{total:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<{len(header)}} {grand:>12,.2f}")
print(f"{grand:e}", f"{grand:.3g}", f"{int(grand):#x}", f"{grand:_.1f}")
