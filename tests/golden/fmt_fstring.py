name, n, pi = "World", 42, 3.14159265
print(f"Hello, {name}!", f"{n + 1}", f"{n * 2 = }", f"{pi:.3f}", f"{name!r}", f"{name!s:>8}")
print(f"{'nested'}", f'{"dq"}', f"""{'tri' + "ple"}""", f"{ {'k': 1}['k'] }", f"{[1, 2][-1]}")
w, p = 10, 2
print(f"{pi:{w}.{p}f}|", f"{n:{'>'}{w}}|", f"{n:0{w}d}")
print(f"{{}} {{{n}}}", f"{n!a}", f"{'é'!a}", f"{3.0!s}", f"{None}")
x = 5
print(f"{x=}", f"{x = }", f"{x=:>4}", f"{x*2=}", f"{name=!r}", f"{pi=:.2f}", f"{name=!s}")
print(f"{'a' if x > 3 else 'b'}", f"{(lambda y: y * 2)(x)}", f"{x:#b}", f"{x:08.3f}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}", f"{items}", f"{items!r}")
d = {"key": "val"}
print(f"{d['key']}", f'{d["key"]}', f"{d}", f"{d!r:>20}")
print(f"multi" f"part {x}" "plain", F"upper {x}", rf"raw\t{x}", fr"\n{x}")
print(f"{1_000_000:,}", f"{0.5:%}", f"{255:X}", f"{-3:+}", f"{3:+}", f"{'s':^5}|")
