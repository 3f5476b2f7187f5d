# logging: basicConfig (stream, format, style, level, force, handlers, filename), module-level functions, exc_info, disable, lastResort
import io
import logging
import os
import sys

# lastResort: no handler anywhere, a warning goes to stderr as the bare message
buf = io.StringIO()
real_stderr = sys.stderr
sys.stderr = buf
logging.getLogger('lonely').warning('to last resort %d', 1)
logging.getLogger('lonely').info('below WARNING: dropped')
sys.stderr = real_stderr
print(repr(buf.getvalue()))

for kwargs in [dict(stream=sys.stdout, filename='x.log'),
               dict(handlers=[logging.NullHandler()], stream=sys.stdout),
               dict(style='?'), dict(stream=sys.stdout, colour='red', size=3)]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print('ValueError', e)
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
logging.info('info via basicConfig %s', 'BASIC_FORMAT')
logging.debug('debug is below INFO')
logging.warning('%(a)s and %(b)s', {'a': 1, 'b': 2})
logging.log(logging.ERROR, 'log() at ERROR')
print(logging.root.level, len(logging.root.handlers))
logging.basicConfig(stream=sys.stdout, format='ignored: root has handlers')
logging.error('still the first format')

logging.basicConfig(stream=sys.stdout, format='{levelname}|{message}', style='{', force=True)
print(len(logging.root.handlers), logging.root.level)
logging.critical('forced a new config')
logging.fatal('fatal is critical')

def show_traceback_ends(text):
    lines = text.rstrip('\n').split('\n')
    print(lines[0])
    print(lines[1] if lines[1].startswith('Traceback') else 'no traceback')
    print(lines[-1])

capture = io.StringIO()
logging.basicConfig(stream=capture, format='%(levelname)s %(message)s', force=True)
try:
    {}['missing']
except KeyError:
    logging.exception('lookup failed for %s', 'missing')
show_traceback_ends(capture.getvalue())
capture.truncate(0)
capture.seek(0)
try:
    int('x1')
except ValueError as e:
    err = e
logging.error('with exception instance', exc_info=err)
show_traceback_ends(capture.getvalue())
capture.truncate(0)
capture.seek(0)
try:
    raise RuntimeError('boom')
except RuntimeError:
    logging.getLogger('svc').warning('exc_info=True', exc_info=True)
    logging.getLogger('svc').warning('exc_info=False', exc_info=False)
show_traceback_ends(capture.getvalue())
print(capture.getvalue().split('\n')[-2])

logging.basicConfig(stream=sys.stdout, format='%(name)s:%(message)s', force=True, level='DEBUG')
logging.disable(logging.INFO)
logging.info('disabled')
logging.warning('above disabled level')
logging.getLogger('x').disabled = True
logging.getLogger('x').critical('logger disabled')
logging.disable(logging.NOTSET)
logging.info('enabled again')

# a formatting error is reported on stderr and logging goes on
sys.stderr = buf = io.StringIO()
logging.warning('bad %d', 'str')
sys.stderr = real_stderr
report = buf.getvalue().split('\n')
print(report[0], [l for l in report if l.startswith('TypeError')], report[-3], report[-2], sep='\n')
logging.warning('after the error')

# handlers= and a file handler with its own formatter
path = 'stdlib_logging_config.tmp.log'
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('FILE %(levelname)s %(message)s'))
out = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[fh, out], format='OUT %(message)s', force=True, level=logging.DEBUG)
logging.debug('to both')
logging.getLogger('a.b').info('child to both')
print(repr(fh).endswith(path + ' (NOTSET)>'), fh.baseFilename == os.path.abspath(path))
fh.close()
with open(path) as f:
    print(f.read(), end='')
logging.basicConfig(filename=path, filemode='a', format='%(message)s', force=True)
logging.warning('appended')
logging.shutdown()
with open(path) as f:
    print(f.read(), end='')
os.remove(path)
delayed = logging.FileHandler(path, delay=True)
print(delayed.stream, os.path.exists(path))
delayed.close()
