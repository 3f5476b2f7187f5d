# ast.walk / NodeVisitor / NodeTransformer / iter_fields / get_docstring / location
# helpers over a parsed program: counting node kinds, rewriting a tree.
import ast

SRC = '''
"""Module doc.

    Indented line.
"""
import os

def add(a, b):
    """Add two things."""
    return a + b

class Shape:
    """A shape."""
    def area(self):
        return 0

def main():
    total = 0
    for i in range(10):
        if i % 2:
            total += add(i, 1)
    print(total, os.sep)
'''

tree = ast.parse(SRC)
counts = {}
for node in ast.walk(tree):
    name = type(node).__name__
    counts[name] = counts.get(name, 0) + 1
for name in sorted(counts):
    print(name, counts[name])


class Names(ast.NodeVisitor):
    def __init__(self):
        self.calls = []
        self.defs = []

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name):
            self.calls.append(node.func.id)
        self.generic_visit(node)

    def visit_FunctionDef(self, node):
        self.defs.append((node.name, node.lineno, node.end_lineno))
        self.generic_visit(node)


v = Names()
v.visit(tree)
print(v.calls, v.defs)


class Rewrite(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Mult(), node.right), node)
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant):
            return None
        return node

    def visit_Import(self, node):
        return [node, ast.Import(names=[ast.alias(name='sys')])]


new = Rewrite().visit(ast.parse(SRC))
ast.fix_missing_locations(new)
print(ast.dump(new.body[0]), new.body[1].lineno, new.body[1].names[0].lineno)
print(ast.dump(new.body[2].body[0]))
print(ast.get_docstring(tree))
print(repr(ast.get_docstring(tree, clean=False)))
print([ast.get_docstring(n) for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))])
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print(e)
print(list(ast.iter_fields(ast.parse('x = 1').body[0])) [1][0])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])
moved = ast.increment_lineno(ast.parse('x = 1\ny = 2'), 10)
print([(n.lineno, n.end_lineno) for n in moved.body])
