# The deprecated node names 3.11 still accepts (Num, Str, Bytes, NameConstant, Ellipsis,
# Index, ExtSlice): constructors that build Constant/Tuple, isinstance by value type.
import ast

c = ast.parse("x = 'a'; y = 1; z = b'q'; w = None; v = ...; u = True").body
vals = [s.value for s in c]
for cls in (ast.Str, ast.Num, ast.Bytes, ast.NameConstant, ast.Ellipsis):
    print(cls.__name__, [isinstance(v, cls) for v in vals])
s = ast.Str('hi')
print(type(s).__name__, s.value, s.s, ast.Num(5).n, ast.dump(ast.Num(n=3)), ast.dump(ast.Bytes(b'x')))
print(ast.Constant(1).n, ast.Constant('x').s)
print(ast.dump(ast.Index(ast.Name('x'))), ast.dump(ast.ExtSlice([ast.Name('a'), ast.Name('b')])))
print(isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(True), ast.NameConstant))
print(issubclass(ast.Str, ast.Constant), ast.Str._fields)

class Old(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Str(self, node):
        self.seen.append(('Str', node.s))
    def visit_Num(self, node):
        self.seen.append(('Num', node.n))
    def visit_NameConstant(self, node):
        self.seen.append(('NameConstant', node.value))
v = Old()
v.visit(ast.parse("f('a', 1, 2.5, None, True, b'x', ...)", type_comments=False, feature_version=None))
print(v.seen)
class New(ast.NodeVisitor):
    def __init__(self):
        self.n = 0
    def visit_Constant(self, node):
        self.n += 1
w = New(); w.visit(ast.parse("f('a', 1)")); print(w.n)
