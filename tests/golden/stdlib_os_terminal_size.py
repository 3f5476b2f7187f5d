# os.get_terminal_size: OSError (ENOTTY, EBADF) when the fd is no terminal, TypeError for a non-int; os.terminal_size
import os

for fd in [1, 99]:
    try:
        os.get_terminal_size(fd)
    except OSError as e:
        print(type(e).__name__, e.errno, e)
try:
    os.get_terminal_size()
except OSError as e:
    print('default fd:', e)
try:
    os.get_terminal_size('1')
except TypeError as e:
    print('TypeError:', e)
print(os.terminal_size.__name__, issubclass(os.terminal_size, tuple))
