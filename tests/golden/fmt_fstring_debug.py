x, y = 3, 4.5
name = "trc"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x+y=}")
print(f"{x + y = :.2f}")
print(f"{name=}")
print(f"{name = !s}")
print(f"{name=:>6}")
print(f"{items=}", f"{len(items)=}", f"{items[0]=}")
print(f"{x*2=}{y*2=}")
print(f"{'lit'=}", f"{3.0=}", f"{None=}", f"{True and x=}")
d = {"k": 9}
print(f"{d['k']=}", f'{d["k"] = }')
print(f"{x=!r:>5}|", f"{y=:08.3f}")
w = 6
print(f"{name=:^{w}}|")
