# logging.handlers: RotatingFileHandler (sizes, backups, namer), BufferingHandler, MemoryHandler flushing to a target
import logging
import logging.handlers
import os
import sys

base = 'stdlib_logging_handlers.tmp.log'


def cleanup():
    for name in sorted(os.listdir('.')):
        if name.startswith(base):
            os.remove(name)


def show_files():
    for name in sorted(os.listdir('.')):
        if name.startswith(base):
            with open(name) as f:
                print(name, repr(f.read()))


cleanup()
log = logging.getLogger('rot')
log.propagate = False
rh = logging.handlers.RotatingFileHandler(base, maxBytes=30, backupCount=2)
rh.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(rh)
for i in range(7):
    log.warning('record number %d', i)
show_files()
print(isinstance(rh, logging.FileHandler), rh.maxBytes, rh.backupCount)
rh.close()
log.removeHandler(rh)
cleanup()

rh = logging.handlers.RotatingFileHandler(base, maxBytes=20, backupCount=1)
rh.namer = lambda name: name + '.bak'
log.addHandler(rh)
log.error('first message here')
log.error('second message here')
rh.close()
log.removeHandler(rh)
show_files()
cleanup()

no_limit = logging.handlers.RotatingFileHandler(base, delay=True)
print(no_limit.stream, no_limit.shouldRollover(logging.makeLogRecord({'msg': 'x'})))
no_limit.close()
cleanup()

buffering = logging.handlers.BufferingHandler(3)
log.addHandler(buffering)
log.warning('a')
log.warning('b')
print([r.getMessage() for r in buffering.buffer])
log.warning('c')
print(buffering.buffer)
log.removeHandler(buffering)

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter('target got %(levelname)s %(message)s'))
memory = logging.handlers.MemoryHandler(5, flushLevel=logging.ERROR, target=target)
log.addHandler(memory)
log.warning('kept 1')
log.warning('kept 2')
print('buffered:', len(memory.buffer))
log.error('error flushes')
print('buffered:', len(memory.buffer))
for i in range(6):
    log.warning('count %d', i)
print('buffered:', len(memory.buffer))
memory.close()
print('after close:', len(memory.buffer), memory.target)
