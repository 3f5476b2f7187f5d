# curses without a screen: curses.ascii, the constants, the errors before initscr(),
# and terminfo (setupterm with a term name, tigetstr/tigetnum/tigetflag, tparm).
import os
import curses
import curses.ascii as ca

# curses.ascii: classes of every code, conversions
for name in ["isalnum", "isalpha", "isascii", "isblank", "iscntrl", "isdigit", "isgraph", "islower",
             "isprint", "ispunct", "isspace", "isupper", "isxdigit", "isctrl", "ismeta"]:
    f = getattr(ca, name)
    print(name, "".join("1" if f(i) else "0" for i in range(0, 256, 3)), f("a"), f(" "), f("\x7f"))
print([ca.unctrl(c) for c in (0, 1, 9, 27, 31, 32, 65, 127, 128, 129, 200, 255)], ca.unctrl("\x03"), ca.unctrl("z"))
print(ca.ctrl("a"), ca.ctrl(ord("a")), repr(ca.ctrl("[")), ca.alt("a") == chr(0xe1), ca.alt(97), ca.ascii(0xe1), ca.ascii("\xe1"))
print(ca.NUL, ca.BEL, ca.TAB, ca.HT, ca.NL, ca.LF, ca.CR, ca.ESC, ca.SP, ca.DEL, ca.US, ca.controlnames[:5], len(ca.controlnames))
try:
    ca.isalpha("ab")
except TypeError as e:
    print("TypeError", e)

# constants
print(curses.A_BOLD, curses.A_REVERSE, curses.A_UNDERLINE, curses.A_NORMAL, curses.A_COLOR, curses.A_CHARTEXT,
      curses.A_STANDOUT, curses.A_DIM, curses.A_BLINK, curses.A_ITALIC, curses.A_ATTRIBUTES)
print(curses.COLOR_BLACK, curses.COLOR_RED, curses.COLOR_WHITE, curses.ERR, curses.OK, curses.version)
print(curses.KEY_UP, curses.KEY_DOWN, curses.KEY_LEFT, curses.KEY_RIGHT, curses.KEY_ENTER, curses.KEY_BACKSPACE,
      curses.KEY_F1, curses.KEY_F12, curses.KEY_HOME, curses.KEY_END, curses.KEY_NPAGE, curses.KEY_PPAGE,
      curses.KEY_RESIZE, curses.KEY_MIN, curses.KEY_MAX, curses.KEY_DC, curses.KEY_IC, curses.KEY_MOUSE)
print(curses.BUTTON1_PRESSED, curses.BUTTON1_CLICKED, curses.ALL_MOUSE_EVENTS)
print(sorted(k for k in dir(curses) if k.startswith("KEY_"))[:12])
print(hasattr(curses, "ACS_VLINE"), hasattr(curses, "LINES"), hasattr(curses, "COLORS"))
print(curses.error.__name__, curses.error.__module__, issubclass(curses.error, Exception), curses.window.__name__)

# before initscr() / setupterm()
calls = [("newwin", (5, 5)), ("endwin", ()), ("cbreak", ()), ("noecho", ()), ("curs_set", (0,)), ("beep", ()),
         ("start_color", ()), ("has_colors", ()), ("color_pair", (1,)), ("keyname", (65,)), ("unctrl", (1,)),
         ("has_key", (259,)), ("doupdate", ()), ("napms", (1,)), ("isendwin", ()), ("tigetstr", ("cup",)),
         ("tigetnum", ("colors",)), ("tparm", (b"x",)), ("use_default_colors", ()), ("pair_number", (256,))]
for name, args in calls:
    try:
        getattr(curses, name)(*args)
        print(name, "ok")
    except curses.error as e:
        print(name, "curses.error:", e)
try:
    curses.newwin(1)
except TypeError as e:
    print("TypeError", e)
try:
    curses.cbreak(1, 2)
except TypeError as e:
    print("TypeError", e)

# terminfo
try:
    curses.setupterm("no-such-terminal-xyz", 1)
except curses.error as e:
    print("curses.error:", e)
r, w = os.pipe()
curses.setupterm("xterm-256color", w)
print(curses.tigetstr("cup"), curses.tigetstr("bold"), curses.tigetstr("sgr0"), curses.tigetstr("nosuchcap"))
print(curses.tigetnum("colors"), curses.tigetnum("cols"), curses.tigetnum("lines"), curses.tigetnum("nosuchcap"),
      curses.tigetnum("cup"))
print(curses.tigetflag("am"), curses.tigetflag("hc"), curses.tigetflag("nosuchcap"), curses.tigetflag("cup"))
print(curses.tparm(curses.tigetstr("cup"), 5, 10), curses.tparm(curses.tigetstr("setaf"), 1),
      curses.tparm(curses.tigetstr("setab"), 200), curses.tparm(b"plain"))
for bad in [lambda: curses.tigetstr(b"cup"), lambda: curses.tparm("cup"), lambda: curses.tigetnum(5),
            lambda: curses.tparm(b"x", "a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
# a second setupterm() keeps the first terminal
curses.setupterm("vt100", w)
print(curses.tigetnum("colors"))
os.close(r)
os.close(w)
