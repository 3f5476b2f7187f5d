# ast.parse of match statements (patterns of every kind, positions) and of 'match' used
# as an ordinary name, which the soft keyword must leave alone.
import ast

SRC = '''
match cmd.split():
    case [x]:
        pass
    case ["go", direction] | ["move", direction] if direction:
        pass
    case [*_]:
        pass
    case (1, *rest):
        pass
    case Point(x=0, y=0) | Point(1, 2, z=3):
        pass
    case {"a": 1, Color.RED: [a, b], **kw}:
        pass
    case -1 | 1+2j | -3-4j | 'a' 'b' | None | True | Color.RED.x:
        pass
    case (a as b) as c:
        pass
    case _:
        pass
match = 1
match(x)
match[0] = match.y
match x, *y:
    case 1, 2: pass
    case (): pass
    case []: pass
    case (x,): pass
    case {}: pass
'''
tree = ast.parse(SRC)
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree.body[0].cases[1], indent=1))
kinds = {}
for n in ast.walk(tree):
    if isinstance(n, ast.pattern):
        kinds[type(n).__name__] = kinds.get(type(n).__name__, 0) + 1
print(sorted(kinds.items()))
print(ast.MatchClass.__match_args__)
