# logging: loggers, hierarchy, levels, handlers to stdout, formatters in three styles, filters, adapters
import logging
import sys

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.WARN)
print(logging.getLevelName(10), logging.getLevelName('ERROR'), logging.getLevelName(33), logging.getLevelName('nope'))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(sorted(logging.getLevelNamesMapping().items())[:3])

root = logging.getLogger()
print(root, root is logging.getLogger('root'), root is logging.root)
a = logging.getLogger('app')
ab = logging.getLogger('app.db')
print(a, ab, ab.parent is a, a.parent is root)
# a child created before its parent is re-attached when the parent appears
deep = logging.getLogger('x.y.z')
print(deep.parent is root)
x = logging.getLogger('x')
print(deep.parent is x, x.parent is root)
xy = logging.getLogger('x.y')
print(deep.parent is xy, xy.parent is x)
print(a.getChild('db') is ab, root.getChild('app') is a)
print(a.getEffectiveLevel(), a.isEnabledFor(logging.INFO), a.isEnabledFor(logging.WARNING))
a.setLevel('DEBUG')
print(ab.getEffectiveLevel(), ab.isEnabledFor(logging.DEBUG), a)
a.setLevel(logging.NOTSET)

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
a.addHandler(h)
a.addHandler(h)
print(len(a.handlers), h, h.level)
a.warning('plain warning')
ab.error('from child %s %d', 'db', 42)
ab.info('not shown')
ab.setLevel(logging.DEBUG)
ab.debug('shown now: %r', [1, 2])
ab.log(25, 'custom level %(k)s', {'k': 'v'})
ab.propagate = False
ab.error('not propagated: nothing shown')
ab.propagate = True
print(a.hasHandlers(), logging.getLogger('other').hasHandlers())

# formatter styles and fields
rec_fmt = logging.Formatter('[{levelname:>8}] {name} {message}', style='{')
h.setFormatter(rec_fmt)
a.critical('brace style')
h.setFormatter(logging.Formatter('$levelname/${name}: $message $$', style='$'))
a.error('dollar style')
h.setFormatter(logging.Formatter('%(levelno)d %(message)s %(extra_key)s',
                                 defaults={'extra_key': 'dflt'}))
a.warning('defaults')
a.warning('extra given', extra={'extra_key': 'given'})
try:
    a.warning('clash', extra={'msg': 1})
except KeyError as e:
    print('KeyError', e)
h.setFormatter(logging.Formatter('%(name)s - %(message)s'))

# handler level and filters
h.setLevel(logging.ERROR)
a.warning('below handler level')
a.error('at handler level')
h.setLevel(logging.NOTSET)
class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0
f = OnlyEven()
h.addFilter(f)
for i in range(4):
    a.warning('number %d', i)
h.removeFilter(f)
name_filter = logging.Filter('app.db')
a.addFilter(lambda r: 'secret' not in r.getMessage())
a.warning('a secret')
a.warning('no s3cret')
h.addFilter(name_filter)
a.warning('from app: filtered by name')
ab.warning('from app.db: passes')
h.removeFilter(name_filter)
print(logging.Filter('a.b').filter(logging.makeLogRecord({'name': 'a.bc'})),
      logging.Filter('a.b').filter(logging.makeLogRecord({'name': 'a.b.c'})),
      logging.Filter().filter(logging.makeLogRecord({'name': 'zz'})))

# adapters
class Prefixer(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['conn'], msg), kwargs
ad = Prefixer(ab, {'conn': 7})
ad.warning('via adapter %s', 'ok')
print(ad, ad.name, ad.isEnabledFor(logging.DEBUG))
plain = logging.LoggerAdapter(a, {'user': 'bob'})
h.setFormatter(logging.Formatter('%(user)s: %(message)s'))
plain.error('with extra')

# records and errors
r = logging.LogRecord('n', logging.INFO, '/p/mod.py', 12, 'hello %s', ('w',), None)
print(r.getMessage(), r.filename, r.module, r.levelname, r.lineno)
print(repr(r))
for bad in ['LOUD', 3.5]:
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a.log('INFO', 'x')
except TypeError as e:
    print('TypeError', e)
try:
    logging.getLogger(5)
except TypeError as e:
    print('TypeError', e)
for fmt, style in [('no fields', '%'), ('no fields', '{'), ('no fields', '$'), ('x', '#')]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print('ValueError', e)
h.setFormatter(logging.Formatter('%(missing)s'))
try:
    h.format(r)
except ValueError as e:
    print('ValueError', e)
null = logging.NullHandler()
logging.getLogger('quiet').addHandler(null)
logging.getLogger('quiet').error('nothing anywhere')
print(null)
