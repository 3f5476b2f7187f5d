# termios and tty on a pseudo-terminal (os.openpty): attributes as 7-item lists, raw and
# cbreak modes, window sizes, flow and flush calls, and CPython's errors.
import os
import termios
import tty

master, slave = os.openpty()
print(os.isatty(slave), os.get_inheritable(master), os.get_inheritable(slave))

attrs = termios.tcgetattr(slave)
print(len(attrs), [type(a).__name__ for a in attrs], len(attrs[6]) == termios.NCCS)
print(attrs[6][termios.VINTR], attrs[6][termios.VEOF], bool(attrs[3] & termios.ICANON), bool(attrs[3] & termios.ECHO))

# echo off, as getpass does
new = termios.tcgetattr(slave)
new[3] &= ~termios.ECHO
termios.tcsetattr(slave, termios.TCSANOW, new)
print(bool(termios.tcgetattr(slave)[3] & termios.ECHO))
termios.tcsetattr(slave, termios.TCSANOW, attrs)
print(termios.tcgetattr(slave) == attrs)

tty.setcbreak(slave)
mode = termios.tcgetattr(slave)
print(bool(mode[tty.LFLAG] & termios.ICANON), mode[tty.CC][termios.VMIN], mode[tty.CC][termios.VTIME])
tty.setraw(slave, termios.TCSANOW)
mode = termios.tcgetattr(slave)
print(bool(mode[tty.LFLAG] & (termios.ECHO | termios.ISIG)), bool(mode[tty.OFLAG] & termios.OPOST),
      mode[tty.CFLAG] & termios.CSIZE == termios.CS8)
termios.tcsetattr(slave, termios.TCSAFLUSH, attrs)

# a file object works as well as a descriptor
with open(slave, "rb", buffering=0, closefd=False) as f:
    print(termios.tcgetattr(f) == attrs)
print(termios.tcgetwinsize(slave))
termios.tcsetwinsize(slave, (24, 80))
print(termios.tcgetwinsize(slave), os.get_terminal_size(slave))
termios.tcsetwinsize(slave, [40, 132])
print(termios.tcgetwinsize(master))
print(termios.tcdrain(slave), termios.tcflush(slave, termios.TCIOFLUSH), termios.tcflow(slave, termios.TCOON))

# what the terminal sees: written on the slave, read on the master
os.write(slave, b"hi\n")
print(os.read(master, 100))

def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e, e.args)

null = os.open("/dev/null", os.O_RDONLY)
show(termios.tcgetattr, null)
show(termios.tcsetattr, slave, termios.TCSANOW, [1])
show(termios.tcsetattr, slave, termios.TCSANOW, attrs[:6] + [[1]])
show(termios.tcsetattr, slave, termios.TCSANOW, attrs[:6] + [[1.5] * termios.NCCS])
show(termios.tcsetattr, slave, termios.TCSANOW, tuple(attrs))
show(termios.tcsetattr, slave, 99, attrs)
show(termios.tcsetattr, slave, termios.TCSANOW, ["x"] + attrs[1:])
show(termios.tcgetattr, "x")
show(termios.tcgetattr, -1)
show(termios.tcsetwinsize, slave, (1,))
show(termios.tcsetwinsize, slave, (70000, 1))
show(tty.setraw, null)
print(termios.error.__mro__, issubclass(termios.error, OSError))
print(termios.B9600, termios.TCSANOW, termios.TCSAFLUSH, termios.VMIN, termios.NCCS, termios.VSWTCH == termios.VSWTC)
print(tty.__all__, tty.IFLAG, tty.CC, tty.TCSAFLUSH == termios.TCSAFLUSH)
for fd in (master, slave, null):
    os.close(fd)
