# argparse: parse results of every action, nargs kind, type/default/choices, Namespace and parse_known_args
import argparse


class Point:
    def __init__(self, text):
        x, y = text.split(',')
        self.x, self.y = int(x), int(y)

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


def parse(parser, args):
    print(args, '->', parser.parse_args(args))


p = argparse.ArgumentParser(prog='acts')
p.add_argument('--store')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('-t', '--true', action='store_true')
p.add_argument('-f', '--false', action='store_false')
p.add_argument('-a', '--append', action='append')
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('-v', '--verbose', action='count')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True)
parse(p, [])
parse(p, ['--store', 'x', '--const', '-tf', '-a1', '-a', '2', '--tag', '--tag'])
parse(p, ['-vvv', '--ext', '1', '2', '--ext=3', '--no-color', '--store=a=b'])
parse(p, ['--color', '-v', '--verbose', '--append=z'])

n = argparse.ArgumentParser(prog='nargs')
n.add_argument('one')
n.add_argument('opt', nargs='?', default='dflt')
n.add_argument('rest', nargs='*')
n.add_argument('--pair', nargs=2, metavar=('K', 'V'))
n.add_argument('--maybe', nargs='?', const='C', default='D')
n.add_argument('--many', nargs='+', type=float)
n.add_argument('--any', nargs='*')
parse(n, ['a'])
parse(n, ['a', 'b', 'c', 'd'])
parse(n, ['--pair', 'k', 'v', 'a', '--maybe', '--many', '1', '2.5', '--any'])
parse(n, ['--maybe', 'm', 'a', 'b', 'c', '--any', 'x', 'y'])
parse(n, ['--', '-a', '-b'])
parse(n, ['a', '--', '--pair', 'x'])

t = argparse.ArgumentParser(prog='types')
t.add_argument('--int', type=int, default='7')
t.add_argument('--pt', type=Point)
t.add_argument('--choice', choices=[1, 2, 3], type=int)
t.add_argument('--name', choices='xyz')
t.add_argument('--dflt', default=[1])
t.add_argument('-x', dest='renamed', default=argparse.SUPPRESS)
t.add_argument('--dash-name', metavar='DN')
parse(t, [])
parse(t, ['--int', '-3', '--pt', '3,4', '--choice', '2', '--name', 'y', '-x', 'X', '--dash-name', 'q'])
print(t.get_default('int'), t.get_default('missing'))
t.set_defaults(int=99, extra='E')
parse(t, [])
print(t.get_default('int'), t.get_default('extra'))

r = argparse.ArgumentParser(prog='rem')
r.add_argument('cmd')
r.add_argument('args', nargs=argparse.REMAINDER)
parse(r, ['run', '-x', '--y', 'z'])

neg = argparse.ArgumentParser(prog='neg')
neg.add_argument('x', type=float)
neg.add_argument('-n', type=int)
parse(neg, ['-1.5', '-n', '-2'])
neg2 = argparse.ArgumentParser(prog='neg2')
neg2.add_argument('-1', dest='one', action='store_true')
neg2.add_argument('rest', nargs='*')
parse(neg2, ['-1', 'a'])

ab = argparse.ArgumentParser(prog='abbrev')
ab.add_argument('--foobar', type=int)
ab.add_argument('--verbose', action='store_true')
parse(ab, ['--foo', '1', '--verb'])
parse(ab, ['--foob=2'])

known = argparse.ArgumentParser(prog='known')
known.add_argument('--a')
known.add_argument('pos')
ns, rest = known.parse_known_args(['--b', '1', 'p', '--a', 'A', 'extra', '-z'])
print(ns, rest)

ns = argparse.Namespace(a=1, b='x')
print(ns, 'a' in ns, 'c' in ns, vars(ns))
print(ns == argparse.Namespace(b='x', a=1), ns != argparse.Namespace(a=2, b='x'))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
target = argparse.Namespace(pre='set', store='kept')
print(p.parse_args(['-t'], namespace=target) is target, target.pre, target.store, target.true)
print(argparse.Namespace() == argparse.Namespace(), argparse.Namespace() == 1)
